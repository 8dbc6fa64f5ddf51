// An archive a database restore loads into a database without showing it: `pg_restore -d DB FILE` reads the
// custom, directory or tar archive FILE and runs it against DB; nothing of it comes out on stdout. A backup
// kept under /var/backups (where dumps are put by cron) is restored this way to test it. Without a database
// to load into (`pg_restore FILE`), pg_restore prints the archive as SQL for the model to read, so that file
// stays a path of its own; so does one read by another command on the line (`cat FILE`), and the list file
// of `-L FILE`, which pg_restore reads as text. Only a file named as an archive is taken (`.dump`, `.pgdump`,
// `.backup`, `.tar`): `/var/backups/shadow.bak` or `~/.ssh/id_rsa` given as one is no restore of a database.

import { nextCommandWord, type WordSpan } from './command-words.js';

/** pg_restore as a word (also after a path: `/usr/lib/postgresql/16/bin/pg_restore`). */
const program = /(?<![\w.-])pg_restore(?![\w.-])/g;
/**
 * pg_restore's options that take a value as the next word (written `-xVALUE` or `--long=VALUE`, they are one
 * word), in lower case as the line is read: `-l`, `-s` and `-i` stand for `-L`, `-S` and `-I` too, so the word
 * after them is never taken for an archive (`-L /etc/shadow` is a list file pg_restore reads as text).
 */
const valueOptions = new Set(['-d', '--dbname', '-f', '--file', '-i', '--index', '-j', '--jobs', '-l', '--use-list', '-n', '--exclude-schema', '--schema', '-p', '--function', '-s', '--superuser', '-t', '--table', '--trigger', '-h', '--host', '--port', '-u', '--username', '--role', '--section', '--filter', '--format']);
/** A file named as a pg_dump archive (custom or tar format). */
const archiveName = /\.(?:dump|pgdump|backup|tar)$/;
const isQuote = (c: string): boolean => c === '"' || c === "'";
const endsCommand = (c: string): boolean => c === ';' || c === '&' || c === '|' || c === '\n' || c === '\r' || c === '(' || c === ')' || c === '`' || c === '<' || c === '>';

/**
 * The spans (start, end) of `text` that name archives a pg_restore given a database (`-d DB`, `-dDB`,
 * `--dbname=DB`) loads into it, in order. One pass: each command's words are read once, up to its end.
 */
export function databaseLoadSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const read: WordSpan = { start: 0, end: 0 };
  program.lastIndex = 0;
  for (let m = program.exec(text); m !== null; m = program.exec(text)) {
    let i = m.index + m[0].length;
    const archives: [number, number][] = [];
    let database = false;
    let want: 'value' | 'database' | '' = '';
    let options = true;
    for (let next = nextCommandWord(text, i, endsCommand, read, isQuote); next >= 0; next = nextCommandWord(text, i, endsCommand, read, isQuote)) {
      i = next;
      const { start, end } = read;
      const word = text.slice(start, end).toLowerCase();
      if (want !== '') {
        if (want === 'database' && word !== '') database = true;
        want = '';
      } else if (options && word === '--') {
        options = false;
      } else if (options && word.startsWith('-') && word !== '-') {
        if (word === '-d' || word === '--dbname') want = 'database';
        else if (valueOptions.has(word)) want = 'value';
        else if ((word.startsWith('-d') && !word.startsWith('--')) || word.startsWith('--dbname=')) database = true;
      } else if (archiveName.test(word)) {
        archives.push([start, end]);
      }
    }
    if (database) for (const span of archives) spans.push(span);
    program.lastIndex = Math.max(program.lastIndex, i);
  }
  return spans;
}
