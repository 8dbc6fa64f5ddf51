import { analyzeHiddenRuns, analyzeShellCommands, switchesControlOff, unwrap } from './analyze.js';
import { programName, programTable } from './programs.js';
import { localRemote, remoteUrl } from '../values/git-remotes.js';
import { type SimpleCommand } from './shell-words.js';
import { credentialFile, writeTarget } from '../paths/write-targets.js';
import { gitRunsValue } from '../paths/git-config.js';

// What a command line that server text hands the model would do, judged only by outcomes no install,
// build or run step has: deleting a home, the root or a system folder, opening up or handing away its
// permissions recursively, sending credentials or the
// machine's files out, reading a credential file of the user's home, a shell wired to a network socket,
// a security control switched off, start-up files or crontabs made to fetch, decode or call out, and a
// sudoers rule that gives an account root.
// Download-and-run, a bare `rm -rf build`, a shell rc line that sets up a tool are what READMEs ask every
// day and are not judged here. Findings are data; the analysis is the one calls are read with.

export interface HarmfulStep {
  /** What the command does, for the message. */
  readonly what: string;
  readonly evidence: string;
}

const checks = { writeTarget, credential: credentialFile };

/** Outcomes of the command analysis that no install step has. */
const harmful: Readonly<Record<string, string>> = {
  'cmd/destructive-delete': 'deletes a home, the root or a system folder',
  'cmd/credential-upload': 'sends credentials over the network',
  'cmd/credential-search': 'searches for credential files and acts on them',
  'cmd/bulk-upload': "sends the machine's files over the network",
  // A shell fed what base64 or hex decodes to: what runs is kept from whoever reads the line, which no install step needs.
  'cmd/decode-and-run': 'runs a command hidden in an encoding',
};
// Not `cmd/credential-print`: auth docs say "get a token with `gh auth token`" to people setting up CI.
/** With a download run: for a value no install guide writes (a completion of a name, see completion-values.ts). */
const harmfulOrDownload: Readonly<Record<string, string>> = { ...harmful, 'cmd/download-and-run': 'runs code it downloads' };

/**
 * A start-up file or crontab written with something that fetches, decodes, calls out or trusts a key given
 * in the text (an rc line that only names a mirror URL or sets a tool up is not one).
 */
const persistsHarm = /\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod|base64|nc|ncat|netcat|socat)\b|\/dev\/(?:tcp|udp)\/|\bssh-(?:rsa|ed25519|dss)\s+AAAA|\becdsa-sha2-\S+\s+AAAA/i;

/**
 * A sudoers file written with a rule that gives root: `NOPASSWD`, or `ALL=(ALL…)` for a user or group. No
 * install or build step grants an account root; a line that hands it to the model escalates privilege.
 */
const sudoersGrant = /\/etc\/sudoers(?:\.d\/[\w.-]+)?\b/;
const grantsRoot = /\bnopasswd\s*:|\ball\s*=\s*\(\s*all/i;

/**
 * Whether a git command (`git config KEY VALUE`, `git -c KEY=VALUE`) sets a key whose value git runs (the
 * keys git-config.ts reads in a config file) to something that fetches, decodes or calls out. Helpers print
 * or fetch credentials from a vault or a CLI (`!gh auth git-credential`, `!aws codecommit …`), and aliases run
 * git and text tools: none downloads or sends, so one that does runs that at every use of git.
 */
function gitSettingCallsOut(argv: readonly string[]): boolean {
  const at = argv.indexOf('config');
  const settings: (readonly [string, string])[] = [];
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-c' && argv[i + 1] !== undefined) {
      const pair = argv[i + 1]!;
      const eq = pair.indexOf('=');
      if (eq > 0) settings.push([pair.slice(0, eq), pair.slice(eq + 1)]);
    }
  }
  if (at > 0) {
    const operands = argv.slice(at + 1).filter((a) => !a.startsWith('-') && a !== 'set');
    if (operands.length >= 2) settings.push([operands[0]!, operands[1]!]);
  }
  return settings.some(([key, value]) => gitRunsValue(key.toLowerCase()) && persistsHarm.test(value));
}

