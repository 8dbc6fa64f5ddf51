import { spacedQuoted } from '../commands/shell-words.js';
import { startsWithProgram } from './classify.js';
import type { RawValue } from './extract.js';
import { Kind } from './kinds.js';
import { pathOf } from './value-path.js';

// A command a client call sends as argv words (`"cmd": ["rm", "-rf", "/"]`, or `"command": "rm"` with
// `"args": ["-rf", "/"]`) runs as the line those words make: the line is read as a command at the array's
// path, so the rules that read command lines judge it as they judge the same line sent as one string.

export const programKey = /^(?:command|cmd|program|executable|exe|bin|binary)$/i;
const maxWords = 256;

const stepsOf = (raw: RawValue): readonly (string | number)[] => pathOf(raw.path);
const sameParent = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = a.length - 2; i >= 0; i--) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * The command lines of the argv arrays of a client call's strings (in walk order: the items of one array
 * come one after another), each a value at its array's path, or undefined when there is none. An array is
 * argv when its line opens with a program; its program may be a one-word sibling under a program key, or
 * the tool itself (`tool` is the call's tool name: see {@link toolProgram}).
 */
export function joinedArgv(raws: readonly RawValue[], tool?: string): RawValue[] | undefined {
  let joined: RawValue[] | undefined;
  let programs: Map<string, string> | undefined;
  let ownProgram: string | undefined | null = null;
  for (let r = 0; r < raws.length; ) {
    const first = raws[r++]!;
    const path = stepsOf(first);
    if (path[path.length - 1] !== 0) continue;
    const words = [first.raw];
    for (; r < raws.length && words.length < maxWords; r++) {
      const next = stepsOf(raws[r]!);
      if (next[next.length - 1] !== words.length || !sameParent(path, next)) break;
      words.push(raws[r]!.raw);
    }
    let line = words.map(spacedQuoted).join(' ');
    if (!opensWithProgram(words[0]!, line)) {
      // The arguments of a program named beside them: found by the array's parent (one map per call).
      programs ??= siblingPrograms(raws);
      let program = programs.get(parentKey(path.slice(0, -1)));
      if (program === undefined && argvKey.test(String(path[path.length - 2]))) program = ownProgram === null ? (ownProgram = toolProgram(tool)) : ownProgram;
      if (program === undefined) continue;
      line = `${program} ${line}`;
    } else if (words.length < 2) continue;
    (joined ??= []).push({ path: path.slice(0, -1), key: first.key, raw: line, kinds: first.kinds | Kind.Command, byShape: true });
  }
  return joined;
}

/** The keys an argv array of a tool's own program sits under (`{"args": ["delete", "ns", "prod"]}`). */
const argvKey = /^(?:args|argv|arguments|params|parameters|command|cmd|flags)$/i;

/**
 * The program a tool named after it runs, with the words of its name after it: `kubectl` is `kubectl`,
 * `docker_run` is `docker run`, `mcp__ops__git_push` is `git push`. Only a name whose first word is a
 * program counts (`run_query` names no program); undefined otherwise.
 */
export function toolProgram(tool: string | undefined): string | undefined {
  if (tool === undefined) return undefined;
  const words = tool.slice(tool.lastIndexOf('__') + 1).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4 || !startsWithProgram(`${words[0]!} `)) return undefined;
  return words.join(' ');
}

const opensWithProgram = (word: string, line: string): boolean => !/\s/.test(word.trim()) && startsWithProgram(line.toLowerCase());
const parentKey = (steps: readonly (string | number)[]): string => steps.slice(0, -1).join('\u0000');

/** The one-word programs named under a program key (`{"command": "rm", "args": [...]}`), by their parent. */
function siblingPrograms(raws: readonly RawValue[]): Map<string, string> {
  const programs = new Map<string, string>();
  for (const raw of raws) {
    const at = stepsOf(raw);
    const word = raw.raw.trim();
    if (programKey.test(String(at[at.length - 1])) && word !== '' && !/\s/.test(word) && startsWithProgram(`${word.toLowerCase()} `)) programs.set(parentKey(at), word);
  }
  return programs;
}
