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
import { fileURLToPath } from 'node:url';

import { adversarialShapes, resultShapes } from './adversarial-fixtures.mjs';
import { buildsToCompare, instructionsPerCall, runWindow, steppingInspect } from './callgrind.mjs';
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
  const builds = buildsToCompare('adversarial-instructions', baseline);
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
    const inspect = await steppingInspect(target);
    once = (i) => inspect(text, { from, sessionId: `s${i % 64}` });
  }
  await runWindow(once, warmup, calls, true);
}
