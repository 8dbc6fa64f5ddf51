import { classifyMessage } from '@vanguard/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { idFromTail, shapeOfHead, shapeOfLine } from '../src/shape.js';

const tricky = fc.constantFrom('"', '\\', '\\"', '{', '}', '[', ']', ',', ':', '"id":1', '\u2028', 'é', '😀', '\n', '2.0');
// Short and long strings (the reader looks at a string's first bytes itself and leaves the rest to a native search).
const text = fc.oneof(fc.string(), fc.string({ minLength: 28, maxLength: 80 }), fc.array(tricky, { maxLength: 6 }).map((a) => a.join('')), fc.array(tricky, { minLength: 10, maxLength: 30 }).map((a) => a.join('')));
const id = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  text,
  fc.constant(null),
  fc.boolean(),
);
const payload = fc.jsonValue({ maxDepth: 3 }).chain((v) => fc.oneof(fc.constant(v), fc.record({ id, method: text, nested: fc.constant(v) })));

const message = fc
  .record(
    {
      jsonrpc: fc.oneof(fc.constant('2.0'), fc.constant('1.0'), fc.constant(2)),
      id,
      method: fc.oneof(text, fc.constant('notifications/cancelled'), fc.integer()),
      params: fc.oneof(payload, fc.record({ requestId: id })),
      result: payload,
      error: fc.record({ code: fc.integer(), message: text }),
    },
    { requiredKeys: [] },
  )
  .chain((m) => fc.shuffledSubarray(Object.keys(m), { minLength: Object.keys(m).length }).map((keys) => Object.fromEntries(keys.map((k) => [k, m[k as keyof typeof m]]))));

const bytes = (value: unknown, space?: string | number): Buffer => Buffer.from(JSON.stringify(value, null, space));

describe('shapeOfLine', () => {
  it('agrees with core classifyMessage on any JSON text, in any key order and spacing', () => {
    fc.assert(
      fc.property(fc.oneof(message, fc.array(message, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })), fc.constantFrom(0, 1, '\t'), (m, space) => {
        const json = bytes(m, space);
        expect(shapeOfLine(json)).toEqual(classifyMessage(JSON.parse(json.toString()) as unknown));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the JSON type of the id and decodes escapes in keys and values', () => {
    expect(shapeOfLine(Buffer.from('{"jsonrpc":"2.0","id":"7","method":"tools/call"}'))).toEqual({ kind: 'request', id: '7', method: 'tools/call' });
    expect(shapeOfLine(Buffer.from('{"jsonrpc":"2.\\u0030","\\u0069d":7,"m\\u0065thod":"a\\/b"}'))).toEqual({ kind: 'request', id: 7, method: 'a/b' });
  });

  it('reads numeric ids as JSON.parse does, whatever their spelling', () => {
    for (const spelt of ['-0', '0', '7', '-12', '123456789012345', '1234567890123456', '9007199254740993', '1e3', '1.0', '-1.5', '1E+2']) {
      const json = `{"jsonrpc":"2.0","id":${spelt},"method":"m"}`;
      expect(shapeOfLine(Buffer.from(json)), spelt).toEqual(classifyMessage(JSON.parse(json)));
    }
  });

  it('takes a repeated key by its last occurrence, as JSON.parse does', () => {
    const json = '{"jsonrpc":"2.0","id":1,"result":{},"id":2}';
    expect(shapeOfLine(Buffer.from(json))).toEqual(classifyMessage(JSON.parse(json)));
  });

  it('reads the id after a multi-megabyte result without parsing it', () => {
    const json = JSON.stringify({ result: { content: [{ type: 'text', text: 'say "hi" \\ '.repeat(500_000) }] }, jsonrpc: '2.0', id: 42 });
    expect(shapeOfLine(Buffer.from(json))).toEqual({ kind: 'response', id: 42 });
  });

  it('calls text that is not one JSON value invalid, as classifyMessage does for what JSON.parse refuses', () => {
    for (const bad of ['', 'garbage', '{"id":1', '{"id":1,}', '{"a" 1}', '{"jsonrpc":"2.0","id":1,"method":"m"} trailing', '{"id":1,"x":"unterminated}']) {
      expect(shapeOfLine(Buffer.from(bad)), bad).toEqual({ kind: 'invalid', id: undefined });
    }
  });
});

describe('shapeOfHead and idFromTail', () => {
  it('reads the id and kind from the first bytes of a line cut anywhere', () => {
    expect(shapeOfHead(Buffer.from('{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{"x":"'))).toEqual({ id: 12, shape: 'request' });
    expect(shapeOfHead(Buffer.from('{"method":"tools/call","params":{"x":"xx'))).toEqual({ id: undefined, shape: 'unknown' });
    expect(shapeOfHead(Buffer.from('{"result":{"content":[{"text":"qq'))).toEqual({ id: undefined, shape: 'response' });
    expect(shapeOfHead(Buffer.from('{"method":"m","params":{"id":5,"x":"'))).toEqual({ id: undefined, shape: 'unknown' });
    expect(shapeOfHead(Buffer.from('not json at all'))).toEqual({ id: undefined, shape: 'unknown' });
  });

  it('finds a top-level id at the end of a line and nowhere else', () => {
    expect(idFromTail(Buffer.from('xxx"}},"jsonrpc":"2.0","id":"a\\"b"}'))).toBe('a"b');
    expect(idFromTail(Buffer.from('xx"}]},"jsonrpc":"2.0","id":3}'))).toBe(3);
    expect(idFromTail(Buffer.from('xx"}}'))).toBeUndefined();
    expect(idFromTail(Buffer.from('xx","id":1.5}'))).toBeUndefined();
  });
});
