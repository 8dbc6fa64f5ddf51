/** One newline-delimited message as read from a stream. */
export interface Line {
  /** The message bytes, without the line terminator (`\n` or `\r\n`). */
  readonly bytes: Buffer;
  /** The bytes to forward: the line exactly as read, terminator included (`\n` is added to an unterminated last line). */
  readonly raw: Buffer;
}

/**
 * A line longer than the limit, reported as soon as it crosses it. It is never held whole: its bytes
 * flow through {@link OversizeBody} as they are read, for the reader to pass on or discard.
 */
export interface OversizeLine {
  /**
   * The first bytes of the line, to read its id and kind from: at most {@link edgeBytes}, and no more than had
   * arrived when it crossed the limit (fewer than {@link edgeBytes} only under a limit below it).
   */
  readonly head: Buffer;
  /** Bytes read when it crossed the limit. */
  readonly sizeSoFar: number;
  readonly body: OversizeBody;
}

/** How many bytes of each end of an oversize line are kept to read its id. */
export const edgeBytes = 1024;

const LF = 0x0a;
const CR = 0x0d;
const NEWLINE = Buffer.from('\n');

function isBlank(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== CR && b !== LF) return false;
  }
  return true;
}

/**
 * The bytes of one oversize line, in order, terminator included, as they arrive. Bytes wait here only
 * until the reader takes them; `onHeld` reports how many are waiting, so the reading side can stop
 * reading its source (back-pressure) instead of letting them pile up.
 */
export class OversizeBody {
  #chunks: Buffer[] = [];
  #head = 0;
  #size = 0;
  #tail: Buffer = Buffer.alloc(0);
  #ended = false;
  #complete = false;
  #wake: (() => void) | undefined;
  readonly #onHeld: (delta: number) => void;

  constructor(onHeld: (delta: number) => void) {
    this.#onHeld = onHeld;
  }

  /** Length without the terminator, once the line ended. */
  get size(): number {
    return this.#size;
  }

  /** The last bytes of the line without its terminator (at most {@link edgeBytes}), once it ended. */
  get tail(): Buffer {
    return this.#tail;
  }

  /** False when reading stopped in the middle of the line (its bytes end without a terminator). */
  get complete(): boolean {
    return this.#complete;
  }

  /** True once the line ended and every byte of it was taken: the last {@link next} chunk was its end. */
  get taken(): boolean {
    return this.#ended && this.#head >= this.#chunks.length;
  }

