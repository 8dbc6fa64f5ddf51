import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type Action, createGuard, JsonRpcMessageSchema, type Verdict } from '@vanguard/core';

import { isJsonRpcMessage } from '../src/jsonrpc.js';

const actions: readonly Action[] = ['allow', 'warn', 'review', 'shadow-block', 'block'];
const guard = createGuard();
const strict = createGuard({ profile: 'strict' });
const sender = fc.constantFrom('client' as const, 'server' as const);

/** What every verdict must look like, whatever it was given. */
function expectValid(verdict: Verdict): void {
  expect(actions).toContain(verdict.action);
  expect(Array.isArray(verdict.findings)).toBe(true);
  expect(typeof verdict.explain.summary).toBe('string');
  expect(verdict.explain.summary.length).toBeGreaterThan(0);
  expect(typeof verdict.explain.profileEffect).toBe('string');
  expect(Number.isFinite(verdict.durationMs)).toBe(true);
  for (const f of verdict.findings) {
    expect(typeof f.rule).toBe('string');
    expect(actions).toContain(f.action);
    expect(Array.isArray(f.path)).toBe(true);
  }
  // A decision needs a reason, and a reason is one of the findings.
  if (verdict.action === 'allow') expect(verdict.primary).toBeUndefined();
  else expect(verdict.findings).toContain(verdict.primary);
}

const methods = fc.constantFrom(
  'tools/call', 'tools/list', 'resources/read', 'prompts/get', 'initialize', 'ping', 'sampling/createMessage',
  'elicitation/create', 'notifications/message', 'completion/complete', 'acme/unknown',
);
const id = fc.oneof(fc.integer(), fc.string({ maxLength: 8 }));

// JSON-RPC-shaped objects: requests, notifications, results and errors with arbitrary contents.
const rpcMessage = fc.oneof(
  fc.record({ jsonrpc: fc.constant('2.0'), id, method: methods, params: fc.jsonValue({ maxDepth: 6 }) }),
  fc.record({ jsonrpc: fc.constant('2.0'), method: methods, params: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 5 })) }),
  fc.record({
    jsonrpc: fc.constant('2.0'),
    id,
    method: fc.constant('tools/call'),
    params: fc.record({ name: fc.string({ maxLength: 20 }), arguments: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 5 })) }),
  }),
  fc.record({ jsonrpc: fc.constant('2.0'), id, result: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 5 })) }),
  fc.record({
    jsonrpc: fc.constant('2.0'),
    id: fc.option(id),
    error: fc.record({ code: fc.integer(), message: fc.string(), data: fc.jsonValue({ maxDepth: 4 }) }),
  }),
);

describe('inspect properties', () => {
  it('always resolves to a valid verdict for arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), sender, async (value, from) => {
        expectValid(await guard.inspect(value, { from }));
        expectValid(await guard.inspect(JSON.stringify(value), { from }));
      }),
      { numRuns: 300 },
    );
  });

  it('always resolves to a valid verdict for arbitrary strings, as JSON text and as bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), sender, async (text, from) => {
        expectValid(await guard.inspect(text, { from }));
        expectValid(await guard.inspect(new TextEncoder().encode(text), { from }));
      }),
      { numRuns: 300 },
    );
  });

  it('always resolves to a valid verdict for arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), sender, async (bytes, from) => {
        expectValid(await guard.inspect(bytes, { from }));
      }),
      { numRuns: 200 },
    );
  });

  it('always resolves to a valid verdict for JSON-RPC-shaped objects with arbitrary params', async () => {
    await fc.assert(
      fc.asyncProperty(rpcMessage, sender, fc.constantFrom('a', 'b'), async (message, from, sessionId) => {
        expectValid(await guard.inspect(message, { from, sessionId }));
        expectValid(await strict.inspect(message, { from, sessionId }));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same verdict for a message as an object and as JSON text', async () => {
    // One guard per form, so correlation state from one form does not change the other; both see the same
    // messages in the same order, each in a session and server of its own. (A new pair of guards per
    // message cost ~0.1-0.4 s of guard construction a run and timed out at load 10.)
    const objects = createGuard();
    const texts = createGuard();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(rpcMessage, sender, async (message, from) => {
        const context = { from, sessionId: `s${++n}`, serverId: `v${n}` };
        const fromObject = await objects.inspect(message, context);
        const fromText = await texts.inspect(JSON.stringify(message), context);
        expect(fromText.action).toBe(fromObject.action);
        expect(fromText.findings.map((f) => f.rule)).toEqual(fromObject.findings.map((f) => f.rule));
      }),
      { numRuns: 300 },
    );
  });

  it('never lets the monitor profile block', async () => {
    const monitor = createGuard({ profile: 'monitor' });
    await fc.assert(
      fc.asyncProperty(fc.oneof(rpcMessage, fc.jsonValue()), sender, async (message, from) => {
        expect((await monitor.inspect(message, { from })).action).not.toBe('block');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the hand-written JSON-RPC check', () => {
  it('answers exactly as the zod schema does', () => {
    const id = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.constant(2 ** 60), fc.boolean());
    const anyValue = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant([]), fc.constant({}));
    const shaped = fc.record(
      {
        jsonrpc: fc.oneof(fc.constant('2.0'), fc.constant('1.0'), fc.constant(2)),
        id,
        method: fc.oneof(fc.constant('tools/call'), fc.constant(''), fc.integer()),
        params: anyValue,
        result: anyValue,
        error: fc.oneof(anyValue, fc.record({ code: fc.oneof(fc.integer(), fc.double(), fc.string()), message: fc.oneof(fc.string(), fc.integer()), data: anyValue }, { requiredKeys: [] })),
        extra: fc.string(),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(shaped, anyValue), (message) => isJsonRpcMessage(message) === JsonRpcMessageSchema.safeParse(message).success), { numRuns: 20_000 });
  });
});
