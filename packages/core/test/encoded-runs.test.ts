// mayBeginEncoded probes one position in 24 (and the word around a probe that lands in one) instead of
// trying a regex at every position. The reference is that regex: a run of 24 base64 characters anywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { mayBeginEncoded } from '../src/text/encoded-prose.js';

const run = /[A-Za-z0-9+/]{24}/;

describe('mayBeginEncoded', () => {
  it('says whether a text holds a run of 24 base64 characters, as the regex does', () => {
    // Runs of every length around 24 at every offset, between separators, line breaks and other characters.
    // Lengths drawn evenly (not biased to short strings): runs of 23, 24 and 25 right after another run.
    const base64 = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom(...'Aaz09+/Q')).map(([length, c]) => c.repeat(length));
    const gap = fc.oneof(fc.constantFrom(' ', '\n', '=', '-', '_', '.', 'é', '€', '\u{1F600}'), fc.constantFrom('  ', ' - ', '\r\n'));
    const text = fc.array(fc.oneof(base64, gap), { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(mayBeginEncoded(t)).toBe(run.test(t));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds a run at the very start and the very end of a text', () => {
    const payload = 'QWxsIHRoZSB3b3JsZCBpcyBh';
    expect(mayBeginEncoded(payload)).toBe(true);
    expect(mayBeginEncoded(`${'x '.repeat(40)}${payload}`)).toBe(true);
    expect(mayBeginEncoded(`${payload.slice(1)} ${payload.slice(1)}`)).toBe(false);
  });
});
