import { redTeamCases } from './adversarial41/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-41 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: orders in descriptions and every schema field, in results and resources, in server instructions,
// prompts, sampling and elicitation, a steered client's own calls (commands, paths, URLs, code), eleven other
// languages and several encodings. Each attack has a benign twin a real coding agent or server sends.
// `misses` may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'de-backend-needs-ssh', 'de-items-desc', 'de-padded-tail', 'de-pattern-hint', 'de-history-field',
  're-dockerfile', 're-pdf-text',
  're-error-recovery', 're-code-comment',
  'cv-init-plain-present', 'cv-init-priority-hidden', 'cv-prompt-user-env',
  'ca-comment-agent-note',
  'en-b64-sampling',
]);
/** The size of `misses` (39 of 89 on the base build when the suite was written, 30 once a plain present that moves a credential file, a German or French present, a system prompt's "you include …" and a session's secrets were read, 28 once a database dump piped to a sender and the AI's plain present in thirteen more languages were, 27 once a rendered link's placeholder filled with the session's data was read, 23 once a form field for a password, a PIN, a one-time code, backup codes or card data was read as collecting it, 21 once turns a server writes in a prompt that show the model's hidden instructions or force-push over main were read, and an assistant turn's plan as the order it would be, 20 once a result's plain statement of what the AI reading it does was read for the act's harm, 19 once a passive whose agent is the AI ("… is to be attached to this issue by whichever tool handles it") was read as the act, 18 once a thing gathered and sent on by a pronoun ("collect every password … and email them to …") was read as sent, 17 once metadata that fills in another server's tool call (a recipient replaced) was read as shadowing, 16 once a text said to be written backwards was read reversed); it can only go down. */
const missesAtMost = 14;
/** Benign twins balanced blocks: a call to a local dev server's health URL (url/loopback holds every loopback URL). */
const benignBlocked = new Set<string>(['ca-loopback-admin']);

describeAdversarialSuite(41, redTeamCases, { misses, missesAtMost, atLeast: 85, everySurface: true, benignBlocked });
