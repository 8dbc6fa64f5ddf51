import type { Writable } from 'node:stream';

const corked = new Set<Writable>();
function uncork(stream: Writable): void {
  corked.delete(stream);
  stream.uncork();
}

/**
 * Writes one whole message; returns a promise only when the stream asks to wait (drain, close or error).
 * A lone message goes out at once (the peer can start on it while the proxy finishes its bookkeeping);
 * messages that follow it before the stream has taken it, as in a burst of pipelined messages, are corked
 * into one system call flushed at the end of the tick.
 */
export function write(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  if (stream.destroyed || stream.writableEnded) return undefined;
  // writableLength stays above 0 until the tick after a write that the OS took at once.
  if (stream.writableLength > 0) corkForTheTick(stream);
  if (stream.write(data)) return undefined;
  return drained(stream);
}

/**
 * Corks a stream until the end of the tick: what is written meanwhile goes out in one system call. What
 * an oversize line becomes (its pieces, or the answer that replaces it) is written so, and reaches the
 * receiver after its verdict event, as a whole message does.
 */
export function corkForTheTick(stream: Writable): void {
  if (corked.has(stream)) return;
  corked.add(stream);
  stream.cork();
  process.nextTick(uncork, stream);
}

/** A message as one line of newline-delimited JSON. */
export const jsonLine = (message: unknown): string => `${JSON.stringify(message)}\n`;

/** Resolves when a writable drains, closes or fails. */
function drained(stream: Writable): Promise<void> {
  return new Promise<void>((resolve) => {
    function done(): void {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    }
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
