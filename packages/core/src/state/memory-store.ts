import { LRUCache } from 'lru-cache';

import { VanguardError, VanguardErrorCode } from '../errors.js';
import type { JsonValue, StateStore } from '../types.js';
import { valueBytes } from './value-bytes.js';

/** Bounds of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** Most entries kept; the least recently used go first (default 100,000). */
  readonly maxEntries?: number;
  /** Longest TTL an entry may have, in milliseconds (default 24 h); longer ones are capped. */
  readonly maxTtlMs?: number;
  /**
   * Most bytes the entries weigh together, the least recently used going first (default 256 MiB): an entry
   * weighs its key and its value's JSON text (see value-bytes.ts). Entries alone do not bound memory: a
   * server's pins hold its every tool definition, so 100,000 servers met once could keep gigabytes.
   */
  readonly maxBytes?: number;
}

/** A sliding-window counter: the count of the current bucket and of the one before it. */
interface Window {
  start: number;
  current: number;
  previous: number;
}

type Entry = { readonly value: JsonValue } | { readonly counter: number } | { readonly window: Window } | { readonly taken: true };

/** What an entry's bookkeeping weighs besides its key and value (see {@link MemoryStoreOptions.maxBytes}). */
const entryOverhead = 64;

/** An entry's weight: a counter, a window or a tombstone is a few numbers. */
function entryBytes(entry: Entry, key: string): number {
  return entryOverhead + key.length + ('value' in entry ? valueBytes(entry.value) : 24);
}

const taken: Entry = Object.freeze({ taken: true });

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new VanguardError(VanguardErrorCode.InvalidOptions, `createMemoryStore: ${name} must be a positive integer`, { field: name });
  }
  return value;
}

/**
 * Events in the sliding window `(now - windowMs, now]`, estimated from two fixed buckets: all of the
 * current bucket plus the previous bucket's count weighted by the part of it the window still covers,
 * rounded up. Rounded down, a burst over a limit got through at a bucket edge: with a limit of 4, a fifth
 * event 1 ms after the edge counted 1 + ⌊4 × 0.99998⌋ = 4. One shared definition, so every store counts
 * the same way.
 */
export function slidingWindowCount(window: { start: number; current: number; previous: number }, now: number, windowMs: number): number {
  const elapsed = Math.min(Math.max(now - window.start, 0), windowMs);
  return window.current + Math.ceil((window.previous * (windowMs - elapsed)) / windowMs);
}

/** Moves a window's buckets forward to the bucket holding `now`. */
export function advanceWindow(window: { start: number; current: number; previous: number }, now: number, windowMs: number): void {
  const bucket = now - (now % windowMs);
  if (bucket === window.start) return;
  window.previous = bucket - window.start === windowMs ? window.current : 0;
  window.current = 0;
  window.start = bucket;
}

class MemoryStore implements StateStore {
  readonly name = 'memory';
  readonly #entries: LRUCache<string, Entry>;
  readonly #maxTtl: number;
  /** Options of every read: lru-cache makes an empty object per read given none (and writes its status into it). */
  readonly #read: LRUCache.GetOptions<string, Entry, unknown> = {};
  /** Options of every write, likewise reused: lru-cache reads them (and sets `status`) within the call only. */
  readonly #write: { ttl: number; status: LRUCache.Status<string, Entry, unknown> | undefined } = { ttl: 1, status: undefined };

