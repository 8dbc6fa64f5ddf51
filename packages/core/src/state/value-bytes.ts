/**
 * What a stored value weighs, for the in-memory store's byte bound: the characters of its JSON text, each
 * string counted as it is (the measure preflight and the definition keys use). Heap use is a small multiple
 * of it. Pins and inventories hold members made when first read (see keptKey in inventory.ts): reading them
 * to weigh them would make them, so such an object is weighed by what it is made from (its definition's
 * size, or a size its maker declared), never read.
 */
import { type DefinitionKey, keyKept } from './definitions.js';

/** Where a maker writes what a value it makes weighs (see {@link declareBytes}). */
const declared: unique symbol = Symbol('bytes');

type Declared = { readonly [declared]?: number };

/** Says that `target` weighs `bytes` (its members are not read to weigh it); returns it. */
export function declareBytes<T extends object>(target: T, bytes: number): T {
  Object.defineProperty(target, declared, { value: bytes });
  return target;
}

/** Added for each object whose members are made later from a definition: its own few members. */
const laterOverhead = 96;

/** What the objects made later from `keys` weigh (a list's pins or records), without making them. */
export function keyedBytes(keys: readonly DefinitionKey[]): number {
  let bytes = 2;
  for (let i = 0; i < keys.length; i++) bytes += keys[i]!.size + laterOverhead;
  return bytes;
}

// Values waiting to be weighed (weighing never nests: no getter runs while it does).
const pending: unknown[] = [];
/** Values weighed at most: a value that is not JSON (a cycle) stops there, weighing at least what was counted. */
const maxVisited = 1 << 20;

/**
 * The weight of a JSON value as stored (see the file comment). Iterative (a deep value cannot exhaust the
 * stack), linear in the value, and reading no accessor of an object that declared its weight or keeps a key.
 */
export function valueBytes(value: unknown): number {
  let bytes = 0;
  let top = 0;
  let visited = 0;
  pending[top++] = value;
  while (top > 0 && ++visited <= maxVisited) {
    const item = pending[--top];
    pending[top] = undefined;
    if (typeof item === 'string') bytes += item.length + 2;
    else if (typeof item === 'number') bytes += 8;
    else if (typeof item !== 'object' || item === null) bytes += 5;
    else {
      const known = (item as Declared)[declared];
      if (known !== undefined) {
        bytes += known;
        continue;
      }
      const key = keyKept(item);
      if (key !== undefined) {
        bytes += key.size + laterOverhead;
        continue;
      }
      if (Array.isArray(item)) {
        bytes += 2 + item.length;
        for (let i = 0; i < item.length; i++) pending[top++] = item[i];
      } else {
        bytes += 2;
        for (const k in item) {
          bytes += k.length + 4;
          pending[top++] = (item as Record<string, unknown>)[k];
        }
      }
    }
  }
  // Nothing is held once weighed, nor a large array.
  if (pending.length > 4096) pending.length = 0;
  else pending.fill(undefined, 0, top);
  return bytes;
}
