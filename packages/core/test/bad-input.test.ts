import { describe, expect, it } from 'vitest';

import { type Action, createGuard, type Verdict } from '@vanguard/core';

const guard = createGuard();
const actions: readonly Action[] = ['allow', 'warn', 'review', 'shadow-block', 'block'];

function expectVerdict(verdict: Verdict, action: Action, rule: string): void {
  expect(actions).toContain(verdict.action);
  expect(verdict.action).toBe(action);
  expect(verdict.primary?.rule).toBe(rule);
  expect(verdict.explain.rule).toBe(rule);
  expect(verdict.explain.summary).toContain(rule);
}

const call = (args: unknown) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'x', arguments: args } });

describe('inspect on bad input', () => {
  it('blocks text that is not JSON as preflight/parse-error', async () => {
    expectVerdict(await guard.inspect('{"jsonrpc": "2.0", "id": 1,', { from: 'client' }), 'block', 'preflight/parse-error');
    expectVerdict(await guard.inspect('', { from: 'client' }), 'block', 'preflight/parse-error');
    expectVerdict(await guard.inspect('NaN', { from: 'server' }), 'block', 'preflight/parse-error');
  });

  it('blocks JSON that is not an object as protocol/invalid-message', async () => {
    for (const input of ['42', '"ping"', 'null', 'true', 42, 'x'.repeat(0), null]) {
      if (input === '') continue;
      const verdict = await guard.inspect(input, { from: 'client' });
      expectVerdict(verdict, 'block', 'protocol/invalid-message');
      expect(verdict.messageType).toBe('invalid');
    }
  });

  it('blocks a wrong or missing jsonrpc version as protocol/invalid-message', async () => {
    expectVerdict(await guard.inspect({ jsonrpc: '1.0', id: 1, method: 'ping' }, { from: 'client' }), 'block', 'protocol/invalid-message');
    expectVerdict(await guard.inspect({ id: 1, method: 'ping' }, { from: 'client' }), 'block', 'protocol/invalid-message');
  });

  it('blocks messages with extra top-level members or a bad id as protocol/invalid-message', async () => {
    expectVerdict(await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'ping', extra: true }, { from: 'client' }), 'block', 'protocol/invalid-message');
    expectVerdict(await guard.inspect({ jsonrpc: '2.0', id: 1.5, method: 'ping' }, { from: 'client' }), 'block', 'protocol/invalid-message');
    expectVerdict(await guard.inspect({ jsonrpc: '2.0', id: { a: 1 }, method: 'ping' }, { from: 'client' }), 'block', 'protocol/invalid-message');
  });

  it('blocks a string over the length limit as preflight/max-string-length', async () => {
    const small = createGuard({ limits: { maxStringLength: 1000 } });
    expectVerdict(await small.inspect(call({ text: 'a'.repeat(1001) }), { from: 'client' }), 'block', 'preflight/max-string-length');
    expect((await small.inspect(call({ text: 'a'.repeat(1000) }), { from: 'client' })).action).toBe('allow');
  });

  it('blocks a string over the default limit without hanging', async () => {
    const text = JSON.stringify(call({ text: 'a'.repeat(8 * 1024 * 1024 + 1) }));
    expectVerdict(await guard.inspect(text, { from: 'client' }), 'block', 'preflight/max-string-length');
  });

  it('blocks a message over the size limit as preflight/max-message-bytes, as text, bytes or object', async () => {
    const small = createGuard({ limits: { maxMessageBytes: 4096 } });
    const message = call({ text: 'é'.repeat(3000) });
    const text = JSON.stringify(message);
    expectVerdict(await small.inspect(text, { from: 'client' }), 'block', 'preflight/max-message-bytes');
    expectVerdict(await small.inspect(new TextEncoder().encode(text), { from: 'client' }), 'block', 'preflight/max-message-bytes');
    expectVerdict(await small.inspect(call({ text: 'a'.repeat(5000) }), { from: 'client' }), 'block', 'preflight/max-message-bytes');
  });

  it('blocks arrays, objects and node counts over their limits', async () => {
    const small = createGuard({ limits: { maxArrayLength: 10, maxObjectKeys: 10, maxNodes: 100 } });
    expectVerdict(await small.inspect(call({ list: Array.from({ length: 11 }, () => 1) }), { from: 'client' }), 'block', 'preflight/max-array-length');
    expectVerdict(await small.inspect(call(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]))), { from: 'client' }), 'block', 'preflight/max-object-keys');
    const wide = Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => 0));
    expectVerdict(await small.inspect(call({ wide }), { from: 'client' }), 'block', 'preflight/max-nodes');
  });

  it('blocks 10,000-deep nesting sent as JSON text', async () => {
    const text = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","arguments":{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}}}`;
    expectVerdict(await guard.inspect(text, { from: 'client' }), 'block', 'preflight/max-depth');
  });

  it('blocks 10,000-deep nesting sent as an object', async () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) {
      const next = {};
      deep['a'] = next;
      deep = next;
    }
    expectVerdict(await guard.inspect(call(root), { from: 'client' }), 'block', 'preflight/max-depth');
  });

  it('blocks nesting too deep for the JSON parser itself as preflight/max-depth', async () => {
    const depth = 1_000_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const verdict = await guard.inspect(text, { from: 'client' });
    expect(verdict.action).toBe('block');
    expect(verdict.primary?.rule).toBe('preflight/max-depth');
  });

  it('warns about lone surrogates as preflight/lone-surrogate', async () => {
    const verdict = await guard.inspect(call({ text: 'half an emoji \ud83d' }), { from: 'client' });
    expectVerdict(verdict, 'warn', 'preflight/lone-surrogate');
    expect(verdict.primary?.path).toEqual(['params', 'arguments', 'text']);
    // The same from JSON text, where the surrogate is an escape.
    expectVerdict(await guard.inspect('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x","arguments":{"s":"a\\udc00b"}}}', { from: 'client' }), 'warn', 'preflight/lone-surrogate');
  });

  it('blocks bytes that are not valid UTF-8 as preflight/invalid-utf8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"jsonrpc":"2.0","id":1,"method":"ping","x":"'), 0xc3, 0x28, 0xff, ...new TextEncoder().encode('"}')]);
    expectVerdict(await guard.inspect(bytes, { from: 'client' }), 'block', 'preflight/invalid-utf8');
  });

  it('reads valid UTF-8 bytes like text', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping' }));
    expect((await guard.inspect(bytes, { from: 'client' })).action).toBe('allow');
  });

  it('warns about unknown methods as protocol/unknown-method', async () => {
    const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'acme/do-things' }, { from: 'client' });
    expectVerdict(verdict, 'warn', 'protocol/unknown-method');
    expect(verdict.primary?.path).toEqual(['method']);
  });

  it('blocks a method sent in the wrong direction as protocol/wrong-direction', async () => {
    expectVerdict(await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'sampling/createMessage', params: { messages: [], maxTokens: 5 } }, { from: 'client' }), 'block', 'protocol/wrong-direction');
    expectVerdict(await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'x' } }, { from: 'server' }), 'block', 'protocol/wrong-direction');
  });

  it('blocks NaN and Infinity in an object as preflight/non-finite-number', async () => {
    expectVerdict(await guard.inspect(call({ n: Number.NaN }), { from: 'client' }), 'block', 'preflight/non-finite-number');
    expectVerdict(await guard.inspect(call({ n: Number.POSITIVE_INFINITY }), { from: 'client' }), 'block', 'preflight/non-finite-number');
  });

  it('blocks values JSON cannot carry as preflight/not-json', async () => {
    for (const value of [() => 1, Symbol('s'), 10n]) {
      expectVerdict(await guard.inspect(call({ v: value }), { from: 'client' }), 'block', 'preflight/not-json');
    }
    expectVerdict(await guard.inspect(undefined, { from: 'client' }), 'block', 'preflight/not-json');
  });

  it('treats an undefined property as absent, as JSON.stringify does', async () => {
    expect((await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'ping', params: undefined }, { from: 'client' })).action).toBe('allow');
  });

  it('blocks cyclic objects without hanging', async () => {
    const message: Record<string, unknown> = { jsonrpc: '2.0', id: 1, method: 'tools/call' };
    const params: Record<string, unknown> = { name: 'x' };
    params['self'] = message;
    message['params'] = params;
    const verdict = await guard.inspect(message, { from: 'client' });
    expect(verdict.action).toBe('block');
    expect(verdict.primary?.rule).toMatch(/^preflight\//);
  });

  it('blocks a context without a valid sender as preflight/invalid-context', async () => {
    expectVerdict(await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'ping' }, { from: 'nobody' } as never), 'block', 'preflight/invalid-context');
    expectVerdict(await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'ping' }, undefined as never), 'block', 'preflight/invalid-context');
  });

  it('blocks an object with a throwing getter instead of throwing', async () => {
    const args = {};
    Object.defineProperty(args, 'trap', { enumerable: true, get: () => { throw new Error('gotcha'); } });
    const verdict = await guard.inspect(call(args), { from: 'client' });
    expect(verdict.action).toBe('block');
    expect(verdict.primary?.rule).toBe('engine/internal-error');
  });
});

