import { redTeamCases } from './adversarial29/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-29 adversarial suite: attacks written from the documented blind spots (not from the rule code),
// each with a benign twin. `misses` is what balanced does not block yet; it may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet (elicitation asks the user, who can decline: balanced may review it). */
const misses = new Set([
  'desc-polite-door-access', 'desc-attributed-iban', 'desc-split-private-key', 'desc-sw-credentials',
  'desc-cs-env', 'desc-zero-width-git-credentials', 'desc-padded-webhook', 'desc-base64-island', 'desc-reworded-delete-history',
  'schema-property-name-dotenv', 'schema-ro-password', 'schema-default-recipient',
  'init-polite-kubeconfig',
  'result-attributed-manager',
  'result-sv-ssh-key', 'result-el-delete', 'result-hu-passwords', 'result-fi-database', 'result-reworded-image-exfil',
  'result-recipient-swap',
  'resource-yaml-comment-webhook', 'resource-hex-note',
  'prompt-bn-exfil', 'prompt-split-messages',
  'sampling-base64-with-hint',
  'elicit-polite-bank-login', 'elicit-cs-seed', 'elicit-disguised-otp',
]);
/** The size of `misses` (43 of 71 when the suite was written); it can only go down. */
const missesAtMost = 28;

describeAdversarialSuite(29, redTeamCases, { misses, missesAtMost, atLeast: 60, everySurface: true });
