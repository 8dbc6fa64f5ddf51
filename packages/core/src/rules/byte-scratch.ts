// The reused byte buffer a text is copied into (UTF-8, one native call) so that a scan reads a typed array
// rather than the string: a typed-array read costs a fraction of a character read, which dispatches on the
// string's form every time. The literal scan (literal-index.ts) and the window tests (dfa-range.ts) each
// own one: a window is tested while the scan's pieces are no longer read, but neither relies on that.

/** Longest text a scratch holds at once (longer ones are copied a piece of this length at a time). */
export const maxCopied = 64 * 1024;

/**
 * Whether an Int32Array reads bytes low byte first, as the word-at-a-time scans expect; on a big-endian
 * machine no text is copied and every text is read as a string.
 */
export const littleEndian = new Uint8Array(Int32Array.of(1).buffer)[0] === 1;

const encoder = new TextEncoder();

/** Copied bytes, and the same memory read four bytes at a time (its length a multiple of 4). */
export class ByteScratch {
  bytes = new Uint8Array(1024);
  words = new Int32Array(this.bytes.buffer);

  /** At least `n` bytes (within {@link maxCopied}), doubling: a few sizes over a process's life, not one per text. */
  grow(n: number): void {
    if (n <= this.bytes.length) return;
    const size = Math.min(maxCopied, Math.max(n, 2 * this.bytes.length)) + 3;
    this.bytes = new Uint8Array(size - (size & 3));
    this.words = new Int32Array(this.bytes.buffer);
  }

  /**
   * The UTF-8 bytes of `text` written at the start (grown to its length first, within {@link maxCopied}):
   * as many whole characters as fit, with how many code units were read and bytes written.
   */
  copy(text: string): { read: number; written: number } {
    this.grow(text.length);
    return encoder.encodeInto(text, this.bytes);
  }
}
