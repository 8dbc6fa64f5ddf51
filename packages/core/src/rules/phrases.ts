// Phrase literals (`stop follow`, `this is`) as rule patterns read them: words joined by any run of
// separators. Values matched whole look for a phrase by its longest word; a long value is searched for the
// literals as written, and where that word occurs a phrase spelled with other separators (`stop\tfollowing`,
// `do  not`) is found by reading the text around it.

/**
 * The ASCII characters of the separator class rule patterns join words with, `[\x00-\x2f\x3a-\x60\x7b-\x7f]`,
 * but the capital letters (forms are lower case): spaces, control characters and punctuation.
 */
export function isSeparator(c: number): boolean {
  return c < 0x30 || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f);
}

const separatorAt = (text: string, i: number): boolean => isSeparator(text.charCodeAt(i));

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
 * separators; -1 if it does not. Reads only the phrase's length of text on either side.
 */
export function phraseAt(text: string, at: number, phrase: string, offset: number, word: number): number {
  let i = at - 1;
  for (let j = offset - 1; j >= 0; j--) {
    if (phrase.charCodeAt(j) === 0x20) {
      if (i < 0 || !separatorAt(text, i)) return -1;
      while (i > 0 && separatorAt(text, i - 1)) i--;
    } else if (i < 0 || text.charCodeAt(i) !== phrase.charCodeAt(j)) return -1;
    i--;
  }
  const start = i + 1;
  i = at + word;
  for (let j = offset + word; j < phrase.length; j++) {
    if (phrase.charCodeAt(j) === 0x20) {
      if (i >= text.length || !separatorAt(text, i)) return -1;
      while (i + 1 < text.length && separatorAt(text, i + 1)) i++;
    } else if (i >= text.length || text.charCodeAt(i) !== phrase.charCodeAt(j)) return -1;
    i++;
  }
  return start;
}
