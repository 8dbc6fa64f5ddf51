#!/usr/bin/env node
// What `vanguard start` costs on the wire: round-trip latency of sequential tools/call requests to a
// trivial stdio server, direct, through a bare Node relay (the floor of any stdio proxy: one more
// process and two more pipes), through the proxy with a pass-through guard (the proxy alone), and
// through `vanguard start` (proxy and balanced inspection). Then pipelined throughput of each.
//
//   npm run build && node bench/stdio.bench.mjs [--calls 10000] [--block 200] [--warm 50] [--seed 1]
//       [--pin split|same|none] [--pipelined 20000] [--profile balanced]
//       [--baseline /path/to/other/checkout] [--compare bench/results/stdio.json]
//
// How it is measured, so that no middle gains from where it sits in the run: in each round every middle
// runs once, in a new random order, and right next to it (before or after, at random) a block of direct
// calls; every block starts with --warm unmeasured calls. A middle's added time in a round is its block's
// median minus the adjacent direct block's; the table shows the median over rounds with a bootstrapped
// 95% interval, and p99 over all its calls. An A/A run (`--baseline` this checkout) shows the same build
// twice within each other's interval. Each middle's main-thread CPU time and run-queue wait per round trip
// (Linux /proc/PID/schedstat) are shown too: they tell a slower middle from a busier machine. Processes
// are pinned to CPUs (see `placement`): unpinned, where the scheduler happens to put a middle moves its
// added time by 4x.
//
// Targets: `vanguard start` adds at most 0.08 ms to the median round trip (issue 13; a bare relay adds
// ~0.07 ms); at least 10,000 messages/s through the proxy. The trivial server is this file run with
// --server (no SDK: it answers each line directly, so what is measured is the proxy and not a server
// framework); --relay and --passthrough run the two reference middles. bench/stdio-instructions.mjs counts
// the same middles' instructions.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
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
    block: { type: 'string', default: '200' },
    warm: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    pin: { type: 'string', default: 'split' },
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
const medianOf = (values) => quantile([...values].sort((a, b) => a - b), 0.5);

/** CPU time (ns) and run-queue wait (ns) of a process's main thread so far (Linux; undefined elsewhere). */
function schedstat(pid) {
  try {
    const [cpu, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { cpu, wait };
  } catch {
    return undefined;
  }
}

/**
 * Where the processes run. On a 2-CPU virtual machine, a middle on the other CPU than the host and server
 * costs ~4× the CPU time per round trip of one on the same CPU (waking a process across CPUs), and the
 * scheduler keeps a process on one CPU for a whole run: unpinned, two builds of the same middle measure
 * 0.016 and 0.059 ms added as they happen to land. So by default every process is pinned: `split` puts the
 * bench host and the servers on the first CPU and every middle on the last (each message crosses CPUs
 * twice, the usual case of a proxy between two busy processes), `same` puts everything on one CPU (no
 * crossing: the middle's own work), `none` leaves placement to the scheduler.
 */
function placement(pin) {
  const cpus = availableParallelism();
  if (pin === 'none' || process.platform !== 'linux' || spawnSync('taskset', ['-V']).status !== 0) return {};
  const last = String(cpus - 1);
  const hostCpu = pin === 'same' ? last : '0';
  // -a: every thread of this process, the host of the measured round trips.
  execFileSync('taskset', ['-a', '-p', '-c', hostCpu, String(process.pid)], { stdio: 'ignore' });
  return { hostCpu, middleCpu: last };
}

/** Round trips of `n` sequential calls; returns their times in ms, and the middle process's main-thread CPU and wait per call. */
async function block(p, n, nextId) {
  const times = new Float64Array(n);
  const before = schedstat(p.child.pid);
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const answer = await p.request(call(nextId()));
    times[i] = performance.now() - start;
    if (!answer.result) throw new Error(`unexpected answer ${JSON.stringify(answer)}`);
  }
  const after = schedstat(p.child.pid);
  return { times, cpu: before && after ? (after.cpu - before.cpu) / n : NaN, wait: before && after ? (after.wait - before.wait) / n : NaN };
}

