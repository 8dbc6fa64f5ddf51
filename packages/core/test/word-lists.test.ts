import { describe, expect, it } from 'vitest';

import { wordLine } from '../src/semantic/word-lists.js';

describe('an array read as one line of words', () => {
  it('joins four or more words or short phrases with spaces', () => {
    expect(wordLine(['send', 'the', 'file', 'to', 'no one'])).toBe('send the file to no one');
    expect(wordLine(['draft', 'review', 'sent', 'archived'])).toBe('draft review sent archived');
  });

  it('leaves short lists, sentences, lines and other values item by item', () => {
    expect(wordLine(['asc', 'desc'])).toBeUndefined();
    expect(wordLine(['fast', 'slow', 'a whole sentence of words', 'x'])).toBeUndefined();
    expect(wordLine(['one', 'two\nthree', 'four', 'five'])).toBeUndefined();
    expect(wordLine(['one', 2, 'three', 'four'])).toBeUndefined();
    expect(wordLine(['one', '', 'three', 'four'])).toBeUndefined();
  });
});
