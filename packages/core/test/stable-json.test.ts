// stableJson (the text tool definitions are hashed and pinned by) sorts keys by insertion for small
// objects now; it must write exactly what the version it replaced wrote, kept here as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { stableJson } from '../src/state/inventory.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function referenceStableJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (i in value) out += referenceStableJson(value[i]);
    }
    return `${out}]`;
  }
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      out += `${i > 0 ? ',' : ''}${JSON.stringify(k)}:${referenceStableJson(value[k])}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// Keys of every kind: digits (integer-like keys come first in an object), case, non-ASCII, surrogates.
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('10', '2', 'B', 'a', 'é', '\ud83d\ude00', '__proto__x'));
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 6 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('node'), { maxLength: 5 }),
    fc.dictionary(key, tie('node'), { maxKeys: 24 }),
  ),
})).node;

describe('stableJson', () => {
  it('writes what the sort-based version wrote, for objects of any size and keys of any kind', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(stableJson(v)).toBe(referenceStableJson(v));
      }),
      { numRuns: 3000 },
    );
  });
});
