import { callCases } from './calls.js';
import { listCases } from './lists.js';
import type { RedTeamCase } from './messages.js';
import { serverCases } from './server.js';

export * from './messages.js';
/** Every red-team case: an attack an outsider wrote and its benign twin. */
export const redTeamCases: readonly RedTeamCase[] = [...callCases, ...listCases, ...serverCases];
