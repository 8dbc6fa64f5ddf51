#!/usr/bin/env node
// What a small test over texts costs written several ways, in instructions (callgrind, main thread, one
// child per variant, as cold-list-instructions.mjs measures a list): for choosing how to write a cheap first
// test (a regex, plain searches, a charCode loop, a memo) before putting it in the guard. Wall times of such
// micro-benchmarks disagree with callgrind's counts on a loaded machine; these do not.
//
//   node bench/variant-instructions.mjs /abs/path/to/variants.mjs [--calls 100] [--warmup 300]
//
// The module exports `texts` (strings), `variants` ({ name: (text) => boolean }) and optionally `lists` (how
// many tool lists the texts stand for; the counts are printed per list, else per pass over all texts). Take
// the texts from the guard itself (the strings a site is asked about, not made-up ones: string length, shape
// and repetition decide which way is cheaper), e.g. a copy of dist whose function records its argument,
// driven over class-fixtures.mjs's lists as cold-list-instructions.mjs's child does.
import { fileURLToPath, pathToFileURL } from 'node:url';

import { instructionsPerCall, runWindow } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], Number(process.argv[5]), Number(process.argv[6]));
else await main();

async function main() {
  const { value } = benchArgs();
  const file = process.argv[2];
  if (file === undefined || file.startsWith('--')) {
    console.error('usage: node bench/variant-instructions.mjs /abs/path/to/variants.mjs [--calls 100] [--warmup 300]');
    process.exit(2);
  }
  const calls = Number(value('--calls') ?? 100);
  const warmup = Number(value('--warmup') ?? 300);
  const mod = await import(pathToFileURL(file).href);
  const lists = mod.lists ?? 1;
  const rows = [];
  for (const name of Object.keys(mod.variants)) {
    const n = await instructionsPerCall(self, ['--child', file, name, String(calls), String(warmup)], calls);
    rows.push([name, `${(n / lists / 1000).toFixed(1)}k`]);
  }
  printTable(`${mod.texts.length} texts (${lists === 1 ? 'per pass' : `per list, of ${lists}`}): instructions per pass (callgrind; ${calls} after ${warmup}), node ${process.version}`, ['variant', 'instructions'], rows);
}

async function child(file, name, calls, warmup) {
  const { texts, variants } = await import(pathToFileURL(file).href);
  const test = variants[name];
  // Answers are counted so no call is dropped as dead code; runWindow ends the process after the measured calls.
  const sink = { found: 0 };
  await runWindow(() => {
    for (let i = 0; i < texts.length; i++) if (test(texts[i])) sink.found++;
  }, warmup, calls);
}
