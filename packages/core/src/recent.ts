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

/** A long text and what is kept for it, in the chain of texts that share its fingerprint (newest first). */
class Kept<V> {
  constructor(
    readonly text: string,
    public value: V,
    public next: Kept<V> | undefined,
  ) {}
}

/**
 * Texts up to this long are their own keys; longer ones are found by their {@link fingerprint}. The values
 * of a small call or answer (paths, commands, file names) stay below it: hashing them is as quick as a
 * fingerprint, and a fingerprint per look-up cost a small request and its answer ~0.5 µs.
 */
const shortText = 128;
/** Most texts kept under one fingerprint: a look-up compares at most this many. */
const maxChain = 4;

/**
 * A number for a text longer than 32 characters (the caches ask it only past {@link shortText}), equal for
 * equal texts, read from its length and 32 of its characters: its first 8, its last 16 and 8 spread in
 * between. Hashing a fresh string reads every character (a tool description: 400), and a text met once is
 * hashed for nothing. Texts that differ only between the characters read (a template filled with words of
 * one length) share a fingerprint: they are kept side by side, told apart by comparing them.
 */
export function fingerprint(text: string): number {
  // A text is mostly looked up and then kept, or kept under a clause's and then a reading's cache: a third
  // of a cold tool list's fingerprints are of the text fingerprinted just before (the same string).
  if (text === lastText) return lastPrint;
  lastText = text;
  return (lastPrint = sampledPrint(text, 8));
}

/** The text {@link fingerprint} read last and its number (one text kept alive: the last one asked). */
let lastText = '';
let lastPrint = 0;

/**
 * {@link fingerprint} read from 16 characters: the first 4, the last 8 and 4 spread in between. For the
 * clause memo: a clause is a slice of its piece, where each character read costs ~40 instructions (the
 * string's form is dispatched on every time), and ~220 clauses of a new tool list are looked up (a third
 * of them new). Clauses alike but for the characters skipped share a print and are told apart by comparing
 * them (of one length: a compare stops at the first difference).
 */
export function briefPrint(text: string): number {
  if (text === lastBriefText) return lastBrief;
  lastBriefText = text;
  return (lastBrief = sampledPrint(text, 4));
}

/**
 * Makes the next {@link briefPrint} of `clause`, which is the `clause.length` characters of `text` from
 * `start` (a slice of it), read them in `text`: the split that cut the clause holds its flat text, where a
 * character costs a fraction of a slice's (~38 instructions, the slice's form dispatched on each time).
 * The same number either way. Clauses of up to 32 characters are no print's (the clause memo keys them by
 * their text) and are left as they are.
 */
export function primeBriefPrint(text: string, start: number, clause: string): void {
  if (clause.length <= 32) return;
  lastBriefText = clause;
  lastBrief = sampledPrintAt(text, start, clause.length, 4);
}

/** The number of both prints, read from the text's length, its first `head` characters, its last `2 × head` and `head` spread in between. */
function sampledPrint(text: string, head: number): number {
  return sampledPrintAt(text, 0, text.length, head);
}

