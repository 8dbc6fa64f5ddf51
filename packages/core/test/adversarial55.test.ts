import { redTeamCases } from './adversarial55/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-55 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: server text that orders the model in a language other than English (Japanese, Korean, Russian,
// Polish, Turkish, Dutch, Indonesian, Vietnamese, Swedish, Czech, Hindi, Spanish), or from a field a reviewer
// skims (an enum value, a nested schema field, an outputSchema, an annotation title, a structured field,
// server instructions), padded or base64-encoded. Each attack has a benign twin. `misses` may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>([]);
/** The size of `misses` (7 of 14 on the base build when the suite was written, 0 once the AI named as a subject was read in a table of 14 languages with "without asking the user", destroys, roles and payments, a server's user turn destroying in another language, and up to three words between "all" and a secret's noun); it can only go down. */
const missesAtMost = 0;

describeAdversarialSuite(55, redTeamCases, { misses, missesAtMost, atLeast: 14 });
