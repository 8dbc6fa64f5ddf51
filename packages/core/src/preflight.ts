import type { Limits } from './options.js';
import { asciiKeysCollide, type KeyCensus, keysMayDiffer } from './protocol/differentials.js';
import { prototypeLendsKeys } from './records.js';
import type { Finding } from './types.js';

/**
 * A block finding made by the engine itself (size and shape gates, protocol checks, internal errors).
 * Its layer and family are the rule id's prefix: `preflight/…`, `protocol/…`, `engine/…`.
 */
export function engineFinding(rule: string, message: string, path: readonly (string | number)[] = []): Finding {
  const family = rule.slice(0, rule.indexOf('/'));
  return { layer: family, rule, family, severity: 'high', action: 'block', message, path, deterministic: true };
}

const finding = engineFinding;

// eslint-disable-next-line no-control-regex -- every character outside ASCII
const nonAscii = /[^\x00-\x7f]/;

/** UTF-8 length of a string without allocating. */
export function utf8Length(text: string): number {
  // The ASCII before the first other character is a byte each; the regex engine finds that character
  // about twice as fast as a loop (most messages are all ASCII).
  const first = text.search(nonAscii);
  if (first < 0) return text.length;
  let bytes = first;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Checks depth, array length, object width, string length, node count and (for parsed input) an
 * estimate of the size, without recursion. Returns the first limit exceeded as a block finding. With a
 * `census`, also counts the objects' keys, notes keys servers may read differently and, for a message
 * parsed from a text (`knownBytes` given), gives the fewest characters a JSON text of it can have (see
 * KeyCensus; complete only when no limit is exceeded). `json`: the message is what JSON.parse made of a
 * text, which no other code has seen yet, so each of its objects has Object.prototype for its prototype
 * (not asked of each object: a runtime call, ~120 instructions an object).
 */
export function checkStructure(root: unknown, limits: Limits, knownBytes: number | undefined, census?: KeyCensus, json = false): Finding | undefined {
  stack[0] = root;
  depths[0] = 1;
  let cleared = false;
  try {
    // Object.prototype lends no key (as it should): for-in over an object inheriting it reads its own keys alone.
    const plain = !prototypeLendsKeys();
    let found = walkStructure(limits, knownBytes, census, plain, json, true);
    if (found === countAgain) {
      // Past the node limit with scalars counted as they were met: walked again, every value counted as
      // it is taken, so the first limit met is the one a walk in that order meets (a rare, bounded second pass).
      stack[0] = root;
      depths[0] = 1;
      if (census !== undefined) {
        census.keys = 0;
        census.suspect = false;
      }
      found = walkStructure(limits, knownBytes, census, plain, json, false);
    }
    cleared = found === undefined;
    return found;
  } finally {
    // Nothing of this message stays reachable from here once it is checked. A walk to the end cleared each
    // slot as it took it (not the whole stack after it: its room is that of the largest message yet); one
    // that stopped at a limit or threw left some behind.
    if (stack.length > keptRoom) stack.length = depths.length = 0;
    else if (!cleared) stack.fill(undefined);
    if (objectKeys.length > keptRoom) objectKeys.length = 0;
    else if (!cleared) objectKeys.fill(undefined);
    else for (let i = 0; i < keysWritten; i++) objectKeys[i] = undefined;
    keysWritten = 0;
  }
}

// Two parallel stacks rather than a [value, depth] pair per node (no allocation per value), kept between
// checks (one runs to its end before the next begins) and indexed by hand, so they keep their room: a
// small message's check allocates none. A very large message's check gives its room back. The stack of
// values is made anew once a check has taken `renewAfter` nodes: kept between messages, the old one is in
// the old generation, where every store of the message's new objects took the write barrier's slow path
// (a remembered-set entry, ~50 instructions each); a new array is young, where a store is only a store.
let stack: unknown[] = [];
const depths: number[] = [];
const keptRoom = 1024;
const renewAfter = 256;
/** The keys of the object being read, asked of {@link mayDiffer} in place (no array made per object); emptied after each check. */
const objectKeys: (string | undefined)[] = [];
/**
 * How many of `objectKeys` a check that ran to its end wrote (its widest object): only those are cleared
 * after it, in place (`fill` is a runtime call, and clears the room of the widest object of any earlier
 * message). A check that stopped early clears them all.
 */
let keysWritten = 0;


/** What a key is to {@link keysMayDiffer}: folds to itself (ASCII without capitals), or these bits. */
const capitals = 1;
const outsideAscii = 2;
const prototypeKey = 4;

/**
 * How a key may make its object's keys read differently (see {@link keysMayDiffer}): 0 for ASCII without
 * upper-case letters (such keys fold to themselves, so distinct ones stay distinct), else the bits above.
 */
export function foldOf(key: string): number {
  // Keys recur (every tool has `inputSchema`, every argument `description`): a short one is read once
  // while it holds its slot, picked by its length and end characters (no hash of the key), compared by `===`.
  const n = key.length;
  if (n === 0 || n > foldKeptLength) return foldRead(key);
  const slot = (n * 7 + key.charCodeAt(0) * 31 + key.charCodeAt(n - 1)) & (foldSlots - 1);
  if (foldKeys[slot] === key) return foldBits[slot]!;
  const fold = foldRead(key);
  foldKeys[slot] = key;
  foldBits[slot] = fold;
  return fold;
}

/** Keys whose {@link foldOf} was read last, by slot, and what it was (keys only: no message is kept). */
const foldSlots = 256;
const foldKeptLength = 64;
const foldKeys: (string | undefined)[] = new Array<string | undefined>(foldSlots).fill(undefined);
const foldBits = new Uint8Array(foldSlots);

/** {@link foldOf}, read from the key's characters. */
export function foldRead(key: string): number {
  let fold = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c > 0x7f) return outsideAscii;
    if (c >= 0x41 && c <= 0x5a) fold = capitals;
  }
  return key === '__proto__' || key === 'prototype' ? prototypeKey : fold;
}

