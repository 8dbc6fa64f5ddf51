/**
 * What a stored value weighs, for the in-memory store's byte bound: the characters of its JSON text, each
 * string counted as it is (the measure preflight and the definition keys use). Heap use is a small multiple
 * of it. Pins and inventories hold members made when first read (see keptKey in definitions.ts): reading
 * them to weigh them would make them, so such an object is weighed by what it is made from, never read.
 * That is a definition key, whose copy every pin and record of the same definition shares (each session's
 * inventory of one server holds the same keys): a key's copy is counted in the first value weighed that
 * holds it, and each later one adds only its own members.
 */
import { type DefinitionKey, keyKept } from './definitions.js';

/** Where a maker writes what a value it makes is made from (see {@link declareKeyed}). */
const declared: unique symbol = Symbol('made from');

/** The definition keys a value's later members are made from, and what it weighs besides. */
interface MadeFrom {
  readonly keys: readonly DefinitionKey[];
  readonly bytes: number;
}

type Declared = { readonly [declared]?: MadeFrom };

/**
 * Says that `target`'s members are made later from `keys` (a list's pins or records), and that it weighs
 * `bytes` besides: it is weighed by them, its members not read.
 */
export function declareKeyed(target: object, keys: readonly DefinitionKey[], bytes: number): void {
  const from: MadeFrom = { keys, bytes };
  Object.defineProperty(target, declared, { value: from });
}

/** Added for each object whose members are made later from a definition: its own few members. */
const laterOverhead = 96;

/** What an object made later from `key` weighs: its members, and the key's copy if no value weighed counted it yet. */
function keyBytes(key: DefinitionKey): number {
  if (key.weighed) return laterOverhead;
  key.weighed = true;
  return key.size + laterOverhead;
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
      const from = (item as Declared)[declared];
      if (from !== undefined) {
        bytes += from.bytes + 2;
        for (let i = 0; i < from.keys.length; i++) bytes += keyBytes(from.keys[i]!);
        continue;
      }
      const key = keyKept(item);
      if (key !== undefined) {
        bytes += keyBytes(key);
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
