import { redTeamCases } from './adversarial67/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-67 adversarial set, written blind (no rule code, no earlier set's cases) from the protocol
// reference: the protocol's less-read places (a blob whose image/png mimeType hides a script, JSON settings
// with a note for the AI, resource templates, prompts/get messages embedding a CONTRIBUTING.md or a blob
// script, isError answers, text beside image and audio content, structuredContent that disagrees with the
// text, logging and progress notifications, elicitation schemas, a read outside the declared roots, page two
// of a tool list and a cursor, `_meta` fields); multi-step agent workflows (a secret read in one call and
// written to a public repo, issue or gist in the next), CI workflows (pull_request_target checking out the PR
// head, toJSON(secrets) posted, an issue title spliced into run) and manifests (postinstall fetch-and-eval,
// overrides to a tarball URL, an extra index); encodings (percent-encoding, HTML entities, \u escapes,
// homoglyphs, ROT13, content blocks, markdown link titles and alt text, code comments, padding, RLO, ANSI
// conceal, fromCharCode, zero-width); Vietnamese, Indonesian, Polish, Ukrainian, Greek, Hungarian, Swahili,
// Thai, Turkish, Korean, Hebrew and Finnish; and false-positive probes (fp-*, and hard twins in every file).
// On lead61 (1277df8) bench/redteam.mjs --set 67 measures: balanced 71% blocked (64/90), 1% warned, twins 9%
// blocked (8/90), 3% warned; strict 72% (65/90), twins 11% (10/90). `misses` may only shrink.

/**
 * Attacks balanced does not block yet (26 of 90 when the set was written; 25 at strict, which also blocks
 * pr-elicit-field-model-fills-key, a review at balanced).
 */
const misses = new Set<string>([
  'pr-tool-meta-usage',
  'en-split-over-blocks',
  'fp-postmortem-prompt',
]);
/** The size of `misses` (26 when the set was written; 22 once blobs, cursors, `bash -c "$(curl …)"` and percent-decoded runs were read; 19 once manifests' off-registry sources and a sampling ask for variables' values were; 18 once a result's structuredContent was read for the next call it queues; 14 once ROT13 behind a label with an aside, a schema default in hex, and code that hands eval or a runner a command spelled in escapes or character codes were read as what they spell; 12 once a comment's command line handed to an addressed agent and a runbook's address to the agents executing it were read; 11 once a git setting git runs given a download or send was read in server text; 8 once a secret or a harmful command kept from the user was read in any language, kept-payloads.ts; 4 once a command or a secret handed over with the user's say waived is read as such, waivers.ts, and a sampling request asking, in another language, for a secret moved at all is; 3 once metadata putting the environment or the shell history whole into a field is read; 3 again once the waived-secret reading reads content too, as what it says to its reader (quoted and reported attacks and promises set aside, waived-secrets.ts)); it can only go down. */
const missesAtMost = 3;

/**
 * Benign twins balanced blocks: none. The official uv installer passes since det67set72calls (official installer
 * origins, commands/official-installers.ts). A file:// read inside the
 * root the client declared in its roots/list answer passes since det62proto (declared roots, docs/stateful.md).
 * Strict also blocks page two of a paginated tool list (drift/tool-added) and a Hebrew label's right-to-left marks (unicode/zero-width). A nightly backup cron
 * job, `kubectl delete namespace` of a preview namespace and TRUNCATE on the test database pass since det61fp,
 * and so do a classifier prompt quoting "ignore all previous instructions" and a scanner server's instructions
 * saying its results quote such strings (quoted as data, text/quoted.ts), and a GitHub 401 error telling the
 * agent to ask the user to run `gh auth login` or update GITHUB_TOKEN (the user asked to act, not to hand over).
 */
const benignBlocked = new Set<string>([]);

describeAdversarialSuite(67, redTeamCases, { misses, missesAtMost, atLeast: 90, everySurface: true, benignBlocked });
