// Parser differentials: JSON that this guard reads one way and an MCP server may read another. The guard
// judges its own parse, so anything a server could parse differently is refused rather than guessed at.

import { isRecord } from '../records.js';
import type { MessagePath } from '../types.js';

export interface Differential {
  readonly rule:
    | 'protocol/bare-carriage-return'
    | 'protocol/byte-order-mark'
    | 'protocol/duplicate-key'
    | 'protocol/case-colliding-keys'
    | 'protocol/prototype-key';
  readonly message: string;
  readonly path: MessagePath;
}

/** How Go's encoding/json compares keys: simple case folding (the Kelvin sign is `k`, the long s is `s`). */
const fold = (key: string): string => {
  const lower = key.toLowerCase();
  return lower.includes('\u017f') ? lower.replace(/\u017f/g, 's') : lower;
};

const messages: Readonly<Record<Differential['rule'], string>> = {
  'protocol/bare-carriage-return': 'a carriage return outside a string: readers with universal newlines (the Python SDK) split the message there',
  'protocol/byte-order-mark': 'the message starts with a byte-order mark, which some servers strip and others reject',
  'protocol/duplicate-key': 'an object repeats a key: parsers disagree on which copy wins',
  'protocol/case-colliding-keys': 'an object has keys that differ only in case: case-insensitive decoders (Go encoding/json) read either',
  'protocol/prototype-key': 'a __proto__ or constructor.prototype member, which changes objects in JavaScript servers that merge it',
};

/** Objects with up to this many keys compare them in arrays; larger ones move them into sets. */
const fewKeys = 16;

/**
 * One open object or array of the scan. Frames are reused by depth within a scan, and an object's keys
 * (and their case folds) are kept in arrays for the usual few keys, in sets past `fewKeys`.
 */
class Frame {
  object = false;
  expectKey = false;
  index = 0;
  key: string | undefined = undefined;
  /** Keys held in the arrays below (entries past it are a previous object's, overwritten as keys come). */
  size = 0;
  readonly keys: string[] = [];
  /** Each key's case fold, made when a comparison needs it. */
  readonly folded: (string | undefined)[] = [];
  readonly ascii: boolean[] = [];
  keySet: Set<string> | undefined = undefined;
  foldedSet: Set<string> | undefined = undefined;

  open(object: boolean): this {
    this.object = object;
    this.expectKey = object;
    this.index = 0;
    this.key = undefined;
    // A count, not the arrays' length: setting an array's length is a runtime call.
    this.size = 0;
    this.keySet = undefined;
    this.foldedSet = undefined;
    return this;
  }

  /** Adds a key; says whether it repeats one, collides with one under case folding, or is new. */
  add(key: string, ascii: boolean): 'duplicate' | 'colliding' | undefined {
    if (this.keySet !== undefined) {
      if (this.keySet.has(key)) return 'duplicate';
      const f = fold(key);
      const colliding = this.foldedSet!.has(f);
      this.keySet.add(key);
      this.foldedSet!.add(f);
      return colliding ? 'colliding' : undefined;
    }
    const keys = this.keys;
    const size = this.size;
    // Folding maps a character to one character except for a few non-ASCII ones (`İ` → `i̇`), so two keys
    // of which one is ASCII can only collide if their lengths are equal: most keys are never folded, and
    // two ASCII keys are compared in place.
    let f: string | undefined;
    let colliding = false;
    for (let j = 0; j < size; j++) {
      const other = keys[j]!;
      if (other === key) return 'duplicate';
      if (colliding || ((ascii || this.ascii[j]) && other.length !== key.length)) continue;
      colliding = ascii && this.ascii[j] ? asciiFoldEqual(other, key) : (this.folded[j] ??= fold(other)) === (f ??= fold(key));
    }
    keys[size] = key;
    this.folded[size] = f;
    this.ascii[size] = ascii;
    this.size = size + 1;
    if (size + 1 > fewKeys) {
      largeFrames = true;
      this.keySet = new Set(keys);
      this.foldedSet = new Set(keys.map((k, j) => (this.folded[j] ??= fold(k))));
      keys.length = 0;
      this.folded.length = 0;
      this.ascii.length = 0;
    }
    return colliding ? 'colliding' : undefined;
  }
}

