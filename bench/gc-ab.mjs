#!/usr/bin/env node
// What garbage collection costs per inspection of the cold tools/list (every description new, a new session
// and server each time) and what drives it, for this build and another: bytes allocated per list, bytes
// promoted per list (what outlives a scavenge: kept by caches and session state, or in flight when one
// runs), scavenge and mark-compact pause per list, and CPU per list. GC behaviour belongs to a process, so
// each build runs in child processes under --trace-gc-nvp, alternating, and the table shows medians:
//   node bench/gc-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--rounds N] [--lists N]
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

import { classes } from './class-fixtures.mjs';
import { abOptions, median, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const cold = classes.find((c) => c.variant !== undefined);
const start = '--- measured lists start';

if (process.argv[2] === '--child') {
  // One build, one process: warm up (caches and state fill up to their steady state), then the measured lists.
  const core = await import(pathToFileURL(resolve(process.argv[3])).href);
  const lists = Number(process.argv[4]);
  const guard = core.createGuard({ profile: 'balanced' });
  let n = 0;
  const inspect = async () => {
    const id = `s${n}`;
    const verdict = guard.inspect(cold.variant(n++), { from: cold.from, sessionId: id, serverId: id });
    if (verdict instanceof Promise) await verdict;
  };
  for (let i = 0; i < 300; i++) await inspect();
  console.log(start);
  const cpu = process.cpuUsage();
  for (let i = 0; i < lists; i++) await inspect();
  const used = process.cpuUsage(cpu);
  console.log(`cpu=${used.user + used.system}`);
} else {
  const { otherPath, option } = abOptions('node bench/gc-ab.mjs <other build of packages/core/dist/index.js> [--rounds N] [--lists N]');
  const rounds = Number(option('--rounds') ?? 3);
  const lists = Number(option('--lists') ?? 1000);
  const builds = { this: fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url)), other: resolve(otherPath) };
  const field = (line, name) => Number(line.match(new RegExp(` ${name}=([0-9.]+)`))?.[1] ?? 0);
  /** One child run: its measured GCs summed, per list. */
  const run = (core) => {
    const out = execFileSync(process.execPath, ['--trace-gc-nvp', self, '--child', core, String(lists)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const measured = out.slice(out.indexOf(start)).split('\n');
    const gcs = (kind) => measured.filter((l) => l.includes(` gc=${kind} `));
    const sum = (lines, name) => lines.reduce((total, l) => total + field(l, name), 0);
    const scavenges = gcs('s');
    const majors = [...gcs('mc'), ...gcs('mmc')];
    const cpu = Number(measured.find((l) => l.startsWith('cpu='))?.slice(4) ?? NaN);
    return {
      allocated: (sum(scavenges, 'allocated') + sum(majors, 'allocated')) / lists / 1024,
      promoted: sum(scavenges, 'promoted') / lists / 1024,
      scavenge: (sum(scavenges, 'pause') * 1000) / lists,
      major: (sum(majors, 'pause') * 1000) / lists,
      cpu: cpu / lists,
    };
  };
  const results = { this: [], other: [] };
  for (let round = 0; round < rounds; round++) for (const build of round % 2 ? ['this', 'other'] : ['other', 'this']) results[build].push(run(builds[build]));
  const mid = (build, key) => median(results[build].map((r) => r[key]));
  const metrics = [
    ['KB allocated per list', 'allocated'],
    ['KB promoted per list', 'promoted'],
    ['scavenge pause per list (µs)', 'scavenge'],
    ['mark-compact pause per list (µs)', 'major'],
    ['CPU per list (µs)', 'cpu'],
  ];
  printTable(
    `${cold.name}: GC per list, this build vs ${otherPath}, ${lists} lists after 300 of warm-up, median of ${rounds} child runs each, node ${process.version}, ${new Date().toISOString()}`,
    ['measure', 'other', 'this build', 'this / other'],
    metrics.map(([label, key]) => [label, mid('other', key).toFixed(1), mid('this', key).toFixed(1), (mid('this', key) / mid('other', key)).toFixed(2)]),
  );
}
