import { createHook } from 'node:async_hooks';

import { describe, expect, it } from 'vitest';

import { createMemoryStore, isVanguardError } from '@vanguard/core';

import { describeStateStore } from '../../../test/shared/state-store-suite.js';

describeStateStore('memory', () => createMemoryStore());

describe('the in-memory store', () => {
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
