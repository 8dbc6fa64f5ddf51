import type { AdversarialCase } from '../redteam-kit/cases.js';
import { callCases } from './calls.js';
import { serverCases } from './server.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-61 adversarial suite, written from the public docs and the protocol reference only:
 * harm spread over a session (several messages), with the last message's verdict judged - a secret read and
 * later sent (as it is, transformed, split, inside a body), a result that names the recipient or plants the
 * order a later call carries out, a tool list or instructions changed mid-session, a run of ordinary calls
 * that ends in one breaking the pattern, and an order split over two results.
 */
export const redTeamCases: readonly AdversarialCase[] = [...callCases, ...serverCases];
