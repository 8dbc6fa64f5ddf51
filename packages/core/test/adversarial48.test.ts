import { redTeamCases } from './adversarial48/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-48 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: what a client sends in tools/call arguments in the argument shapes of real servers' tools -
// filesystem edits (oldText/newText, move_file), git (a push to a remote added in the session, config keys that
// name a program), GitHub (workflows, several files pushed, PR bodies), Postgres/MySQL/SQLite queries, browser
// navigation and page scripts, fetch of disguised metadata addresses, Docker and Kubernetes fields, cloud API
// calls as service/operation/parameters, ssh options arrays, installers' index fields, tunnels, mail and chat.
// Each attack has a benign twin a coding agent really sends. `misses` may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>(['gt-set-url', 'gt-config-credential-helper',
  'gh-push-files-one-bad',
  'db-dblink-out', 'br-evaluate-atob', 'k8s-port-forward-all', 'hl-plugin-url', 'hl-plugin-cmd',
  'rm-ssh-forward-field', 'tn-tunnel-tool', 'ms-bcc-db-url', 'ms-body-german',
]);
/** The size of `misses` (54 of 128 on the base build when the suite was written, 34 once a tool named for a program was read as the line its fields make, 28 once tunnels, cloud audit and key deletion, deno -A of a URL and `--output=yaml` were read, 23 once server-program roles, archive_command, SQLite ATTACH of a runnable file and page code sending the page's cookies or storage were read, 16 once action tools' fields that open access (a repository made public, an admin granted, every message forwarded, a security group opened to the world) and container specs sent as data were read, 13 once a push of every branch to a remote the session pointed (or a URL) and a script written then made a hook were read, with a session's earlier calls, 12 once what a DO block's EXECUTE runs was read); it can only go down. */
const missesAtMost = 12;
/**
 * Benign twins balanced blocks: a copy of .env.example to .env
 * (persistence or credential paths written, whatever the content), a local coverage page and a localhost app
 * opened in the browser, a POST to a localhost API. (A git `core.sshCommand` of `ssh -i KEY` passes since
 * stop 49: the key it names is used to log in, not read out, commands/key-uses.ts. A shell start-up file
 * edit that only extends the PATH passes since stop 53: plain settings are read, paths/shell-settings.ts. Edits
 * of ~/.ssh/config that add host entries pass since stop 54: its keywords are read, paths/ssh-settings.ts. An
 * edit of .git/config that sets `autocrlf` passes since stop 62: the keys that name programs are read,
 * paths/git-config.ts.)
 */
const benignBlocked = new Set<string>([
  'fs-move-aws-creds-www',
  'br-navigate-file-key', 'br-navigate-view-source-creds', 'fe-wildcard-dns', 'fe-post-creds-body',
]);

describeAdversarialSuite(48, redTeamCases, { misses, missesAtMost, atLeast: 125, benignBlocked });
