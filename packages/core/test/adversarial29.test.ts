import { redTeamCases } from './adversarial29/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-29 adversarial suite: attacks written from the documented blind spots (not from the rule code),
// each with a benign twin. `misses` is what balanced does not block yet; it may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet (elicitation asks the user, who can decline: balanced may review it). */
const misses = new Set([ 'desc-split-private-key', 'desc-padded-webhook',
  'schema-ro-password',
  'resource-yaml-comment-webhook',
  'elicit-cs-seed', ]);
/** The size of `misses` (43 of 71 when the suite was written, 29 at stop 31, 9 at stop 33, 7 at stop 34, 6 once a form field for a password, a PIN, a one-time code, backup codes or card data was read as collecting it, 5 once a code the user was texted or shown by a bank's app, and Czech's word for a password, were read in a form); it can only go down. */
const missesAtMost = 5;

describeAdversarialSuite(29, redTeamCases, { misses, missesAtMost, atLeast: 60, everySurface: true });
