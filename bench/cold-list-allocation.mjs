#!/usr/bin/env node
// Bytes the cold tools/list (class-fixtures.mjs: 30 tools, every description new, a new session and server
// each time) allocates per inspection, and the functions that allocate them: the heap used across blocks of
// inspections that fit a young generation made large enough that no collection runs inside a block
// (median of the blocks), and V8's sampling heap profiler with collected objects kept in its samples (what
// the scavenges of a cold list free, ~15% of its CPU). Each build runs in its own process.
//
//   npm run build && node bench/cold-list-allocation.mjs [--baseline /path/to/packages/core/dist/index.js] [--top 25]
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { value } = benchArgs();
const warmup = 1500;
const block = 60;
const blocks = 7;
const sampled = 1000;

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]));
else main();

function main() {
  const top = Number(value('--top') ?? 25);
  const baseline = value('--baseline');
  const builds = [['this build', fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url))], ...(baseline ? [['baseline', resolve(baseline)]] : [])];
  const results = builds.map(([name, target]) => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--min-semi-space-size=128', '--max-semi-space-size=128', self, '--child', target, String(top)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return { name, ...JSON.parse(run.stdout) };
  });
  printTable(
    `guard.inspect of the cold tools/list, balanced: bytes allocated per inspection (heap used over ${blocks} blocks of ${block}, median; sampled: ${sampled} inspections), node ${process.version}`,
    ['build', 'bytes (heap used)', 'bytes (sampled)'],
    results.map((r) => [r.name, String(r.used), String(r.sampled)]),
  );
  printTable(`${results[0].name}: bytes per inspection by allocating function (self)`, ['function', 'bytes'], results[0].functions);
}

async function child(target, top) {
  const { classes } = await import('./class-fixtures.mjs');
  const cold = classes.find((c) => c.name.includes('cold'));
  const { createGuard } = await import(pathToFileURL(target).href);
  const guard = createGuard({ profile: 'balanced' });
  const texts = Array.from({ length: warmup + block * blocks + sampled }, (_, n) => cold.variant(n));
  let i = 0;
  const inspect = () => guard.inspect(texts[i], { from: cold.from, sessionId: `s${i}`, serverId: `s${i++}` });
  while (i < warmup) inspect();
  const used = [];
  for (let b = 0; b < blocks; b++) {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    for (let k = 0; k < block; k++) inspect();
    used.push((process.memoryUsage().heapUsed - before) / block);
  }
  used.sort((a, b) => a - b);
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let k = 0; k < sampled; k++) inspect();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const byFunction = new Map();
  let total = 0;
  const visit = (node) => {
    const frame = node.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    total += node.selfSize;
    if (node.selfSize > 0) byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
    for (const c of node.children) visit(c);
  };
  visit(profile.head);
  const functions = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, bytes]) => [name, String(Math.round(bytes / sampled))]);
  process.stdout.write(JSON.stringify({ used: Math.round(used[blocks >> 1]), sampled: Math.round(total / sampled), functions }));
}
