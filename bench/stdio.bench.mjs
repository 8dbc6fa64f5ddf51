#!/usr/bin/env node
// What `vanguard start` costs on the wire: round-trip latency of sequential tools/call requests to a
// trivial stdio server, direct, through a bare Node relay (the floor of any stdio proxy: one more
// process and two more pipes), through the proxy with a pass-through guard (the proxy alone), and
// through `vanguard start` (proxy and balanced inspection); same run, interleaved in blocks so machine
// noise hits all alike. Then pipelined throughput of each.
//
//   npm run build && node bench/stdio.bench.mjs [--calls 10000] [--pipelined 20000] [--profile balanced]
//       [--baseline /path/to/other/checkout] [--compare bench/results/stdio.json]
//
// Targets: `vanguard start` adds at most 0.08 ms to the median round trip (issue 13; a bare relay adds
// ~0.07 ms); at least 10,000 messages/s through the proxy. The trivial server is this file run with
// --server (no SDK: it answers each line directly, so what is measured is the proxy and not a server
// framework); --relay and --passthrough run the two reference middles. On a loaded machine these medians
// move by tens of µs from run to run: bench/stdio-instructions.mjs counts the same middles' instructions.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { writeResults } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const vanguard = join(dirname(self), '..', 'packages', 'cli', 'bin', 'vanguard.js');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    server: { type: 'boolean', default: false },
    relay: { type: 'boolean', default: false },
    passthrough: { type: 'boolean', default: false },
    calls: { type: 'string', default: '10000' },
    pipelined: { type: 'string', default: '20000' },
    profile: { type: 'string', default: 'balanced' },
    baseline: { type: 'string' },
    compare: { type: 'string' },
  },
});
/** A line-oriented JSON-RPC peer over a child process's stdio. */
function peer(command, args) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiters = new Map();
  let onAny;
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
    const message = JSON.parse(line);
    const waiter = waiters.get(message.id);
    if (waiter) {
      waiters.delete(message.id);
      waiter(message);
    }
    onAny?.(message);
  });
  return {
    child,
    request(message) {
      return new Promise((resolve) => {
        waiters.set(message.id, resolve);
        child.stdin.write(`${JSON.stringify(message)}\n`);
      });
    },
    onMessage(fn) {
      onAny = fn;
    },
    async close() {
      child.stdin.end();
      await new Promise((resolve) => child.once('close', resolve));
    },
  };
}

const call = (id) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'echo', arguments: { text: 'hello world' } } });
const initialize = { jsonrpc: '2.0', id: 'init', method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } };

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function sequential(p, ids, samples) {
  for (const id of ids) {
    const start = performance.now();
    const answer = await p.request(call(id));
    samples.push(performance.now() - start);
    if (!answer.result) throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
  }
}

/** Sends `count` requests without waiting for answers (respecting back-pressure); returns requests/s. */
async function pipelined(p, count, firstId) {
  let received = 0;
  const done = new Promise((resolve) => {
    p.onMessage(() => {
      if (++received === count) resolve();
    });
  });
  const start = performance.now();
  let next = 0;
  await new Promise((resolve) => {
    const pump = () => {
      while (next < count) {
        let batch = '';
        for (let i = 0; i < 256 && next < count; i++, next++) batch += `${JSON.stringify(call(firstId + next))}\n`;
        if (!p.child.stdin.write(batch)) {
          p.child.stdin.once('drain', pump);
          return;
        }
      }
      resolve();
    };
    pump();
  });
  await done;
  p.onMessage(undefined);
  return count / ((performance.now() - start) / 1000);
}

