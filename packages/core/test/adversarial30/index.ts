import type { AdversarialCase } from './messages.js';
import { schemaSecretCases } from './schema-secrets.js';
import { secretFieldCases } from './secret-fields.js';
import { variableCases } from './variables.js';

export * from './messages.js';
/** Every case of the stop-30 adversarial suite. */
export const redTeamCases: readonly AdversarialCase[] = [...variableCases, ...schemaSecretCases, ...secretFieldCases];
