import { createHook } from 'node:async_hooks';

import { describe, expect, it } from 'vitest';

import { createGuard, createMemoryStore, isVanguardError } from '@vanguard/core';

import { describeStateStore } from '../../../test/shared/state-store-suite.js';

describeStateStore('memory', () => createMemoryStore());

describe('the in-memory store', () => {
  it('does not fill up with answered requests: a session keeps its state however many ids it uses', async () => {
    const store = createMemoryStore({ maxEntries: 50 });
    const guard = createGuard({ store });
    const tools = { jsonrpc: '2.0', id: 'list', result: { tools: [{ name: 'read_file', inputSchema: { type: 'object', properties: { path: { type: 'string' } } } }] } };
    await guard.inspect({ jsonrpc: '2.0', id: 'list', method: 'tools/list' }, { from: 'client', sessionId: 's' });
    await guard.inspect(tools, { from: 'server', sessionId: 's' });
    const held = store.size;
    for (let id = 0; id < 500; id++) {
      await guard.inspect({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'read_file', arguments: { path: `src/f${id}.ts` } } }, { from: 'client', sessionId: 's' });
      await guard.inspect({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: 'export {};' }] } }, { from: 'server', sessionId: 's' });
    }
    // Each answer took its request's entry: the store holds what it held, plus the session's counters.
    expect(store.size).toBeLessThan(held + 10);
    expect(store.get('tools:s:default::inventory')).toBeDefined();
  });

  it('takes the last entry it holds as well', () => {
    const store = createMemoryStore();
    store.set('only', 1, 60_000);
    expect(store.take('only')).toBe(1);
    expect(store.get('only')).toBeUndefined();
    expect(store.take('only')).toBeUndefined();
  });

  it('never holds more than maxEntries entries', () => {
    const store = createMemoryStore({ maxEntries: 50 });
    for (let i = 0; i < 10_000; i++) store.set(`k${i}`, i, 60_000);
    expect(store.size).toBe(50);
    expect(store.get('k9999')).toBe(9999);
    expect(store.get('k0')).toBeUndefined();
  });

  it('caps every TTL at maxTtlMs', async () => {
    const store = createMemoryStore({ maxTtlMs: 20 });
    store.set('long', 'asked for an hour', 3_600_000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(store.get('long')).toBeUndefined();
  });

  it('answers synchronously, so a guard on it never waits on I/O', () => {
    const store = createMemoryStore();
    store.set('k', 1, 1000);
    expect(store.get('k')).toBe(1);
    expect(store.increment('c', 2, 1000)).toBe(2);
  });

  it('rejects bounds that are not positive integers', () => {
    let error: unknown;
    try {
      createMemoryStore({ maxEntries: 0 });
    } catch (e) {
      error = e;
    }
    expect(isVanguardError(error) && error.code).toBe('VG_ERR_INVALID_OPTIONS');
  });
});

describe('the in-memory store and timers', () => {
  it('starts no timer when it reads, writes or counts', async () => {
    const store = createMemoryStore();
    store.set('a', 1, 60_000);
    // After an idle moment, as between two messages.
    await new Promise((resolve) => setTimeout(resolve, 5));
    let timers = 0;
    const hook = createHook({
      init(_id, type) {
        if (type === 'Timeout') timers++;
      },
    }).enable();
    try {
      expect(store.get('a')).toBe(1);
      store.set('b', 2, 60_000);
      expect(store.take('b')).toBe(2);
      store.increment('c', 1, 60_000);
      store.hit('d', Date.now(), 1000);
    } finally {
      hook.disable();
    }
    expect(timers).toBe(0);
  });
});
