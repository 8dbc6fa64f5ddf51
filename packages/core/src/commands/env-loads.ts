// A project's env file a command loads into a local program's environment without showing it: the shell's
// `.` or `source` of `./.env` (its assignments become the shell's variables, `set -a` exports them to the
// dev server started next) and the `--env-file` of a runtime or container (node, bun, deno, tsx, docker,
// podman). Nothing of the file comes out on stdout; where its values go is judged where they are used (a
// `curl -d "$STRIPE_SECRET_KEY"` on the line is a credential sent, commands/sent-secrets.ts). Only a file
// named as an env file is taken (`.env`, `.env.local`, `prod.env`): sourced, any other file prints the lines
// it cannot run in its errors (a key's lines, one per "command not found"). A line that traces what it runs
// (`set -x`, `set -v`, `bash -x`) prints every assignment sourced, so it takes none; so does a file read by
// another command on the line (`cat ./.env`), which stays a credential file's path (see spanOnlyTokens).

import { nextCommandWord, type WordSpan } from './command-words.js';

/** `.` or `source` where a command starts (the line's start, after `;`, `&`, `|`, a newline, `(` or `{`). */
const sourced = /(?:^|[;&|\n\r({])[ \t]*(?:\.|source)[ \t]+/g;
/** A runtime or container program that takes `--env-file`, as a word (also after a path). */
const runner = /(?<![\w.-])(?:node|bun|deno|tsx|docker|docker-compose|podman)(?![\w.-])/g;
/** A file named as an env file (its last segment). */
const envName = /(?:^|\/)(?:\.env(?:\.[\w-]+)*|[\w-]+\.env)$/;
/** A line that prints what it runs: xtrace or verbose set, or a shell started with -x or -v. */
const traced = /\bset[ \t]+(?:-[a-z]*[xv]|-o[ \t]+(?:xtrace|verbose))|(?<![\w.-])(?:ba|z|k|da)?sh[ \t]+-[a-z]*[xv]/i;
const isQuote = (c: string): boolean => c === '"' || c === "'";
const endsCommand = (c: string): boolean => c === ';' || c === '&' || c === '|' || c === '\n' || c === '\r' || c === '(' || c === ')' || c === '`' || c === '<' || c === '>';

/**
 * The spans (start, end) of `text` that name env files a shell sources or a runtime loads with `--env-file`,
 * in order. One pass per reading: each command's words are read once, up to its end.
 */
export function envLoadSpans(text: string): [number, number][] {
  if (traced.test(text)) return [];
  const spans: [number, number][] = [];
  const read: WordSpan = { start: 0, end: 0 };
  sourced.lastIndex = 0;
  for (let m = sourced.exec(text); m !== null; m = sourced.exec(text)) {
    const next = nextCommandWord(text, m.index + m[0].length, endsCommand, read, isQuote);
    if (next >= 0 && envName.test(text.slice(read.start, read.end))) spans.push([read.start, read.end]);
  }
  runner.lastIndex = 0;
  for (let m = runner.exec(text); m !== null; m = runner.exec(text)) {
    let i = m.index + m[0].length;
    let want = false;
    for (let next = nextCommandWord(text, i, endsCommand, read, isQuote); next >= 0; next = nextCommandWord(text, i, endsCommand, read, isQuote)) {
      i = next;
      const word = text.slice(read.start, read.end);
      const at = word.startsWith('--env-file=') ? read.start + 11 : want ? read.start : -1;
      want = word === '--env-file';
      if (at >= 0 && envName.test(text.slice(at, read.end))) spans.push([at, read.end]);
    }
    runner.lastIndex = Math.max(runner.lastIndex, i);
  }
  return spans;
}
