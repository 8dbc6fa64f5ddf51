#!/usr/bin/env node
// What a small request and its answer cost when inspected with cold caches, as the stdio proxy meets them:
// between two messages the host, the server (and, on an idle machine, the hypervisor) run and evict the
// proxy's lines, so each message refills them from memory. Measured under valgrind's callgrind with its
// cache simulation (L1 32 KiB code + 48 KiB data, a 2 MiB last level like this machine's L2): 4 MiB are
// touched before each message, so every line it uses is a miss, and a run that only touches is subtracted.
// What is left is the message's footprint: cache lines of code and of data it reads from beyond the L2,
// per request+answer pair, with the functions that miss most (JIT code named through --perf-basic-prof).
// Instruction counts (stdio-instructions.mjs) leave this out; it is most of what inspection costs in the
// proxy (issue 13).
//
//   npm run build && node bench/inspect-footprint.mjs [--baseline /path/to/other/checkout] [--pairs 300] [--top 25]
//
// Needs valgrind and callgrind_control on PATH; about a minute per run, two runs per build.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { callgrindThreads, jitNames, nodeFlagsUnderCallgrind } from './callgrind.mjs';
import { benchArgs, printTable, writeResults } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const { value } = benchArgs();
const flushBytes = 4 * 1024 * 1024;

/** Runs under callgrind: warms up, says `ready`, waits for `go` (instrumentation on), then measures. */
async function child(corePath, inspect, pairs) {
  const { createGuard } = await import(pathToFileURL(corePath).href);
  const guard = createGuard({ profile: 'balanced' });
  const junk = new Uint8Array(flushBytes);
  const flush = () => {
    let sum = 0;
    for (let i = 0; i < junk.length; i += 64) sum += junk[i]++;
    return sum;
  };
  const request = (id) => Buffer.from(JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'echo', arguments: { text: 'hello world' } } }));
  const answer = (id) => Buffer.from(`{"result":{"content":[{"type":"text","text":"ok"}]},"jsonrpc":"2.0","id":${id}}`);
  const client = { from: 'client', sessionId: 'footprint' };
  const server = { from: 'server', sessionId: 'footprint' };
  // Warm: a function called once per message reaches the optimizing compiler only after thousands of
  // calls. No collection is forced: a full one deoptimizes code whose embedded maps died ("weak objects"),
  // and the young generation is large enough that the measured pairs run without one (their cost is left
  // out: it is shared by many messages).
  for (let i = 0; i < 6000; i++) {
    await guard.inspect(request(i), client);
    await guard.inspect(answer(i), server);
    if (i % 20 === 0) flush();
  }
  process.stdout.write('ready\n');
  await new Promise((go) => process.stdin.once('data', go));
  for (let i = 0; i < pairs; i++) {
    // Made before the flush, as the proxy has its line before it inspects.
    const r = request(100_000 + i);
    const a = answer(100_000 + i);
    flush();
    if (inspect) await guard.inspect(r, client);
    flush();
    if (inspect) await guard.inspect(a, server);
  }
  process.stdin.destroy();
}

/** Self cost per function of callgrind's main-thread file, JIT code named from the perf map. */
function costs(file, perfMap) {
  const jitName = jitNames(perfMap);

  let events = [];
  const names = new Map();
  const byFunction = new Map();
  let current;
  let callLine = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('events:')) events = line.slice(7).trim().split(' ');
    const fn = /^(c?)fn=\((\d+)\)(?: (.*))?$/.exec(line);
    if (fn) {
      if (fn[3]) names.set(fn[2], fn[3]);
      if (!fn[1]) current = names.get(fn[2]);
      continue;
    }
    if (line.startsWith('calls=')) {
      callLine = true;
      continue;
    }
    if (current === undefined || !/^[+-]?\d|^\*/.test(line)) continue;
    // The line after calls= is the callee's inclusive cost: not this function's own.
    if (callLine) {
      callLine = false;
      continue;
    }
    const address = /^0x([0-9a-f]+)/.exec(current);
    const name = ((address && jitName(parseInt(address[1], 16))) ?? current).replace(/ \[\/.*\]$/, '').replace(`file://${root}`, '');
    const sums = byFunction.get(name) ?? byFunction.set(name, Object.fromEntries(events.map((e) => [e, 0]))).get(name);
    const numbers = line.split(' ').slice(1);
    events.forEach((e, i) => (sums[e] += Number(numbers[i] ?? 0)));
  }
  return byFunction;
}

