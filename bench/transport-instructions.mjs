#!/usr/bin/env node
// What guardTransport with the balanced guard costs per message, in instructions of the main thread
// (valgrind's callgrind, instrumentation on only while the measured messages run), so that a change to
// the adapter or the guard can be compared on a machine shared with other work, where the wall-clock
// medians of transport.bench.mjs move by more than the change. Each case runs in its own process under
// callgrind, over the SDK v1 in-memory pair:
// - send: `send()` of a small tools/call to the peer's onmessage (client side guarded);
// - round trip: client.callTool with the client side guarded, a bare server answering.
// Each with a clock that never moves (a session's thousands of searches cross
// behaviour/enumeration-burst: every call warns, as in transport.bench.mjs) and one that moves a second
// per message (every call is a plain allow), and bare (no guardTransport), so that what the guard adds is
// read in instructions as transport.bench.mjs reads it in µs: the `added` rows are guarded minus bare.
// With --pass-through, also the adapter alone: a guard whose inspect resolves at once with a fixed allow
// verdict (transport.bench.mjs's pass-through guard: the promise turns an asynchronous guard costs).
//
//   npm run build && node bench/transport-instructions.mjs [--calls 2000] [--warmup 3000] [--repeat 3] [--only trip|send]
//       [--baseline /path/to/other/checkout] [--pass-through]
//
// Each case runs --repeat times at once and its median is printed: now and then a run's window holds a full
// garbage collection, which adds a third to a bare round trip. The counts do depend on load: V8 optimizes
// on helper threads, which valgrind runs one at a time with the main thread, so on a busy machine code is
// optimized later and more of the measured calls run unoptimized (base 28 round trip, allowed: 214k at
// load 6, 316-404k at load 25; node --single-threaded did not steady them: 472k and 637k for one build).
// Compare builds measured at the same time, and say the load.
//
// Needs valgrind (callgrind_control too) on PATH. Instruction counts leave out what waiting for memory
// costs: compare them with the wall-clock numbers of transport.bench.mjs, not instead of them.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { instructionsPerCall, windowGate } from './callgrind.mjs';
import { benchArgs, median, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { value } = benchArgs();

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5], Number(process.argv[6]), Number(process.argv[7]));
else await main();

async function main() {
  const calls = Number(value('--calls') ?? 2000);
  const warmup = Number(value('--warmup') ?? 3000);
  const baseline = value('--baseline');
  const repeat = Number(value('--repeat') ?? 3);
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('transport-instructions: valgrind is not installed (apt-get install valgrind)');
    process.exit(2);
  }
  const roots = [['this', fileURLToPath(new URL('..', import.meta.url))], ...(baseline ? [['baseline', resolve(baseline)]] : [])];
  const rows = [];
  const k = (n) => `${(n / 1000).toFixed(1)}k`;
  const only = value('--only');
  for (const test of only ? [only] : ['send', 'trip']) {
    const name = test === 'send' ? 'send' : 'round trip';
    const counts = {};
    const clocks = ['bare', 'warned', 'allowed', ...(process.argv.includes('--pass-through') ? ['pass-through'] : [])];
    for (const clock of clocks) {
      counts[clock] = [];
      for (const [, root] of roots) counts[clock].push(await run(root, test, clock, calls, warmup, repeat));
      rows.push([`${name}, ${clock}`, ...counts[clock].map(k)]);
    }
    for (const clock of clocks.slice(1)) rows.push([`= ${name}, ${clock}: added`, ...counts[clock].map((n, i) => k(n - counts.bare[i]))]);
  }
  printTable(
    `guardTransport, balanced guard: main-thread instructions per message or round trip (callgrind; ${calls} after ${warmup}, median of ${repeat} runs), node ${process.version}`,
    ['', ...roots.map(([name]) => name)],
    rows,
  );
}

/** Main-thread instructions per message of one case: the median of `repeat` child processes under callgrind. */
async function run(root, test, clock, calls, warmup, repeat) {
  const counts = await Promise.all(Array.from({ length: repeat }, () => instructionsPerCall(self, ['--child', root, test, clock, String(calls), String(warmup)], calls)));
  return median(counts);
}

async function child(root, test, clockName, calls, warmup) {
  const warned = clockName === 'warned';
  const bare = clockName === 'bare';
  const load = (path) => import(pathToFileURL(join(root, path)).href);
  const { createGuard } = await load('packages/core/dist/index.js');
  const { guardTransport } = await load('packages/mcp-sdk/dist/index.js');
  const sdk = (path) => import(pathToFileURL(join(root, 'node_modules/@modelcontextprotocol/sdk/dist/esm', path)).href);
  const { InMemoryTransport } = await sdk('inMemory.js');
  let clock = 1_700_000_000_000;
  const balanced = createGuard({ profile: 'balanced', now: warned ? () => clock : () => (clock += 1000) });
  const allow = await balanced.inspect({ jsonrpc: '2.0', method: 'notifications/initialized' }, { from: 'client', sessionId: 'bench' });
  const guard = clockName === 'pass-through' ? { profile: balanced.profile, inspect: () => Promise.resolve(allow), decide: (event, context) => balanced.decide(event, context) } : balanced;
  const callArgs = { name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } };
  let once;
  if (test === 'send') {
    const [a, b] = InMemoryTransport.createLinkedPair();
    let arrived;
    b.onmessage = () => arrived();
    await b.start();
    const sender = bare ? a : guardTransport(a, guard);
    await sender.start();
    once = (i) =>
      new Promise((done) => {
        arrived = done;
        void sender.send({ jsonrpc: '2.0', id: i, method: 'tools/call', params: callArgs });
      });
  } else {
    const { Client } = await sdk('client/index.js');
    const { McpServer } = await sdk('server/mcp.js');
    const { z } = await import(pathToFileURL(join(root, 'node_modules/zod/index.js')).href);
    const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
    const server = new McpServer({ name: 'bench', version: '1.0.0' });
    const text = '3 matches for useEffect under /home/alice/projects/webapp/src: src/app.tsx:12, src/hooks/useData.ts:4, src/pages/index.tsx:30';
    server.registerTool('search_files', { description: 'Searches files of the project.', inputSchema: { path: z.string(), pattern: z.string() } }, () => ({ content: [{ type: 'text', text }] }));
    await server.connect(serverEnd);
    const client = new Client({ name: 'bench-host', version: '1.0.0' });
    await client.connect(bare ? clientEnd : guardTransport(clientEnd, guard));
    once = () => client.callTool(callArgs);
  }
  let id = 0;
  for (let i = 0; i < warmup; i++) await once(id++);
  const gate = windowGate();
  process.stdout.write('warm\n');
  await gate('go');
  for (let i = 0; i < calls; i++) await once(id++);
  process.stdout.write('done\n');
  await gate('end');
  process.exit(0);
}
