import type { Writable } from 'node:stream';

const corked = new Set<Writable>();
function uncork(stream: Writable): void {
  corked.delete(stream);
  stream.uncork();
}

/**
 * Writes one whole message; returns a promise only when the stream asks to wait (drain, close or error).
 * Messages written in the same tick are corked into one system call: a burst of pipelined messages costs
 * one write, a lone message is flushed at the end of the tick it was handled in.
 */
export function write(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  if (stream.destroyed || stream.writableEnded) return undefined;
  if (!corked.has(stream)) {
    corked.add(stream);
    stream.cork();
    process.nextTick(uncork, stream);
  }
  if (stream.write(data)) return undefined;
  return drained(stream);
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
