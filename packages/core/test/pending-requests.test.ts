import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { PendingRequests } from '@vanguard/core';

describe('PendingRequests', () => {
  it('keeps a numeric id and the same digits as a string apart', () => {
    const pending = new PendingRequests();
    pending.add(1);
    pending.add('1');
    expect(pending.size).toBe(2);
    expect(pending.delete('1')).toBe(true);
    expect(pending.has(1)).toBe(true);
    expect(pending.has('1')).toBe(false);
    expect(pending.drain()).toEqual([1]);
  });

  it('drains what still waits in the order it was sent, and forgets it', () => {
    const pending = new PendingRequests();
    for (const id of ['a', 2, 'c', 4]) pending.add(id);
    pending.delete(2);
    expect(pending.drain()).toEqual(['a', 'c', 4]);
    expect(pending.size).toBe(0);
    expect(pending.drain()).toEqual([]);
  });

  it('says whether an answer ended a wait, once', () => {
    const pending = new PendingRequests();
    pending.add(7);
    expect(pending.delete(7)).toBe(true);
    expect(pending.delete(7)).toBe(false);
    expect(pending.delete(8)).toBe(false);
    expect(pending.size).toBe(0);
  });

  it('puts an id sent again after its answer at the end, and one sent again while waiting where it was', () => {
    const pending = new PendingRequests();
    pending.add(1);
    pending.add(2);
    pending.delete(1);
    pending.add(1);
    pending.add(2);
    expect(pending.drain()).toEqual([2, 1]);
  });

  it('answers like a plain insertion-ordered set over any run of sends and answers', () => {
    const id = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom('0', '1', 'a', 'b', ''));
    const step = fc.oneof(
      fc.record({ op: fc.constant('add' as const), id }),
      fc.record({ op: fc.constant('delete' as const), id }),
      fc.record({ op: fc.constant('drain' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
        const pending = new PendingRequests();
        const model = new Set<string | number>();
        for (const s of steps) {
          if (s.op === 'add') {
            pending.add(s.id);
            model.add(s.id);
          } else if (s.op === 'delete') {
            expect(pending.delete(s.id)).toBe(model.delete(s.id));
          } else {
            expect(pending.drain()).toEqual([...model]);
            model.clear();
          }
          expect(pending.size).toBe(model.size);
        }
        expect(pending.drain()).toEqual([...model]);
      }),
      { numRuns: 300 },
    );
  });
});
