#!/usr/bin/env node
// The adversarial shapes of adversarial.bench.mjs, inspected by this build and by another build of
// @vanguard/core (a checkout of an older commit, built) in one process, alternating rounds so load on a
// shared machine hits both alike, each next to JSON.parse + JSON.stringify of the same bytes:
//   node bench/adversarial-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--only <substring>] [--rounds N] [--mib 1,16]
// (--only: the shapes whose name holds it, e.g. `--only "many matching URLs"`; sizes in MiB, 16 meaning
// the largest message under the default 16 MiB limit, as in adversarial.bench.mjs)
import * as current from '@vanguard/core';

import { adversarialShapes, resultShapes } from './adversarial-fixtures.mjs';
import { abArgs, formatMicros as fmt, median, printTable } from './measure.mjs';

const { other, otherPath, option } = await abArgs('node bench/adversarial-ab.mjs <other build of packages/core/dist/index.js> [--only <substring>] [--rounds N] [--mib 1,16]');
const only = option('--only');
const rounds = Number(option('--rounds') ?? 3);
const MiB = 1024 * 1024;
const sizes = (option('--mib') ?? '16').split(',').map(Number);
const guards = { this: current.createGuard({ profile: 'balanced' }), other: other.createGuard({ profile: 'balanced' }) };

const shapes = [...Object.entries(adversarialShapes).map(([name, build]) => [name, build, 'client']), ...Object.entries(resultShapes).map(([name, build]) => [name, build, 'server'])];
const timed = async (fn) => {
  const start = performance.now();
  await fn();
  return (performance.now() - start) * 1000;
};
const rows = [];
for (const [shape, build, from] of shapes) {
  if (only !== undefined && !shape.includes(only)) continue;
  for (const mib of sizes) {
    const text = JSON.stringify(build(mib === 16 ? 16 * MiB - 64 * 1024 : mib * MiB));
    const times = { base: [], this: [], other: [] };
    const verdicts = {};
    for (const build of ['this', 'other']) {
      const verdict = await guards[build].inspect(text, { from, sessionId: 'bench' });
      verdicts[build] = `${verdict.action} ${verdict.primary?.rule ?? ''}`.trim();
    }
    for (let round = 0; round < rounds; round++) {
      times.base.push(await timed(() => JSON.stringify(JSON.parse(text))));
      for (const build of round % 2 ? ['this', 'other'] : ['other', 'this']) times[build].push(await timed(() => guards[build].inspect(text, { from, sessionId: 'bench' })));
    }
    const [base, mine, theirs] = [median(times.base), median(times.this), median(times.other)];
    rows.push([shape, `${mib} MiB`, fmt(base), fmt(theirs), `${(theirs / base).toFixed(1)}×`, fmt(mine), `${(mine / base).toFixed(1)}×`, (theirs / mine).toFixed(2), verdicts.this === verdicts.other ? verdicts.this : `${verdicts.this} (other: ${verdicts.other})`]);
  }
}
printTable(
  `inspect(JSON text) on adversarial shapes, this build vs ${otherPath}, balanced, median of ${rounds} alternating rounds, node ${process.version}, ${new Date().toISOString()}`,
  ['shape', 'size', 'parse+stringify', 'other', 'ratio', 'this build', 'ratio', 'speed-up', 'verdict'],
  rows,
);