  /** The next bytes, or undefined once the whole line (terminator included) was taken. */
  async next(): Promise<Buffer | undefined> {
    while (this.#head >= this.#chunks.length) {
      if (this.#ended) return undefined;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
    const chunk = this.#chunks[this.#head]!;
    this.#chunks[this.#head++] = undefined as unknown as Buffer;
    if (this.#head === this.#chunks.length) {
      this.#chunks = [];
      this.#head = 0;
    }
    this.#onHeld(-chunk.length);
    return chunk;
  }

  /** Takes and drops everything up to the end of the line. */
  async discard(): Promise<void> {
    while ((await this.next()) !== undefined);
  }

  /** @internal */
  push(piece: Buffer): void {
    if (piece.length === 0) return;
    this.#chunks.push(piece);
    this.#onHeld(piece.length);
    this.#wakeReader();
  }

  /** @internal */
  end(size: number, tail: Buffer, complete: boolean): void {
    this.#size = size;
    this.#complete = complete;
    this.#tail = tail;
    this.#ended = true;
    this.#wakeReader();
  }

  #wakeReader(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

/**
 * Splits a byte stream into newline-delimited lines. Chunks may cut a line (or a UTF-8 sequence)
 * anywhere; lines inside one chunk are zero-copy views of it. Blank and whitespace-only lines are
 * skipped. A line over `maxLineBytes` is never held whole: it is reported when it crosses the limit,
 * and its bytes (those already read, then the rest as it arrives) flow through its {@link OversizeBody}.
 */
export class LineSplitter {
  readonly #maxLineBytes: number;
  readonly #onLine: (line: Line) => void;
  readonly #onOversize: (line: OversizeLine) => void;
  readonly #onHeld: (delta: number) => void;
  #parts: Buffer[] = [];
  #partBytes = 0;
  #oversize: { body: OversizeBody; size: number; tail: Buffer } | undefined;
  /** See {@link readingAhead}. */
  #ahead = false;

  constructor(maxLineBytes: number, onLine: (line: Line) => void, onOversize: (line: OversizeLine) => void, onHeld: (delta: number) => void = () => undefined) {
    this.#maxLineBytes = maxLineBytes;
    this.#onLine = onLine;
    this.#onOversize = onOversize;
    this.#onHeld = onHeld;
  }

  /**
   * Whether bytes read after the line being handed over are already here (in the chunk it came in): while
   * a line's callback runs, others may be read behind it, so what it writes can wait to go out with theirs.
   */
  get readingAhead(): boolean {
    return this.#ahead;
  }

  /** Bytes of the unfinished line currently held (never more than the limit, plus a \\r). */
  get pendingBytes(): number {
    return this.#partBytes;
  }

  push(chunk: Buffer): void {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(LF, start);
      if (newline === -1) {
        this.#ahead = false;
        this.#append(chunk.subarray(start));
        return;
      }
      this.#ahead = newline + 1 < chunk.length;
      if (this.#oversize) {
        this.#finishOversize(chunk.subarray(start, newline + 1));
      } else if (this.#partBytes === 0) {
        // A chunk that is one whole line (a lone message, the usual case) is that line as it is.
        this.#emit(start === 0 && newline === chunk.length - 1 ? chunk : chunk.subarray(start, newline + 1));
      } else {
        // Held bytes never exceed the limit (plus a \r), so this copy is bounded by the limit plus one chunk.
        const piece = chunk.subarray(start, newline + 1);
        this.#parts.push(piece);
        const raw = Buffer.concat(this.#parts, this.#partBytes + piece.length);
        this.#parts = [];
        this.#partBytes = 0;
        this.#emit(raw);
      }
      start = newline + 1;
    }
    this.#ahead = false;
  }

  /** Flushes an unterminated last line at end of input. */
  end(): void {
    if (this.#oversize) {
      this.#finishOversize(NEWLINE);
    } else if (this.#partBytes > 0) {
      const raw = Buffer.concat([...this.#parts, NEWLINE], this.#partBytes + 1);
      this.#parts = [];
      this.#partBytes = 0;
      this.#emit(raw);
    }
  }

  /** Drops an unfinished line at a detach; an oversize line in flight ends where it is, without a terminator. */
  cut(): void {
    this.#parts = [];
    this.#partBytes = 0;
    const over = this.#oversize;
    if (!over) return;
    this.#oversize = undefined;
    over.body.end(over.size, Buffer.from(over.tail.subarray(-edgeBytes)), false);
  }

  /** `raw` ends with `\n`. */
  #emit(raw: Buffer): void {
    let end = raw.length - 1;
    if (end > 0 && raw[end - 1] === CR) end--;
    const bytes = raw.subarray(0, end);
    if (bytes.length > this.#maxLineBytes) {
      // A whole line over the limit at once: it streams on like any other.
      this.#startOversize([raw.subarray(0, raw.length - 1)]);
      this.#finishOversize(raw.subarray(raw.length - 1));
      return;
    }
    if (bytes.length === 0 || ((bytes[0] === 0x20 || bytes[0] === 0x09 || bytes[0] === CR) && isBlank(bytes))) return;
    this.#onLine({ bytes, raw });
  }

  #append(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.#oversize) {
      this.#feed(piece);
      return;
    }
    // One byte of slack: a trailing \r is only known to be the terminator's once the \n arrives.
    if (this.#partBytes + piece.length <= this.#maxLineBytes + 1) {
      this.#parts.push(piece);
      this.#partBytes += piece.length;
      return;
    }
    const parts = [...this.#parts, piece];
    this.#parts = [];
    this.#partBytes = 0;
    this.#startOversize(parts);
  }

  /** Starts an oversize line from its first bytes (no terminator in them). */
  #startOversize(parts: readonly Buffer[]): void {
    const body = new OversizeBody(this.#onHeld);
    this.#oversize = { body, size: 0, tail: Buffer.alloc(0) };
    const held = parts.reduce((n, p) => n + p.length, 0);
    this.#onOversize({ head: Buffer.concat(parts, Math.min(held, edgeBytes)), sizeSoFar: held, body });
    for (const part of parts) this.#feed(part);
  }

  /** Content bytes of the oversize line: into its body, and its last bytes kept for its id. */
  #feed(piece: Buffer): void {
    const over = this.#oversize!;
    over.size += piece.length;
    over.tail = piece.length > edgeBytes ? piece.subarray(-(edgeBytes + 1)) : Buffer.concat([over.tail, piece]).subarray(-(edgeBytes + 1));
    over.body.push(piece);
  }

  /** `last` is the rest of the line, its `\n` included. */
  #finishOversize(last: Buffer): void {
    const over = this.#oversize!;
    this.#oversize = undefined;
    const rest = last.subarray(0, -1);
    over.size += rest.length;
    let tail = rest.length > edgeBytes ? rest.subarray(-(edgeBytes + 1)) : Buffer.concat([over.tail, rest]);
    let size = over.size;
    if (tail.length > 0 && tail[tail.length - 1] === CR) {
      tail = tail.subarray(0, -1);
      size--;
    }
    // The tail was a view of chunks that are passed on; keep a copy of its few bytes.
    const kept = Buffer.from(tail.subarray(-edgeBytes));
    over.body.push(last);
    over.body.end(size, kept, true);
  }
}