  constructor(options: MemoryStoreOptions) {
    this.#maxTtl = positiveInteger(options.maxTtlMs, 24 * 60 * 60 * 1000, 'maxTtlMs');
    // ttlResolution 0: lru-cache otherwise remembers the time for a millisecond and starts a timer to forget
    // it, so the first read of every message that arrives more than a millisecond after the last one
    // scheduled a timer (measured: about 10 µs per such message); reading the clock costs less.
    // An entry heavier than the whole bound is not kept (lru-cache drops it as it is set).
    this.#entries = new LRUCache({
      max: positiveInteger(options.maxEntries, 100_000, 'maxEntries'),
      maxSize: positiveInteger(options.maxBytes, 256 * 1024 * 1024, 'maxBytes'),
      sizeCalculation: entryBytes,
      ttl: this.#maxTtl,
      ttlAutopurge: false,
      ttlResolution: 0,
    });
  }

  #ttl(ttlMs: number): number {
    return Math.max(1, Math.min(Math.floor(ttlMs), this.#maxTtl));
  }

  /** Writes an entry that lives `ttl` ms (already bounded), without an options object per write. */
  #put(key: string, entry: Entry, ttl: number): void {
    const write = this.#write;
    write.ttl = ttl;
    write.status = undefined;
    this.#entries.set(key, entry, write as LRUCache.SetOptions<string, Entry, unknown>);
  }

  get(key: string): JsonValue | undefined {
    const entry = this.#entries.get(key, this.#read);
    if (entry === undefined) return undefined;
    if ('value' in entry) return entry.value;
    return 'counter' in entry ? entry.counter : undefined;
  }

  set(key: string, value: JsonValue, ttlMs: number): void {
    this.#put(key, { value }, this.#ttl(ttlMs));
  }

  take(key: string): JsonValue | undefined {
    const value = this.get(key);
    if (value === undefined) return value;
    // lru-cache clears its whole backing store when its last entry is deleted: the last one becomes a
    // short-lived tombstone instead, so one-request-at-a-time traffic on an otherwise empty store does not
    // pay for that on every response. Any other is deleted: a tombstone per answered request (every id is
    // new) filled the store to its bound, where each new entry evicted an older one (of any session).
    if (this.#entries.size > 1) this.#entries.delete(key);
    else this.#put(key, taken, 1000);
    return value;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  increment(key: string, by: number, ttlMs: number): number {
    const entry = this.#entries.get(key, this.#read);
    const next = (entry !== undefined && 'counter' in entry ? entry.counter : 0) + by;
    // A counter keeps the TTL it was created with: a steady trickle must not keep it alive forever.
    const remaining = entry !== undefined && 'counter' in entry ? this.#entries.getRemainingTTL(key) : this.#ttl(ttlMs);
    this.#put(key, { counter: next }, Math.max(1, remaining));
    return next;
  }

  hit(key: string, now: number, windowMs: number): number {
    const size = Math.max(1, Math.floor(windowMs));
    const entry = this.#entries.get(key, this.#read);
    if (entry !== undefined && 'window' in entry) {
      const window = entry.window;
      const start = window.start;
      advanceWindow(window, now, size);
      window.current++;
      // The entry matters until two windows after its bucket started; only a new bucket moves that.
      if (window.start !== start) this.#put(key, entry, this.#ttl(window.start + 2 * size - now));
      return slidingWindowCount(window, now, size);
    }
    const window: Window = { start: now - (now % size), current: 1, previous: 0 };
    this.#put(key, { window }, this.#ttl(window.start + 2 * size - now));
    return slidingWindowCount(window, now, size);
  }

  /** Entries held now (expired ones may still count until they are next touched). */
  get size(): number {
    return this.#entries.size;
  }
}

/** The in-memory store: a {@link StateStore} whose answers are synchronous. */
export interface MemoryStateStore extends StateStore {
  get(key: string): JsonValue | undefined;
  set(key: string, value: JsonValue, ttlMs: number): void;
  take(key: string): JsonValue | undefined;
  delete(key: string): void;
  increment(key: string, by: number, ttlMs: number): number;
  hit(key: string, now: number, windowMs: number): number;
  /** Entries held now (expired ones may still count until they are next touched). */
  readonly size: number;
}

/**
 * The default {@link StateStore}: in-process, bounded by `maxEntries` and `maxBytes` (least recently used
 * first) and `maxTtlMs`. Answers synchronously, so a guard on it never waits on I/O.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStateStore {
  return new MemoryStore(options);
}
