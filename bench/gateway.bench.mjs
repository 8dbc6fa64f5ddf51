#!/usr/bin/env node
// What the HTTP gateway costs: requests per second and p50/p99 latency of tools/call POSTs straight to an
// upstream versus through the gateway, in the same run, at 1 and 64 concurrent clients; then the gateway's
// heap over a 100,000-request run. Three processes on 127.0.0.1: the upstream (this file --upstream), the
// load generator (this file --load, keep-alive fetch), and the gateway (this process, run with
// --expose-gc so heap samples are taken after a full collection).
//
//   npm run build && node --expose-gc bench/gateway.bench.mjs [--seconds 5] [--heap-requests 100000] [--profile balanced] [--clients 1,64]
//       [--client fetch|http]
//
// The load generator sends with keep-alive fetch (undici) by default, as an MCP SDK client does; `--client http`
// sends with node:http and a keep-alive agent instead, which costs the generator about 0.3 ms less per
// request on a small machine: direct round trips get several times faster, the time the gateway adds stays
// about the same, and its share of the round trip (the throughput ratio at 1 client) grows. Every path is
// measured with the same client in a run.
//
// A bare node:http relay runs beside the gateway as the floor any proxy hop costs on this machine, and the
// CPU column is this process's CPU time per request (relay or gateway), which other load on the machine
// changes far less than throughput or latency.
//
// Targets: at least 70% of direct throughput, at most 0.5 ms added to the median, heap flat.
// The upstream is a minimal Streamable HTTP MCP server (no SDK: JSON answers, so what is measured is the
// gateway and not a server framework).
import { fork } from 'node:child_process';
import { Agent, createServer, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { values } = parseArgs({
  options: {
    upstream: { type: 'boolean', default: false },
    load: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '5' },
    'heap-requests': { type: 'string', default: '100000' },
    profile: { type: 'string', default: 'balanced' },
    clients: { type: 'string', default: '1,64' },
    client: { type: 'string', default: 'fetch' },
  },
});

if (values.client !== 'fetch' && values.client !== 'http') throw new Error(`--client is fetch or http, not ${values.client}`);

const call = (id) =>
  JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'read_file', arguments: { path: `src/module-${id % 100}.ts` } } });

// ---- the upstream ------------------------------------------------------------------------------------
if (values.upstream) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const text = `export const value = ${JSON.stringify(message.params?.arguments?.path ?? '')};\n`.repeat(4);
      const result = message.method === 'tools/call' ? { content: [{ type: 'text', text }] } : {};
      const body = JSON.stringify({ jsonrpc: '2.0', id: message.id, result });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
}

