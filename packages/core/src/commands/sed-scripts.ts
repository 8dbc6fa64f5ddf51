// The script of a sed substitution is a pattern and its replacement, not a file: `sed -E "s#https://([^/]+)/.*#\1#"`
// cuts a host out of a URL, and `/.*#\1#` in it names no place. Only scripts made of substitutions (`s`)
// and transliterations (`y`) with ordinary flags are taken: a `w FILE` flag, the `w`, `r`, `R`, `W` and `e`
// commands or an address read or write files and run commands, so such a script keeps its words as paths.
// The files sed edits (`sed -i 's/a/b/' /etc/hosts`) are words of their own, outside the script.

import { nextCommandWord, type WordSpan } from './command-words.js';

/** sed as a word (also after a path: `/usr/bin/sed`), and GNU's `gsed`. */
const program = /(?<![\w.-])g?sed(?![\w.-])/g;
/** sed's options that take a value as the next word; `-e` and `--expression` take a script. */
const valueOptions = new Set(['-f', '--file', '-l', '--line-length', '-s', '--separate']);
const scriptOptions = new Set(['-e', '--expression']);
const isQuote = (c: string): boolean => c === '"' || c === "'";
const endsCommand = (c: string): boolean => c === ';' || c === '&' || c === '|' || c === '\n' || c === '\r' || c === '(' || c === ')' || c === '`' || c === '<' || c === '>';
/** Flags of a substitution that read or write nothing: global, print, case, multi-line, an occurrence number. */
const plainFlag = /[gpiImM0-9]/;

/** Where the command of `script` that starts at `i` ends (after its flags), or -1 when it is not a plain `s` or `y`. */
function plainCommand(script: string, i: number): number {
  const command = script[i];
  if (command !== 's' && command !== 'y') return -1;
  const delimiter = script[i + 1];
  if (delimiter === undefined || /[\w\s\\]/.test(delimiter)) return -1;
  let j = i + 2;
  for (let parts = 0; parts < 2; parts++) {
    while (j < script.length && script[j] !== delimiter) j += script[j] === '\\' ? 2 : 1;
    if (j >= script.length) return -1;
    j++;
  }
  if (command === 's') while (j < script.length && plainFlag.test(script[j]!)) j++;
  return j;
}

/** Whether a sed script is substitutions and transliterations only, separated by `;` or new lines. */
export function plainSedScript(script: string): boolean {
  let i = 0;
  let commands = 0;
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i]!)) i++;
    if (i >= script.length) break;
    const end = plainCommand(script, i);
    if (end < 0) return false;
    commands++;
    i = end;
    if (i < script.length && !/[\s;}]/.test(script[i]!)) return false;
  }
  return commands > 0;
}

/**
 * The spans (start, end) of `text` that hold plain sed scripts (see {@link plainSedScript}): the first word
 * that is no option, or the value of `-e`/`--expression`. One pass: each command's words are read once.
 */
export function sedScriptSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const read: WordSpan = { start: 0, end: 0 };
  program.lastIndex = 0;
  for (let m = program.exec(text); m !== null; m = program.exec(text)) {
    let i = m.index + m[0].length;
    let want: 'value' | 'script' | '' = '';
    let scripted = false;
    for (let next = nextCommandWord(text, i, endsCommand, read, isQuote); next >= 0; next = nextCommandWord(text, i, endsCommand, read, isQuote)) {
      i = next;
      const { start, end } = read;
      const word = text.slice(start, end);
      if (want === 'script' || (want === '' && !scripted && !word.startsWith('-'))) {
        if (plainSedScript(word)) spans.push([start, end]);
        scripted = true;
        want = '';
      } else if (want === 'value') {
        want = '';
      } else if (scriptOptions.has(word) || /^-[a-z]+e$/i.test(word)) {
        // `-e SCRIPT` (also `-ne SCRIPT`): the words after it that are no option are files.
        want = 'script';
        scripted = true;
      } else if (valueOptions.has(word)) {
        want = 'value';
        scripted ||= word === '-f' || word === '--file';
      }
    }
    program.lastIndex = Math.max(program.lastIndex, i);
  }
  return spans;
}
