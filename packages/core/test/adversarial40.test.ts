import { redTeamCases } from './adversarial40/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-40 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: orders in descriptions and every schema field, in results and resources, in server instructions,
// prompts, sampling and elicitation, a steered client's own calls (commands, paths, URLs, code), twelve other
// languages and several encodings. Each attack has a benign twin a real coding agent or server sends; some
// twins quote attacks (a scanner, an advisory). `misses` may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'de-api-requires-history', 'de-param-desc-env', 'de-enum-destroy', 'de-nested-property',
  'de-shadow-other-tool', 'de-padded-deep', 'de-tool-name-order', 'de-output-schema', 'de-scanner-quotes',
  're-test-expectation', 're-advisory-real-attack', 're-structured-status', 're-resource-config',
  're-resource-memory', 're-resource-agents-md', 're-email-wire',
  'cv-init-standing-rule', 'cv-prompt-template-arg', 'cv-prompt-passive', 'cv-init-markdown-link',
  'ca-note-in-body',
]);
/** The size of `misses` (37 of 91 on the base build when the suite was written, 36 once offered values were read as commands, 33 once elicitations for a secret's value were, 32 once escaped line breaks were read, 31 once a plain present's move was read across a path's dots, 30 once a sampling answer that runs a download by substitution was, 29 once a German plain present that moves a secret out was, 28 once a form field for a password, a PIN, a one-time code, backup codes or card data was read as collecting it, 26 once turns a server writes in a prompt that show the model's hidden instructions or force-push over main were read, and an assistant turn's plan as the order it would be, 25 once a result's plain statement of what the AI reading it does was read for the act's harm, 24 once a passive whose agent is the AI ("… is to be attached to this issue by whichever tool handles it") was read as the act, 23 once letters spaced apart were read as the words they spell, 22 once a secret kept from the user was read in any language, kept-payloads.ts); it can only go down. */
const missesAtMost = 21;
/**
 * Benign twins balanced blocks: a prompt scanner's description that quotes an attack and a calendar invite asking
 * for availability. (An AGENTS.md that says to ask the user when a task needs credentials passes since stop 54:
 * a condition after the verb asks for nothing, semantic/solicits-secret.ts; so does an elicitation for a public
 * key: an elicitation's message is read as shown to the user, semantic/layers.ts.) (Server
 * instructions telling the assistant to always run the tests first were blocked until metadata asking the AI
 * only for project work was read as guidance; a call appending PATH and alias settings to ~/.bashrc until a
 * shell start-up file's text was read for plain settings, paths/shell-settings.ts.)
 */
const benignBlocked = new Set<string>([
  'de-scanner-quotes', 're-calendar-invite',
]);

describeAdversarialSuite(40, redTeamCases, { misses, missesAtMost, atLeast: 90, everySurface: true, benignBlocked });
