import type { AdversarialCase } from '../redteam-kit/cases.js';
import { callCases } from './calls.js';
import { serverCases } from './server.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-59 adversarial suite, written from the public docs and the protocol reference only:
 * the same harmful intents carried the ways an evader would (reworded, split, padded, moved, encoded, in
 * other languages), in calls a tool executes and in server text a model reads.
 */
export const redTeamCases: readonly AdversarialCase[] = [...callCases, ...serverCases];
