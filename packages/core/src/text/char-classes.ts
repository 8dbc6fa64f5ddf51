// Classes of characters the text readers test one UTF-16 code unit at a time, named for what each means. The
// readers need different ranges (a lowered text's word, an ASCII letter either case, a word that goes on past
// ASCII, a letter of any script): one module of named classes, each reader keeping its own, not a private
// `isLetter` per file whose range its name does not say.

/** White space as a regular expression's `\s` matches it. */
export function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII letter, either case (`a`-`z`, `A`-`Z`). */
export const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** A lower-case ASCII letter (`a`-`z`). */
export const isLowerAsciiLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** An ASCII digit. */
export const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A character of a word of a lower-cased ASCII text: `a`-`z` or a digit (a canonical text has no capitals). */
export const isLowerWordChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** A character `\b` reads as inside a word, in a lower-cased text: `a`-`z`, a digit or `_`. */
export const isLowerRegexWordChar = (c: number): boolean => isLowerWordChar(c) || c === 0x5f;

/** A character a word goes on through: an ASCII letter or digit, or any character past ASCII. */
export const continuesWord = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c) || c >= 0x80;

/** A character with case (its lower and upper forms differ): a letter of Latin, Greek, Cyrillic, Armenian … */
export const isCasedLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();

const letterOrNumber = /\p{L}|\p{N}/u;

/**
 * Whether the character at `i` is a letter or a digit of a script written with spaces (ASCII tested inline;
 * none past the text's ends, none from U+3040 on: scripts written without spaces hold a word inside a run of
 * letters, so a name there stands alone whatever is around it).
 */
export function isSpacedWordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiLetter(c) || isAsciiDigit(c);
  return c < 0x3040 && letterOrNumber.test(text[i]!);
}
