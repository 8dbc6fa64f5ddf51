// Letter-spaced text ("r e a d   ~ / . s s h"): a model reads the letters of such a run as the words they
// spell, a word list sees single letters. A run is eight characters or more, each standing alone between
// spaces; one space joins two of them into a word, two spaces or more part two words. Runs are found by
// probes (one character in fifteen: a run is at least fifteen characters long), so ordinary text costs two
// or three looks per fifteen characters; only the lines that hold a run are spelled.

import { isAsciiDigit, isAsciiLetter } from './char-classes.js';

const space = 32;
const newline = 10;
/**
 * Characters between probes: a run of eight tokens spans fifteen characters or more, so a probe lands in it,
 * on a token (each stands alone) or on a space before one (at most maxGap further).
 */
const step = 15;
/** The fewest tokens of a run, and of its letters (see isAlnum for the rest). */
const minTokens = 8;
const minLetters = 6;
/** Letters and digits are at least two thirds of a run's tokens: `x = a + b * c` is a formula. */
const isAlnum = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);
/** The most spaces between two tokens of a run (more part it). */
const maxGap = 4;
/** At most this much text is spelled out per string (the lines that hold runs). */
const maxSpelled = 16 * 1024;

/** A character that may be a token of a run: printable, not a space. */
const isToken = (c: number): boolean => c > space && c !== 127;

/** Whether the character at `i` stands alone: a token with a space (or the text's end) on each side. */
function alone(text: string, i: number): boolean {
  if (!isToken(text.charCodeAt(i))) return false;
  const before = i === 0 ? space : text.charCodeAt(i - 1);
  const after = i + 1 >= text.length ? space : text.charCodeAt(i + 1);
  return (before === space || before === newline) && (after === space || after === newline);
}

/** The first position from `i` on (up to `i + maxGap`) of a token standing alone, or -1. */
function aloneNear(text: string, i: number): number {
  for (let j = i, end = Math.min(text.length, i + maxGap + 1); j < end; j++) if (alone(text, j)) return j;
  return -1;
}

/**
 * Whether `text` may hold a letter-spaced run (a probe lands on a token standing alone beside another):
 * the cheap test the plain reading asks before it trusts a text's lower case.
 */
export function mayHoldSpaced(text: string): boolean {
  return nextRun(text, 0) !== undefined;
}

/** The bounds [start, end) of the next run at or after `from`, or undefined. */
function nextRun(text: string, from: number): readonly [number, number, boolean] | undefined {
  // A run is as long as a step at least. Probes stay two characters before the end (what they look at is then
  // in the text: a read past it gives NaN, which costs the optimized loop its fast path), the last one moved
  // back there, so the text's last step holds one too.
  if (text.length - from < step) return undefined;
  const last = text.length - 3;
  let final = false;
  for (let probe = from + step - 1; !final; probe += step) {
    if (probe >= last) {
      probe = last;
      final = true;
    }
    // Inside a run no two tokens touch: a probe on a token beside another token is not in one, nor a probe
    // on a space before a word of two characters or more.
    if (text.charCodeAt(probe) === space ? isToken(text.charCodeAt(probe + 1)) && isToken(text.charCodeAt(probe + 2)) : isToken(text.charCodeAt(probe + 1)) || isToken(text.charCodeAt(probe - 1))) continue;
    const at = aloneNear(text, probe);
    if (at < 0) continue;
    const run = runAround(text, at);
    if (run[2]) return run;
    // A run too short or of too few letters is walked once: probing goes on past its end.
    probe = Math.max(probe, run[1] - 1);
  }
  return undefined;
}

/** The lone token before (`dir` -1) or after (+1) the lone token at `at`, one to maxGap spaces away, or -1. */
function neighbour(text: string, at: number, dir: -1 | 1): number {
  let j = at + dir;
  let gap = 0;
  while (j >= 0 && j < text.length && text.charCodeAt(j) === space) {
    j += dir;
    gap++;
  }
  return gap >= 1 && gap <= maxGap && j >= 0 && j < text.length && alone(text, j) ? j : -1;
}

/** The run the lone token at `at` belongs to: [start, end, whether it is long enough and of letters]. */
function runAround(text: string, at: number): readonly [number, number, boolean] {
  let start = at;
  for (let j = neighbour(text, start, -1); j >= 0; j = neighbour(text, start, -1)) start = j;
  let end = start;
  let tokens = 1;
  let letters = isAsciiLetter(text.charCodeAt(start)) ? 1 : 0;
  let alnum = isAlnum(text.charCodeAt(start)) ? 1 : 0;
  for (let j = neighbour(text, end, 1); j >= 0; j = neighbour(text, end, 1)) {
    end = j;
    tokens++;
    const c = text.charCodeAt(j);
    if (isAsciiLetter(c)) letters++;
    if (isAlnum(c)) alnum++;
  }
  return [start, end + 1, tokens >= minTokens && letters >= minLetters && 3 * alnum >= 2 * tokens];
}

/** A run read as words: one space joins, more part. */
const spelledRun = (run: string): string => run.split(/ {2,}/).map((w) => w.replaceAll(' ', '')).join(' ');

/**
 * The lines of `text` that hold letter-spaced runs, each run read as the words it spells ("r e a d   t h e"
 * reads "read the"), the rest of the line as it is; '' when there is none. Linear: probes, then each run
 * walked once (a run found is probed past).
 */
export function spacedSpelled(text: string): string {
  // Most texts hold no run: nothing is made for them.
  const first = nextRun(text, 0);
  if (first === undefined) return '';
  const lines: string[] = [];
  let size = 0;
  let line = '';
  let lineEnd = -1;
  let last = 0;
  for (let run: readonly [number, number, boolean] | undefined = first; run !== undefined && size < maxSpelled; run = nextRun(text, run[1])) {
    const [start, end] = run;
    if (start >= lineEnd) {
      if (lineEnd >= 0) {
        line += text.slice(last, lineEnd);
        lines.push(line);
        size += line.length;
      }
      last = text.lastIndexOf('\n', start - 1) + 1;
      lineEnd = text.indexOf('\n', end);
      if (lineEnd < 0) lineEnd = text.length;
      line = '';
    }
    line += text.slice(last, start) + spelledRun(text.slice(start, end));
    last = end;
  }
  if (lineEnd >= 0) lines.push(line + text.slice(last, lineEnd));
  return lines.join('\n');
}
