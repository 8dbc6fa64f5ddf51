import type { Writable } from 'node:stream';

/** Streams corked until the end of the current tick (one or two). */
const corked: Writable[] = [];
function endTick(): void {
  for (let i = 0; i < corked.length; i++) corked[i]!.uncork();
  corked.length = 0;
}
function cork(stream: Writable): void {
  if (corked.includes(stream)) return;
  if (corked.length === 0) process.nextTick(endTick);
  corked.push(stream);
  stream.cork();
}

/**
 * Writes one whole message at the end of the tick: messages written in the same tick are corked into one
 * system call, and whatever the caller does after this call (reporting the verdict) happens before the
 * receiver can read the message. Returns a promise only when the stream asks to wait (drain, close or error).
 */
export function write(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  if (stream.destroyed || stream.writableEnded) return undefined;
  cork(stream);
  return sent(stream, data);
}

/**
 * Like {@link write}, but the message goes out at once: a lone request or answer reaches the other
 * process before the proxy's bookkeeping after it (the lane's promises, the next line's splitting),
 * instead of after. A stream already corked in this tick by {@link write} stays corked, so the message
 * joins that burst, in order. Nothing is scheduled for the tick: a lone message costs one system call
 * and no end-of-tick callback. The caller reports the verdict before calling it, and uses {@link write}
 * for a message with others read behind it.
 */
export function writeNow(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  if (stream.destroyed || stream.writableEnded) return undefined;
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
