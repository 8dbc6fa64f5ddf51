import { describe, expect, it } from 'vitest';

import { continuesWord, isAsciiDigit, isAsciiLetter, isCasedLetter, isLowerAsciiLetter, isLowerRegexWordChar, isLowerWordChar, isSpacedWordCharAt } from '../src/text/char-classes.js';

// The text readers' character tests are named classes of one module (text/char-classes.ts); each reader keeps
// the range it had. Every UTF-16 code unit is asked of each class and of the range its reader wrote down.

const units = Array.from({ length: 0x10000 }, (_, c) => c);

describe('the classes of characters', () => {
  it('hold each reader its own range, for every code unit', () => {
    for (const c of units) {
      const lower = c >= 0x61 && c <= 0x7a;
      const upper = c >= 0x41 && c <= 0x5a;
      const digit = c >= 0x30 && c <= 0x39;
      expect(isAsciiLetter(c), `${c}`).toBe(lower || upper);
      expect(isAsciiDigit(c), `${c}`).toBe(digit);
      expect(isLowerWordChar(c), `${c}`).toBe(lower || digit);
      // page-agent-orders' noun boundaries: no letter before, no `\b` word character after.
      expect(isLowerAsciiLetter(c), `${c}`).toBe(c >= 0x61 && c <= 0x7a);
      expect(isLowerRegexWordChar(c), `${c}`).toBe((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f);
      expect(continuesWord(c), `${c}`).toBe(lower || upper || digit || c >= 0x80);
      const ch = String.fromCharCode(c);
      expect(isCasedLetter(ch), `${c}`).toBe(ch.toLowerCase() !== ch.toUpperCase());
      expect(isSpacedWordCharAt(ch, 0), `${c}`).toBe(c < 0x80 ? lower || upper || digit : c < 0x3040 && /\p{L}|\p{N}/u.test(ch));
    }
  });

  it('tell the letters of scripts apart as their readers mean them', () => {
    expect(isCasedLetter('ж')).toBe(true);
    expect(isCasedLetter('中')).toBe(false);
    expect(isSpacedWordCharAt('é', 0)).toBe(true);
    expect(isSpacedWordCharAt('中', 0)).toBe(false);
    expect(isSpacedWordCharAt('ab', -1)).toBe(false);
    expect(isSpacedWordCharAt('ab', 2)).toBe(false);
    expect(continuesWord('ж'.charCodeAt(0))).toBe(true);
    expect(isLowerWordChar('A'.charCodeAt(0))).toBe(false);
    expect(isLowerRegexWordChar('_'.charCodeAt(0))).toBe(true);
    expect(isLowerAsciiLetter(Number.NaN)).toBe(false);
  });
});
