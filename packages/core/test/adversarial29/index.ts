import { callCases } from './calls.js';
import { contentCases } from './content.js';
import type { AdversarialCase } from '../redteam-kit/cases.js';
import { metadataCases } from './metadata.js';

export * from '../redteam-kit/cases.js';
/** Every case of the stop-29 adversarial suite. */
export const redTeamCases: readonly AdversarialCase[] = [...metadataCases, ...contentCases, ...callCases];
