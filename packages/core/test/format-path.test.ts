import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatPath } from '@vanguard/core';

// formatPath keeps the text of a frozen path (layers share one per finding kind): it must be the text of
// the same steps in an ordinary array, the first time and every time after.

const step = fc.oneof(fc.string({ maxLength: 8 }), fc.nat({ max: 50 }));

describe('formatPath', () => {
  it('writes a frozen path as it writes the same steps unfrozen, every time', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), (steps) => {
        const frozen = Object.freeze([...steps]);
        const text = formatPath([...steps]);
        expect(formatPath(frozen)).toBe(text);
        expect(formatPath(frozen)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('writes an array changed between two calls as it is now', () => {
    const path: (string | number)[] = ['params', 'arguments'];
    expect(formatPath(path)).toBe('params.arguments');
    path.push('files', 2);
    expect(formatPath(path)).toBe('params.arguments.files[2]');
    expect(formatPath(Object.freeze(['params', 'name']))).toBe('params.name');
  });
});
