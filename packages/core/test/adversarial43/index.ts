import type { AdversarialCase } from '../redteam-kit/cases.js';
import { conversationCases } from './conversation.js';
import { encodedCases } from './encoded.js';
import { resourceCases } from './resources.js';
import { resultCases } from './results.js';
import { schemaCases } from './schema.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-43 adversarial suite, written from the public docs only: orders in text a model
 * reads (descriptions and schema fields, results, resources, instructions, prompts, sampling, elicitation),
 * in thirteen languages, in the wrappers real content arrives in, and encoded.
 */
export const redTeamCases: readonly AdversarialCase[] = [...schemaCases, ...resultCases, ...resourceCases, ...conversationCases, ...encodedCases];
