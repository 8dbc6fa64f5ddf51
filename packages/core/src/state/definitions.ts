/**
 * Tool definitions told apart by what they hold rather than by their JSON text. Servers list the same tools
 * every session, each time as new objects; what the guard remembers per definition (its hash, its
 * instruction findings, its inventory record) is kept by a {@link DefinitionKey}, the same object for every
 * definition with the same members in the same order. A definition met before is recognized by comparing
 * it member by member with a copy of the one seen: a fraction of writing its JSON text (about 5 µs for a
 * 1 KB tool) and of hashing that text to look it up.
 */

import { prototypeLendsKeys } from '../records.js';

const sizeBits = 0x7fff;
const ownBit = 0x8000;
const weighedBit = 0x10000;
const metAgainBit = 0x20000;

/** The identity of a plain JSON definition while it is remembered (see {@link definitionKey}). */
export class DefinitionKey {
  /** The name it is filed under. */
  readonly name: string;
  /** A copy, in the order sent, that later definitions are compared with (see {@link flatten}). */
  readonly #copy: readonly unknown[];
  /**
   * The SHA-256 of its stable JSON, once written (see definitionHash): what drift pins, the inventory and a
   * lockfile compare, the same for every definition with this key.
   */
  hash: string | undefined = undefined;
  /** Where the store's queue holds it (see definitionKey): moved to the back when it is found again. */
  turn = -1;
  /**
   * Its size (below 2^15: a copy stops at 16 Ki), then `own` and `weighed` as bits: one small integer, not
   * three members (a key is kept for every tool of every server the store remembers).
   */
  #bits: number;
  /**
   * The copy's own `description` when it is a string (the copy's string): what {@link matches} tells a
   * parsed definition apart by, read off the key rather than found in the copy. A list's tools are each
   * compared with up to 4 copies of their name, kept since older lists and out of the cache by then: the
   * copy and its list of keys were ~19 misses of the 1 MB L2 a tool of a fresh list (callgrind's cache
   * simulation, pair-profile.mjs --fresh --cache).
   */
  readonly #description: string | undefined;

  constructor(copy: readonly unknown[], size: number, name: string, own: boolean) {
    this.#copy = copy;
    this.name = name;
    this.#bits = size | (own ? ownBit : 0);
    this.#description = this.stringMember('description');
  }

  /** Characters of its JSON text, each string counted as it is (unescaped). */
  get size(): number {
    return this.#bits & sizeBits;
  }

