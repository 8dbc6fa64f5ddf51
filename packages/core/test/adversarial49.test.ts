import { redTeamCases } from './adversarial49/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-49 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: orders a server sends split between a tool's description and a parameter's, over two tools, two
// result blocks or two prompt turns; conversation turns forged inside results and prompts (an assistant or
// user turn, a tool result, a system notice, chat-template markers); orders inside the file formats a coding
// agent reads (HTML, Makefile, Dockerfile, package.json, CI YAML, SVG, notebooks, INI, TOML, e-mail headers,
// CSV, commit trailers); orders phrased as a plan, a checklist, a test expectation or an error's remedy;
// prompt templates that destroy or send out credential folders; and languages the docs do not list. Each
// attack has a benign twin a real server sends. `misses` may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'sp-two-tools-env', 'sp-structured-steps',
  'sp-two-tools-forward', 'sp-param-default-url', 'fg-approved-call', 'fg-sampling-prefilled',
  'fg-diff-comment-turn', 'fg-fake-error-from-host', 'fm-svg-desc',
  'fm-env-example', 'fm-gitattributes-hook', 'pl-error-remedy-pipe',
  'pl-runbook-we', 'pl-remaining-steps', 'pl-init-checklist',
  'pl-param-expected',
]);
/** The size of `misses` (52 of 100 on the base build when the suite was written, 43 once the user turns a server writes in a prompt or a sampling request were read for orders to destroy or send out the user's credential folders, 37 once a credential file sent out was read in twelve more languages, 33 once a secret moved out was read as the model's own plan, a test's expectation or a done task, 32 once a field that stops on a word that cannot end a sentence was read on into the next, 30 once a line of tool metadata that opens with a program was read as the command and a delete of a home's own folders as destructive, 29 once a parenthesis that opens with a program was read as the command it names, 27 once the line below a colon that ends its line was read as the command it hands over, 26 once a result's plain statement of what the AI reading it does was read for the act's harm, 19 once Danish, Norwegian, Catalan, Croatian, Serbian, Slovenian, Slovak, Lithuanian, Latvian, Estonian and Afrikaans were read, 18 once the files command-line tools keep their login tokens in were credential files to the text readers, semantic/token-files.ts, 17 once they knew every credential file of the path pack's table, semantic/credential-files.ts); it can only go down. */
const missesAtMost = 16;

describeAdversarialSuite(49, redTeamCases, { misses, missesAtMost, atLeast: 100 });
