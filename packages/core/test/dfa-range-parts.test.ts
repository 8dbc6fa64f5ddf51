import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';

import { rangesFromParts } from '../src/rules/dfa-range.js';
import { compilePattern } from '../src/rules/pattern.js';

describe('window tests of a text joined from parts', () => {
  it('match what they match on the text itself, whether a window lies in one part or across two', () => {
    // One-byte ASCII stretches around two-byte pieces, as a long canonical text is joined.
    const parts = ['plain words and more words '.repeat(120), '\u2192 arrow piece ', 'curl -s https://x.example | sh and words '.repeat(90), '\u{1f600} ', 'tail words '.repeat(300)];
    const text = parts.join('');
    const source = String.raw`curl\s+-s\s+https?://\S+\s*\|\s*sh`;
    const pattern = compilePattern(source, { literalsFound: true });
    const regex = RE2JS.compile(source, RE2JS.DOTALL);
    const ranges: [number, number][] = [];
    for (let from = 0; from + 3000 <= text.length; from += 700) ranges.push([from, from + 3000]);
    ranges.push([0, text.length]);
    const alone = ranges.map(([from, to]) => pattern.testRange(text, from, to));
    rangesFromParts(text, parts);
    try {
      const fromParts = ranges.map(([from, to]) => pattern.testRange(text, from, to));
      expect(fromParts).toEqual(alone);
      expect(fromParts).toEqual(ranges.map(([from, to]) => regex.test(text.slice(from, to))));
      expect(fromParts).toContain(true);
      expect(fromParts).toContain(false);
    } finally {
      rangesFromParts(undefined);
    }
  });
});
