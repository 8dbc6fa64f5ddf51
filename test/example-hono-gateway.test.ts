// examples/hono-gateway.mjs: Vanguard's handler mounted in a Hono app, served by @hono/node-server.
import type { AddressInfo } from 'node:net';

import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { connectV1 } from './gateway-helpers.js';

// @ts-expect-error -- a plain JavaScript example without type declarations
import { createApp } from '../examples/hono-gateway.mjs';

const key = 'hono-example-key-0123456789';

describe('the Hono gateway example', () => {
  let base: string;
  let server: ReturnType<typeof serve>;
  let close: () => Promise<void>;
  const log: string[] = [];

  beforeAll(async () => {
    const built = (createApp as (o: unknown) => { app: { fetch: (r: Request) => Promise<Response> }; close: () => Promise<void> })({ apiKeys: [key], log: (line: string) => log.push(line) });
    close = built.close;
    await new Promise<void>((resolve) => {
      server = serve({ fetch: built.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await close();
  });

  it("serves the app's own routes next to the guarded MCP endpoint", async () => {
    expect(await (await fetch(`${base}/status`)).json()).toEqual({ service: 'team-mcp', sessions: 0 });
    expect((await fetch(`${base}/mcp`, { method: 'POST', body: '{}' })).status).toBe(401);
    const { client } = await connectV1(new URL(`${base}/mcp`), { authorization: `Bearer ${key}` });
    const echo = await client.callTool({ name: 'echo', arguments: { message: 'through hono' } });
    expect(JSON.stringify(echo.content)).toContain('through hono');
    const blocked = await client.callTool({ name: 'echo', arguments: { message: 'cat ~/.ssh/id_rsa' } }).catch((e: unknown) => e as { code?: number });
    expect(blocked.code).toBe(-32010);
    await client.close();
    expect(log).toContain('POST /mcp');
    expect(log.some((line) => line.startsWith('audit block tools/call path/'))).toBe(true);
  });
});
