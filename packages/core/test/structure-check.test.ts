// checkStructure reads plain objects' keys in place (no array of them) and asks keysMayDiffer only of an
// object with a key that could collide or is a prototype key. This reference is the plain check: every
// object's keys as an array, every array asked. Both must give the same finding and the same census.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Limits, LimitsSchema } from '../src/limits.js';
import { checkStructure, foldOf, foldRead, numberLeast } from '../src/preflight.js';
import { type KeyCensus, keysMayDiffer } from '../src/protocol/differentials.js';

function referenceCheck(root: unknown, limits: Limits, knownBytes: number | undefined, census: KeyCensus | undefined): string | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  let nodes = 0;
  let bytes = 0;
  // The fewest characters of its JSON text: strings as their characters, numbers as short as they can be
  // written, no whitespace, a comma between members.
  let least = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (++nodes > limits.maxNodes) return 'preflight/max-nodes';
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return 'preflight/max-string-length';
      bytes += value.length + 2;
      least += value.length + 2;
    } else if (typeof value === 'object' && value !== null) {
      if (depth > limits.maxDepth) return 'preflight/max-depth';
      if (Array.isArray(value)) {
        if (value.length > limits.maxArrayLength) return 'preflight/max-array-length';
        for (const item of value) stack.push([item, depth + 1]);
        bytes += 2 + value.length;
        least += value.length === 0 ? 2 : 1 + value.length;
      } else {
        const keys = Object.keys(value);
        if (keys.length > limits.maxObjectKeys) return 'preflight/max-object-keys';
        if (census !== undefined) {
          census.keys += keys.length;
          if (!census.suspect && keysMayDiffer(keys)) census.suspect = true;
        }
        let members = 0;
        for (const key of keys) {
          const item = (value as Record<string, unknown>)[key];
          if (item === undefined) continue;
          members++;
          bytes += key.length + 4;
          least += key.length + 3;
          stack.push([item, depth + 1]);
        }
        bytes += 2;
        least += members === 0 ? 2 : 1 + members;
      }
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return 'preflight/non-finite-number';
      bytes += 8;
      least += numberLeast(value);
    } else if (value === undefined || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      return 'preflight/not-json';
    } else {
      bytes += 5;
      least += value === false ? 5 : 4;
    }
  }
  if (knownBytes === undefined && bytes > limits.maxMessageBytes) return 'preflight/max-message-bytes';
  // Counted for a message parsed from a text (whose size is known) only.
  if (census !== undefined) census.least = knownBytes === undefined ? -1 : least;
  return undefined;
}

// Keys that fold to themselves, keys with capitals that may collide, non-ASCII keys, prototype keys, numbers.
const key = fc.oneof(
  fc.constantFrom('jsonrpc', 'id', 'method', 'params', 'name', 'arguments', 'path', 'x_1', 'a-b', '0', '12'),
  fc.constantFrom('K', 'k', 'aB', 'ab', 'Ab', 'inputSchema', 'inputschema', 'ﬁle', 'file', 'é', 'É', '__proto__', 'prototype', 'constructor'),
  fc.string({ maxLength: 3 }),
);
const leaf = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('array'), tie('object'), tie('odd')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.array(fc.tuple(key, tie('value')), { maxLength: 6 }).map((pairs) => {
    const out: Record<string, unknown> = {};
    // defineProperty: a `__proto__` key is an own key, as JSON.parse makes it.
    for (const [k, v] of pairs) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  }),
  // Objects not made by JSON.parse: no prototype, or a prototype with keys of its own (never on the wire).
  odd: fc.tuple(fc.boolean(), fc.array(fc.tuple(key, tie('value')), { maxLength: 3 })).map(([bare, pairs]) => {
    const out = Object.create(bare ? null : { inherited: 'not own' }) as Record<string, unknown>;
    for (const [k, v] of pairs) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  }),
}));
const limits = fc.record({
  maxNodes: fc.integer({ min: 1, max: 40 }),
  maxDepth: fc.integer({ min: 1, max: 6 }),
  maxArrayLength: fc.integer({ min: 1, max: 5 }),
  maxObjectKeys: fc.integer({ min: 1, max: 6 }),
  maxStringLength: fc.integer({ min: 1, max: 12 }),
  maxMessageBytes: fc.integer({ min: 1, max: 400 }),
});

