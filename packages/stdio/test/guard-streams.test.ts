import { PassThrough, Writable } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { guardStreams, type GuardStreamsCommonOptions, type VerdictEvent } from '@vanguard/stdio';

import { collectLines, jsonLine, readCall, request, testGuard } from './helpers.js';

/** A proxy between four in-memory pipes: the test plays both the host and the server. */
function harness(options: Partial<GuardStreamsCommonOptions> = {}, hostOutput = new PassThrough()) {
  const hostIn = new PassThrough();
  const serverIn = new PassThrough();
  const serverOut = new PassThrough();
  const events: VerdictEvent[] = [];
  const logs: string[] = [];
  const streams = guardStreams({
    guard: testGuard(),
    sessionId: 'test',
    onVerdict: (e) => events.push(e),
    log: (m) => logs.push(m),
    ...options,
    host: { input: hostIn, output: hostOutput },
    server: { input: serverIn, output: serverOut },
  });
  return { hostIn, hostOut: hostOutput, serverIn, serverOut, streams, events, logs };
}

const parse = (line: string): Record<string, unknown> => JSON.parse(line) as Record<string, unknown>;

describe('guardStreams', () => {
  it('forwards allowed messages byte for byte and in order, in both directions', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    const sent: string[] = [];
    for (let i = 0; i < 300; i++) {
      // Odd spacing and key order survive untouched: the proxy never re-serializes an allowed message.
      const text = i % 3 === 0 ? `{ "id": ${i}, "jsonrpc":"2.0", "method": "tools/call", "params": {"name":"read_text_file","arguments":{"path":"/data/allowed/${i}.txt"}} }` : JSON.stringify(readCall(i, `/data/allowed/${i}.txt`));
      sent.push(text);
      h.hostIn.write(`${text}${i % 2 ? '\r\n' : '\n'}`);
    }
    const forwarded = await toServer.next(300);
    expect(forwarded.map((l) => l.replace(/\r$/, ''))).toEqual(sent);
    expect(forwarded.filter((l) => l.endsWith('\r'))).toHaveLength(150);
    const answers = sent.map((_, i) => JSON.stringify({ result: { content: [{ type: 'text', text: `file ${i}` }] }, jsonrpc: '2.0', id: i }));
    h.serverOut.write(answers.map((a) => `${a}\n`).join(''));
    expect(await toHost.next(300)).toEqual(answers);
    expect(h.streams.inFlight).toBe(0);
  });

  it('writes messages read together in one write to the receiver, and a lone message in one of its own', async () => {
    // The server's input records each system-call-sized write: one entry per _write, one per _writev.
    const writes: number[] = [];
    const serverIn = new Writable({
      write(_chunk: Buffer, _encoding, done) {
        writes.push(1);
        done();
      },
      writev(chunks, done) {
        writes.push(chunks.length);
        done();
      },
    });
    const hostIn = new PassThrough();
    guardStreams({
      guard: testGuard(),
      sessionId: 'test',
      log: () => undefined,
      host: { input: hostIn, output: new PassThrough() },
      server: { input: serverIn, output: new PassThrough() },
    });
    const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    hostIn.write(jsonLine(readCall(1, '/data/allowed/1.txt')));
    await settled();
    expect(writes).toEqual([1]);
    hostIn.write([2, 3, 4, 5].map((i) => jsonLine(readCall(i, `/data/allowed/${i}.txt`))).join(''));
    await settled();
    expect(writes).toEqual([1, 4]);
    hostIn.write(jsonLine(readCall(6, '/data/allowed/6.txt')));
    await settled();
    expect(writes).toEqual([1, 4, 1]);
  });

  it('reassembles a message written one byte at a time', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const text = JSON.stringify(readCall('é-1', '/data/allowed/naïve 😀.txt'));
    for (const byte of Buffer.from(`${text}\n`)) h.hostIn.write(Buffer.from([byte]));
    expect(await toServer.next(1)).toEqual([text]);
  });

  it('answers a blocked request to the host, and the server never sees it', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine(readCall(1, '/data/forbidden/key.pem')) + jsonLine(readCall(2, '/data/allowed/a.txt')));
    const [answer] = await toHost.next(1);
    expect(parse(answer!)).toMatchObject({ jsonrpc: '2.0', id: 1, error: { code: -32010, data: { rule: 'test/forbidden-path', action: 'block' } } });
    expect(await toServer.next(1)).toEqual([JSON.stringify(readCall(2, '/data/allowed/a.txt'))]);
    expect(toServer.lines).toHaveLength(1);
    expect(h.events.map((e) => e.outcome)).toEqual(['answered', 'forwarded']);
  });

  it('drops a blocked notification without answering it', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine({ jsonrpc: '2.0', method: 'notifications/roots/list_changed', params: { path: '/data/forbidden/x' } }));
    h.hostIn.write(jsonLine(request(3, 'ping')));
    expect(await toServer.next(1)).toEqual([JSON.stringify(request(3, 'ping'))]);
    expect(toHost.lines).toEqual([]);
    expect(h.events[0]).toMatchObject({ outcome: 'dropped', verdict: { action: 'block' } });
  });

  it('removes a poisoned tool from a tools/list answer and keeps its id', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine(request(5, 'tools/list')));
    await toServer.next(1);
    const tools = [
      { name: 'add', description: 'Adds numbers.', inputSchema: { type: 'object' } },
      { name: 'evil', description: 'Adds numbers. poison-marker', inputSchema: { type: 'object' } },
    ];
    h.serverOut.write(jsonLine({ jsonrpc: '2.0', id: 5, result: { tools } }));
    const [list] = await toHost.next(1);
    expect(parse(list!)).toEqual({ jsonrpc: '2.0', id: 5, result: { tools: [tools[0]] } });
    await new Promise(setImmediate);
    expect(h.events[1]).toMatchObject({ from: 'server', outcome: 'replaced', verdict: { removedTools: [{ name: 'evil' }] } });
  });

  it('replaces a blocked server response with an error for its id', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine(readCall(8, '/data/allowed/a.txt')));
    await toServer.next(1);
    expect(h.streams.inFlight).toBe(1);
    h.serverOut.write(jsonLine({ jsonrpc: '2.0', id: 8, result: { content: [{ type: 'text', text: 'the top-secret-marker is here' }] } }));
    const [answer] = await toHost.next(1);
    expect(parse(answer!)).toMatchObject({ id: 8, error: { data: { rule: 'test/secret-result' } } });
    expect(h.streams.inFlight).toBe(0);
  });

  it('answers a blocked request from the server to the server, not to the host', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    // tools/call may only be sent by the client: from the server it is blocked as protocol/wrong-direction.
    h.serverOut.write(jsonLine(request(0, 'tools/call', { name: 'x', arguments: {} })));
    const [answer] = await toServer.next(1);
    expect(parse(answer!)).toMatchObject({ id: 0, error: { data: { rule: 'protocol/wrong-direction' } } });
    expect(toHost.lines).toEqual([]);
  });

  it('answers a line that is not JSON with a parse error without an id, and drops one from the server', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write('this is not json\n\n   \r\n');
    const [answer] = await toHost.next(1);
    const error = parse(answer!);
    expect(error).not.toHaveProperty('id');
    expect(error).toMatchObject({ jsonrpc: '2.0', error: { code: -32700, data: { rule: 'preflight/parse-error' } } });
    h.hostIn.write(jsonLine({ hello: 'world' }));
    expect(parse((await toHost.next(2))[1]!)).toMatchObject({ error: { code: -32600, data: { rule: 'protocol/invalid-message' } } });
    h.serverOut.write('Server listening on stdio (a log line on the wrong stream)\n');
    h.serverOut.write(jsonLine({ jsonrpc: '2.0', method: 'notifications/tools/list_changed' }));
    await toHost.next(3);
    expect(parse(toHost.lines[2]!)).toEqual({ jsonrpc: '2.0', method: 'notifications/tools/list_changed' });
    expect(toServer.lines).toEqual([]);
    expect(h.logs.some((l) => /dropped a \d+-byte message from the server: .*preflight\/parse-error/.test(l))).toBe(true);
  });

  it('answers each request of a blocked batch in one batch answer', async () => {
    const h = harness();
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine([readCall(1, '/data/forbidden/a'), readCall(2, '/data/allowed/b'), { jsonrpc: '2.0', method: 'notifications/x' }]));
    const [answer] = await toHost.next(1);
    const batch = JSON.parse(answer!) as Record<string, unknown>[];
    expect(batch.map((b) => b['id'])).toEqual([1, 2]);
    expect(batch.every((b) => (b['error'] as { code: number }).code === -32010)).toBe(true);
  });

  it('answers an oversize request with the too-large error for its id without ever holding it', async () => {
    const h = harness({ maxMessageBytes: 4096 });
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine({ jsonrpc: '2.0', id: 'big-1', method: 'tools/call', params: { name: 'write_file', arguments: { content: 'z'.repeat(100_000) } } }));
    h.hostIn.write(jsonLine(request(2, 'ping')));
    const [answer] = await toHost.next(1);
    expect(parse(answer!)).toMatchObject({ id: 'big-1', error: { code: -32011, data: { rule: 'preflight/max-message-bytes' } } });
    expect(await toServer.next(1)).toEqual([JSON.stringify(request(2, 'ping'))]);
  });

  it('replaces an oversize server response with an error when the request is in flight', async () => {
    const h = harness({ maxMessageBytes: 4096 });
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine(readCall(4, '/data/allowed/big.txt')));
    await toServer.next(1);
    // The SDK serializes results with the id last.
    h.serverOut.write(jsonLine({ result: { content: [{ type: 'text', text: 'q'.repeat(50_000) }] }, jsonrpc: '2.0', id: 4 }));
    const [answer] = await toHost.next(1);
    expect(parse(answer!)).toMatchObject({ id: 4, error: { code: -32011, data: { rule: 'preflight/max-message-bytes' } } });
    expect(h.streams.inFlight).toBe(0);
    // The id was only at its end: the verdict carried out (and reported once) is the one that knows it.
    expect(h.events.filter((e) => e.from === 'server').map((e) => [e.outcome, e.verdict.disposition.kind])).toEqual([['replaced', 'replace']]);
  });

  it('stops reading a side whose reader is slow, within the configured bound, and delivers everything once it reads', async () => {
    const maxBufferedBytes = 64 * 1024;
    const maxMessageBytes = 16 * 1024;
    // The host reads nothing at first: its output fills up to its own high-water mark and no further.
    const hostOutput = new PassThrough({ highWaterMark: 16 * 1024 });
    const h = harness({ maxBufferedBytes, maxMessageBytes }, hostOutput);
    const total = 2000;
    const messages = Array.from({ length: total }, (_, i) => JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: `log line ${i} ${'.'.repeat(200)}` } }));
    const payload = Buffer.from(messages.map((m) => `${m}\n`).join(''));
    // Write the server's output in 8 KiB chunks, like a pipe would deliver it.
    let written = 0;
    const pump = (): void => {
      while (written < payload.length) {
        const chunk = payload.subarray(written, written + 8192);
        written += chunk.length;
        if (!h.serverOut.write(chunk)) {
          h.serverOut.once('drain', pump);
          return;
        }
      }
    };
    pump();
    await new Promise((r) => setTimeout(r, 200));
    const read = h.streams.stats.server.bytes;
    expect(read).toBeLessThan(payload.length);
    // Read ahead stays within the documented bound: maxBufferedBytes + maxMessageBytes + one chunk + one message per output buffer.
    expect(read).toBeLessThanOrEqual(maxBufferedBytes + maxMessageBytes + 8192 + hostOutput.writableHighWaterMark + 2 * 1024);
    expect(h.serverOut.isPaused() || h.serverOut.readableLength > 0).toBe(true);
    const toHost = collectLines(hostOutput);
    expect(await toHost.next(total)).toEqual(messages);
    expect(h.streams.stats.server.bytes).toBe(payload.length);
  });

  it('answers requests in flight and later requests once the server is gone', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine(request(1, 'ping')) + jsonLine(request('two', 'ping')) + jsonLine(request(3, 'ping')));
    await toServer.next(3);
    h.serverOut.write(jsonLine({ jsonrpc: '2.0', id: 1, result: {} }));
    await toHost.next(1);
    expect(h.streams.serverGone('The MCP server exited with code 3 before answering', { exitCode: 3 })).toBe(2);
    h.hostIn.write(jsonLine(request(4, 'ping')));
    const answers = (await toHost.next(4)).slice(1).map(parse);
    expect(answers.map((a) => a['id']).sort()).toEqual([3, 4, 'two'].sort());
    for (const a of answers) {
      expect(a).toMatchObject({ error: { code: -32000, data: { rule: 'adapter/server-gone', exitCode: 3 } } });
      expect((a['error'] as { message: string }).message).toContain('The MCP server exited with code 3 before answering');
    }
    expect(h.events.filter((e) => e.verdict.primary?.rule === 'adapter/server-gone').map((e) => e.outcome)).toEqual(['answered', 'answered', 'answered']);
  });

  it('forgets a request the host cancelled, so it is not failed again later', async () => {
    const h = harness();
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine(request(1, 'ping')) + jsonLine(request(2, 'ping')));
    h.hostIn.write(jsonLine({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1, reason: 'user aborted' } }));
    await toServer.next(3);
    expect(h.streams.inFlight).toBe(1);
    expect(h.streams.serverGone('gone')).toBe(1);
    expect((await toHost.next(1)).map(parse)).toMatchObject([{ id: 2, error: { code: -32000 } }]);
  });

  it('waits for a guard that is still being created', async () => {
    let resolveGuard: (g: ReturnType<typeof testGuard>) => void = () => undefined;
    const h = harness({ guard: new Promise((r) => (resolveGuard = r)) });
    const toServer = collectLines(h.serverIn);
    h.hostIn.write(jsonLine(readCall(1, '/data/forbidden/x')) + jsonLine(request(2, 'ping')));
    await new Promise((r) => setTimeout(r, 50));
    expect(toServer.lines).toEqual([]);
    resolveGuard(testGuard());
    expect(await toServer.next(1)).toEqual([JSON.stringify(request(2, 'ping'))]);
  });

  it('streams an oversize line through unchanged and in order when the profile lets it pass (monitor)', async () => {
    const h = harness({ guard: testGuard('monitor'), maxMessageBytes: 4096, maxBufferedBytes: 16 * 1024 });
    const toServer = collectLines(h.serverIn);
    const big = JSON.stringify({ method: 'tools/call', params: { name: 'write_file', arguments: { content: 'w'.repeat(200_000) } }, jsonrpc: '2.0', id: 'big-2' });
    h.hostIn.write(jsonLine(request(1, 'ping')));
    // Written in small pieces, interleaved with the next message: order must hold.
    const bytes = Buffer.from(`${big}\n${jsonLine(request(3, 'ping'))}`);
    for (let i = 0; i < bytes.length; i += 7000) h.hostIn.write(bytes.subarray(i, i + 7000));
    expect(await toServer.next(3)).toEqual([JSON.stringify(request(1, 'ping')), big, JSON.stringify(request(3, 'ping'))]);
    const oversize = h.events.find((e) => e.verdict.primary?.rule === 'preflight/max-message-bytes');
    expect(oversize).toMatchObject({ from: 'client', outcome: 'forwarded', verdict: { action: 'shadow-block', disposition: { kind: 'forward' } } });
    expect(h.streams.inFlight).toBe(3);
  });

  it('answers a client request the guard fails on with the guard-failure error', async () => {
    const broken = { ...testGuard(), profile: 'balanced' as const, inspect: () => Promise.reject(new Error('inspect broke')) };
    const h = harness({ guard: broken as unknown as ReturnType<typeof testGuard> });
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine(request(9, 'ping')));
    const [answer] = await toHost.next(1);
    expect(parse(answer!)).toMatchObject({ id: 9, error: { code: -32603, data: { rule: 'engine/internal-error' } } });
    expect(toServer.lines).toEqual([]);
  });

  it('answers a client request with the guard-failure error when inspect throws instead of rejecting, and keeps serving', async () => {
    const real = testGuard();
    let calls = 0;
    const throwsOnce = {
      ...real,
      profile: 'balanced' as const,
      inspect: (message: unknown, context: Parameters<typeof real.inspect>[1]) => {
        if (calls++ === 0) throw new Error('inspect threw');
        return real.inspect(message, context);
      },
    };
    const h = harness({ guard: throwsOnce as unknown as ReturnType<typeof testGuard> });
    const toServer = collectLines(h.serverIn);
    const toHost = collectLines(h.hostOut);
    h.hostIn.write(jsonLine(request(7, 'ping')));
    const [answer] = await toHost.next(1);
    expect(parse(answer!)).toMatchObject({ id: 7, error: { code: -32603, data: { rule: 'engine/internal-error' } } });
    h.hostIn.write(jsonLine(request(8, 'ping')));
    expect(await toServer.next(1)).toEqual([JSON.stringify(request(8, 'ping'))]);
    expect(h.logs).toEqual([]);
  });
});
