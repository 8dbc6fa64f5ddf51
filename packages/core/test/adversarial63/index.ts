import type { AdversarialCase } from '../redteam-kit/cases.js';
import { exfilCases } from './exfil.js';
import { exhaustionCases } from './exhaustion.js';
import { languageCases } from './languages.js';
import { rugPullCases } from './rugpull.js';
import { samplingCases } from './sampling.js';
import { shadowingCases } from './shadowing.js';
import { spreadCases } from './spread.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-63 adversarial suite, written from the public docs and the protocol reference only:
 * a secret read earlier leaving in a value the agent sends anyway, one server's metadata steering another
 * server's tool, tool lists changing under the same names, orders in languages and scripts earlier sets used
 * little, orders spread over several results, sampling and elicitation abuse, and resource exhaustion.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...exfilCases, ...shadowingCases, ...rugPullCases, ...languageCases, ...spreadCases, ...samplingCases, ...exhaustionCases,
];
