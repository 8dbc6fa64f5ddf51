import type { AdversarialCase } from '../redteam-kit/cases.js';
import { browserCases } from './browser.js';
import { businessCases } from './business.js';
import { chatCases } from './chat.js';
import { docCases } from './docs.js';
import { knowledgeCases } from './knowledge.js';
import { languageCases } from './languages.js';
import { probeCases } from './probes.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';
import { ticketCases } from './tickets.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-73 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * office and enterprise agent: chat, tickets, docs and drives, CRM, HR, finance, calendar and meeting
 * transcripts, memory and vector-search servers and browser automation carry the attack, and each twin is the
 * same artifact doing real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...chatCases, ...ticketCases, ...docCases, ...businessCases, ...knowledgeCases, ...browserCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
