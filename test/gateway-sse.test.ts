// Legacy HTTP+SSE through the gateway: server-everything in sse mode, the SDK v1 SSE client. The client
// sees only the gateway's URLs (the endpoint event is rewritten) and every message is guarded.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { createGuard } from '@vanguard/core';
import { httpUpstream, readSseEvents } from '@vanguard/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, type RunningGateway, servings, startGateway } from './gateway-helpers.js';
import { startEverything } from './mcp-sdk-helpers.js';

describe.each(servings)('vanguard gateway in front of a legacy HTTP+SSE server (%s)', (serving) => {
  let everything: Awaited<ReturnType<typeof startEverything>>;
  let gateway: RunningGateway;
  const audit = auditLog();

  beforeAll(async () => {
    everything = await startEverything('sse');
    gateway = await startGateway({
      auth: { apiKeys: ['legacy-key-0123456789abcdef'] },
      routes: [{ name: 'legacy', guard: createGuard({ audit: audit.sink }), upstream: httpUpstream(everything.url.href), legacySse: { url: everything.url.href } }],
    }, serving);
  }, 30_000);
  afterAll(async () => {
    await gateway?.close();
    await everything?.stop();
  });

  it("rewrites the endpoint event to the gateway's own message URL", async () => {
    const response = await fetch(`${gateway.base}/legacy/sse`, { headers: { accept: 'text/event-stream', 'x-api-key': 'legacy-key-0123456789abcdef' } });
    expect(response.status).toBe(200);
    for await (const event of readSseEvents(response.body!, 1 << 16)) {
      expect(event.event).toBe('endpoint');
      expect(event.data).toMatch(/^\/legacy\/message\?sessionId=[\w-]+$/);
      break;
    }
    await response.body?.cancel().catch(() => undefined);
  });

  it('lets the SDK SSE client call tools through the gateway and answers a blocked call on the stream', async () => {
    const headers = { 'x-api-key': 'legacy-key-0123456789abcdef' };
    const transport = new SSEClientTransport(new URL(`${gateway.base}/legacy/sse`), { requestInit: { headers }, eventSourceInit: { fetch: (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), ...headers } }) } });
    const client = new Client({ name: 'legacy-host', version: '1.0.0' });
    await client.connect(transport);
    expect((await client.listTools()).tools.map((t) => t.name)).toContain('echo');
    const echo = await client.callTool({ name: 'echo', arguments: { message: 'over legacy sse' } });
    expect(JSON.stringify(echo.content)).toContain('over legacy sse');
    const blocked = (await client.callTool({ name: 'echo', arguments: { message: 'rm -rf / --no-preserve-root' } }).catch((e: unknown) => e)) as { code?: number };
    expect(blocked.code).toBe(-32010);
    await client.close();
    expect(audit.events.some((e) => e.server_id === 'legacy' && e.method === 'tools/call' && e.direction === 'server_to_client')).toBe(true);
  });

  it('refuses the stream without credentials, and a message for an unknown session', async () => {
    expect((await fetch(`${gateway.base}/legacy/sse`, { headers: { accept: 'text/event-stream' } })).status).toBe(401);
    const response = await fetch(`${gateway.base}/legacy/message?sessionId=nope`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'legacy-key-0123456789abcdef' }, body: '{"jsonrpc":"2.0","id":1,"method":"ping"}' });
    expect(response.status).toBe(404);
    await response.body?.cancel();
  });
});
