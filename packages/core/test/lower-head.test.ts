import { describe, expect, it } from 'vitest';

import { headLength, lowerCased, lowerHead } from '../src/text/lower-head.js';

describe('lowerCased and lowerHead', () => {
  it('give the lower case of the text asked, a long one kept for the next reader of an equal string', () => {
    const long = `Read The Docs \u{1f600} `.repeat(400);
    const other = `READ THE DOCS \u{1f600} `.repeat(400);
    expect(lowerCased(long)).toBe(long.toLowerCase());
    // An equal string made apart, then a different one of the same length: each gets its own lower case.
    expect(lowerCased(`${long.slice(0, 10)}${long.slice(10)}`)).toBe(long.toLowerCase());
    expect(lowerCased(other)).toBe(other.toLowerCase());
    expect(lowerCased('Short Text')).toBe('short text');
    expect(lowerCased(long)).toBe(long.toLowerCase());
  });

  it('lowers only the head of a text longer than it', () => {
    const text = 'Ab'.repeat(headLength);
    expect(lowerHead(text)).toBe('ab'.repeat(headLength / 2));
    expect(lowerHead('Short')).toBe('short');
  });
});
