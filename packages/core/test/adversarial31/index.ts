import type { AdversarialCase } from '../redteam-kit/cases.js';
import { expansionCases } from './expansions.js';
import { serverCommandCases } from './server-commands.js';

export * from '../redteam-kit/cases.js';
/** Every case of the stop-31 adversarial suite. */
export const redTeamCases: readonly AdversarialCase[] = [...expansionCases, ...serverCommandCases];
