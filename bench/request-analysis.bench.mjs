#!/usr/bin/env node
// Cost of the request-side reading (shell commands read as argv, JSON-text arguments decoded, secrets
// looked for in base64, hex and reversed form) at 64 KiB, 1 MiB and 4 MiB, next to JSON.parse +
// JSON.stringify of the same bytes in the same run. Linear paths keep the ratio flat as the size grows.
// Run with `node bench/request-analysis.bench.mjs` after `npm run build`.
import { createGuard } from '@vanguard/core';

import { formatMicros as fmt, measure, printTable } from './measure.mjs';

const guard = createGuard({ profile: 'balanced' });
const KiB = 1024;
const repeatTo = (unit, length) => unit.repeat(Math.max(1, Math.floor(length / unit.length)));
const call = (name, args) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });

const shapes = {
  'a long pipeline of commands': (n) => call('bash', { command: repeatTo("git log --oneline | grep -v 'wip' | sed -n '1,20p' && ", n) + 'true' }),
  'nested substitutions and quotes': (n) => call('bash', { command: repeatTo('echo "$(printf \'%s\' `date`)" ; ', n) }),
  'a heredoc script': (n) => call('bash', { command: `cat > /tmp/x.py << 'EOF'\n${repeatTo('print("hello from the script")\n', n)}EOF\npython3 /tmp/x.py` }),
  // Items of 600 characters keep 4 MiB under the 10,000-item array limit.
  'an argv array': (n) => call('exec', { argv: ['git', '-c', 'user.name=bench', 'log', ...Array.from({ length: Math.floor(n / 600) }, (_, i) => `src/${'nested/'.repeat(84)}file-${i}.ts`)] }),
  'a JSON-text list of paths': (n) => call('read_multiple_files', { paths: JSON.stringify(Array.from({ length: Math.floor(n / 24) }, (_, i) => `src/module-${i}/index.ts`)) }),
  'a base64 blob': (n) => call('upload', { data: Buffer.from(repeatTo('The quick brown fox jumps over the lazy dog. ', (n * 3) / 4)).toString('base64') }),
  'a hex blob': (n) => call('upload', { data: Buffer.from(repeatTo('plain text payload ', n / 2)).toString('hex') }),
};

const sizes = [
  { label: '64 KiB', bytes: 64 * KiB, iterations: 20, warmup: 3 },
  { label: '1 MiB', bytes: 1024 * KiB, iterations: 5, warmup: 1 },
  { label: '4 MiB', bytes: 4096 * KiB, iterations: 3, warmup: 1 },
];

const rows = [];
for (const [shape, build] of Object.entries(shapes)) {
  const cells = [shape];
  let action = '';
  for (const size of sizes) {
    const text = JSON.stringify(build(size.bytes));
    const base = await measure(() => JSON.stringify(JSON.parse(text)), size);
    const inspected = await measure(async () => {
      action = (await guard.inspect(text, { from: 'client', sessionId: 'bench' })).action;
    }, size);
    cells.push(`${fmt(inspected.median)} (${(inspected.median / base.median).toFixed(0)}×)`);
  }
  cells.push(action);
  rows.push(cells);
}
printTable(
  'guard.inspect on request shapes the request analysis reads (median; in brackets: × JSON.parse + JSON.stringify of the same text)',
  ['shape', ...sizes.map((s) => s.label), 'action'],
  rows,
);
