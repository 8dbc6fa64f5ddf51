/**
 * Tool definitions told apart by what they hold rather than by their JSON text. Servers list the same tools
 * every session, each time as new objects; what the guard remembers per definition (its hash, its
 * instruction findings, its inventory record) is kept by a {@link DefinitionKey}, the same object for every
 * definition with the same members in the same order. A definition met before is recognized by comparing
 * it member by member with a copy of the one seen: a fraction of writing its JSON text (about 5 µs for a
 * 1 KB tool) and of hashing that text to look it up.
 */

/** The identity of a plain JSON definition while it is remembered (see {@link definitionKey}). */
export class DefinitionKey {
  /** Characters of its JSON text, each string counted as it is (unescaped). */
  readonly size: number;
  /** The name it is filed under. */
  readonly name: string;
  /** A copy, in the order sent, that later definitions are compared with. */
  readonly #copy: unknown;

  constructor(copy: unknown, size: number, name: string) {
    this.#copy = copy;
    this.size = size;
    this.name = name;
  }

  /** Whether `value` holds the same JSON as the copy: members in the same order, nothing that is not JSON. */
  matches(value: unknown): boolean {
    return same(this.#copy, value, 0);
  }
}

// Remembered: at most 4096 definitions of up to 16 Ki characters each, 8 Mi characters in all, the oldest
// first out; filed by name (a name longer than 256 files under ''), at most 4 per name, so a lookup
// compares with 4 copies at most.
const maxSize = 16 * 1024;
const maxDepth = 64;
const maxKept = 4096;
const maxKeptSize = 8 * 1024 * 1024;
const perName = 4;
const byName = new Map<string, DefinitionKey[]>();
let kept: (DefinitionKey | undefined)[] = [];
let oldest = 0;
let keptSize = 0;
const byObject = new WeakMap<object, DefinitionKey | null>();

/**
 * The key of a plain JSON definition (plain objects and arrays, strings, finite numbers, booleans, null):
 * the same key for every definition holding the same members in the same order, while it is remembered.
 * Undefined for one that is not plain JSON (a Date or a boxed string reads differently from its JSON text),
 * larger than 16 Ki or nested deeper than 64: nothing is remembered of those.
 */
export function definitionKey(definition: object): DefinitionKey | undefined {
  let key = byObject.get(definition);
  if (key !== undefined) return key ?? undefined;
  const name = (definition as Record<string, unknown>)['name'];
  const filed = typeof name === 'string' && name.length <= 256 ? name : '';
  const bucket = byName.get(filed);
  if (bucket !== undefined) {
    for (let i = 0; i < bucket.length && key === undefined; i++) if (bucket[i]!.matches(definition)) key = bucket[i]!;
  }
  key ??= made(definition, filed, bucket);
  byObject.set(definition, key);
  return key ?? undefined;
}

function made(definition: object, name: string, bucket: DefinitionKey[] | undefined): DefinitionKey | null {
  const counted = { size: 0 };
  const copy = copyJson(definition, 0, counted);
  if (copy === notJson) return null;
  const key = new DefinitionKey(copy, counted.size, name);
  if (bucket === undefined) byName.set(name, [key]);
  else {
    bucket.unshift(key);
    if (bucket.length > perName) forget(bucket[perName]!);
  }
  // Counted until it leaves the queue, also when its bucket let it go earlier: the queue holds it until then.
  kept.push(key);
  keptSize += key.size;
  while (kept.length - oldest > maxKept || keptSize > maxKeptSize) {
    const first = kept[oldest]!;
    kept[oldest++] = undefined;
    keptSize -= first.size;
    forget(first);
  }
  if (oldest > 1024 && oldest * 2 > kept.length) {
    kept = kept.slice(oldest);
    oldest = 0;
  }
  return key;
}

/** Drops a key from its name's bucket, if it is still there. */
function forget(key: DefinitionKey): void {
  const bucket = byName.get(key.name);
  const at = bucket === undefined ? -1 : bucket.indexOf(key);
  if (at < 0) return;
  bucket!.splice(at, 1);
  if (bucket!.length === 0) byName.delete(key.name);
}

const notJson = Symbol('not JSON');

/** A copy of plain JSON in the same order, or `notJson` (also when too large or too deep to keep). */
function copyJson(value: unknown, depth: number, counted: { size: number }): unknown {
  if (typeof value === 'string') {
    counted.size += value.length + 2;
    return counted.size > maxSize ? notJson : value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return notJson;
    counted.size += String(value).length;
    return value;
  }
  if (typeof value === 'boolean' || value === null) {
    counted.size += 5;
    return value;
  }
  if (typeof value !== 'object' || depth >= maxDepth) return notJson;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return notJson;
    counted.size += 1 + value.length;
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = copyJson(value[i], depth + 1, counted);
      if (item === notJson) return notJson;
      out.push(item);
    }
    return out;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return notJson;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  counted.size += 1 + keys.length;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    counted.size += k.length + 3;
    const member = copyJson(record[k], depth + 1, counted);
    if (member === notJson) return notJson;
    // An own member named __proto__, as JSON.parse makes it (an assignment would set the prototype).
    if (k === '__proto__') Object.defineProperty(out, k, { value: member, enumerable: true, writable: true, configurable: true });
    else out[k] = member;
  }
  return out;
}

/** Whether `value` equals `copy` (plain JSON), in member order; anything that is not JSON differs. */
function same(copy: unknown, value: unknown, depth: number): boolean {
  // Strings compare by content; a NaN or an infinity is never in a copy. 0 and -0 write the same JSON.
  if (copy === value) return true;
  if (typeof copy !== 'object' || copy === null || typeof value !== 'object' || value === null || depth >= maxDepth) return false;
  if (Array.isArray(copy)) {
    if (!Array.isArray(value) || value.length !== copy.length || Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < copy.length; i++) if (!same(copy[i], value[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  const a = copy as Record<string, unknown>;
  const b = value as Record<string, unknown>;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== others[i] || !same(a[k], b[k], depth + 1)) return false;
  }
  return true;
}
