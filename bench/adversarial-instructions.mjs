#!/usr/bin/env node
// What guard.inspect of one adversarial shape of adversarial-fixtures.mjs costs, in main-thread
// instructions (valgrind's callgrind, on only while the measured inspections run), next to JSON.parse +
// JSON.stringify of the same text: issue 13's ratio for one shape, repeatable on a machine shared with
// other work (adversarial.bench.mjs times all shapes by the wall clock, which load on the machine skews).
//
//   npm run build && node bench/adversarial-instructions.mjs --only "shell metacharacters" [--mib 1] [--calls 1] [--warmup 2] [--baseline /path/to/packages/core/dist/index.js]
//
// (--only: the first shape, request or tool result, whose name holds it; --mib 16 means the largest message
// under the default 16 MiB limit, as in adversarial.bench.mjs.) Needs valgrind (callgrind_control too).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { adversarialShapes, resultShapes } from './adversarial-fixtures.mjs';
import { instructionsPerCall, windowGate } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { value } = benchArgs();

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]), process.argv[6], Number(process.argv[7]));
else await main();

/** The shape whose name holds `only`: [name, build, from]. @returns {[string, (bytes: number) => unknown, string]} */
function shapeOf(only) {
  const shapes = [...Object.entries(adversarialShapes).map(([name, build]) => [name, build, 'client']), ...Object.entries(resultShapes).map(([name, build]) => [name, build, 'server'])];
  const found = shapes.find(([name]) => name.includes(only));
  if (found === undefined) throw new Error(`no shape holds ${only}`);
  return found;
}

async function main() {
  const only = value('--only');
  if (only === undefined) {
    console.error('adversarial-instructions: --only <shape name or part of it> is needed');
    process.exit(2);
  }
  const mib = Number(value('--mib') ?? 1);
  const calls = Number(value('--calls') ?? 1);
  const warmup = Number(value('--warmup') ?? 2);
  const baseline = value('--baseline');
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('adversarial-instructions: valgrind is not installed (apt-get install valgrind)');
    process.exit(2);
  }
  const builds = [
    ['JSON.parse + JSON.stringify', 'json'],
    ['this build', fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url))],
    ...(baseline ? [['baseline', resolve(baseline)]] : []),
  ];
  const counts = [];
  for (const [, target] of builds) counts.push(await instructionsPerCall(self, ['--child', target, String(calls), String(warmup), only, String(mib)], calls));
  printTable(
    `guard.inspect of "${shapeOf(only)[0]}" at ${mib} MiB, balanced: main-thread instructions per inspection (callgrind; ${calls} after ${warmup}), node ${process.version}`,
    ['', 'instructions', 'ratio to JSON'],
    builds.map(([name], i) => [name, `${(counts[i] / 1e6).toFixed(1)}M`, `${(counts[i] / counts[0]).toFixed(2)}×`]),
  );
}

async function child(target, calls, warmup, only, mib) {
  const [, build, from] = shapeOf(only);
  const text = JSON.stringify(build(mib === 16 ? 16 * 1024 * 1024 - 64 * 1024 : mib * 1024 * 1024));
  let once;
  if (target === 'json') once = () => JSON.stringify(JSON.parse(text));
  else {
    const { createGuard } = await import(pathToFileURL(target).href);
    // A clock that moves a second per inspection: what the guard times does not follow valgrind's pace.
    let clock = 1_700_000_000_000;
    const guard = createGuard({ profile: 'balanced', now: () => clock });
    once = async (i) => {
      clock += 1000;
      await guard.inspect(text, { from, sessionId: `s${i % 64}` });
    };
  }
  let i = 0;
  for (; i < warmup; i++) await once(i);
  const gate = windowGate();
  process.stdout.write('warm\n');
  await gate('go');
  for (const end = i + calls; i < end; i++) await once(i);
  process.stdout.write('done\n');
  await gate('end');
  process.exit(0);
}
