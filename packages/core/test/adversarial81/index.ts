import type { AdversarialCase } from '../redteam-kit/cases.js';
import { agentCases } from './agents.js';
import { configCases } from './config.js';
import { languageCases } from './languages.js';
import { memoryCases } from './memory.js';
import { poisoningCases } from './poisoning.js';
import { probeCases } from './probes.js';
import { scheduleCases } from './schedules.js';
import { serverCases } from './servers.js';
import { sessionCases } from './sessions.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-81 adversarial set, written blind (no rule code, no earlier set's cases) around the
 * agent's memory, multi-agent orchestration and self-configuration: memory servers and RAG chunks, long-term
 * memory poisoning, agent-to-agent traffic, the agent's own MCP config, rules files, hooks and permission modes,
 * and scheduled and background agents carry the attack, and each twin is the same artifact doing the real work.
 */
export const redTeamCases: readonly AdversarialCase[] = [
  ...memoryCases, ...poisoningCases, ...agentCases, ...configCases, ...scheduleCases, ...sessionCases, ...languageCases, ...serverCases, ...probeCases,
];
