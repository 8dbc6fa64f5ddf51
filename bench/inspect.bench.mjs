#!/usr/bin/env node
// Cost of guard.inspect in the balanced profile next to JSON.parse + JSON.stringify of the same bytes,
// measured in the same run. Run with `npm run bench` (builds first) or `node bench/inspect.bench.mjs
// [--compare bench/results/inspect.json]`.
import { createGuard } from '@vanguard/core';

import { docsResult, largeResult, typicalRequest } from './fixtures.mjs';
import { benchArgs, formatMicros as fmt, measure, printTable, writeResults } from './measure.mjs';

const guard = createGuard({ profile: 'balanced' });

function baseline(text) {
  return () => {
    JSON.stringify(JSON.parse(text));
  };
}

const cases = [
  { name: `typical tools/call request (${Buffer.byteLength(typicalRequest.text)} B)`, fixture: typicalRequest, from: 'client', iterations: 20000, warmup: 2000 },
  { name: `tools/call text result, synthetic prose (${(Buffer.byteLength(largeResult.text) / 1048576).toFixed(2)} MiB)`, fixture: largeResult, from: 'server', iterations: 40, warmup: 5 },
  { name: `tools/call text result, real READMEs (${(Buffer.byteLength(docsResult.text) / 1048576).toFixed(2)} MiB)`, fixture: docsResult, from: 'server', iterations: 40, warmup: 5 },
];

const { compare } = benchArgs();
const rows = [];
const results = [];
for (const c of cases) {
  const base = await measure(baseline(c.fixture.text), c);
  const parsed = await measure((i) => guard.inspect(c.fixture.object, { from: c.from, sessionId: `s${i % 64}` }), c);
  const raw = await measure((i) => guard.inspect(c.fixture.text, { from: c.from, sessionId: `s${i % 64}` }), c);
  const before = compare?.results?.find((r) => r.name === c.name);
  const was = (ratio) => (compare ? [ratio === undefined ? '' : `${ratio.toFixed(1)}×`] : []);
  rows.push([c.name, 'JSON.parse + stringify', fmt(base.median), fmt(base.p99), '1.0×', ...was(undefined)]);
  rows.push(['', 'inspect(parsed object)', fmt(parsed.median), fmt(parsed.p99), `${(parsed.median / base.median).toFixed(1)}×`, ...was(before?.parsedRatio)]);
  rows.push(['', 'inspect(JSON text)', fmt(raw.median), fmt(raw.p99), `${(raw.median / base.median).toFixed(1)}×`, ...was(before?.textRatio)]);
  results.push({ name: c.name, baselineMicros: base.median, parsedMicros: parsed.median, textMicros: raw.median, parsedRatio: parsed.median / base.median, textRatio: raw.median / base.median });
}
printTable(
  `inspect cost, balanced profile, node ${process.version}, ${new Date().toISOString()}`,
  ['message', 'operation', 'median', 'p99', 'vs baseline', ...(compare ? ['before'] : [])],
  rows,
);
writeResults('inspect', { results });
