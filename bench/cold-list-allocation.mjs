#!/usr/bin/env node
// Bytes the cold tools/list (class-fixtures.mjs: 30 tools, every description new, a new session and server
// each time) allocates per inspection, and the functions that allocate them: the heap used across blocks of
// inspections that fit a young generation made large enough that no collection runs inside a block
// (median of the blocks), and V8's sampling heap profiler with collected objects kept in its samples (what
// the scavenges of a cold list free, ~15% of its CPU). Each build runs in its own process.
//
//   npm run build && node bench/cold-list-allocation.mjs [--baseline /path/to/packages/core/dist/index.js] [--top 25] [--fresh] [--callers] [--depth N]
//
// --fresh: the fresh list instead (every sentence new, so the guard's memo of clauses holds none of it).
// --callers: a builtin's bytes (slice, set, keys: ":0") are listed under the function that called it.
// --depth N: each row is the allocating function and the N-1 functions that called it (`a < b < c`), so the
// one allocation site of a function called from many places (a Map's set, a slice) is told apart.
//
// How to read it: "bytes (heap used)" is what a list leaves on the heap between two collections (exact, but
// it counts only what a block's 60 lists allocate while no scavenge runs); "bytes (sampled)" is the sampling
// profiler's total, each sample standing for ~256 bytes, so rows below ~100 bytes a list are noise. A row is
// the outermost optimized function: what TurboFan inlined into it is listed under it (a constructor's object
// under the function that called `new`). The scavenges a list costs go with its allocation (a scavenge runs
// each time the young generation fills), their pauses with what survives them (cold-list-survivors.mjs).
// --no-inlining: node's --no-turbo-inlining. The profiler names the outermost function of optimized code, so
// what an inlined callee allocates is listed under its caller; without inlining each function is its own
// (escape analysis sees less, so the total is higher: read it for where, not for how much).
//
// Stop 54 (perf54list): clauseNgrams allocated ~350 bytes a new clause (a tenth of the fresh list) where it
// makes one small object: its sum started from a parameter, which TurboFan types as anything, so the loop's
// phi stayed tagged and every bucket added boxed a heap number (found by calling the function twice per
// clause in the guard: +38 KB a list; a copy with the sum from 0 added nothing). `let z = +bias` fixed it:
// fresh 313 -> 282 KB a list, cold 218 -> 213 KB (heap used). A loop summing doubles from a parameter or
// an untyped value is the pattern to look for; integers (Smis on x64 without pointer compression) do not box.
//
// Stop 66 (perf66gc), fresh list at 81575a3 (--depth 2; sampled 222 KB a list, cold 185 KB): JSON.parse of the
// 37 KB text ~46 KB; the Scanned values ~36 KB (~490 values of 80 bytes, 7 fields); lower-cased copies of the
// texts that hold a capital (canonicalize) ~18 KB; the clause memo's ClauseFacts 19.7 KB (~88 new clauses of
// 224 bytes: packed to 176, 15.5 KB); the definition keys' copies 10.6 KB + 3.6 KB; the clauses' slices
// 6.7 KB; the path table's exact copies (seal) 6.2 KB; the caches' Map tables growing (RecentTexts, Recent,
// cross-tool's maps and sets) ~15 KB; the tools' parts arrays 4.6 KB (one 17-slot store each: already fits).
// What is left is mostly kept (memos, definitions, values a finding may point at) or one object a value:
// no other avoidable site above ~2 KB a list was found. TextEncoder.encodeInto's {read, written} shows
// ~5 KB only with --no-inlining (escape analysis removes it when inlined).
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { value } = benchArgs();
const flag = (name) => process.argv.includes(name);
const warmup = 1500;
const block = 60;
const blocks = 7;
const sampled = 1000;

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), process.argv[5], process.argv[6] === 'callers', Number(process.argv[7]));
else main();

function main() {
  const top = Number(value('--top') ?? 25);
  const baseline = value('--baseline');
  const builds = [['this build', fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url))], ...(baseline ? [['baseline', resolve(baseline)]] : [])];
  const results = builds.map(([name, target]) => {
    const run = spawnSync(process.execPath, [...(flag('--no-inlining') ? ['--no-turbo-inlining'] : []), '--expose-gc', '--min-semi-space-size=128', '--max-semi-space-size=128', self, '--child', target, String(top), flag('--fresh') ? 'fresh' : 'cold', flag('--callers') ? 'callers' : '', value('--depth') ?? '1'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return { name, ...JSON.parse(run.stdout) };
  });
  printTable(
    `guard.inspect of the ${flag('--fresh') ? 'fresh' : 'cold'} tools/list, balanced: bytes allocated per inspection (heap used over ${blocks} blocks of ${block}, median; sampled: ${sampled} inspections), node ${process.version}`,
    ['build', 'bytes (heap used)', 'bytes (sampled)'],
    results.map((r) => [r.name, String(r.used), String(r.sampled)]),
  );
  printTable(`${results[0].name}: bytes per inspection by allocating function (self)`, ['function', 'bytes'], results[0].functions);
}

async function child(target, top, kind, callers, depth) {
  const { classes } = await import('./class-fixtures.mjs');
  const cold = classes.find((c) => c.name.includes(kind));
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
  // `chain`: the names of the frames above, innermost first (builtins left out when --callers names them).
  const visit = (node, chain) => {
    const frame = node.callFrame;
    const own = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    const builtin = frame.url === '';
    const callerNames = chain.slice(0, Math.max(depth - 1, callers && builtin ? 1 : 0));
    const name = [own, ...callerNames].join(' < ');
    total += node.selfSize;
    if (node.selfSize > 0) byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
    const below = callers && builtin ? chain : [own, ...chain];
    for (const c of node.children) visit(c, below.length > 8 ? below.slice(0, 8) : below);
  };
  visit(profile.head, []);
  const functions = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, bytes]) => [name, String(Math.round(bytes / sampled))]);
  process.stdout.write(JSON.stringify({ used: Math.round(used[blocks >> 1]), sampled: Math.round(total / sampled), functions }));
}
