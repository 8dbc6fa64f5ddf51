#!/usr/bin/env node
// A small tools/call request and its small text answer, inspected by this build and by another build of
// @vanguard/core in one process, alternating rounds (a shared machine's load hits both alike): µs per pair,
// plain (warm caches) and with a cache-thrash step between pairs as real traffic has (the SDK, the app and
// the server run between two messages): 3000 random reads of a 64K-object array and 200 small allocations.
//   node bench/small-pair-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--rounds N] [--pairs N] [--text]
import * as current from '@vanguard/core';

import { answerOf, requestOf } from './fixtures.mjs';
import { abArgs, median, printTable } from './measure.mjs';

const { other, option } = await abArgs('node bench/small-pair-ab.mjs <other build of packages/core/dist/index.js> [--rounds N] [--pairs N] [--text]');
const rounds = Number(option('--rounds') ?? 7);
const pairs = Number(option('--pairs') ?? 2000);
// --text: JSON text in (as the stdio proxy gives it); else parsed objects, as guardTransport gives them.
const text = process.argv.includes('--text');
// The clock moves a second per pair: thousands of searches a second would cross the behaviour windows, and
// every call would then be a warned one, not the small allowed call this measures.
let clock = 1_700_000_000_000;
const now = () => clock;
const guards = { this: current.createGuard({ profile: 'balanced', now }), other: other.createGuard({ profile: 'balanced', now }) };
const request = text ? (id) => JSON.stringify(requestOf(id)) : requestOf;
const answer = text ? (id) => JSON.stringify(answerOf(id)) : answerOf;
const client = { from: 'client', sessionId: 's' };
const server = { from: 'server', sessionId: 's' };

const objects = Array.from({ length: 65_536 }, (_, i) => ({ i, s: `o${i}`, next: null }));
let sink = 0;
let keep = [];
/** What runs between two messages in real use: touches scattered data, allocates. */
function thrash() {
  for (let k = 0; k < 3000; k++) sink += objects[(Math.random() * 65_536) | 0].i;
  keep = [];
  for (let k = 0; k < 200; k++) keep.push({ k, t: 'x' });
}

let id = 0;
const times = new Float64Array(pairs);
/**
 * The median µs of a pair (its two inspections, timed alone: the thrash step is not in it). A median, as on
 * a loaded machine a pair now and then waits for the CPU; at a few µs per pair, most never do.
 */
async function block(guard, thrashing) {
  for (let p = 0; p < pairs; p++) {
    clock += 1000;
    const r = request(++id);
    const a = answer(id);
    if (thrashing) thrash();
    let t = performance.now();
    await guard.inspect(r, client);
    let spent = performance.now() - t;
    if (thrashing) thrash();
    t = performance.now();
    await guard.inspect(a, server);
    spent += performance.now() - t;
    times[p] = spent * 1000;
  }
  return median(times);
}

for (let w = 0; w < 2; w++) for (const build of ['this', 'other']) for (const thrashing of [false, true]) await block(guards[build], thrashing);
const rows = [];
for (const thrashing of [false, true]) {
  const medians = { this: [], other: [] };
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 ? ['this', 'other'] : ['other', 'this']) medians[build].push(await block(guards[build], thrashing));
  }
  const a = median(medians.this);
  const b = median(medians.other);
  rows.push([thrashing ? 'with cache thrash' : 'plain', `${b.toFixed(2)} µs`, `${a.toFixed(2)} µs`, `${(((a - b) / b) * 100).toFixed(1)}%`]);
}
printTable(`small tools/call pair (${text ? 'JSON text' : 'objects'} in), balanced, µs per pair (its two inspections), median of ${rounds} rounds' medians of ${pairs} pairs, node ${process.version}`, ['', 'other', 'this', 'change'], rows);
if (sink < 0) console.log(sink, keep.length);
