import type { AdversarialCase } from '../redteam-kit/cases.js';
import { serverCases } from './server.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-55 adversarial suite, written from the public docs only: server text (tool
 * metadata, results, resources, prompts, server instructions) that orders the model in a language other
 * than English, or from a field the eye skips.
 */
export const redTeamCases: readonly AdversarialCase[] = [...serverCases];
