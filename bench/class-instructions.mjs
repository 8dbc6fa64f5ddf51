#!/usr/bin/env node
// What guard.inspect of one small tools/call of class-fixtures.mjs (a path, a shell command, a URL) costs,
// in instructions of the main thread (valgrind's callgrind, instrumentation on only while the measured
// calls run), next to JSON.parse + JSON.stringify of the same text: issue 13's ratio for the three small
// rows, repeatable on a machine shared with other work (the pair, lists and 1 MiB rows feed no shell
// command: stop 76 found the shell call 20-25% slower than stop 71's in wall time and no count had seen it).
// Each build (and the JSON baseline) runs in its own process under callgrind, --repeat times, fewest kept.
//
//   npm run build && node bench/class-instructions.mjs [--only path|shell|url] [--calls 2000] [--warmup 6000] [--repeat 2] [--baseline /path/to/packages/core/dist/index.js]
//
// The call is inspected as classes-ab.mjs inspects it (the same text each time, sessions taken in turn
// from 64), each verdict awaited before the next (as a transport does).
import { fileURLToPath } from 'node:url';

import { buildsToCompare, instructionsPerCall, runWindow, steppingInspect } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { value } = benchArgs();
const kinds = { path: 'tools/call with a path', shell: 'tools/call with a shell command', url: 'tools/call with a URL' };

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]), process.argv[6] ?? 'shell');
else await main();

async function main() {
  const calls = Number(value('--calls') ?? 2000);
  const warmup = Number(value('--warmup') ?? 6000);
  const repeat = Number(value('--repeat') ?? 2);
  const baseline = value('--baseline');
  const only = value('--only');
  const builds = buildsToCompare('class-instructions', baseline);
  const rows = [];
  for (const kind of Object.keys(kinds)) {
    if (only !== undefined && only !== kind) continue;
    const counts = builds.map(() => []);
    // Builds alternate within a repeat, so load on the machine falls on each alike.
    for (let r = 0; r < repeat; r++) {
      for (const [i, [, target]] of builds.entries()) counts[i].push(await instructionsPerCall(self, ['--child', target, String(calls), String(warmup), kind], calls));
    }
    const fewest = counts.map((c) => Math.min(...c));
    for (const [i, [name]] of builds.entries()) {
      rows.push([kinds[kind], name, `${(fewest[i] / 1000).toFixed(1)}k`, `${(fewest[i] / fewest[0]).toFixed(2)}×`, counts[i].map((n) => (n / 1000).toFixed(1)).join(' ')]);
    }
  }
  printTable(
    `guard.inspect of one small tools/call, balanced: main-thread instructions per call (callgrind; fewest of ${repeat} runs of ${calls} after ${warmup}), node ${process.version}`,
    ['class', 'build', 'instructions', 'ratio to JSON', 'every run (k)'],
    rows,
  );
}

async function child(target, calls, warmup, kind) {
  const { classes } = await import('./class-fixtures.mjs');
  const c = classes.find((x) => x.name === kinds[kind]);
  let once;
  if (target === 'json') once = () => JSON.stringify(JSON.parse(c.text));
  else {
    const inspect = await steppingInspect(target);
    once = (i) => inspect(c.text, { from: c.from, sessionId: `s${i % 64}` });
  }
  await runWindow(once, warmup, calls, target !== 'json');
}
