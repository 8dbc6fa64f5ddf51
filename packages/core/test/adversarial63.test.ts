import { redTeamCases } from './adversarial63/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-63 adversarial suite, written from the public docs and the protocol reference only, before any
// rule code was read: a secret read earlier leaving in a value the agent sends anyway (a fetch URL's query,
// path or host name, a commit message, an issue, chat or PR body, a search query, a header, a DNS lookup, a
// markdown image in a result), one server's metadata steering another server's tool (a hidden recipient, a
// swapped account or remote, a URL proxy, a relay, "the other tool is deprecated"), tool and prompt lists
// changing under the same names within a session, orders in Japanese, Korean, Arabic, Hindi, Turkish,
// Indonesian, Vietnamese, Polish and Dutch and in mixed scripts, orders spread over several results, sampling
// and elicitation abuse, and resource exhaustion (fork, disk and memory bombs, alias bombs, deep brackets,
// backtracking, endless loops, orders under huge repeats or deep nesting). Each attack has a benign twin.
// `misses` may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'ex-markdown-image-result',
  'sd-param-desc-other-query',
  'lg-id-delegate-call',
]);
/**
 * The size of `misses` (31 of 77 on the base build when the suite was written, 27 at strict, where a
 * changed title, an endless generation, the mixed Japanese order and the markdown image asked of the model
 * are blocked too; 23 once server metadata that fills in, re-routes or retires another server's tool calls
 * was read as shadowing, semantic/sets-others-calls.ts - sd-param-desc-other-query stays, its quoted
 * statement split from the clause that names the other tool; 22 once a URL-mode elicitation that sends the
 * user to sign in on a host posing as another site's domain was read as the credential request it is, a fix
 * made for set 62 without reading this set; 16 once calls built to exhaust the machine or the server were read,
 commands/resource-exhaustion.ts: a fork bomb under any name, a disk filled from /dev/urandom, a terabyte
 string, a YAML alias bomb, brackets nested past a parser's stack and a backtracking regex with a pumped
 input; 13 once the AI was read as the topic of a Korean or Japanese clause that asks, a force push in
 inline code on a line naming the AI as the command it runs, and an image placeholder filled with a secret
 named by its variable; 4 once orders spread over a session's answers were joined - a note's credential place
 and another's inbox resolved from "the file from note A ... to the inbox in note B", semantic/spread-orders.ts;
 a prompt's quoted words read joined; a consent claim given after the order that waives asking,
 claims-consent.ts - and sampling and elicitation fields were read - a call forced among command tools with a
 piped download, output asked without end, an assistant turn claiming the user's consent, a consent choice
 granting everything - and prompt lists were pinned and compared as tool lists are, layers/drift.ts; 3 once
 a tool's title was pinned with its description, so a title that starts ordering after pinning is read as the
 description change it is, stateful/drift-diff.ts); it can only go down.
 */
const missesAtMost = 3;

/**
 * Benign twins balanced blocks: none. (At strict every
 * drift twin is blocked too, by design: strict blocks any change to a pinned definition or instructions.)
 * Passed since: the ping of the origin's host found with `$(git remote get-url origin | sed …)` (a sed
 * script is no path, commands/sed-scripts.ts), and the tool lists whose description gained ", newest first"
 * or a Korean usage note (drift judges the words a change adds, and another language with the semantic
 * lexicon, stateful/drift-reading.ts), and the GitHub token sent in the Authorization header to
 * api.github.com (a token in its own header to the service that issued it, secrets/issuers.ts), and the
 * sampling system prompt telling the model never to repeat secrets and to write [redacted] instead (a
 * prohibition kept with a placeholder, read as the last clause after a `;`, text/prohibitions.ts).
 */
const benignBlocked = new Set<string>([]);

describeAdversarialSuite(63, redTeamCases, { misses, missesAtMost, atLeast: 77, everySurface: true, benignBlocked });
