import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readEnvelope } from '@vanguard/stdio';

/** What the envelope should be, computed the slow way. */
function expected(text: string): { kind: string; id: unknown; method: unknown } {
  const value = JSON.parse(text) as unknown;
  if (Array.isArray(value)) return { kind: 'batch', id: undefined, method: undefined };
  if (typeof value !== 'object' || value === null) return { kind: 'unknown', id: undefined, method: undefined };
  const record = value as Record<string, unknown>;
  const rawId = record['id'];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : undefined;
  if (typeof record['method'] === 'string') return { kind: 'id' in record ? 'request' : 'notification', id, method: record['method'] };
  if ('result' in record) return { kind: 'response', id, method: undefined };
  if ('error' in record) return { kind: 'error', id, method: undefined };
  return { kind: 'unknown', id: undefined, method: undefined };
}

const tricky = fc.constantFrom('"', '\\', '\\"', '{', '}', '[', ']', ',', ':', '"id":1', '\u2028', 'é', '😀', '\n');
const text = fc.oneof(fc.string(), fc.array(tricky, { maxLength: 6 }).map((a) => a.join('')));
const id = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), text, fc.constant(null));
const payload = fc.jsonValue({ maxDepth: 3 }).chain((v) => fc.oneof(fc.constant(v), fc.record({ id, method: text, nested: fc.constant(v) })));

const message = fc
  .record(
    {
      jsonrpc: fc.constant('2.0'),
      id,
      method: text,
      params: payload,
      result: payload,
      error: fc.record({ code: fc.integer(), message: text }),
    },
    { requiredKeys: ['jsonrpc'] },
  )
  .chain((m) => fc.shuffledSubarray(Object.keys(m), { minLength: Object.keys(m).length }).map((keys) => Object.fromEntries(keys.map((k) => [k, m[k as keyof typeof m]]))));

describe('readEnvelope', () => {
  it('agrees with JSON.parse on the kind, id and method of any message, in any key order and spacing', () => {
    fc.assert(
      fc.property(message, fc.constantFrom(0, 1, 2, '\t'), (m, space) => {
        const json = JSON.stringify(m, null, space);
        expect(readEnvelope(Buffer.from(json))).toEqual(expected(json));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the JSON type of the id and decodes escapes in keys and values', () => {
    expect(readEnvelope(Buffer.from('{"jsonrpc":"2.0","id":"7","method":"tools/call"}'))).toEqual({ kind: 'request', id: '7', method: 'tools/call' });
    expect(readEnvelope(Buffer.from('{"jsonrpc":"2.0","\\u0069d":7,"m\\u0065thod":"a\\/b"}'))).toEqual({ kind: 'request', id: 7, method: 'a/b' });
  });

  it('takes a repeated key by its last occurrence, as JSON.parse does', () => {
    const json = '{"id":1,"result":{},"id":2}';
    expect(readEnvelope(Buffer.from(json))).toEqual(expected(json));
  });

  it('reads the id after a multi-megabyte result', () => {
    const json = JSON.stringify({ result: { content: [{ type: 'text', text: 'say "hi" \\ '.repeat(500_000) }] }, jsonrpc: '2.0', id: 42 });
    expect(readEnvelope(Buffer.from(json))).toEqual({ kind: 'response', id: 42, method: undefined });
  });

  it('calls anything that is not a JSON object unknown, and an array a batch', () => {
    for (const bad of ['', 'garbage', '{"id":1', '{"id":1,}', '{"a" 1}', '"str"', '42', '{}', '{"id":1,"x":"unterminated}']) {
      expect(readEnvelope(Buffer.from(bad)).kind, bad).toBe('unknown');
    }
    expect(readEnvelope(Buffer.from(' [{"jsonrpc":"2.0","id":1,"method":"a"}]')).kind).toBe('batch');
  });
});