/** Whether two ASCII strings of one length are equal once lower-cased. */
function asciiFoldEqual(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0x41 && x <= 0x5a) x |= 0x20;
    if (y >= 0x41 && y <= 0x5a) y |= 0x20;
    if (x !== y) return false;
  }
  return true;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

// The frames of a scan, reused by the next one: scans are synchronous and never nest. Frames that moved
// their keys into sets are emptied at the end of the scan, so a large object is not kept alive by them.
const scanFrames: Frame[] = [];
let largeFrames = false;

/** Strings up to this long are read character by character; longer ones are searched with indexOf. */
const shortString = 64;
const escapeFlag = 1;
const nonAsciiFlag = 2;
/** A string read by indexOf: whether it holds escapes or non-ASCII characters is not known. */
const unknownFlags = -1;

/**
 * The closing quote of a string at or after `from` (not inside an escape), or -1: the next quote not
 * preceded by an odd run of backslashes. indexOf finds candidates without looking at every character.
 */
function closingQuote(text: string, from: number): number {
  for (let j = from; ; ) {
    const quote = text.indexOf('"', j);
    if (quote < 0) return -1;
    let b = quote - 1;
    while (text.charCodeAt(b) === 0x5c) b--;
    if ((quote - 1 - b) % 2 === 0) return quote;
    j = quote + 1;
  }
}

/** Reports a rule once (its first occurrence). */
function report(out: Differential[], rule: Differential['rule'], at: MessagePath): void {
  if (!out.some((d) => d.rule === rule)) out.push({ rule, message: messages[rule], path: at });
}

/** Where the scan is: per open frame, the key last read (an object's, none before its first) or the index (an array's). */
function pathAt(frames: readonly Frame[], depth: number): MessagePath {
  const at: (string | number)[] = [];
  for (let d = 0; d < depth; d++) {
    const frame = frames[d]!;
    if (!frame.object) at[d] = frame.index;
    else if (frame.key !== undefined) at[d] = frame.key;
  }
  at.length = depth;
  return at;
}

/**
 * Scans JSON text once, left to right, for what servers read differently: bare CRs (not followed by LF)
 * outside strings (not counting trailing whitespace), a leading BOM, duplicate keys, keys that collide under case folding, and
 * prototype keys. Expects text that `JSON.parse` accepts (after a BOM); each rule is reported once.
 */
export function findParserDifferentials(text: string): Differential[] {
  const out: Differential[] = [];
  let start = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    report(out, 'protocol/byte-order-mark', []);
    start = 1;
  }
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const frames = scanFrames;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const top = depth > 0 ? frames[depth - 1]! : undefined;
      if (!top?.object || !top.expectKey) {
        // A value: only its end matters (descriptions run to hundreds of characters), found by indexOf.
        const close = closingQuote(text, i + 1);
        i = close < 0 ? text.length : close;
        continue;
      }
      const from = i;
      // Most keys are short: one loop finds their end and notes whether it holds an escape or a non-ASCII
      // character. Past `shortString` characters indexOf finds the end.
      let flags = 0;
      let j = i + 1;
      let close = -1;
      const near = Math.min(text.length, j + shortString);
      while (j < near) {
        const d = text.charCodeAt(j);
        if (d === 0x22) {
          close = j;
          break;
        }
        if (d === 0x5c) {
          flags |= escapeFlag;
          j += 2;
          continue;
        }
        if (d > 0x7f) flags |= nonAsciiFlag;
        j++;
      }
      if (close < 0) {
        close = closingQuote(text, Math.min(j, text.length));
        flags = unknownFlags;
      }
      i = close < 0 ? text.length : close;
      let escaped = (flags & escapeFlag) !== 0;
      if (flags === unknownFlags) {
        escaped = false;
        for (let k = from + 1; k < i && !escaped; k++) escaped = text.charCodeAt(k) === 0x5c;
      }
      const key = escaped ? (JSON.parse(text.slice(from, i + 1)) as string) : text.slice(from + 1, i);
      top.key = key;
      // An escape can spell a non-ASCII character: then the decoded key is looked at.
      const clash = top.add(key, escaped || flags === unknownFlags ? isAscii(key) : (flags & nonAsciiFlag) === 0);
      if (clash === 'duplicate') report(out, 'protocol/duplicate-key', pathAt(frames, depth));
      else if (clash === 'colliding') report(out, 'protocol/case-colliding-keys', pathAt(frames, depth));
      if (key === '__proto__' || (key === 'prototype' && depth >= 2 && frames[depth - 2]!.key === 'constructor')) report(out, 'protocol/prototype-key', pathAt(frames, depth));
      continue;
    }
    switch (c) {
      case 0x7b /* { */:
      case 0x5b /* [ */:
        (frames[depth] ??= new Frame()).open(c === 0x7b);
        depth++;
        break;
      case 0x7d /* } */:
      case 0x5d /* ] */:
        if (depth > 0) depth--;
        break;
      case 0x3a /* : */:
        if (depth > 0) frames[depth - 1]!.expectKey = false;
        break;
      case 0x2c /* , */: {
        const top = depth > 0 ? frames[depth - 1]! : undefined;
        if (top?.object) top.expectKey = true;
        else if (top) ++top.index;
        break;
      }
      case 0x0d /* \r */:
        // CR-LF is a line end everywhere (pretty-printed JSON over HTTP); a CR alone splits only for
        // universal-newline readers.
        if (text.charCodeAt(i + 1) !== 0x0a) report(out, 'protocol/bare-carriage-return', pathAt(frames, depth));
        break;
      default:
        break;
    }
  }
  if (largeFrames) {
    largeFrames = false;
      for (const frame of frames) if (frame.keySet !== undefined) frame.open(false);
  }
  return out;
}

