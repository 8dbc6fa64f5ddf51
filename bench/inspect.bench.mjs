#!/usr/bin/env node
// Cost of guard.inspect in the balanced profile next to JSON.parse + JSON.stringify of the same bytes,
// measured in the same run. Run with `npm run bench` (builds first) or `node bench/inspect.bench.mjs`.
import { createGuard } from '@vanguard/core';

import { docsResult, largeResult, typicalRequest } from './fixtures.mjs';

const guard = createGuard({ profile: 'balanced' });

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(fn, { iterations, warmup }) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    await fn(i);
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000; // µs
  }
  samples.sort();
  return { median: percentile(samples, 50), p99: percentile(samples, 99) };
}

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

const fmt = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(2)} µs`);
const rows = [];
for (const c of cases) {
  const base = await measure(baseline(c.fixture.text), c);
  const parsed = await measure((i) => guard.inspect(c.fixture.object, { from: c.from, sessionId: `s${i % 64}` }), c);
  const raw = await measure((i) => guard.inspect(c.fixture.text, { from: c.from, sessionId: `s${i % 64}` }), c);
  rows.push([c.name, 'JSON.parse + stringify', fmt(base.median), fmt(base.p99), '1.0×']);
  rows.push(['', 'inspect(parsed object)', fmt(parsed.median), fmt(parsed.p99), `${(parsed.median / base.median).toFixed(1)}×`]);
  rows.push(['', 'inspect(JSON text)', fmt(raw.median), fmt(raw.p99), `${(raw.median / base.median).toFixed(1)}×`]);
}
const header = ['message', 'operation', 'median', 'p99', 'vs baseline'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(`inspect cost, balanced profile, node ${process.version}, ${new Date().toISOString()}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