  /**
   * Whether its copy holds the definition's own members only: made while Object.prototype lent no
   * enumerable key (for-in, which made the copy, lists those too). Only then is {@link value} the definition.
   */
  get own(): boolean {
    return (this.#bits & ownBit) !== 0;
  }

  /**
   * Whether a definition made after the one it was made of matched its copy (a later list, or the same tool
   * listed twice): until then only the message it came in has met it. A cache of what is read per definition
   * may keep it from then on: most definitions of a server met once (a cold list) are never met again.
   */
  get metAgain(): boolean {
    return (this.#bits & metAgainBit) !== 0;
  }

  /** Marks it {@link metAgain}. */
  foundAgain(): void {
    this.#bits |= metAgainBit;
  }

  /** Whether a value a state store weighed counted its copy (see value-bytes.ts): later ones share it. */
  get weighed(): boolean {
    return (this.#bits & weighedBit) !== 0;
  }

  set weighed(weighed: boolean) {
    this.#bits = weighed ? this.#bits | weighedBit : this.#bits & ~weighedBit;
  }

  /**
   * The definition again, as JSON.parse of its text gives it (an own `__proto__` member as an own member):
   * what pins and records rebuild their sorted parts and hash from, when asked, instead of keeping them.
   */
  value(): unknown {
    reading = 0;
    return valueAt(this.#copy);
  }

  /**
   * The definition's own member `name` when it is a string, read in place (no part of the definition
   * rebuilt): the first definition's string, which every later one with this key shares rather than
   * keeping its own equal copy.
   */
  stringMember(name: string): string | undefined {
    const at = memberAt(this.#copy, name);
    const token = at < 0 ? undefined : this.#copy[at];
    return typeof token === 'string' ? token : undefined;
  }

  /**
   * What the definition's own member `name` is, read in place: undefined when it has none, the list of its
   * keys when it is an object, null when it is anything else (what a pin or record of it is made with).
   */
  memberKeys(name: string): readonly string[] | null | undefined {
    const at = memberAt(this.#copy, name);
    if (at < 0) return undefined;
    const token = this.#copy[at];
    return token !== arrayMark && Array.isArray(token) ? (token as readonly string[]) : null;
  }

  /** Whether `value` holds the same JSON as the copy: members in the same order, nothing that is not JSON. */
  matches(value: unknown): boolean {
    // A parsed definition (no getter runs as it is read) whose description is not the copy's is told apart
    // by that string alone: a server's next release, and most of a cold list's tools, list the same names
    // with new descriptions, each compared with the copies of its name (a walk of its keys each, ~0.7% of
    // a cold list's wall).
    if (parsed) {
      const description = (value as Record<string, unknown>)['description'];
      const kept = this.#description;
      if (typeof description === 'string' && kept !== undefined && kept !== description) return false;
    }
    return matchAt(this.#copy, 0, value) === this.#copy.length;
  }
}

// Remembered: at most 4096 definitions of up to 16 Ki characters each, 8 Mi characters in all, the one
// least recently found first out; filed by name (a name longer than 256 files under ''), at most 4 per name, so a lookup
// compares with 4 copies at most.
const maxSize = 16 * 1024;
const maxDepth = 64;
const maxKept = 4096;
const maxKeptSize = 8 * 1024 * 1024;
const perName = 4;
const byName = new Map<string, DefinitionKey[]>();
// The queue, oldest first; a key found again more than half the queue back moves to its end (its old slot
// left empty), so a definition a server lists every session stays, however many others come and go.
let kept: (DefinitionKey | undefined)[] = [];
let oldest = 0;
let live = 0;
let keptSize = 0;
// The definitions asked for last, with their keys (null: none): several layers ask for the keys of one
// list's tools in one inspection. A ring of 64 compared by identity, not a weak map: an entry per
// definition in a weak map is a hash made and an ephemeron the collector traces, for every tool of every
// list. A definition asked for again past them is found by its copy (or given a new key when forgotten).
const ringSize = 64;
const ringObjects: (object | undefined)[] = new Array<object | undefined>(ringSize).fill(undefined);
const ringKeys: (DefinitionKey | null)[] = new Array<DefinitionKey | null>(ringSize).fill(null);
let ringNext = 0;
/**
 * The slot after the last one found: the layers after the first ask for a list's tools in the order the
 * first one filed them, so the one asked next is mostly there (one comparison, not half the ring: a cold
 * list of 30 tools compared ~4,000 slots).
 */
let ringGuess = 0;

/**
 * The key of a plain JSON definition (plain objects and arrays, strings, finite numbers, booleans, null):
 * the same key for every definition holding the same members in the same order, while it is remembered.
 * Undefined for one that is not plain JSON (a Date or a boxed string reads differently from its JSON text),
 * larger than 16 Ki or nested deeper than 64: nothing is remembered of those. `json`: the definition is
 * what JSON.parse made of a message's text, seen by no other code yet (see {@link keyParsedDefinitions}).
 */
export function definitionKey(definition: object, json = false): DefinitionKey | undefined {
  if (ringObjects[ringGuess] === definition) {
    const found = ringKeys[ringGuess];
    ringGuess = (ringGuess + 1) & (ringSize - 1);
    return found ?? undefined;
  }
  // An object JSON.parse just made was asked for by no one yet: not looked for in the ring.
  for (let i = json ? ringSize : 0; i < ringSize; i++) {
    if (ringObjects[i] !== definition) continue;
    ringGuess = (i + 1) & (ringSize - 1);
    return ringKeys[i] ?? undefined;
  }
  let key: DefinitionKey | null | undefined;
  const name = (definition as Record<string, unknown>)['name'];
  const filed = typeof name === 'string' && name.length <= 256 ? name : '';
  const bucket = byName.get(filed);
  if (bucket !== undefined) {
    // (Nothing a parsed definition holds runs code as it is read: set back below, however the search ends.)
    parsed = json;
    for (let i = 0; i < bucket.length && key === undefined; i++) {
      if (!bucket[i]!.matches(definition)) continue;
      key = bucket[i]!;
      key.foundAgain();
      // First in its bucket, so a new definition of the name lets another go.
      for (let j = i; j > 0; j--) bucket[j] = bucket[j - 1]!;
      bucket[0] = key;
      if (kept.length - key.turn > maxKept >> 1) {
        kept[key.turn] = undefined;
        key.turn = kept.length;
        kept.push(key);
        compact();
      }
    }
    parsed = false;
  }
  key ??= made(definition, filed, bucket, json);
  ringObjects[ringNext] = definition;
  ringKeys[ringNext] = key;
  ringNext = (ringNext + 1) & (ringSize - 1);
  return key ?? undefined;
}

/**
 * Keys the definitions of a `tools/list` answer JSON.parse made of its text, before any other code has seen
 * them (see {@link parsed}): the layers then find each one's key among the last asked for. Only a list the
 * ring of those holds whole: past it, a layer would find each by comparing it with its copy, a cost the
 * first layer to ask does not pay now.
 */
export function keyParsedDefinitions(tools: readonly unknown[]): void {
  if (tools.length > ringSize) return;
  for (let i = 0; i < tools.length; i++) {
    const tool = tools[i];
    if (typeof tool === 'object' && tool !== null && !Array.isArray(tool)) definitionKey(tool, true);
  }
}

// Copies are written here first (`filled` slots) and kept as arrays of their own length: pushing to a new
// array reallocates it as it grows (three times for a 1 KB tool), about as much garbage again as the copy.
let scratch: unknown[] = [];
let filled = 0;
// Slots written since the scratch array was made: it is made anew past 4096 (every few lists of new tools).
// Kept, it is in the old generation, where each store of a definition's new string or object took the
// write barrier's slow path (a remembered-set entry, ~50 instructions); a new array is young until two
// scavenges have passed (tens of lists), where a store is only a store.
let written = 0;
const renewAfter = 4096;
// Every slot adds at least one character to the size, and a copy stops at 16 Ki: the array stays below this
// (it is let go if it grows past it anyway).
const maxScratch = 2 * maxSize + 8;

let writing = false;
/**
 * Whether the definition being copied, or compared with the copies of its name, is what JSON.parse made of
 * a message's text, seen by no other code yet: its arrays and objects have the plain prototypes, not asked
 * of each (a runtime call, ~120 instructions; a tool of the cold list has a dozen).
 */
let parsed = false;

function made(definition: object, name: string, bucket: DefinitionKey[] | undefined, json: boolean): DefinitionKey | null {
  // A getter that asks for a key while its object is copied gets none (the scratch array is in use).
  if (writing) return null;
  writing = true;
  parsed = json;
  let copy: unknown[] | undefined;
  let size = -1;
  try {
    filled = 0;
    if (shapes > maxShapes) {
      shapeRoot = new Shape(undefined, '', 0);
      shapes = 0;
    }
    size = flatten(definition, 0, 0);
    if (size >= 0 && size <= maxSize) copy = scratch.slice(0, filled);
  } finally {
    // What was copied is not kept alive by the scratch array, nor a large array by the module. Cleared by
    // a loop: Array.prototype.fill is a call into C++ (~1,300 instructions for a tool's 50 slots).
    if (scratch.length > maxScratch) scratch.length = 0;
    else if ((written += filled) > renewAfter) {
      scratch = [];
      written = 0;
    } else for (let i = 0; i < filled; i++) scratch[i] = undefined;
    writing = false;
    parsed = false;
  }
  if (copy === undefined) return null;
  const key = new DefinitionKey(copy, size, name, !prototypeLendsKeys());
  if (bucket === undefined) byName.set(name, [key]);
  else {
    // First in its bucket, the last let go past `perName`: shifted by hand (unshift is a builtin call).
    for (let j = bucket.length < perName ? bucket.length : perName - 1; j > 0; j--) bucket[j] = bucket[j - 1]!;
    bucket[0] = key;
  }
  // Counted until it leaves the queue, also when its bucket let it go earlier: the queue holds it until then.
  key.turn = kept.length;
  kept.push(key);
  live++;
  keptSize += key.size;
  while (live > maxKept || keptSize > maxKeptSize) {
    const first = kept[oldest];
    kept[oldest++] = undefined;
    if (first === undefined) continue;
    live--;
    keptSize -= first.size;
    forget(first);
  }
  compact();
  return key;
}

/** Drops the queue's empty slots once they outnumber what it holds, renumbering the keys' turns. */
function compact(): void {
  if (kept.length - live < 1024 + live) return;
  const next: DefinitionKey[] = [];
  for (let i = oldest; i < kept.length; i++) {
    const key = kept[i];
    if (key === undefined) continue;
    key.turn = next.length;
    next.push(key);
  }
  kept = next;
  oldest = 0;
}

/** Drops a key from its name's bucket, if it is still there. */
function forget(key: DefinitionKey): void {
  const bucket = byName.get(key.name);
  let at = bucket === undefined ? -1 : bucket.indexOf(key);
  if (at < 0) return;
  // Shifted by hand: splice would make an array of what it removes.
  for (; at + 1 < bucket!.length; at++) bucket![at] = bucket![at + 1]!;
  bucket!.length--;
  if (bucket!.length === 0) byName.delete(key.name);
}

// A copy is one array, in the order of a walk of the definition: a string, number, boolean or null as
// itself; an array as `arrayMark`, its length and its items; an object as the list of its keys, in order,
// followed by its values. One array holds a 1 KB tool in about 50 slots, with no object per node for the
// collector to trace. The lists of keys are shared: see Shape.
const arrayMark = Symbol('array');

/**
 * A sequence of keys, a node of a tree from the empty one (`shapeRoot`): one key longer than `up`. Tool
 * definitions repeat the same objects (`{type, description}`, `{readOnlyHint, destructiveHint}`, a schema's
 * `{type, properties, required}`), so a copy holds the shared list of an object's keys (`keys`, made when
 * an object first ends at the node) rather than the keys themselves: half the slots of a copy, kept as
 * long as the definition is remembered. The tree holds at most `maxShapes` nodes (and what one definition
 * adds): past that it starts again; the lists copies hold stay with them.
 */
class Shape {
  /** The keys, once an object of a copy ended here. */
  keys: readonly string[] | undefined = undefined;
  /** The sequences one key longer, by that key. */
  next: Map<string, Shape> | undefined = undefined;
  /** The key last read after these and its sequence: objects of one kind follow each other (a look-up less). */
  lastKey: string | undefined = undefined;
  last: Shape | undefined = undefined;

  constructor(
    readonly up: Shape | undefined,
    readonly key: string,
    readonly count: number,
  ) {}
}

const maxShapes = 4096;
let shapes = 0;
let shapeRoot = new Shape(undefined, '', 0);

/** The sequence of `shape`'s keys and then `key`. */
function shapeAfter(shape: Shape, key: string): Shape {
  if (shape.lastKey === key) return shape.last!;
  let next = shape.next?.get(key);
  if (next === undefined) {
    next = new Shape(shape, key, shape.count + 1);
    (shape.next ??= new Map()).set(key, next);
    shapes++;
  }
  shape.lastKey = key;
  shape.last = next;
  return next;
}

/** The list of `shape`'s keys, made once. */
function keysOf(shape: Shape): readonly string[] {
  if (shape.keys !== undefined) return shape.keys;
  const keys = new Array<string>(shape.count);
  for (let at: Shape = shape; at.up !== undefined; at = at.up) keys[at.count - 1] = at.key;
  return (shape.keys = keys);
}

// Equal strings of the copies made recently, kept once: servers repeat argument descriptions across tools
// ("Opaque pagination cursor…"), JSON.parse makes a string per occurrence, and a copy lives as long as its
// key is remembered, by this store or by a pin (see value). Short strings are internalized by JSON.parse
// already. A table of 1024 slots, each string in the slot its length and five of its characters pick (no
// hash of the whole string, which a new string would have computed for it: most strings of a new list
// are new): a string finds the one kept in its slot if they are equal, else takes its place. At most
// 1 Mi characters are kept, then the table starts afresh.
const sharedFrom = 16;
const sharedSlots = 1024;
const maxSharedSize = 1024 * 1024;
const sharedTable: (string | undefined)[] = new Array<string | undefined>(sharedSlots).fill(undefined);
let sharedSize = 0;

function shared(text: string): string {
  const n = text.length;
  let h = Math.imul(n, 0x9e3779b1) ^ text.charCodeAt(0) ^ (text.charCodeAt(n >> 2) << 6) ^ (text.charCodeAt(n >> 1) << 12);
  h ^= (text.charCodeAt(n - 1 - (n >> 2)) << 18) ^ (text.charCodeAt(n - 1) << 24);
  const slot = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 22;
  const known = sharedTable[slot];
  if (known === text) return known;
  if (known !== undefined) sharedSize -= known.length;
  if (sharedSize + n > maxSharedSize) {
    sharedTable.fill(undefined);
    sharedSize = 0;
  }
  sharedTable[slot] = text;
  sharedSize += n;
  return text;
}

/**
 * Writes the copy of plain JSON `value` to the scratch array; returns the size counted so far (characters of
 * its JSON text, strings unescaped), or -1 when it is not plain JSON or too large or too deep to keep.
 */
function flatten(value: unknown, depth: number, size: number): number {
  const scalar = flattenScalar(value, depth, size);
  if (scalar !== notScalar) return scalar;
  if (typeof value !== 'object' || value === null || depth >= maxDepth) return -1;
  if (Array.isArray(value)) {
    if (!parsed && Object.getPrototypeOf(value) !== Array.prototype) return -1;
    size += 1 + value.length;
    // Too large before a slot is written: a long array is not walked.
    if (size > maxSize) return -1;
    scratch[filled++] = arrayMark;
    scratch[filled++] = value.length;
    for (let i = 0; i < value.length && size >= 0; i++) {
      const item: unknown = value[i];
      const next = flattenScalar(item, depth + 1, size);
      size = next === notScalar ? flatten(item, depth + 1, size) : next;
    }
    return size;
  }
  if (!parsed) {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return -1;
  }
  const record = value as Record<string, unknown>;
  // Keys read with for-in, as matchAt reads them (no array of keys per object); the list of keys is written
  // in the object's first slot once they are all known.
  const keysAt = filled++;
  let shape = shapeRoot;
  size += 1;
  for (const k in record) {
    shape = shapeAfter(shape, k);
    const item = record[k];
    // Each member adds at least a character: a copy too large stops within 16 Ki slots.
    const next = flattenScalar(item, depth + 1, size + 1 + k.length + 3);
    size = next === notScalar ? flatten(item, depth + 1, size + 1 + k.length + 3) : next;
    if (size < 0) return -1;
  }
  scratch[keysAt] = keysOf(shape);
  return size > maxSize ? -1 : size;
}

/** What {@link flattenScalar} gives for an object, an array or a value JSON has not. */
const notScalar = -2;

/**
 * {@link flatten} of a string, number, boolean or null (most values of a definition: written where its
 * parent reads it, no call of the recursive function per value), else {@link notScalar}.
 */
function flattenScalar(value: unknown, depth: number, size: number): number {
  if (typeof value === 'string') {
    // Not a definition's own description or title (depth 1): those a list does not repeat.
    scratch[filled++] = value.length < sharedFrom || depth < 2 ? value : shared(value);
    size += value.length + 2;
    return size > maxSize ? -1 : size;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return -1;
    scratch[filled++] = value;
    size += numberLength(value);
    return size > maxSize ? -1 : size;
  }
  if (typeof value === 'boolean' || value === null) {
    scratch[filled++] = value;
    size += 5;
    return size > maxSize ? -1 : size;
  }
  return notScalar;
}

/** Characters of a finite number's JSON text: small integers counted without writing them. */
function numberLength(value: number): number {
  if (!Number.isInteger(value) || value <= -1e9 || value >= 1e9) return String(value).length;
  let length = value < 0 ? 2 : 1;
  for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) length++;
  return length;
}

// Where valueAt reads next in the copy it rebuilds.
let reading = 0;

/** The value whose copy starts at `copy[reading]`, rebuilt (see flatten); moves `reading` past it. */
function valueAt(copy: readonly unknown[]): unknown {
  const token = copy[reading++];
  if (token === arrayMark) {
    const length = copy[reading++] as number;
    const out = new Array<unknown>(length);
    for (let i = 0; i < length; i++) out[i] = valueAt(copy);
    return out;
  }
  // -0 as JSON.parse reads its text (0); a copy holds it as it was given.
  if (!Array.isArray(token)) return token === 0 ? 0 : token;
  const keys = token as readonly string[];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const member = valueAt(copy);
    if (k === '__proto__') Object.defineProperty(out, k, { value: member, enumerable: true, writable: true, configurable: true });
    else out[k] = member;
  }
  return out;
}

/** Where the copy of a definition's own member `name` starts in its `copy`, or -1. */
function memberAt(copy: readonly unknown[], name: string): number {
  const keys = copy[0];
  if (!Array.isArray(keys)) return -1;
  let at = 1;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === name) return at;
    at = pastValue(copy, at);
  }
  return -1;
}

/** Where the copy of the value starting at `copy[at]` ends (a copy nests at most 64 deep, see flatten). */
function pastValue(copy: readonly unknown[], at: number): number {
  const token = copy[at];
  if (token === arrayMark) {
    const length = copy[at + 1] as number;
    let next = at + 2;
    for (let i = 0; i < length; i++) next = pastValue(copy, next);
    return next;
  }
  if (!Array.isArray(token)) return at + 1;
  let next = at + 1;
  for (let i = 0; i < token.length; i++) next = pastValue(copy, next);
  return next;
}

/**
 * Where the copy of the value starting at `copy[at]` ends if `value` holds the same JSON, else -1. Strings
 * compare by content; a copy holds no NaN or infinity; 0 and -0 write the same JSON. An object's keys are
 * read with for-in, as flatten read them: own keys in the order Object.keys lists them (and enumerable
 * keys a polluted Object.prototype lends every object alike).
 */
function matchAt(copy: readonly unknown[], at: number, value: unknown): number {
  const token = copy[at];
  if (token === arrayMark) {
    if (!Array.isArray(value) || value.length !== copy[at + 1] || (!parsed && Object.getPrototypeOf(value) !== Array.prototype)) return -1;
    let next = at + 2;
    for (let i = 0; i < value.length && next >= 0; i++) next = matchAt(copy, next, value[i]);
    return next;
  }
  if (Array.isArray(token)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return -1;
    if (!parsed) {
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return -1;
    }
    const keys = token as readonly string[];
    let next = at + 1;
    let i = 0;
    for (const k in value) {
      if (i >= keys.length || keys[i++] !== k) return -1;
      next = matchAt(copy, next, (value as Record<string, unknown>)[k]);
      if (next < 0) return -1;
    }
    return i === keys.length ? next : -1;
  }
  return token === value ? at + 1 : -1;
}

/**
 * Members a pin or record of a definition with a key (one holding only its own members, see
 * {@link DefinitionKey.own}) computes from the key when first read, rather than keeping them from the start:
 * most are never read (a server met once is never compared with its pins), and a tree of sorted copies
 * kept per server is most of what the collector traced. Each is defined as an own enumerable accessor, so
 * the object reads, spreads and writes as JSON exactly as it would with the values; once read, the member
 * is redefined as the value itself (in its place: key order is kept).
 */
export const keptKey: unique symbol = Symbol('definition key');

/** An object with members computed later from its definition's key (see {@link keptKey}). */
export type Later = Record<string, unknown> & { readonly [keptKey]: DefinitionKey };

/** Marks `target` as computing its later members from `key`. */
export function keepKey(target: object, key: DefinitionKey): void {
  Object.defineProperty(target, keptKey, { value: key });
}

/** The key `value` computes its later members from, if it does (see {@link keptKey}). */
export function keyKept(value: object): DefinitionKey | undefined {
  return (value as Partial<Later>)[keptKey];
}
