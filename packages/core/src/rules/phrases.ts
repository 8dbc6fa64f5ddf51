/**
 * A literal written with whitespace (`you read this`, `previous request`) is looked for in a value matched
 * whole by its longest word (see scanLiterals): patterns join words with any run of separators, which the
 * literal as written would not find. A hit of that word is only a hit of the literal when the literal's
 * other words stand next to it, in order, with nothing but separators (any characters other than letters
 * and digits, or none) between them: "read" in "Reads a file" is not "you read this". Checked around each
 * hit, so the costly patterns of a rule whose phrase words are common ("read", "user", "previous") run only
 * when the phrase itself is there.
 */

/** Checks, at the offset a hit of a phrase's longest word starts, that the whole phrase is there. */
export type PhraseCheck = (text: string, start: number) => boolean;

const word = /[\p{L}\p{N}]+/gu;
// Any run of characters that are not letters or digits, including none (a dropped apostrophe, `dont`).
const gap = '[^\\p{L}\\p{N}]*';

/**
 * The check for a literal read by its longest word, or undefined when the word is all there is to check
 * (a single word, `old `). `longest` is the word the literal is looked for by.
 */
export function phraseCheck(literal: string, longest: string): PhraseCheck | undefined {
  const words: readonly string[] = literal.match(word) ?? [];
  const at = words.indexOf(longest);
  if (words.length < 2 || at < 0) return undefined;
  // Sticky at the hit; what comes before it is a lookbehind, so the hit's own offset anchors both sides.
  // Case-insensitive, as loose as the literal index or looser: a check may let more through, never less.
  const before = words.slice(0, at).map((w) => `${w}${gap}`).join('');
  const after = words.slice(at + 1).map((w) => `${gap}${w}`).join('');
  const regex = new RegExp(`${before ? `(?<=${before})` : ''}${longest}${after}`, 'iuy');
  return (text, start) => {
    regex.lastIndex = start;
    return regex.test(text);
  };
}
