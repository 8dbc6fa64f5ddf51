#!/usr/bin/env node
// Side-by-side cost of guard.inspect in this build and in another build of @vanguard/core (a checkout of
// an older commit, built), in one process, alternating rounds so load on the machine hits both alike:
//   node bench/inspect-ab.mjs /path/to/other/checkout/packages/core/dist/index.js
import * as current from '@vanguard/core';

import { typicalRequest } from './fixtures.mjs';
import { abArgs, formatMicros as fmt, measure, printTable } from './measure.mjs';

const { other, otherPath } = await abArgs('node bench/inspect-ab.mjs <other build of packages/core/dist/index.js>');

const builds = [
  ['this build', current.createGuard({ profile: 'balanced' })],
  [`other (${otherPath})`, other.createGuard({ profile: 'balanced' })],
];
const rounds = 9;
const options = { iterations: 5000, warmup: 1000 };
const medians = builds.map(() => ({ parsed: [], text: [] }));
for (let round = 0; round < rounds; round++) {
  for (const [i, [, guard]] of builds.entries()) {
    const parsed = await measure((n) => guard.inspect(typicalRequest.object, { from: 'client', sessionId: `s${n % 64}` }), options);
    const text = await measure((n) => guard.inspect(typicalRequest.text, { from: 'client', sessionId: `s${n % 64}` }), options);
    medians[i].parsed.push(parsed.median);
    medians[i].text.push(text.median);
  }
}
const mid = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = { parsed: mid(medians[1].parsed), text: mid(medians[1].text) };
printTable(
  `inspect, typical tools/call (${Buffer.byteLength(typicalRequest.text)} B), balanced, median of ${rounds} alternating rounds × ${options.iterations}, node ${process.version}`,
  ['build', 'parsed object', 'vs other', 'JSON text', 'vs other'],
  builds.map(([name], i) => {
    const p = mid(medians[i].parsed);
    const t = mid(medians[i].text);
    return [name, fmt(p), `${(p / base.parsed).toFixed(2)}×`, fmt(t), `${(t / base.text).toFixed(2)}×`];
  }),
);
