import { redTeamCases } from './adversarial54/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-54 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: tools/call requests an agent is tricked into, where the harm is split over two calls or two
// arguments (a credential copied then uploaded, the environment dumped then posted, a hook written then
// switched on, a download saved then run, an fsmonitor script set in git's config), moved into an argument
// few read (a commit message, a header, an env map, a schedule, a webhook URL, a public env var, .npmrc, CI
// files, a git alias), written in Spanish, German, Portuguese or Japanese, or encoded for the server or
// shell to decode (base64, hex, URL-encoded). Each attack has a benign twin. `misses` may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>();
/** The size of `misses` (5 of 30 on the base build when the suite was written, all split over two calls; 0 once a session's earlier calls were read with its later ones: a download then run, a copy of a credential or a dump of the environment then sent, a script written then made a hook or fsmonitor); it can only go down. */
const missesAtMost = 0;
/**
 * Benign twins balanced blocks: a user crontab line (privilege escalation by the program), an archive
 * written under /var/backups (a system place), a postgres:// URL in a chat message, a POST to a script
 * console on loopback. (A literal GitHub token in a header to GitHub passes since stop 57: a token sent over
 * https to the service that issued it is that service's API call, secrets/issuers.ts.)
 */
const benignBlocked = new Set<string>(['sp-script-then-cron', 'mv-schedule-tar-home', 'lg-pt-chat-env', 'en-form-script-console']);

describeAdversarialSuite(54, redTeamCases, { misses, missesAtMost, atLeast: 30, benignBlocked });
