// Two gateway instances in front of one server-everything share a real redis-server: what docs/gateway.md
// promises for several instances (one request rate per principal, one set of drift pins) holds end to end.
import { type AuditEvent, createGuard } from '@vanguard/core';
import { httpUpstream } from '@vanguard/http';
import { createRedisStore, type RedisStateStore } from '@vanguard/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startRedisServer, type RedisServer } from '../packages/redis/test/redis-server.js';
import { auditLog, initialize, post, type RunningGateway, startGateway } from './gateway-helpers.js';
import { startEverything } from './mcp-sdk-helpers.js';

const alice = { 'x-api-key': 'vg-key-alice-0123456789abcdef' };

describe('two gateways sharing one Redis', () => {
  let redis: RedisServer;
  let everything: Awaited<ReturnType<typeof startEverything>>;
  const stores: RedisStateStore[] = [];
  const running: RunningGateway[] = [];

  beforeAll(async () => {
    [redis, everything] = await Promise.all([startRedisServer(), startEverything()]);
  }, 30_000);
  afterAll(async () => {
    for (const g of running) await g.close();
    for (const s of stores) await s.close();
    await everything?.stop();
    await redis?.stop();
  });

  async function instance(prefix: string, ratePerMinute: number): Promise<{ gateway: RunningGateway; events: AuditEvent[] }> {
    // No ready(): the first request waits for the store's connection. A generous command timeout: past it
    // (a command, or that first wait) the store counts locally, per instance, which a loaded machine
    // (several test files at once) could reach; this suite is about sharing, not about that fallback.
    const store = createRedisStore({ url: redis.url, prefix, commandTimeoutMs: 10_000 });
    stores.push(store);
    const audit = auditLog();
    const gateway = await startGateway({
      auth: { apiKeys: [{ id: 'alice', key: alice['x-api-key'] }] },
      limits: { ratePerMinute },
      routes: [{ name: 'everything', guard: createGuard({ profile: 'balanced', store, audit: audit.sink }), upstream: httpUpstream(everything.url.href) }],
    });
    running.push(gateway);
    return { gateway, events: audit.events };
  }

  it('count one request rate per principal across both instances', async () => {
    const a = await instance('vg-rate-test:', 4);
    const b = await instance('vg-rate-test:', 4);
    for (const [i, g] of [a, b, a, b].entries()) {
      const response = await post(g.gateway.url, initialize(i), alice);
      expect(response.status).toBe(200);
      await response.body?.cancel();
    }
    // The fifth request is over the shared budget, whichever instance it reaches.
    const fifth = await post(b.gateway.url, initialize(5), alice);
    expect(fifth.status).toBe(429);
    expect(((await fifth.json()) as { error: { data: { rule: string } } }).error.data.rule).toBe('adapter/rate-limited');
    expect(b.events.some((e) => e.rule === 'adapter/rate-limited')).toBe(true);
  });

  it('keep separate budgets under separate prefixes', async () => {
    const c = await instance('vg-rate-c:', 1);
    const d = await instance('vg-rate-d:', 1);
    for (const g of [c, d]) {
      const response = await post(g.gateway.url, initialize(), alice);
      expect(response.status).toBe(200);
      await response.body?.cancel();
    }
  });
});
