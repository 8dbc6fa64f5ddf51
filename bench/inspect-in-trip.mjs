#!/usr/bin/env node
// Where the balanced guard's round-trip cost goes that instruction counts do not show (issue 13). Callgrind
// gives a guarded client round trip ~78k main-thread instructions more than a bare one, the adapter's and
// guard.inspect's own (transport-instructions.mjs, pair-instructions.mjs): nothing else runs. Yet the round
// trip adds about twice what the adapter and a direct guard.inspect loop cost in µs. This measures the
// guard's calls where they run, per call (medians):
// 1. inside the round trip: each message the client side sends and receives is inspected once on a
//    shadow session (the first call: what the guarded transport pays), then again at once on the real one
//    (the second call: the same code and data, just used);
// 2. in a direct loop (the same request and answer, back to back), the same two calls;
// 3. in a direct loop with a gap before each call: nothing, a spin of 30 µs (time passes, nothing is
//    touched), 30 KB allocated (the SDK's garbage per round trip), 512 KB of a 4 MB array read (other
//    data through the caches), 400 small functions called (other code).
// 4. the round trip over a minimal synchronous wrapper (no guardTransport), in blocks: without inspection,
//    and with each message inspected once, the guard's time taken out of each trip (what is left is the
//    SDK's, run after the guard's).
// If the first call in the round trip costs what the second costs, the extra is elsewhere; if it costs
// what a call after the 512 KB read costs, it is the guard's data (code included: JIT code and regexps are
// data to the caches) fetched again after the SDK's work pushed it out.
// Found (stop 35, 2 vCPUs shared with other work): in the round trip 8.1 + 2.9 µs per request + answer,
// the same call again 4.3 + 1.9, a direct loop 3.9 + 1.9, after a 512 KB read 5.7 + 2.9, after a spin or
// 30 KB allocated unchanged; the SDK's own share 22.4 µs after the guard's calls against 19.9 µs without.
// In a calm round (bare trip 12-13 µs) the guard's calls cost what they cost in a loop (6.7 µs) and the
// SDK's share is unchanged: the extra comes and goes with the rounds' mode (other work sharing the caches,
// or the heap's state as trip-cycle.mjs shows it: not told apart here).
//
//   npm run build && node bench/inspect-in-trip.mjs [--rounds 5] [--calls 2000] [allowed]
//       [--core /path/to/core/dist/index.js --sdk /path/to/mcp-sdk/dist/index.js]   (another build)
// `allowed`: the guard's clock moves a second per call, so every call is a plain allow (else the real
// clock: a session's thousands of calls a second warn for behaviour/enumeration-burst, as in
// transport.bench.mjs).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

import { benchArgs, median, printTable } from './measure.mjs';

const { rounds, value } = benchArgs({ rounds: 5 });
const calls = Number(value('--calls') ?? 2000);
const load = async (flag, fallback) => (value(flag) ? import(pathToFileURL(resolve(value(flag))).href) : import(fallback));
const { createGuard } = await load('--core', '@vanguard/core');
const { guardTransport } = await load('--sdk', '@vanguard/mcp-sdk');

let clock = 1_700_000_000_000;
const allowed = process.argv.includes('allowed');
const guard = createGuard({ profile: 'balanced', ...(allowed ? { now: () => (clock += 1000) } : {}) });
const callArgs = { name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } };
const text = '3 matches for useEffect under /home/alice/projects/webapp/src: src/app.tsx:12, src/hooks/useData.ts:4, src/pages/index.tsx:30';
const now = () => process.hrtime.bigint();
const micros = (from) => Number(now() - from) / 1000;

