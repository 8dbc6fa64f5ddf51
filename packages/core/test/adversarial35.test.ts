import { redTeamCases } from './adversarial35/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-35 adversarial suite: what a tool's input schema asks for against what the tool says it does
// (a secret named by a parameter's name, title, example or x- note; a payee fixed by a default or const),
// written without reading the rule code, each with a benign twin whose purpose is what it asks for.
// `misses` is what balanced does not block yet; it may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([]);
/** The size of `misses` (17 of 18 when the suite was written, 0 once schemas were read against purposes); it can only go down. */
const missesAtMost = 0;

describeAdversarialSuite(35, redTeamCases, { misses, missesAtMost, atLeast: 18 });
