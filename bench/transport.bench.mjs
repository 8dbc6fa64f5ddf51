#!/usr/bin/env node
// Added cost of guardTransport over the bare SDK transport, measured in the same run over the SDK v1
// in-memory transport pair (no I/O, so the wrapper and the guard are all that differs).
// Run after `npm run build`: `node bench/transport.bench.mjs`.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createGuard } from '@vanguard/core';
import { guardTransport } from '@vanguard/mcp-sdk';
import { z } from 'zod';

import { measure, printTable } from './measure.mjs';

const guard = createGuard({ profile: 'balanced' });

/** A connected client and server; `wrap` says which ends go through guardTransport. */
async function connect(wrap) {
  const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
  const server = new McpServer({ name: 'bench', version: '1.0.0' });
  server.registerTool('search_files', { description: 'Searches files of the project.', inputSchema: { path: z.string(), pattern: z.string() } }, ({ path, pattern }) => ({
    content: [{ type: 'text', text: `3 matches for ${pattern} under ${path}: src/app.tsx:12, src/hooks/useData.ts:4, src/pages/index.tsx:30` }],
  }));
  await server.connect(wrap.server ? guardTransport(serverEnd, guard, { side: 'server' }) : serverEnd);
  const client = new Client({ name: 'bench-host', version: '1.0.0' });
  await client.connect(wrap.client ? guardTransport(clientEnd, guard) : clientEnd);
  return client;
}

/** One message through a transport pair, from send() to the peer's onmessage. */
async function oneWay(wrapped) {
  const [a, b] = InMemoryTransport.createLinkedPair();
  let arrived;
  b.onmessage = () => arrived();
  await b.start();
  const sender = wrapped ? guardTransport(a, guard) : a;
  await sender.start();
  const message = { jsonrpc: '2.0', id: 0, method: 'tools/call', params: { name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } } };
  return (i) =>
    new Promise((resolve) => {
      arrived = resolve;
      void sender.send({ ...message, id: i });
    });
}

const callArgs = { name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } };
const setups = [
  { name: 'bare transports', wrap: {} },
  { name: 'client side guarded', wrap: { client: true } },
  { name: 'both sides guarded', wrap: { client: true, server: true } },
];

const fmt = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
const rows = [];

const sendBare = await measure(await oneWay(false), { iterations: 20000, warmup: 2000 });
const sendGuarded = await measure(await oneWay(true), { iterations: 20000, warmup: 2000 });
rows.push(['send → peer onmessage (tools/call)', 'bare transport', fmt(sendBare.median), fmt(sendBare.p99), '', '1.0×']);
rows.push(['', 'guardTransport', fmt(sendGuarded.median), fmt(sendGuarded.p99), `+${fmt(sendGuarded.median - sendBare.median)}`, `${(sendGuarded.median / sendBare.median).toFixed(1)}×`]);

let bare;
for (const setup of setups) {
  const client = await connect(setup.wrap);
  const result = await measure(() => client.callTool(callArgs), { iterations: 5000, warmup: 500 });
  await client.close();
  bare ??= result;
  rows.push([
    setup === setups[0] ? 'client.callTool round trip' : '',
    setup.name,
    fmt(result.median),
    fmt(result.p99),
    setup === setups[0] ? '' : `+${fmt(result.median - bare.median)}`,
    `${(result.median / bare.median).toFixed(1)}×`,
  ]);
}

printTable(
  `guardTransport cost over the SDK v1 in-memory pair, balanced profile, node ${process.version}, ${new Date().toISOString()}`,
  ['operation', 'transport', 'median', 'p99', 'added (median)', 'vs bare'],
  rows,
);
