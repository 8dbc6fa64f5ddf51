import type { AdversarialCase } from '../redteam-kit/cases.js';
import { callCases } from './calls.js';
import { conversationCases } from './conversation.js';
import { descriptionCases } from './descriptions.js';
import { encodedCases } from './encoded.js';
import { languageCases } from './languages.js';
import { resultCases } from './results.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-41 adversarial suite, written from the public docs only: orders in descriptions and
 * schema fields, in results and resources, in the server's conversation turns (instructions, prompts,
 * sampling, elicitation), a steered client's own calls, eleven other languages, and encodings.
 */
export const redTeamCases: readonly AdversarialCase[] = [...descriptionCases, ...resultCases, ...conversationCases, ...callCases, ...languageCases, ...encodedCases];
