#!/usr/bin/env node
// The tools/call classes of classes-ab.mjs with a value no inspection has seen before (the path, command
// or URL carries the inspection's number), so no cache of a text helps: what a guard pays for arguments
// that do not repeat. This build against another build, alternating rounds, next to JSON.parse +
// JSON.stringify of the same bytes:
//   node bench/fresh-values-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--rounds N]
import * as current from '@vanguard/core';

import { abArgs, formatMicros as fmt, measure, measureCpu, printTable } from './measure.mjs';

const { other, otherPath, option } = await abArgs('node bench/fresh-values-ab.mjs <other build of packages/core/dist/index.js> [--rounds N] [--cpu]');
const rounds = Number(option('--rounds') ?? 5);
// --cpu: CPU time per inspection (mean of each block) instead of wall-clock medians, for a loaded machine.
const cpu = process.argv.includes('--cpu');
const timed = cpu ? measureCpu : measure;
const guards = { this: current.createGuard({ profile: 'balanced' }), other: other.createGuard({ profile: 'balanced' }) };

const call = (id, name, args) => JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args, _meta: { progressToken: id } } });
const classes = [
  ['tools/call with a new path', (n) => call(1, 'read_text_file', { path: `/home/alice/projects/webapp/src/components/Header${n}.tsx`, head: 200 })],
  ['tools/call with a new shell command', (n) => call(2, 'run_command', { command: `cd /home/alice/projects/webapp && npm run test -- --reporter=dot src/components${n} 2>&1 | tail -n 40`, timeout: 120000 })],
  ['tools/call with a new URL', (n) => call(3, 'fetch', { url: `https://developer.mozilla.org/en-US/docs/Web/API/AbortController?retiredLocale=de&page=${n}`, max_length: 20000, raw: false })],
];

const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const options = { iterations: 2000, warmup: 300 };
const rows = [];
let n = 0;
for (const [name, make] of classes) {
  const medians = { base: [], this: [], other: [] };
  for (let round = 0; round < rounds; round++) {
    const sample = make(n);
    medians.base.push((await timed(() => JSON.stringify(JSON.parse(sample)), options)).median);
    for (const build of round % 2 ? ['this', 'other'] : ['other', 'this']) {
      // The texts are made before timing; each build sees every text once.
      const texts = Array.from({ length: options.warmup + options.iterations }, () => make(n++));
      let next = 0;
      medians[build].push((await timed(() => guards[build].inspect(texts[next++], { from: 'client', sessionId: `s${n++ % 64}` }), options)).median);
    }
  }
  const base = mid(medians.base);
  const mine = mid(medians.this);
  const theirs = mid(medians.other);
  rows.push([name, fmt(base), fmt(theirs), `${(theirs / base).toFixed(1)}×`, fmt(mine), `${(mine / base).toFixed(1)}×`, `${(theirs / mine).toFixed(2)}`]);
}
printTable(
  `inspect with values never seen before, this build vs ${otherPath}, balanced, JSON text in, ${cpu ? 'CPU time per inspection (mean of each block), median' : 'median'} of ${rounds} alternating rounds, node ${process.version}, ${new Date().toISOString()}`,
  ['class', 'parse+stringify', 'other', 'ratio', 'this build', 'ratio', 'speed-up'],
  rows,
);
