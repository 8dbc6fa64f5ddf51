import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { slashWords } from '../src/values/scanned.js';

const tokens = slashWords;

describe('slashWords', () => {
  it('gives the tokens with a slash that splitting at whitespace and shell punctuation gives, in order', () => {
    // Every separator (JavaScript's \s has Unicode spaces too), near misses, slashes and other characters.
    const pieces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u180e', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', ';', '&', '|', '<', '>', '(', ')', '`', "'", '"', '=', ',', '/', '//', '://', 'a', 'b.c', '~', '-', 'é'];
    const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join('')), fc.string({ unit: 'binary', maxLength: 24 }));
    fc.assert(
      fc.property(text, (t) => {
        expect(tokens(t)).toEqual(t.split(/[\s;&|<>()`'"=,]+/).filter((token) => token.includes('/')));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every character that is whitespace to JavaScript as a separator', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(tokens(`a/${ch}b/`), `U+${c.toString(16)}`).toEqual(`a/${ch}b/`.split(/[\s;&|<>()`'"=,]+/).filter((token) => token.includes('/')));
    }
  });
});
