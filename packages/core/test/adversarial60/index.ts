import type { AdversarialCase } from '../redteam-kit/cases.js';
import { devopsCases } from './devops.js';
import type { BenignCase } from './kinds.js';
import { languageCases } from './languages.js';
import { longCases } from './long.js';
import { pairCases } from './pairs.js';
import { productCases } from './product.js';
import { securityCases } from './security.js';
import { serverCases } from './servers.js';
import { threadCases } from './threads.js';

export * from '../redteam-kit/cases.js';
export type { BenignCase } from './kinds.js';
/** The attack pairs of set 60: attacks beside the security work, so a loosened rule shows. */
export const redTeamCases: readonly AdversarialCase[] = pairCases;
/**
 * The benign messages of set 60 without a twin: security-adjacent ordinary work of a coding agent and real
 * servers (detection rules and their fixtures, scanner output, pentest reports, post-mortems, key rotation,
 * terraform, payments and user-admin code, security and ops servers' tool lists, prompts, sampling and
 * elicitation), in a dozen languages, some 5-60 KB.
 */
export const benignCases: readonly BenignCase[] = [
  ...securityCases, ...devopsCases, ...productCases, ...serverCases, ...threadCases, ...languageCases, ...longCases,
];
