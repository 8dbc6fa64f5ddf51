import type { AdversarialCase } from '../redteam-kit/cases.js';
import { devopsCases } from './devops.js';
import { languageCases } from './languages.js';
import type { BenignCase } from './kinds.js';
import { pairCases } from './pairs.js';
import { quotedCases } from './quoted.js';
import { resultCases } from './results.js';
import { serverCases } from './servers.js';

export * from '../redteam-kit/cases.js';
export type { BenignCase } from './kinds.js';
/** The attack pairs of set 47: attacks beside the benign work, so a loosened rule shows. */
export const redTeamCases: readonly AdversarialCase[] = pairCases;
/**
 * The benign messages of set 47 without a twin: a coding agent's devops commands on its own project, text that
 * quotes attacks as examples, real servers' tool lists, ordinary tool results and host prompts.
 */
export const benignCases: readonly BenignCase[] = [...devopsCases, ...quotedCases, ...serverCases, ...resultCases, ...languageCases];
