#!/usr/bin/env node
// How soon inspection gets fast in a fresh process, as in a short agent session behind `vanguard start` or
// `vanguard gateway`: a small tools/call request and its answer inspected one pair at a time, 4 MiB touched
// before each pair (the host and the server evict the proxy's cache lines between messages), in a new
// process per V8 interrupt budget; the median per range of pairs. The CLI sets --interrupt-budget=16384
// for those two commands (packages/cli/src/tier-up.ts).
//
//   npm run build && node bench/tier-up.mjs [--pairs 6000] [--budgets default,16384,32768]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { values } = parseArgs({ options: { pairs: { type: 'string', default: '6000' }, budgets: { type: 'string', default: 'default,16384' }, child: { type: 'boolean', default: false } } });
const pairs = Number(values.pairs);
const ranges = [[0, 500], [500, 2000], [2000, 4000], [4000, pairs]];

if (values.child) {
  const { createGuard } = await import('@vanguard/core');
  const guard = createGuard({ profile: 'balanced' });
  const request = (id) => `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"echo","arguments":{"text":"hello world"}}}`;
  const answer = (id) => `{"result":{"content":[{"type":"text","text":"ok"}]},"jsonrpc":"2.0","id":${id}}`;
  const evict = new Uint8Array(4 << 20);
  const times = new Float64Array(pairs);
  for (let i = 0; i < pairs; i++) {
    for (let j = 0; j < evict.length; j += 64) evict[j]++;
    const start = process.hrtime.bigint();
    void guard.inspect(request(i), { from: 'client', sessionId: 's' });
    void guard.inspect(answer(i), { from: 'server', sessionId: 's' });
    times[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
  process.stdout.write(JSON.stringify(ranges.map(([from, to]) => median(times.subarray(from, to)))));
} else {
  const rows = [];
  for (const budget of values.budgets.split(',')) {
    const flags = budget === 'default' ? [] : [`--interrupt-budget=${budget}`];
    const medians = JSON.parse(execFileSync(process.execPath, [...flags, self, '--child', '--pairs', String(pairs)], { encoding: 'utf8' }));
    rows.push([budget, ...medians.map((m) => `${m.toFixed(1)} µs`)]);
  }
  printTable(
    `request + answer pair inspected with cold caches in a fresh process, balanced, median per range of pairs, node ${process.version}, ${new Date().toISOString()}`,
    ['interrupt budget', ...ranges.map(([from, to]) => `pairs ${from}–${to}`)],
    rows,
  );
}