/** One callgrind run of the child; returns its per-function costs. */
async function run(corePath, inspect, pairs) {
  const dir = mkdtempSync(join(tmpdir(), 'vanguard-footprint-'));
  try {
    const out = join(dir, 'callgrind.out');
    const cache = ['--cache-sim=yes', '--I1=32768,8,64', '--D1=49152,12,64', '--LL=2097152,16,64'];
    const valgrind = ['--tool=callgrind', ...cache, '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', `--callgrind-out-file=${out}`];
    const args = [...valgrind, process.execPath, ...nodeFlagsUnderCallgrind, '--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(dir, 'v8.log')}`, '--min-semi-space-size=64', '--max-semi-space-size=64', self, '--child', corePath, '--inspect', inspect ? '1' : '0', '--pairs', String(pairs)];
    const proc = spawn('valgrind', args, { stdio: ['pipe', 'pipe', 'ignore'] });
    await new Promise((ready) => createInterface({ input: proc.stdout }).on('line', (line) => line === 'ready' && ready()));
    spawnSync('callgrind_control', ['-i', 'on', String(proc.pid)], { stdio: 'ignore' });
    proc.stdin.write('go\n');
    await new Promise((done) => proc.once('close', done));
    const perfMap = join(tmpdir(), `perf-${proc.pid}.map`);
    const map = (() => {
      try {
        return readFileSync(perfMap, 'utf8');
      } catch {
        return '';
      }
    })();
    rmSync(perfMap, { force: true });
    const { mainFile } = callgrindThreads(dir);
    if (!mainFile) throw new Error('callgrind wrote no main-thread file');
    return costs(mainFile, map);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const total = (byFunction, event) => [...byFunction.values()].reduce((sum, c) => sum + (c[event] ?? 0), 0);
const lines = (c) => (c.ILmr ?? 0) + (c.DLmr ?? 0) + (c.DLmw ?? 0);

async function main() {
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('inspect-footprint: valgrind is not installed (apt-get install valgrind)');
    process.exit(2);
  }
  const pairs = Number(value('--pairs') ?? 300);
  const top = Number(value('--top') ?? 25);
  const baseline = value('--baseline');
  const builds = [
    { name: 'this build', core: join(root, 'packages', 'core', 'dist', 'index.js') },
    ...(baseline ? [{ name: 'baseline', core: resolve(baseline, 'packages', 'core', 'dist', 'index.js') }] : []),
  ];
  const results = [];
  for (const build of builds) {
    const measured = await run(build.core, true, pairs);
    const floor = await run(build.core, false, pairs);
    const per = (event) => (total(measured, event) - total(floor, event)) / pairs;
    const result = {
      name: build.name,
      instructions: per('Ir'),
      codeLines: per('ILmr'),
      dataLines: per('DLmr') + per('DLmw'),
      functions: [...measured]
        .filter(([name]) => !name.includes('inspect-footprint.mjs'))
        .map(([name, c]) => ({ name, lines: lines(c) / pairs, codeLines: (c.ILmr ?? 0) / pairs, instructions: (c.Ir ?? 0) / pairs }))
        .sort((a, b) => b.lines - a.lines)
        .slice(0, top),
    };
    results.push(result);
  }
  const k = (n) => `${(n / 1000).toFixed(1)}k`;
  printTable(
    `request + answer pair (tools/call echo), balanced, every line evicted before each message; per pair, ${pairs} pairs (callgrind, 2 MiB last level), node ${process.version}, ${new Date().toISOString()}`,
    ['build', 'instructions', 'code lines from memory', 'data lines from memory', 'KiB from memory'],
    results.map((r) => [r.name, k(r.instructions), r.codeLines.toFixed(0), r.dataLines.toFixed(0), (((r.codeLines + r.dataLines) * 64) / 1024).toFixed(0)]),
  );
  printTable(
    `${builds[0].name}: functions missing most lines per pair (self cost; the harness's own is in the totals above only as a difference)`,
    ['function', 'lines from memory', 'of them code', 'instructions'],
    results[0].functions.map((f) => [f.name.slice(0, 110), f.lines.toFixed(0), f.codeLines.toFixed(0), f.instructions.toFixed(0)]),
  );
  writeResults('inspect-footprint', { pairs, results });
}

if (value('--child') !== undefined) await child(value('--child'), value('--inspect') === '1', Number(value('--pairs')));
else await main();
