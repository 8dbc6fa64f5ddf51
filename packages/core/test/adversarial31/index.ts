import type { AdversarialCase } from './messages.js';
import { expansionCases } from './expansions.js';
import { serverCommandCases } from './server-commands.js';

export * from './messages.js';
/** Every case of the stop-31 adversarial suite. */
export const redTeamCases: readonly AdversarialCase[] = [...expansionCases, ...serverCommandCases];
