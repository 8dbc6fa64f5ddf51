#!/usr/bin/env node
// Promises per client round trip (issue 13: awaits and promise turns the adapter adds), counted with an
// async_hooks PROMISE init hook over 1000 client.callTool calls on the SDK v1 in-memory pair: bare, guarded
// with the balanced guard (its verdicts synchronous on the memory store: the adapter's inspectNow path), or
// `async`: the same guard behind a guard-like object whose inspect returns guard.inspect's promise (what a
// guard on an asynchronous store or a custom guard gives).
// Found (stop 62): bare 35.0, guarded 35.0 (the adapter adds none), async 45.0: 5 per message, 1 of them
// guard.inspect's own, so the adapter makes 4 per message that waits for a verdict; 3 are inspectNow's catch,
// #carryOutLater's then and the lane's then (Direction.started), the fourth was not traced. Merging the
// catch into #carryOutLater's then would save one, but needs a core export besides inspectNow.
//
//   npm run build && node bench/trip-promises.mjs [bare|guarded|async]
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createHook } from 'node:async_hooks';
import { z } from 'zod';
import { createGuard } from '@vanguard/core';
import { guardTransport } from '@vanguard/mcp-sdk';
const mode = process.argv[2] ?? 'guarded';
const guard = createGuard({ profile: 'balanced' });
const asyncGuard = { profile: guard.profile, inspect: (m, c) => guard.inspect(m, c), decide: (e, c) => guard.decide(e, c) };
const [a, b] = InMemoryTransport.createLinkedPair();
const server = new McpServer({ name: 'x', version: '1' });
server.registerTool('search_files', { description: 'S.', inputSchema: { path: z.string(), pattern: z.string() } }, () => ({ content: [{ type: 'text', text: 'hi' }] }));
await server.connect(b);
const client = new Client({ name: 'h', version: '1' });
await client.connect(mode === 'bare' ? a : guardTransport(a, mode === 'async' ? asyncGuard : guard));
const args = { name: 'search_files', arguments: { path: '/a', pattern: 'b' } };
for (let i = 0; i < 200; i++) await client.callTool(args);
let promises = 0, resolves = 0; { let p0 = 0; const h = createHook({ init(i, t) { if (t === 'PROMISE') p0++; } }).enable(); const v = guard.inspect({ jsonrpc: '2.0', id: 9e9, method: 'tools/call', params: args }, { from: 'client', sessionId: 'z' }); h.disable(); await v; console.log('guard.inspect alone makes', p0, 'promise(s)'); }
const hook = createHook({ init(id, type) { if (type === 'PROMISE') promises++; }, promiseResolve() { resolves++; } });
hook.enable();
for (let i = 0; i < 1000; i++) await client.callTool(args);
hook.disable();
console.log(`${mode}: ${(promises / 1000).toFixed(1)} promises made, ${(resolves / 1000).toFixed(1)} resolved per round trip`);
process.exit(0);
