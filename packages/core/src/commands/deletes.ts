// What a command deletes whole: a recursive delete (rm -r, rd /s, Remove-Item -Recurse, find -delete,
// rsync --delete, inline rmtree) of a root of the machine — the filesystem root, a home folder, a system
// folder, a drive, the parent folders — read from argv as the program reads it: options in any order or
// spelling, operands as paths after the shell's quoting and the home folder's spellings.
import { programName, type ProgramTable } from './programs.js';

/** The home folder as shells and runtimes spell it (`$HOME`, `${HOME:?}`, `~user`, `%USERPROFILE%`), at the start of a path. */
const homeSpelling = /^(?:\$\{home(?:[:?=+-][^}]*)?\}|\$home|%userprofile%|%homepath%|\$env:(?:userprofile|home)|~[a-z_][a-z0-9_.-]*)(?=\/|$)/;

/**
 * A path as the root test reads it: lower case, `/` separators, home as `~`, a trailing glob of everything
 * in a folder (`/*`, `~/*`) read as the folder, and `.` and `..` resolved (`/tmp/../` is `/`, `~/..` the
 * folder of every home).
 */
export function rootForm(word: string): string {
  // A drive's backslash may be gone (a POSIX reading of `C:\\Users` is `C:Users`): the drive is a root.
  const p = word
    .toLowerCase()
    .replace(/\\/g, '/')
    .replace(homeSpelling, '~')
    .replace(/^([a-z]:)(?=[^/])/, '$1/');
  let absolute = p.startsWith('/');
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      const last = parts[parts.length - 1];
      if (last === undefined) {
        if (!absolute) parts.push('..');
      } else if (last === '..') parts.push('..');
      else if (last === '~' && parts.length === 1) {
        // Above the home folder: the folder of every home.
        parts[0] = 'home';
        absolute = true;
      } else parts.pop();
      continue;
    }
    parts.push(part);
  }
  // Everything in a folder is the folder: `/*`, `~/*`, `$HOME/.*` (bare `*` stays: everything here).
  while (parts.length > (absolute ? 0 : 1) && /^\.?\*$/.test(parts[parts.length - 1]!)) parts.pop();
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

/** Whether a program's option word is one of `options` (`*`: every word), a single-dash cluster holding one (`-rf`), or a PowerShell prefix of one (`-Recu`). */
function hasOption(options: ReadonlySet<string>, word: string): boolean {
  if (options.has('*')) return true;
  const w = word.toLowerCase();
  if (options.has(w)) return true;
  if (w.length > 2 && w.startsWith('-') && !w.startsWith('--')) {
    for (let i = 1; i < w.length; i++) if (options.has(`-${w[i]}`)) return true;
  }
  return false;
}

/** Tests of `find` that pick some entries of the folders it searches. */
const findFilter = /^-(?:i?name|i?path|i?wholename|i?regex|type|x?type|mtime|mmin|atime|amin|ctime|cmin|newer|size|empty|user|group|perm|links|prune)$/;

