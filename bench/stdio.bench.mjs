#!/usr/bin/env node
// What `vanguard start` costs on the wire: round-trip latency of sequential tools/call requests to a
// trivial stdio server, direct versus through the proxy (same run, interleaved in blocks so machine
// noise hits both alike), and pipelined throughput through the proxy.
//
//   npm run build && node bench/stdio.bench.mjs [--calls 10000] [--pipelined 50000] [--profile balanced]
//
// Targets: at most 0.3 ms added to the median round trip; at least 10,000 messages/s through the proxy.
// The trivial server is this file run with --server (no SDK: it answers each line directly, so what is
// measured is the proxy and not a server framework).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const self = fileURLToPath(import.meta.url);
const vanguard = join(dirname(self), '..', 'packages', 'cli', 'bin', 'vanguard.js');

const { values } = parseArgs({
  options: {
    server: { type: 'boolean', default: false },
    calls: { type: 'string', default: '10000' },
    pipelined: { type: 'string', default: '50000' },
    profile: { type: 'string', default: 'balanced' },
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
  const direct = peer(process.execPath, [self, '--server']);
  const proxied = peer(process.execPath, [vanguard, 'start', '--profile', values.profile, '--quiet', '--', process.execPath, self, '--server']);
  // The first answer through the proxy also waits for the guard to compile its rules.
  await Promise.all([direct.request(initialize), proxied.request(initialize)]);

  // Warm both paths up (JIT, pipes), then measure in interleaved blocks.
  let id = 0;
  const ignore = [];
  await sequential(direct, Array.from({ length: 1000 }, () => id++), ignore);
  await sequential(proxied, Array.from({ length: 1000 }, () => id++), ignore);
  const directSamples = [];
  const proxiedSamples = [];
  const block = 1000;
  for (let done = 0; done < calls; done += block) {
    const n = Math.min(block, calls - done);
    await sequential(direct, Array.from({ length: n }, () => id++), directSamples);
    await sequential(proxied, Array.from({ length: n }, () => id++), proxiedSamples);
  }
  const directRate = await pipelined(direct, pipelinedCount, id);
  id += pipelinedCount;
  const proxiedRate = await pipelined(proxied, pipelinedCount, id);
  await Promise.all([direct.close(), proxied.close()]);

  const d = [...directSamples].sort((a, b) => a - b);
  const v = [...proxiedSamples].sort((a, b) => a - b);
  const ms = (x) => `${x.toFixed(3)} ms`;
  const added = quantile(v, 0.5) - quantile(d, 0.5);
  const messagesPerSecond = proxiedRate * 2;
  const rows = [
    ['', 'direct', 'vanguard start', 'added'],
    [`median round trip (${calls} sequential tools/call)`, ms(quantile(d, 0.5)), ms(quantile(v, 0.5)), ms(added)],
    ['p99 round trip', ms(quantile(d, 0.99)), ms(quantile(v, 0.99)), ms(quantile(v, 0.99) - quantile(d, 0.99))],
    [`pipelined requests/s (${pipelinedCount} answered)`, Math.round(directRate).toLocaleString('en-US'), Math.round(proxiedRate).toLocaleString('en-US'), ''],
    ['messages/s inspected by the proxy (requests + answers)', '', Math.round(messagesPerSecond).toLocaleString('en-US'), ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const format = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  process.stdout.write(
    [
      `vanguard start overhead, profile ${values.profile}, Node ${process.version}`,
      '',
      format(rows[0]),
      widths.map((w) => '-'.repeat(w)).join('  '),
      ...rows.slice(1).map(format),
      '',
      `added median ${ms(added)} (target <= 0.300 ms): ${added <= 0.3 ? 'met' : 'MISSED'}`,
      `throughput ${Math.round(messagesPerSecond).toLocaleString('en-US')} messages/s (target >= 10,000): ${messagesPerSecond >= 10_000 ? 'met' : 'MISSED'}`,
      '',
    ].join('\n'),
  );
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
else await main();
