import type { AdversarialCase } from '../redteam-kit/cases.js';
import { schemaSecretCases } from './schema-secrets.js';
import { secretFieldCases } from './secret-fields.js';
import { variableCases } from './variables.js';

export * from '../redteam-kit/cases.js';
/** Every case of the stop-30 adversarial suite. */
export const redTeamCases: readonly AdversarialCase[] = [...variableCases, ...schemaSecretCases, ...secretFieldCases];
