#!/usr/bin/env node
// What a guard keeps per server it meets once (the cold tools/list: every description new, a new session and
// server each time), for this build and another: heap bytes left after a full collection, per list, once
// caches and state have filled to their steady state. What is kept is what every later collection traces
// and every scavenge copies until it is promoted. Each build runs in child processes, alternating, and the
// table shows medians:
//   node bench/retained-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--rounds N] [--lists N]
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { classes } from './class-fixtures.mjs';
import { abOptions, median, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const cold = classes.find((c) => c.variant !== undefined);

if (process.argv[2] === '--child') {
  const core = await import(pathToFileURL(resolve(process.argv[3])).href);
  const lists = Number(process.argv[4]);
  const guard = core.createGuard({ profile: 'balanced' });
  let n = 0;
  const inspect = async (count) => {
    for (let i = 0; i < count; i++) {
      const id = `s${n}`;
      const verdict = guard.inspect(cold.variant(n++), { from: cold.from, sessionId: id, serverId: id });
      if (verdict instanceof Promise) await verdict;
    }
  };
  // Past the definition keys' 4096 (136 lists of 30 tools) and the guard's caches before measuring.
  await inspect(300);
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  await inspect(lists);
  globalThis.gc();
  globalThis.gc();
  console.log(`retained=${(process.memoryUsage().heapUsed - before) / lists}`);
} else {
  const { otherPath, option } = abOptions('node bench/retained-ab.mjs <other build of packages/core/dist/index.js> [--rounds N] [--lists N]');
  const rounds = Number(option('--rounds') ?? 3);
  const lists = Number(option('--lists') ?? 200);
  const builds = { this: fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url)), other: resolve(otherPath) };
  const run = (core) => Number(execFileSync(process.execPath, ['--expose-gc', self, '--child', core, String(lists)], { encoding: 'utf8' }).match(/retained=([-0-9.e]+)/)?.[1] ?? NaN);
  const results = { this: [], other: [] };
  for (let round = 0; round < rounds; round++) for (const build of round % 2 ? ['this', 'other'] : ['other', 'this']) results[build].push(run(builds[build]));
  const kb = (build) => median(results[build]) / 1024;
  printTable(
    `${cold.name}: heap kept per list after a full collection, this build vs ${otherPath}, ${lists} lists after 300, median of ${rounds} child runs each, node ${process.version}, ${new Date().toISOString()}`,
    ['measure', 'other', 'this build', 'this / other'],
    [['KB kept per fresh server', kb('other').toFixed(1), kb('this').toFixed(1), (kb('this') / kb('other')).toFixed(2)]],
  );
}
