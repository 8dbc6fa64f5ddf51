#!/usr/bin/env node
// Added cost of guardTransport over the bare SDK transport, over the SDK v1 in-memory transport pair (no
// I/O, so the wrapper and the guard are all that differs), in one run, alternating rounds so machine load
// hits every setup alike. Two guards, so the adapter's own cost is visible apart from inspection:
// - pass-through: a guard whose inspect resolves at once with a fixed allow verdict (the adapter alone);
// - balanced: createGuard({ profile: 'balanced' }) (the adapter plus real inspection).
// `guard.inspect` of the same messages, called directly, is measured too: adapter + inspect ≈ balanced.
// A second table shows each measure's lower quartile and CPU time per run too (see measure.mjs): the
// targets are judged on the medians; those two tell a change of the code from a stall of the machine.
// A third measures each `added` row paired: the bare and the guarded call alternate call by call (one
// pair after another, which of the two goes first swapped every pair), each timed, and a round's
// statistic is the median of its per-pair differences (guarded − bare). Both calls of a pair run in the
// same state of the machine, so a round that runs slow as a whole moves both, and a stall moves one pair
// of many; the medians of the first table come from blocks of thousands of calls of one setup, taken one
// setup after another. Rounds still fall into modes of the machine (a bare round trip of 12 µs in some
// rounds, 20 µs in others), and the difference grows with the slow mode more than in proportion, so a
// fourth table gives the paired difference of the calm rounds alone (bare calls within 10% of their
// fastest round). Every table is printed; the targets stay judged on the first.
//
//   npm run build && node bench/transport.bench.mjs [--rounds 5] [--compare bench/results/transport.json]
//       [--baseline /path/to/other/checkout]   (its built guardTransport measured in the same run, same guards)
//
// Targets (issue 13): the adapter adds ≤ 5 µs per message and ≤ 15 µs per client round trip.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createGuard } from '@vanguard/core';
import { guardTransport } from '@vanguard/mcp-sdk';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';

import { benchArgs, formatMicros as fmt, measure, median, printTable, writeResults } from './measure.mjs';
import { pairedDifference } from './paired.mjs';

const { rounds, compare, value } = benchArgs({ rounds: 5 });
const baselineRoot = value('--baseline');
const baseline = baselineRoot ? (await import(pathToFileURL(resolve(baselineRoot, 'packages/mcp-sdk/dist/index.js')).href)).guardTransport : undefined;
const guard = createGuard({ profile: 'balanced' });
const allow = await guard.inspect({ jsonrpc: '2.0', method: 'notifications/initialized' }, { from: 'client', sessionId: 'bench' });
/** The adapter alone: inspection costs one resolved promise. */
const passThrough = { profile: guard.profile, inspect: () => Promise.resolve(allow), decide: (event, context) => guard.decide(event, context) };

const callArgs = { name: 'search_files', arguments: { path: '/home/alice/projects/webapp/src', pattern: 'useEffect' } };
const request = { jsonrpc: '2.0', id: 0, method: 'tools/call', params: callArgs };
const answerText = '3 matches for useEffect under /home/alice/projects/webapp/src: src/app.tsx:12, src/hooks/useData.ts:4, src/pages/index.tsx:30';
const answer = { jsonrpc: '2.0', id: 0, result: { content: [{ type: 'text', text: answerText }] } };

/** A connected client and server; `wrap` names the guard of each end (undefined: bare). */
async function connect(wrap, wrapTransport = guardTransport) {
  const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
  const server = new McpServer({ name: 'bench', version: '1.0.0' });
  server.registerTool('search_files', { description: 'Searches files of the project.', inputSchema: { path: z.string(), pattern: z.string() } }, () => ({
    content: [{ type: 'text', text: answerText }],
  }));
  await server.connect(wrap.server ? wrapTransport(serverEnd, wrap.server, { side: 'server' }) : serverEnd);
  const client = new Client({ name: 'bench-host', version: '1.0.0' });
  await client.connect(wrap.client ? wrapTransport(clientEnd, wrap.client) : clientEnd);
  return client;
}

