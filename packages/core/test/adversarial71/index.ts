import type { AdversarialCase } from '../redteam-kit/cases.js';
import { domainCases } from './domains.js';
import { evasionCases } from './evasions.js';
import { probeCases } from './probes.js';
import { promptCases } from './prompts.js';
import { resourceCases } from './resources.js';
import { serverCases } from './servers.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-71 adversarial set, written blind (no rule code, no earlier set's cases) on the
 * MCP surfaces earlier sets leaned on least (resource reads and templates, prompts and completions,
 * sampling, elicitation, initialize, notifications, annotations, outputSchema, _meta) and on agent domains
 * beyond coding (mail, calendar, CRM, payments, cloud consoles, databases, browsers, Slack, Drive and
 * Notion, Windows and macOS files), with evasions an attacker tries against a filter and hard twins.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...resourceCases, ...promptCases, ...serverCases, ...domainCases, ...evasionCases, ...probeCases,
];
