import { describe, expect, it } from 'vitest';

import { createGuard, createMemoryStore, type InspectContext } from '@vanguard/core';


const toolCall = (id: number | string, name = 'read_file') => ({
  jsonrpc: '2.0',
  id,
  method: 'tools/call',
  params: { name, arguments: { path: 'notes.md' } },
});
// A tool result shaped like a resources/read answer, so shape inference alone would get it wrong.
const resultLike = (id: number | string) => ({ jsonrpc: '2.0', id, result: { contents: [{ uri: 'file:///notes.md', text: 'hello' }] } });

describe('request/response correlation', () => {
  it('inspects a tools/call result as a tool result even though both sides number ids from 0', async () => {
    const guard = createGuard();
    const session: Omit<InspectContext, 'from'> = { sessionId: 'conn', serverId: 'fs' };
    await guard.inspect(toolCall(0), { from: 'client', ...session });
    // The server asks the client something with the same id 0, and the client answers it first.
    await guard.inspect({ jsonrpc: '2.0', id: 0, method: 'roots/list' }, { from: 'server', ...session });
    const rootsAnswer = await guard.inspect({ jsonrpc: '2.0', id: 0, result: { roots: [] } }, { from: 'client', ...session });
    expect(rootsAnswer.method).toBe('roots/list');

    const verdict = await guard.inspect(resultLike(0), { from: 'server', ...session });
    expect(verdict.messageType).toBe('response');
    expect(verdict.method).toBe('tools/call');
    expect(verdict.tool).toBe('read_file');
  });

  it('carries the message id in the verdict, keeping its JSON type, and none for a notification or an id of another type', async () => {
    const guard = createGuard();
    expect((await guard.inspect(toolCall(3), { from: 'client' })).id).toBe(3);
    expect((await guard.inspect(JSON.stringify(resultLike('3')), { from: 'server' })).id).toBe('3');
    expect((await guard.inspect(Buffer.from('{"jsonrpc":"2.0","id":4,"error":{"code":-1,"message":"no"}}'), { from: 'server' })).id).toBe(4);
    expect((await guard.inspect({ jsonrpc: '2.0', method: 'notifications/initialized' }, { from: 'client' })).id).toBeUndefined();
    expect((await guard.inspect({ jsonrpc: '2.0', id: 1.5, method: 'ping' }, { from: 'client' })).id).toBeUndefined();
    expect((await guard.inspect('[{"jsonrpc":"2.0","id":1,"method":"ping"}]', { from: 'client' })).id).toBeUndefined();
  });

  it('falls back to shape inference when the request was not seen', async () => {
    const verdict = await createGuard().inspect(resultLike(7), { from: 'server' });
    expect(verdict.method).toBe('resources/read');
    expect(verdict.tool).toBeUndefined();
  });

  it('keeps the number 1 and the string "1" apart', async () => {
    const guard = createGuard();
    await guard.inspect(toolCall(1), { from: 'client' });
    expect((await guard.inspect(resultLike('1'), { from: 'server' })).method).toBe('resources/read');
    expect((await guard.inspect(resultLike(1), { from: 'server' })).method).toBe('tools/call');
  });

  it('isolates sessions', async () => {
    const guard = createGuard();
    await guard.inspect(toolCall(5), { from: 'client', sessionId: 'a' });
    expect((await guard.inspect(resultLike(5), { from: 'server', sessionId: 'b' })).tool).toBeUndefined();
    expect((await guard.inspect(resultLike(5), { from: 'server', sessionId: 'a' })).tool).toBe('read_file');
  });

  it('isolates servers within a session', async () => {
    const guard = createGuard();
    await guard.inspect(toolCall(5, 'search'), { from: 'client', sessionId: 's', serverId: 'one' });
    await guard.inspect(toolCall(5, 'fetch'), { from: 'client', sessionId: 's', serverId: 'two' });
    expect((await guard.inspect(resultLike(5), { from: 'server', sessionId: 's', serverId: 'two' })).tool).toBe('fetch');
    expect((await guard.inspect(resultLike(5), { from: 'server', sessionId: 's', serverId: 'one' })).tool).toBe('search');
  });

  it('forgets a request once it is answered', async () => {
    const guard = createGuard();
    await guard.inspect(toolCall(3), { from: 'client' });
    expect((await guard.inspect(resultLike(3), { from: 'server' })).tool).toBe('read_file');
    expect((await guard.inspect(resultLike(3), { from: 'server' })).tool).toBeUndefined();
  });

  it('correlates error responses with their request', async () => {
    const guard = createGuard();
    await guard.inspect(toolCall(9, 'deploy'), { from: 'client' });
    const verdict = await guard.inspect({ jsonrpc: '2.0', id: 9, error: { code: -32000, message: 'failed' } }, { from: 'server' });
    expect(verdict).toMatchObject({ messageType: 'error', method: 'tools/call', tool: 'deploy' });
  });

  it('does not remember blocked requests, which never reach the server', async () => {
    const guard = createGuard();
    const blocked = await guard.inspect(
      { jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'read_file', arguments: { path: '../../../etc/shadow' } } },
      { from: 'client' },
    );
    expect(blocked.action).toBe('block');
    expect((await guard.inspect(resultLike(4), { from: 'server' })).tool).toBeUndefined();
  });

  it('keeps at most state.maxEntries entries in the default store, forgetting the oldest', async () => {
    const guard = createGuard({ state: { maxEntries: 10 } });
    for (let id = 0; id < 100; id++) await guard.inspect(toolCall(id), { from: 'client', sessionId: `s${id % 3}` });
    expect((await guard.inspect(resultLike(0), { from: 'server', sessionId: 's0' })).tool).toBeUndefined();
    expect((await guard.inspect(resultLike(99), { from: 'server', sessionId: 's0' })).tool).toBe('read_file');
  });

  it('forgets pending requests after their time to live', async () => {
    const guard = createGuard({ correlation: { ttlMs: 20 } });
    await guard.inspect(toolCall(1), { from: 'client' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await guard.inspect(resultLike(1), { from: 'server' })).tool).toBeUndefined();
  });
});

describe('correlation in a shared store', () => {
  it('lets a second guard on the same store settle a request the first one saw', async () => {
    const store = createMemoryStore();
    const first = createGuard({ store });
    const second = createGuard({ store });
    await first.inspect(toolCall(5, 'lookup'), { from: 'client', sessionId: 'shared' });
    const verdict = await second.inspect(resultLike(5), { from: 'server', sessionId: 'shared' });
    expect(verdict.tool).toBe('lookup');
  });
});