/** Per side, the times of the first call (shadow session) and of the second (the real one). */
let times;
const shadow = { client: { from: 'client', sessionId: 'shadow' }, server: { from: 'server', sessionId: 'shadow' } };
/** Both calls, timed; the second's verdict is the one returned. */
function twice(message, context) {
  const t0 = now();
  guard.inspect(message, shadow[context.from]);
  const t1 = now();
  const verdict = guard.inspect(message, context);
  const t2 = now();
  times[context.from].first.push(Number(t1 - t0) / 1000);
  times[context.from].second.push(Number(t2 - t1) / 1000);
  return verdict;
}
const reset = () => (times = { client: { first: [], second: [] }, server: { first: [], second: [] } });
reset();
const timed = { profile: guard.profile, inspect: twice, decide: (event, context) => guard.decide(event, context) };

const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
const server = new McpServer({ name: 'bench', version: '1.0.0' });
server.registerTool('search_files', { description: 'Searches files of the project.', inputSchema: { path: z.string(), pattern: z.string() } }, () => ({ content: [{ type: 'text', text }] }));
await server.connect(serverEnd);
const client = new Client({ name: 'bench-host', version: '1.0.0' });
await client.connect(guardTransport(clientEnd, timed));

let sink = 0;
const spin = () => {
  const end = now() + 30_000n;
  while (now() < end) sink++;
};
const allocate = () => {
  let o = { i: 0, j: 0, k: 0 };
  // 32-byte objects: 30 KB of them.
  for (let i = 0; i < 30 * 32; i++) o = { i, j: i, k: o.k + 1 };
  sink += o.i;
};
const other = new Float64Array(1 << 19);
const read = () => {
  let p = (Math.random() * other.length) | 0;
  let sum = 0;
  for (let i = 0; i < 512 * 128; i++) {
    sum += other[p];
    p = (p + 8) & (other.length - 1);
  }
  sink += sum;
};
// Distinct code objects are the point (closures of one function would share their code).
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const functions = Array.from({ length: 400 }, (_, i) => new Function('o', `let s = ${i}; for (const k in o) s += k.length > ${i % 7} ? k.charCodeAt(0) * ${i} : -${i}; return s;`));
const code = () => {
  const o = { alpha: 1, beta: 2, gamma: 3 };
  for (const f of functions) sink += f(o);
};
const gaps = [
  ['direct loop, no gap', undefined],
  ['direct loop, 30 µs spin before each call', spin],
  ['direct loop, 30 KB allocated before each call', allocate],
  ['direct loop, 512 KB of other data read before each call', read],
  ['direct loop, 400 other functions called before each call', code],
];

/**
 * A minimal synchronous wrapper of the client end (no lanes, no bookkeeping): with `inspect`, each message
 * it sends or receives is inspected once, timed into `spentInTrip`, before it is passed on.
 */
let spentInTrip = 0;
const real = { client: { from: 'client', sessionId: 'minimal' }, server: { from: 'server', sessionId: 'minimal' } };
function minimal(transport, inspect) {
  const check = (message, from) => {
    if (!inspect) return;
    const t = now();
    guard.inspect(message, real[from]);
    spentInTrip += Number(now() - t) / 1000;
  };
  const wrapper = {
    start: () => {
      transport.onmessage = (message, extra) => {
        check(message, 'server');
        wrapper.onmessage?.(message, extra);
      };
      transport.onclose = () => wrapper.onclose?.();
      transport.onerror = (error) => wrapper.onerror?.(error);
      return transport.start();
    },
    send: (message, options) => {
      check(message, 'client');
      return transport.send(message, options);
    },
    close: () => transport.close(),
  };
  return wrapper;
}
async function minimalClient(inspect) {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const bare = new McpServer({ name: 'bench', version: '1.0.0' });
  bare.registerTool('search_files', { description: 'Searches files of the project.', inputSchema: { path: z.string(), pattern: z.string() } }, () => ({ content: [{ type: 'text', text }] }));
  await bare.connect(serverSide);
  const host = new Client({ name: 'bench-host', version: '1.0.0' });
  await host.connect(minimal(clientSide, inspect));
  return host;
}
const plainClient = await minimalClient(false);
const inspectingClient = await minimalClient(true);
const sdkRows = { plain: [], inspecting: [], rest: [], spent: [] };

