import { callCases } from './calls.js';
import { definitionCases } from './definitions.js';
import type { RedTeamCase } from './messages.js';
import { requestCases } from './requests.js';
import { resultCases } from './results.js';

export * from './messages.js';
/** Every case of the third red-team set: an attack an outsider wrote and its benign twin. */
export const redTeamCases: readonly RedTeamCase[] = [...callCases, ...definitionCases, ...resultCases, ...requestCases];