/** One message through a transport pair, from send() to the peer's onmessage. */
async function oneWay(wrapWith, wrapTransport = guardTransport) {
  const [a, b] = InMemoryTransport.createLinkedPair();
  let arrived;
  b.onmessage = () => arrived();
  await b.start();
  const sender = wrapWith ? wrapTransport(a, wrapWith) : a;
  await sender.start();
  return (i) =>
    new Promise((resolve) => {
      arrived = resolve;
      void sender.send({ ...request, id: i });
    });
}

const sendSetups = [
  { name: 'bare transport', run: await oneWay(undefined) },
  { name: 'guardTransport, pass-through guard', run: await oneWay(passThrough) },
  { name: 'guardTransport, balanced guard', run: await oneWay(guard) },
  ...(baseline ? [{ name: 'baseline guardTransport, pass-through guard', run: await oneWay(passThrough, baseline) }] : []),
];
const tripSetups = [
  { name: 'bare transports', wrap: {} },
  { name: 'client side guarded, pass-through', wrap: { client: passThrough } },
  { name: 'both sides guarded, pass-through', wrap: { client: passThrough, server: passThrough } },
  { name: 'client side guarded, balanced', wrap: { client: guard } },
  { name: 'both sides guarded, balanced', wrap: { client: guard, server: guard } },
  ...(baseline ? [{ name: 'baseline: client side guarded, pass-through', wrap: { client: passThrough }, baseline: true }] : []),
];
for (const s of tripSetups) {
  const client = await connect(s.wrap, s.baseline ? baseline : guardTransport);
  s.client = client;
  s.run = () => client.callTool(callArgs);
}
// What the client-side wrapper asks of the guard per round trip: the request, then its answer, in one session.
let pairs = 0;
const inspectSetups = [
  {
    name: 'guard.inspect of the request, then of its answer, direct',
    run: async () => {
      const id = pairs++;
      await guard.inspect({ ...request, id }, { from: 'client', sessionId: 'bench-direct' });
      await guard.inspect({ ...answer, id }, { from: 'server', sessionId: 'bench-direct' });
    },
  },
];

// The `added` rows, measured paired (see the top of the file): the guarded setup against the bare one.
const pairedSetups = [
  { name: 'send: adapter added (pass-through guard)', setups: [sendSetups[0], sendSetups[1]], pairs: 4000, warmup: 400 },
  { name: 'send: added with the balanced guard', setups: [sendSetups[0], sendSetups[2]], pairs: 4000, warmup: 400 },
  { name: 'round trip: adapter added, client side (pass-through guard)', setups: [tripSetups[0], tripSetups[1]], pairs: 1500, warmup: 150 },
  { name: 'round trip: added with the balanced guard, client side', setups: [tripSetups[0], tripSetups[3]], pairs: 1500, warmup: 150 },
];
for (const p of pairedSetups) Object.assign(p, { rounds: [], bare: [], guarded: [] });

const all = [...sendSetups, ...tripSetups, ...inspectSetups];
for (const s of all) Object.assign(s, { medians: [], quartiles: [], cpus: [] });
const keep = (s, measured) => {
  s.medians.push(measured.median);
  s.quartiles.push(measured.p25);
  s.cpus.push(measured.cpu);
};
for (let round = 0; round < rounds; round++) {
  for (const s of sendSetups) keep(s, await measure(s.run, { iterations: 5000, warmup: 500 }));
  for (const s of tripSetups) keep(s, await measure(s.run, { iterations: 1500, warmup: 150 }));
  for (const s of inspectSetups) keep(s, await measure(s.run, { iterations: 5000, warmup: 500 }));
  for (const p of pairedSetups) {
    const { difference, bare, guarded } = await pairedDifference(p.setups[0].run, p.setups[1].run, p);
    p.rounds.push(difference);
    p.bare.push(bare);
    p.guarded.push(guarded);
  }
}
for (const s of tripSetups) await s.client.close();

