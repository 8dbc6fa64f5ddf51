#!/usr/bin/env node
// Where the bytes of pair-bytes.mjs's small tools/call pair are allocated: guard.inspect of the request and
// its answer (balanced guard) under V8's sampling heap profiler keeping what scavenges free too (every
// allocation, sampled every --interval bytes). Prints bytes per pair by innermost frame, then by innermost
// frame under packages/ (whose code allocated), for this build or --core <dist index.js>.
//   node bench/pair-allocation.mjs [--core /path/to/core/dist/index.js] [--pairs 20000] [--interval 32] [--depth 1] [--top 40]
// (`node --no-turbo-inlining bench/pair-allocation.mjs …` splits what inlined callees allocate from their callers.)
//
// Stop 63 (perf63bytes): 3991 B/pair sampled at lead63 (pair-bytes.mjs 4382), 3530 with a request's paths
// made once per place and shared, frozen, by every request, and 3056 (pair-bytes 3454) with one ValueScanner
// lent from message to message as well. Neither was kept: the scanner cost ~2k instructions a pair (+3%: young
// pointers stored into a long-lived scanner), the shared paths ~1k a pair and ~1% of a new tool list (its
// many places churn the table), and neither moved the round trip's slow mode beyond noise (below). What is left, per pair: LayerRunContext (#run) 464, the
// Scanned values 385, the verdicts 256, the semantic layers ~850 (layers.inspect 313, documentsOf 249, gather
// 153, tailDocuments 135), held RawValues 193, the values' array 129, performance.now's numbers 118, an
// answer's path table 169, guard.inspect's promise 97 (not on the adapter's inspectNow path), session views 80,
// the correlation key 57, the memory store's lru-cache ~130.
// The whole SDK round trip allocates ~27 KB per call bare and ~32 KB guarded (trip-cycle.mjs: a 16 MB
// semi-space filled 5 vs 6-7 times per 3000 calls), so the guard's pair is ~15% of it: scavenges per 1000
// round trips went 2.27 -> 2.13 (bare 1.80) with the 0.9 KB cut.
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { answerOf, requestOf } from './fixtures.mjs';

const args = process.argv.slice(2);
const value = (f) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
const core = value('--core') ? await import(pathToFileURL(resolve(value('--core'))).href) : await import('@vanguard/core');
const pairs = Number(value('--pairs') ?? 20000);
let clock = 1_700_000_000_000;
const guard = core.createGuard({ profile: 'balanced', now: () => clock });
const client = { from: 'client', sessionId: 's' };
const server = { from: 'server', sessionId: 's' };
let id = 0;
const run = async (n) => {
  for (let p = 0; p < n; p++) {
    ++id; clock += 1000;
    const r = requestOf(id); const a = answerOf(id);
    await guard.inspect(r, client);
    await guard.inspect(a, server);
  }
};
await run(8000);
const s = new Session(); s.connect();
await s.post('HeapProfiler.enable');
await s.post('HeapProfiler.startSampling', { samplingInterval: Number(value('--interval') ?? 32), includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
await run(pairs);
const { profile } = await s.post('HeapProfiler.stopSampling');
const bySite = new Map(); const byOwn = new Map();
const depth = Number(value('--depth') ?? 1);
const fixture = (h) => h.includes('bench/fixtures.mjs') || h.includes('bench/pair-allocation.mjs');
const walk = (node, stack) => {
  const f = node.callFrame;
  const here = `${f.functionName || '(anon)'} ${f.url.replace(/.*node_modules\//, '').replace(/.*wt-[^/]+\//, '').replace('file://', '')}:${f.lineNumber + 1}`;
  const full = [here, ...stack];
  if (node.selfSize && !fixture(here)) {
    const k = full.slice(0, depth).join(' < ');
    bySite.set(k, (bySite.get(k) ?? 0) + node.selfSize);
    const own = full.find((h) => h.includes('packages/')) ?? 'not under a guard frame';
    byOwn.set(own, (byOwn.get(own) ?? 0) + node.selfSize);
  }
  for (const c of node.children) walk(c, full);
};
walk(profile.head, []);
const total = [...bySite.values()].reduce((a, b) => a + b, 0);
console.log(`${(total / pairs).toFixed(0)} B/pair sampled (fixture messages excluded)`);
const top = Number(value('--top') ?? 40);
for (const [k, v] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / pairs).toFixed(1).padStart(8)}  ${k}`);
console.log('by innermost packages/ frame:');
for (const [k, v] of [...byOwn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / pairs).toFixed(1).padStart(8)}  ${k}`);
