import { describe, expect, it } from 'vitest';

import { walkRecords } from '../src/commands/argument-walk.js';

// The bounded walk the field readers share (commands/argument-walk.ts): it must keep each reader's bounds and
// the order the readers' own walks took (last put on the walk first), since a reader's first finding is the
// one it reports.

/** The `id` of every object visited, in order, descending into every value. */
function visited(root: unknown, nodes = 100, depth = 8): unknown[] {
  const ids: unknown[] = [];
  walkRecords(root, undefined, { nodes, depth }, (record, _, descend) => {
    ids.push(record['id']);
    for (const k in record) descend(record[k], undefined);
  });
  return ids;
}

describe('walkRecords', () => {
  it('visits the arguments, then their objects depth first, the last put on the walk first', () => {
    const root = { id: 0, a: { id: 1, c: { id: 3 } }, b: { id: 2 } };
    expect(visited(root)).toEqual([0, 2, 1, 3]);
  });

  it("walks an array's objects (not its strings) with the array's context", () => {
    const contexts: string[] = [];
    walkRecords({ list: [{ x: 1 }, 'text', [{ y: 2 }]] }, 'top', { nodes: 100, depth: 8 }, (record, context, descend) => {
      contexts.push(`${Object.keys(record).join()}@${context}`);
      for (const k in record) descend(record[k], k);
    });
    expect(contexts).toEqual(['list@top', 'y@list', 'x@list']);
  });

  it('enters no deeper than its depth, and the visit is told the depth it reads at', () => {
    const deep = { id: 0, n: { id: 1, n: { id: 2, n: { id: 3 } } } };
    expect(visited(deep, 100, 2)).toEqual([0, 1, 2]);
    const depths: number[] = [];
    walkRecords(deep, undefined, { nodes: 100, depth: 8 }, (record, _, descend, depth) => {
      depths.push(depth);
      descend(record['n'], undefined);
    });
    expect(depths).toEqual([0, 1, 2, 3]);
  });

  it('takes no more nodes than its bound, arrays counted as nodes', () => {
    const wide = { id: 0, items: Array.from({ length: 10 }, (_, i) => ({ id: i + 1 })) };
    expect(visited(wide, 4)).toEqual([0, 10, 9]);
  });

  it('ends when the visit says so, and passes over a root that is no object', () => {
    let seen = 0;
    walkRecords({ a: { b: {} } }, undefined, { nodes: 100, depth: 8 }, (record, _, descend) => {
      seen++;
      for (const k in record) descend(record[k], undefined);
      return true;
    });
    expect(seen).toBe(1);
    expect(visited('text')).toEqual([]);
    expect(visited(null)).toEqual([]);
  });

  it('visits a flat record once, at depth 0 with its context, and a descend of its own values there enters nothing', () => {
    const seen: string[] = [];
    walkRecords({ command: 'npm test', timeout: 120000, verbose: null }, 'top', { nodes: 10, depth: 8 }, (record, context, descend, depth) => {
      seen.push(`${Object.keys(record).join()}@${context}:${depth}`);
      for (const k in record) descend(record[k], k);
    });
    expect(seen).toEqual(['command,timeout,verbose@top:0']);
    expect(visited({ id: 0, command: 'ls' }, 0)).toEqual([]);
  });

  it('walks on into what a reader parses out of a flat record\'s string (a policy given as JSON), within the bounds', () => {
    const seen: string[] = [];
    const read = (depth: number, nodes: number) => {
      seen.length = 0;
      walkRecords({ Bucket: 'b', Policy: '{"Statement":[{"Effect":"Allow","Principal":"*"}]}' }, 'top', { nodes, depth }, (record, context, descend, at) => {
        seen.push(`${Object.keys(record).join()}@${context}:${at}`);
        for (const k in record) {
          const v = record[k];
          descend(typeof v === 'string' && v.startsWith('{') ? JSON.parse(v) : v, k);
        }
      });
      return [...seen];
    };
    expect(read(8, 10)).toEqual(['Bucket,Policy@top:0', 'Statement@Policy:1', 'Effect,Principal@Statement:3']);
    expect(read(1, 10)).toEqual(['Bucket,Policy@top:0', 'Statement@Policy:1']);
    expect(read(0, 10)).toEqual(['Bucket,Policy@top:0']);
    expect(read(8, 2)).toEqual(['Bucket,Policy@top:0', 'Statement@Policy:1']);
  });

  it('costs at most its bounds on a call of a million objects or a chain nested 100 000 deep', () => {
    const wide = { items: Array.from({ length: 1_000_000 }, () => ({ a: { b: 1 } })) };
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { n: deep };
    const start = performance.now();
    expect(visited(wide, 2000, 8).length).toBeLessThanOrEqual(2000);
    expect(visited(deep, 2000, 8).length).toBe(9);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
