import type { AdversarialCase } from '../redteam-kit/cases.js';
import { askCases } from './asks.js';
import { languageCases } from './languages.js';
import { rewordedCases } from './reworded.js';
import { swapCases } from './swaps.js';

export * from '../redteam-kit/cases.js';
/** Every case of the stop-32 adversarial suite: what a text asks, read in any wording. */
export const redTeamCases: readonly AdversarialCase[] = [...askCases, ...swapCases, ...languageCases, ...rewordedCases];