/**
 * The keys of a parsed message, as the structure check counts them: how many (over all objects), and
 * whether an object has keys that may collide under case folding or are prototype keys.
 */
export interface KeyCensus {
  keys: number;
  suspect: boolean;
  /**
   * The fewest characters a JSON text of the message can have (every string as its characters, every
   * number as short as it can be written, no whitespace): a text that long holds nothing the parse dropped
   * or that lies outside its values (a repeated key, a CR, a BOM). Set once the check is complete; -1 when
   * the check was told of no text (it counted the size estimate of a message handed over parsed instead).
   */
  least?: number;
}

/**
 * Whether one object's keys may be read differently: a prototype key, or two keys that may collide
 * under case folding. May say yes when they do not (any key outside ASCII in an object of several, for
 * one); never says no when they do.
 */
export function keysMayDiffer(keys: readonly string[]): boolean {
  for (const key of keys) if (key === '__proto__' || key === 'prototype') return true;
  if (keys.length < 2) return false;
  for (const key of keys) if (!isAscii(key)) return true;
  return asciiKeysCollide(keys, keys.length);
}

/** Whether two of the first `count` of `keys` (distinct ASCII keys) are equal once lower-cased. */
export function asciiKeysCollide(keys: readonly (string | undefined)[], count: number): boolean {
  if (count > fewKeys) {
    const folded = new Set<string>();
    for (let i = 0; i < count; i++) folded.add(keys[i]!.toLowerCase());
    return folded.size < count;
  }
  for (let i = 1; i < count; i++) {
    const key = keys[i]!;
    for (let j = 0; j < i; j++) if (keys[j]!.length === key.length && asciiFoldEqual(keys[j]!, key)) return true;
  }
  return false;
}

/**
 * How many keys the JSON text may hold at most: the colons that follow a quote (after whitespace), or
 * `most + 1` once there are more than `most`. Every key is followed by one; a colon inside a string after
 * an escaped quote counts too.
 */
function keyColons(text: string, most: number): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0 && count <= most; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    let c = text.charCodeAt(j);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(--j);
    if (c === 0x22) count++;
  }
  return count;
}

/** No differentials (the usual answer), shared. */
const none: readonly Differential[] = Object.freeze([]);

/**
 * The parser differentials of a JSON text, given the census of its parsed message's keys (undefined when
 * the census was not completed). The single-pass scan is skipped when the text cannot hold any: no object
 * key that may collide or is a prototype key, and a text no longer than the parse can be written in (the
 * usual compact text: then it holds no BOM, CR or repeated key, each a character or more the parse has
 * not), or else no BOM, no CR and no more key colons than the parsed message has keys (a duplicate key is
 * in the text but not in the parse, so it would show as one more).
 */
