import type { AdversarialCase } from '../redteam-kit/cases.js';
import { resultCases } from './results.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-53 adversarial suite, written from the public docs only: results and resources
 * that state what the AI reading them does, as a fact of the procedure, where the act is harmful.
 */
export const redTeamCases: readonly AdversarialCase[] = [...resultCases];
