import { classifyMessage, createGuard } from '@vanguard/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { idFromTail, shapeOfHead, shapeOfInspected, shapeOfLine } from '../src/shape.js';

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

// Well-formed JSON-RPC too (the random records above rarely are), so that the guard reads most of them.
const wellFormed = fc.oneof(
  fc.record({ jsonrpc: fc.constant('2.0'), id, method: fc.constantFrom('tools/call', 'tools/list', 'ping', 'sampling/createMessage'), params: fc.record({ name: fc.constantFrom('echo', 'read_file'), arguments: fc.dictionary(fc.constantFrom('path', 'text'), text) }) }),
  fc.record({ jsonrpc: fc.constant('2.0'), method: fc.constantFrom('notifications/initialized', 'notifications/progress', 'notifications/cancelled'), params: fc.record({ requestId: id }) }),
  fc.record({ jsonrpc: fc.constant('2.0'), id, result: fc.record({ content: fc.constant([{ type: 'text', text: 'ok' }]) }) }),
  fc.record({ jsonrpc: fc.constant('2.0'), id, error: fc.record({ code: fc.integer({ min: -32768, max: 0 }), message: text }) }),
);

describe('shapeOfInspected', () => {
  it('gives the shape shapeOfLine reads from the bytes, for any message and the verdict a guard gives it, from either side', async () => {
    const guard = createGuard({ profile: 'monitor' });
    let fromVerdict = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(wellFormed, wellFormed, message, fc.array(wellFormed, { maxLength: 3 })), fc.constantFrom('client', 'server'), fc.constantFrom(0, 1), async (m, from, space) => {
        const json = bytes(m, space);
        const verdict = await guard.inspect(json, { from, sessionId: 'shape' });
        runs++;
        if (['request', 'notification', 'response', 'error'].includes(verdict.messageType)) fromVerdict++;
        expect(shapeOfInspected(verdict, json)).toEqual(shapeOfLine(json));
      }),
      { numRuns: 1500 },
    );
    // Many runs took the verdict's way (the rest: ids of other types, batches, the fallback): the property is not only about the fallback.
    expect(fromVerdict).toBeGreaterThan(runs / 4);
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
