import type { AdversarialCase } from '../redteam-kit/cases.js';
import { encodingCases } from './encodings.js';
import { schemaCases } from './schemas.js';
import { serverCommandCases } from './server-commands.js';

export * from '../redteam-kit/cases.js';
/** Every case of the stop-33 adversarial suite. */
export const redTeamCases: readonly AdversarialCase[] = [...encodingCases, ...schemaCases, ...serverCommandCases];
