#!/usr/bin/env node
// The message classes of classes.bench.mjs, inspected by this build and by another build of @vanguard/core
// (a checkout of an older commit, built), alternating rounds so load on a shared machine hits both alike,
// each next to JSON.parse + JSON.stringify of the same bytes:
//   node bench/classes-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--only <substring>] [--rounds N] [--cpu]
//
// Each class runs in a process of its own (both builds and the baseline in it). In one process for all
// classes, the 1 MiB rows read bimodal by slot after the lists had run (at stop 54 the build timed in one
// slot read 25-35% slower than in the other, the base against itself too), and ran alike with --only.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

import { classes } from './class-fixtures.mjs';
import { abOptions, formatMicros as fmt, measure, measureCpu, printTable } from './measure.mjs';

const { otherPath, option } = abOptions('node bench/classes-ab.mjs <other build of packages/core/dist/index.js> [--only <substring>] [--rounds N] [--cpu]');
const only = option('--only');
const rounds = Number(option('--rounds') ?? 5);
// --cpu: CPU time per inspection (mean of each block) instead of wall-clock medians, for a loaded machine.
const cpu = process.argv.includes('--cpu');
const child = option('--class');

const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (child !== undefined) {
  // One class: print its three medians (µs) as a JSON line for the parent.
  const c = classes[Number(child)];
  const current = await import('@vanguard/core');
  const other = await import(pathToFileURL(resolve(otherPath)).href);
  const timed = cpu ? measureCpu : measure;
  const guards = { this: current.createGuard({ profile: 'balanced' }), other: other.createGuard({ profile: 'balanced' }) };
  const small = c.text.length < 100_000;
  const options = c.text.length > 10_000 && small ? { iterations: 150, warmup: 30 } : small ? { iterations: 2000, warmup: 300 } : { iterations: 8, warmup: 2 };
  const medians = { base: [], this: [], other: [] };
  let n = 0;
  for (let round = 0; round < rounds; round++) {
    // The baseline reads the same bytes the guard does: for a variant class, texts of its own made alike
    // (each read once, none cached hot), not the one fixed text read over and over.
    const baseTexts = c.variant ? Array.from({ length: options.warmup + options.iterations }, () => c.variant(n++)) : undefined;
    let baseNext = 0;
    medians.base.push((await timed(() => JSON.stringify(JSON.parse(baseTexts ? baseTexts[baseNext++] : c.text)), options)).median);
    for (const build of round % 2 ? ['this', 'other'] : ['other', 'this']) {
      const guard = guards[build];
      // Variant texts (the cold tools/list) are made before timing, none seen twice by either build.
      const texts = c.variant ? Array.from({ length: options.warmup + options.iterations }, () => c.variant(n++)) : undefined;
      let next = 0;
      const inspect = () => {
        const at = next++;
        const id = `${build}-${n++}`;
        return guard.inspect(texts ? texts[at] : c.text, { from: c.from, sessionId: c.fresh ? id : `s${n % 64}`, ...(c.fresh ? { serverId: id } : {}) });
      };
      medians[build].push((await timed(inspect, options)).median);
    }
  }
  process.stdout.write(`${JSON.stringify({ base: mid(medians.base), this: mid(medians.this), other: mid(medians.other) })}\n`);
} else {
  const rows = [];
  const script = fileURLToPath(import.meta.url);
  for (const [i, c] of classes.entries()) {
    if (only !== undefined && !c.name.includes(only)) continue;
    const args = [...process.execArgv, script, otherPath, '--class', String(i), '--rounds', String(rounds), ...(cpu ? ['--cpu'] : [])];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
    if (run.status !== 0) {
      console.error(`classes-ab: the child for "${c.name}" exited with ${run.status ?? run.signal}`);
      process.exit(1);
    }
    const { base, this: mine, other: theirs } = JSON.parse(run.stdout.trim().split('\n').at(-1));
    rows.push([c.name, fmt(base), fmt(theirs), `${(theirs / base).toFixed(1)}×`, fmt(mine), `${(mine / base).toFixed(1)}×`, `${(theirs / mine).toFixed(2)}`]);
  }
  printTable(
    `inspect by message class, this build vs ${otherPath}, balanced, JSON text in, ${cpu ? 'CPU time per inspection (mean of each block), median' : 'median'} of ${rounds} alternating rounds, each class in its own process, node ${process.version}, ${new Date().toISOString()}`,
    ['class', 'parse+stringify', 'other', 'ratio', 'this build', 'ratio', 'speed-up'],
    rows,
  );
}
