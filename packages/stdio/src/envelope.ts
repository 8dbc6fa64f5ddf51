/** What kind of JSON-RPC message a line holds, as far as routing needs to know. */
export type EnvelopeKind = 'request' | 'notification' | 'response' | 'error' | 'batch' | 'unknown';

/** The routing fields of a JSON-RPC message: its kind, id and method. */
export interface Envelope {
  readonly kind: EnvelopeKind;
  /** The request id, with its JSON type kept (`1` and `"1"` differ). */
  readonly id: string | number | undefined;
  readonly method: string | undefined;
}

const unknown: Envelope = { kind: 'unknown', id: undefined, method: undefined };
const batch: Envelope = { kind: 'batch', id: undefined, method: undefined };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

class Malformed extends Error {}

/** Index just past the string that opens at `i`. */
function skipString(buf: Buffer, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = buf.indexOf(QUOTE, from);
    if (quote === -1) throw new Malformed();
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
    throw new Malformed();
  }
  let j = i;
  while (j < buf.length) {
    const b = buf[j];
    if (b === 0x2c || b === 0x7d || b === 0x5d || isSpace(b)) break;
    j++;
  }
  if (j === i) throw new Malformed();
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

/**
 * Reads the routing fields of one JSON-RPC message without parsing its payload: top-level keys are
 * read, every value but `id` and `method` is skipped over (long strings with a native byte search), so
 * a multi-megabyte result costs far less than `JSON.parse`. Like `JSON.parse`, a repeated key counts
 * by its last occurrence. Anything that is not a JSON object is `unknown` (or `batch` for an array);
 * the scanner does not validate, the guard does.
 */
export function readEnvelope(bytes: Uint8Array): Envelope {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = skipSpace(buf, 0);
  if (buf[i] === 0x5b) return batch;
  if (buf[i] !== 0x7b) return unknown;
  let id: string | number | undefined;
  let hasId = false;
  let method: string | undefined;
  let hasResult = false;
  let hasError = false;
  try {
    i = skipSpace(buf, i + 1);
    if (buf[i] === 0x7d) return unknown;
    for (;;) {
      if (buf[i] !== QUOTE) return unknown;
      const keyEnd = skipString(buf, i);
      const key = keyEnd - i <= 64 ? decodeString(buf, i, keyEnd) : '';
      i = skipSpace(buf, keyEnd);
      if (buf[i] !== 0x3a) return unknown;
      i = skipSpace(buf, i + 1);
      const valueEnd = skipValue(buf, i);
      switch (key) {
        case 'id':
          hasId = true;
          if (buf[i] === QUOTE) id = decodeString(buf, i, valueEnd);
          else {
            const n = Number(buf.toString('latin1', i, valueEnd));
            id = Number.isFinite(n) ? n : undefined;
          }
          break;
        case 'method':
          method = buf[i] === QUOTE ? decodeString(buf, i, valueEnd) : undefined;
          break;
        case 'result':
          hasResult = true;
          break;
        case 'error':
          hasError = true;
          break;
        default:
          break;
      }
      i = skipSpace(buf, valueEnd);
      if (buf[i] === 0x2c) {
        i = skipSpace(buf, i + 1);
        continue;
      }
      if (buf[i] === 0x7d) break;
      return unknown;
    }
  } catch (error) {
    if (error instanceof Malformed || error instanceof SyntaxError) return unknown;
    throw error;
  }
  if (method !== undefined) return { kind: hasId ? 'request' : 'notification', id, method };
  if (hasResult) return { kind: 'response', id, method: undefined };
  if (hasError) return { kind: 'error', id, method: undefined };
  return unknown;
}
