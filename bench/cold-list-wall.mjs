#!/usr/bin/env node
// Where the cold tools/list (class-fixtures.mjs: 30 tools, every description new, a new session and server
// each time) spends time that instruction counts leave out, next to JSON.parse + JSON.stringify of the same
// texts and another build: per list, the main thread's CPU against the whole process's (what runs on helper
// threads: parallel scavenging, concurrent marking and sweeping, compiling), scavenge and mark-compact
// pauses (--trace-gc-nvp), bytes allocated and promoted, bytes still live after a full collection (what the
// guard keeps per server met once), and deoptimizations in the measured part (--trace-deopt, a run of its
// own so its printing does not count). Each target runs in child processes, alternating, medians shown.
// Hardware counters (perf stat -e cycles) are not offered on every machine (not on a VM without a PMU):
// this uses only what the kernel and V8 report.
//
//   npm run build && node bench/cold-list-wall.mjs [--baseline /path/to/packages/core/dist/index.js] [--rounds 3] [--lists 1000]
//       [--options '{"state":{"maxEntries":64}}'] [--fresh]
//
// --options: more options of createGuard for both builds (what keeping less state or no caches changes).
// --fresh: the fresh list (every sentence new, class-fixtures.mjs) instead of the cold one.
//
// Measured at 1c8d37a (node 20, --rounds 3; wall on a loaded 2-core machine, noise): cold: KB survived
// scavenges 53.7 a list, promoted 46, live after full GC 37.9, scavenge pause 163 µs a list (quiet machine).
// Fresh: KB allocated 323.6, survived 107.6, promoted 74.0, live 36.7; 26 scavenges per 1000 lists, pause
// 599 µs a list on the loaded machine (279 quiet), 18% of the wall: ~70 KB a list are memo entries of
// texts met once, promoted and let go (cold-list-survivors.mjs --fresh).
//
// The JSON column allocates what JSON.parse and JSON.stringify make and keeps nothing, so it scavenges
// little; the guard's scavenges copy what it keeps per server (state, definition keys, caches) twice
// (into the other half of the young generation, then into the old one).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { classes } from './class-fixtures.mjs';
import { benchArgs, median, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
// --fresh: the fresh list instead (every sentence new: the guard's first contact with a server).
const fresh = process.argv.includes('--fresh');
const cold = classes.find((c) => c.name.includes(fresh ? 'fresh (' : 'cold'));
const start = '--- measured lists start';
const warmup = 300;

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), JSON.parse(process.argv[5] ?? '{}'));
else main();

