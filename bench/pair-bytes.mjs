#!/usr/bin/env node
// Bytes the balanced guard allocates per small tools/call request and its small text answer (the pair of
// small-pair-ab.mjs), this build and another in one process. Node 20 has no allocation counter, so the
// young generation is read around a window of pairs with nothing else allocating: scavenges before (not a
// full collection, which deoptimizes code that then allocates more), a new space large enough that no
// scavenge runs inside (a window a collection fell into is drawn again), and its growth over the window
// divided by the pairs (code compiled meanwhile is not counted). Repeatable to a few bytes per pair.
// Allocation is garbage in the SDK's process too (issue 13): each byte brings the next scavenge nearer.
//   node bench/pair-bytes.mjs /path/to/other/checkout/packages/core/dist/index.js [--pairs N] [--rounds N] [--text]
import { spawnSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  // Re-run with the collector exposed and a 256 MiB semi-space (N pairs of a few KB never fill it).
  const flags = ['--expose-gc', '--min-semi-space-size=256', '--max-semi-space-size=256'];
  const run = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const { abArgs, median, printTable } = await import('./measure.mjs');
const { answerOf, requestOf } = await import('./fixtures.mjs');
const current = await import('@vanguard/core');
const { other, option } = await abArgs('node bench/pair-bytes.mjs <other build of packages/core/dist/index.js> [--pairs N] [--rounds N] [--text]');
const pairs = Number(option('--pairs') ?? 2000);
const rounds = Number(option('--rounds') ?? 5);
const text = process.argv.includes('--text');

let clock = 1_700_000_000_000;
const now = () => clock;
const guards = { this: current.createGuard({ profile: 'balanced', now }), other: other.createGuard({ profile: 'balanced', now }) };
const client = { from: 'client', sessionId: 's' };
const server = { from: 'server', sessionId: 's' };

// Start times of collections (entries arrive later than the collection, so windows are checked by time).
const collections = [];
new PerformanceObserver((list) => collections.push(...list.getEntries().map((e) => e.startTime))).observe({ entryTypes: ['gc'] });

const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_used_size;

let id = 0;
/** Bytes per pair over one window, or undefined when a collection ran inside it. */
async function window(guard) {
  // Messages are made before the window: what the SDK hands over is not the guard's allocation.
  const messages = [];
  for (let p = 0; p < pairs; p++) {
    ++id;
    messages.push(text ? [JSON.stringify(requestOf(id)), JSON.stringify(answerOf(id))] : [requestOf(id), answerOf(id)]);
  }
  // Scavenges, not a full collection: a full one deoptimizes code whose embedded maps died, which then
  // allocates more until it is optimized again (a few MB per window, varying).
  globalThis.gc({ type: 'minor' });
  globalThis.gc({ type: 'minor' });
  await new Promise((tick) => setImmediate(tick));
  const start = performance.now();
  const before = newSpace();
  for (const [r, a] of messages) {
    clock += 1000;
    await guard.inspect(r, client);
    await guard.inspect(a, server);
  }
  const after = newSpace();
  const end = performance.now();
  await new Promise((tick) => setTimeout(tick, 5));
  return collections.some((t) => t >= start && t <= end) ? undefined : (after - before) / pairs;
}

// Warm: optimized code allocates less than the interpreter's.
for (let w = 0; w < 4; w++) for (const build of ['this', 'other']) await window(guards[build]);
const bytes = { this: [], other: [] };
for (let round = 0; round < rounds; round++) {
  for (const build of round % 2 ? ['this', 'other'] : ['other', 'this']) {
    let b;
    for (let attempt = 0; b === undefined && attempt < 5; attempt++) b = await window(guards[build]);
    if (b !== undefined) bytes[build].push(b);
  }
}
if (process.env.PAIR_BYTES_ALL) console.log(bytes);
const a = median(bytes.this);
const b = median(bytes.other);
printTable(
  `bytes allocated per small tools/call pair (${text ? 'JSON text' : 'objects'} in), balanced, median of ${rounds} windows of ${pairs} pairs, node ${process.version}`,
  ['', 'other', 'this', 'change'],
  [['bytes per pair', b.toFixed(0), a.toFixed(0), `${(((a - b) / b) * 100).toFixed(1)}%`]],
);
