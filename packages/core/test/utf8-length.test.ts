import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { utf8Length } from '../src/preflight.js';

describe('utf8Length', () => {
  it('counts what a UTF-8 encoder writes for well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constant('a'), fc.constant('é'), fc.constant('€'), fc.constant('😀'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 40 }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a high surrogate and what follows it as one four-byte character, wherever the first non-ASCII character is', () => {
    expect(utf8Length('abc\ud83dx')).toBe(3 + 4);
    expect(utf8Length('abc\ud83d')).toBe(3 + 3);
    expect(utf8Length('\udc00ab')).toBe(3 + 2);
    expect(utf8Length('')).toBe(0);
    expect(utf8Length('plain ascii')).toBe(11);
  });
});
