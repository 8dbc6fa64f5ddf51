#!/usr/bin/env node
// The cold tools/list of cold-list-instructions.mjs under callgrind's cache simulation: per inspection, the
// main thread's instructions, first-level data misses (D1) and last-level data misses (LL), for JSON.parse +
// JSON.stringify of the same texts, this build and another. Wall time on a shared machine is noisy; the
// simulated misses are repeatable and show what instruction counts leave out (waiting for memory).
//
//   npm run build && node bench/cold-list-cache.mjs [--calls 100] [--warmup 600] [--baseline /path/to/packages/core/dist/index.js]
//
// Needs valgrind (callgrind_control too). The simulated caches are valgrind's guess of this machine's.
//
// Stop 52 (perf52auto), the literal index's memory. What a cold list's scans touch (one instrumented run,
// 20 lists): the rule set's automaton (6,648 nodes x 65 columns) reads ~13.2k characters a list over 44
// texts; states by depth 0/1/2/3/4+: 1/35/33/14/17% (README MiB 2/43/28/12/15%, minified JS 6/55/21/9/9%).
// Only ~350 distinct cache lines of the table a list, but ~7,500 summed text by text: the rest of an
// inspection evicts the first-level cache between two texts, so each text pays for its own lines (~170),
// and a layout cuts little of that (16-bit entries: 7,554 -> 7,053 by the same count; the columns in order
// of the characters' frequency: 7,162; rows padded to 72: no better). Done: 16-bit entries (node x 2 + a
// has-out bit; the table 1.73 -> 0.86 MB, the cue set's 4.1 -> 2.1 MB; a multiplication a step, 32-bit
// above 32,768 nodes), a node's literals as (id, length) pairs, the rule plan's per-literal spans and
// per-use numbers side by side (one line a hit, not four arrays). Same run, 200 calls: 16-bit alone D1
// 81.2k -> 79.1k, Ir 9305k -> 9207k; all four D1 78.9k -> 74.1k, LL 4.8k -> 3.4k, but Ir 9109k -> 9281k
// (+1.9%, and +171k in a cold-list-instructions run: the multiplication and the packed arrays' index
// arithmetic); small pair 70.1k -> 70.4k. 1 MiB rows (classes-ab, loaded machine, three runs): README
// 1.25/1.43/0.92, minified JS 0.88/1.00/0.98 speed-up: noise, no clear change.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { callgrindThreads, nodeFlagsUnderCallgrind } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const { value } = benchArgs();
const calls = Number(value('--calls') ?? 100);
const warmup = Number(value('--warmup') ?? 600);
const baseline = value('--baseline');
const child = fileURLToPath(new URL('./cold-list-instructions.mjs', import.meta.url));
const builds = [
  ['JSON.parse + JSON.stringify', 'json'],
  ['this build', fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url))],
  ...(baseline ? [['baseline', resolve(baseline)]] : []),
];

/** Events per inspection of one target: Ir, D1 data misses (reads + writes), LL data misses. */
async function run(target) {
  const dir = mkdtempSync(join(tmpdir(), 'vanguard-cachesim-'));
  try {
    const out = join(dir, 'callgrind.out');
    const valgrind = ['--tool=callgrind', '--cache-sim=yes', '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', `--callgrind-out-file=${out}`];
    const proc = spawn('valgrind', [...valgrind, process.execPath, ...nodeFlagsUnderCallgrind, child, '--child', target, String(calls), String(warmup)], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
    const expect = async (word) => {
      const { value: line } = await lines.next();
      if (line !== word) throw new Error(`child said ${line}, not ${word}`);
    };
    const instrument = (on) => execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(proc.pid)], { stdio: 'ignore' });
    await expect('warm');
    instrument(true);
    proc.stdin.write('go\n');
    await expect('done');
    instrument(false);
    proc.stdin.end();
    await new Promise((done) => proc.once('close', done));
    const text = readFileSync(callgrindThreads(dir).mainFile, 'utf8');
    const names = /^events: (.*)$/m.exec(text)[1].split(' ');
    const totals = /^totals: (.*)$/m.exec(text)[1].split(' ').map(Number);
    const of = (name) => totals[names.indexOf(name)] ?? 0;
    return { ir: of('Ir') / calls, d1: (of('D1mr') + of('D1mw')) / calls, ll: (of('DLmr') + of('DLmw')) / calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [];
for (const [, target] of builds) results.push(await run(target));
const k = (n) => `${(n / 1000).toFixed(1)}k`;
printTable(
  `guard.inspect of the cold tools/list, balanced: per inspection under callgrind --cache-sim=yes (${calls} after ${warmup}), node ${process.version}`,
  ['', 'instructions', 'D1 misses', 'LL misses', 'ratio to JSON (Ir / D1 / LL)'],
  builds.map(([name], i) => {
    const r = results[i];
    const j = results[0];
    return [name, k(r.ir), k(r.d1), k(r.ll), `${(r.ir / j.ir).toFixed(2)}× / ${(r.d1 / j.d1).toFixed(1)}× / ${(r.ll / j.ll).toFixed(1)}×`];
  }),
);
