import { PassThrough } from 'node:stream';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { EmptyResultSchema, type JSONRPCMessage, McpError, type Progress } from '@modelcontextprotocol/sdk/types.js';
import { createGuard, isVanguardError } from '@vanguard/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { guardTransport, type GuardTransportEvent } from '../src/index.js';

const balanced = createGuard({ profile: 'balanced' });
const strict = createGuard({ profile: 'strict' });
const tick = (ms = 10): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The client end of a stdio connection in the same process: the SDK's own framing over two pipes. */
function streamClientTransport(toServer: PassThrough, fromServer: PassThrough): Transport {
  const buffer = new ReadBuffer();
  const transport: Transport = {
    start() {
      fromServer.on('data', (chunk: Buffer) => {
        buffer.append(chunk);
        for (let m = buffer.readMessage(); m !== null; m = buffer.readMessage()) transport.onmessage?.(m);
      });
      return Promise.resolve();
    },
    send(message) {
      toServer.write(serializeMessage(message));
      return Promise.resolve();
    },
    close() {
      toServer.end();
      transport.onclose?.();
      return Promise.resolve();
    },
  };
  return transport;
}

describe('guardTransport around a stdio server transport', () => {
  it('recognizes the server side, serves benign calls and never runs the handler for a blocked one', async () => {
    const handled: string[] = [];
    const server = new McpServer({ name: 'files', version: '1.0.0' });
    server.registerTool('read_file', { inputSchema: { path: z.string() } }, ({ path }) => {
      handled.push(path);
      return { content: [{ type: 'text', text: `contents of ${path}` }] };
    });
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const events: GuardTransportEvent[] = [];
    // No `side` option: a StdioServerTransport is recognized as the server end.
    await server.connect(guardTransport(new StdioServerTransport(toServer, fromServer), balanced, { onVerdict: (e) => events.push(e) }));
    const client = new Client({ name: 'host', version: '1.0.0' });
    await client.connect(streamClientTransport(toServer, fromServer));
    expect(events[0]).toMatchObject({ direction: 'inbound', from: 'client', outcome: 'forwarded', verdict: { method: 'initialize' } });
    const ok = await client.callTool({ name: 'read_file', arguments: { path: 'README.md' } });
    expect(JSON.stringify(ok.content)).toContain('contents of README.md');
    const error = await client.callTool({ name: 'read_file', arguments: { path: '/proc/self/environ' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).data).toMatchObject({ rule: 'path/proc-self' });
    expect(handled).toEqual(['README.md']);
    await client.close();
    await server.close();
  });
});

describe('guardTransport correlation, progress and cancellation', () => {
  it('correlates answers by direction although both sides count their ids from 0', async () => {
    const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
    const server = new McpServer({ name: 's', version: '1' });
    await server.connect(serverEnd);
    const events: GuardTransportEvent[] = [];
    const client = new Client({ name: 'c', version: '1' });
    await client.connect(guardTransport(clientEnd, balanced, { onVerdict: (e) => events.push(e) }));
    // The server's first request has id 0, like the client's initialize; its answer is an empty result,
    // which only correlation (not the shape) can tell apart.
    await server.server.request({ method: 'ping' }, EmptyResultSchema);
    await tick();
    const byDirection = events.map((e) => [e.direction, e.verdict.messageType, e.verdict.method, (e.message as { id?: unknown }).id]);
    expect(byDirection).toContainEqual(['outbound', 'request', 'initialize', 0]);
    expect(byDirection).toContainEqual(['inbound', 'response', 'initialize', 0]);
    expect(byDirection).toContainEqual(['inbound', 'request', 'ping', 0]);
    expect(byDirection).toContainEqual(['outbound', 'response', 'ping', 0]);
    await client.close();
  });

  it('delivers progress for the request that carries the token and forwards its cancellation', async () => {
    const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
    const server = new McpServer({ name: 's', version: '1' });
    let aborted: () => void = () => undefined;
    const wasAborted = new Promise<void>((resolve) => (aborted = resolve));
    server.registerTool('long', { inputSchema: { steps: z.number() } }, async ({ steps }, extra) => {
      for (let i = 1; i <= steps; i++) {
        await extra.sendNotification({ method: 'notifications/progress', params: { progressToken: extra._meta!.progressToken!, progress: i, total: steps } });
      }
      // The cancellation may be in before the handler resumes: the in-memory pair delivers at once, guarded or bare.
      if (extra.signal.aborted) aborted();
      else extra.signal.addEventListener('abort', () => aborted());
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return { content: [] };
    });
    await server.connect(serverEnd);
    const events: GuardTransportEvent[] = [];
    const client = new Client({ name: 'c', version: '1' });
    await client.connect(guardTransport(clientEnd, balanced, { onVerdict: (e) => events.push(e) }));
    const controller = new AbortController();
    const progress: Progress[] = [];
    const call = client.callTool({ name: 'long', arguments: { steps: 2 } }, undefined, {
      signal: controller.signal,
      onprogress: (p) => {
        progress.push(p);
        if (p.progress === 2) controller.abort('user stopped it');
      },
    });
    await expect(call).rejects.toThrow();
    await wasAborted;
    expect(progress.map((p) => p.progress)).toEqual([1, 2]);
    const request = events.find((e) => e.verdict.method === 'tools/call' && e.direction === 'outbound')!.message as { id: number; params: { _meta: { progressToken: number } } };
    const progressTokens = events.filter((e) => e.verdict.method === 'notifications/progress').map((e) => (e.message as { params: { progressToken: unknown } }).params.progressToken);
    expect(progressTokens).toEqual([request.params._meta.progressToken, request.params._meta.progressToken]);
    const cancel = events.find((e) => e.verdict.method === 'notifications/cancelled');
    expect(cancel).toMatchObject({ direction: 'outbound', outcome: 'forwarded', message: { params: { requestId: request.id } } });
    await client.close();
  });
});

describe('guardTransport and bad input from either side', () => {
  it('answers a malformed request from the peer with the invalid-request error carrying its id', async () => {
    const [peer, local] = InMemoryTransport.createLinkedPair();
    const fromGuard: JSONRPCMessage[] = [];
    peer.onmessage = (m) => fromGuard.push(m);
    await peer.start();
    const wrapped = guardTransport(local, balanced, { side: 'server' });
    const delivered: unknown[] = [];
    wrapped.onmessage = (m) => delivered.push(m);
    await wrapped.start();
    await peer.send({ jsonrpc: '2.0', id: 3, method: 42 } as unknown as JSONRPCMessage);
    await peer.send({ jsonrpc: '2.0', method: 'notifications/initialized', extra: true } as unknown as JSONRPCMessage);
    await tick();
    expect(delivered).toEqual([]);
    expect(fromGuard).toHaveLength(1);
    expect(fromGuard[0]).toMatchObject({ jsonrpc: '2.0', id: 3, error: { code: -32600, data: { rule: 'protocol/invalid-message' } } });
    await wrapped.close();
  });

  it('lets the server refuse an unknown method in balanced, and refuses it itself in strict', async () => {
    for (const [guard, expected] of [[balanced, -32601], [strict, -32010]] as const) {
      const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
      await new McpServer({ name: 's', version: '1' }).connect(serverEnd);
      const client = new Client({ name: 'c', version: '1' });
      await client.connect(guardTransport(clientEnd, guard));
      const error = await client.request({ method: 'vendor/undocumented', params: {} }, EmptyResultSchema).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(McpError);
      expect((error as McpError).code).toBe(expected);
      if (expected === -32010) expect((error as McpError).data).toMatchObject({ rule: 'protocol/unknown-method' });
      await client.close();
    }
  });

  it('refuses an oversize call and replaces an oversize answer with the too-large error', async () => {
    const small = createGuard({ limits: { maxMessageBytes: 4096 } });
    const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
    const server = new McpServer({ name: 's', version: '1' });
    const handled: number[] = [];
    server.registerTool('blob', { inputSchema: { size: z.number(), pad: z.string().optional() } }, ({ size }) => {
      handled.push(size);
      return { content: [{ type: 'text', text: 'x'.repeat(size) }] };
    });
    await server.connect(serverEnd);
    const client = new Client({ name: 'c', version: '1' });
    await client.connect(guardTransport(clientEnd, small));
    const tooBig = await client.callTool({ name: 'blob', arguments: { size: 1, pad: 'y'.repeat(8000) } }).catch((e: unknown) => e);
    expect(tooBig).toMatchObject({ code: -32011, data: { rule: 'preflight/max-message-bytes' } });
    expect(handled).toEqual([]);
    const answer = await client.callTool({ name: 'blob', arguments: { size: 8000 } }).catch((e: unknown) => e);
    expect(answer).toBeInstanceOf(McpError);
    expect(answer).toMatchObject({ code: -32011, data: { rule: 'preflight/max-message-bytes' } });
    expect(handled).toEqual([8000]);
    const fine = await client.callTool({ name: 'blob', arguments: { size: 10 } });
    expect(fine.content).toEqual([{ type: 'text', text: 'x'.repeat(10) }]);
    await client.close();
  });
});

describe('guardTransport as a drop-in', () => {
  it('passes send options through untouched and keeps unknown members delegated', async () => {
    const [a, b] = InMemoryTransport.createLinkedPair();
    b.onmessage = () => undefined;
    await b.start();
    const seen: unknown[] = [];
    const send = a.send.bind(a);
    a.send = (message, options) => {
      seen.push(options);
      return send(message, options);
    };
    const extended = Object.assign(a, { custom: 41, bump(this: { custom: number }) { return ++this.custom; } });
    const wrapped = guardTransport(extended, balanced);
    await wrapped.start();
    const options = { relatedRequestId: 4, resumptionToken: 'r-1', onresumptiontoken: () => undefined, headers: { 'mcp-param-x': '1' }, requestSignal: new AbortController().signal };
    await wrapped.send({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 4, progress: 1 } }, options);
    expect(seen).toEqual([options]);
    expect(seen[0]).toBe(options);
    expect(wrapped.bump()).toBe(42);
    expect(wrapped.custom).toBe(42);
    wrapped.custom = 7;
    expect(extended.custom).toBe(7);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- identity of the delegated method is the point
    expect(wrapped.bump).toBe(wrapped.bump);
    await wrapped.close();
  });

  it('keeps callbacks as plain slots, whether set before wrapping, before connect or after', async () => {
    const [a, b] = InMemoryTransport.createLinkedPair();
    const closes: string[] = [];
    a.onclose = () => closes.push('set before wrapping');
    const wrapped = guardTransport(a, balanced);
    expect(wrapped.onclose).toBeTypeOf('function');
    expect(wrapped.onmessage).toBeUndefined();
    const got: unknown[] = [];
    wrapped.onmessage = (m) => got.push(m);
    await wrapped.start();
    const replaced = (m: unknown): void => void got.push(['replaced', m]);
    wrapped.onmessage = replaced;
    expect(wrapped.onmessage).toBe(replaced);
    await b.send({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'hello' } });
    await tick();
    expect(got).toEqual([['replaced', { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'hello' } }]]);
    const previous = wrapped.onclose!;
    wrapped.onclose = () => {
      previous();
      closes.push('set after start');
    };
    await wrapped.close();
    expect(closes).toEqual(['set before wrapping', 'set after start']);
  });

  it('queues what arrives before start, as the bare in-memory transport does', async () => {
    const [a, b] = InMemoryTransport.createLinkedPair();
    const wrapped = guardTransport(a, balanced);
    await b.send({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'early' } });
    const got: unknown[] = [];
    wrapped.onmessage = (m) => got.push(m);
    await wrapped.start();
    await tick();
    expect(got).toHaveLength(1);
    await wrapped.close();
  });

  it('rejects arguments that are not a transport, a guard and valid options', () => {
    const [a] = InMemoryTransport.createLinkedPair();
    const attempts: (() => unknown)[] = [
      () => guardTransport({} as never, balanced),
      () => guardTransport(a, {} as never),
      () => guardTransport(a, balanced, { side: 'proxy' as never }),
      () => guardTransport(a, balanced, { sessionId: '' }),
      () => guardTransport(a, balanced, { onVerdict: 'log' as never }),
      () => guardTransport(a, balanced, { profile: 'strict' } as never),
    ];
    for (const attempt of attempts) {
      let thrown: unknown;
      try {
        attempt();
      } catch (error) {
        thrown = error;
      }
      expect(isVanguardError(thrown)).toBe(true);
      expect((thrown as { code: string }).code).toBe('VG_ERR_INVALID_OPTIONS');
    }
  });
});
