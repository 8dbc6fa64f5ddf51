import { describe, expect, it } from 'vitest';

import { createGuard, JsonRpcErrorResponseSchema } from '@vanguard/core';

const traversal = {
  jsonrpc: '2.0',
  id: 42,
  method: 'tools/call',
  params: { name: 'read_file', arguments: { path: '../../../../etc/shadow' } },
};

describe('errorFor', () => {
  it('answers a blocked request with code -32010, the request id and the rule in data', async () => {
    const guard = createGuard();
    const verdict = await guard.inspect(traversal, { from: 'client' });
    expect(verdict.action).toBe('block');
    const error = guard.errorFor(traversal, verdict);
    expect(JsonRpcErrorResponseSchema.safeParse(error).success).toBe(true);
    expect(error).toMatchObject({
      jsonrpc: '2.0',
      id: 42,
      error: { code: -32010, data: { rule: verdict.primary?.rule, layer: verdict.primary?.layer, action: 'block' } },
    });
    expect(error?.error.message).toContain(verdict.primary?.rule ?? '?');
    expect(error?.error.data).toMatchObject({ reason: verdict.primary?.message, path: 'params.arguments.path' });
  });

  it('keeps a string id as it is', async () => {
    const guard = createGuard();
    const message = { ...traversal, id: 'req-7' };
    const error = guard.errorFor(message, await guard.inspect(message, { from: 'client' }));
    expect(error?.id).toBe('req-7');
  });

  it('reads the id from JSON text and from bytes', async () => {
    const guard = createGuard();
    const text = JSON.stringify(traversal);
    const verdict = await guard.inspect(text, { from: 'client' });
    expect(guard.errorFor(text, verdict)?.id).toBe(42);
    expect(guard.errorFor(new TextEncoder().encode(text), verdict)?.id).toBe(42);
  });

  it('has no answer for a notification, which is dropped instead', async () => {
    const guard = createGuard({ rules: { overrides: { 'protocol/unknown-method': 'block' } } });
    const notification = { jsonrpc: '2.0', method: 'acme/poke' };
    const verdict = await guard.inspect(notification, { from: 'client' });
    expect(verdict.action).toBe('block');
    expect(guard.errorFor(notification, verdict)).toBeUndefined();
  });

  it('answers a message it could not read without an id', async () => {
    const guard = createGuard();
    const verdict = await guard.inspect('{"jsonrpc":', { from: 'client' });
    const error = guard.errorFor('{"jsonrpc":', verdict);
    expect(error).toBeDefined();
    expect(error && 'id' in error).toBe(false);
    expect(error?.error.data).toMatchObject({ rule: 'preflight/parse-error' });
  });

  it('uses the configured error code', async () => {
    const guard = createGuard({ errorCode: -32001 });
    const error = guard.errorFor(traversal, await guard.inspect(traversal, { from: 'client' }));
    expect(error?.error.code).toBe(-32001);
  });
});