describe('checkStructure', () => {
  it('gives the finding and the key census of the plain check, within or past the limits', () => {
    fc.assert(
      fc.property(value, fc.option(limits, { nil: undefined }), fc.boolean(), fc.option(fc.constant(0), { nil: undefined }), (root, bounds, counted, knownBytes) => {
        const all = LimitsSchema.parse(bounds ?? {});
        const census: KeyCensus | undefined = counted ? { keys: 0, suspect: false } : undefined;
        const expected: KeyCensus | undefined = counted ? { keys: 0, suspect: false } : undefined;
        const rule = referenceCheck(root, all, knownBytes, expected);
        expect(checkStructure(root, all, knownBytes, census)?.rule).toEqual(rule);
        // The census is complete only when no limit is exceeded.
        if (rule === undefined) expect(census).toEqual(expected);
      }),
      { numRuns: 4000 },
    );
  });

  it('gives a message JSON.parse made the same finding and census whether or not it is told so', () => {
    fc.assert(
      fc.property(value, fc.option(limits, { nil: undefined }), (root, bounds) => {
        const parsed: unknown = JSON.parse(JSON.stringify([root]) ?? 'null');
        const all = LimitsSchema.parse(bounds ?? {});
        const told: KeyCensus = { keys: 0, suspect: false };
        const asked: KeyCensus = { keys: 0, suspect: false };
        const rule = checkStructure(parsed, all, 0, asked)?.rule;
        expect(checkStructure(parsed, all, 0, told, true)?.rule).toEqual(rule);
        if (rule === undefined) expect(told).toEqual(asked);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a message of thousands of nodes the finding and census of the plain check, whatever limit it meets late', () => {
    const tools = (count: number, last: unknown) => ({ tools: [...Array.from({ length: count }, (_, i) => ({ name: `t${i}`, inputSchema: { type: 'object', properties: { p: { type: 'string', description: `d${i}` } } } })), last] });
    const bounds = LimitsSchema.parse({ maxNodes: 100_000, maxDepth: 8, maxStringLength: 64, maxArrayLength: 5000 });
    const lastOnes: unknown[] = [{ ok: ['fine'] }, [[[[[[[[['deep']]]]]]]]], 'x'.repeat(65), { Name: 1, name: 2 }, Number.NaN];
    for (const count of [10, 300, 3000]) {
      for (const last of lastOnes) {
        const message = tools(count, last);
        const census: KeyCensus = { keys: 0, suspect: false };
        const expected: KeyCensus = { keys: 0, suspect: false };
        const rule = referenceCheck(message, bounds, undefined, expected);
        expect(checkStructure(message, bounds, undefined, census)?.rule).toEqual(rule);
        if (rule === undefined) expect(census).toEqual(expected);
      }
    }
  });

  it('gives the census of the plain check when key lists of the same lengths recur, colliding or not', () => {
    // The check remembers what it read of recent key lists, found by their keys' lengths and count: lists
    // alike in those but not in their keys, met in turn and again, must each be read for what they hold.
    const lists = [['ab', 'cd'], ['ab', 'Ab'], ['aB', 'cd'], ['aB', 'Ab'], ['__proto__', 'prototype'], ['é', 'É'], ['ab'], ['AB']];
    const bounds = LimitsSchema.parse({});
    const answers = new Set<boolean>();
    for (let round = 0; round < 3; round++) {
      for (const keys of lists) {
        const message = JSON.parse(JSON.stringify({ list: [Object.fromEntries(keys.map((k, i) => [k, i]))] })) as unknown;
        const census: KeyCensus = { keys: 0, suspect: false };
        const expected: KeyCensus = { keys: 0, suspect: false };
        referenceCheck(message, bounds, undefined, expected);
        expect(checkStructure(message, bounds, undefined, census, true)).toBeUndefined();
        expect(census).toEqual(expected);
        answers.add(expected.suspect);
      }
    }
    expect([...answers].sort()).toEqual([false, true]);
  });

  it('reports a limit met deeper in the walk ahead of the node limit that counting scalars early would pass', () => {
    // The scalars before `nested` are counted when the root is read, before `nested` is walked: five nodes
    // then, the limit. The walk takes `nested` first and meets its depth before a sixth node.
    const bounds = LimitsSchema.parse({ maxNodes: 5, maxDepth: 3 });
    const message = { a: 1, b: 'two', c: true, d: null, nested: [[[[0]]]] };
    expect(referenceCheck(message, bounds, undefined, undefined)).toBe('preflight/max-depth');
    expect(checkStructure(message, bounds, undefined, { keys: 0, suspect: false })?.rule).toBe('preflight/max-depth');
    // Past the node limit with nothing else wrong, the node limit is what it reports.
    const wide = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };
    expect(checkStructure(wide, bounds, undefined)?.rule).toBe('preflight/max-nodes');
  });

  it('reads own keys alone while something has made a key of Object.prototype enumerable', () => {
    const three = LimitsSchema.parse({ maxObjectKeys: 3 });
    const proto = Object.prototype as Record<string, unknown>;
    proto['polluted'] = 'everywhere';
    try {
      const census: KeyCensus = { keys: 0, suspect: false };
      expect(checkStructure({ jsonrpc: '2.0', id: 1, method: 'ping' }, three, undefined, census)).toBeUndefined();
      expect(census).toEqual({ keys: 3, suspect: false, least: -1 });
      const measured: KeyCensus = { keys: 0, suspect: false };
      expect(checkStructure({ jsonrpc: '2.0', id: 1, method: 'ping' }, three, 0, measured)).toBeUndefined();
      expect(measured).toEqual({ keys: 3, suspect: false, least: '{"jsonrpc":"2.0","id":1,"method":"ping"}'.length });
    } finally {
      delete proto['polluted'];
    }
  });

  it('keeps nothing of a checked message reachable, whether its check ran to the end or stopped at a limit', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const check = (items: number, limits: Limits, kept: WeakRef<object>[]): void => {
      const leaves = Array.from({ length: items }, () => ({}));
      for (const leaf of leaves) kept.push(new WeakRef(leaf));
      checkStructure({ jsonrpc: '2.0', id: 1, result: { leaves } }, limits, undefined);
    };
    const alive = async (kept: WeakRef<object>[]): Promise<number> => {
      // A WeakRef holds its target until the current job ends.
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
      return kept.filter((ref) => ref.deref() !== undefined).length;
    };
    // A small message after a larger one: the larger one's slots above the small one's are not written again.
    const walked: WeakRef<object>[] = [];
    check(50, LimitsSchema.parse({}), walked);
    check(5, LimitsSchema.parse({}), walked);
    expect(await alive(walked)).toBe(0);
    const stopped: WeakRef<object>[] = [];
    check(50, LimitsSchema.parse({ maxNodes: 20 }), stopped);
    expect(await alive(stopped)).toBe(0);
  });

  it('reads a key the same whether its fold is remembered or read from its characters, in any order of keys', () => {
    // Few lengths and end characters, so keys share slots and push each other out.
    const part = fc.constantFrom('a', 'A', 'z', 'é', 'Ж', '_', 'proto', 'type', 'Schema', '\u{1F600}');
    const key = fc.oneof(fc.array(part, { maxLength: 6 }).map((p) => p.join('')), fc.constantFrom('__proto__', 'prototype', 'inputSchema', 'x'.repeat(65), `${'x'.repeat(64)}X`));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
        for (const k of keys) expect(foldOf(k)).toBe(foldRead(k));
        // A key made anew (not the same string object) is read alike.
        for (const k of keys) expect(foldOf([...k].join(''))).toBe(foldRead(k));
      }),
    );
  });
});