const rows = new Map();
const keep = (name, side) => {
  const row = rows.get(name) ?? rows.set(name, { request: [], answer: [], again: [], againAnswer: [] }).get(name);
  row.request.push(median(times.client[side]));
  row.answer.push(median(times.server[side]));
};
let id = 0;
for (let round = 0; round <= rounds; round++) {
  // Round 0 warms everything up and is not kept.
  reset();
  const trip = [];
  for (let i = 0; i < calls; i++) {
    const t = now();
    await client.callTool(callArgs);
    trip.push(micros(t));
  }
  if (round > 0) {
    keep('in the round trip, first call (what the guarded transport pays)', 'first');
    keep('in the round trip, the same call again at once', 'second');
    (rows.get('round trip') ?? rows.set('round trip', { trip: [] }).get('round trip')).trip.push(median(trip));
  }
  // The SDK's share of a round trip with and without the guard's calls in it (the guard's own time taken out).
  const plain = [];
  const inspecting = [];
  const rest = [];
  const spent = [];
  // In blocks, as the first table's round trips: a call alternated with the other setup's would find the
  // caches as that one left them.
  for (let i = 0; i < calls; i++) {
    const t = now();
    await plainClient.callTool(callArgs);
    plain.push(micros(t));
  }
  for (let i = 0; i < calls; i++) {
    spentInTrip = 0;
    const t = now();
    await inspectingClient.callTool(callArgs);
    const trip = micros(t);
    inspecting.push(trip);
    rest.push(trip - spentInTrip);
    spent.push(spentInTrip);
  }
  if (round > 0) {
    sdkRows.plain.push(median(plain));
    sdkRows.inspecting.push(median(inspecting));
    sdkRows.rest.push(median(rest));
    sdkRows.spent.push(median(spent));
  }
  for (const [name, gap] of gaps) {
    reset();
    for (let i = 0; i < calls; i++) {
      id++;
      gap?.();
      twice({ jsonrpc: '2.0', id, method: 'tools/call', params: callArgs }, { from: 'client', sessionId: 'direct' });
      gap?.();
      twice({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text }] } }, { from: 'server', sessionId: 'direct' });
    }
    if (round > 0) keep(name, 'first');
  }
}
await client.close();
await plainClient.close();
await inspectingClient.close();

const fmt = (values) => `${median(values).toFixed(2)} µs`;
const each = (values) => values.map((v) => v.toFixed(1)).join(' ');
printTable(
  `guard.inspect (balanced${allowed ? ', every call allowed' : ', real clock'}) of a small tools/call and its answer, per call, medians of ${rounds} rounds of ${calls}, node ${process.version}; guarded round trip ${fmt(rows.get('round trip').trip)}`,
  ['where the call runs', 'request', 'answer', 'both', 'request per round'],
  [...rows]
    .filter(([name]) => name !== 'round trip')
    .map(([name, r]) => [name, fmt(r.request), fmt(r.answer), `${(median(r.request) + median(r.answer)).toFixed(2)} µs`, each(r.request)]),
);
printTable(
  'the same client round trip over a minimal synchronous wrapper (no guardTransport), in blocks of calls: without inspection, and with each message inspected once (its time taken out of the trip)',
  ['', 'median', 'per round'],
  [
    ['round trip, no inspection', fmt(sdkRows.plain), each(sdkRows.plain)],
    ['round trip, each message inspected', fmt(sdkRows.inspecting), each(sdkRows.inspecting)],
    ['  of which the two guard.inspect calls', fmt(sdkRows.spent), each(sdkRows.spent)],
    ['  the rest (the SDK, after the guard ran)', fmt(sdkRows.rest), each(sdkRows.rest)],
  ],
);
if (sink === 0.5) console.log(sink);
