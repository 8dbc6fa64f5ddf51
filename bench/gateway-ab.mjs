#!/usr/bin/env node
// The HTTP gateway of this build against the gateway of another build, in one process, in alternating
// rounds (with direct rounds between), so machine noise hits both alike: per-round p50, the p50 added over
// the direct round next to it, req/s, and this process's CPU per request (only the gateway under load
// works during its round), medians over the rounds. Upstream and load generator are the ones of
// gateway.bench.mjs (second and third process, keep-alive fetch).
//
//   npm run build && node bench/gateway-ab.mjs /path/to/other/checkout/packages/http/dist/index.js [--rounds 10] [--seconds 1.5] [--clients 1] [--profile balanced]
//
// The other build's guard comes from its own @vanguard/core (packages/core/dist next to its http package).
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import * as thisCore from '@vanguard/core';
import * as thisHttp from '@vanguard/http';

import { abArgs, median, printTable } from './measure.mjs';

const { other: otherHttp, otherPath, option } = await abArgs('node bench/gateway-ab.mjs <other build of packages/http/dist/index.js> [--rounds N] [--seconds S] [--clients N] [--profile P]');
const otherCore = await import(pathToFileURL(resolve(dirname(resolve(otherPath)), '..', '..', 'core', 'dist', 'index.js')).href);
const rounds = Number(option('--rounds') ?? 10);
const seconds = Number(option('--seconds') ?? 1.5);
const clients = Number(option('--clients') ?? 1);
const profile = option('--profile') ?? 'balanced';

const gatewayBench = fileURLToPath(new URL('./gateway.bench.mjs', import.meta.url));
const child = (flag) => fork(gatewayBench, [flag], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const upstream = child('--upstream');
const { port } = await new Promise((done) => upstream.once('message', done));
const direct = `http://127.0.0.1:${port}/mcp`;

async function gateway(core, http) {
  const handler = http.createGatewayHandler({
    limits: { ratePerMinute: 0, concurrencyPerPrincipal: 0, concurrency: 0 },
    routes: [{ name: 'bench', guard: core.createGuard({ profile }), upstream: http.httpUpstream(direct) }],
  });
  const server = http.createNodeServer(handler, { maxBodyBytes: handler.limits.options.maxBodyBytes });
  server.keepAliveTimeout = 60_000;
  const bound = await http.listen(server, '127.0.0.1', 0);
  return {
    url: `http://127.0.0.1:${bound.port}/mcp`,
    async close() {
      server.closeAllConnections();
      server.close();
      await handler.close();
    },
  };
}
const gateways = { other: await gateway(otherCore, otherHttp), this: await gateway(thisCore, thisHttp) };

const load = child('--load');
const run = (url, concurrency, s) =>
  new Promise((done) => {
    const cpu = process.cpuUsage();
    load.once('message', (reply) => {
      const used = process.cpuUsage(cpu);
      done({ ...reply, cpu: (used.user + used.system) / Math.max(1, reply.count) });
    });
    load.send({ url, concurrency, seconds: s });
  });

for (const g of Object.values(gateways)) await run(g.url, 8, 1);
await run(direct, 8, 0.5);
const results = { direct: [], other: [], this: [] };
for (let round = 0; round < rounds; round++) {
  results.direct.push(await run(direct, clients, seconds));
  for (const name of round % 2 ? ['other', 'this'] : ['this', 'other']) results[name].push(await run(gateways[name].url, clients, seconds));
}
const directRps = median(results.direct.map((r) => r.rps));
const rows = ['direct', 'other', 'this'].map((name) => {
  const list = results[name];
  const added = name === 'direct' ? '' : median(list.map((r, i) => r.p50 - results.direct[i].p50)).toFixed(3);
  const rps = median(list.map((r) => r.rps));
  return [name === 'other' ? otherPath : name === 'this' ? 'this build' : 'direct', median(list.map((r) => r.p50)).toFixed(3), added, rps.toFixed(0), name === 'direct' ? '' : `${((rps / directRps) * 100).toFixed(1)}%`, name === 'direct' ? '' : median(list.map((r) => r.cpu)).toFixed(0), list.reduce((s, r) => s + r.failed, 0)];
});
printTable(
  `Gateway A/B, ${clients} client(s), ${rounds} alternating rounds of ${seconds} s, medians over rounds, profile ${profile}, load average ${loadavg()[0].toFixed(1)}, Node ${process.version}`,
  ['path', 'p50 ms', '+p50 ms', 'req/s', 'of direct', 'CPU µs/req', 'failed'],
  rows,
);
load.kill();
upstream.kill();
for (const g of Object.values(gateways)) await g.close();