/** What `name args` deletes whole that is a root of the machine, written out, or undefined. */
export function deletesRoot(table: ProgramTable, name: string, args: readonly string[]): string | undefined {
  const isRoot = (word: string): boolean => table.deleteRoot.test(rootForm(word));
  const operands = (list: readonly string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
      if (list[i] === '--') {
        out.push(...list.slice(i + 1));
        break;
      }
      if (!list[i]!.startsWith('-')) out.push(list[i]!);
    }
    return out;
  };
  const recursive = table.deleters.get(name);
  if (recursive !== undefined) {
    // rm's only use of --no-preserve-root is deleting `/`.
    if (name === 'rm' && args.includes('--no-preserve-root')) return `${name} --no-preserve-root`;
    const dashDash = args.indexOf('--');
    if (!(dashDash < 0 ? args : args.slice(0, dashDash)).some((a) => hasOption(recursive, a))) return undefined;
    const root = operands(args).find(isRoot);
    return root === undefined ? undefined : `${name} ${args.join(' ')}`;
  }
  if (name === 'find') {
    let i = 0;
    while (i < args.length && !/^[-(!]|^\\\(/.test(args[i]!)) i++;
    const roots = args.slice(0, i);
    const deletes = args.some((a, j) => a === '-delete' || (/^-exec(?:dir)?$/.test(a) && /^(?:rm|shred|unlink|rmdir)$/.test(programName(args[j + 1] ?? ''))));
    // A folder inside a home (`~/projects`) searched by name, type or age is cleaned, not deleted whole
    // (`find ~/projects -name node_modules -exec rm -rf {} +`); the machine's roots and a home stay roots.
    const filtered = args.slice(i).some((a) => findFilter.test(a));
    return deletes && roots.some((r) => isRoot(r) && !(filtered && rootForm(r).startsWith('~/'))) ? `find ${args.join(' ')}` : undefined;
  }
  if (name === 'rsync') {
    const targets = operands(args);
    const into = targets[targets.length - 1];
    return targets.length >= 2 && into !== undefined && args.some((a) => a.startsWith('--del')) && isRoot(into) ? `rsync … ${into}` : undefined;
  }
  if (name === 'mv') {
    const targets = operands(args);
    const moved = targets.slice(0, -1).find(isRoot);
    return moved === undefined ? undefined : `mv ${moved} …`;
  }
  return undefined;
}

/** A find test's value that every name or path matches (`-name '*'`, `-regex '.*'`): no narrowing. */
const everyName = /^(?:\*+|\.\*|\.\/\*)$/;
/** Find's tests that narrow what an alternative takes (`-type` keeps files or folders, every one of them). */
const narrowing = /^-(?:i?name|i?path|i?wholename|i?regex|mtime|mmin|atime|amin|ctime|cmin|newer|size|empty|user|group|perm|links|samefile|inum)$/;

/**
 * Whether `find ARGS` deletes every entry it walks though its expression reads as a filter: `-o` binds looser
 * than the implied `-a`, so in `find . -name '*.orig' -o -name '*' -delete` the delete belongs to the second
 * alternative alone, which tests nothing (or a name every file has) and so takes the whole tree. A delete in
 * parentheses with its alternatives (`\( -name a -o -name b \) -delete`), an alternative that still names
 * files (`-o -name '*.bak' -delete`) and the pruning idiom (`-path ./.git -prune -o … -delete`: a tree cleared on
 * purpose but for what it prunes) are what they look like. Returns the alternative that deletes everything.
 */
export function findDeletesEverything(args: readonly string[]): string | undefined {
  if (!args.includes('-o') && !args.includes('-or')) return undefined;
  let i = 0;
  while (i < args.length && !/^[-(!]|^\\\(/.test(args[i]!)) i++;
  const alternatives: string[][] = [[]];
  let depth = 0;
  for (const a of args.slice(i)) {
    if (a === '(' || a === '\\(') depth++;
    else if (a === ')' || a === '\\)') depth = Math.max(0, depth - 1);
    if (depth === 0 && (a === '-o' || a === '-or')) alternatives.push([]);
    else alternatives[alternatives.length - 1]!.push(a);
  }
  if (alternatives.length < 2) return undefined;
  let pruned = false;
  for (const alt of alternatives) {
    const deletes = alt.some((a, j) => a === '-delete' || (/^-exec(?:dir)?$/.test(a) && /^(?:rm|shred|unlink)$/.test(programName(alt[j + 1] ?? ''))));
    const narrows = alt.some((a, j) => narrowing.test(a) && !everyName.test(alt[j + 1] ?? ''));
    if (deletes && !narrows && !pruned) return alt.join(' ');
    if (alt.includes('-prune')) pruned = true;
  }
  return undefined;
}

/** Programs that list a folder's entries onto the pipe (PowerShell's Get-ChildItem and its aliases, ls). */
const listers = new Set(['get-childitem', 'gci', 'dir', 'ls', 'get-item', 'gi']);
/** Options of the listers whose next word is their value, not the folder listed. */
const listerValueOptions = new Set(['-filter', '-include', '-exclude', '-depth', '-erroraction', '-ea', '-attributes']);

/**
 * What a recursive delete with no operand of its own deletes whole when a stage before it lists a root of
 * the machine (`Get-ChildItem C:\ -Recurse | Remove-Item -Recurse`, `ls / | xargs rm -rf`): the deleter takes
 * each entry the listing hands it. `upstream` holds the argv of the stages before it, wrappers read.
 */
export function pipedDeleteRoot(table: ProgramTable, name: string, args: readonly string[], upstream: readonly (readonly string[])[]): string | undefined {
  const recursive = table.deleters.get(name);
  if (recursive === undefined || !args.some((a) => hasOption(recursive, a))) return undefined;
  if (args.some((a, i) => !a.startsWith('-') && !listerValueOptions.has((args[i - 1] ?? '').toLowerCase()))) return undefined;
  for (const stage of upstream) {
    if (!listers.has(programName(stage[0] ?? ''))) continue;
    for (let i = 1; i < stage.length; i++) {
      const a = stage[i]!;
      const lower = a.toLowerCase();
      if (lower === '-path' || lower === '-literalpath') {
        if (table.deleteRoot.test(rootForm(stage[i + 1] ?? ''))) return `${stage.join(' ')} | ${name} ${args.join(' ')}`;
        i++;
      } else if (listerValueOptions.has(lower)) i++;
      else if (!a.startsWith('-') && table.deleteRoot.test(rootForm(a))) return `${stage.join(' ')} | ${name} ${args.join(' ')}`;
    }
  }
  return undefined;
}

/** The value `name` was last bound to before `end` in `code` (`name = value`, `const name = value`), trimmed, or undefined. */
function boundValue(code: string, name: string, end: number): string | undefined {
  let value: string | undefined;
  const binding = new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*=(?!=)\\s*([^;\\n]{1,200})`, 'g');
  for (let m = binding.exec(code); m !== null && m.index < end; m = binding.exec(code)) value = m[1]!.trim();
  return value;
}

/** What inline code (python -c, node -e, perl -e, ruby -e) deletes whole that is a root of the machine, or undefined. */
export function codeDeletesRoot(table: ProgramTable, code: string): string | undefined {
  const lower = code.toLowerCase();
  for (const m of lower.matchAll(/(?:rmtree|remove_tree|rm_rf|rm_r|remove_dir|rmsync|rmdirsync|fs\.rm|promises\.rm|rimraf(?:\.sync)?)\s*\(\s*([^,()]{1,200}(?:\([^()]{0,80}\)[^,()]{0,80}){0,3})/g)) {
    let arg = m[1]!.trim();
    // A name bound earlier in the code (`d=os.environ['HOME'];shutil.rmtree(d)`): what it was bound to.
    if (/^[a-z_$][\w$]*$/.test(arg)) arg = boundValue(lower, arg, m.index) ?? arg;
    const literal = /^(["'`])(.*)\1$/.exec(arg);
    const home = /^(?:process\.env\.home|(?:os\.|require\(\s*["'`](?:node:)?os["'`]\s*\)\.)?homedir\(|os\.path\.expanduser\(\s*["']~["']|path\.home\(|pathlib\.path\.home\(|env\[["']home["']\]|\$env\{home\}|dir\.home|os\.environ\[["']home["']\])(?:\s*\))*\s*$/.test(arg);
    const path = home ? '~' : literal ? literal[2]! : undefined;
    if (path !== undefined && table.deleteRoot.test(rootForm(path))) return m[0].slice(0, 120);
  }
  return undefined;
}
