#!/usr/bin/env node
// Main-thread instructions per small tools/call request and its small text answer (the pair of
// small-pair-ab.mjs, as objects), inspected by the balanced guard of this build and of another, each in its
// own process under callgrind (instrumentation on only while the measured pairs run). Repeatable where
// wall-clock µs on a shared machine are not; each build runs --repeat times and its fewest count (a
// collection or a recompilation that falls into the window adds to a run).
//   npm run build && node bench/pair-instructions.mjs /path/to/other/checkout/packages/core/dist/index.js [--pairs 2000] [--warmup 6000] [--repeat 3]
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { answerOf, requestOf } from './fixtures.mjs';

import { instructionsPerCall, windowGate } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const { value } = benchArgs();
const self = fileURLToPath(import.meta.url);
const pairs = Number(value('--pairs') ?? 2000);
const warmup = Number(value('--warmup') ?? 6000);
const repeat = Number(value('--repeat') ?? 3);

/** The child: warms the guard, then inspects `pairs` pairs when told to. */
async function child(corePath) {
  const { createGuard } = await import(pathToFileURL(corePath).href);
  // The clock moves a second per pair (as in small-pair-ab.mjs): every call is a plain allow.
  let clock = 1_700_000_000_000;
  const guard = createGuard({ profile: 'balanced', now: () => clock });
  const client = { from: 'client', sessionId: 's' };
  const server = { from: 'server', sessionId: 's' };
  let id = 0;
  const run = async (n) => {
    for (let i = 0; i < n; i++) {
      clock += 1000;
      id++;
      await guard.inspect(requestOf(id), client);
      await guard.inspect(answerOf(id), server);
    }
  };
  await run(warmup);
  const gate = windowGate();
  process.stdout.write('warm\n');
  await gate('go');
  await run(pairs);
  process.stdout.write('done\n');
  await gate('end');
}

if (value('--child') !== undefined) await child(value('--child'));
else {
  const other = process.argv[2];
  if (!other || other.startsWith('--')) {
    console.error('usage: node bench/pair-instructions.mjs <other build of packages/core/dist/index.js> [--pairs N] [--warmup N] [--repeat N]');
    process.exit(2);
  }
  const builds = { other: resolve(other), this: fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url)) };
  const counts = { other: [], this: [] };
  // Alternating, so that load on the machine (which delays V8's optimizing threads) falls on both alike.
  for (let r = 0; r < repeat; r++) {
    for (const build of ['other', 'this']) counts[build].push(await instructionsPerCall(self, ['--child', builds[build], '--pairs', String(pairs), '--warmup', String(warmup)], pairs));
  }
  const a = Math.min(...counts.this);
  const b = Math.min(...counts.other);
  const k = (n) => `${(n / 1000).toFixed(1)}k`;
  printTable(
    `small tools/call pair (objects in), balanced, main-thread instructions per pair (callgrind), fewest of ${repeat} runs of ${pairs} pairs, node ${process.version}`,
    ['', 'other', 'this', 'change'],
    [['instructions per pair', k(b), k(a), `${(((a - b) / b) * 100).toFixed(1)}%`], ['every run', counts.other.map(k).join(' '), counts.this.map(k).join(' '), '']],
  );
}
