import { PassThrough } from 'node:stream';

import { describe, expect, it } from 'vitest';

import type { LaneItem } from '../src/read-lane.js';
import { ReadLane } from '../src/read-lane.js';

const textOf = (item: LaneItem): string => (item.kind === 'line' ? item.line.bytes.toString() : 'oversize');

/** A handler whose calls the test settles by hand. */
function manualHandler() {
  const started: string[] = [];
  const finish: (() => void)[] = [];
  const handle = (item: LaneItem): Promise<void> => {
    started.push(textOf(item));
    return new Promise<void>((resolve) => finish.push(resolve));
  };
  return { started, finish, handle };
}

describe('ReadLane', () => {
  it('starts the handler of a lone line inside the read callback that delivered it', () => {
    const source = new PassThrough();
    const h = manualHandler();
    const lane = new ReadLane(source, 1024, 1 << 20, h.handle, () => undefined);
    source.emit('data', Buffer.from('{"a":1}\n'));
    expect(h.started).toEqual(['{"a":1}']);
    expect(lane.backlog).toBe(1);
    expect(lane.stats.messages).toBe(1);
  });

  it('leaves nothing in the lane for lines handled in the read callback, and keeps order around one that waits', async () => {
    const source = new PassThrough();
    const seen: string[] = [];
    let waiting: (() => void) | undefined;
    // Lines starting with "wait" settle later; every other line is handled synchronously (no promise).
    const handle = (item: LaneItem): Promise<void> | undefined => {
      const text = textOf(item);
      seen.push(text);
      return text.startsWith('wait') ? new Promise<void>((resolve) => (waiting = resolve)) : undefined;
    };
    const lane = new ReadLane(source, 1024, 1 << 20, handle, () => undefined);
    source.emit('data', Buffer.from('one\ntwo\n'));
    expect(seen).toEqual(['one', 'two']);
    expect(lane.backlog).toBe(0);
    source.emit('data', Buffer.from('wait\nthree\n'));
    expect(seen).toEqual(['one', 'two', 'wait']);
    expect(lane.backlog).toBe(2);
    waiting!();
    await lane.idle();
    expect(seen).toEqual(['one', 'two', 'wait', 'three']);
    expect(lane.stats.messages).toBe(4);
  });

  it('holds lines read while a handler runs until it settles, and runs them in order', async () => {
    const source = new PassThrough();
    const h = manualHandler();
    const lane = new ReadLane(source, 1024, 1 << 20, h.handle, () => undefined);
    source.emit('data', Buffer.from('one\ntwo\n'));
    source.emit('data', Buffer.from('three\n'));
    expect(h.started).toEqual(['one']);
    expect(lane.backlog).toBe(3);
    h.finish[0]!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(h.started).toEqual(['one', 'two']);
    h.finish[1]!();
    await new Promise((resolve) => setImmediate(resolve));
    h.finish[2]!();
    await lane.idle();
    expect(h.started).toEqual(['one', 'two', 'three']);
    // Idle again: the next lone line starts at once.
    source.emit('data', Buffer.from('four\n'));
    expect(h.started.at(-1)).toBe('four');
  });

  it('logs a handler that throws or rejects and goes on with the next line', async () => {
    const source = new PassThrough();
    const logs: string[] = [];
    const seen: string[] = [];
    const lane = new ReadLane(
      source,
      1024,
      1 << 20,
      (item) => {
        const text = textOf(item);
        seen.push(text);
        if (text === 'throws') throw new Error('handler threw');
        if (text === 'rejects') return Promise.reject(new Error('handler rejected'));
        return Promise.resolve();
      },
      (m) => logs.push(m),
    );
    source.emit('data', Buffer.from('throws\n'));
    await lane.idle();
    source.emit('data', Buffer.from('rejects\n'));
    await lane.idle();
    source.emit('data', Buffer.from('fine\n'));
    await lane.idle();
    expect(seen).toEqual(['throws', 'rejects', 'fine']);
    expect(logs).toHaveLength(2);
    expect(logs[0]).toContain('handler threw');
    expect(logs[1]).toContain('handler rejected');
  });

  it('resolves done after every line read before the end is handled', async () => {
    const source = new PassThrough();
    const h = manualHandler();
    const lane = new ReadLane(source, 1024, 1 << 20, h.handle, () => undefined);
    let done = false;
    void lane.done.then(() => (done = true));
    source.emit('data', Buffer.from('last\n'));
    source.emit('end');
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    h.finish[0]!();
    await lane.done;
    expect(done).toBe(true);
  });
});
