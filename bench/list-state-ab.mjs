#!/usr/bin/env node
// What a guard's per-server state costs a tools/list, apart from the rest of an inspection, for this build
// and another: the definition keys, the cross-tool inventory's inspection, the drift pins (read, made,
// stored) and the tool inventory record, called as the guard calls them, on the lists of the cold class
// (every description new, a new session and server each time) and on one list again and again (warm). CPU
// and KB allocated per list are what the process used with the calls less what it used parsing the same
// lists without them (collections included: what the calls allocate is collected with the rest). GC behaviour belongs to a process, so each build
// runs in child processes under --trace-gc-nvp, alternating, and the table shows medians:
//   node bench/list-state-ab.mjs /path/to/other/checkout/packages/core/dist/index.js [--rounds N] [--lists N]
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { classes } from './class-fixtures.mjs';
import { abOptions, median, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const cold = classes.find((c) => c.variant !== undefined);
const start = '--- measured lists start';

if (process.argv[2] === '--child') {
  const [, , , core, warmth, mode, count] = process.argv;
  const dist = pathToFileURL(`${dirname(resolve(core))}/`).href;
  const load = (path) => import(new URL(path, dist).href);
  const { definitionKey } = await load('state/definitions.js');
  const { inventoryOf } = await load('state/inventory.js');
  const { firstToolPins, pinsJson, pinTools, readPins, toolsMatchPins } = await load('stateful/lockfile.js');
  const { ToolInventory } = await load('semantic/cross-tool.js');
  const { RecentDefinitions, RecentTexts } = await load('recent.js');
  const { Reading } = await load('values/scanned.js');
  const { createMemoryStore } = await load('state/memory-store.js');
  const { readPlain } = await load('semantic/reading.js');
  const caches = { maxEntries: 4096, maxTextLength: 16 * 1024 };
  // The guard keeps a reading for a text met twice (tool names are): given here as its value walk would.
  const readings = new RecentTexts(caches);
  const inventory = new ToolInventory({ maxEntries: 1000, maxToolsPerEntry: 500 }, caches, readings);
  const records = new RecentDefinitions(caches);
  const store = createMemoryStore();
  const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

  /** What the guard's layers and its record do with a tools/list answer's per-server state, in their order. */
  const state = (message, id) => {
    const result = message.result;
    const tools = result.tools;
    // The cross-tool layer, then the instruction layer (which reads the same keys).
    const texts = tools.map((t) => (isRecord(t) && typeof t.name === 'string' ? { name: t.name, description: typeof t.description === 'string' ? t.description : '', definition: definitionKey(t) } : undefined));
    inventory.inspect(id, id, texts);
    for (const tool of tools) definitionKey(tool);
    // The drift layer.
    const pins = readPins(store.get(`pins:${id}`));
    if (!(pins.tools !== undefined && toolsMatchPins(pins.tools, result, true))) {
      // As the drift layer of each build stores a first pin (the same list again matches its pins).
      if (pins.tools === undefined) store.set(`pins:${id}`, firstToolPins ? firstToolPins(pins, result, false) : pinsJson({ ...pins, tools: pinTools(result) }), 60_000);
    }
    // The guard's record of the answer.
    store.set(`inventory:${id}`, inventoryOf(result, id, 0, records), 60_000);
  };

  const lists = Number(count);
  const texts = Array.from({ length: 300 + lists }, (_, n) => (warmth === 'warm' ? cold.variant(0) : cold.variant(n)));
  const run = (n) => {
    const message = JSON.parse(texts[n]);
    // The plain reading of each description is the instruction analysis's (which the cross-tool check shares).
    for (const tool of message.result.tools) readPlain(tool.description);
    for (const tool of message.result.tools) if (readings.get(tool.name) === undefined) readings.set(tool.name, new Reading(tool.name, 0, ''));
    if (mode !== 'parse') state(message, warmth === 'warm' ? 's' : `s${n}`);
  };
  // Past the definition keys' 4096 (136 lists of 30 tools) and the caches' before measuring.
  for (let n = 0; n < 300; n++) run(n);
  // A full collection on each side of the measured lists: what was allocated up to the last one counts.
  globalThis.gc();
  console.log(start);
  const before = process.cpuUsage();
  for (let n = 300; n < 300 + lists; n++) run(n);
  globalThis.gc();
  const used = process.cpuUsage(before);
  console.log(`cpu=${used.user + used.system}`);
} else {
  const { otherPath, option } = abOptions('node bench/list-state-ab.mjs <other build of packages/core/dist/index.js> [--rounds N] [--lists N]');
  const rounds = Number(option('--rounds') ?? 3);
  const lists = Number(option('--lists') ?? 1000);
  const builds = { this: fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url)), other: resolve(otherPath) };
  const field = (line, name) => Number(line.match(new RegExp(` ${name}=([0-9.]+)`))?.[1] ?? 0);
  const run = (core, warmth, mode) => {
    const out = execFileSync(process.execPath, ['--trace-gc-nvp', '--expose-gc', self, '--child', core, warmth, mode, String(lists)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const measured = out.slice(out.indexOf(start)).split('\n');
    const allocated = measured.filter((l) => / gc=(?:s|mc|mmc) /.test(l)).reduce((total, l) => total + field(l, 'allocated'), 0);
    return { allocated: allocated / lists / 1024, cpu: Number(measured.find((l) => l.startsWith('cpu='))?.slice(4) ?? NaN) / lists };
  };
  const rows = [];
  for (const warmth of ['cold', 'warm']) {
    const results = { this: [], other: [] };
    for (let round = 0; round < rounds; round++) {
      for (const build of round % 2 ? ['this', 'other'] : ['other', 'this']) {
        const parsed = run(builds[build], warmth, 'parse');
        const full = run(builds[build], warmth, 'state');
        results[build].push({ cpu: full.cpu - parsed.cpu, allocated: full.allocated - parsed.allocated });
      }
    }
    const mid = (build, key) => median(results[build].map((r) => r[key]));
    for (const [label, key] of [['CPU per list (µs)', 'cpu'], ['KB allocated per list', 'allocated']]) {
      rows.push([`${warmth}: ${label}`, mid('other', key).toFixed(1), mid('this', key).toFixed(1), (mid('this', key) / mid('other', key)).toFixed(2)]);
    }
  }
  printTable(
    `${cold.name}: per-server state (keys, cross-tool, pins, inventory) per list, this build vs ${otherPath}, ${lists} lists after 300, median of ${rounds} child runs each, node ${process.version}, ${new Date().toISOString()}`,
    ['measure', 'other', 'this build', 'this / other'],
    rows,
  );
}