/**
 * {@link keysMayDiffer} of the first `count` of `keys`, given the bits of {@link foldOf} of them all: its
 * answer without reading the keys again (a tool has a capital in `inputSchema`, and so do most objects of
 * a tool list).
 */
function mayDiffer(keys: readonly (string | undefined)[], count: number, folds: number): boolean {
  if (folds & prototypeKey) return true;
  if (count < 2) return false;
  return (folds & outsideAscii) !== 0 || ((folds & capitals) !== 0 && asciiKeysCollide(keys, count));
}

/**
 * {@link mayDiffer} of the first `count` of `objectKeys` (`lengths`: their lengths, folded as the walk
 * folds them), remembered for the last key lists met: a message repeats a few kinds of object (every tool's
 * `name, title, description, inputSchema, annotations`, every argument's `type, description`), and JSON.parse
 * gives each key of a kind as the same string, so a list met before is known by comparing its keys by
 * identity, not by reading each key's characters (a cold tool list: ~930 keys, ~100k instructions less).
 */
function keyListMayDiffer(count: number, lengths: number): boolean {
  if (count === 0) return false;
  if (count > listWidth) return keyListRead(count);
  const slot = ((lengths ^ (lengths >>> 7)) + count) & (listSlots - 1);
  const base = slot * listWidth;
  if (listCounts[slot] === count) {
    let i = 0;
    while (i < count && listKeys[base + i] === objectKeys[i]) i++;
    if (i === count) return listDiffer[slot] === 1;
  }
  const differ = keyListRead(count);
  // Keys only (no value of a message is kept), and short ones: a long key is read again each time.
  for (let i = 0; i < count; i++) if (objectKeys[i]!.length > foldKeptLength) return differ;
  for (let i = 0; i < count; i++) listKeys[base + i] = objectKeys[i];
  listCounts[slot] = count;
  listDiffer[slot] = differ ? 1 : 0;
  return differ;
}

