import type { AdversarialCase } from '../redteam-kit/cases.js';
import { disguisedCases } from './disguised.js';
import { nameCases } from './names.js';

export * from '../redteam-kit/cases.js';
/** Every case of the stop-35 adversarial suite: what a tool's schema asks for against what the tool says it does. */
export const redTeamCases: readonly AdversarialCase[] = [...nameCases, ...disguisedCases];
