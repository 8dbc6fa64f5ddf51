import type { AdversarialCase } from '../redteam-kit/cases.js';
import { actionCases } from './actions.js';
import { laterCases } from './later.js';
import { serverTextCases } from './server-text.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-52 adversarial suite, written from the public docs only: action tools whose fields
 * export, share or forward (some in other languages), files that run later and pushes that leave, and server
 * text that hands the agent a command or a plan in the present tense or another language.
 */
export const redTeamCases: readonly AdversarialCase[] = [...actionCases, ...laterCases, ...serverTextCases];
