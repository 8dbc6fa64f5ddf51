import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { commandForm } from '../src/values/forms.js';
import { slashWords } from '../src/values/scanned.js';

// Characters that make words and break them: separators of every kind (Unicode spaces among them),
// slashes, the `://` of URLs, and the quoting and expansion characters the command form rewrites.
const piece = fc.constantFrom(' ', '  ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', ';', '&', '|', '<', '>', '(', ')', '`', "'", '"', '=', ',', '/', '//', '://', 'a', 'b', '.', '~', '-', ':', '$', '{', '}', '\\', 'é', '$IFS', '{x,y}');
const line = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('slashWords', () => {
  it('finds the same words with a slash as splitting the line on separators', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(slashWords(text)).toEqual(text.split(/[\s;&|<>()`'"=,]+/).filter((word) => word.includes('/')));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('commandForm', () => {
  it('returns a line without quotes, escapes, expansions, braces or blank runs as it is', () => {
    fc.assert(
      fc.property(line, (text) => {
        if (!/[$\\'"{\t\v\f]| {2}/.test(text)) expect(commandForm(text)).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('never leaves a run of blanks or a tab, vertical tab or form feed behind', () => {
    fc.assert(
      fc.property(line, (text) => {
        const form = commandForm(text);
        expect(form).toBe(form.replace(/[ \t\v\f]+/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });
});
