#!/usr/bin/env node
// What the server rule plan's scan of one cold tools/list's descriptions costs (RulePlan.hitsIn over the 30
// tool and 150 argument descriptions of class-fixtures.mjs's cold list, lower-cased as values' canonical
// texts are), in main-thread instructions under callgrind, for this build and another. The rule layer
// alone, without the rest of an inspection: its count moves by ±20k on ~1.8M a list from run to run, where
// the whole cold list's (cold-list-instructions.mjs) moves by ±100k on ~8.3M, so a change of the literal
// scan or of #shortHits (the phrase checks of short phrase words) is seen here first.
//
//   npm run build && node bench/rule-hits-instructions.mjs [--baseline /path/to/packages/core/dist/index.js] [--lists 20] [--rounds 10]
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { instructionsPerCall, windowGate } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { value } = benchArgs();
const lists = Number(value('--lists') ?? 20);
const rounds = Number(value('--rounds') ?? 10);

if (process.argv[2] === '--child') await child(process.argv[3]);
else await main();

async function main() {
  const baseline = value('--baseline');
  const builds = [['this build', fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url))], ...(baseline ? [['baseline', resolve(baseline)]] : [])];
  const counts = [];
  for (const [, target] of builds) counts.push(await instructionsPerCall(self, ['--child', target, '--lists', String(lists), '--rounds', String(rounds)], lists * rounds));
  printTable(
    `RulePlan.hitsIn (server rules, balanced) over the descriptions of one cold tools/list: main-thread instructions per list (callgrind; ${lists} lists × ${rounds} rounds), node ${process.version}`,
    ['', 'instructions', 'this build against it'],
    builds.map(([name], i) => [name, `${(counts[i] / 1000).toFixed(1)}k`, i === 0 ? '' : `${(((counts[0] - counts[i]) / counts[i]) * 100).toFixed(1)}%`]),
  );
}

/** The child: warms the plan, then scans `rounds` times the descriptions of `lists` cold lists when told to. */
async function child(target) {
  // The plan and the bundled rules sit beside the build's index.
  const dist = dirname(target);
  const { RulePlan } = await import(pathToFileURL(`${dist}/layers/rule-layer.js`).href);
  const { bundledRules } = await import(pathToFileURL(`${dist}/rules/bundled.js`).href);
  const { classes } = await import('./class-fixtures.mjs');
  const cold = classes.find((c) => c.name.includes('cold'));
  // The server's rules of the balanced profile (`from` 1 is the client's alone).
  const plan = new RulePlan(bundledRules().filter((r) => (r.profiles === undefined || r.profiles.has('balanced')) && r.from !== 1));
  const texts = [];
  for (let n = 0; n < lists; n++) {
    for (const tool of JSON.parse(cold.variant(n)).result.tools) {
      texts.push(tool.description.toLowerCase());
      for (const property of Object.values(tool.inputSchema.properties)) texts.push(property.description.toLowerCase());
    }
  }
  let found = 0;
  const scan = () => {
    for (const text of texts) if (plan.hitsIn(text) !== undefined) found++;
  };
  for (let r = 0; r < 2 * rounds; r++) scan();
  const gate = windowGate();
  process.stdout.write('warm\n');
  await gate('go');
  for (let r = 0; r < rounds; r++) scan();
  process.stdout.write('done\n');
  await gate('end');
  process.exit(found >= 0 ? 0 : 1);
}
