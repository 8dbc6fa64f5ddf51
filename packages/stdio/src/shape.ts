import { classifyMessage, type MessageShape, type Verdict } from '@vanguard/core';

/**
 * Core's `classifyMessage`, read from the bytes of a line: an allowed multi-megabyte answer is forwarded
 * as read, and parsing it a second time only to learn its id would cost more than the guard's own pass.
 * Top-level keys are read and every value but `jsonrpc`, `id` and `method` is skipped (long strings with
 * a native byte search). It gives the same answer as `classifyMessage(JSON.parse(bytes))` for every
 * message (a property test holds it to that); batches and `notifications/cancelled` are parsed, as their
 * routing fields sit inside.
 */
export function shapeOfLine(bytes: Buffer): MessageShape {
  const fields = readTopLevel(bytes, false);
  if (fields === 'array' || (fields !== undefined && fields.method === 'notifications/cancelled')) return classifyMessage(parseOrUndefined(bytes));
  if (fields === undefined) return invalid;
  return shapeOf(fields);
}

/**
 * The shape of a line the guard inspected. A lone request, notification or answer the guard read is
 * shaped from its verdict (its type, id and method), without reading the line again; the rest (batches,
 * `notifications/cancelled`, what the guard could not read as JSON-RPC, an id that is not a string or an
 * integer) from the line's bytes. The same shape as {@link shapeOfLine} either way (a property test holds
 * it to that).
 */
export function shapeOfInspected(verdict: Verdict, bytes: Buffer): MessageShape {
  const { messageType, id, method } = verdict;
  if (messageType === 'response' || messageType === 'error') {
    if (id !== undefined) return { kind: 'response', id };
  } else if (method !== undefined && (messageType === 'request' ? id !== undefined : messageType === 'notification' && method !== 'notifications/cancelled')) {
    return messageType === 'request' ? { kind: 'request', id: id!, method } : { kind: 'notification', method, cancels: undefined };
  }
  return shapeOfLine(bytes);
}

/** What the first bytes of an oversize line say it is, for `guard.decide` (its end may never be read). */
export function shapeOfHead(head: Buffer): { readonly id: string | number | undefined; readonly shape: 'request' | 'response' | 'notification' | 'unknown' } {
  const fields = readTopLevel(head, true);
  if (fields === undefined || fields === 'array') return { id: undefined, shape: 'unknown' };
  const id = isId(fields.id) ? fields.id : undefined;
  if (fields.method !== undefined) return { id, shape: id === undefined ? 'unknown' : 'request' };
  return { id, shape: fields.result || fields.error ? 'response' : 'unknown' };
}

const idPattern = String.raw`(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\]|\\.)*")`;
const tailIdPattern = new RegExp(String.raw`[{,]\s*"id"\s*:\s*${idPattern}\s*\}\s*$`);

/**
 * The top-level id of a line from its last bytes, when `id` is its last key: the SDKs serialize
 * requests and results with the id last. (An id that is not last was already read from the head.)
 */
export function idFromTail(tail: Buffer): string | number | undefined {
  const match = tailIdPattern.exec(tail.toString('utf8'));
  if (!match?.[1]) return undefined;
  try {
    const id = JSON.parse(match[1]) as unknown;
    return isId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

const invalid: MessageShape = Object.freeze({ kind: 'invalid', id: undefined });
const isId = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));

