#!/usr/bin/env node
// inspect() of each message class next to JSON.parse + JSON.stringify of the same bytes, balanced profile,
// JSON text in, medians of alternating rounds in one run. Prints a table and writes bench/results/classes.json
// (not committed) so a later change can be compared:
//   node bench/classes.bench.mjs [--rounds 7] [--budget-ms 400] [--compare old.json] [--only <substring>]
// (--only: just the classes whose name holds it, e.g. `--only tools/call`; a filtered run writes no results)
// Each round of a class runs as many inspections as fit in --budget-ms (at least 8; the per-call cost is
// estimated after a warm-up), so a 1 MiB result and a 200-byte call take about the same wall time.
// Target (issue 13): every class ≤ 5× (stretch: ≤ 3×).
import { createGuard } from '@vanguard/core';

import { classes } from './class-fixtures.mjs';
import { benchArgs, formatMicros as fmt, measure, median, printTable, writeResults } from './measure.mjs';

const { rounds, compare, value } = benchArgs({ rounds: 7 });
const budgetMs = Number(value('--budget-ms') ?? 400);
const only = value('--only');
const guard = createGuard({ profile: 'balanced' });

/**
 * Warms `fn` up (a fifth of the budget, at least 3 calls), then times it for another fifth; returns how
 * many calls fill the budget (8 to 5000).
 */
async function callsPerBudget(fn) {
  const window = async () => {
    let calls = 0;
    const start = performance.now();
    while (calls < 5000 && (calls < 3 || performance.now() - start < budgetMs / 5)) await fn(calls++);
    return (performance.now() - start) / calls;
  };
  await window();
  return Math.max(8, Math.min(5000, Math.round(budgetMs / (await window()))));
}

const results = [];
for (const c of classes) {
  if (only !== undefined && !c.name.includes(only)) continue;
  let n = 0;
  // A class with a variant (cold) inspects a text never seen before on each call, in a fresh session and
  // server when `fresh`: texts are made before timing, one per call. The ids hold the class's name: with
  // `cold-<n>` for both lists, the fresh list met the cold list's pins under its ids, a changed list each
  // time (drift read every description anew: 20x, not the fresh list's cost).
  let texts = [];
  let next = 0;
  const inspect =
    c.variant === undefined
      ? () => guard.inspect(c.text, { from: c.from, sessionId: `s${n++ % 64}` })
      : () => {
          const at = next++;
          if (at >= texts.length) texts.push([c.variant(n), n++]);
          const [text, id] = texts[at];
          return guard.inspect(text, { from: c.from, ...(c.fresh ? { sessionId: `${c.name}-${id}`, serverId: `${c.name}-${id}` } : {}) });
        };
  const prepare = (count) => {
    if (c.variant === undefined) return;
    texts = Array.from({ length: count }, () => [c.variant(n), n++]);
    next = 0;
  };
  // The baseline reads the same bytes the guard does: a variant class's texts, each once (see prepare).
  let baseNext = 0;
  const baseline = c.variant === undefined ? () => JSON.stringify(JSON.parse(c.text)) : () => JSON.stringify(JSON.parse(texts[baseNext++][0]));
  // A variant class's texts are made before the estimate too: made inside it, their making (~0.5 ms a list)
  // was timed as inspection, and the rounds got a few calls each with two or three of warm-up (the fresh
  // list then read 20x in its first rounds, tier-up rather than inspection).
  prepare(600);
  const iterations = await callsPerBudget(inspect);
  const options = { iterations, warmup: Math.max(c.variant === undefined ? 0 : 30, Math.min(50, Math.ceil(iterations / 10))) };
  const base = [];
  const inspected = [];
  for (let round = 0; round < rounds; round++) {
    prepare(options.warmup + options.iterations);
    baseNext = 0;
    base.push((await measure(baseline, options)).median);
    inspected.push((await measure(inspect, options)).median);
  }
  const ratios = inspected.map((x, i) => x / base[i]);
  results.push({ name: c.name, bytes: Buffer.byteLength(c.text), iterations, baselineMicros: median(base), inspectMicros: median(inspected), ratio: median(inspected) / median(base), roundRatios: ratios });
}
const rows = results.map((r) => {
  const before = compare?.results?.find((x) => x.name === r.name);
  return [
    r.name,
    String(r.iterations),
    fmt(r.baselineMicros),
    fmt(r.inspectMicros),
    `${r.ratio.toFixed(1)}×`,
    r.roundRatios.map((x) => x.toFixed(1)).join(' '),
    r.ratio <= 5 ? 'met' : 'MISSED',
    ...(compare ? [before ? `${before.ratio.toFixed(1)}×` : ''] : []),
  ];
});
printTable(
  `inspect by message class, balanced, JSON text in, medians of ${rounds} alternating rounds, node ${process.version}, ${new Date().toISOString()}`,
  ['class', 'calls/round', 'parse+stringify', 'inspect', 'ratio', 'ratio per round', '≤ 5×', ...(compare ? ['before'] : [])],
  rows,
);
if (only === undefined) writeResults('classes', { rounds, budgetMs, results });
