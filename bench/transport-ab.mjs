#!/usr/bin/env node
// guardTransport with the balanced guard, this checkout against another built checkout (its own
// @vanguard/mcp-sdk and @vanguard/core), in one process, alternating rounds so load on the machine hits
// both alike: µs from send() to the peer's onmessage over the SDK v1 in-memory pair, and µs per
// client.callTool round trip with the client side guarded. Two clocks: a fixed one, where a session's
// thousands of searches cross behaviour/enumeration-burst and every call warns (what transport.bench.mjs
// measures), and one that moves a second per message, where every call is a plain allow.
//   npm run build && node bench/transport-ab.mjs /path/to/other/checkout [--rounds 7] [--cpu]
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import * as core from '@vanguard/core';
import { guardTransport } from '@vanguard/mcp-sdk';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

import { measure, measureCpu, median, printTable } from './measure.mjs';

const args = process.argv.slice(2);
const otherRoot = args[0];
if (!otherRoot || otherRoot.startsWith('--')) {
  console.error('usage: node bench/transport-ab.mjs <other checkout, built> [--rounds N]');
  process.exit(2);
}
const at = args.indexOf('--rounds');
const rounds = Number(at >= 0 ? args[at + 1] : 7);
// --cpu: the process's CPU time per message (user + system, all threads), which leaves out waiting for a
// core on a loaded machine; else wall-clock medians.
const cpu = args.includes('--cpu');
const timed = cpu ? measureCpu : measure;
const load = (pkg) => import(pathToFileURL(resolve(otherRoot, `packages/${pkg}/dist/index.js`)).href);
const builds = {
  this: { core, guardTransport },
  other: { core: await load('core'), guardTransport: (await load('mcp-sdk')).guardTransport },
};

const callArgs = { name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } };
const request = { jsonrpc: '2.0', id: 0, method: 'tools/call', params: callArgs };
const answerText = '3 matches for useEffect under /home/alice/projects/webapp/src: src/app.tsx:12, src/hooks/useData.ts:4, src/pages/index.tsx:30';

let clock = 1_700_000_000_000;
const clocks = { warned: () => clock, allowed: () => (clock += 1000) };

/** One message through a guarded transport pair, from send() to the peer's onmessage. */
async function oneWay(build, guard) {
  const [a, b] = InMemoryTransport.createLinkedPair();
  let arrived;
  b.onmessage = () => arrived();
  await b.start();
  const sender = build.guardTransport(a, guard);
  await sender.start();
  return (i) =>
    new Promise((done) => {
      arrived = done;
      void sender.send({ ...request, id: i });
    });
}

/** A client whose transport is guarded, and a bare server. */
async function roundTrip(build, guard) {
  const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
  const server = new McpServer({ name: 'bench', version: '1.0.0' });
  server.registerTool('search_files', { description: 'Searches files of the project.', inputSchema: { path: z.string(), pattern: z.string() } }, () => ({
    content: [{ type: 'text', text: answerText }],
  }));
  await server.connect(serverEnd);
  const client = new Client({ name: 'bench-host', version: '1.0.0' });
  await client.connect(build.guardTransport(clientEnd, guard));
  return { run: () => client.callTool(callArgs), close: () => client.close() };
}

const setups = [];
for (const [clockName, now] of Object.entries(clocks)) {
  const sends = [];
  const trips = [];
  for (const name of ['this', 'other']) {
    const build = builds[name];
    const guard = () => build.core.createGuard({ profile: 'balanced', now });
    sends.push({ measure: `send, ${clockName}`, run: await oneWay(build, guard()), options: { iterations: 5000, warmup: 500 } });
    const trip = await roundTrip(build, guard());
    trips.push({ measure: `round trip, ${clockName}`, run: trip.run, close: trip.close, options: { iterations: 1500, warmup: 150 } });
  }
  // In pairs: this, then the other build.
  setups.push(...sends, ...trips);
}
for (const s of setups) s.medians = [];
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < setups.length; i += 2) {
    const pair = round % 2 ? [setups[i], setups[i + 1]] : [setups[i + 1], setups[i]];
    for (const s of pair) s.medians.push((await timed(s.run, s.options)).median);
  }
}
for (const s of setups) await s.close?.();
const rows = [];
for (let i = 0; i < setups.length; i += 2) {
  const [a, b] = [median(setups[i].medians), median(setups[i + 1].medians)];
  rows.push([setups[i].measure, `${b.toFixed(2)} µs`, `${a.toFixed(2)} µs`, `${(((a - b) / b) * 100).toFixed(1)}%`, setups[i].medians.map((x) => x.toFixed(1)).join(' '), setups[i + 1].medians.map((x) => x.toFixed(1)).join(' ')]);
}
printTable(`guardTransport, balanced guard, SDK v1 in-memory pair, ${cpu ? 'CPU time per message' : 'wall clock'}, median of ${rounds} alternating rounds, node ${process.version}`, ['', 'other', 'this', 'change', 'this per round', 'other per round'], rows);
