import { unwrap } from './analyze.js';
import { optionArgument, type OptionParsing } from './option-arguments.js';
import { programName, programTable } from './programs.js';
import { parseShell, type SimpleCommand } from './shell-words.js';

// Files a program runs by itself, and the ordinary command lines that start that program: git runs its hooks
// on a commit, push, merge or checkout; ssh (and scp, rsync, a git fetch over ssh) reads its client config; make
// runs the Makefile of the folder it runs in; an interactive or login shell reads its start-up files; npm runs
// a package's lifecycle scripts on an install in its folder. A session that wrote harm into such a file (or
// tried to: a refused write may land through another tool) keeps it as a plant; a later line is judged by the plants it sets off. Linear in the line.

export type PlantPlace = 'git-hook' | 'makefile' | 'ssh-config' | 'shell-start' | 'package-scripts';

/** A harmful write the session sent, whatever its verdict: the file, what reads it, and the harm its text holds. */
export type Plant = readonly [path: string, place: PlantPlace, what: string];

const gitHook = /(?:^|\/)(?:\.git\/hooks|\.husky|\.githooks)\/(?!_\/)([\w.-]+)$/;
const preCommitConfig = /(?:^|\/)\.pre-commit-config\.ya?ml$/;
const makefile = /(?:^|\/)(?:gnumakefile|makefile|[\w.-]+\.mk)$/i;
const sshConfig = /(?:^|\/)(?:\.ssh\/config|ssh_config)(?:\.d\/[^/]+)?$|(?:^|\/)\.ssh\/config\.d\/[^/]+$/;
const startUp = /(?:^|\/)(?:\.bashrc|\.bash_profile|\.bash_login|\.profile|\.zshrc|\.zprofile|\.zshenv|\.zlogin|\.kshrc|\.mkshrc|config\.fish|bash\.bashrc|profile|profile\.d\/[^/]+|zsh\/zshrc|zshrc|zprofile|zshenv)$/;
const manifest = /(?:^|\/)package\.json$/;

/** What reads the file at `path` by itself, or undefined for a file no ordinary program starts from. */
export function plantPlace(path: string): PlantPlace | undefined {
  const p = path.trim().replace(/\\/g, '/');
  if (gitHook.test(p) || preCommitConfig.test(p)) return 'git-hook';
  if (makefile.test(p)) return 'makefile';
  if (sshConfig.test(p)) return 'ssh-config';
  // A bare `profile` or `zshrc` is a start-up file only in /etc (not a project's `src/profile`).
  if (startUp.test(p) && (/(?:^|\/)\.[\w.]+$|config\.fish$/.test(p) || p.startsWith('/etc/'))) return 'shell-start';
  if (manifest.test(p)) return 'package-scripts';
  return undefined;
}

/** The git subcommands that run a hook, by the hook's name (an unknown name: any that writes the repository). */
const hookRuns: Readonly<Record<string, readonly string[]>> = {
  'pre-commit': ['commit', 'merge', 'pull', 'cherry-pick', 'revert', 'am'],
  'prepare-commit-msg': ['commit', 'merge', 'pull', 'cherry-pick', 'revert'],
  'commit-msg': ['commit', 'merge', 'pull', 'cherry-pick', 'revert'],
  'post-commit': ['commit', 'merge', 'pull', 'cherry-pick', 'revert'],
  'pre-merge-commit': ['merge', 'pull'],
  'post-merge': ['merge', 'pull'],
  'pre-push': ['push'],
  'post-checkout': ['checkout', 'switch', 'clone', 'worktree', 'pull'],
  'pre-rebase': ['rebase', 'pull'],
  'post-rewrite': ['commit', 'rebase', 'pull'],
  'applypatch-msg': ['am'],
  'pre-applypatch': ['am'],
  'post-applypatch': ['am'],
  'pre-auto-gc': ['gc', 'commit', 'merge', 'pull'],
};
const anyHook = ['commit', 'push', 'merge', 'pull', 'checkout', 'switch', 'rebase', 'cherry-pick', 'revert', 'am', 'clone'];
/** git's options before the subcommand that take a value as the next word. */
const gitValueOptions = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path', '--config-env']);
const sshClients = new Set(['ssh', 'scp', 'sftp', 'sshfs', 'autossh', 'mosh', 'ssh-copy-id']);
const gitNetwork = new Set(['fetch', 'pull', 'push', 'clone', 'ls-remote', 'submodule', 'remote', 'archive']);
const makes = new Set(['make', 'gmake', 'bmake']);
const packageManagers = new Set(['npm', 'pnpm', 'yarn', 'bun', 'cnpm']);
/** Package-manager subcommands that run the package's own scripts. */
const runsScripts = new Set(['install', 'i', 'ci', 'add', 'rebuild', 'run', 'run-script', 'test', 't', 'start', 'restart', 'stop', 'pack', 'publish', 'prepare', 'build']);
const shells = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'mksh', 'fish']);

