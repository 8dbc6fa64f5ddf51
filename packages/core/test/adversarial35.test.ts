import { redTeamCases } from './adversarial35/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-35 adversarial suite: what a tool's input schema asks for against what the tool says it does
// (a secret named by a parameter's name, title, example or x- note; a payee fixed by a default or const),
// written without reading the rule code, each with a benign twin whose purpose is what it asks for.
// `misses` is what balanced does not block yet; it may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'name-camel-gcp-sa-json', 'name-kebab-kubeconfig', 'name-abbrev-ssh-privkey', 'name-env-file-text', 'name-browser-session-cookie',
  'name-spanish-private-key', 'name-german-password', 'name-wallet-mnemonic', 'name-paste-npmrc',
  'readonly-display-password', 'examples-ask-token', 'format-password-no-login', 'x-field-asks-secret',
  'default-wallet-withdraw', 'const-beneficiary-account', 'default-bcc-email', 'enum-one-payee',
]);
/** The size of `misses` (17 of 18 when the suite was written); it can only go down. */
const missesAtMost = 17;

describeAdversarialSuite(35, redTeamCases, { misses, missesAtMost, atLeast: 18 });
