#!/usr/bin/env node
// inspect() of each message class next to JSON.parse + JSON.stringify of the same bytes, balanced profile,
// JSON text in, medians of alternating rounds in one run. Prints a table and writes bench/results/classes.json
// (not committed) so a later change can be compared: node bench/classes.bench.mjs [--compare old.json]
// [--only <substring>] (only the classes whose name holds it, e.g. `--only tools/call` for the three small calls;
// a filtered run does not overwrite the results file) [--rounds N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { createGuard } from '@vanguard/core';

import { classes } from './class-fixtures.mjs';
import { formatMicros as fmt, measure, printTable } from './measure.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const compareFile = option('--compare');
const compareTo = compareFile === undefined ? undefined : JSON.parse(readFileSync(compareFile, 'utf8'));
const only = option('--only');
const guard = createGuard({ profile: 'balanced' });
const rounds = Number(option('--rounds') ?? 5);
const results = [];
for (const c of classes) {
  if (only !== undefined && !c.name.includes(only)) continue;
  const small = c.text.length < 100_000;
  const options = small ? { iterations: 3000, warmup: 500 } : { iterations: 10, warmup: 3 };
  const base = [];
  const inspected = [];
  let n = 0;
  for (let round = 0; round < rounds; round++) {
    base.push((await measure(() => JSON.stringify(JSON.parse(c.text)), options)).median);
    inspected.push((await measure(() => guard.inspect(c.text, { from: c.from, sessionId: `s${n++ % 64}` }), options)).median);
  }
  const mid = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const inspectMedian = mid(inspected);
  results.push({ name: c.name, bytes: Buffer.byteLength(c.text), baselineMicros: mid(base), inspectMicros: inspectMedian, ratio: inspectMedian / mid(base) });
}
const rows = results.map((r) => {
  const before = compareTo?.results?.find((x) => x.name === r.name);
  return [r.name, fmt(r.baselineMicros), fmt(r.inspectMicros), `${r.ratio.toFixed(1)}×`, before ? `${before.ratio.toFixed(1)}×` : ''];
});
printTable(`inspect by message class, balanced, JSON text in, node ${process.version}, ${new Date().toISOString()}`, ['class', 'parse+stringify', 'inspect', 'ratio', compareTo ? 'before' : ''], rows);
const dir = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(dir, { recursive: true });
if (only === undefined) writeFileSync(`${dir}classes.json`, `${JSON.stringify({ node: process.version, time: new Date().toISOString(), results }, null, 2)}\n`);
