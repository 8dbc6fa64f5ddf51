#!/usr/bin/env node
// `npm run bench`: every bench in turn (each prints its table, with its baseline measured in the same run,
// and writes bench/results/<name>.json), then one summary of the numbers issue 13 sets targets for.
//
//   npm run bench                                   build, run everything, summarize
//   npm run bench -- --only classes,transport       a subset (names as in bench/results/)
//   npm run bench -- --compare /tmp/before          show an earlier run's results (a copy of bench/results/) next to these
//   node bench/run-all.mjs --summary [--compare DIR]  only the summary of the results already written
//
// To compare a change: `npm run bench && cp -r bench/results /tmp/before`, make the change, then
// `npm run bench -- --compare /tmp/before`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { printTable } from './measure.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const resultsDir = join(here, 'results');
const benches = ['inspect', 'semantic', 'adversarial', 'transport', 'stdio', 'stateful', 'classes'];

const args = process.argv.slice(2);
const value = (flag) => {
  const i = args.indexOf(flag);
  return i === -1 ? undefined : args[i + 1];
};
const compareDir = value('--compare');
const only = value('--only')?.split(',');
const unknown = only?.filter((name) => !benches.includes(name)) ?? [];
if (unknown.length) {
  console.error(`unknown bench ${unknown.join(', ')} (one of ${benches.join(', ')})`);
  process.exit(2);
}

const failed = [];
if (!args.includes('--summary')) {
  for (const name of only ?? benches) {
    const compare = compareDir && existsSync(join(compareDir, `${name}.json`)) ? ['--compare', join(compareDir, `${name}.json`)] : [];
    console.log(`\n## ${name}.bench.mjs ${compare.join(' ')}\n`);
    const run = spawnSync(process.execPath, [join(here, `${name}.bench.mjs`), ...compare], { stdio: 'inherit' });
    if (run.status !== 0) failed.push(name);
  }
}

const load = (dir, name) => {
  const file = join(dir, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
};
const find = (data, name) => data?.results?.find((r) => r.name === name);
const times = (x) => (x === undefined ? '' : `${x.toFixed(1)}×`);
const micros = (x) => (x === undefined ? '' : x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(1)} µs`);
const millis = (x) => (x === undefined ? '' : `${x.toFixed(3)} ms`);
const verdict = (x, limit) => (x === undefined ? 'not run' : limit === Infinity ? '' : x <= limit ? 'met' : 'MISSED');

const rows = [];
function row(what, now, before, target, show) {
  rows.push([what, show(now), ...(compareDir ? [show(before)] : []), target.label, verdict(now, target.limit)]);
}
const results = (name) => [load(resultsDir, name), compareDir ? load(compareDir, name) : undefined];

const [classes, classesBefore] = results('classes');
for (const r of classes?.results ?? []) row(`inspect / (JSON.parse + stringify): ${r.name}`, r.ratio, find(classesBefore, r.name)?.ratio, { label: '≤ 5×', limit: 5 }, times);
const [adversarial, adversarialBefore] = results('adversarial');
const largest = adversarial?.sizes?.at(-1);
for (const r of adversarial?.results ?? []) {
  row(`adversarial ${largest}, ratio: ${r.name}`, r.ratios[largest], find(adversarialBefore, r.name)?.ratios?.[largest], { label: '≤ 20×', limit: 20 }, times);
}
const [transport, transportBefore] = results('transport');
for (const [name, limit] of [
  ['send: adapter added (pass-through guard)', 5],
  ['round trip: adapter added, client side (pass-through guard)', 15],
  ['send: added with the balanced guard', 5],
  ['round trip: added with the balanced guard, client side', 15],
]) {
  row(`guardTransport ${name}`, find(transport, name)?.micros, find(transportBefore, name)?.micros, { label: `≤ ${limit} µs`, limit }, micros);
}
const [stdio, stdioBefore] = results('stdio');
for (const name of ['bare Node relay', 'proxy, pass-through guard', 'vanguard start']) {
  row(`stdio round trip added over direct: ${name}`, find(stdio, name)?.addedMedianMs, find(stdioBefore, name)?.addedMedianMs, name === 'vanguard start' ? { label: '≤ 0.080 ms', limit: 0.08 } : { label: '(reference)', limit: Infinity }, millis);
}

console.log('');
printTable(
  `issue 13 summary (bench/results/*.json${compareDir ? `, before: ${compareDir}` : ''}); every ratio and "added" is against a baseline measured in the same run`,
  ['number', 'now', ...(compareDir ? ['before'] : []), 'target', ''],
  rows,
);
// With --only, the other rows come from earlier runs: say when each was measured.
console.log(`measured: ${[['classes', classes], ['adversarial', adversarial], ['transport', transport], ['stdio', stdio]].map(([name, data]) => `${name} ${data?.time ?? 'never'}`).join(', ')}`);
if (failed.length) {
  console.error(`\nbenches that failed: ${failed.join(', ')}`);
  process.exit(1);
}
