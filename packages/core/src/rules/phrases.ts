// Phrase literals (`stop follow`, `ask the user`) as rule patterns read them: words joined by any run of
// separators, which the literal as written would not find. Two readings, one per size of value:
// - a value matched whole (up to `longValue`) looks for a phrase by its longest word (see scanLiterals); for a
//   rule with `phrases: true`, a hit of that word counts only where the phrase's other words stand next to
//   it ({@link phraseCheck}: loose, any non-letter run or none between words, so it never lets less through);
// - a long value is searched for the literals as written, and where a phrase's longest word occurs, the
//   phrase spelled with other separators (`stop\tfollowing`, `do  not`) is found around it ({@link phraseAt}).

import { startsWord } from '../text/word-start-literals.js';

/**
 * The ASCII characters of the separator class rule patterns join words with, `[\x00-\x2f\x3a-\x60\x7b-\x7f]`,
 * but the capital letters (forms are lower case): spaces, control characters and punctuation.
 */
export function isSeparator(c: number): boolean {
  return c < 0x30 || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f);
}

const separatorAt = (text: string, i: number): boolean => isSeparator(text.charCodeAt(i));

/**
 * The word of a literal written as separators and then one word too short to be looked for alone (` ai`,
 * `$ai`), or undefined for any other literal. A rule with `phrases` counts that word in a value matched whole
 * where a word starts ({@link atWordStart}): its patterns read the separator before it as a class, which the
 * literals as written spell only with the characters the literal index has a column for.
 */
export function wordAfterSeparators(literal: string): string | undefined {
  let i = 0;
  while (i < literal.length && separatorAt(literal, i)) i++;
  if (i === 0 || i === literal.length) return undefined;
  const word = literal.slice(i);
  return /^[a-z0-9]+$/.test(word) && word.length < 3 ? word : undefined;
}

/** The check of a word {@link wordAfterSeparators} gives: the hit starts a word (see startsWord: looser than any separator before it). */
export const atWordStart: PhraseCheck = (text, start) => startsWord(text, start);

/** A literal with each run of separator characters written as one space. */
export function foldSeparators(literal: string): string {
  let out = '';
  let inRun = false;
  for (let i = 0; i < literal.length; i++) {
    if (separatorAt(literal, i)) {
      if (!inRun) out += ' ';
      inRun = true;
    } else {
      out += literal[i];
      inRun = false;
    }
  }
  return out;
}

/**
 * Whether a phrase literal is words with whitespace between them, and no blank at either end: a literal
 * that starts or ends with one marks where a word ends (`rm `, `or `), and read with any separator there it
 * would be found after most words of a text.
 */
export const isPhrase = (literal: string): boolean => /[\p{L}\p{N}]\s+[\p{L}\p{N}]/u.test(literal) && !/^\s|\s$/u.test(literal);

/**
 * Where `phrase` (folded, see {@link foldSeparators}) begins in `text` if it occurs there with `word` (a
 * word of it, at `offset` in it) being the occurrence at `at`, each space of the phrase read as a run of
 * separators; -1 if it does not. Reads only the phrase's length of text on either side. `loose` reads each
 * space as any run of characters other than letters and digits, or none (`dont` for `don t`), and letters
 * in either case: a reading that may find more, never less.
 */
export function phraseAt(text: string, at: number, phrase: string, offset: number, word: number, loose = false): number {
  let i = at - 1;
  for (let j = offset - 1; j >= 0; j--) {
    const p = phrase.charCodeAt(j);
    if (p === 0x20) {
      if (loose) {
        while (i >= 0 && gapAt(text, i)) i--;
        continue;
      }
      if (i < 0 || !separatorAt(text, i)) return -1;
      while (i > 0 && separatorAt(text, i - 1)) i--;
    } else if (i < 0 || !same(text.charCodeAt(i), p, loose)) return -1;
    i--;
  }
  const start = i + 1;
  i = at + word;
  for (let j = offset + word; j < phrase.length; j++) {
    const p = phrase.charCodeAt(j);
    if (p === 0x20) {
      if (loose) {
        while (i < text.length && gapAt(text, i)) i++;
        continue;
      }
      if (i >= text.length || !separatorAt(text, i)) return -1;
      while (i + 1 < text.length && separatorAt(text, i + 1)) i++;
    } else if (i >= text.length || !same(text.charCodeAt(i), p, loose)) return -1;
    i++;
  }
  return start;
}

