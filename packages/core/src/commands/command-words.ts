// The words of one command read straight off a line's text, for readers that only need spans of it (a key a
// command uses, an archive a restore loads) and not the shell's full reading (shell-words.ts): spaces and tabs
// part words, a quoted word is its inside, and a word never runs past where the caller says its command ends.

/** Where the last word read lies in the text: `start` to `end` (a quoted word without its quotes). */
export interface WordSpan {
  start: number;
  end: number;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t';

/**
 * Reads the word of `text` at or after `at` into `word`, and returns where reading goes on; -1 when the
 * command ends first (the text ends, `stops` holds for the next character, or a quote is never closed). A bare
 * word ends at a space, where `stops` holds, or where `bareStops` does (a reader may end one at a quote too).
 * Allocates nothing: `word` is the caller's, filled in place.
 */
export function nextCommandWord(text: string, at: number, stops: (c: string) => boolean, word: WordSpan, bareStops?: (c: string) => boolean): number {
  let i = at;
  while (i < text.length && isSpace(text[i]!)) i++;
  if (i >= text.length || stops(text[i]!)) return -1;
  const c = text[i]!;
  if (c === '"' || c === "'") {
    const close = text.indexOf(c, i + 1);
    if (close < 0) return -1;
    word.start = i + 1;
    word.end = close;
    return close + 1;
  }
  word.start = i;
  while (i < text.length && !isSpace(text[i]!) && !stops(text[i]!) && !(bareStops?.(text[i]!) ?? false)) i++;
  word.end = i;
  return i;
}
