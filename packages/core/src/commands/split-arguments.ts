import type { ScannedValue } from '../types.js';
import { startsWithProgram } from '../values/classify.js';
import { programTable } from './programs.js';
import { Kind } from '../values/kinds.js';

// The command lines a server makes of a call's arguments when it runs more than one of them: a program named
// in one argument and its arguments as one string in another (`{"program": "sh", "args": "-c '…'"}`), and
// the command lines of a call run one after another (`{"command": "curl … -o /tmp/x", "then": "sh /tmp/x"}`),
// so a file one line downloads and the next runs is read as one text. Only the call's own arguments (not
// nested objects: their argv arrays are read where they are joined) and only a call with two such values.

// Set lookups, not patterns: every call's arguments pass here, and keys are sent in lower case.
const programKeys = new Set(['command', 'cmd', 'program', 'executable', 'exe', 'bin', 'binary']);
const argsKeys = new Set(['args', 'argv', 'arguments', 'flags', 'options', 'params', 'parameters']);
/** The most text a joined line holds; the rest of a longer call is left out of the join. */
const maxLine = 64 * 1024;

/** A value sent as the call's own argument: `params.arguments.<key>`. */
export const topLevel = (value: ScannedValue): boolean => value.path.length === 3;

/** The lines made of more than one of a call's arguments, or undefined (the usual call: one command, or none). */
export function splitArgumentLines(values: readonly ScannedValue[]): string[] | undefined {
  let commands = 0;
  let program: string | undefined;
  let args: string | undefined;
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    // Derived values (decoded, joined) follow their original at the same path: only the first is read.
    if ((v > 0 && value.path === values[v - 1]!.path) || !topLevel(value)) continue;
    if (value.kindMask & Kind.Command) commands++;
    if (program === undefined && programKeys.has(value.key)) {
      const word = value.raw.trim();
      // An interpreter the programs table knows (an EDR's `runscript`) is a program too.
      if (word !== '' && !/\s/.test(word) && (startsWithProgram(`${word.toLowerCase()} `) || programTable().interpreters.has(word.toLowerCase()))) program = word;
    } else if (args === undefined && argsKeys.has(value.key)) args = value.raw;
  }
  let lines: string[] | undefined;
  if (program !== undefined && args !== undefined) lines = [`${program} ${args}`.slice(0, maxLine)];
  if (commands < 2) return lines;
  let joined = '';
  for (let v = 0; v < values.length && joined.length < maxLine; v++) {
    const value = values[v]!;
    if ((v > 0 && value.path === values[v - 1]!.path) || !topLevel(value) || !(value.kindMask & Kind.Command)) continue;
    joined += joined === '' ? value.raw : `\n${value.raw}`;
  }
  (lines ??= []).push(joined.slice(0, maxLine));
  return lines;
}
