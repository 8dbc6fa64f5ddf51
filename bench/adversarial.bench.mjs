#!/usr/bin/env node
// Cost of guard.inspect on adversarial requests and tool results (shapes that would make a backtracking
// classifier, a re-scanning decoder or a text reader quadratic) at 1, 4 and 16 MiB, next to JSON.parse + JSON.stringify of the same
// bytes in the same run. Linear paths keep the ratio flat as the size grows. Run with `npm run bench`
// (builds first) or `node bench/adversarial.bench.mjs [--compare bench/results/adversarial.json]`.
// Target (issue 13): at most 20× at 16 MiB for every shape.
import { createGuard } from '@vanguard/core';

import { adversarialShapes, resultShapes } from './adversarial-fixtures.mjs';
import { benchArgs, formatMicros as fmt, measure, median, printTable, writeResults } from './measure.mjs';

const guard = createGuard({ profile: 'balanced' });
const MiB = 1024 * 1024;
// 16 MiB is the default message limit: the largest size stays just under it so the request is inspected.
const sizes = [
  { label: '1 MiB', bytes: MiB, iterations: 5, warmup: 1 },
  { label: '4 MiB', bytes: 4 * MiB, iterations: 3, warmup: 1 },
  { label: '16 MiB', bytes: 16 * MiB - 64 * 1024, iterations: 3, warmup: 1 },
];

const { compare } = benchArgs();
const rows = [];
const results = [];
const shapes = [...Object.entries(adversarialShapes).map(([name, build]) => [name, build, 'client']), ...Object.entries(resultShapes).map(([name, build]) => [name, build, 'server'])];
for (const [shape, build, from] of shapes) {
  const cells = [shape];
  const ratios = {};
  const verdicts = [];
  for (const size of sizes) {
    const text = JSON.stringify(build(size.bytes));
    let action = '';
    // Rounds alternate the baseline and the inspection, so load on a shared machine (and the collector's
    // work left by the other) falls on both alike; each side's median is over its rounds.
    const one = { iterations: 1, warmup: 0 };
    const bases = [];
    const inspections = [];
    for (let i = 0; i < size.warmup; i++) {
      JSON.stringify(JSON.parse(text));
      await guard.inspect(text, { from, sessionId: 'bench' });
    }
    for (let round = 0; round < size.iterations; round++) {
      bases.push((await measure(() => JSON.stringify(JSON.parse(text)), one)).median);
      inspections.push(
        (
          await measure(async () => {
            action = (await guard.inspect(text, { from, sessionId: 'bench' })).action;
          }, one)
        ).median,
      );
    }
    const base = { median: median(bases) };
    const inspected = { median: median(inspections) };
    cells.push(`${fmt(inspected.median)} (${(inspected.median / base.median).toFixed(1)}×)`);
    ratios[size.label] = inspected.median / base.median;
    verdicts.push(action);
  }
  const largest = sizes.at(-1).label;
  const before = compare?.results?.find((r) => r.name === shape);
  const ratio = ratios[largest];
  rows.push([...cells, verdicts.join(' / '), ratio <= 20 ? 'met' : 'MISSED', ...(compare ? [before ? `${before.ratios[largest].toFixed(1)}×` : ''] : [])]);
  results.push({ name: shape, ratios, verdicts });
}
printTable(
  `inspect(JSON text) on adversarial requests and tool results, balanced profile, median (ratio to JSON.parse + stringify), node ${process.version}, ${new Date().toISOString()}`,
  ['shape', ...sizes.map((s) => s.label), 'verdicts', `≤ 20× at ${sizes.at(-1).label}`, ...(compare ? ['before'] : [])],
  rows,
);
writeResults('adversarial', { sizes: sizes.map((s) => s.label), results });
