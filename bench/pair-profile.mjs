#!/usr/bin/env node
// Where the instructions of the small request+answer pair of pair-instructions.mjs go, by function (or, with
// --cold or --fresh, of the cold or fresh tools/list of cold-list-instructions.mjs, per inspection):
// callgrind's self and inclusive costs per pair (the same child, warm-up and traffic), JIT code named
// through node's --perf-basic-prof map, and the self costs summed by kind (collector, regex, builtins,
// the guard's JS). Inclusive costs follow callgrind's call edges: a function TurboFan inlined is in its
// caller's self cost (--no-inlining turns inlining off, which changes the totals but names more of the work;
// it also inflates small helpers: recent.ts's fingerprint reads 378k a cold list there against ~30k inlined).
//
//   npm run build && node bench/pair-profile.mjs [--calls 3000] [--warmup 9000] [--cold | --fresh | --large readme|js | --class path|shell|url] [--top 60] [--match regex]
//       [--no-inlining] [--root /path/to/checkout]
//       [--callees regex]   (also: what the functions whose names match call, inclusive, per pair)
//       [--callers regex]   (also: who calls the functions whose names match, inclusive, per pair)
//       [--cache] [--ll size,associativity,line]
//
// --cache: callgrind's cache simulation too, and each function's self data read misses beside its
// instructions: D1mr (first level) and DLmr (last level), and a table by DLmr. Instruction counts leave out
// waiting for memory: a function that misses much costs more wall time per instruction than the rest.
// Valgrind takes this VM's reported L3 (512 MB) as its last level; --ll (default 1048576,16,64: the 1 MB
// L2 of this machine's EPYC) makes the last level the L2, so DLmr counts reads that leave L2. Slower (~3x).
//
// Needs valgrind and callgrind_control on PATH; a minute or two per run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { profiledCosts } from './callgrind-costs.mjs';
import { benchArgs, printTable } from './measure.mjs';
import { nodeFlagsUnderCallgrind } from './callgrind.mjs';

