#!/usr/bin/env node
// What of a client round trip survives a scavenge (issue 13: per-call objects promoted into the old space
// feed the slow mode trip-cycle.mjs shows). A client.callTool loop over the SDK v1 in-memory pair, bare,
// guarded (balanced guard, client side) or with the pass-through guard, under V8's sampling heap profiler
// told to keep what major collections free but drop what scavenges free: what it reports was promoted (or
// allocated in the old space at once: pretenured sites, maps, enum caches). Printed per call: bytes by
// allocation stack (innermost frames), then by the innermost guard frame (packages/...: core or adapter),
// so the SDK's own work run from the adapter's callbacks (#carryOut, #deliver) is told from the guard's.
// `--all` keeps what scavenges free too (every allocation).
//
// Found (stop 62, 2 vCPUs under load 20+, 4000 calls, interval 128 B; sampling noise ~±20% per row):
// bare 7.1 KB/call survive, guarded 5.5-6.9 KB/call, of which ~0.4-0.45 KB under the guard's own frames:
// - walkStructure (preflight) ~120 B/call, everything it allocates: the for-in over the request builds
//   the enum cache of its hidden class in the old space. Every request the SDK sends has a hidden class of
//   its own (Protocol.request's `{ ...request, jsonrpc, id }` at a megamorphic spread: 3999 map changes in
//   4000 requests, see request-maps.mjs), so the cache is built per request; bare, the server side's zod
//   parse builds it instead (the bare map shows `enum length: 4`): moved, not added.
// - the memory store's set ~55 B/call (lru-cache's keyMap: a request's correlation entry is set and taken
//   per round trip, so the Map gains and loses an entry per call and is rehashed into a new table every few
//   requests; a table the old space points to is kept by the next scavenge, and each old table points to
//   the next): the pattern direction.ts and PendingRequests avoid, here inside lru-cache.
// - ~5% of the per-call objects of buildVerdict, #run, extractParams, compose, scanValue, the semantic
//   and behaviour layers (20-30 B/call each): alive at a scavenge (the call in flight) or pointed to by
//   promoted garbage, not kept by session state (the correlation key string in SessionKeys' 16 slots,
//   requestCorrelation ~16 B/call, is the one per-call value the session keeps).
//
//   npm run build && node bench/trip-survivors.mjs [bare|guarded|pass] [--calls 4000] [--interval 128]
//       [--all] [--depth 3] [--top 40] [--core /path/to/core/dist/index.js --sdk /path/to/mcp-sdk/dist/index.js]
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
const args = process.argv.slice(2);
const value = (f) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
const mode = ['bare', 'guarded', 'pass'].find((m) => args.includes(m)) ?? 'guarded';
const calls = Number(value('--calls') ?? 4000);
const load = async (flag, fallback) => (value(flag) ? import(pathToFileURL(resolve(value(flag))).href) : import(fallback));
const { createGuard } = await load('--core', '@vanguard/core');
const { guardTransport } = await load('--sdk', '@vanguard/mcp-sdk');
const guard = createGuard({ profile: 'balanced' });
const allow = await guard.inspect({ jsonrpc: '2.0', method: 'notifications/initialized' }, { from: 'client', sessionId: 'cycle' });
const passThrough = { profile: guard.profile, inspect: () => Promise.resolve(allow), decide: (e, c) => guard.decide(e, c) };
const callArgs = { name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } };
const text = '3 matches for useEffect under /home/alice/projects/webapp/src: src/app.tsx:12, src/hooks/useData.ts:4';
const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
const server = new McpServer({ name: 'cycle', version: '1.0.0' });
server.registerTool('search_files', { description: 'Searches files.', inputSchema: { path: z.string(), pattern: z.string() } }, () => ({ content: [{ type: 'text', text }] }));
await server.connect(serverEnd);
const client = new Client({ name: 'cycle-host', version: '1.0.0' });
await client.connect(mode === 'bare' ? clientEnd : guardTransport(clientEnd, mode === 'pass' ? passThrough : guard));
// Warmed up first: what compiling and the first session state leave is not the round trip's.
for (let i = 0; i < 3000; i++) await client.callTool(callArgs);
const s = new Session(); s.connect();
await s.post('HeapProfiler.enable');
await s.post('HeapProfiler.startSampling', { samplingInterval: Number(value('--interval') ?? 128), includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: args.includes('--all') });
for (let i = 0; i < calls; i++) await client.callTool(callArgs);
const { profile } = await s.post('HeapProfiler.stopSampling');
const bySite = new Map();
const byOwn = new Map();
const walk = (node, stack) => {
  const f = node.callFrame;
  const here = `${f.functionName || '(anon)'} ${f.url.replace(/.*node_modules\//, '').replace(/.*wt-[^/]+\//, '').replace('file://', '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  const st = [here, ...stack].slice(0, Number(value('--depth') ?? 3));
  if (node.selfSize) {
    const k = st.join(' < ');
    bySite.set(k, (bySite.get(k) ?? 0) + node.selfSize);
    const own = [here, ...stack].find((h) => h.includes(' packages/')) ?? 'not under a guard frame';
    byOwn.set(own, (byOwn.get(own) ?? 0) + node.selfSize);
  }
  for (const c of node.children) walk(c, [here, ...stack]);
};
walk(profile.head, []);
const total = [...bySite.values()].reduce((a, b) => a + b, 0);
console.log(`${mode}: ${(total / calls).toFixed(0)} B/call sampled${args.includes('--all') ? ' (all allocations)' : ' surviving a scavenge'}`);
for (const [k, v] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(value('--top') ?? 40))) console.log(`${(v / calls).toFixed(1).padStart(8)}  ${k}`);
console.log('by innermost guard frame (packages/):');
const guardTotal = [...byOwn].filter(([k]) => k.includes(' packages/')).reduce((a, [, v]) => a + v, 0);
console.log(`  under guard frames: ${(guardTotal / calls).toFixed(0)} B/call`);
for (const [k, v] of [...byOwn].sort((a, b) => b[1] - a[1]).slice(0, Number(value('--top') ?? 40))) console.log(`${(v / calls).toFixed(1).padStart(8)}  ${k}`);
await client.close(); process.exit(0);
