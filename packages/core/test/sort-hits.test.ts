import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sortHits } from '../src/layers/rule-layer.js';

// A long form's hit lists are ascending but for phrases found around their words (appended after the scan's
// hits) and a longer literal ending after a shorter one that starts later: sortHits merges two runs in one
// pass and sorts anything else, and must give what a numeric sort gives.

const sorted = (list: readonly number[]): number[] => [...list].sort((a, b) => a - b);

describe('sortHits', () => {
  it('orders any list of starts as a numeric sort does: one run, two runs, many, with repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(2000), { maxLength: 300 }), (list) => {
        const copy = [...list];
        sortHits(copy);
        expect(copy).toEqual(sorted(list));
      }),
      { numRuns: 500 },
    );
  });

  it('merges two ascending runs wherever the second falls: before, inside, after or across the first', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { maxLength: 200 }), fc.array(fc.nat(500), { maxLength: 200 }), (a, b) => {
        const list = [...sorted(a), ...sorted(b)];
        sortHits(list);
        expect(list).toEqual(sorted([...a, ...b]));
      }),
      { numRuns: 500 },
    );
    for (const list of [[5, 6, 7, 1, 2], [1, 9, 2, 3], [4, 4, 4, 4, 1], [2, 1], [3, 3, 1, 3], []]) {
      const copy = [...list];
      sortHits(copy);
      expect(copy).toEqual(sorted(list));
    }
  });

  it('leaves an ascending list as it is and keeps equal starts', () => {
    const list = [0, 1, 1, 2, 7, 7, 9];
    sortHits(list);
    expect(list).toEqual([0, 1, 1, 2, 7, 7, 9]);
  });

  it('orders a list of the cap of hits in time linear for two interleaved runs, and n log n for a shuffled one', () => {
    const n = 100_000;
    const twoRuns = [...Array.from({ length: n / 2 }, (_, i) => 2 * i), ...Array.from({ length: n / 2 }, (_, i) => 2 * i + 1)];
    let t = performance.now();
    sortHits(twoRuns);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(twoRuns).toEqual(Array.from({ length: n }, (_, i) => i));
    // Descending pairs: a run at every other step (the merge gives way to a sort at the second descent).
    const shuffled = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? i + 1 : i - 1));
    t = performance.now();
    sortHits(shuffled);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(shuffled).toEqual(Array.from({ length: n }, (_, i) => i));
  });
});