/** {@link keyListMayDiffer}, read from the keys. */
function keyListRead(count: number): boolean {
  let folds = 0;
  for (let i = 0; i < count; i++) folds |= foldOf(objectKeys[i]!);
  return folds !== 0 && mayDiffer(objectKeys, count, folds);
}

/** Key lists of up to `listWidth` keys, `listSlots` of them, each in its slot: its keys, their count and its answer. */
const listSlots = 128;
const listWidth = 8;
const listKeys: (string | undefined)[] = new Array<string | undefined>(listSlots * listWidth).fill(undefined);
const listCounts = new Int32Array(listSlots);
const listDiffer = new Uint8Array(listSlots);

/** What {@link walkStructure} gives when it counted past the node limit with `scalars` on: walk again without. */
const countAgain = engineFinding('preflight/max-nodes', 'counted again');

/**
 * The bytes a string, number, boolean or null adds when it passes every check (a string within the length
 * limit, a finite number), or -1 for any other value. `least`: the fewest characters of JSON text it can be
 * written in (a text is at hand: see KeyCensus), else the size estimate's count (8 a number, 5 any other).
 */
function scalarBytes(value: unknown, maxStringLength: number, least: boolean): number {
  if (typeof value === 'string') return value.length <= maxStringLength ? value.length + 2 : -1;
  if (typeof value === 'number') return Number.isFinite(value) ? (least ? numberLeast(value) : 8) : -1;
  if (typeof value === 'boolean' || value === null) return least && value !== false ? 4 : 5;
  return -1;
}

/**
 * The fewest characters of any JSON number text that JSON.parse reads as `value` (finite): the digits of
 * an integer below 10^15 (exactly representable, so written with no fewer significant digits than it has),
 * or its significant digits with an exponent (`12e3`), whichever is shorter; 1 for any other number.
 */
export function numberLeast(value: number): number {
  const sign = value < 0 ? 1 : 0;
  const size = sign === 1 ? -value : value;
  if (!Number.isInteger(size) || size >= 1e15) return 1;
  // Below 1000 an exponent never writes it shorter (`1e2` is as long as `100`), nor with two zeros or fewer at its end.
  if (size < 10) return 1 + sign;
  if (size < 100) return 2 + sign;
  let digits = 3;
  for (let power = 1000; power <= size; power *= 10) digits++;
  if (size % 1000 !== 0) return digits + sign;
  let zeros = 3;
  for (let rest = size / 1000; rest % 10 === 0; rest /= 10) zeros++;
  const exponent = digits - zeros + 2;
  return (exponent < digits ? exponent : digits) + sign;
}

/**
 * The check of the message at `stack[0]` (at depth 1). With `scalars`, an item that passes every check
 * (see {@link scalarBytes}) is counted when its parent is read, not pushed and taken back: most values of a
 * message, each a store into the stack (a write barrier's slow path for a new string) and a turn of the
 * loop. No finding comes of such an item, so the walk meets the same first limit in the same order, unless
 * the node limit is passed: counted earlier, it could come before another limit. Then it gives
 * {@link countAgain}, and the message is walked again without.
 */
