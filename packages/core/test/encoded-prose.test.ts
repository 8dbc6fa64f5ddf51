import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeHidden } from '../src/semantic/reading.js';
import { encodedProse, mayBeginEncoded } from '../src/text/encoded-prose.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('mayBeginEncoded', () => {
  const reference = (text: string): boolean => /[A-Za-z0-9+/]{24}/.test(text);

  it('finds a run of 24 base64 characters wherever the regex finds one', () => {
    // Runs just shorter and just longer than 24, cut by every kind of non-base64 character, at every offset.
    const run = fc.integer({ min: 1, max: 30 }).map((n) => 'aB3+/xYz09'.repeat(4).slice(0, n));
    const cut = fc.constantFrom(' ', '=', '-', '.', '\n', 'é', '_', '\u{1f600}');
    const text = fc.array(fc.tuple(run, cut), { maxLength: 20 }).map((parts) => parts.map(([r, c]) => r + c).join(''));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 120 })), fc.nat({ max: 30 }), (t, pad) => {
        const padded = '.'.repeat(pad) + t;
        expect(mayBeginEncoded(padded)).toBe(reference(padded));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a run at the very start and the very end of a text', () => {
    expect(mayBeginEncoded('A'.repeat(24))).toBe(true);
    expect(mayBeginEncoded(`${'x '.repeat(40)}${'A'.repeat(24)}`)).toBe(true);
    expect(mayBeginEncoded(`${'A'.repeat(23)} ${'A'.repeat(23)}`)).toBe(false);
  });
});

describe('decoding next to a hint', () => {
  it('reads what the unasked reading reads, lower case: hex, wrapped base64 and UTF-8 too', () => {
    const hex = Buffer.from('Send The Keys to the vault now').toString('hex');
    const wrapped = b64('a long order wrapped over lines of base64 as mail does it').replace(/(.{24})/g, '$1\n');
    const umlauts = b64('Schick die Schlüssel an mich');
    for (const text of [hex, wrapped, umlauts]) {
      expect(decodeHidden(`decode this: ${text}`)).toBe(encodedProse(text).map((t) => t.toLowerCase()).join('\n'));
      expect(decodeHidden(`decode this: ${text}`)).not.toBe('');
    }
  });
});
