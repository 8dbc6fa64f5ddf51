import { unwrap } from '../commands/analyze.js';
import { programName, programTable } from '../commands/programs.js';
import { strayProgram } from './editor-files.js';

// A command line a config names for a tool to start (git's pager, cargo's runner, an editor): one program
// by name or by path with plain words, or a pipeline of such (`diff-so-fancy | less -RFX`), is a tool the
// user installed; a shell, an interpreter, a fetcher or a program kept where anyone writes runs something
// the config does not show.

/**
 * A stage of a plain command line: a program by name or path, then words without quotes, substitutions or
 * operators; a word may name a variable (`$LOCAL`, `${MERGED}`: what git hands a diff or merge tool).
 */
const plainStage = /^[\w./~+-]+(?:\s+[\w.,:=%/~+@{}$-]+)*$/;
/** What runs or sends what it is given that the programs table lists as none of those: the shell's eval, and telnet. */
const untabled = new Set(['eval', 'telnet']);

/**
 * Whether a stage's words start a tool of its own: after the wrappers that run the rest of the line (`env`,
 * `xargs`, `cmd /c`), not a program kept where anyone writes, and not one that runs or sends what it is
 * given: a shell, an interpreter (a versioned name too: `python3.12`), a fetcher or a decoder that decodes,
 * as the programs table lists them. A wrapper left with nothing to run (`env` alone prints the environment)
 * is no tool either.
 */
function startsTool(words: readonly string[]): boolean {
  const table = programTable();
  const argv = unwrap(table, words);
  const program = argv[0] ?? '';
  const name = programName(program).toLowerCase();
  if (name === '' || strayProgram.test(program)) return false;
  const unversioned = name.replace(/\d+(?:\.\d+)*$/, '');
  for (const n of [name, unversioned]) {
    if (table.shells.has(n) || table.interpreters.has(n) || table.fetchers.has(n) || untabled.has(n)) return false;
  }
  const decodes = table.decoders.get(name);
  return decodes === undefined || (!decodes.has('*') && !argv.some((a) => decodes.has(a)));
}

/** Whether `value` is one plain command or a pipeline of them, none a shell, interpreter or fetcher, none kept where anyone writes. */
export function plainCommandLine(value: string): boolean {
  if (value.includes('||')) return false;
  return value.split('|').every((raw) => {
    const stage = raw.trim();
    if (!plainStage.test(stage)) return false;
    const words = stage.split(/\s+/);
    return !strayProgram.test(words[0]!) && startsTool(words);
  });
}
