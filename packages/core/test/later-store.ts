import { createMemoryStore, type StateStore } from '@vanguard/core';

/**
 * The memory store answering every call a turn of the event loop later, as a shared store (Redis) does.
 * With a seed, each answer comes back after a number of turns (0–7) that depends on the key and the seed,
 * so answers arrive in other orders than they were asked for.
 */
export function laterStore(seed?: number): StateStore {
  const inner = createMemoryStore();
  const turns = (key: string): number => {
    if (seed === undefined) return 1;
    let h = seed;
    for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
    return Math.abs(h) % 8;
  };
  const later = async <T>(key: string, value: T): Promise<T> => {
    for (let i = turns(key); i > 0; i--) await Promise.resolve();
    return value;
  };
  return {
    name: 'later',
    get: (key) => later(key, inner.get(key)),
    set: (key, value, ttlMs) => later(key, inner.set(key, value, ttlMs)),
    take: (key) => later(key, inner.take(key)),
    delete: (key) => later(key, inner.delete(key)),
    increment: (key, by, ttlMs) => later(key, inner.increment(key, by, ttlMs)),
    hit: (key, now, windowMs) => later(key, inner.hit(key, now, windowMs)),
  };
}