const m = (s) => median(s.medians);
const [bareSend, passSend, balancedSend, baselineSend] = sendSetups.map(m);
const [bareTrip, clientPass, bothPass, clientBalanced, bothBalanced, baselineTrip] = tripSetups.map(m);
const [inspectPair] = inspectSetups.map(m);
const results = [
  { name: 'send: bare transport', micros: bareSend },
  { name: 'send: adapter added (pass-through guard)', micros: passSend - bareSend, target: 5 },
  { name: 'send: added with the balanced guard', micros: balancedSend - bareSend },
  { name: 'round trip: bare transports', micros: bareTrip },
  { name: 'round trip: adapter added, client side (pass-through guard)', micros: clientPass - bareTrip, target: 15 },
  { name: 'round trip: adapter added, both sides (pass-through guard)', micros: bothPass - bareTrip },
  { name: 'round trip: added with the balanced guard, client side', micros: clientBalanced - bareTrip },
  { name: 'round trip: added with the balanced guard, both sides', micros: bothBalanced - bareTrip },
  { name: 'guard.inspect of the request and its answer, direct', micros: inspectPair },
  ...(baseline
    ? [
        { name: 'baseline send: adapter added (pass-through guard)', micros: baselineSend - bareSend },
        { name: 'baseline round trip: adapter added, client side (pass-through guard)', micros: baselineTrip - bareTrip },
      ]
    : []),
];

const before = (name) => compare?.results?.find((r) => r.name === name);
printTable(
  `guardTransport over the SDK v1 in-memory pair, medians of ${rounds} alternating rounds, node ${process.version}, ${new Date().toISOString()}`,
  ['measure', 'median', 'per round', 'target', ...(compare ? ['before'] : [])],
  [
    ...sendSetups.map((s) => [`send → peer onmessage: ${s.name}`, fmt(m(s)), s.medians.map((x) => x.toFixed(1)).join(' '), '', ...(compare ? [''] : [])]),
    ...tripSetups.map((s) => [`client.callTool round trip: ${s.name}`, fmt(m(s)), s.medians.map((x) => x.toFixed(1)).join(' '), '', ...(compare ? [''] : [])]),
    ...inspectSetups.map((s) => [s.name, fmt(m(s)), s.medians.map((x) => x.toFixed(1)).join(' '), '', ...(compare ? [''] : [])]),
    ...results.map((r) => [`= ${r.name}`, fmt(r.micros), '', r.target ? `≤ ${r.target} µs ${r.micros <= r.target ? 'met' : 'MISSED'}` : '', ...(compare ? [before(r.name) ? fmt(before(r.name).micros) : ''] : [])]),
  ],
);

