import type { AdversarialCase } from '../redteam-kit/cases.js';
import { hiddenCases } from './hidden.js';
import { paddedCases } from './padded.js';
import { proseCommandCases } from './prose-commands.js';
import { splitCases } from './split.js';

export * from '../redteam-kit/cases.js';
/** Every case of the stop-34 adversarial suite. */
export const redTeamCases: readonly AdversarialCase[] = [...splitCases, ...hiddenCases, ...paddedCases, ...proseCommandCases];
