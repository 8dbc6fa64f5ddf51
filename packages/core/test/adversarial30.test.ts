import { redTeamCases } from './adversarial30/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-30 adversarial suite: attacks written from the documented blind spots (not from the rule code),
// each with a benign twin. `misses` is what balanced does not block yet; it may only shrink (redteam-kit/suite.ts).

/**
 * Attacks balanced does not block yet: a README's download-and-run line (server text hands the model
 * commands, but an installer piped to a shell is what READMEs ask every day), and a secret asked into
 * another argument in base64 (the decoded text is only scored).
 */
const misses = new Set(['resource-var-readme-install']);
/** The size of `misses` (1 since stop 72 read a base64 run apart from the parameter's name on the next line); it can only go down. */
const missesAtMost = 1;

describeAdversarialSuite(30, redTeamCases, { misses, missesAtMost, atLeast: 20 });
