/** One newline-delimited message as read from a stream. */
export interface Line {
  /** The message bytes, without the line terminator (`\n` or `\r\n`). */
  readonly bytes: Buffer;
  /** The bytes to forward: the line exactly as read, terminator included (`\n` is added to an unterminated last line). */
  readonly raw: Buffer;
}

/** A line longer than the limit. Its bytes were discarded as they streamed past; only its ends are kept. */
export interface OversizeLine {
  /** Length of the line without its terminator, in bytes. */
  readonly size: number;
  /** The first bytes of the line (at most {@link edgeBytes}). */
  readonly head: Buffer;
  /** The last bytes of the line (at most {@link edgeBytes}). */
  readonly tail: Buffer;
}

/** How many bytes of each end of an oversize line are kept to recover its id. */
export const edgeBytes = 1024;

const LF = 0x0a;
const CR = 0x0d;

function isBlank(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== CR && b !== LF) return false;
  }
  return true;
}

function firstBytes(parts: readonly Buffer[], n: number): Buffer {
  const taken: Buffer[] = [];
  let size = 0;
  for (const part of parts) {
    if (size >= n) break;
    taken.push(part.subarray(0, n - size));
    size += Math.min(part.length, n - size);
  }
  return Buffer.concat(taken, size);
}

function lastBytes(parts: readonly Buffer[], n: number): Buffer {
  const taken: Buffer[] = [];
  let size = 0;
  for (let i = parts.length - 1; i >= 0 && size < n; i--) {
    const part = parts[i]!;
    const piece = part.length > n - size ? part.subarray(part.length - (n - size)) : part;
    taken.unshift(piece);
    size += piece.length;
  }
  return Buffer.concat(taken, size);
}

/**
 * Splits a byte stream into newline-delimited lines. Chunks may cut a line (or a UTF-8 sequence)
 * anywhere; lines inside one chunk are zero-copy views of it. Blank and whitespace-only lines are
 * skipped. A line over `maxLineBytes` is never held in memory: its bytes are dropped as they arrive
 * and it is reported once complete, with its first and last {@link edgeBytes} bytes.
 */
export class LineSplitter {
  readonly #maxLineBytes: number;
  readonly #onLine: (line: Line) => void;
  readonly #onOversize: (line: OversizeLine) => void;
  #parts: Buffer[] = [];
  #partBytes = 0;
  #oversize: { size: number; head: Buffer; tail: Buffer } | undefined;

  constructor(maxLineBytes: number, onLine: (line: Line) => void, onOversize: (line: OversizeLine) => void) {
    this.#maxLineBytes = maxLineBytes;
    this.#onLine = onLine;
    this.#onOversize = onOversize;
  }

  /** Bytes of the unfinished line currently held (never more than the limit). */
  get pendingBytes(): number {
    return this.#partBytes;
  }

  push(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(LF, start);
      if (newline === -1) {
        this.#append(chunk.subarray(start));
        return;
      }
      if (this.#oversize) {
        this.#append(chunk.subarray(start, newline));
        this.#finishOversize();
      } else if (this.#partBytes === 0) {
        this.#emit(chunk.subarray(start, newline + 1));
      } else {
        // Held bytes never exceed the limit, so this copy is bounded by the limit plus one chunk.
        const piece = chunk.subarray(start, newline + 1);
        this.#parts.push(piece);
        const raw = Buffer.concat(this.#parts, this.#partBytes + piece.length);
        this.#parts = [];
        this.#partBytes = 0;
        this.#emit(raw);
      }
      start = newline + 1;
    }
  }

  /** Flushes an unterminated last line at end of input. */
  end(): void {
    if (this.#oversize) {
      this.#finishOversize();
    } else if (this.#partBytes > 0) {
      const raw = Buffer.concat([...this.#parts, Buffer.from([LF])], this.#partBytes + 1);
      this.#parts = [];
      this.#partBytes = 0;
      this.#emit(raw);
    }
  }

  /** `raw` ends with `\n`. */
  #emit(raw: Buffer): void {
    let end = raw.length - 1;
    if (end > 0 && raw[end - 1] === CR) end--;
    const bytes = raw.subarray(0, end);
    if (bytes.length > this.#maxLineBytes) {
      this.#onOversize({ size: bytes.length, head: Buffer.from(bytes.subarray(0, edgeBytes)), tail: Buffer.from(bytes.subarray(-edgeBytes)) });
      return;
    }
    if (bytes.length === 0 || ((bytes[0] === 0x20 || bytes[0] === 0x09 || bytes[0] === CR) && isBlank(bytes))) return;
    this.#onLine({ bytes, raw });
  }

  #append(piece: Buffer): void {
    if (piece.length === 0) return;
    const over = this.#oversize;
    if (over) {
      over.size += piece.length;
      if (over.head.length < edgeBytes) over.head = Buffer.concat([over.head, piece.subarray(0, edgeBytes - over.head.length)]);
      // One byte more than reported: a trailing \r is only known to be the terminator's once the \n arrives.
      over.tail = piece.length > edgeBytes ? Buffer.from(piece.subarray(-(edgeBytes + 1))) : Buffer.concat([over.tail, piece]).subarray(-(edgeBytes + 1));
      return;
    }
    if (this.#partBytes + piece.length <= this.#maxLineBytes) {
      this.#parts.push(piece);
      this.#partBytes += piece.length;
      return;
    }
    const parts = [...this.#parts, piece];
    this.#oversize = { size: this.#partBytes + piece.length, head: firstBytes(parts, edgeBytes), tail: lastBytes(parts, edgeBytes + 1) };
    this.#parts = [];
    this.#partBytes = 0;
  }

  #finishOversize(): void {
    const over = this.#oversize;
    if (!over) return;
    this.#oversize = undefined;
    let tail = over.tail;
    if (tail.length > 0 && tail[tail.length - 1] === CR) {
      tail = tail.subarray(0, -1);
      over.size--;
    }
    this.#onOversize({ size: over.size, head: over.head, tail: Buffer.from(tail.subarray(-edgeBytes)) });
  }
}