/** {@link sampledPrint} of the `n` characters of `text` from `from` (more than `3 × head` of them), read in `text`. */
function sampledPrintAt(text: string, from: number, n: number, head: number): number {
  let h = Math.imul(n, 0x9e3779b1);
  for (let i = from; i < from + head; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let i = from + n - 2 * head; i < from + n; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const step = ((n - 3 * head) / (head + 1)) | 0;
  for (let i = from + head + step, k = 0; k < head; k++, i += step) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // A small integer key: a look-up hashes a number, not the text.
  return (h ^ (h >>> 15)) & 0x3fffffff;
}

let lastBriefText = '';
let lastBrief = 0;

/** Whether bit `bit` of `bits` is set. */
const hasBit = (bits: Int32Array, bit: number): boolean => (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;

/** How many texts a chain holds. */
function chainLength(kept: Kept<unknown> | undefined): number {
  let n = 0;
  for (; kept !== undefined; kept = kept.next) n++;
  return n;
}

/**
 * A bounded map of recent results by text, within the guard's cache bounds: results for a text longer
 * than `maxTextLength` are never kept, and a capacity of 0 keeps none; the least recently used go first,
 * roughly, in two generations as {@link Recent} keeps them. A text of up to 128 characters is its own key
 * (its hash is quick to make, and a parsed object key has it made already); a longer one is found by its
 * {@link fingerprint} and compared with the text looked up (two strings of one length compare far faster
 * than one is hashed), so a long text met for the first time costs no hash of all its characters.
 */
export class RecentTexts<V> implements TextMemo<V> {
  // A short text's entry is its result; a fingerprint's is the chain of long texts that share it.
  #young = new Map<string | number, V | Kept<V>>();
  #old = new Map<string | number, V | Kept<V>>();
  /** Texts kept in each generation. */
  #youngSize = 0;
  #oldSize = 0;
  readonly #half: number;
  readonly #capacity: number;
  /** Longest text whose results are kept; -1 when none are. */
  readonly maxTextLength: number;
  /** Longest text that is its own key (see shortText). */
  readonly #shortText: number;
  /** Whether long texts are found by {@link briefPrint} rather than {@link fingerprint}. */
  readonly #brief: boolean;
  /**
   * The long text the last call (a `get`) missed, and the young chain of its print it walked: a memo's miss
   * is mostly followed by the `set` of the same text (`of`, the clause memo), which then needs no probe of
   * its own to find that chain. Any other call forgets it.
   */
  #missed: string | undefined = undefined;
  #missedChain: Kept<V> | undefined = undefined;
  /**
   * The prints of long texts each generation has held, one bit a print: a print whose bit is clear is not
   * in that generation's map, so a long text met for the first time (most of a new tool list's clauses)
   * costs no probe of a map of thousands (a cache miss or two each). A bit outlives its entry (moved or
   * dropped): that look-up probes the map for nothing. Cleared when its generation is made anew.
   */
  #youngPrints: Int32Array;
  #oldPrints: Int32Array;
  readonly #printMask: number;

  /**
   * `ownKeyUpTo`: the longest text that is its own key (at least 32, what a fingerprint needs). A cache of
   * fresh slices (clauses) sets it low: such a string's hash is made for the look-up alone. `brief`: long
   * texts are found by {@link briefPrint} (short texts, slices: the clause memo).
   */
  constructor(bounds: CacheBounds, ownKeyUpTo = shortText, brief = false) {
    this.#shortText = Math.max(32, ownKeyUpTo);
    this.#brief = brief;
    this.#capacity = bounds.maxEntries;
    this.#half = Math.ceil(bounds.maxEntries / 2);
    this.maxTextLength = bounds.maxEntries === 0 ? -1 : bounds.maxTextLength;
    // About 16 bits a text a generation holds (1 in 16 of the absent prints finds its bit set), 4 KB at most.
    let bits = 64;
    while (bits < this.#half * 16 && bits < 1 << 15) bits *= 2;
    this.#printMask = bits - 1;
    this.#youngPrints = new Int32Array(bits >>> 5);
    this.#oldPrints = new Int32Array(bits >>> 5);
  }

  /** Whether results for `text` are kept. */
  keeps(text: string): boolean {
    return text.length <= this.maxTextLength;
  }

  get(text: string): V | undefined {
    this.#missed = undefined;
    if (!this.keeps(text)) return undefined;
    if (text.length <= this.#shortText) {
      const value = this.#young.get(text) as V | undefined;
      if (value !== undefined) return value;
      const old = this.#old.get(text) as V | undefined;
      if (old !== undefined) {
        // Moved to the young generation: a hit keeps a text.
        this.#old.delete(text);
        this.#oldSize--;
        this.#putShort(text, old);
      }
      return old;
    }
    const key = this.#brief ? briefPrint(text) : fingerprint(text);
    const bit = key & this.#printMask;
    const chain = hasBit(this.#youngPrints, bit) ? (this.#young.get(key) as Kept<V> | undefined) : undefined;
    for (let kept = chain; kept !== undefined; kept = kept.next) if (kept.text === text) return kept.value;
    let before: Kept<V> | undefined;
    const oldChain = hasBit(this.#oldPrints, bit) ? (this.#old.get(key) as Kept<V> | undefined) : undefined;
    for (let kept = oldChain; kept !== undefined; before = kept, kept = kept.next) {
      if (kept.text !== text) continue;
      if (before !== undefined) before.next = kept.next;
      else if (kept.next !== undefined) this.#old.set(key, kept.next);
      else this.#old.delete(key);
      this.#oldSize--;
      this.#putLong(key, text, kept.value);
      return kept.value;
    }
    this.#missed = text;
    this.#missedChain = chain;
    return undefined;
  }

  set(text: string, value: V): void {
    if (!this.keeps(text)) {
      this.#missed = undefined;
      return;
    }
    if (text.length <= this.#shortText) this.#putShort(text, value);
    else this.#putLong(this.#brief ? briefPrint(text) : fingerprint(text), text, value);
  }

  /** Room for one more text: a full young generation becomes the old one, and a full cache drops its oldest entry. */
  #room(): void {
    if (this.#youngSize >= this.#half) {
      this.#old = this.#young;
      this.#oldSize = this.#youngSize;
      this.#young = new Map();
      this.#youngSize = 0;
      const prints = this.#oldPrints;
      this.#oldPrints = this.#youngPrints;
      this.#youngPrints = prints.fill(0);
    }
    // An odd capacity: two full generations would hold one text more than it, so the oldest go.
    if (this.#youngSize + this.#oldSize >= this.#capacity && this.#oldSize > 0) {
      const oldest = this.#old.keys().next().value as string | number;
      this.#oldSize -= typeof oldest === 'string' ? 1 : chainLength(this.#old.get(oldest) as Kept<V>);
      this.#old.delete(oldest);
    }
  }

  #putShort(text: string, value: V): void {
    this.#missed = undefined;
    // Asked only when full (most sets are not): whether the text is a new entry.
    if ((this.#youngSize >= this.#half || this.#youngSize + this.#oldSize >= this.#capacity) && !this.#young.has(text)) this.#room();
    const entries = this.#young.size;
    this.#young.set(text, value);
    if (this.#young.size !== entries) this.#youngSize++;
  }

  #putLong(key: number, text: string, value: V): void {
    // The chain is looked up once, or not at all after a get that missed the text: a probe of a map of
    // thousands is a cache miss or two (its bucket and entry).
    let first: Kept<V> | undefined;
    if (text === this.#missed) first = this.#missedChain;
    else if (hasBit(this.#youngPrints, key & this.#printMask)) {
      first = this.#young.get(key) as Kept<V> | undefined;
      for (let kept = first; kept !== undefined; kept = kept.next) {
        if (kept.text === text) {
          kept.value = value;
          this.#missed = undefined;
          return;
        }
      }
    }
    this.#missed = this.#missedChain = undefined;
    if (this.#youngSize >= this.#half || this.#youngSize + this.#oldSize >= this.#capacity) {
      const young = this.#young;
      this.#room();
      // A full young generation became the old one: the new one holds no chain yet.
      if (this.#young !== young) first = undefined;
    }
    const head = new Kept(text, value, first);
    this.#young.set(key, head);
    const bit = key & this.#printMask;
    this.#youngPrints[bit >>> 5]! |= 1 << (bit & 31);
    this.#youngSize++;
    // A fingerprint many texts share (crafted ones) keeps the latest few: a look-up compares no more.
    let kept: Kept<V> = head;
    for (let n = 1; n < maxChain && kept.next !== undefined; n++) kept = kept.next;
    if (kept.next !== undefined) {
      this.#youngSize -= chainLength(kept.next);
      kept.next = undefined;
    }
  }

  /** How many texts have results kept. */
  get size(): number {
    return this.#youngSize + this.#oldSize;
  }

  /** The result for `text`: the one kept, or `make(text)` (kept when the text may be). */
  of(text: string, make: (text: string) => V): V {
    let value = this.get(text);
    if (value === undefined) {
      value = make(text);
      this.set(text, value);
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
