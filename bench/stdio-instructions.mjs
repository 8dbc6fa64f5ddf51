#!/usr/bin/env node
// What the stdio proxy costs per round trip, in instructions of its main thread (valgrind's callgrind,
// instrumentation on only while the measured calls run), so that a change to the proxy or the guard can
// be compared on a machine shared with other work, where wall-clock medians of stdio.bench.mjs move by
// tens of µs from one run to the next. Each middle (bare relay, proxy with a pass-through guard, `vanguard
// start`, and the same two of another build) runs in its own process under callgrind, between the bench
// host and stdio.bench.mjs's trivial server. Instruction counts leave out what waiting for memory costs
// (a message inspected after the other processes ran pays for caches refilled): compare them with the
// wall-clock numbers of stdio.bench.mjs, not instead of them.
//
//   npm run build && node bench/stdio-instructions.mjs [--calls 4000] [--warmup 3000] [--repeat 1] [--baseline /path/to/other/checkout]
//
// A collection or a recompilation that falls into the measured calls adds a few percent: with --repeat N,
// each middle runs N times and the fewest instructions count. Needs valgrind (callgrind_control too) on
// PATH. Takes about a minute per middle and run.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { callgrindThreads, nodeFlagsUnderCallgrind } from './callgrind.mjs';
import { benchArgs, printTable, writeResults } from './measure.mjs';

const { value } = benchArgs();
const calls = Number(value('--calls') ?? 4000);
const warmup = Number(value('--warmup') ?? 3000);
const repeat = Number(value('--repeat') ?? 1);
const baseline = value('--baseline');
if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('stdio-instructions: valgrind is not installed (apt-get install valgrind)');
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const stdioBench = join(root, 'bench', 'stdio.bench.mjs');
const server = [process.execPath, stdioBench, '--server'];
const start = (checkout) => [join(checkout, 'packages', 'cli', 'bin', 'vanguard.js'), 'start', '--profile', 'balanced', '--quiet'];
const middles = [
  { name: 'bare Node relay', args: [stdioBench, '--relay'] },
  { name: 'proxy, pass-through guard', args: [stdioBench, '--passthrough'] },
  { name: 'vanguard start', args: start(root) },
  ...(baseline
    ? [
        { name: 'baseline proxy, pass-through guard', args: [resolve(baseline, 'bench', 'stdio.bench.mjs'), '--passthrough'] },
        { name: 'baseline vanguard start', args: start(resolve(baseline)) },
      ]
    : []),
];

const call = (id) => `${JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'echo', arguments: { text: 'hello world' } } })}\n`;
const initialize = `${JSON.stringify({ jsonrpc: '2.0', id: 'init', method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } })}\n`;

/** Main-thread instructions per round trip of one middle. */
async function measureMiddle(middle, dir) {
  const out = join(dir, 'callgrind.out');
  // --separate-threads: the main thread's count apart from the collector's and the compiler's threads.
  const valgrind = ['--tool=callgrind', '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', `--callgrind-out-file=${out}`];
  const child = spawn('valgrind', [...valgrind, process.execPath, ...nodeFlagsUnderCallgrind, ...middle.args, '--', ...server], { stdio: ['pipe', 'pipe', 'ignore'] });
  const waiting = new Map();
  createInterface({ input: child.stdout }).on('line', (line) => {
    const id = JSON.parse(line).id;
    waiting.get(id)?.();
    waiting.delete(id);
  });
  const request = (id, text) => new Promise((done) => {
    waiting.set(id, done);
    child.stdin.write(text);
  });
  await request('init', initialize);
  let id = 0;
  for (let i = 0; i < warmup; i++, id++) await request(id, call(id));
  const instrument = (on) => execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(child.pid)], { stdio: 'ignore' });
  instrument(true);
  for (let i = 0; i < calls; i++, id++) await request(id, call(id));
  instrument(false);
  child.stdin.end();
  await new Promise((done) => child.once('close', done));
  const { main, all } = callgrindThreads(dir);
  return { main: main / calls, all: all / calls };
}

const results = middles.map((middle) => ({ name: middle.name, main: Infinity, all: Infinity, runs: [] }));
for (let run = 0; run < repeat; run++) {
  for (const [i, middle] of middles.entries()) {
    const dir = mkdtempSync(join(tmpdir(), 'vanguard-callgrind-'));
    try {
      const counts = await measureMiddle(middle, dir);
      const result = results[i];
      result.runs.push(Math.round(counts.main));
      if (counts.main < result.main) Object.assign(result, counts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const relay = results[0].main;
const k = (n) => `${(n / 1000).toFixed(1)}k`;
printTable(
  `stdio middles: instructions per round trip (callgrind, main thread, fewest of ${repeat} run(s); ${calls} sequential tools/call after ${warmup}), node ${process.version}, ${new Date().toISOString()}`,
  ['middle', 'main thread', 'added over the relay', 'all threads', 'main thread per run'],
  results.map((r) => [r.name, k(r.main), r === results[0] ? '' : k(r.main - relay), k(r.all), r.runs.map(k).join(' ')]),
);
writeResults('stdio-instructions', { calls, warmup, repeat, results });
