#!/usr/bin/env node
// The three tools/list rows of classes.bench.mjs (repeated, cold, fresh), inspected by two builds of
// @vanguard/core loaded in one process, in short alternating blocks (A B, then B A, ...), so the load of a
// shared machine falls on both alike; each block is timed next to JSON.parse + JSON.stringify of its texts:
//   node bench/lists-ab.mjs <A packages/core/dist/index.js> <B packages/core/dist/index.js> [--rounds 31] [--calls 60] [--only repeated|cold|fresh] [--cpu]
// --cpu: the process's CPU time (user + system, every thread: GC helpers too) instead of wall time, which
// a loaded machine's descheduling inflates at random. Prints, per row, each build's median µs per list and × JSON, and the median of the rounds' B/A ratios
// (below 1: B is quicker) with its quartiles. A ratio is taken within one round (the two blocks back to
// back), so a burst of load between rounds moves both builds' times, not the ratio.
//
// Why (stop 67, issue 13): the memo changes of recent.ts are wall-time changes (GC, cache misses in large
// Maps) that callgrind's instruction counts do not show, and on a machine at load 5-10 two runs of
// classes.bench.mjs differ by more than the changes do. The build copied to a directory of its own (cp -r
// packages/core/dist node_modules/.x: inside the checkout, so its imports resolve) stays fixed while the
// worktree is rebuilt. Noise at load ~12 (2 cores), base against itself, 21 rounds of 40, --cpu: medians
// 0.93 / 1.14 / 0.95 (repeated / cold / fresh), quartiles ±0.15: a change of a few % is not seen here; count
// what it saves (instructions, Map look-ups) and use this to catch regressions of 10% or more.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

import { classes } from './class-fixtures.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const valued = new Set(['--rounds', '--calls', '--only']);
const paths = args.filter((a, i) => !a.startsWith('--') && (i === 0 || !valued.has(args[i - 1])));
if (paths.length !== 2) {
  console.error('usage: node bench/lists-ab.mjs <A dist/index.js> <B dist/index.js> [--rounds 31] [--calls 60] [--only repeated|cold|fresh]');
  process.exit(2);
}
const rounds = Number(option('--rounds') ?? 31);
const calls = Number(option('--calls') ?? 60);
const only = option('--only');
const cpu = args.includes('--cpu');
const clock = cpu
  ? () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    }
  : () => performance.now();
const builds = await Promise.all(paths.map((p) => import(pathToFileURL(resolve(p)).href)));

const rows = [
  { name: 'repeated', c: classes.find((c) => c.name.startsWith('tools/list') && c.variant === undefined) },
  { name: 'cold', c: classes.find((c) => c.name.includes('cold')) },
  { name: 'fresh', c: classes.find((c) => c.name.includes('fresh')) },
].filter((row) => only === undefined || row.name === only);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)];
let n = 0;

/** µs per call of `fn` over `texts` (each once). */
function block(fn, texts) {
  const start = clock();
  for (let i = 0; i < texts.length; i++) fn(texts[i], i);
  return ((clock() - start) * 1000) / texts.length;
}

for (const { name, c } of rows) {
  // One guard per build for the whole row, as a server's guard lives: its memos fill and turn over.
  const guards = builds.map((b) => b.createGuard({ profile: 'balanced' }));
  const textsOf = () => Array.from({ length: calls }, () => (c.variant ? c.variant(n++) : c.text));
  const inspect = (guard) => (text, i) => {
    const id = `${name}-${n}-${i}`;
    return guard.inspect(text, { from: c.from, ...(c.fresh ? { sessionId: id, serverId: id } : { sessionId: `s${i % 64}` }) });
  };
  // Warm-up: tier-up and full memos (a fresh list's memos turn over after ~40 lists).
  for (let w = 0; w < 10; w++) for (const g of guards) block(inspect(g), textsOf());
  const times = [[], []];
  const json = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const texts = [textsOf(), textsOf()];
    json.push(block((t) => JSON.stringify(JSON.parse(t)), texts[0]));
    const order = r % 2 ? [1, 0] : [0, 1];
    const t = [0, 0];
    for (const b of order) t[b] = block(inspect(guards[b]), texts[b]);
    times[0].push(t[0]);
    times[1].push(t[1]);
    ratios.push(t[1] / t[0]);
  }
  const j = median(json);
  const [a, b] = times.map(median);
  console.log(
    `${name.padEnd(8)} json ${j.toFixed(0).padStart(4)} µs | A ${a.toFixed(0).padStart(5)} µs ${(a / j).toFixed(2)}× | B ${b.toFixed(0).padStart(5)} µs ${(b / j).toFixed(2)}× | B/A median ${median(ratios).toFixed(3)} (quartiles ${quantile(ratios, 0.25).toFixed(3)}-${quantile(ratios, 0.75).toFixed(3)}, ${rounds} rounds of ${calls}${cpu ? ', CPU time' : ''})`,
  );
}
