import type { AdversarialCase } from '../redteam-kit/cases.js';
import { agentCases } from './agents.js';
import { callCases } from './calls.js';
import { hostCases } from './hosts.js';
import type { BenignCase } from './kinds.js';
import { languageCases } from './languages.js';
import { longCases } from './long.js';
import { pairCases } from './pairs.js';
import { researchCases } from './research.js';
import { serverCases } from './servers.js';
import { threadCases } from './threads.js';

export * from '../redteam-kit/cases.js';
export type { BenignCase } from './kinds.js';
/** The attack pairs of set 58: attacks beside the benign work, so a loosened rule shows. */
export const redTeamCases: readonly AdversarialCase[] = pairCases;
/**
 * The benign messages of set 58 without a twin: a coding agent's calls to real servers (edits of files whose
 * code quotes dangerous commands, pull requests describing a fix, the project's own shell work), security
 * research and advisories it reads, threads and runbooks addressed to people, agent config files, servers'
 * imperative tool lists, hosts' system prompts and command output, in a dozen languages.
 */
export const benignCases: readonly BenignCase[] = [
  ...callCases, ...researchCases, ...threadCases, ...agentCases, ...serverCases, ...hostCases, ...languageCases, ...longCases,
];
