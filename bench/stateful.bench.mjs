#!/usr/bin/env node
// Added cost of the stateful layers (behaviour, data flow, drift, budgets) per message, on the in-memory
// store and on Redis (with its round trips per message), and the peak heap of 100,000 sessions.
// Run after `npm run build`: `node bench/stateful.bench.mjs` (Redis rows need redis-server on PATH).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

import { createGuard, createMemoryStore } from '@vanguard/core';
import { createRedisStore } from '@vanguard/redis';

import { benchArgs, formatMicros as fmt, measure, printTable, writeResults } from './measure.mjs';

const off = { stateful: { behaviour: false, dataFlow: false, budgets: false }, pins: { enabled: false } };
const on = { stateful: { behaviour: true, dataFlow: true, budgets: true } };

// A session's traffic: requests and their results, a read, a write and a network call.
const traffic = [
  { from: 'client', message: (id) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'read_file', arguments: { path: `src/module${id % 40}.ts` } } }) },
  { from: 'server', message: (id) => ({ jsonrpc: '2.0', id: id - 1, result: { content: [{ type: 'text', text: `export function f${id}() { return ${id}; }\n` }] } }) },
  { from: 'client', message: (id) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'write_file', arguments: { path: `out/${id % 7}.md`, content: 'Release notes for the build.' } } }) },
  { from: 'server', message: (id) => ({ jsonrpc: '2.0', id: id - 1, result: { content: [{ type: 'text', text: 'ok' }] } }) },
  { from: 'client', message: (id) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'http_request', arguments: { url: 'https://api.example.com/v1/status', method: 'GET' } } }) },
  { from: 'server', message: (id) => ({ jsonrpc: '2.0', id: id - 1, result: { content: [{ type: 'text', text: '{"status":"green"}' }] } }) },
];

/** Message `i` of the workload: 64 sessions interleaved, each walking the traffic pattern. */
function step(guard, i) {
  const session = i % 64;
  const n = Math.floor(i / 64);
  const t = traffic[n % traffic.length];
  return guard.inspect(t.message(n + 1), { from: t.from, sessionId: `s${session}`, serverId: 'bench' });
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startRedis() {
  if (spawnSync('redis-server', ['--version']).status !== 0) return undefined;
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const store = createRedisStore({ url: `redis://127.0.0.1:${port}` });
    await store.ready();
    if (store.degraded() === undefined) return { store, stop: () => child.kill('SIGTERM') };
    await store.close();
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGTERM');
  return undefined;
}

const { compare } = benchArgs();
const results = [];
const iterations = 30_000;
const warmup = 3_000;
const rows = [];
// Interleaved rounds, so machine noise hits both guards alike; the medians of the rounds are reported.
const rounds = 3;
const runs = { off: [], on: [] };
for (let r = 0; r < rounds; r++) {
  const a = createGuard({ ...off, store: createMemoryStore() });
  const b = createGuard({ ...on, store: createMemoryStore() });
  runs.off.push(await measure((i) => step(a, i), { iterations, warmup }));
  runs.on.push(await measure((i) => step(b, i), { iterations, warmup }));
}
const median = (list, key) => list.map((x) => x[key]).sort((x, y) => x - y)[Math.floor(list.length / 2)];
const baseMedian = median(runs.off, 'median');
const onMedian = median(runs.on, 'median');
rows.push(['memory', 'stateful layers off', fmt(baseMedian), fmt(median(runs.off, 'p99')), '-', '0']);
rows.push(['memory', 'stateful layers on', fmt(onMedian), fmt(median(runs.on, 'p99')), fmt(onMedian - baseMedian), '0']);
results.push({ name: 'memory: stateful layers off', micros: baseMedian }, { name: 'memory: added by the stateful layers', micros: onMedian - baseMedian });

const redis = await startRedis();
if (redis) {
  const base = createGuard({ ...off, store: redis.store });
  const before = redis.store.commands;
  const baseRun = await measure((i) => step(base, i), { iterations: 5000, warmup: 500 });
  const baseTrips = (redis.store.commands - before) / 5500;
  const full = createGuard({ ...on, store: redis.store });
  const start = redis.store.commands;
  const fullRun = await measure((i) => step(full, i), { iterations: 5000, warmup: 500 });
  const trips = (redis.store.commands - start) / 5500;
  rows.push(['redis (loopback)', 'stateful layers off', fmt(baseRun.median), fmt(baseRun.p99), '-', baseTrips.toFixed(2)]);
  rows.push(['redis (loopback)', 'stateful layers on', fmt(fullRun.median), fmt(fullRun.p99), fmt(fullRun.median - baseRun.median), trips.toFixed(2)]);
  results.push({ name: 'redis: stateful layers off', micros: baseRun.median }, { name: 'redis: added by the stateful layers', micros: fullRun.median - baseRun.median });
  await redis.store.close();
  redis.stop();
} else {
  rows.push(['redis', 'skipped: redis-server not found', '-', '-', '-', '-']);
}

printTable(
  `stateful layers, balanced profile, 64 interleaved sessions (read/write/fetch calls and results), node ${process.version}, ${new Date().toISOString()}`,
  ['store', 'guard', 'median / message', 'p99', 'added by stateful layers', 'store round trips / message'],
  rows,
);

// Bounded memory: 100,000 sessions, each one call and its result, through the default store (100,000 entries).
const store = createMemoryStore({ maxEntries: 100_000 });
const guard = createGuard({ ...on, store });
globalThis.gc?.();
const startHeap = process.memoryUsage().heapUsed;
let peak = startHeap;
for (let i = 0; i < 100_000; i++) {
  const sessionId = `agent-${i}`;
  await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'read_file', arguments: { path: `src/f${i % 50}.ts` } } }, { from: 'client', sessionId });
  await guard.inspect({ jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'x' }] } }, { from: 'server', sessionId });
  if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
peak = Math.max(peak, process.memoryUsage().heapUsed);
printTable('\n100,000 sessions through the in-memory store (maxEntries 100,000), all stateful layers on', ['sessions', 'store entries', 'heap at start', 'peak heap', 'peak − start'], [
  ['100,000', String(store.size), `${(startHeap / 1048576).toFixed(1)} MiB`, `${(peak / 1048576).toFixed(1)} MiB`, `${((peak - startHeap) / 1048576).toFixed(1)} MiB`],
]);
const before = (name) => compare?.results?.find((r) => r.name === name);
if (compare) printTable('\nbefore (--compare)', ['measure', 'now', 'before'], results.map((r) => [r.name, fmt(r.micros), before(r.name) ? fmt(before(r.name).micros) : '']));
writeResults('stateful', { results, heapPeakMiB: (peak - startHeap) / 1048576 });
