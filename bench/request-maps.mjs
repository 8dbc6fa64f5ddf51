#!/usr/bin/env node
// The hidden classes of the requests the SDK sends (issue 13): every request of SDK v1's Protocol.request
// (`{ ...request, jsonrpc: '2.0', id }`, a spread site that sees many request shapes) gets a hidden class of
// its own, so each one the guard reads is new to every inline cache it meets (megamorphic: a stub-cache
// miss per property name per request) and its for-in builds a new enum cache. Counts the map changes in
// batches of the SDK's own tools/call requests (bare client, send hooked), then times guard.inspect of
// request + answer in a direct loop over those very objects against the same requests copied into one
// literal shape (the copy reads the SDK object's four fields, so it pays part of the misses itself).
// Found (stop 62, node 20.20, 2 vCPUs under load): 3999 map changes in 4000 requests, batch after batch;
// CPU per request + answer 8.12 µs on the SDK's objects against 8.10 copied (another run 11.79 / 10.78):
// a new class per request costs the guard's reads under ~1 µs a pair, not the round trip's missing ~16 µs.
//
//   npm run build && node --allow-natives-syntax bench/request-maps.mjs
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { createGuard } from '@vanguard/core';
const [a, b] = InMemoryTransport.createLinkedPair();
let seen = [];
const send = a.send.bind(a);
a.send = (m, o) => { seen.push(m); return send(m, o); };
const server = new McpServer({ name: 'x', version: '1' });
server.registerTool('search_files', { description: 'S.', inputSchema: { path: z.string(), pattern: z.string() } }, () => ({ content: [{ type: 'text', text: 'hi' }] }));
await server.connect(b);
const client = new Client({ name: 'h', version: '1' });
await client.connect(a);
const n = 4000;
// V8's own test of two objects' hidden classes (needs --allow-natives-syntax; a text, so the file parses without it).
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a natives call cannot be written as code the linter parses
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)');
const batches = [];
for (let r = 0; r < 12; r++) { seen = []; for (let i = 0; i < n; i++) await client.callTool({ name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } }); batches.push(seen); }
for (const [k, bt] of batches.entries()) { let d = 0; for (let i = 1; i < bt.length; i++) if (!sameMap(bt[i - 1], bt[i])) d++; console.log('batch', k, 'map changes', d, 'of', bt.length); }
let clock = 1_700_000_000_000;
const guard = createGuard({ profile: 'balanced', now: () => (clock += 1000) });
const ctx = { from: 'client', sessionId: 's1' }, sctx = { from: 'server', sessionId: 's1' };
const answer = (i) => ({ result: { content: [{ type: 'text', text: '3 matches for useEffect under /home/alice/projects/webapp/src' }] }, jsonrpc: '2.0', id: i });
function run(msgs, copy) {
  const c = process.cpuUsage();
  for (let i = 0; i < msgs.length; i++) { let m = msgs[i]; if (copy) m = { method: m.method, params: m.params, jsonrpc: m.jsonrpc, id: m.id }; void guard.inspect(m, ctx); void guard.inspect(answer(m.id), sctx); }
  const u = process.cpuUsage(c); return (u.user + u.system) / msgs.length;
}
const res = { sdk: [], copy: [] };
for (let r = 0; r < 12; r++) { res.sdk.push(run(batches[r], false)); res.copy.push(run(batches[r], true)); }
const med = (x) => x.slice(2).sort((p, q) => p - q)[Math.floor((x.length - 2) / 2)];
console.log('CPU µs per request+answer (median): SDK objects (a new map each)', med(res.sdk).toFixed(2), ' copied into one shape', med(res.copy).toFixed(2));
process.exit(0);
