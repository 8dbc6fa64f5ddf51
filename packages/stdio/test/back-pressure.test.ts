import { once } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { createStdioProxy } from '@vanguard/stdio';

import { processWarnings } from '../../../test/shared/process-warnings.js';
import { jsonLine, readCall, request, testGuard } from './helpers.js';

const slowServer = fileURLToPath(new URL('../../../test/fixtures/slow-reader-server.mjs', import.meta.url));

/** A host that reads slowly: each chunk is taken a moment later, and its buffer is small. */
class SlowHost extends Writable {
  text = '';
  /** Most listeners of one back-pressure event seen on this stream while it was written to. */
  maxListeners = 0;

  constructor() {
    super({ highWaterMark: 16 * 1024 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.maxListeners = Math.max(this.maxListeners, ...['drain', 'close', 'error'].map((e) => this.listenerCount(e)));
    this.text += chunk.toString();
    setTimeout(callback, 1);
  }

  get lines(): string[] {
    return this.text.split('\n').filter(Boolean);
  }
}

const warnings = processWarnings();

describe('the proxy under back-pressure', () => {
  it('answers thousands of pipelined requests through a slow server and a slow host without piling up listeners or warnings', { timeout: 60_000 }, async () => {
    warnings.start();
    const input = new PassThrough();
    const host = new SlowHost();
    const proxy = createStdioProxy({
      command: process.execPath,
      args: [slowServer],
      guard: testGuard(),
      input,
      output: host,
      stderr: 'pipe',
      // A small read-ahead bound, so both lanes pause and resume many times.
      maxBufferedBytes: 64 * 1024,
      log: () => undefined,
    });
    let serverStderr = '';
    proxy.stderr?.on('data', (chunk: Buffer) => (serverStderr += chunk.toString()));

    // Every fifth request is refused by the guard and answered by the proxy itself (a write to the host
    // from the host's lane, while the server's lane writes the other answers to it).
    const count = 3000;
    const refused = (id: number): boolean => id % 5 === 0;
    const argument = 'a'.repeat(2048);
    for (let id = 1; id <= count; id++) {
      const message = refused(id) ? readCall(id, '/data/forbidden/x') : request(id, 'tools/call', { name: 'echo', arguments: { text: argument } });
      if (!input.write(jsonLine(message))) await once(input, 'drain');
    }
    input.end();
    const exit = await proxy.exited;

    const answers = host.lines.map((line) => JSON.parse(line) as { id: number; result?: unknown; error?: { code: number } });
    expect(answers).toHaveLength(count);
    expect(new Set(answers.map((a) => a.id)).size).toBe(count);
    expect(answers.filter((a) => refused(a.id)).every((a) => a.error !== undefined)).toBe(true);
    expect(answers.filter((a) => !refused(a.id)).every((a) => a.result !== undefined)).toBe(true);
    expect(exit).toMatchObject({ code: 0, failedRequests: 0 });
    expect(warnings.seen()).toEqual([]);
    // One wait per lane at most: the host's lane and the server's lane may both wait on the host.
    expect(host.maxListeners).toBeLessThanOrEqual(4);
    expect(serverStderr).toBe('');
  });
});
