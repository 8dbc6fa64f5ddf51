import { Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { write, writeNow } from '../src/write.js';

/** A stream that records each system-call-sized write it gets: one entry per `_write`, a list per `_writev`. */
function recorder(): { stream: Writable; writes: string[][] } {
  const writes: string[][] = [];
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      writes.push([chunk]);
      done();
    },
    writev(chunks, done) {
      writes.push(chunks.map((c) => c.chunk as string));
      done();
    },
  });
  return { stream, writes };
}

const endOfTick = (): Promise<void> => new Promise((resolve) => process.nextTick(resolve));

describe('write', () => {
  it('writes a lone message at once with writeNow, before the tick ends', () => {
    const { stream, writes } = recorder();
    void writeNow(stream, 'a\n');
    expect(writes).toEqual([['a\n']]);
  });

  it('corks the messages after the first of a tick into one write at its end, in order', async () => {
    const { stream, writes } = recorder();
    void writeNow(stream, 'a\n');
    void write(stream, 'b\n');
    void writeNow(stream, 'c\n');
    expect(writes).toEqual([['a\n']]);
    await endOfTick();
    expect(writes).toEqual([['a\n'], ['b\n', 'c\n']]);
  });

  it('holds a write back to the end of the tick, so what the caller does next happens first', async () => {
    const { stream, writes } = recorder();
    void write(stream, 'a\n');
    void write(stream, 'b\n');
    expect(writes).toEqual([]);
    await endOfTick();
    expect(writes).toEqual([['a\n', 'b\n']]);
    // A new tick starts over: its first message goes out at once again.
    void writeNow(stream, 'c\n');
    expect(writes).toEqual([['a\n', 'b\n'], ['c\n']]);
  });

  it('keeps each stream of a tick apart', async () => {
    const one = recorder();
    const two = recorder();
    void writeNow(one.stream, 'a\n');
    void writeNow(two.stream, 'b\n');
    void write(one.stream, 'c\n');
    expect([one.writes, two.writes]).toEqual([[['a\n']], [['b\n']]]);
    await endOfTick();
    expect([one.writes, two.writes]).toEqual([[['a\n'], ['c\n']], [['b\n']]]);
  });
});
