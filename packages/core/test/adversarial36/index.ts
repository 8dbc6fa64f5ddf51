import type { AdversarialCase } from '../redteam-kit/cases.js';
import { forwardedCases } from './forwarded.js';
import { presentCases } from './present.js';
import { pronounCases } from './pronouns.js';

export * from '../redteam-kit/cases.js';
/** Every case of the stop-36 adversarial suite: who is asked (a pronoun, a plain present) and records forwarded from fetched content. */
export const redTeamCases: readonly AdversarialCase[] = [...pronounCases, ...presentCases, ...forwardedCases];