/**
 * A crontab line: five schedule fields (numbers, `*`, steps, ranges, lists, names of months and days) or an
 * `@` nickname, then the command cron runs (the rest of the line).
 */
const cronEntry = /^\s*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|(?:[\d*][\d*/,-]*\s+){4}(?:[\d*][\d*/,-]*|[a-z]{3}(?:[,-][a-z]{3})*))\s+(\S[^\n]*)$/i;

/** A folder anyone may write to, whose files no install step leaves a program in. */
const temporaryFolder = /^(?:\/tmp|\/var\/tmp|\/dev\/shm|\/private\/tmp)(?:\/|$)/;
/** Whether a git command sets core.hooksPath (by `git config` or `-c`) to a temporary folder. */
function hooksInTemporary(argv: readonly string[]): boolean {
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '-c' && /^core\.hookspath=/i.test(argv[i + 1] ?? '') && temporaryFolder.test(argv[i + 1]!.slice(argv[i + 1]!.indexOf('=') + 1))) return true;
    if (/^core\.hookspath$/i.test(word) && argv.includes('config') && temporaryFolder.test(argv[i + 1] ?? '')) return true;
  }
  return false;
}

/** Programs that read a file's bytes out (to the model, or into a copy). */
const readers = new Set(['cat', 'tac', 'less', 'more', 'head', 'tail', 'base64', 'base32', 'xxd', 'od', 'hexdump', 'strings', 'cp', 'scp', 'rsync', 'nl', 'awk', 'sed', 'grep', 'type', 'get-content', 'gc', 'openssl', 'gpg', 'zip', 'tar', 'python', 'python3', 'node']);
/** Files of the credential pack that hold no secret to read out (settings, trust lists). */
const notSecret = /(?:^|\/)(?:config|known_hosts|authorized_keys)$|\.pub$/i;
/** A path outside the project: the user's home or an absolute path. */
const outsideProject = /^(?:~|\$\{?HOME\b|\/|%USERPROFILE%|[A-Za-z]:\\)/i;
const shells = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'pwsh', 'powershell']);
const netcats = new Set(['nc', 'ncat', 'netcat']);
/** A home, as a whole. */
const home = /^(?:~|\$\{?HOME\}?)\/?$/;
/** The root, a system folder or a home, as a whole. */
const systemRoot = /^(?:\/|\/(?:etc|usr|bin|sbin|lib|lib64|var|boot|root|home|opt|sys|dev|users|system|library)\/?|~\/?|\$\{?HOME\}?\/?|\/\*)$/i;

/** The Docker or Podman socket: whoever may write it runs containers as root. */
const engineSocket = /^\/(?:var\/)?run\/(?:docker|podman\/podman|containerd\/containerd)\.sock$/;
/** Whether chmod's mode (the first operand after its options) gives others (or all) read or write: `777`, `o+rw`, `a+r`. */
function opensToOthers(argv: readonly string[]): boolean {
  const mode = argv.slice(1).find((a) => !/^-(?:[RfvcH]+|-[a-z-]+)$/.test(a));
  if (mode === undefined) return false;
  if (/^0?[0-7]{3,4}$/.test(mode)) return (Number.parseInt(mode.slice(-1), 8) & 6) !== 0;
  return /(?:^|,)[ugo]*[ao][ugo]*[+=][rwxXst]*[rw]/.test(mode) || /^[+=][rwxXst]*[rw]/.test(mode);
}
/** Whether `path` is a secret-holding credential file outside the project (a private key, cloud credentials, .netrc …). */
const readsSecret = (path: string): boolean => outsideProject.test(path) && !notSecret.test(path) && credentialFile(path) !== undefined;