const { value } = benchArgs();
// The cold or fresh tools/list instead of the pair (its child is cold-list-instructions.mjs's).
const list = process.argv.includes('--fresh') ? 'fresh' : process.argv.includes('--cold') ? 'cold' : undefined;
// --large readme|js: a 1 MiB tool result instead (its child is large-result-instructions.mjs's).
const large = value('--large');
// --class path|shell|url: one small tools/call instead, per call (its child is class-instructions.mjs's).
const small = value('--class');
const script = fileURLToPath(new URL(small ? './class-instructions.mjs' : large ? './large-result-instructions.mjs' : list ? './cold-list-instructions.mjs' : './pair-instructions.mjs', import.meta.url));
const root = resolve(value('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
const calls = Number(value('--calls') ?? (large ? 4 : list ? 100 : 2000));
const warmup = Number(value('--warmup') ?? (large ? 20 : list ? 600 : 3000));
const top = Number(value('--top') ?? 60);
const match = value('--match');
const noInlining = process.argv.includes('--no-inlining');
const callees = value('--callees');
const callers = value('--callers');
const cache = process.argv.includes('--cache');
const ll = value('--ll') ?? '1048576,16,64';


async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'vanguard-profile-'));
  try {
    const out = join(dir, 'callgrind.out');
    const valgrind = ['--tool=callgrind', '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', '--dump-instr=no', `--callgrind-out-file=${out}`, ...(cache ? ['--cache-sim=yes', `--LL=${ll}`] : [])];
    // The perf map names JIT code; the V8 log it asks for goes to the temporary directory, not the working one.
    const node = [...nodeFlagsUnderCallgrind, '--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(dir, 'v8.log')}`, ...(noInlining ? ['--no-turbo-inlining'] : [])];
    const proc = spawn('valgrind', [...valgrind, process.execPath, ...node, script, '--child', join(root, 'packages/core/dist/index.js'), ...(small ? [String(calls), String(warmup), small] : large ? [String(calls), String(warmup), large] : list ? [String(calls), String(warmup), ...(list === 'fresh' ? ['--fresh'] : [])] : ['--pairs', String(calls), '--warmup', String(warmup)])], { stdio: ['pipe', 'pipe', 'ignore'] });
    const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
    const expect = async (word) => {
      const { value: line } = await lines.next();
      if (line !== word) throw new Error(`child said ${line}, not ${word}`);
    };
    await expect('warm');
    spawnSync('callgrind_control', ['-i', 'on', String(proc.pid)], { stdio: 'ignore' });
    proc.stdin.write('go\n');
    await expect('done');
    spawnSync('callgrind_control', ['-i', 'off', String(proc.pid)], { stdio: 'ignore' });
    proc.stdin.end();
    await new Promise((done) => proc.once('close', done));
    const { self, inclusive, edges, total, misses } = profiledCosts(dir, proc.pid, root);
    const filter = match ? new RegExp(match) : undefined;
    const per = (n) => (n / calls).toFixed(0);
    // With --cache: a function's self D1mr and DLmr per call, after its instructions.
    const missColumns = misses ? ['D1mr', 'DLmr'] : [];
    const missesOf = (name) => (misses ? (misses.get(name) ?? [0, 0]).map(per) : []);
    const rows = [...inclusive]
      .filter(([name]) => !filter || filter.test(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, n]) => [name.slice(0, 120), per(n), per(self.get(name) ?? 0), ...missesOf(name)]);
    const missTotals = misses ? [...misses.values()].reduce((sum, row) => [sum[0] + row[0], sum[1] + row[1]], [0, 0]) : undefined;
    printTable(
      `${small ? `${small} tools/call: instructions per call` : large ? `1 MiB ${large} result: instructions per inspection` : list ? `${list} tools/list: instructions per inspection` : 'small pair: instructions per request+answer'} by function (callgrind, ${calls} after ${warmup}${noInlining ? ', no inlining' : ''}${misses ? `, cache simulation, LL ${ll}` : ''}); total ${(total / calls / 1000).toFixed(1)}k${missTotals ? `, D1mr ${per(missTotals[0])}, DLmr ${per(missTotals[1])}` : ''}, node ${process.version}`,
      ['function', 'inclusive', 'self', ...missColumns],
      rows,
    );
    // Self costs summed by kind: the collector's, the regex engine's, builtins', the guard's own JS.
    const groups = [
      ['garbage collection', /Scaveng|Marking|MarkCompact|Sweep|Evacuat|IterateObjectCache|Visitor|Heap::|GCTracer|Collector|Allocat/],
      ['regex', /^RegExp:|Builtins_RegExp/],
      ['other builtins', /^Builtins_/],
      ['guard (packages/)', /packages\//],
      ['lru-cache', /lru-cache/],
    ];
    // Per kind: instructions, then (with --cache) D1mr and DLmr; the last row is everything else.
    const sums = [...groups, []].map(() => [0, 0, 0]);
    for (const [name, n] of self) {
      const g = groups.findIndex(([, re]) => re.test(name));
      const sum = sums[g < 0 ? groups.length : g];
      const [d1, dl] = misses?.get(name) ?? [0, 0];
      sum[0] += n;
      sum[1] += d1;
      sum[2] += dl;
    }
    const labels = [...groups.map(([label]) => label), 'everything else'];
    printTable('self cost by kind', ['kind', 'self', ...missColumns], labels.map((label, g) => [label, ...sums[g].slice(0, misses ? 3 : 1).map(per)]));
    const selfRows = [...self].filter(([name]) => !filter || filter.test(name)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => [name.slice(0, 120), per(n), ...missesOf(name)]);
    printTable('by self cost', ['function', 'self', ...missColumns], selfRows);
    if (misses) {
      const byMisses = [...misses].filter(([name]) => !filter || filter.test(name)).sort((a, b) => b[1][1] - a[1][1] || b[1][0] - a[1][0]).slice(0, top);
      printTable('by self DLmr (last-level data read misses)', ['function', 'self', ...missColumns], byMisses.map(([name, [d1, dl]]) => [name.slice(0, 120), per(self.get(name) ?? 0), per(d1), per(dl)]));
    }
    if (callees) {
      const wanted = new RegExp(callees);
      for (const [caller, out] of edges) {
        if (!wanted.test(caller)) continue;
        const rows = [...out].sort((a, b) => b[1] - a[1]).map(([name, n]) => [name.slice(0, 120), (n / calls).toFixed(0)]);
        printTable(`${caller}: inclusive ${((inclusive.get(caller) ?? 0) / calls).toFixed(0)}, self ${((self.get(caller) ?? 0) / calls).toFixed(0)}; calls`, ['callee', 'inclusive'], rows);
      }
    }
    if (callers) {
      const wanted = new RegExp(callers);
      const into = new Map();
      for (const [caller, out] of edges) for (const [callee, n] of out) if (wanted.test(callee)) (into.get(callee) ?? into.set(callee, new Map()).get(callee)).set(caller, n);
      for (const [callee, from] of into) {
        const rows = [...from].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => [name.slice(0, 120), (n / calls).toFixed(0)]);
        printTable(`${callee}: inclusive ${((inclusive.get(callee) ?? 0) / calls).toFixed(0)}, self ${((self.get(callee) ?? 0) / calls).toFixed(0)}; called from`, ['caller', 'inclusive'], rows);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
