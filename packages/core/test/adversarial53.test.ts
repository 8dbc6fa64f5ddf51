import { redTeamCases } from './adversarial53/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-53 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: tool results and resources that state what the AI reading them does as a plain fact of their
// procedure (a runbook step, a log's recovery note, an email, a status field, a wiki page, a ticket), where
// the act is harmful: a production store wiped while a safeguard is skipped, money wired to a literal
// account, a secret pasted into a comment, a force-push over main, an admin added, the user's data sent out.
// Each attack has a benign twin a real server sends. `misses` may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([]);
/** The size of `misses` (10 of 12 on the base build when the suite was written, 1 once a result's plain statement of what the AI reading it does was read for the act's harm, 0 once a download into a global git hooks folder the same step sets was read as code run); it can only go down. */
const missesAtMost = 0;

describeAdversarialSuite(53, redTeamCases, { misses, missesAtMost, atLeast: 12 });
