import { redTeamCases } from './adversarial50/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-50 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: what a client sends to tools named for an action rather than a program, whose fields carry the
// harm - a repository made public, an admin or owner granted, a deploy key that may push, a token with every
// scope, a file shared with anyone, every message forwarded out, a bucket or a port opened to the internet -
// container and cluster specs sent as data, files that run later (Makefiles, hooks, package scripts, cron and
// systemd units), pushes to a remote added in the session and workflows that hand secrets to others' actions.
// Each attack has a benign twin a coding agent or an assistant really sends. `misses` may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>(['pu-set-remote-url-push']);
/** The size of `misses` (81 of 101 on the base build when the suite was written, 29 once action tools' fields that open access and container specs sent as data were read, 20 once Makefiles, husky hooks, pre-commit entries and every package.json script were read by the lines they run, 19 once a Node request to a host named in its options was read as a send, 12 once security controls switched off through API fields were read, 6 once exports delivered to an address, channels shared with another organization, account SSH keys, maintainer roles and share, role and forward fields in other languages were read, 5 once build files were judged by what they hand a shell, 4 once a push of every branch to a remote the session pointed (or a URL) and a script written then made a hook were read, with a session's earlier calls, 3 once a bundle of every branch was held as the repository when sent, 1 once a workflow step handing a secret named for one service to another publisher's action was read); it can only go down. */
const missesAtMost = 1;

describeAdversarialSuite(50, redTeamCases, { misses, missesAtMost, atLeast: 100 });