export function textDifferentials(text: string, census: KeyCensus | undefined): readonly Differential[] {
  if (census !== undefined && !census.suspect) {
    if (census.least === text.length) return none;
    if (text.charCodeAt(0) !== 0xfeff && !text.includes('\r') && keyColons(text, census.keys) === census.keys) return none;
  }
  return findParserDifferentials(text);
}

/**
 * What servers would read differently in a message: from its JSON text when it came as text, else from
 * the parsed message (case-colliding and prototype keys only). `census` is the structure check's count
 * of the message's keys (undefined when the check stopped early); a walk is skipped when it shows there
 * is nothing to find.
 */
export function messageDifferentials(message: unknown, text: string | undefined, census: KeyCensus | undefined): readonly Differential[] {
  if (text !== undefined) return textDifferentials(text, census);
  return census !== undefined && !census.suspect ? none : findObjectDifferentials(message);
}

const maxDepth = 256;
const maxVisits = 4_000_000;

/**
 * The differentials an already-parsed message can still carry: keys that collide under case folding and
 * prototype keys (duplicates cannot survive parsing). Iterative, one visit per value. A value's path is
 * not built while walking: each visited value is an entry (its value, its step from its parent, its
 * parent's entry), and a path is made from the entries only for what is reported.
 */
export function findObjectDifferentials(message: unknown): Differential[] {
  const out: Differential[] = [];
  let colliding = false;
  let prototype = false;
  const values: unknown[] = [message];
  const steps: (string | number)[] = [''];
  const parents: number[] = [-1];
  const depths: number[] = [0];
  const stack: number[] = [0];
  const pathOf = (entry: number, key: string): MessagePath => {
    const at: (string | number)[] = [key];
    for (let e = entry; e > 0; e = parents[e]!) at.push(steps[e]!);
    return at.reverse();
  };
  const visit = (value: unknown, step: string | number, parent: number): void => {
    stack.push(values.length);
    values.push(value);
    steps.push(step);
    parents.push(parent);
    depths.push(depths[parent]! + 1);
  };
  let budget = maxVisits;
  while (stack.length && !(colliding && prototype) && budget-- > 0) {
    const entry = stack.pop()!;
    const value = values[entry];
    // Cycles and absurd depth are the structure check's to report; stop descending here.
    if (depths[entry]! > maxDepth) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], i, entry);
    } else if (isRecord(value)) {
      // The key this object sits under, if its parent is an object.
      const parentKey = entry > 0 && typeof steps[entry] === 'string' ? steps[entry] : undefined;
      const keys = Object.keys(value);
      // Which key first folds like an earlier one: ASCII keys (most) are compared in place.
      const clash = colliding ? -1 : firstFoldClash(keys);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        if (k === clash) {
          colliding = true;
          out.push({ rule: 'protocol/case-colliding-keys', message: messages['protocol/case-colliding-keys'], path: pathOf(entry, key) });
        }
        if ((key === '__proto__' || (key === 'prototype' && parentKey === 'constructor')) && !prototype) {
          prototype = true;
          out.push({ rule: 'protocol/prototype-key', message: messages['protocol/prototype-key'], path: pathOf(entry, key) });
        }
        visit(value[key], key, entry);
      }
    }
  }
  return out;
}

/** The index of the first key that folds like an earlier one, or -1. */
function firstFoldClash(keys: readonly string[]): number {
  if (keys.length < 2) return -1;
  let ascii = keys.length <= fewKeys;
  for (let k = 0; ascii && k < keys.length; k++) ascii = isAscii(keys[k]!);
  if (!ascii) {
    const folded = new Set<string>();
    for (let k = 0; k < keys.length; k++) {
      const f = fold(keys[k]!);
      if (folded.has(f)) return k;
      folded.add(f);
    }
    return -1;
  }
  for (let k = 1; k < keys.length; k++) {
    const key = keys[k]!;
    for (let j = 0; j < k; j++) if (keys[j]!.length === key.length && asciiFoldEqual(keys[j]!, key)) return k;
  }
  return -1;
}
