#!/usr/bin/env node
// A custom gateway in Hono: the team's own app with its own routes (here a login-free /status page and a
// request log) mounts Vanguard's web-standard handler for everything MCP. Vanguard does the Host/Origin
// checks, API-key auth, limits and guarding; Hono does the rest. The upstream is server-everything,
// spawned over stdio, one process per session.
//
// Run after `npm install`: `VANGUARD_API_KEY=some-long-secret-key node examples/hono-gateway.mjs`
// then point an MCP client at http://127.0.0.1:8787/mcp with `Authorization: Bearer some-long-secret-key`.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { serve } from '@hono/node-server';
import { createGuard } from '@vanguard/core';
import { apiKeysFromEnv, createGatewayHandler, stdioUpstream } from '@vanguard/http';
import { Hono } from 'hono';

const require = createRequire(import.meta.url);
const everything = join(dirname(require.resolve('@modelcontextprotocol/server-everything/package.json')), 'dist', 'index.js');

/** Builds the app; the test imports this and serves it on a free port. */
export function createApp({ apiKeys = apiKeysFromEnv(process.env.VANGUARD_API_KEY), log = () => {} } = {}) {
  const vanguard = createGatewayHandler({
    auth: apiKeys.length ? { apiKeys } : {},
    limits: { ratePerMinute: 600, sessionsPerPrincipal: 8 },
    routes: [
      {
        name: 'everything',
        guard: createGuard({ profile: 'balanced', audit: (event) => log(`audit ${event.action} ${event.method ?? event.message_type} ${event.rule ?? ''}`) }),
        upstream: stdioUpstream({ command: process.execPath, args: [everything, 'stdio'], stderr: 'ignore' }),
      },
    ],
  });
  const app = new Hono();
  app.use('*', async (c, next) => {
    log(`${c.req.method} ${new URL(c.req.url).pathname}`);
    await next();
  });
  app.get('/status', (c) => c.json({ service: 'team-mcp', sessions: vanguard.limits.openSessions }));
  // Everything MCP (and /healthz, /readyz) is Vanguard's: hand it the raw web-standard Request.
  app.all('/mcp', (c) => vanguard(c.req.raw));
  app.all('/everything/mcp', (c) => vanguard(c.req.raw));
  app.get('/healthz', (c) => vanguard(c.req.raw));
  return { app, close: () => vanguard.close() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { app } = createApp({ log: (line) => console.error(line) });
  serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.env.PORT ?? 8787) }, (info) => {
    console.error(`team gateway on http://127.0.0.1:${info.port}/mcp`);
  });
}
