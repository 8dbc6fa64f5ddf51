import { describe, expect, it } from 'vitest';

import type { StateStore } from '@vanguard/core';

/**
 * The behaviour every StateStore must have. Run against each implementation (the in-memory store here,
 * the Redis store in @vanguard/redis), so they cannot drift apart.
 */
export function describeStateStore(name: string, make: () => StateStore | Promise<StateStore>, unique: () => string = () => Math.random().toString(36).slice(2)): void {
  describe(`StateStore contract: ${name}`, () => {
    it('returns what was set, as JSON, until it expires', async () => {
      const store = await make();
      const key = `k-${unique()}`;
      await store.set(key, { method: 'tools/call', tool: null, list: [1, 'two', true] }, 60_000);
      expect(await store.get(key)).toEqual({ method: 'tools/call', tool: null, list: [1, 'two', true] });
      await store.set(`${key}-short`, 'gone soon', 30);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(await store.get(`${key}-short`)).toBeUndefined();
    });

    it('takes a value exactly once', async () => {
      const store = await make();
      const key = `take-${unique()}`;
      await store.set(key, 'pending', 60_000);
      expect(await store.take(key)).toBe('pending');
      expect(await store.take(key)).toBeUndefined();
      expect(await store.get(key)).toBeUndefined();
    });

    it('deletes, and answers undefined for keys it never had', async () => {
      const store = await make();
      const key = `del-${unique()}`;
      await store.set(key, 1, 60_000);
      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
      expect(await store.get(`never-${unique()}`)).toBeUndefined();
    });

    it('counts with increment, starting from zero', async () => {
      const store = await make();
      const key = `count-${unique()}`;
      expect(await store.increment(key, 1, 60_000)).toBe(1);
      expect(await store.increment(key, 4, 60_000)).toBe(5);
      expect(await store.get(key)).toBe(5);
    });

    it('keeps the first TTL of a counter however often it is incremented', async () => {
      const store = await make();
      const key = `ttl-${unique()}`;
      await store.increment(key, 1, 60);
      await new Promise((resolve) => setTimeout(resolve, 30));
      await store.increment(key, 1, 60);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(await store.get(key)).toBeUndefined();
    });

    it('counts events in a sliding window the same way every store does', async () => {
      const store = await make();
      const key = `window-${unique()}`;
      // Bucket edges are multiples of the window: 10_000 starts one.
      expect(await store.hit(key, 10_000, 1000)).toBe(1);
      expect(await store.hit(key, 10_100, 1000)).toBe(2);
      expect(await store.hit(key, 10_900, 1000)).toBe(3);
      // Next bucket, 10% into it: the previous bucket's 3 events count for 90%, rounded up (2.7 -> 3).
      expect(await store.hit(key, 11_100, 1000)).toBe(1 + 3);
      // Two buckets later, nothing of the old ones is left.
      expect(await store.hit(key, 13_500, 1000)).toBe(1);
    });

    it('does not undercount a burst at a bucket edge', async () => {
      const store = await make();
      const key = `window-edge-${unique()}`;
      for (const [i, now] of [20_100, 20_500, 20_900, 20_999].entries()) expect(await store.hit(key, now, 1000)).toBe(i + 1);
      // 1 ms past the edge the 4 events before it still count whole (3.996 -> 4): the fifth event of the
      // burst counts 5, so a limit of 4 refuses it.
      expect(await store.hit(key, 21_001, 1000)).toBe(1 + 4);
      // Half-way through the bucket, half of them.
      expect(await store.hit(key, 21_500, 1000)).toBe(2 + 2);
      expect(await store.hit(key, 21_800, 1000)).toBe(3 + 1);
    });

    it('reads a window as absent, and counts with real clock values', async () => {
      const store = await make();
      const key = `window-get-${unique()}`;
      // Today's epoch milliseconds, a little after a bucket edge so both hits share a bucket.
      const clock = Date.now(); // read once: two reads could fall either side of a bucket edge
      const now = clock - (clock % 60_000) + 100;
      expect(await store.hit(key, now, 60_000)).toBe(1);
      expect(await store.hit(key, now + 1, 60_000)).toBe(2);
      expect(await store.get(key)).toBeUndefined();
    });

    it('keeps keys that differ only after a separator apart', async () => {
      const store = await make();
      const id = unique();
      await store.set(`a:${id}:b`, 'one', 60_000);
      await store.set(`a:${id}:b:`, 'two', 60_000);
      expect(await store.get(`a:${id}:b`)).toBe('one');
      expect(await store.get(`a:${id}:b:`)).toBe('two');
    });
  });
}
