// Text written backwards ("resu eht llet ton od"): a model reverses it when asked, and often unasked, so an
// order spelled right to left is still an order. English function words reversed ("eht", "dna", "uoy") are
// not words of any language Vanguard reads, so a text that holds them and not as many unreversed is written
// backwards. Like ROT13 (encoded-prose.ts), a first regex pass counts them: other texts stop there.

/** English function words, reversed, none a word of its own ("on", "era", "ton" are left out). */
export const reversedCommonWords: readonly string[] = ['eht', 'dna', 'ot', 'uoy', 'ruoy', 'siht', 'taht', 'fo', 'rof', 'lla', 'htiw', 'morf', 'yna', 'neht', 'erofeb', 'retfa', 'reven', 'tsum', 'yreve'];
const reversedCommon = new RegExp(String.raw`\b(?:${reversedCommonWords.join('|')})\b`, 'gi');
const common = new RegExp(String.raw`\b(?:${reversedCommonWords.map((w) => [...w].reverse().join('')).join('|')})\b`, 'gi');

/** How many matches of `pattern` `text` holds, counting up to `most`. */
function count(pattern: RegExp, text: string, most: number): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (n < most && pattern.exec(text) !== null) n++;
  return n;
}

/**
 * `text` reversed when it is written backwards, else ''. It is when at least four of its words are English
 * function words reversed, and three times as many as it holds unreversed; or, when it says to reverse it
 * (`hinted`: "reverse", "backwards", "right to left"), when two are, whatever plain words it holds beside
 * them. Linear: two regex passes at most, and the reversal.
 */
export function reversedSpelled(text: string, hinted = false): string {
  const backwards = count(reversedCommon, text, hinted ? 2 : Number.MAX_SAFE_INTEGER);
  if (backwards < 2 || (!hinted && (backwards < 4 || backwards < 3 * count(common, text, Math.floor(backwards / 3) + 1)))) return '';
  return [...text].reverse().join('');
}

/**
 * Whether a lower-case text may be written backwards: "the" or "to" reversed is in nearly every English
 * sentence written backwards. One regex of the two words, not two plain searches: a search stops at every
 * `e` or space of the text (each a frequent first character), the regex engine skips by the `t` both hold
 * (a plain tool list: half the cost).
 */
export const mayBeReversed = (lower: string): boolean => reversedWords.test(lower);
const reversedWords = /eht| ot /;

/** Words that ask for a text to be read backwards (the hint of {@link reversedSpelled}). */
export const reverseHint = /\b(?:revers(?:e|ed|ing)|backwards|right[ -]to[ -]left)\b/i;