// ---- the load generator ------------------------------------------------------------------------------
else if (values.load) {
  process.on('message', (message) => void drive(message));
  const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
  const viaFetch = async (url, body) => {
    const response = await fetch(url, { method: 'POST', headers, body });
    return { ok: response.ok, text: await response.text() };
  };
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const viaHttp = (url, body) =>
    new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ ok: res.statusCode >= 200 && res.statusCode < 300, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  const send = values.client === 'http' ? viaHttp : viaFetch;
  async function drive({ url, concurrency, seconds, requests, progressEvery }) {
    const latencies = [];
    let sent = 0;
    let failed = 0;
    const deadline = seconds ? performance.now() + seconds * 1000 : Infinity;
    const worker = async () => {
      for (;;) {
        if (performance.now() >= deadline || (requests && sent >= requests)) return;
        const id = ++sent;
        const t0 = performance.now();
        const { ok, text } = await send(url, call(id));
        if (!ok || !text.includes('"result"')) failed++;
        if (!requests) latencies.push(performance.now() - t0);
        if (progressEvery && id % progressEvery === 0) process.send({ progress: id });
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
    process.send({ done: true, count: sent, failed, rps: sent / elapsed, p50: pct(50), p99: pct(99) });
  }
}

// ---- the gateway and the report --------------------------------------------------------------------
else {
  const { createGuard } = await import('@vanguard/core');
  const { createGatewayHandler, createNodeServer, httpUpstream, listen } = await import('@vanguard/http');
  const child = (flag) => fork(self, [flag, '--client', values.client], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const upstream = child('--upstream');
  const { port } = await new Promise((resolve) => upstream.once('message', resolve));
  const direct = `http://127.0.0.1:${port}/mcp`;
  const handler = createGatewayHandler({
    // Limits high enough that the load itself is never refused.
    limits: { ratePerMinute: 0, concurrencyPerPrincipal: 0, concurrency: 0 },
    routes: [{ name: 'bench', guard: createGuard({ profile: values.profile }), upstream: httpUpstream(direct) }],
  });
  const server = createNodeServer(handler, { maxBodyBytes: handler.limits.options.maxBodyBytes });
  server.keepAliveTimeout = 60_000;
  const bound = await listen(server, '127.0.0.1', 0);
  const gateway = `http://127.0.0.1:${bound.port}/mcp`;
  // The floor: a bare node:http relay (no inspection, no web-standard objects) in the same process.
  const relayAgent = new Agent({ keepAlive: true, maxSockets: 256 });
  const relayServer = createServer((req, res) => {
    const out = request(direct, { method: req.method, headers: req.headers, agent: relayAgent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(out);
  });
  relayServer.keepAliveTimeout = 60_000;
  const relayBound = await listen(relayServer, '127.0.0.1', 0);
  const relay = `http://127.0.0.1:${relayBound.port}/mcp`;
  const load = child('--load');
  const run = (message, onProgress) =>
    new Promise((resolve) => {
      // CPU this process spent while the run lasted: the relay's or the gateway's own cost per request,
      // which, unlike throughput, other load on the machine hardly changes.
      const cpu = process.cpuUsage();
      const listener = (reply) => {
        if (reply.progress !== undefined) return onProgress?.(reply.progress);
        load.off('message', listener);
        const used = process.cpuUsage(cpu);
        resolve({ ...reply, cpuMicros: (used.user + used.system) / Math.max(1, reply.count) });
      };
      load.on('message', listener);
      load.send(message);
    });

  const seconds = Number(values.seconds);
  await run({ url: direct, concurrency: 8, seconds: 1 });
  await run({ url: gateway, concurrency: 8, seconds: 1 });
  const rows = [];
  for (const concurrency of values.clients.split(',').map(Number)) {
    // Interleaved halves so machine noise hits both alike.
    const halves = { direct: [], relay: [], gateway: [] };
    for (let round = 0; round < 2; round++) {
      halves.direct.push(await run({ url: direct, concurrency, seconds: seconds / 2 }));
      halves.relay.push(await run({ url: relay, concurrency, seconds: seconds / 2 }));
      halves.gateway.push(await run({ url: gateway, concurrency, seconds: seconds / 2 }));
    }
    const merge = (list) => ({
      rps: list.reduce((s, r) => s + r.rps, 0) / list.length,
      p50: list.reduce((s, r) => s + r.p50, 0) / list.length,
      p99: Math.max(...list.map((r) => r.p99)),
      failed: list.reduce((s, r) => s + r.failed, 0),
      cpu: list.reduce((s, r) => s + r.cpuMicros, 0) / list.length,
    });
    const d = merge(halves.direct);
    const g = merge(halves.gateway);
    const r = merge(halves.relay);
    rows.push([concurrency, 'direct', d.rps.toFixed(0), d.p50.toFixed(3), d.p99.toFixed(3), '', '', '', d.failed]);
    rows.push([concurrency, 'bare relay', r.rps.toFixed(0), r.p50.toFixed(3), r.p99.toFixed(3), `${((r.rps / d.rps) * 100).toFixed(1)}%`, (r.p50 - d.p50).toFixed(3), r.cpu.toFixed(0), r.failed]);
    rows.push([concurrency, 'gateway', g.rps.toFixed(0), g.p50.toFixed(3), g.p99.toFixed(3), `${((g.rps / d.rps) * 100).toFixed(1)}%`, (g.p50 - d.p50).toFixed(3), g.cpu.toFixed(0), g.failed]);
  }
  printTable(`Gateway vs direct, tools/call over HTTP on 127.0.0.1 (profile ${values.profile}, ${values.client} client, ${seconds} s per cell, Node ${process.version})`, ['clients', 'path', 'req/s', 'p50 ms', 'p99 ms', 'of direct', '+p50 ms', 'CPU µs/req', 'failed'], rows);

  const total = Number(values['heap-requests']);
  const heap = [];
  const sample = (done) => {
    globalThis.gc?.();
    heap.push([done, (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)]);
  };
  sample(0);
  const result = await run({ url: gateway, concurrency: 64, requests: total, progressEvery: total / 10 }, sample);
  console.log('');
  printTable(`Gateway heap over ${total.toLocaleString('en')} requests (64 clients${globalThis.gc ? ', after gc' : ', run with --expose-gc for gc-ed samples'})`, ['requests', 'heap MiB'], heap);
  console.log(`failed: ${result.failed}; first→last sample: ${heap[1]?.[1]} → ${heap.at(-1)[1]} MiB`);
  load.kill();
  upstream.kill();
  server.closeAllConnections();
  server.close();
  relayServer.closeAllConnections();
  relayServer.close();
  await handler.close();
}
