import type { AdversarialCase } from '../redteam-kit/cases.js';
import { serverCases } from './server.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-56 adversarial suite, written from the public docs only: server text (results,
 * tool and argument descriptions, resources, prompts, sampling requests) that orders the model, disguised
 * so a word list does not see it.
 */
export const redTeamCases: readonly AdversarialCase[] = [...serverCases];
