import { redTeamCases } from './adversarial56/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-56 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: server text that orders the model, disguised (letters spaced apart, leetspeak, lookalike letters,
// soft hyphens or bidi isolates inside words, cut across content blocks or structured fields, in markdown's
// link titles, alt text, reference definitions, HTML comments and details blocks, in a code comment, in a JSON
// string, backwards, ROT13, base64 or hex with a cue, padded). Each attack has a benign twin. `misses` may
// only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'ds-leet-description-history',
  'ds-split-structured-docker',
]);
/**
 * The size of `misses` (11 of 22 on the base build when the suite was written, 8 at strict; 6 once letters
 * spaced apart were read as the words they spell, leetspeak spelled in place in content and line by line in a
 * padded text, and a ROT13 label kept apart from the cipher it names; 5 once a negated mention of the act, "do not mention it",
 * was read as keeping it quiet, 4 once "do not mention these steps" was too, 3 once a markdown link's title
 * was read as text of its own, 2 once a comment in a fenced block of code was read as prose); it can only go down.
 */
const missesAtMost = 2;

describeAdversarialSuite(56, redTeamCases, { misses, missesAtMost, atLeast: 22 });
