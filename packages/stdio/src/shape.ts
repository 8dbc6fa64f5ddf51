import { classifyMessage, type MessageShape } from '@vanguard/core';

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
  if (f.jsonrpc !== '2.0') return { kind: 'invalid', id: isId(id) ? id : undefined };
  if (f.method !== undefined) {
    if (isId(id)) return { kind: 'request', id, method: f.method };
    if (!f.hasId) return { kind: 'notification', method: f.method, cancels: undefined };
    return invalid;
  }
  if ((f.result || f.error) && (isId(id) || id === undefined || id === null)) return { kind: 'response', id: isId(id) ? id : undefined };
  return { kind: 'invalid', id: isId(id) ? id : undefined };
}

interface Fields {
  jsonrpc: unknown;
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

/** Index just past the string that opens at `i`. */
function skipString(buf: Buffer, i: number): number {
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

function decodeString(buf: Buffer, start: number, end: number): string {
  const slice = buf.subarray(start, end);
  return slice.includes(BACKSLASH) ? (JSON.parse(slice.toString('utf8')) as string) : slice.toString('utf8', 1, slice.length - 1);
}

/** A scalar value as JSON.parse reads it, or `notAnId` for objects, arrays, booleans and bad numbers. */
function scalar(buf: Buffer, start: number, end: number): unknown {
  const first = buf[start];
  if (first === QUOTE) return decodeString(buf, start, end);
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
  const f: Fields = { jsonrpc: undefined, id: undefined, hasId: false, method: undefined, result: false, error: false };
  try {
    i = skipSpace(buf, i + 1);
    if (buf[i] === 0x7d) return skipSpace(buf, i + 1) === buf.length ? f : undefined;
    for (;;) {
      if (buf[i] !== QUOTE) return partial && i >= buf.length ? f : undefined;
      const keyEnd = skipString(buf, i);
      const key = keyEnd - i <= 64 ? decodeString(buf, i, keyEnd) : '';
      i = skipSpace(buf, keyEnd);
      if (buf[i] !== 0x3a) return partial && i >= buf.length ? f : undefined;
      i = skipSpace(buf, i + 1);
      // Known before its value is skipped: a head cut inside a huge result still tells it is an answer.
      if (key === 'result') f.result = true;
      else if (key === 'error') f.error = true;
      const valueEnd = skipValue(buf, i);
      switch (key) {
        case 'jsonrpc':
          f.jsonrpc = buf[i] === QUOTE ? decodeString(buf, i, valueEnd) : notAnId;
          break;
        case 'id':
          f.hasId = true;
          f.id = scalar(buf, i, valueEnd);
          break;
        case 'method':
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
