import type { AdversarialCase } from '../redteam-kit/cases.js';
import { encodedCases } from './encoded.js';
import { languageCases } from './languages.js';
import { movedCases } from './moved.js';
import { splitCases } from './split.js';

export * from '../redteam-kit/cases.js';
/**
 * Every case of the stop-54 adversarial suite, written from the public docs only: `tools/call` requests an
 * agent is tricked into sending, where the harm is split over two arguments or two calls, moved into an
 * argument few read (a commit message, a header, an env map, a schedule, a webhook, a CI file), written
 * in another language, or encoded for the server to decode.
 */
export const redTeamCases: readonly AdversarialCase[] = [...splitCases, ...movedCases, ...languageCases, ...encodedCases];
