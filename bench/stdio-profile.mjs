#!/usr/bin/env node
// Where the instructions of one stdio middle's round trip go, by function: callgrind's self and inclusive
// costs per round trip, JIT code named through node's --perf-basic-prof map. The middle is one of
// stdio-instructions.mjs's (the same trivial server and sequential tools/call traffic), run once under
// callgrind. A function TurboFan inlined is in its caller's self cost (--no-inlining names more of it).
//
//   npm run build && node bench/stdio-profile.mjs [--middle start|passthrough|relay] [--calls 2000]
//       [--warmup 3000] [--top 60] [--match regex] [--no-inlining] [--root /path/to/checkout]
//       [--callees regex] [--callers regex]
//
// Needs valgrind and callgrind_control on PATH; a minute or two per run.
//
// Found (stop 36, vanguard start, balanced, 2000 calls after 3000): 110.7k main-thread instructions per
// round trip against the bare relay's 28.8k. guard.inspect of the request and the answer is 73.7k of the
// 82k added (JSON.parse 19.2k, TextDecoder 2.3k, preflight's walkStructure 6.2k, extraction 6.8k, the
// layers 16.4k, scanner finish 5.7k, #record 5.2k of which lru-cache's set 3.2k); the proxy's own lines,
// lane and verdict bookkeeping about 3.5k; the stream and libuv path is the relay's (same syscalls per
// round trip under strace: one read and one write per message). Every function on the path is optimized
// (TurboFan) after the warm-up, and no deopt happens in steady state (--log-deopt).
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
const root = resolve(value('--root') ?? fileURLToPath(new URL('..', import.meta.url)));
const which = value('--middle') ?? 'start';
const calls = Number(value('--calls') ?? 2000);
const warmup = Number(value('--warmup') ?? 3000);
const top = Number(value('--top') ?? 60);
const match = value('--match');
const noInlining = process.argv.includes('--no-inlining');
const callees = value('--callees');
const callers = value('--callers');

const stdioBench = join(root, 'bench', 'stdio.bench.mjs');
const server = [process.execPath, stdioBench, '--server'];
const middles = {
  relay: [stdioBench, '--relay'],
  passthrough: [stdioBench, '--passthrough'],
  start: [join(root, 'packages', 'cli', 'bin', 'vanguard.js'), 'start', '--profile', 'balanced', '--quiet'],
};
const call = (id) => `${JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'echo', arguments: { text: 'hello world' } } })}\n`;
const initialize = `${JSON.stringify({ jsonrpc: '2.0', id: 'init', method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } })}\n`;


const dir = mkdtempSync(join(tmpdir(), 'vanguard-profile-'));
try {
  const out = join(dir, 'callgrind.out');
  const valgrind = ['--tool=callgrind', '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', '--dump-instr=no', `--callgrind-out-file=${out}`];
  const node = [...nodeFlagsUnderCallgrind, '--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${join(dir, 'v8.log')}`, ...(noInlining ? ['--no-turbo-inlining'] : [])];
  const proc = spawn('valgrind', [...valgrind, process.execPath, ...node, ...middles[which], '--', ...server], { stdio: ['pipe', 'pipe', 'ignore'] });
  const waiting = new Map();
  createInterface({ input: proc.stdout }).on('line', (line) => {
    const id = JSON.parse(line).id;
    waiting.get(id)?.();
    waiting.delete(id);
  });
  const request = (id, text) =>
    new Promise((done) => {
      waiting.set(id, done);
      proc.stdin.write(text);
    });
  await request('init', initialize);
  let id = 0;
  for (let i = 0; i < warmup; i++, id++) await request(id, call(id));
  spawnSync('callgrind_control', ['-i', 'on', String(proc.pid)], { stdio: 'ignore' });
  for (let i = 0; i < calls; i++, id++) await request(id, call(id));
  spawnSync('callgrind_control', ['-i', 'off', String(proc.pid)], { stdio: 'ignore' });
  proc.stdin.end();
  await new Promise((done) => proc.once('close', done));
  const { self, inclusive, edges, total } = profiledCosts(dir, proc.pid, root);
  const filter = match ? new RegExp(match) : undefined;
  const perCall = (n) => (n / calls).toFixed(0);
  printTable(
    `${which}: instructions per round trip by function (callgrind, ${calls} after ${warmup}${noInlining ? ', no inlining' : ''}); total ${(total / calls / 1000).toFixed(1)}k, node ${process.version}`,
    ['function', 'inclusive', 'self'],
    [...inclusive].filter(([name]) => !filter || filter.test(name)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => [name.slice(0, 120), perCall(n), perCall(self.get(name) ?? 0)]),
  );
  printTable('by self cost', ['function', 'self'], [...self].filter(([name]) => !filter || filter.test(name)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => [name.slice(0, 120), perCall(n)]));
  const related = (pattern, pick) => {
    const wanted = new RegExp(pattern);
    for (const [caller, outs] of edges) {
      for (const [calleeName, n] of outs) {
        const key = pick === 'callees' ? caller : calleeName;
        if (!wanted.test(key)) continue;
        (related.rows ??= new Map()).set(key, [...(related.rows.get(key) ?? []), [pick === 'callees' ? calleeName : caller, n]]);
      }
    }
    for (const [key, rows] of related.rows ?? []) printTable(`${key} (${pick})`, ['function', 'inclusive'], rows.sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => [name.slice(0, 120), perCall(n)]));
    related.rows = undefined;
  };
  if (callees) related(callees, 'callees');
  if (callers) related(callers, 'callers');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