function walkStructure(limits: Limits, knownBytes: number | undefined, census: KeyCensus | undefined, plain: boolean, json: boolean, scalars: boolean): Finding | undefined {
  let nodes = 0;
  let bytes = 0;
  // A text at hand is measured already: the walk counts the fewest characters one can have instead.
  const least = knownBytes !== undefined;
  let top = 1;
  let renewed = false;
  while (top > 0) {
    if (!renewed && nodes >= renewAfter) {
      stack = stack.slice(0, top);
      renewed = true;
    }
    top--;
    const value = stack[top];
    stack[top] = undefined;
    const depth = depths[top]!;
    if (++nodes > limits.maxNodes) return scalars ? countAgain : finding('preflight/max-nodes', `message has more than ${limits.maxNodes} values`);
    if (typeof value === 'object' && value !== null) {
      if (depth > limits.maxDepth) return finding('preflight/max-depth', `message nests deeper than ${limits.maxDepth} levels`);
      if (Array.isArray(value)) {
        if (value.length > limits.maxArrayLength) return finding('preflight/max-array-length', `an array has more than ${limits.maxArrayLength} items`);
        for (const item of value) {
          const scalar = scalars ? scalarBytes(item, limits.maxStringLength, least) : -1;
          if (scalar >= 0) {
            nodes++;
            bytes += scalar;
            continue;
          }
          stack[top] = item;
          depths[top++] = depth + 1;
        }
        // Its items and the commas between them (the estimate counts one more).
        bytes += least && value.length > 0 ? 1 + value.length : 2 + value.length;
      } else if (plain && (json || Object.getPrototypeOf(value) === Object.prototype)) {
        // The usual object (parsed JSON, an object literal): its keys read in place, no array made for them.
        let count = 0;
        // The lengths of the keys, folded into a number that picks the object's slot in the memo of key lists.
        let lengths = 0;
        let members = 0;
        const counting = census !== undefined && !census.suspect;
        for (const key in value) {
          if (++count > limits.maxObjectKeys) return finding('preflight/max-object-keys', `an object has more than ${limits.maxObjectKeys} keys`);
          if (counting) {
            objectKeys[count - 1] = key;
            lengths = (lengths * 31 + key.length) | 0;
          }
          const item = (value as Record<string, unknown>)[key];
          // An undefined property is absent on the wire (JSON.stringify drops it); SDKs build such objects.
          if (item === undefined) continue;
          members++;
          bytes += key.length + 4;
          const scalar = scalars ? scalarBytes(item, limits.maxStringLength, least) : -1;
          if (scalar >= 0) {
            nodes++;
            bytes += scalar;
            continue;
          }
          stack[top] = item;
          depths[top++] = depth + 1;
        }
        if (counting && count > keysWritten) keysWritten = count;
        if (census !== undefined) {
          census.keys += count;
          if (counting && keyListMayDiffer(count, lengths)) census.suspect = true;
        }
        bytes += least && members > 0 ? 1 : 2;
      } else {
        const keys = Object.keys(value);
        if (keys.length > limits.maxObjectKeys) return finding('preflight/max-object-keys', `an object has more than ${limits.maxObjectKeys} keys`);
        if (census !== undefined) {
          census.keys += keys.length;
          if (!census.suspect && keysMayDiffer(keys)) census.suspect = true;
        }
        let members = 0;
        for (const key of keys) {
          const item = (value as Record<string, unknown>)[key];
          if (item === undefined) continue;
          members++;
          bytes += key.length + 4;
          stack[top] = item;
          depths[top++] = depth + 1;
        }
        bytes += least && members > 0 ? 1 : 2;
      }
    } else {
      // A scalar is measured as its parent counts it (one measure): what fails the measure fails a check.
      const scalar = scalarBytes(value, limits.maxStringLength, least);
      if (scalar >= 0) bytes += scalar;
      else if (typeof value === 'string') return finding('preflight/max-string-length', `a string is longer than ${limits.maxStringLength} characters`);
      else if (typeof value === 'number') return finding('preflight/non-finite-number', 'message holds NaN or Infinity, which JSON cannot carry');
      else return finding('preflight/not-json', `message holds a ${typeof value}, which JSON cannot carry`);
    }
  }
  if (scalars && nodes > limits.maxNodes) return countAgain;
  if (knownBytes === undefined && bytes > limits.maxMessageBytes) {
    return finding('preflight/max-message-bytes', `message is larger than ${limits.maxMessageBytes} bytes`);
  }
  if (census !== undefined) census.least = least ? bytes : -1;
  return undefined;
}