const same = (c: number, p: number, loose: boolean): boolean => c === p || (loose && c >= 0x41 && c <= 0x5a && c + 0x20 === p);

const letterOrDigit = /[\p{L}\p{N}]/u;
/** Not a letter or digit (a lone surrogate half counts as a gap: looser, never stricter). */
function gapAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return !((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a));
  return !letterOrDigit.test(text[i]!);
}

/** Checks, at the offset a hit of a phrase's longest word starts, that the whole phrase is there. */
export type PhraseCheck = (text: string, start: number) => boolean;

const wordsOf = /[\p{L}\p{N}]+/gu;

/**
 * The check for a literal read by its longest word, or undefined when the word is all there is to check
 * (a single word without punctuation, `old `; with it, see {@link marksCheck}). `longest` is the word the literal is looked for by. The literal's words are read
 * as runs of letters and digits (`n't follow` is `n t follow`) and the text around a hit loosely
 * ({@link phraseAt}): a check may let more through than the patterns would, never less.
 */
export function phraseCheck(literal: string, longest: string): PhraseCheck | undefined {
  const words: readonly string[] = literal.toLowerCase().match(wordsOf) ?? [];
  if (words.length === 1 && words[0] === longest) return marksCheck(literal.toLowerCase(), longest);
  if (words.length < 2 || !words.includes(longest)) return undefined;
  const phrase = words.join(' ');
  const offsets: number[] = [];
  for (let w = 0, at = 0; w < words.length; at += words[w]!.length + 1, w++) if (words[w] === longest) offsets.push(at);
  // Read as codes: a check runs at every hit of a common word (`are`, `not`) in every string of a list.
  const codes: number[] = [];
  for (let k = 0; k < phrase.length; k++) codes.push(phrase.charCodeAt(k));
  const word = longest.length;
  return (text, start) => {
    for (let o = 0; o < offsets.length; o++) if (looselyAt(text, start, codes, offsets[o]!, word)) return true;
    return false;
  };
}

/**
 * `phraseAt(text, at, phrase, offset, word, true) >= 0`, the phrase given as its UTF-16 code units: the
 * reading of a check, without phraseAt's branches for the strict reading (a quarter fewer instructions
 * per hit, callgrind).
 */
function looselyAt(text: string, at: number, codes: readonly number[], offset: number, word: number): boolean {
  let i = at - 1;
  for (let j = offset - 1; j >= 0; j--) {
    const p = codes[j]!;
    if (p === 0x20) {
      while (i >= 0 && gapAt(text, i)) i--;
      continue;
    }
    if (i < 0 || !same(text.charCodeAt(i), p, true)) return false;
    i--;
  }
  const n = text.length;
  i = at + word;
  for (let j = offset + word; j < codes.length; j++) {
    const p = codes[j]!;
    if (p === 0x20) {
      while (i < n && gapAt(text, i)) i++;
      continue;
    }
    if (i >= n || !same(text.charCodeAt(i), p, true)) return false;
    i++;
  }
  return true;
}

/**
 * The check for a literal of one word with punctuation beside it (`root :`, `# system`), or undefined when it
 * has none (`old `): each mark must stand among the characters other than letters and digits next to the word
 * on its side (`root\t:`, `root  :`), however many (loose: a pattern's `\s*:` holds it, so does more).
 */
function marksCheck(literal: string, word: string): PhraseCheck | undefined {
  const at = literal.indexOf(word);
  const marks = (part: string): string[] => [...new Set(part)].filter((c) => !/\s/u.test(c));
  const before = marks(literal.slice(0, at));
  const after = marks(literal.slice(at + word.length));
  if (before.length === 0 && after.length === 0) return undefined;
  return (text, start) => marksAround(text, start - 1, -1, before) && marksAround(text, start + word.length, 1, after);
}

/** Whether each of `marks` is in the run of characters other than letters and digits from `i` on, read in steps of `step`. */
function marksAround(text: string, i: number, step: 1 | -1, marks: readonly string[]): boolean {
  if (marks.length === 0) return true;
  let end = i;
  while (end >= 0 && end < text.length && gapAt(text, end)) end += step;
  const run = step > 0 ? text.slice(i, end) : text.slice(end + 1, i + 1);
  // A loop, not marks.every: its callback would read `run`, a context and a closure made on every call.
  for (let m = 0; m < marks.length; m++) if (!run.includes(marks[m]!)) return false;
  return true;
}
