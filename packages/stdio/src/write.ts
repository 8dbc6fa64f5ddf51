import type { Writable } from 'node:stream';

/** Streams written to in the current tick, and whether they are corked until its end. */
const written = new Map<Writable, boolean>();
function endTick(stream: Writable): void {
  const corked = written.get(stream);
  written.delete(stream);
  if (corked) stream.uncork();
}

/**
 * Writes one whole message at the end of the tick: messages written in the same tick are corked into one
 * system call, and whatever the caller does after this call (reporting the verdict) happens before the
 * receiver can read the message. Returns a promise only when the stream asks to wait (drain, close or error).
 */
export function write(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  if (stream.destroyed || stream.writableEnded) return undefined;
  const corked = written.get(stream);
  if (corked === undefined) process.nextTick(endTick, stream);
  if (corked !== true) {
    written.set(stream, true);
    stream.cork();
  }
  return sent(stream, data);
}

/**
 * Like {@link write}, but the first message of a tick goes out at once: a lone request or answer reaches
 * the other process before the proxy's bookkeeping after it (the lane's promises, the next line's
 * splitting), instead of after. Later messages of the tick are corked, so a burst of pipelined messages
 * costs two system calls. The caller reports the verdict before calling it.
 */
export function writeNow(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  if (stream.destroyed || stream.writableEnded) return undefined;
  const corked = written.get(stream);
  if (corked === undefined) {
    written.set(stream, false);
    process.nextTick(endTick, stream);
  } else if (!corked) {
    written.set(stream, true);
    stream.cork();
  }
  return sent(stream, data);
}

function sent(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  return stream.write(data) ? undefined : drained(stream);
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
