// Every gateway limit, each refusal checked as an HTTP status, a JSON-RPC error and an audit event.
// In front of server-everything over Streamable HTTP on 127.0.0.1.
import { type AuditEvent, createGuard } from '@vanguard/core';
import { type GatewayHandlerOptions, httpUpstream, type LimitOptions } from '@vanguard/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, initialize, post, type RunningGateway, servings, startGateway } from './gateway-helpers.js';
import { startEverything } from './mcp-sdk-helpers.js';
import { waitFor } from './stdio-helpers.js';

const keyA = 'vg-key-alice-0123456789abcdef';
const keyB = 'vg-key-bob-0123456789abcdef00';
const alice = { 'x-api-key': keyA };
const bob = { 'x-api-key': keyB };

describe.each(servings)('gateway limits (%s)', (serving) => {
  let everything: Awaited<ReturnType<typeof startEverything>>;
  const running: RunningGateway[] = [];

  beforeAll(async () => {
    everything = await startEverything();
  }, 30_000);
  afterAll(async () => {
    for (const g of running) await g.close();
    await everything?.stop();
  });

  async function gatewayWith(limits: LimitOptions, extra: Partial<GatewayHandlerOptions> = {}): Promise<{ gateway: RunningGateway; events: AuditEvent[] }> {
    const audit = auditLog();
    const gateway = await startGateway({
      auth: { apiKeys: [{ id: 'alice', key: keyA }, { id: 'bob', key: keyB }] },
      limits,
      routes: [{ name: 'everything', guard: createGuard({ audit: audit.sink }), upstream: httpUpstream(everything.url.href) }],
      ...extra,
    }, serving);
    running.push(gateway);
    return { gateway, events: audit.events };
  }

  async function refused(response: Response, status: number, code: number, rule: string, events: AuditEvent[]): Promise<void> {
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: number; data: { rule: string } } };
    expect(body.error.code).toBe(code);
    expect(body.error.data.rule).toBe(rule);
    expect(events.some((e) => e.rule === rule && e.action === 'block')).toBe(true);
  }

  async function open(gateway: RunningGateway, headers: Record<string, string>): Promise<Record<string, string>> {
    const response = await post(gateway.url, initialize(), headers);
    expect(response.status).toBe(200);
    await response.body?.cancel();
    return { ...headers, 'mcp-session-id': response.headers.get('mcp-session-id')!, 'mcp-protocol-version': '2025-06-18' };
  }

  it('refuses a body over maxBodyBytes with 413 and -32011', async () => {
    const { gateway, events } = await gatewayWith({ maxBodyBytes: 1024 });
    const big = { ...initialize(), params: { ...initialize().params, clientInfo: { name: 'x'.repeat(2048), version: '1' } } };
    await refused(await post(gateway.url, big, alice), 413, -32011, 'preflight/max-message-bytes', events);
  });

  it('refuses requests over the per-principal rate with 429 and Retry-After, per principal', async () => {
    const { gateway, events } = await gatewayWith({ ratePerMinute: 2 });
    for (let i = 0; i < 2; i++) await (await post(gateway.url, initialize(i), alice)).body?.cancel();
    const third = await post(gateway.url, initialize(3), alice);
    expect(third.headers.get('retry-after')).toBe('60');
    await refused(third, 429, -32013, 'adapter/rate-limited', events);
    // Bob has his own budget.
    const other = await post(gateway.url, initialize(4), bob);
    expect(other.status).toBe(200);
    await other.body?.cancel();
  });

  it('refuses requests over the per-principal and the global concurrency limits', async () => {
    const { gateway, events } = await gatewayWith({ concurrencyPerPrincipal: 1, concurrency: 2 });
    const session = await open(gateway, alice);
    // An open standalone GET stream holds a slot while it is open.
    const stream = await fetch(gateway.url, { headers: { ...session, accept: 'text/event-stream' } });
    expect(stream.status).toBe(200);
    await refused(await post(gateway.url, { jsonrpc: '2.0', id: 2, method: 'tools/list' }, session), 429, -32013, 'adapter/busy', events);
    const bobSession = await open(gateway, bob);
    const bobStream = await fetch(gateway.url, { headers: { ...bobSession, accept: 'text/event-stream' } });
    expect(bobStream.status).toBe(200);
    const carol = await post(gateway.url, initialize(), alice);
    expect(carol.status).toBe(503);
    await carol.body?.cancel();
    await stream.body?.cancel();
    await bobStream.body?.cancel();
    // Slots come back when the streams end.
    await waitFor(() => gateway.handler.limits.inFlight === 0, () => `${gateway.handler.limits.inFlight} requests still in flight`);
  });

  it('gives back the slot of a request whose upstream error answer passes through as it is', async () => {
    const { gateway } = await gatewayWith({ concurrency: 1 });
    // A GET without a session: the upstream answers 400 and the gateway passes that on.
    for (let i = 0; i < 3; i++) {
      const response = await fetch(gateway.url, { headers: { ...alice, accept: 'text/event-stream' } });
      expect(response.status).toBe(400);
      await response.body?.cancel();
    }
    await waitFor(() => gateway.handler.limits.inFlight === 0, () => `${gateway.handler.limits.inFlight} requests still in flight`);
  });

  it('refuses sessions over the per-principal and the total session limits', async () => {
    const { gateway, events } = await gatewayWith({ sessionsPerPrincipal: 1 });
    await open(gateway, alice);
    await refused(await post(gateway.url, initialize(), alice), 429, -32013, 'adapter/session-limit', events);
    await open(gateway, bob);
    expect(gateway.handler.limits.openSessions).toBe(2);
    const { gateway: small, events: smallEvents } = await gatewayWith({ sessions: 1 });
    await open(small, alice);
    await refused(await post(small.url, initialize(), bob), 503, -32013, 'adapter/session-limit', smallEvents);
  });

  it('ends a session left idle longer than sessionIdleMs', async () => {
    const { gateway, events } = await gatewayWith({ sessionIdleMs: 200 });
    const session = await open(gateway, alice);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await refused(await post(gateway.url, { jsonrpc: '2.0', id: 2, method: 'tools/list' }, session), 404, -32013, 'adapter/session-unknown', events);
  });

  it("binds a session to the principal that created it: another principal's request for it is 404", async () => {
    const { gateway, events } = await gatewayWith({});
    const session = await open(gateway, alice);
    await refused(await post(gateway.url, { jsonrpc: '2.0', id: 2, method: 'tools/list' }, { ...session, ...bob }), 404, -32013, 'adapter/session-unknown', events);
    const own = await post(gateway.url, { jsonrpc: '2.0', id: 3, method: 'tools/list' }, session);
    expect(own.status).toBe(200);
    await own.body?.cancel();
  });

  it('refuses a foreign Host or Origin with 403 (DNS-rebinding protection) and allows loopback ones', async () => {
    const { gateway, events } = await gatewayWith({});
    await refused(await post(gateway.url, initialize(), { ...alice, origin: 'http://evil.example' }), 403, -32013, 'adapter/origin-refused', events);
    const ok = await post(gateway.url, initialize(), { ...alice, origin: gateway.base });
    expect(ok.status).toBe(200);
    await ok.body?.cancel();
    const { gateway: named, events: namedEvents } = await gatewayWith({}, { origin: { allowedHosts: ['mcp.example.com'] } });
    await refused(await post(named.url, initialize(), alice), 403, -32013, 'adapter/origin-refused', namedEvents);
  });

  it('answers /healthz and /readyz without credentials and without details', async () => {
    const { gateway } = await gatewayWith({});
    const health = await fetch(`${gateway.base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${gateway.base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect((await fetch(`${gateway.base}/nowhere`)).status).toBe(404);
    const put = await fetch(gateway.url, { method: 'PUT', headers: alice });
    expect(put.status).toBe(405);
  });
});
