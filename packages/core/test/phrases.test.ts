import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { foldSeparators, isPhrase, phraseAt } from '../src/rules/phrases.js';

/** Where the phrase begins if the word at `at` is its word at `offset`, found the slow way: in the text with each run of separators made one space. */
function naivePhraseAt(text: string, at: number, phrase: string, offset: number): number {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const separator = foldSeparators(text[i]!) === ' ';
    if (separator && i > 0 && foldSeparators(text[i - 1]!) === ' ') continue;
    folded += separator ? ' ' : text[i];
    from.push(i);
  }
  const f = from.indexOf(at) - offset;
  return f >= 0 && folded.startsWith(phrase, f) ? from[f]! : -1;
}

const characters = fc.constantFrom('a', 'b', 'c', ' ', '\t', '-', '_', "'", '.', '\u0001', 'é');
const wordOf = fc.array(fc.constantFrom('a', 'b', 'c', 'é'), { minLength: 1, maxLength: 3 }).map((c) => c.join(''));

describe('phrases read with any run of separators between their words', () => {
  it('are found around their word where the text with its separators folded holds them', () => {
    fc.assert(
      fc.property(fc.array(wordOf, { minLength: 2, maxLength: 4 }), fc.nat(), fc.array(characters, { maxLength: 40 }), (words, pick, chars) => {
        const phrase = words.join(' ');
        const index = pick % words.length;
        const word = words[index]!;
        const offset = words.slice(0, index).join(' ').length + (index > 0 ? 1 : 0);
        // Half the texts hold the phrase spelled with other separators, somewhere in the noise.
        const spelled = words.map((w, i) => (i === 0 ? w : `${'-_ \t'[i % 4]!.repeat((i % 3) + 1)}${w}`)).join('');
        const text = pick % 2 ? chars.join('') : `${chars.slice(0, 5).join('')}${spelled}${chars.slice(5).join('')}`;
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          expect(phraseAt(text, at, phrase, offset, word.length)).toBe(naivePhraseAt(text, at, phrase, offset));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('are words with whitespace inside, not literals that mark a word end with a blank', () => {
    expect(['stop follow', "n't follow", 'i am'].every(isPhrase)).toBe(true);
    expect(['rm ', ' ai ', 'or ', '() {', '\n', 'ignor'].some(isPhrase)).toBe(false);
    expect(foldSeparators("stop\t\t--following n't")).toBe('stop following n t');
    expect(foldSeparators('Zé9_x')).toBe('Zé9 x');
  });
});
