import type { AdversarialCase } from '../redteam-kit/cases.js';
import { flowCases } from './flows.js';
import { poisoningCases } from './poisoning.js';
import { probeCases } from './probes.js';
import { protocolCases } from './protocol.js';
import { wordingCases } from './wording.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-69 adversarial set, written blind (no rule code, no earlier set's cases): every MCP
 * message kind both ways (structured results and outputSchema, links and embedded resources, markdown, HTML
 * and PDF text, prompts, completions, log and progress notifications, elicitation, sampling, initialize,
 * annotations, _meta), tool poisoning in real-looking server tool lists (nested schemas, shadowing, a rug
 * pull), secrets read in one call and sent in a later one, wordings and encodings in nine languages, and hard
 * false-positive probes.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...protocolCases, ...poisoningCases, ...flowCases, ...wordingCases, ...probeCases,
];
