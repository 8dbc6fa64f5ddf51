import type { Writable } from 'node:stream';

/** Streams written to in the current tick, and those of them corked until its end (one or two of each). */
const written: Writable[] = [];
const corked: Writable[] = [];
function endTick(): void {
  written.length = 0;
  for (let i = 0; i < corked.length; i++) corked[i]!.uncork();
  corked.length = 0;
}
function firstThisTick(stream: Writable): boolean {
  if (written.includes(stream)) return false;
  if (written.length === 0) process.nextTick(endTick);
  written.push(stream);
  return true;
}
function cork(stream: Writable): void {
  if (corked.includes(stream)) return;
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
  firstThisTick(stream);
  cork(stream);
  return sent(stream, data);
}

/**
 * Like {@link write}, but the first message of a tick goes out at once: a lone request or answer reaches
 * the other process before the proxy's bookkeeping after it (the lane's promises, the next line's
 * splitting), instead of after; later messages of the same tick are corked. The caller reports the
 * verdict before calling it, and uses {@link write} for a message with others read behind it.
 */
export function writeNow(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  if (stream.destroyed || stream.writableEnded) return undefined;
  if (!firstThisTick(stream)) cork(stream);
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
