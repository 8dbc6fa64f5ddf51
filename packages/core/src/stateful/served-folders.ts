// Where a secret lands when a call copies it rather than reads it, and when a folder is published. A command
// that copies a credential file (`cp ~/.aws/credentials /tmp/share/`) returns nothing to fingerprint: what it
// leaves is a folder that now holds the secret. A later command that serves that folder to every network
// interface (`python3 -m http.server --bind 0.0.0.0` in it, `php -S 0.0.0.0:80 -t it`, `npx http-server it`)
// publishes the secret as surely as a post would. Served on loopback only, it stays on the machine.

import { parseShell, type SimpleCommand } from '../commands/shell-words.js';
import { programName } from '../commands/programs.js';

/** Programs that copy, move or link their operands into the last one. */
const copiers = new Set(['cp', 'mv', 'install', 'rsync', 'ln', 'scp']);
/** Runners of a package's binary: the program is the first word after their own options. */
const runners = new Set(['npx', 'bunx', 'pnpx']);
const loopback = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|ip6-localhost)$/i;

/** A folder path as compared: no trailing slash, no leading `./`; '' is the current folder. */
export function folderForm(path: string): string {
  let p = path.trim();
  while (p.startsWith('./')) p = p.slice(2);
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p === '.' ? '' : p;
}

/** Whether serving `served` (a folder) publishes `held` (a file or folder). Relative paths meet only relative ones. */
export function covers(served: string, held: string): boolean {
  if (served === '') return !held.startsWith('/') && !held.startsWith('~');
  return held === served || held.startsWith(served.endsWith('/') ? served : `${served}/`);
}

const operands = (argv: readonly string[]): string[] => argv.slice(1).filter((w) => !w.startsWith('-'));

/** Where the simple commands of `command` copy files to: the last operand of each copy (a remote `host:path` is not a folder here). */
export function copiedInto(command: string): string[] {
  const out: string[] = [];
  for (const c of parseShell(command)) {
    if (c.argv.length < 3 || !copiers.has(programName(c.argv[0]!))) continue;
    const words = operands(c.argv);
    const target = words[words.length - 1];
    if (words.length >= 2 && target !== undefined && !/^[^/]*:/.test(target)) out.push(folderForm(target));
  }
  return out;
}

/** The value of option `names` in argv (`--bind X`, `--bind=X`, `-b X`), or undefined. */
function optionValue(argv: readonly string[], names: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    for (const n of names) {
      if (w === n) return argv[i + 1];
      if (n.startsWith('--') && w.startsWith(`${n}=`)) return w.slice(n.length + 1);
    }
  }
  return undefined;
}

/** The host of a `host:port` listen address (`0.0.0.0:8000`, `[::]:80`, `localhost:3000`). */
const listenHost = (address: string): string => {
  const a = address.replace(/^tcp:\/\//, '');
  if (a.startsWith('[')) return a.slice(0, a.indexOf(']') + 1);
  const colon = a.lastIndexOf(':');
  return colon < 0 ? a : a.slice(0, colon);
};

const publicHost = (host: string | undefined): boolean => host === undefined || !loopback.test(host);

/** The folder a simple command serves over HTTP to other machines (relative to `cwd`), or undefined. */
function servedBy(c: SimpleCommand, cwd: string): string | undefined {
  let argv = c.argv;
  if (argv.length === 0) return undefined;
  if (runners.has(programName(argv[0]!))) {
    let k = 1;
    while (k < argv.length && argv[k]!.startsWith('-')) k++;
    argv = argv.slice(k);
  }
  const program = programName(argv[0] ?? '');
  const at = (dir: string | undefined): string => (dir === undefined ? cwd : dir.startsWith('/') || dir.startsWith('~') || cwd === '' ? folderForm(dir) : `${cwd}/${folderForm(dir)}`);
  if (program.startsWith('python')) {
    const m = argv.indexOf('-m');
    if (m < 0 || !['http.server', 'SimpleHTTPServer'].includes(argv[m + 1] ?? '')) return undefined;
    return publicHost(optionValue(argv, ['--bind', '-b'])) ? at(optionValue(argv, ['--directory', '-d'])) : undefined;
  }
  if (program.startsWith('php')) {
    const listen = optionValue(argv, ['-S']);
    return listen !== undefined && publicHost(listenHost(listen)) ? at(optionValue(argv, ['-t'])) : undefined;
  }
  if (program === 'http-server' || program === 'serve') {
    const host = program === 'serve' ? (() => {
      const l = optionValue(argv, ['--listen', '-l']);
      return l === undefined ? undefined : /^\d+$/.test(l) ? undefined : listenHost(l);
    })() : optionValue(argv, ['-a', '--address']);
    if (!publicHost(host)) return undefined;
    const folder = argv.slice(1).find((w, i, rest) => !w.startsWith('-') && !(i > 0 && rest[i - 1]!.startsWith('-') && !rest[i - 1]!.includes('=')));
    return at(folder);
  }
  return undefined;
}

/** The folders `command` serves to other machines, its `cd` steps followed. Cheap when it names no server. */
export function servedFolders(command: string): string[] {
  if (!/http\.server|simplehttpserver|http-server|\bserve\b|\bphp[\d.]*\s[^\n]*-s\b/i.test(command)) return [];
  const out: string[] = [];
  let cwd = '';
  for (const c of parseShell(command)) {
    const program = c.argv.length ? programName(c.argv[0]!) : '';
    if (program === 'cd' || program === 'pushd') {
      const to = c.argv[1];
      if (to !== undefined) cwd = to.startsWith('/') || to.startsWith('~') || cwd === '' ? folderForm(to) : `${cwd}/${folderForm(to)}`;
      continue;
    }
    const folder = servedBy(c, cwd);
    if (folder !== undefined) out.push(folder);
  }
  return out;
}