/** Fisher-Yates, with a seeded generator so that a run can be repeated. */
function shuffle(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
function generator(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Median of `values` and a 95% interval of it, bootstrapped over the rounds. */
function withInterval(values, random) {
  const resampled = [];
  for (let b = 0; b < 1000; b++) resampled.push(medianOf(Array.from(values, () => values[Math.floor(random() * values.length)])));
  resampled.sort((a, b) => a - b);
  return { median: medianOf(values), low: quantile(resampled, 0.025), high: quantile(resampled, 0.975) };
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
  const blockSize = Number(values.block);
  const warm = Number(values.warm);
  const pipelinedCount = Number(values.pipelined);
  const random = generator(Number(values.seed));
  const { hostCpu, middleCpu } = placement(values.pin);
  // A middle's server runs where the host runs; `taskset` only sets the CPU and then runs node itself.
  const onCpu = (cpu, command) => (cpu === undefined ? command : ['taskset', '-c', cpu, ...command]);
  const server = onCpu(hostCpu, [process.execPath, self, '--server']);
  const middle = (...args) => {
    const [command, ...rest] = onCpu(middleCpu, [process.execPath, ...args, '--', ...server]);
    return peer(command, rest);
  };
  const start = (bin) => middle(bin, 'start', '--profile', values.profile, '--quiet');
  const peers = [
    { name: 'direct', peer: peer(server[0], server.slice(1)) },
    { name: 'bare Node relay', peer: middle(self, '--relay') },
    { name: 'proxy, pass-through guard', peer: middle(self, '--passthrough') },
    { name: 'vanguard start', peer: start(vanguard) },
  ];
  if (values.baseline) {
    const other = resolve(values.baseline);
    peers.push({ name: 'baseline proxy, pass-through guard', peer: middle(join(other, 'bench', 'stdio.bench.mjs'), '--passthrough') });
    peers.push({ name: 'baseline vanguard start', peer: start(join(other, 'packages', 'cli', 'bin', 'vanguard.js')) });
  }
  // The first answer through a proxy also waits for the guard to compile its rules.
  await Promise.all(peers.map((p) => p.peer.request(initialize)));

  let id = 0;
  const nextId = () => id++;
  for (const p of peers) {
    await block(p.peer, 1000, nextId); // JIT and pipes warmed up
    Object.assign(p, { samples: [], added: [], cpu: [], wait: [] });
  }
  // Each round measures every middle once, in a new random order, and right next to it (before or after,
  // at random) a block of direct calls: its added time is its block's median minus that direct block's.
  // Every block starts with `warm` unmeasured calls, so no block pays for the one before it (caches,
  // sleeping processes), and no middle always comes first or last.
  const [direct, ...middles] = peers;
  const rounds = Math.max(1, Math.round(calls / blockSize));
  for (let round = 0; round < rounds; round++) {
    for (const p of shuffle(middles, random)) {
      const pair = random() < 0.5 ? [direct, p] : [p, direct];
      const medians = new Map();
      for (const q of pair) {
        await block(q.peer, warm, nextId);
        const measured = await block(q.peer, blockSize, nextId);
        q.samples.push(...measured.times);
        q.cpu.push(measured.cpu);
        q.wait.push(measured.wait);
        medians.set(q, medianOf(measured.times));
      }
      p.added.push(medians.get(p) - medians.get(direct));
    }
  }
  // Throughput likewise: in rounds, each peer in a new random order, the median rate of its rounds.
  const rates = new Map(peers.map((p) => [p, []]));
  const burst = Math.ceil(pipelinedCount / 5);
  for (let round = 0; round < 5; round++) {
    for (const p of shuffle(peers, random)) {
      rates.get(p).push(await pipelined(p.peer, burst, id));
      id += burst;
    }
  }
  for (const p of peers) p.rate = medianOf(rates.get(p));
  await Promise.all(peers.map((p) => p.peer.close()));

  const compare = values.compare ? JSON.parse(readFileSync(values.compare, 'utf8')) : undefined;
  const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(3)} ms` : '');
  const us = (ns) => (Number.isFinite(ns) ? `${(ns / 1000).toFixed(1)} µs` : '');
  const results = peers.map((p) => {
    const sorted = [...p.samples].sort((a, b) => a - b);
    const added = p === direct ? undefined : withInterval(p.added, random);
    return {
      name: p.name,
      medianMs: quantile(sorted, 0.5),
      p99Ms: quantile(sorted, 0.99),
      addedMedianMs: added?.median ?? 0,
      addedLowMs: added?.low,
      addedHighMs: added?.high,
      // The middle's main thread (the server's, for direct), per round trip: CPU, and time runnable but waiting for a core.
      cpuMicros: medianOf(p.cpu) / 1000,
      waitMicros: medianOf(p.wait) / 1000,
      requestsPerSecond: p.rate,
    };
  });
  const before = (name) => compare?.results?.find((r) => r.name === name);
  const rows = [
    ['', 'median', 'p99', 'added (median of rounds)', '95% interval', 'main-thread CPU', 'run-queue wait', 'pipelined req/s', ...(compare ? ['added before'] : [])],
    ...results.map((r, i) => [
      r.name,
      ms(r.medianMs),
      ms(r.p99Ms),
      i === 0 ? '' : ms(r.addedMedianMs),
      i === 0 ? '' : `${ms(r.addedLowMs)} – ${ms(r.addedHighMs)}`,
      us(r.cpuMicros * 1000),
      us(r.waitMicros * 1000),
      Math.round(r.requestsPerSecond).toLocaleString('en-US'),
      ...(compare ? [before(r.name) ? ms(before(r.name).addedMedianMs) : ''] : []),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const format = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const ours = results.find((r) => r.name === 'vanguard start');
  const relay = results.find((r) => r.name === 'bare Node relay');
  const messagesPerSecond = ours.requestsPerSecond * 2;
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  process.stdout.write(
    [
      `stdio round trips, profile ${values.profile}, Node ${process.version}, ${new Date().toISOString()}, load average ${load}`,
      `processes pinned: ${values.pin}; ${rounds} rounds; per round each middle in random order, next to a block of direct calls; blocks of ${blockSize} calls after ${warm} unmeasured`,
      '',
      format(rows[0]),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...rows.slice(1).map(format),
      '',
      `vanguard start adds ${ms(ours.addedMedianMs)} to the median round trip (target <= 0.080 ms; the bare relay adds ${ms(relay.addedMedianMs)}): ${ours.addedMedianMs <= 0.08 ? 'met' : 'MISSED'}`,
      `throughput ${Math.round(messagesPerSecond).toLocaleString('en-US')} messages/s through vanguard start (target >= 10,000): ${messagesPerSecond >= 10_000 ? 'met' : 'MISSED'}`,
      '',
    ].join('\n'),
  );
  writeResults('stdio', { calls, pin: values.pin, block: blockSize, warm, rounds, profile: values.profile, loadAverage: loadavg(), results });
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
  // A verdict of no message in particular: the proxy reads each line's id from its bytes, as it must when
  // the guard did not read it.
  const allow = { ...(await guard.inspect({ jsonrpc: '2.0', method: 'notifications/initialized' }, { from: 'client', sessionId: 'bench' })), messageType: 'invalid', method: undefined };
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
