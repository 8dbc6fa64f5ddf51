import { describe, expect, it } from 'vitest';

import { addNewest } from '../src/stateful/newest-hashes.js';
import { tokenHash } from '../src/stateful/fingerprints.js';

/** The list as adding the batch one hash at a time, then dropping the oldest past `max`, leaves it. */
function oneByOne(list: number[], flags: number[], batch: readonly number[], max: number, flag: number): boolean {
  let changed = false;
  for (const h of batch) {
    if (list.includes(h)) continue;
    list.push(h);
    flags.push(flag);
    changed = true;
  }
  const drop = Math.max(0, list.length - max);
  list.splice(0, drop);
  flags.splice(0, drop);
  return changed;
}

/** A batch of `length` hashes drawn from `distinct` hosts (repeats when fewer), deterministic per seed. */
function batchOf(seed: number, length: number, distinct: number): number[] {
  let x = seed;
  return Array.from({ length }, () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return tokenHash(`h${x % distinct}.example.org`);
  });
}

describe('newest token hashes', () => {
  it('keep what adding each hash and dropping the oldest keeps, for batches below, at and past the bound', () => {
    const max = 64;
    for (const [length, distinct] of [[0, 1], [10, 5], [64, 64], [65, 1000], [300, 80], [300, 1000], [2000, 40], [5000, 100_000]] as const) {
      for (const start of [0, 20, 64]) {
        const list = batchOf(7, 1000, 1_000_000).filter((h, i, all) => all.indexOf(h) === i).slice(0, start);
        const flags = list.map((_, i) => i % 2);
        const expectedList = [...list];
        const expectedFlags = [...flags];
        const batch = batchOf(length + start, length, distinct);
        // Some of the batch's hashes are in the list already.
        if (start > 0 && length > 0) batch[length >> 1] = list[0]!;
        const changed = oneByOne(expectedList, expectedFlags, batch, max, 1);
        const seen = new Set(list);
        expect(addNewest(list, seen, batch, max, flags, 1)).toBe(changed);
        expect(list).toEqual(expectedList);
        expect(flags).toEqual(expectedFlags);
        expect([...seen].sort()).toEqual([...list].sort());
      }
    }
  });

  it('report no change for a batch of hashes the list holds, however long', () => {
    const list = batchOf(3, 40, 1_000_000);
    const seen = new Set(list);
    const batch = Array.from({ length: 500 }, (_, i) => list[i % list.length]!);
    expect(addNewest(list, seen, batch, 64)).toBe(false);
    expect(list).toEqual(batchOf(3, 40, 1_000_000));
  });
});