function parseOrUndefined(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Mirrors `classifyMessage` for an object, from its top-level fields. */
function shapeOf(f: Fields): MessageShape {
  const id = f.id;
  if (!f.jsonrpc) return { kind: 'invalid', id: isId(id) ? id : undefined };
  if (f.method !== undefined) {
    if (isId(id)) return { kind: 'request', id, method: f.method };
    if (!f.hasId) return { kind: 'notification', method: f.method, cancels: undefined };
    return invalid;
  }
  if ((f.result || f.error) && (isId(id) || id === undefined || id === null)) return { kind: 'response', id: isId(id) ? id : undefined };
  return { kind: 'invalid', id: isId(id) ? id : undefined };
}

interface Fields {
  /** Whether `jsonrpc` is the string `2.0`. */
  jsonrpc: boolean;
  /** `undefined` when absent; `null`, a number, a string, or `notAnId` for any other JSON value. */
  id: unknown;
  hasId: boolean;
  /** Only when it is a string (a `method` of another type is not a method). */
  method: string | undefined;
  result: boolean;
  error: boolean;
}

const notAnId = Symbol('not an id');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

class Truncated extends Error {}

/**
 * Index just past a string that opens at `i` and closes within its first 32 bytes without an escape,
 * else -1. Keys and most values are such strings: no native search for them.
 */
function shortStringEnd(buf: Buffer, i: number): number {
  const near = Math.min(buf.length, i + 33);
  for (let j = i + 1; j < near; j++) {
    const b = buf[j];
    if (b === QUOTE) return j + 1;
    if (b === BACKSLASH) return -1;
  }
  return -1;
}

/** Index just past the string that opens at `i`. */
function skipString(buf: Buffer, i: number): number {
  const short = shortStringEnd(buf, i);
  if (short !== -1) return short;
  let from = i + 1;
  for (;;) {
    const quote = buf.indexOf(QUOTE, from);
    if (quote === -1) throw new Truncated();
    let slashes = 0;
    for (let j = quote - 1; j > i && buf[j] === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Index just past the value that starts at `i`. */
function skipValue(buf: Buffer, i: number): number {
  const first = buf[i];
  if (first === QUOTE) return skipString(buf, i);
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let j = i; j < buf.length; ) {
      const b = buf[j];
      if (b === QUOTE) {
        j = skipString(buf, j);
        continue;
      }
      if (b === 0x7b || b === 0x5b) depth++;
      else if (b === 0x7d || b === 0x5d) {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    throw new Truncated();
  }
  let j = i;
  while (j < buf.length) {
    const b = buf[j];
    if (b === 0x2c || b === 0x7d || b === 0x5d || isSpace(b)) break;
    j++;
  }
  if (j === i || j === buf.length) throw new Truncated();
  return j;
}

function skipSpace(buf: Buffer, i: number): number {
  while (i < buf.length && isSpace(buf[i])) i++;
  return i;
}

/** The string whose JSON text (quotes included) is `buf[start, end)`. */
function decodeString(buf: Buffer, start: number, end: number): string {
  return escaped(buf, start, end) ? (JSON.parse(buf.toString('utf8', start, end)) as string) : buf.toString('utf8', start + 1, end - 1);
}

/** Whether the JSON string at `buf[start, end)` holds an escape. */
function escaped(buf: Buffer, start: number, end: number): boolean {
  for (let j = start + 1; j < end - 1; j++) if (buf[j] === BACKSLASH) return true;
  return false;
}

// The top-level keys that route a message, read in place (no string made for any key).
const Key = { Other: 0, Jsonrpc: 1, Id: 2, Method: 3, Result: 4, Error: 5 } as const;
type Key = (typeof Key)[keyof typeof Key];
const quotedId = Buffer.from('"id"');
const quotedError = Buffer.from('"error"');
const quotedMethod = Buffer.from('"method"');
const quotedResult = Buffer.from('"result"');
const quotedJsonrpc = Buffer.from('"jsonrpc"');
const quotedVersion = Buffer.from('"2.0"');

/** Which routing key the JSON string at `buf[start, end)` is (escapes decoded). */
function keyAt(buf: Buffer, start: number, end: number): Key {
  switch (end - start) {
    case 4:
      if (sameBytes(buf, start, quotedId)) return Key.Id;
      break;
    case 7:
      if (sameBytes(buf, start, quotedError)) return Key.Error;
      break;
    case 8:
      if (sameBytes(buf, start, quotedMethod)) return Key.Method;
      if (sameBytes(buf, start, quotedResult)) return Key.Result;
      break;
    case 9:
      if (sameBytes(buf, start, quotedJsonrpc)) return Key.Jsonrpc;
      break;
    default:
      break;
  }
  // Rare: a key spelt with escapes. Long ones cannot be any of these (a few characters each).
  if (end - start > 64 || !escaped(buf, start, end)) return Key.Other;
  switch (decodeString(buf, start, end)) {
    case 'jsonrpc':
      return Key.Jsonrpc;
    case 'id':
      return Key.Id;
    case 'method':
      return Key.Method;
    case 'result':
      return Key.Result;
    case 'error':
      return Key.Error;
    default:
      return Key.Other;
  }
}

/** Whether `bytes` are at `buf[start]` (the caller checked the length). */
function sameBytes(buf: Buffer, start: number, bytes: Buffer): boolean {
  for (let j = 0; j < bytes.length; j++) if (buf[start + j] !== bytes[j]) return false;
  return true;
}

/** A scalar value as JSON.parse reads it, or `notAnId` for objects, arrays, booleans and bad numbers. */
function scalar(buf: Buffer, start: number, end: number): unknown {
  const first = buf[start];
  if (first === QUOTE) return decodeString(buf, start, end);
  // Most ids are small integers: read their digits here (what Number() reads them as, -0 included).
  const negative = first === 0x2d;
  let digits = negative ? start + 1 : start;
  if (end - digits >= 1 && end - digits <= 15) {
    let n = 0;
    for (; digits < end; digits++) {
      const d = buf[digits]! - 0x30;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (digits === end) return negative ? -n : n;
  }
  const text = buf.toString('latin1', start, end);
  if (text === 'null') return null;
  if (first === 0x2d || (first !== undefined && first >= 0x30 && first <= 0x39)) {
    const n = Number(text);
    return Number.isFinite(n) ? n : notAnId;
  }
  return notAnId;
}

/**
 * Reads the top-level fields of an object without parsing its values. Not a validator: malformed input
 * is `undefined` (the guard has the last word), an array is `'array'`. With `partial`, bytes that end
 * mid-way give the fields read so far. Like JSON.parse, a repeated key counts by its last occurrence.
 */
function readTopLevel(buf: Buffer, partial: boolean): Fields | 'array' | undefined {
  let i = skipSpace(buf, 0);
  if (buf[i] === 0x5b) return 'array';
  if (buf[i] !== 0x7b) return undefined;
  const f: Fields = { jsonrpc: false, id: undefined, hasId: false, method: undefined, result: false, error: false };
  try {
    i = skipSpace(buf, i + 1);
    if (buf[i] === 0x7d) return skipSpace(buf, i + 1) === buf.length ? f : undefined;
    for (;;) {
      if (buf[i] !== QUOTE) return partial && i >= buf.length ? f : undefined;
      const keyEnd = skipString(buf, i);
      const key = keyAt(buf, i, keyEnd);
      i = skipSpace(buf, keyEnd);
      if (buf[i] !== 0x3a) return partial && i >= buf.length ? f : undefined;
      i = skipSpace(buf, i + 1);
      // Known before its value is skipped: a head cut inside a huge result still tells it is an answer.
      if (key === Key.Result) f.result = true;
      else if (key === Key.Error) f.error = true;
      const valueEnd = skipValue(buf, i);
      switch (key) {
        case Key.Jsonrpc:
          f.jsonrpc = buf[i] === QUOTE && ((valueEnd - i === quotedVersion.length && sameBytes(buf, i, quotedVersion)) || (escaped(buf, i, valueEnd) && decodeString(buf, i, valueEnd) === '2.0'));
          break;
        case Key.Id:
          f.hasId = true;
          f.id = scalar(buf, i, valueEnd);
          break;
        case Key.Method:
          f.method = buf[i] === QUOTE ? decodeString(buf, i, valueEnd) : undefined;
          break;
        default:
          break;
      }
      i = skipSpace(buf, valueEnd);
      if (buf[i] === 0x2c) {
        i = skipSpace(buf, i + 1);
        continue;
      }
      if (buf[i] === 0x7d) return skipSpace(buf, i + 1) === buf.length ? f : undefined;
      return partial && i >= buf.length ? f : undefined;
    }
  } catch (error) {
    if (error instanceof Truncated) return partial ? f : undefined;
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}
