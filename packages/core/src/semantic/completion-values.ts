import { isProgramWord } from '../commands/harmful-steps.js';
import { destructiveSql } from '../commands/sql-statements.js';
import { isRecord } from '../parse.js';
import type { MessagePath } from '../types.js';
import { maxOfferedValue, offeredCommand } from './offered-values.js';

// A `completion/complete` answer offers values the host writes into the argument being typed when the user
// picks one: the rest of a branch name, a path, a query. A value that leaves the name for a shell (a `;`,
// `&&`, `||`, `|`, a newline, a backtick or `$(`) and goes on with a program runs that program wherever the
// argument reaches a shell (a deploy prompt's `git checkout <branch>`). What follows the break is read as a
// value a schema offers is (offered-values.ts), and a download the command analysis sees run counts too:
// no completion of a name holds one. "npm run build && npm test" for a command argument, "date|time.ts" as
// a file name and "error budget; SLO dashboards" as a query go on with nothing harmful, and pass.
// A value that ends its name with `;` and goes on with a SQL statement that destroys data (`users; DELETE
// FROM audit_log; --` offered for a table name) runs that statement wherever the name is spliced into a
// query (a stats prompt's `SELECT count(*) FROM <table>`): what follows the `;` is read as SQL.

/** Where a value leaves the name for a shell. */
const breakOut = /[;&|\n`]|\$\(/;
/** The separators and spaces before the command that follows. */
const separators = /^(?:[;&|\n`\s]|\$\()+/;
/** The spec caps a completion at 100 values. */
const maxValues = 100;

/** A completion value that breaks out of its argument into a harmful command, or undefined. */
export function completionCommand(result: unknown): { readonly path: MessagePath; readonly what: string; readonly evidence: string } | undefined {
  const completion = isRecord(result) ? result['completion'] : undefined;
  const values = isRecord(completion) ? completion['values'] : undefined;
  if (!Array.isArray(values)) return undefined;
  for (let i = 0; i < values.length && i < maxValues; i++) {
    const value: unknown = values[i];
    if (typeof value !== 'string' || value.length < 8) continue;
    const at = value.search(breakOut);
    if (at < 0) continue;
    const semi = value.indexOf(';');
    const sql = semi < 0 ? undefined : destructiveSql(value.slice(semi + 1, maxOfferedValue));
    if (sql !== undefined) return { path: ['result', 'completion', 'values', i], what: `runs a second SQL statement (${sql})`, evidence: value.slice(0, 200) };
    const rest = value.slice(at, maxOfferedValue).replace(separators, '');
    const first = /^\S+/.exec(rest)?.[0];
    if (first === undefined || !isProgramWord(first)) continue;
    // A substitution is read whole, its closing backtick or parenthesis with it.
    const line = value[at] === '`' || value[at] === '$' ? value.slice(at, at + maxOfferedValue) : rest;
    const what = offeredCommand(line, true)?.what;
    if (what !== undefined) return { path: ['result', 'completion', 'values', i], what, evidence: value.slice(0, 200) };
  }
  return undefined;
}