async function main() {
  const calls = Number(values.calls);
  const pipelinedCount = Number(values.pipelined);
  const server = [process.execPath, self, '--server'];
  const peers = [
    { name: 'direct', peer: peer(process.execPath, [self, '--server']) },
    { name: 'bare Node relay', peer: peer(process.execPath, [self, '--relay', '--', ...server]) },
    { name: 'proxy, pass-through guard', peer: peer(process.execPath, [self, '--passthrough', '--', ...server]) },
    { name: 'vanguard start', peer: peer(process.execPath, [vanguard, 'start', '--profile', values.profile, '--quiet', '--', ...server]) },
  ];
  if (values.baseline) {
    const other = resolve(values.baseline, 'packages', 'cli', 'bin', 'vanguard.js');
    peers.push({ name: 'baseline vanguard start', peer: peer(process.execPath, [other, 'start', '--profile', values.profile, '--quiet', '--', ...server]) });
  }
  // The first answer through a proxy also waits for the guard to compile its rules.
  await Promise.all(peers.map((p) => p.peer.request(initialize)));

  // Warm every path up (JIT, pipes), then measure in interleaved blocks.
  let id = 0;
  const ignore = [];
  for (const p of peers) await sequential(p.peer, Array.from({ length: 1000 }, () => id++), ignore);
  for (const p of peers) p.samples = [];
  const block = 500;
  for (let done = 0; done < calls; done += block) {
    const n = Math.min(block, calls - done);
    for (const p of peers) await sequential(p.peer, Array.from({ length: n }, () => id++), p.samples);
  }
  for (const p of peers) {
    p.rate = await pipelined(p.peer, pipelinedCount, id);
    id += pipelinedCount;
  }
  await Promise.all(peers.map((p) => p.peer.close()));

  const compare = values.compare ? JSON.parse(readFileSync(values.compare, 'utf8')) : undefined;
  const ms = (x) => `${x.toFixed(3)} ms`;
  const direct = peers[0];
  for (const p of peers) {
    p.sorted = [...p.samples].sort((a, b) => a - b);
    p.median = quantile(p.sorted, 0.5);
    p.p99 = quantile(p.sorted, 0.99);
  }
  const results = peers.map((p) => ({
    name: p.name,
    medianMs: p.median,
    p99Ms: p.p99,
    addedMedianMs: p.median - direct.median,
    requestsPerSecond: p.rate,
  }));
  const before = (name) => compare?.results?.find((r) => r.name === name);
  const rows = [
    ['', 'median', 'p99', 'added (median)', 'pipelined req/s', ...(compare ? ['added before'] : [])],
    ...results.map((r) => [
      r.name,
      ms(r.medianMs),
      ms(r.p99Ms),
      r === results[0] ? '' : ms(r.addedMedianMs),
      Math.round(r.requestsPerSecond).toLocaleString('en-US'),
      ...(compare ? [before(r.name) ? ms(before(r.name).addedMedianMs) : ''] : []),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const format = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const start = results.find((r) => r.name === 'vanguard start');
  const relay = results.find((r) => r.name === 'bare Node relay');
  const messagesPerSecond = start.requestsPerSecond * 2;
  process.stdout.write(
    [
      `stdio round trips (${calls} sequential tools/call each, blocks of ${block} interleaved), profile ${values.profile}, Node ${process.version}, ${new Date().toISOString()}`,
      '',
      format(rows[0]),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...rows.slice(1).map(format),
      '',
      `vanguard start adds ${ms(start.addedMedianMs)} to the median round trip (target <= 0.080 ms; the bare relay adds ${ms(relay.addedMedianMs)}): ${start.addedMedianMs <= 0.08 ? 'met' : 'MISSED'}`,
      `throughput ${Math.round(messagesPerSecond).toLocaleString('en-US')} messages/s through vanguard start (target >= 10,000): ${messagesPerSecond >= 10_000 ? 'met' : 'MISSED'}`,
      '',
    ].join('\n'),
  );
  writeResults('stdio', { calls, pipelined: pipelinedCount, profile: values.profile, results });
}

/** The floor: a process that only passes bytes between its stdio and the server's. */
function relay() {
  const [command, ...args] = positionals;
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  process.stdin.pipe(child.stdin);
  child.stdout.pipe(process.stdout);
  child.on('exit', (code) => (process.exitCode = code ?? 1));
}

/** The proxy alone: createStdioProxy with a guard whose inspect resolves at once with a fixed allow verdict. */
async function passthrough() {
  const { createGuard } = await import('@vanguard/core');
  const { createStdioProxy } = await import('@vanguard/stdio');
  const guard = createGuard({ profile: 'balanced' });
  const allow = await guard.inspect({ jsonrpc: '2.0', method: 'notifications/initialized' }, { from: 'client', sessionId: 'bench' });
  const passThrough = { profile: guard.profile, inspect: () => Promise.resolve(allow), decide: (event, context) => guard.decide(event, context) };
  const [command, ...args] = positionals;
  const proxy = createStdioProxy({ command, args, guard: passThrough });
  const exit = await proxy.exited;
  process.stdin.destroy();
  process.exitCode = exit.exitCode;
}

function serve() {
  // The trivial server: one answer per request line, written as soon as the line is read.
  const result = (id) => `{"result":{"content":[{"type":"text","text":"ok"}]},"jsonrpc":"2.0","id":${JSON.stringify(id)}}\n`;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line) return;
    const message = JSON.parse(line);
    if (message.id === undefined) return;
    if (message.method === 'initialize') {
      process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id: message.id, result: { protocolVersion: '2025-06-18', capabilities: { tools: {} }, serverInfo: { name: 'bench', version: '1' } } })}\n`);
    } else {
      process.stdout.write(result(message.id));
    }
  });
}

if (values.server) serve();
else if (values.relay) relay();
else if (values.passthrough) await passthrough();
else await main();
