import { redTeamCases } from './adversarial33/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-33 adversarial suite: where an attack hides (encodings, splits, padding, schema names and
// defaults, commands in server prose), written without reading the rule code, each with a benign twin.
// `misses` is what balanced does not block yet; it may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
]);
/** The size of `misses` (13 of 19 when the suite was written, 0 at stop 33); it can only go down. */
const missesAtMost = 0;

describeAdversarialSuite(33, redTeamCases, { misses, missesAtMost, atLeast: 19 });
