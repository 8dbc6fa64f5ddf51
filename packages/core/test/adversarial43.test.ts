import { redTeamCases } from './adversarial43/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-43 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: orders in text a model reads (tool descriptions and every schema field, results, resources,
// initialize instructions, prompts, sampling and elicitation) in thirteen languages, inside the wrappers real
// content arrives in (HTML and markdown comments, YAML front matter, CSV cells, JSON in a string, log lines,
// commit messages, quoted email) and encoded. Each attack has a benign twin a real server sends.
// `misses` may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'ds-ja-output', 'rs-pl-commit', 'rs-ko-ticket', 'rs-py-comment-tool', 'rs-pt-hide-tool',
  'rc-pt-i18n', 'rc-uk-ci-yaml', 'rc-ja-email-quote', 'rc-ko-comment', 'rc-tr-csv', 'cv-pt-init-hide',
  'cv-pl-prompt-plan', 'cv-ru-sampling-system', 'cv-en-sampling-consent',
  'en-split-blocks-ja', 'en-b64-json-string',
]);
/** The size of `misses` (46 of 89 on the base build when the suite was written, 31 once the AI's plain present in thirteen more languages, a download it is told to run in another language and notes in HTML comments, CSV cells and the vocative case were read, 27 once a session's secrets in other languages, a move kept from the user and a Spanish claim of consent with its pronoun were read, 26 once words hyphenated across lines were read whole, 24 once a literal recipient put in place of the user's was read in any language, 20 once a form field for a password, a PIN, a one-time code, backup codes or card data was read as collecting it, 18 once turns a server writes in a prompt that show the model's hidden instructions or force-push over main were read, and an assistant turn's plan as the order it would be, 17 once a blind copy of the user's mail added to a literal address behind the user's back was read, 16 once an order closed by ", quietly" was read as kept quiet); it can only go down. */
const missesAtMost = 16;
/** Benign twins balanced blocks: a Chinese prompt that asks for the list of callable tools. */
const benignBlocked = new Set<string>(['cv-zh-prompt-reveal']);

describeAdversarialSuite(43, redTeamCases, { misses, missesAtMost, atLeast: 85, benignBlocked });