/** The harm of one simple command the analysis does not name itself (`line` is the whole command line). */
function stepHarm(cmd: SimpleCommand, line: string): string | undefined {
  const argv = unwrap(programTable(), cmd.argv);
  const name = programName(argv[0] ?? '').toLowerCase();
  if (name === '') return undefined;
  // A shell whose input or output is a network socket, or a netcat that hands one a program: a reverse shell.
  const socket = cmd.redirects.some((r) => /^\/dev\/(?:tcp|udp)\//.test(r.target));
  if (socket && (shells.has(name) || cmd.upstream.length > 0)) return 'wires a shell to a network socket';
  if (netcats.has(name) && argv.some((a) => a === '-e' || a === '-c' || /^--(?:exec|sh-exec)\b/.test(a))) return 'hands a shell to a network connection';
  if (name === 'socat' && argv.some((a) => /^(?:exec|system):/i.test(a))) return 'hands a shell to a network connection';
  // A crontab installed from stdin or a file, in a line that fetches, decodes or calls out.
  if (name === 'crontab' && !argv.slice(1).some((a) => a === '-l' || a === '-e' || a === '-r') && persistsHarm.test(line)) return 'makes a crontab run what it fetches';
  if (switchesControlOff(argv)) return 'switches a security control off';
  if (name === 'git' && gitSettingCallsOut(argv)) return 'makes git run a download or a send at every use (an alias, a credential helper or a hook it sets)';
  // Hooks run from a temporary folder anyone can write: no hook manager keeps them there (husky sets `.husky`).
  if (name === 'git' && hooksInTemporary(argv)) return 'makes git run hooks from a temporary folder at every commit';
  // Permissions or owner changed recursively from the root, a system folder or a home: no install step opens
  // or hands away the whole system (`chown -R $USER /usr/local` and `chmod -R 755 ./dist` name a folder within).
  // A home handed to its own user is how guides fix its permissions: only its mode counts there.
  if ((name === 'chmod' || name === 'chown' || name === 'chgrp') && argv.some((a) => /^-[a-zA-Z]*R/.test(a) || a === '--recursive') && argv.slice(1).some((a) => !a.startsWith('-') && systemRoot.test(a) && (name === 'chmod' || !home.test(a)))) {
    return 'changes the permissions or owner of the whole system or a home';
  }
  // Key and credential folders, or the container engine's socket (root to whoever can write it), opened to
  // every user: no install step lets others read ~/.ssh or drive Docker (`chmod 600 ~/.ssh/id_ed25519` closes).
  if (name === 'chmod' && opensToOthers(argv) && argv.slice(1).some((a) => !a.startsWith('-') && (engineSocket.test(a) || (outsideProject.test(a) && !notSecret.test(a) && credentialFile(a) !== undefined)))) {
    return "opens the user's keys, credentials or the container engine's socket to every user";
  }
  if (readers.has(name)) {
    for (const a of argv.slice(1)) if (!a.startsWith('-') && readsSecret(a)) return `reads ${a}`;
  }
  for (const r of cmd.redirects) if (r.op === '<' && readsSecret(r.target)) return `reads ${r.target}`;
  return undefined;
}

/**
 * The first harmful outcome of the command line `text`, or undefined (the text is parsed once: the analysis
 * hands back its commands). `downloads`: a download run counts as harmful too.
 */
export function harmfulStep(text: string, downloads = false): HarmfulStep | undefined {
  // A crontab entry handed over as it is (`*/5 * * * * CMD`): what it schedules runs every few minutes, unseen.
  const scheduled = cronEntry.exec(text);
  if (scheduled !== null) {
    const step = harmfulStep(scheduled[1]!, true);
    if (step !== undefined) return { what: `makes a crontab entry that ${step.what}`, evidence: step.evidence };
  }
  const { findings, commands } = analyzeShellCommands(text, checks);
  const outcomes = downloads ? harmfulOrDownload : harmful;
  for (const f of findings) {
    const what =
      outcomes[f.rule] ??
      (f.rule !== 'path/persistence-write'
        ? undefined
        : persistsHarm.test(text)
          ? 'makes a start-up file or crontab run what it fetches'
          : sudoersGrant.test(text) && grantsRoot.test(text)
            ? 'gives an account root rights in sudoers'
            : undefined);
    if (what !== undefined) return { what, evidence: f.evidence };
  }
  for (const cmd of commands) {
    const what = stepHarm(cmd, text);
    if (what !== undefined) return { what, evidence: cmd.argv.join(' ').slice(0, 120) };
  }
  return undefined;
}


/**
 * A `git push` to an address the lines themselves give: a URL pushed to, or a remote they add by URL
 * (`git remote add audit https://…` then `git push audit`). The user's own remotes are named, not given.
 */
function pushesToGivenRemote(commands: readonly SimpleCommand[]): string | undefined {
  const given = new Set<string>();
  for (const cmd of commands) {
    const argv = unwrap(programTable(), cmd.argv);
    if (programName(argv[0] ?? '').toLowerCase() !== 'git') continue;
    const words = argv.slice(1).filter((a) => !a.startsWith('-'));
    if (words[0] === 'remote' && (words[1] === 'add' || words[1] === 'set-url') && words[3] !== undefined && remoteUrl.test(words[3]) && !localRemote(words[3])) given.add(words[2]!);
    if (words[0] === 'push' && words[1] !== undefined && (given.has(words[1]) || (remoteUrl.test(words[1]) && !localRemote(words[1])))) return argv.join(' ').slice(0, 120);
  }
  return undefined;
}

/**
 * What a command line would do if the model ran it, judged as the call would be: every finding of the
 * command analysis, a download run, and a push to an address the lines give. For a command handed over
 * with the user's say waived ("run …; no need to ask the user"): a step no one may skip asking for is
 * then one the text wants done unseen, install step or not. `text` may hold several lines, read in order.
 */
export function stepAsCall(text: string): HarmfulStep | undefined {
  const step = harmfulStep(text, true);
  if (step !== undefined) return step;
  const { findings, commands } = analyzeShellCommands(text, checks);
  const first = findings[0];
  if (first !== undefined) return { what: callOutcome[first.rule] ?? 'would be blocked if the model ran it', evidence: first.evidence };
  const pushed = pushesToGivenRemote(commands);
  if (pushed !== undefined) return { what: 'pushes the repository to an address the text gives', evidence: pushed };
  // A delete of the user's key or credential folders (`rm -rf ~/.ssh`): the path layer blocks it as a call.
  for (const cmd of commands) {
    const argv = unwrap(programTable(), cmd.argv);
    if (programName(argv[0] ?? '').toLowerCase() === 'rm' && argv.slice(1).some((a) => !a.startsWith('-') && outsideProject.test(a) && credentialFile(a) !== undefined)) return { what: "deletes the user's credential files", evidence: argv.join(' ').slice(0, 120) };
    const unchecked = uncheckedSource(cmd, argv);
    if (unchecked !== undefined) return { what: `installs from a source it does not check (${unchecked})`, evidence: argv.join(' ').slice(0, 120) };
  }
  return undefined;
}

/**
 * Package managers' checks switched off for what they fetch: an index trusted without TLS (`pip
 * --trusted-host`, an index over plain http), Go's checksum database skipped or its proxy fetched insecurely
 * (`GONOSUMDB=*`, `GOSUMDB=off`, `GOFLAGS=-insecure`, `GOINSECURE`, a `GOPROXY` over http), TLS verification
 * off for one run (`GIT_SSL_NO_VERIFY`, `NODE_TLS_REJECT_UNAUTHORIZED=0`). A company's index over https with
 * its CA (`--index-url https://pypi.corp/simple`, `PIP_CERT=…`) is checked and passes. Read only for a step
 * a text hands the model as a call: a one-off install is a call the user may make for themselves.
 */
function uncheckedSource(cmd: SimpleCommand, argv: readonly string[]): string | undefined {
  const assignments = [...cmd.env];
  const name = programName(argv[0] ?? '').toLowerCase();
  if (name === 'export') for (const a of argv.slice(1)) if (a.includes('=')) assignments.push([a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);
  for (const [key, value] of assignments) {
    const v = value.toLowerCase();
    if ((key === 'GONOSUMDB' || key === 'GONOSUMCHECK' || key === 'GOINSECURE') && v !== '') return key;
    if (key === 'GOSUMDB' && v === 'off') return 'GOSUMDB=off';
    if (key === 'GOFLAGS' && /(?:^|\s)-insecure\b/.test(v)) return 'go -insecure';
    if ((key === 'GOPROXY' || key === 'PIP_INDEX_URL' || key === 'PIP_EXTRA_INDEX_URL' || key === 'npm_config_registry') && /(?:^|[,|])http:\/\/(?!(?:localhost|127\.0\.0\.1)[:/])/.test(v)) return `${key} over http`;
    if ((key === 'GIT_SSL_NO_VERIFY' && v !== '' && v !== '0' && v !== 'false') || (key === 'NODE_TLS_REJECT_UNAUTHORIZED' && v === '0') || (key === 'PYTHONHTTPSVERIFY' && v === '0')) return `${key}=${value}`;
  }
  const pip = name === 'pip' || name === 'pip3' || name === 'uv' || ((name === 'python' || name === 'python3') && argv[1] === '-m' && argv[2] === 'pip');
  if (pip) {
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--trusted-host' || a.startsWith('--trusted-host=')) return 'pip --trusted-host';
      const url = a === '-i' || a === '--index-url' || a === '--extra-index-url' ? argv[i + 1] : /^--(?:extra-)?index-url=/.test(a) ? a.slice(a.indexOf('=') + 1) : undefined;
      if (url !== undefined && /^http:\/\/(?!(?:localhost|127\.0\.0\.1)[:/])/i.test(url)) return 'an index over http';
    }
  }
  return undefined;
}
/** What the rest of the analysis' outcomes do, for the message. */
const callOutcome: Readonly<Record<string, string>> = {
  'cmd/hidden-execution': 'makes a program run another command (a hook path, a helper or an option it sets)',
  'cmd/remote-destruction': 'destroys infrastructure, a repository or shared history',
  'cmd/access-opened': 'opens access from outside',
  'cmd/security-disabled': 'switches a security control off',
  'cmd/credential-dump': "copies the machine's password store",
  'cmd/credential-print': 'prints a stored credential',
  'path/persistence-write': 'writes a file that runs code later',
};

/** Shell builtins and programs a harmful line starts with that the table has no entry for. */
const builtins = new Set(['echo', 'printf', 'cd', 'export', 'eval', 'source', 'alias', 'crontab', 'chmod', 'chown', 'pip', 'pip3', 'uv', 'go']);

/**
 * Whether `word` names a program a command line starts with: one the command analysis knows (its table),
 * a reader or a network program judged here. Prose in any language hands the model a command as
 * "<verb>: <program> …"; this is what tells the command from the words after a colon.
 */
export function isProgramWord(word: string): boolean {
  const name = programName(word).toLowerCase();
  if (name === '') return false;
  const t = programTable();
  return t.programs.has(name) || t.fetchers.has(name) || t.shells.has(name) || t.deleters.has(name) || t.archivers.has(name) || t.searchers.has(name)
    || t.interpreters.has(name) || t.wrappers.has(name) || t.securityDisablers.has(name) || readers.has(name) || netcats.has(name) || builtins.has(name);
}

/** The programs that switch a security control off (they need no path, so a reader of prose looks for their names). */
export const securityDisablerNames = (): readonly string[] => [...programTable().securityDisablers.keys()];

/** Whether code of a language other than the shell runs commands (`exec(`, `subprocess`, `child_process`: the table's `code-run`). */
export const codeRunsCommands = (code: string): boolean => programTable().codeRun.test(code.toLowerCase());

/** Letters, digits, `.`, `-`, `_` and `/`: what a program's name or path is made of. */
export const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 95 || c === 47;

/** Most characters of a code block read for runs it hides. */
const maxHiddenCode = 64 * 1024;

/**
 * The harm of a command that code hides from its reader and hands a runner (`execSync(String.fromCharCode(…))`,
 * `eval("\\x72…")`, `os.system(bytes.fromhex(…).decode())`), judged as the line it spells; a download run
 * counts (an honest install step is not spelled in character codes). Undefined when the code hides none, or
 * the line it hides is harmless.
 */
export function hiddenRunStep(code: string): HarmfulStep | undefined {
  if (code.length > maxHiddenCode) return undefined;
  for (const f of analyzeHiddenRuns(code, checks)) {
    if (f.rule !== 'cmd/decode-and-run') return { what: `runs a command its code hides: ${f.message.charAt(0).toLowerCase()}${f.message.slice(1)}`, evidence: f.evidence };
  }
  return undefined;
}