// The same measures by two statistics the VM's stalls move less (this machine stalls for 13–35 µs every
// 20–110 µs, so a median of 15–50 µs runs flips between modes from round to round). The targets are judged
// on the medians above; these say whether a change in them is the code's or the machine's.
const by = (key) => (s) => median(s[key]);
const addedBy = (key) => {
  const [bareS, passS, balancedS] = sendSetups.map(by(key));
  const [bareT, clientP, , clientB] = tripSetups.map(by(key));
  return [passS - bareS, balancedS - bareS, clientP - bareT, clientB - bareT];
};
const [q, c] = [addedBy('quartiles'), addedBy('cpus')];
const perRound = (s, key) => s[key].map((x) => x.toFixed(1)).join(' ');
console.log('');
printTable(
  'the same by lower quartile (p25 of each round\'s runs: the calm runs\' time while more than a quarter are calm) and by CPU time per run (user + system over the round: waits for a core left out, garbage collection and V8\'s threads kept in); medians over rounds',
  ['measure', 'p25', 'p25 per round', 'CPU', 'CPU per round'],
  [
    ...sendSetups.map((s) => [`send → peer onmessage: ${s.name}`, fmt(by('quartiles')(s)), perRound(s, 'quartiles'), fmt(by('cpus')(s)), perRound(s, 'cpus')]),
    ...tripSetups.map((s) => [`client.callTool round trip: ${s.name}`, fmt(by('quartiles')(s)), perRound(s, 'quartiles'), fmt(by('cpus')(s)), perRound(s, 'cpus')]),
    ...inspectSetups.map((s) => [s.name, fmt(by('quartiles')(s)), perRound(s, 'quartiles'), fmt(by('cpus')(s)), perRound(s, 'cpus')]),
    ['= send: adapter added (pass-through guard)', fmt(q[0]), '', fmt(c[0]), ''],
    ['= send: added with the balanced guard', fmt(q[1]), '', fmt(c[1]), ''],
    ['= round trip: adapter added, client side (pass-through guard)', fmt(q[2]), '', fmt(c[2]), ''],
    ['= round trip: added with the balanced guard, client side', fmt(q[3]), '', fmt(c[3]), ''],
  ],
);
console.log('');
const spread = (xs) => Math.max(...xs) - Math.min(...xs);
printTable(
  'the `added` rows paired: bare and guarded calls alternated call by call (which goes first swapped every pair), each round\'s statistic the median of its per-pair differences (guarded − bare), so both calls of a pair see the same machine state; median over rounds, and the spread of the rounds (largest − smallest); last, the median time of the bare and of the guarded calls in each round. Beside the medians above, not instead of them: the targets are judged there',
  ['measure', 'paired', 'per round', 'spread', 'target', 'bare calls per round', 'guarded calls per round'],
  pairedSetups.map((p) => {
    const target = results.find((r) => r.name === p.name)?.target;
    const v = median(p.rounds);
    const perRound = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
    return [`= ${p.name}`, fmt(v), p.rounds.map((x) => x.toFixed(2)).join(' '), fmt(spread(p.rounds)), target ? `≤ ${target} µs ${v <= target ? 'met' : 'MISSED'}` : '', perRound(p.bare), perRound(p.guarded)];
  }),
);
// The rounds in which the bare calls ran within 10% of their fastest round: the machine's calm state.
// Rounds here fall into modes (the bare round trip 12 µs in some, 20 µs in others, on a loaded machine
// more), and what the guard adds grows with them more than in proportion (its work and the SDK's contend
// for the caches): the calm rounds' difference is what the guard adds when nothing else runs.
const calmRounds = (p) => p.rounds.filter((_, r) => p.bare[r] <= 1.1 * Math.min(...p.bare));
printTable(
  'the same in the calm rounds only (those whose bare calls ran within 10% of the bare calls\' fastest round): the median of their paired differences, and how many rounds were calm',
  ['measure', 'paired, calm rounds', 'calm rounds', 'target'],
  pairedSetups.map((p) => {
    const target = results.find((r) => r.name === p.name)?.target;
    const calm = calmRounds(p);
    const v = median(calm);
    return [`= ${p.name}`, fmt(v), `${calm.length} of ${p.rounds.length}`, target ? `≤ ${target} µs ${v <= target ? 'met' : 'MISSED'}` : ''];
  }),
);
const paired = Object.fromEntries(pairedSetups.map((p) => [p.name, { micros: median(p.rounds), calmMicros: median(calmRounds(p)), rounds: p.rounds, bare: p.bare, guarded: p.guarded }]));
const calm = { quartiles: { send: q[0], sendBalanced: q[1], trip: q[2], tripBalanced: q[3] }, cpu: { send: c[0], sendBalanced: c[1], trip: c[2], tripBalanced: c[3] } };
writeResults('transport', { rounds, results, calm, paired });