/** `path` as a folder key: no `./`, no trailing `/`, `~` and `$HOME` one spelling. */
function folderKey(path: string): string {
  let p = path.trim().replace(/^["']|["']$/g, '').replace(/^(?:\$HOME|\$\{HOME\})(?=\/|$)/, '~');
  while (p.startsWith('./')) p = p.slice(2);
  if (p === '.') return '';
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}
const folderOf = (path: string): string => {
  const p = folderKey(path);
  const slash = p.lastIndexOf('/');
  return slash < 0 ? '' : slash === 0 ? '/' : p.slice(0, slash);
};
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
/** The folder a command runs in after `cd` (undefined: where the line started) and a folder option names. */
function within(cwd: string | undefined, named: string | undefined): string | undefined {
  if (named === undefined) return cwd;
  const n = folderKey(named);
  return cwd === undefined || n.startsWith('/') || n.startsWith('~') ? n : cwd === '' ? n : `${cwd}/${n}`;
}
/** Whether a file planted in `folder` is the one a program running in `runs` reads (a line that never moved reads a relative plant, and may read an absolute one). */
function sameFolder(folder: string, runs: string | undefined): boolean {
  if (runs === undefined) return folder === '' || folder.startsWith('/') || folder.startsWith('~');
  return folderKey(runs) === folder;
}

/** Options as make and the package managers read them here: the first given, `-C dir`, `-Cdir`, `--directory=dir`, none after `--`. */
const folderOptions: OptionParsing = { glued: true, endMark: true };
/** The value of option `names` in `args` (see {@link folderOptions}), or undefined. */
const optionValue = (args: readonly string[], names: readonly string[]): string | undefined => optionArgument(args, names, folderOptions);

/** git's subcommand: its first word that is not an option or an option's value. */
function gitSubcommand(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (gitValueOptions.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** Which start-up files a shell run with `args` reads: interactive (`-i`), login (`-l`, `--login`), or always. */
function shellReads(name: string, args: readonly string[], file: string, fed: boolean): boolean {
  let interactive = false;
  let login = false;
  let runsText = false;
  for (const a of args) {
    if (a === '--login') login = true;
    else if (a === '--interactive') interactive = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('i')) interactive = true;
      if (a.includes('l')) login = true;
      if (a.includes('c') || a.includes('s')) runsText = true;
    } else if (!a.startsWith('-')) {
      runsText = true;
      break;
    }
  }
  // With no script, no -c and nothing piped or redirected in, a shell reads its commands from the terminal: it is interactive.
  if (!runsText && !fed) interactive = true;
  const f = baseName(file);
  if (name === 'fish') return f === 'config.fish';
  if (f === '.zshenv' || f === 'zshenv') return name === 'zsh';
  if (f === '.zshrc' || f === 'zshrc') return name === 'zsh' && interactive;
  if (f === '.zprofile' || f === '.zlogin' || f === 'zprofile') return name === 'zsh' && login;
  // A login bash reads .bash_profile, which by custom reads .bashrc.
  if (f === '.bashrc' || f === 'bash.bashrc') return name === 'bash' && (interactive || login);
  if (f === '.bash_profile' || f === '.bash_login') return name === 'bash' && login;
  if (f === '.kshrc' || f === '.mkshrc') return (name === 'ksh' || name === 'mksh') && interactive;
  // .profile, /etc/profile and profile.d: every login shell.
  return login && name !== 'fish';
}

/** Whether the unwrapped command `argv` (run in `cwd`; `fed`: its stdin is a pipe or a file) starts a program that reads the plant. */
function sets(argv: readonly string[], cwd: string | undefined, fed: boolean, plant: Plant): boolean {
  const name = programName(argv[0] ?? '');
  const args = argv.slice(1);
  const [path, place] = plant;
  switch (place) {
    case 'git-hook': {
      if (name !== 'git') return false;
      const sub = gitSubcommand(args);
      if (sub === undefined) return false;
      const hook = preCommitConfig.test(path) ? 'pre-commit' : (gitHook.exec(path.replace(/\\/g, '/'))?.[1] ?? '');
      return (hookRuns[hook] ?? anyHook).includes(sub);
    }
    case 'ssh-config': {
      if (sshClients.has(name)) return true;
      if (name === 'rsync') return args.some((a) => !a.startsWith('-') && /^[^/:]+:/.test(a));
      if (name === 'git') return gitNetwork.has(gitSubcommand(args) ?? '');
      return false;
    }
    case 'makefile': {
      if (!makes.has(name)) return false;
      const runs = within(cwd, optionValue(args, ['-C', '--directory']));
      const file = optionValue(args, ['-f', '--file', '--makefile']);
      if (file !== undefined) return folderKey(within(runs, file) ?? file) === folderKey(path) || baseName(file) === baseName(path);
      // A `.mk` file is included by the folder's Makefile; any other name is the one make reads.
      return sameFolder(folderOf(path), runs);
    }
    case 'package-scripts': {
      if (!packageManagers.has(name)) return false;
      const sub = args.find((a) => !a.startsWith('-') && a !== optionValue(args, ['--prefix', '--cwd', '--dir']) && a !== optionValue(args, ['-C']));
      // `yarn` alone installs.
      if (sub !== undefined ? !runsScripts.has(sub) : name !== 'yarn') return false;
      return sameFolder(folderOf(path), within(cwd, optionValue(args, ['-C', '--prefix', '--cwd', '--dir'])));
    }
    case 'shell-start': {
      if (name === 'source' || name === '.') return args[0] !== undefined && baseName(folderKey(args[0])) === baseName(path);
      return shells.has(name) && shellReads(name, args, path, fed);
    }
  }
}

/** The first plant a command of `line` sets off (with the command), or undefined. */
export function plantSetOff(plants: readonly Plant[], line: string): { readonly plant: Plant; readonly command: string } | undefined {
  const table = programTable();
  let cwd: string | undefined;
  const visit = (cmd: SimpleCommand): { readonly plant: Plant; readonly command: string } | undefined => {
    const argv = unwrap(table, cmd.argv);
    const fed = cmd.upstream.length > 0 || cmd.heredocs.length > 0 || cmd.redirects.some((r) => r.op === '<' || r.op === '<<<');
    const name = programName(argv[0] ?? '');
    if (name === 'cd' || name === 'pushd') {
      cwd = within(cwd, argv.slice(1).find((a) => !a.startsWith('-')) ?? '~');
      return undefined;
    }
    for (const plant of plants) if (sets(argv, cwd, fed, plant)) return { plant, command: argv.join(' ') };
    return undefined;
  };
  for (const cmd of parseShell(line)) {
    for (const stage of cmd.upstream) {
      const hit = visit(stage);
      if (hit !== undefined) return hit;
    }
    const hit = visit(cmd);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
