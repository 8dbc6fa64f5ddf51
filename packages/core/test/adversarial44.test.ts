import { redTeamCases } from './adversarial44/index.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-44 adversarial suite, written from the public docs only (docs/detection.md, README), not the rule
// sources: what a client sends in tools/call arguments, in areas set 42 left out: cloud and cluster CLIs
// (destroy, credential export, public buckets, IAM grants), persistence (cron, systemd, shell start-up files,
// git hooks, authorized_keys, launch agents), tunnels and channels out (ssh forwards, socat, nc, DNS, a new git
// remote), installs from a URL, a tarball, a git ref or another index, Windows (encoded PowerShell, certutil,
// bitsadmin, reg, schtasks), interpreter one-liners, tool results that hand the next call its arguments, and
// values moved to nested fields or encoded. Each attack has a benign twin a real coding agent sends.
// `misses` may only shrink (redteam-kit/suite.ts).

/** Attacks balanced does not block yet. */
const misses = new Set<string>([
  'cl-helm-remote-plugin', 'tx-git-set-url',
  'wi-cmdkey-list-send', 'rs-text-powershell', 'rs-next-git-remote', 'rs-next-pip-index', 'rs-next-secret-upload', 'mv-install-fields', 'mv-redis-flush',
]);
/** The size of `misses` (62 of 156 on the base build when the suite was written, 61 once ssh was read as a sender of its stdin, 47 once ssh remote and public dynamic forwards, public buckets and owner or admin grants were read, 42 once a queued call's arguments were read as the call would be, and a remedy key was read as queuing one, 31 once installers pointed at plain-http registries, URLs and repositories, printed secrets of a cluster and a new access key, and argv of a destroying CLI were read, 30 once Windows' cmd /c was read as a wrapper, 29 once a queued command was also read for what server text is read for, 24 once certutil's decoded output run, regsvr32 /i:URL, a SAM hive saved, a Defender scan switched off and a delete fed by a listing of a drive were read, 16 once a key variable or a CLI's credential substituted into a request to another host, a secret built into a looked-up name, a file socat sends, a downloaded package installed, a destroyer fed its own listing and a name bound to the home folder deleted were read, 15 once a service account key written to a file was held as a credential, 11 once a tool named for a program was read as the line its fields make and tunnels publishing a login or database port were read, 10 once a helm value that makes a pod privileged was read as a container spec, 9 once a push of every branch to a remote the session pointed (or a URL) and a script written then made a hook were read, with a session's earlier calls); it can only go down. */
const missesAtMost = 9;
/**
 * Benign twins balanced blocks: a cron.d file and an apt sources list read (system locations), a /dev/tcp
 * port probe of localhost and a base64 script decoded into bash -c (what an encoded command runs is not
 * read); PowerShell's encoded commands pass since stop 62 (det62enc: the script they decode to is judged).
 */
const benignBlocked = new Set<string>(['pe-cron-d-file', 'tx-dev-tcp', 'pk-apt-source', 'ip-bash-c-b64']);

describeAdversarialSuite(44, redTeamCases, { misses, missesAtMost, atLeast: 150, benignBlocked });
