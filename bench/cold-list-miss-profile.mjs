#!/usr/bin/env node
// Where the cold tools/list (cold-list-instructions.mjs) waits rather than computes: callgrind with its cache
// and branch simulation on the main thread, per inspection, self costs by function (JIT code named through
// node's --perf-basic-prof map) ranked by first-level data misses (D1mr), instruction-cache misses (I1mr),
// last-level misses (DLmr) and mispredicted branches (Bcm), and summed by kind. The wall-clock ratio to
// JSON.parse is worse than the instruction ratio: JSON.parse misses and mispredicts far less per instruction.
// `stall` weighs the events with rough costs (a first-level miss 12 cycles, a last-level one 40, a
// mispredict 15): a guide to what a change may save in wall time, not a measure of it.
//
//   npm run build && node bench/cold-list-miss-profile.mjs [--calls 60] [--warmup 400] [--top 30] [--fresh]
//       [--sort D1mr,I1mr,Bcm] [--target json|/path/to/packages/core/dist/index.js] [--ll 1048576,8,64]
//
// --ll size,associativity,line: the simulated last-level cache (valgrind's --LL). Valgrind takes this VM's
// reported L3 (512 MB) as its LL, so its LL misses mean little; --ll 1048576,8,64 simulates the 1 MB L2 as
// the last level instead (DLmr then counts reads that leave L2).
//
// Needs valgrind and callgrind_control on PATH; about four minutes a run (the simulation is slow).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { callgrindThreads, jitNames, nodeFlagsUnderCallgrind } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const { value } = benchArgs();
const calls = Number(value('--calls') ?? 60);
const warmup = Number(value('--warmup') ?? 400);
const top = Number(value('--top') ?? 30);
const fresh = process.argv.includes('--fresh');
const sorts = (value('--sort') ?? 'D1mr,I1mr,Bcm').split(',');
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const target = value('--target') ?? join(root, 'packages/core/dist/index.js');
const script = fileURLToPath(new URL('./cold-list-instructions.mjs', import.meta.url));
const ll = value('--ll');

/** Rough cycles an event costs (see the header). */
const weights = { D1mr: 12, D1mw: 12, I1mr: 12, DLmr: 40, DLmw: 40, ILmr: 40, Bcm: 15, Bim: 15 };

const dir = mkdtempSync(join(tmpdir(), 'vanguard-miss-profile-'));
try {
  const out = join(dir, 'callgrind.out');
  const valgrind = ['--tool=callgrind', '--cache-sim=yes', '--branch-sim=yes', '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', '--dump-instr=no', `--callgrind-out-file=${out}`, ...(ll ? [`--LL=${ll}`] : [])];
  // The perf map names JIT code; the V8 log it asks for goes to the temporary directory, not the working one.
  const node = [...nodeFlagsUnderCallgrind, '--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(dir, 'v8.log')}`];
  const args = [...valgrind, process.execPath, ...node, script, '--child', target, String(calls), String(warmup), ...(fresh ? ['--fresh'] : [])];
  const proc = spawn('valgrind', args, { stdio: ['pipe', 'pipe', 'ignore'] });
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
  report(dir, proc.pid);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function report(dir, pid) {
  const perfMap = join(tmpdir(), `perf-${pid}.map`);
  let map = '';
  try {
    map = readFileSync(perfMap, 'utf8');
  } catch {
    // No perf map: JIT code stays named by address.
  }
  rmSync(perfMap, { force: true });
  const { mainFile } = callgrindThreads(dir);
  if (!mainFile) throw new Error('callgrind wrote no main-thread file');
  const { events, self, totals } = selfCosts(readFileSync(mainFile, 'utf8'), jitNames(map));
  const at = (event) => events.indexOf(event);
  const per = (n) => (n / calls).toFixed(0);
  const stall = (row) => events.reduce((sum, event, i) => sum + (weights[event] ?? 0) * row[i], 0);
  const columns = ['Ir', 'D1mr', 'D1mw', 'I1mr', 'DLmr', 'DLmw', 'Bcm', 'Bim'];
  const line = (name, row) => [name.slice(0, 100), ...columns.map((c) => per(row[at(c)])), per(stall(row))];
  const list = target === 'json' ? 'JSON.parse + JSON.stringify of the cold list' : `the ${fresh ? 'fresh' : 'cold'} tools/list, ${target}`;
  printTable(`${list}: per inspection (callgrind cache and branch simulation, ${calls} after ${warmup}), node ${process.version}`, ['', ...columns, 'stall'], [line('total', totals)]);
  const groups = [
    ['garbage collection', /Scaveng|Marking|MarkCompact|Sweep|Evacuat|IterateObjectCache|Visitor|Heap::|GCTracer|Collector|Allocat/],
    ['regex', /^RegExp:|Builtins_RegExp/],
    ['JSON', /Json/],
    ['other builtins', /^Builtins_/],
    ['guard (packages/)', /packages\//],
  ];
  const sums = groups.map(() => new Array(events.length).fill(0));
  const rest = new Array(events.length).fill(0);
  for (const [name, row] of self) {
    const g = groups.findIndex(([, re]) => re.test(name));
    const into = g < 0 ? rest : sums[g];
    for (let i = 0; i < row.length; i++) into[i] += row[i];
  }
  printTable('self cost by kind', ['kind', ...columns, 'stall'], [...groups.map(([label], g) => line(label, sums[g])), line('everything else', rest)]);
  for (const sort of sorts) {
    const i = sort === 'stall' ? -1 : at(sort);
    const key = (row) => (i < 0 ? stall(row) : row[i]);
    const rows = [...self].sort((a, b) => key(b[1]) - key(a[1])).slice(0, top);
    printTable(`by self ${sort}`, ['function', ...columns, 'stall'], rows.map(([name, row]) => line(name.replace(`file://${root}/`, ''), row)));
  }
}

/** Self costs of every event per function name of a callgrind file (call lines carry inclusive costs: skipped). */
function selfCosts(text, nameOf) {
  const events = /^events: (.*)$/m.exec(text)[1].trim().split(/\s+/);
  const names = new Map();
  const display = (raw) => {
    const address = /^0x([0-9a-f]+)/.exec(raw);
    return ((address && nameOf(parseInt(address[1], 16))) ?? raw).replace(/ \[\/.*\]$/, '').replace(/^(JS|LazyCompile):[*~^+]?/, '');
  };
  const nameOfId = (m) => {
    if (m[2]) names.set(m[1], display(m[2]));
    return names.get(m[1]);
  };
  const self = new Map();
  const totals = new Array(events.length).fill(0);
  let current;
  let callLine = false;
  for (const line of text.split('\n')) {
    let m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
    if (m) {
      current = nameOfId(m);
      continue;
    }
    m = /^cfn=\((\d+)\)(?: (.*))?$/.exec(line);
    if (m) {
      nameOfId(m);
      continue;
    }
    if (line.startsWith('calls=')) {
      callLine = true;
      continue;
    }
    if (current === undefined || !/^[+-]?\d|^\*/.test(line)) continue;
    if (callLine) {
      callLine = false;
      continue;
    }
    const costs = line.split(' ').slice(1);
    let row = self.get(current);
    if (row === undefined) self.set(current, (row = new Array(events.length).fill(0)));
    for (let i = 0; i < costs.length; i++) {
      const n = Number(costs[i]);
      row[i] += n;
      totals[i] += n;
    }
  }
  return { events, self, totals };
}
