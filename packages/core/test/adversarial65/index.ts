import type { AdversarialCase } from '../redteam-kit/cases.js';
import { dataCases } from './data.js';
import { hidingCases } from './hiding.js';
import { languageCases } from './languages.js';
import { sessionCases } from './sessions.js';
import { shellCases } from './shell.js';
import { smugglingCases } from './smuggling.js';
import { webCases } from './web.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-65 adversarial set, written from the public docs and the protocol reference only:
 * sessions whose harm shows over several messages, arguments smuggled as JSON or in undeclared fields, shell
 * features that hide the act, database and cloud tools, attacker pages and subscribed resources, ten more
 * languages, and text hidden from a human reader (look-alikes, invisible and bidi characters, comments,
 * front matter, orders cut over list items).
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...sessionCases, ...smugglingCases, ...shellCases, ...dataCases, ...webCases, ...languageCases, ...hidingCases,
];