/** User + system CPU of the calling thread (Linux: /proc/thread-self/stat, in clock ticks of 10 ms). */
function threadCpuMicros() {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

async function child(target, lists, options) {
  const texts = Array.from({ length: warmup + lists }, (_, n) => cold.variant(n));
  let inspect;
  if (target === 'json') {
    let sink = 0;
    inspect = (n) => {
      sink += JSON.stringify(JSON.parse(texts[n])).length;
    };
    process.on('exit', () => sink);
  } else {
    const { createGuard } = await import(pathToFileURL(target).href);
    const guard = createGuard({ profile: 'balanced', ...options });
    inspect = (n) => guard.inspect(texts[n], { from: cold.from, sessionId: `s${n}`, serverId: `s${n}` });
  }
  const run = async (n) => {
    const verdict = inspect(n);
    if (verdict instanceof Promise) await verdict;
  };
  for (let n = 0; n < warmup; n++) await run(n);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  console.log(start);
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const thread = threadCpuMicros();
  for (let n = warmup; n < warmup + lists; n++) await run(n);
  const threadUsed = threadCpuMicros() - thread;
  const used = process.cpuUsage(cpu);
  const wallUsed = Number(process.hrtime.bigint() - wall) / 1000;
  console.log('--- measured lists end');
  globalThis.gc?.();
  globalThis.gc?.();
  const kept = process.memoryUsage().heapUsed - heapBefore;
  console.log(`result wall=${wallUsed} cpu=${used.user + used.system} thread=${threadUsed} kept=${kept}`);
}

function main() {
  const { value } = benchArgs();
  const rounds = Number(value('--rounds') ?? 3);
  const lists = Number(value('--lists') ?? 1000);
  const baseline = value('--baseline');
  const options = value('--options') ?? '{}';
  const targets = [
    ['JSON.parse+stringify', 'json'],
    ...(baseline ? [['baseline', resolve(baseline)]] : []),
    ['this build', fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url))],
  ];
  const field = (line, name) => Number(line.match(new RegExp(` ${name}=([-0-9.e]+)`))?.[1] ?? 0);
  const measuredPart = (out) => out.slice(out.indexOf(start), out.indexOf('--- measured lists end')).split('\n');
  const run = (target) => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--trace-gc-nvp', self, '--child', target, String(lists), options, ...(fresh ? ['--fresh'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const measured = measuredPart(out);
    const result = out.split('\n').find((l) => l.startsWith('result ')) ?? '';
    const gcs = (kinds) => measured.filter((l) => kinds.some((k) => l.includes(` gc=${k} `)));
    const sum = (lines, name) => lines.reduce((total, l) => total + field(l, name), 0);
    const scavenges = gcs(['s']);
    const majors = gcs(['mc', 'mmc']);
    return {
      wall: field(result, 'wall') / lists,
      cpu: field(result, 'cpu') / lists,
      thread: field(result, 'thread') / lists,
      scavenges: (scavenges.length * 1000) / lists,
      scavenge: (sum(scavenges, 'pause') * 1000) / lists,
      major: (sum(majors, 'pause') * 1000) / lists,
      allocated: (sum(scavenges, 'allocated') + sum(majors, 'allocated')) / lists / 1024,
      promoted: sum(scavenges, 'promoted') / lists / 1024,
      survived: sum(scavenges, 'new_space_survived') / lists / 1024,
      kept: field(result, 'kept') / lists / 1024,
    };
  };
  const deopts = (target) => {
    const out = execFileSync(process.execPath, ['--trace-deopt', self, '--child', target, String(Math.min(lists, 300)), options, ...(fresh ? ['--fresh'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return measuredPart(out).filter((l) => l.startsWith('[bailout')).length;
  };
  const results = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = targets.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) results[i].push(run(targets[i][1]));
  }
  const mid = (i, key) => median(results[i].map((r) => r[key]));
  const rows = [
    ['wall per list (µs)', 'wall', 1],
    ['CPU per list, process (µs)', 'cpu', 1],
    ['CPU per list, main thread (µs, 10 ms ticks)', 'thread', 1],
    ['scavenges per 1000 lists', 'scavenges', 1],
    ['scavenge pause per list (µs)', 'scavenge', 1],
    ['mark-compact pause per list (µs)', 'major', 1],
    ['KB allocated per list', 'allocated', 1],
    ['KB survived scavenges per list', 'survived', 1],
    ['KB promoted per list', 'promoted', 1],
    ['KB live after full GC per list', 'kept', 1],
  ];
  const deoptCounts = targets.map(([, target]) => deopts(target));
  printTable(
    `${cold.name}: per list, ${lists} lists after ${warmup} of warm-up, median of ${rounds} child runs each${options === '{}' ? '' : `, options ${options}`}, node ${process.version}, ${new Date().toISOString()}`,
    ['measure', ...targets.map(([name]) => name)],
    [
      ...rows.map(([label, key, digits]) => [label, ...targets.map((_, i) => mid(i, key).toFixed(digits))]),
      [`deopts in ${Math.min(lists, 300)} measured lists`, ...deoptCounts.map(String)],
      ['wall / JSON wall', ...targets.map((_, i) => (mid(i, 'wall') / mid(0, 'wall')).toFixed(2))],
      ['scavenge pause / wall', ...targets.map((_, i) => `${((100 * mid(i, 'scavenge')) / mid(i, 'wall')).toFixed(1)}%`)],
    ],
  );
}
