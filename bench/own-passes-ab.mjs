#!/usr/bin/env node
// The guard's own passes over one message, outside its layers and JSON.parse: the structure check with its
// key census, the parser-differentials check, and the extraction walk with the value scanner (readings
// kept between messages, as a guard keeps them). This build against another build of @vanguard/core in
// one process, in alternating blocks, CPU time per message; the ratio is the median of the blocks' paired
// ratios, which a shared machine's load moves less than either side alone:
//   node bench/own-passes-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--only <substring>] [--rounds N]
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { classes } from './class-fixtures.mjs';
import { abOptions, formatMicros as fmt, median, printTable } from './measure.mjs';

const { otherPath, option } = abOptions('node bench/own-passes-ab.mjs <other build of packages/core/dist/index.js> [--only <substring>] [--rounds N]');
const only = option('--only');
const rounds = Number(option('--rounds') ?? 30);
const limits = { maxDecodeRounds: 4, maxDepth: 64, maxArrayLength: 10_000, maxObjectKeys: 10_000, maxStringLength: 10_000_000, maxNodes: 1_000_000, maxMessageBytes: 100_000_000 };

/** The own passes of the build whose dist folder is `dist`, over a message parsed from `text` as one `from` sends it. */
async function passes(dist) {
  const load = (file) => import(pathToFileURL(resolve(dist, file)).href);
  const { extractParams, extractResult } = await load('values/extract.js');
  const { ValueScanner } = await load('values/scanned.js');
  const { RecentTexts } = await load('recent.js');
  const { checkStructure } = await load('preflight.js');
  const { messageDifferentials } = await load('protocol/differentials.js');
  const readings = new RecentTexts({ maxEntries: 4096, maxTextLength: 16 * 1024 });
  return (message, text, from) => {
    const census = { keys: 0, suspect: false };
    checkStructure(message, limits, 0, census);
    messageDifferentials(message, text, census);
    const tool = message.params?.name;
    const scanner = new ValueScanner(limits, from, readings, tool, false);
    if (message.method !== undefined) extractParams(message.method, message.params, undefined, scanner);
    else extractResult(Array.isArray(message.result?.tools) ? 'tools/list' : 'tools/call', message.result, scanner);
    return scanner.finish().length;
  };
}

const builds = { this: await passes(new URL('../packages/core/dist/', import.meta.url).pathname), other: await passes(dirname(resolve(otherPath))) };
const rows = [];
let n = 0;
for (const c of classes) {
  if (only !== undefined && !c.name.includes(only)) continue;
  const block = c.text.length > 100_000 ? 4 : c.text.length > 10_000 ? 40 : 400;
  // CPU time per message over a block (time waiting for a core left out), each message parsed right before
  // its passes (in cache, as the guard reads it) and timed alone.
  const timed = (build) => {
    const texts = Array.from({ length: block }, () => (c.variant ? c.variant(n++) : c.text));
    let cpu = 0;
    for (const text of texts) {
      const message = JSON.parse(text);
      const before = process.cpuUsage();
      builds[build](message, text, c.from);
      const used = process.cpuUsage(before);
      cpu += used.user + used.system;
    }
    return cpu / block;
  };
  for (let i = 0; i < 5; i++) timed(i % 2 ? 'this' : 'other');
  const mine = [];
  const theirs = [];
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const [first, second] = round % 2 ? ['this', 'other'] : ['other', 'this'];
    const a = timed(first);
    const b = timed(second);
    const [self, other] = first === 'this' ? [a, b] : [b, a];
    mine.push(self);
    theirs.push(other);
    ratios.push(self / other);
  }
  rows.push([c.name, fmt(median(theirs)), fmt(median(mine)), median(ratios).toFixed(3)]);
}
printTable(
  `the guard's own passes by message class (structure check and key census, differentials, extraction and value scan), this build vs ${otherPath}, CPU per message, median of ${rounds} alternating paired blocks, node ${process.version}`,
  ['class', 'other', 'this build', 'this / other'],
  rows,
);
