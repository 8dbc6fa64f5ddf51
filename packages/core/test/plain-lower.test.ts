// The value walk notes the lower case of each long printable-ASCII text it reads, so the plain reading
// of the instruction analysis need not test and lower-case it again: what it gives must be that text's
// lower case or nothing, whatever texts were noted since.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { keepPlainLowerCase, knownWithoutEscapeStart, plainLowerCaseOf } from '../src/text/plain-lower.js';

const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 64, maxLength: 90 });

describe('the lower case of a noted plain text', () => {
  it('is given for the text noted or one equal to it, and for no other', () => {
    const text = `Reads a File in the Workspace and returns it as JSON with its metadata (owner, size).`;
    keepPlainLowerCase(text, text.toLowerCase(), true);
    expect(plainLowerCaseOf(text)).toBe(text.toLowerCase());
    expect(plainLowerCaseOf([...text].join(''))).toBe(text.toLowerCase());
    expect(plainLowerCaseOf(`${text} `)).toBeUndefined();
    expect(plainLowerCaseOf('Short Text')).toBeUndefined();
  });

  it('is the lower case or nothing, however many texts take the slots after it', () => {
    fc.assert(
      fc.property(fc.array(ascii, { minLength: 1, maxLength: 2500 }), fc.array(ascii, { maxLength: 20 }), (noted, asked) => {
        for (const t of noted) keepPlainLowerCase(t, t.toLowerCase(), !/[%&\\]/.test(t));
        // The last one noted holds its slot.
        expect(plainLowerCaseOf(noted[noted.length - 1]!)).toBe(noted[noted.length - 1]!.toLowerCase());
        for (const t of [...noted, ...asked]) {
          const lower = plainLowerCaseOf(t);
          if (lower !== undefined) expect(lower).toBe(t.toLowerCase());
          // Known free of escape characters only when noted so.
          if (knownWithoutEscapeStart(t)) expect(/[%&\\]/.test(t)).toBe(false);
        }
      }),
    );
  });
});
