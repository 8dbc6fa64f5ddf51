import type { DefinitionKey } from './state/definitions.js';

/**
 * A bounded map of recent results, least recently used first out: what the guard remembers of texts and
 * tool definitions servers send again and again (the same tool list every session, the same schema words
 * in every tool). A capacity of 0 remembers nothing; the least recently used
 * entries go first (roughly: see below).
 */
export class Recent<K, V> {
  // Two generations instead of a strict LRU order: a hit costs a lookup (an entry of the old generation
  // moves to the young one), not a delete and an insert per hit. When the young generation is full it
  // becomes the old one and the old one is dropped, so at most `capacity` entries are kept.
  #young = new Map<K, V>();
  #old = new Map<K, V>();
  readonly #half: number;
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#half = Math.ceil(capacity / 2);
    this.#capacity = capacity;
  }

  get(key: K): V | undefined {
    const value = this.#young.get(key);
    if (value !== undefined) return value;
    const old = this.#old.get(key);
    if (old !== undefined) {
      this.#old.delete(key);
      this.set(key, old);
    }
    return old;
  }

  set(key: K, value: V): void {
    if (this.#half === 0) return;
    // Asked only when full (most sets are not): whether the key is a new entry.
    if ((this.#young.size >= this.#half || this.#young.size + this.#old.size >= this.#capacity) && !this.#young.has(key)) {
      if (this.#young.size >= this.#half) {
        this.#old = this.#young;
        this.#young = new Map();
      }
      // An odd capacity: two full generations would hold one entry more than it, so the oldest goes.
      if (this.#young.size + this.#old.size >= this.#capacity) this.#old.delete(this.#old.keys().next().value as K);
    }
    this.#young.set(key, value);
  }

  get size(): number {
    return this.#young.size + this.#old.size;
  }
}

/** What is remembered of texts, by text: a {@link RecentTexts}, or what a layer keeps with the guard's readings. */
export interface TextMemo<V> {
  /** Whether results for `text` are kept. */
  keeps(text: string): boolean;
  get(text: string): V | undefined;
  set(text: string, value: V): void;
}

/**
 * A {@link Recent} keyed by texts, within the guard's cache bounds: results for a text longer than
 * `maxTextLength` are never kept, and a capacity of 0 keeps none.
 */
export class RecentTexts<V> implements TextMemo<V> {
  readonly #recent: Recent<string, V>;
  /** Longest text whose results are kept; -1 when none are. */
  readonly maxTextLength: number;

  constructor(bounds: CacheBounds) {
    this.#recent = new Recent(bounds.maxEntries);
    this.maxTextLength = bounds.maxEntries === 0 ? -1 : bounds.maxTextLength;
  }

  /** Whether results for `text` are kept. */
  keeps(text: string): boolean {
    return text.length <= this.maxTextLength;
  }

  get(text: string): V | undefined {
    return this.keeps(text) ? this.#recent.get(text) : undefined;
  }

  set(text: string, value: V): void {
    if (this.keeps(text)) this.#recent.set(text, value);
  }

  /** How many texts have results kept. */
  get size(): number {
    return this.#recent.size;
  }

  /** The result for `text`: the one kept, or `make(text)` (kept when the text may be). */
  of(text: string, make: (text: string) => V): V {
    if (!this.keeps(text)) return make(text);
    let value = this.#recent.get(text);
    if (value === undefined) {
      value = make(text);
      this.#recent.set(text, value);
    }
    return value;
  }
}

/**
 * A {@link Recent} keyed by tool definitions (see definitionKey), within the guard's cache bounds: results
 * for a definition whose JSON is longer than `maxTextLength` are never kept, and a capacity of 0 keeps none.
 */
export class RecentDefinitions<V> {
  readonly #recent: Recent<DefinitionKey, V>;
  readonly #maxSize: number;

  constructor(bounds: CacheBounds) {
    this.#recent = new Recent(bounds.maxEntries);
    this.#maxSize = bounds.maxEntries === 0 ? -1 : bounds.maxTextLength;
  }

  get(key: DefinitionKey): V | undefined {
    return key.size <= this.#maxSize ? this.#recent.get(key) : undefined;
  }

  set(key: DefinitionKey, value: V): void {
    if (key.size <= this.#maxSize) this.#recent.set(key, value);
  }
}

/** Bounds of the guard's caches (the `caches` option). */
export interface CacheBounds {
  /** Most results each cache keeps. */
  readonly maxEntries: number;
  /** Longest text whose results are kept. */
  readonly maxTextLength: number;
}

/** Remembers nothing: for the parts built outside a guard (tools, tests) unless told otherwise. */
export const noCaches: CacheBounds = Object.freeze({ maxEntries: 0, maxTextLength: 0 });
