import type { AdversarialCase } from '../redteam-kit/cases.js';
import { callCases, commandCases, preferCases } from './acts.js';
import { concealCases } from './conceals.js';
import { overrideCases } from './overrides.js';
import { schemaSecretCases, secretCases } from './secrets.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-37 adversarial suite: the attack acts Vanguard blocks in English (an override, an
 * act kept from the user, a secret sent out or asked for by a schema, a destructive command or a download
 * run, a tool called unasked, a tool preferring itself) written in other languages.
 */
export const redTeamCases: readonly AdversarialCase[] = [...overrideCases, ...concealCases, ...secretCases, ...schemaSecretCases, ...commandCases, ...callCases, ...preferCases];
