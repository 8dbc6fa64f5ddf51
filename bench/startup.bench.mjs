#!/usr/bin/env node
// What a one-shot user pays (`vanguard inspect FILE`, a short-lived stdio proxy, a serverless gateway): each
// measurement is a fresh node process, this build and another build side by side, alternating rounds:
//   node bench/startup.bench.mjs /path/to/other/checkout/packages/core/dist/index.js [--rounds N]
// The other checkout's CLI is packages/cli/bin/vanguard.js next to its core. CPU time (user + system) of
// the process or of a phase, so a loaded machine moves the numbers less than wall-clock time would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const cpuMs = (used) => (used.user + used.system) / 1000;

// Child: `--child guard <core index.js> <file>`: import core, createGuard, inspect the file's message twice;
// prints the CPU ms of each phase and the ms from process start to the first verdict.
if (process.argv[2] === '--child') {
  const [, , , mode, target, file] = process.argv;
  const text = readFileSync(file, 'utf8');
  if (mode === 'guard') {
    let at = process.cpuUsage();
    const phase = () => {
      const used = cpuMs(process.cpuUsage(at));
      at = process.cpuUsage();
      return used;
    };
    const core = await import(pathToFileURL(target).href);
    const importMs = phase();
    const guard = core.createGuard({ profile: 'balanced' });
    const createMs = phase();
    await guard.inspect(text, { from: text.includes('"result"') ? 'server' : 'client' });
    const firstMs = phase();
    const verdictAt = performance.now();
    await guard.inspect(text, { from: text.includes('"result"') ? 'server' : 'client', sessionId: 'again' });
    const secondMs = phase();
    console.log(JSON.stringify({ importMs, createMs, firstMs, secondMs, verdictAt, processMs: cpuMs(process.cpuUsage()) }));
  } else {
    // `--child cli <cli dist/index.js> <file>`: what bin/vanguard.js does, with the process's CPU at exit.
    const { main } = await import(pathToFileURL(target).href);
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    const code = await main(['inspect', file]);
    process.stdout.write = write;
    console.log(JSON.stringify({ code, processMs: cpuMs(process.cpuUsage()), exitAt: performance.now() }));
  }
  process.exit(0);
}

const { benchArgs, median, printTable } = await import('./measure.mjs');
const { docsResult, typicalRequest } = await import('./fixtures.mjs');
const otherPath = process.argv[2];
if (!otherPath || otherPath.startsWith('--')) {
  console.error('usage: node bench/startup.bench.mjs <other build of packages/core/dist/index.js> [--rounds N]');
  process.exit(2);
}
const { rounds } = benchArgs({ rounds: 5 });
const coreOf = (path) => resolve(path);
const cliOf = (core) => join(dirname(core), '..', '..', 'cli', 'dist', 'index.js');
const builds = [
  ['this build', coreOf(fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url)))],
  ['other', coreOf(otherPath)],
];

const dir = mkdtempSync(join(tmpdir(), 'vanguard-startup-'));
const small = join(dir, 'small.jsonl');
const large = join(dir, 'large.jsonl');
writeFileSync(small, `${typicalRequest.text}\n`);
writeFileSync(large, `${docsResult.text}\n`);

function child(args) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [here, '--child', ...args], { encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`child ${args.join(' ')} failed: ${run.stderr}`);
  return { ...JSON.parse(run.stdout.trim().split('\n').pop()), wallMs };
}

/** @type {{ name: string, run: (core: string) => Record<string, number> }[]} */
const cases = [
  { name: 'cli small', run: (core) => child(['cli', cliOf(core), small]) },
  { name: 'cli 1 MiB', run: (core) => child(['cli', cliOf(core), large]) },
  { name: 'guard small', run: (core) => child(['guard', core, small]) },
  { name: 'guard 1 MiB', run: (core) => child(['guard', core, large]) },
];
// samples[case][build] = list of child results
const samples = cases.map(() => builds.map(() => []));
try {
  for (let round = 0; round < rounds; round++) {
    for (const [c, { run }] of cases.entries()) {
      for (const [b, [, core]] of builds.entries()) samples[c][b].push(run(core));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const rows = [];
const row = (label, c, key) => {
  const values = builds.map((_, b) => median(samples[c][b].map((s) => s[key])));
  rows.push([label, ...values.map((v) => `${v.toFixed(1)} ms`), `${(values[0] / values[1]).toFixed(2)}×`]);
};
for (const [c, { name }] of cases.entries()) {
  if (name.startsWith('cli')) {
    row(`${name}: process CPU`, c, 'processMs');
    row(`${name}: wall to exit`, c, 'wallMs');
  } else {
    row(`${name}: import core (CPU)`, c, 'importMs');
    row(`${name}: createGuard (CPU)`, c, 'createMs');
    row(`${name}: first inspect (CPU)`, c, 'firstMs');
    row(`${name}: second inspect (CPU)`, c, 'secondMs');
    row(`${name}: start to first verdict (wall)`, c, 'verdictAt');
  }
}
printTable(
  `one-shot start-up, fresh process each, balanced, median of ${rounds} alternating rounds; small: tools/call ${Buffer.byteLength(typicalRequest.text)} B, 1 MiB: README result; other: ${otherPath}; node ${process.version}`,
  ['measure', 'this build', 'other', 'ratio'],
  rows,
);
