#!/usr/bin/env node
// The small message classes of classes.bench.mjs inspected one at a time with an idle gap before each, as
// MCP traffic arrives (a tight loop keeps timers, caches and the clock warm and hides what a lone message
// pays), by this build and by another build of @vanguard/core, alternating; medians of the single
// inspections:
//   node bench/spaced-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--only <substring>] [--samples N] [--gap-ms N]
import * as current from '@vanguard/core';

import { classes } from './class-fixtures.mjs';
import { abArgs, formatMicros as fmt, median, printTable } from './measure.mjs';

const { other, otherPath, option } = await abArgs('node bench/spaced-ab.mjs <other build of packages/core/dist/index.js> [--only <substring>] [--samples N] [--gap-ms N]');
const only = option('--only');
const samples = Number(option('--samples') ?? 300);
const gapMs = Number(option('--gap-ms') ?? 2);
const guards = { this: current.createGuard({ profile: 'balanced' }), other: other.createGuard({ profile: 'balanced' }) };
const idle = () => new Promise((done) => setTimeout(done, gapMs));

const rows = [];
let n = 0;
for (const c of classes) {
  // Large and variant classes are timed in loops by classes-ab.mjs; this is about the fixed cost of one message.
  if (c.variant !== undefined || c.text.length > 10_000 || (only !== undefined && !c.name.includes(only))) continue;
  const inspect = (build) => guards[build].inspect(c.text, { from: c.from, sessionId: `s${n++ % 64}` });
  for (let i = 0; i < 500; i++) for (const build of ['this', 'other']) await inspect(build);
  const times = { base: [], this: [], other: [] };
  for (let i = 0; i < samples; i++) {
    await idle();
    let start = performance.now();
    JSON.stringify(JSON.parse(c.text));
    times.base.push((performance.now() - start) * 1000);
    for (const build of i % 2 ? ['this', 'other'] : ['other', 'this']) {
      await idle();
      start = performance.now();
      await inspect(build);
      times[build].push((performance.now() - start) * 1000);
    }
  }
  const base = median(times.base);
  const mine = median(times.this);
  const theirs = median(times.other);
  rows.push([c.name, fmt(base), fmt(theirs), fmt(mine), `${(theirs / mine).toFixed(2)}`]);
}
printTable(
  `single inspections after ${gapMs} ms idle, this build vs ${otherPath}, balanced, JSON text in, medians of ${samples}, node ${process.version}, ${new Date().toISOString()}`,
  ['class', 'parse+stringify', 'other', 'this build', 'speed-up'],
  rows,
);