describe('a message that is not JSON-RPC', () => {
  const problem = async (message: unknown): Promise<[string, string]> => {
    const verdict = await createGuard().inspect(message, { from: 'client' });
    const finding = verdict.findings[0];
    expect(finding?.rule).toBe('protocol/invalid-message');
    return [finding?.path.join('.') ?? '', finding?.message ?? ''];
  };

  it('names the field at fault and what it must be, judged as the kind of message its keys say it is', async () => {
    expect(await problem({ jsonrpc: '2.0', id: { n: 1 }, method: 'ping' })).toEqual(['id', 'not a valid JSON-RPC 2.0 message: request id must be a string or an integer']);
    expect(await problem({ jsonrpc: '1.0', method: 'notifications/initialized' })).toEqual(['jsonrpc', 'not a valid JSON-RPC 2.0 message: notification jsonrpc must be "2.0"']);
    expect(await problem({ jsonrpc: '2.0', id: 1, result: {}, extra: true })).toEqual(['extra', 'not a valid JSON-RPC 2.0 message: a response has no "extra"']);
    expect((await problem({ jsonrpc: '2.0', id: 1, error: { code: 'x', message: 'm' } }))[0]).toBe('error.code');
    expect(await problem({ jsonrpc: '2.0' })).toEqual(['', 'not a valid JSON-RPC 2.0 message: expected a method (request or notification), a result or an error']);
  });

  it('gives the position of a bad message in a batch', async () => {
    const verdict = await createGuard().inspect([{ jsonrpc: '2.0', id: 1, method: 'ping' }, { jsonrpc: '2.0', id: 2, method: 7 }], { from: 'client' });
    expect(verdict.findings[0]?.path).toEqual([1, 'method']);
    expect(verdict.explain.summary).toContain('at [1].method');
  });
});

describe('a tool schema with a property named __proto__', () => {
  it('learns its argument kinds as own keys, so later calls are judged by their arguments, not by an internal error', async () => {
    const sessionId = 'proto-schema';
    const listed = '{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"t","description":"Reads a page.","inputSchema":{"type":"object","properties":{"__proto__":{"description":"Path of the file"},"length":{"format":"uri"}}}}]}}';
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }, { from: 'client', sessionId, serverId: sessionId });
    await guard.inspect(listed, { from: 'server', sessionId, serverId: sessionId });
    const call = await guard.inspect({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 't', arguments: { length: 'http://169.254.169.254/latest/' } } }, { from: 'client', sessionId, serverId: sessionId });
    const rules = call.findings.map((f) => f.rule);
    expect(rules).not.toContain('engine/internal-error');
    expect(rules).toContain('url/metadata-endpoint');
  });
});
