#!/usr/bin/env node
// What the scavenges of the cold tools/list (class-fixtures.mjs: 30 tools, every description new, a new
// session and server each time) copy, by the function that allocated it: a scavenge costs what survives it
// (each survivor is copied twice, into the other half of the young generation and then into the old one),
// not what it frees, so the bytes a list allocates matter far less than the bytes it leaves alive past the
// next scavenge (cold-list-wall.mjs: ~5 µs of pause per KB survived on the shared machine, the same for a
// process keeping flat strings). V8's sampling heap profiler, in two child processes: objects alive at the
// end of the measured lists ("kept"), and objects that survived a scavenge, counting those a mark-compact
// freed later ("survived": kept + promoted and let go, e.g. a cache entry older than a scavenge's interval).
//
// Measured at 4a21366 (node 20, 300 lists after 400): ~74 KB a list survive a scavenge, ~49 KB of them kept.
// About 46% are the definitions the definition keys keep for drift (JSON.parse's strings of each tool, 18 KB;
// the keys' copies, 10 KB; the keys, 4.5 KB), held by the keys' cache (4096 definitions, 136 lists), the
// store's inventories and cross-tool's: any one of them outlives a scavenge's interval (~60 lists), so
// keeping less state per server (state.maxEntries 64) leaves what the scavenges copy the same. About 32% are
// semantic/** analyses and clause memos of texts met once (kept from their first sighting); ~12% values/,
// text/ and layers/ (readings of texts met twice in a list, Map tables of the generational caches).
//
//   npm run build && node bench/cold-list-survivors.mjs [--target /path/to/packages/core/dist/index.js] [--lists 300] [--top 25] [--fresh]
//
// --fresh: the fresh list instead (every sentence new: the guard's first contact with a server). At
// 1c8d37a: 134.7 KB a list survive a scavenge, 57.3 KB kept; of the 77.5 KB promoted and let go, the clause
// memo's entries (scored 10.8, clauseNgrams 10.7, pieceFacts 9.0, scoreIn 2.7, #after 2.0), canonicalize 7.3,
// Map tables 4.8, recent.js set 2.9, readPiece 2.2, ofTool 2.2, readingOf 1.8, #rememberedOf 1.5.
//
// Stop 56 (perf56memo), fresh list at fab57d7: 101.9 / 101.3 KB survived a list (two runs), 52 KB kept. The
// clause memo's entries are NOT what carries scored / clauseNgrams / pieceFacts through a scavenge: tried,
// clauses met once waiting in a direct-mapped table of 256 two-way slots (kept from their second sighting,
// RecentTexts' `firstSightings`) read 107-113 KB, and the same with 2 slots (first sightings kept almost
// nowhere) still 105 KB, pieceFacts 12.4 and scored 13.4 KB survived. What survives is held elsewhere (the
// inspection under way when a scavenge falls, or the pieces' readings): admission on second sighting for
// the clause memo is not worth its code. Its own cost: 3 clauses a fresh list read twice (templates whose
// words the brief print skips share a print: "it returns the file ..." and "... the page ...").
//
// Stop 57 (perf57cache), fresh list at 8c99a60: what holds the young objects a scavenge would copy. Two heap
// snapshots 20 lists apart (after 600), the second's nodes with ids past the first's (v8.writeHeapSnapshot
// keeps ids; skip the synthetic ones above 1e8), each young node charged to the old object that first
// reaches it: 127 KB a list allocated and still alive, ClauseOrders 15.5 KB and ClauseFacts 14.8 KB of it
// (~77 new clauses a list, ~195 B each), held by the caches' young Maps (RecentTexts 33.7 KB, old Maps'
// tables 23 KB) and the definition keys' queue (15.2 KB). A ClauseOrders names its neighbours by reference
// (#lastBefore, #nextClause), so a clause the memo keeps holds the clauses before and after it as last read,
// and theirs: at 600 lists 4,481 ClauseFacts alive, 186 (91 KB of nodes) only through those links (bounded:
// a chain runs within the text last read). Tried: neighbours named by a counted number instead. --lists 900,
// base vs that: 86.6 vs 77.3 KB, then 77.0 vs 77.3 (this bench's own spread ~10% between runs): no change
// measurable, not committed. Admission on second sighting tried on top (a 1,024-slot table of brief prints):
// 107 KB at 300 lists against 90: worse. What survives is the caches' own turnover: a fresh list puts ~77
// clauses in a memo of 4,096 (each kept ~50 lists, past the ~20 between scavenges) at ~500 B an entry.
// Stop 58 (perf58cue): ClauseFacts extends ClauseOrders (one object a clause, no second one made at the
// first order read, no copies of the cues and gates): fresh, two runs each, base 94.5 / 92.3 KB survived a
// list against 83.6 / 83.9 (kept 51.7 / 50.9); the clause records' lines (pieceFacts + scored) 16.2 -> ~12 KB,
// the rest within this bench's spread.
// Stop 65 (perf65gc), fresh list at ac87348: 48.4 KB kept a list, 77.5 survived. A heap snapshot after 300
// fresh lists (first retainers): the definition keys' copies are 25 KB a list of the 48 kept (JSON.parse's
// strings, mostly descriptions, 14 KB; the copy arrays ~38 slots a tool, 10 KB), kept by the pins the store
// holds for every server it met (100k entries): drift needs their text, so all of it is kept. Tried, not
// committed: a member met again (an argument's `{type, description}`, annotations; then objects holding
// only those) kept once as its own copy, later copies holding it in one slot (second sighting through a
// direct-mapped table of prints of the members' slots): 6 slots a tool instead of 38, kept 43.3 KB and
// survived 70.2 a list; leaves only, 44.4 / 71.4. Its cost in cold-list instructions (--calls 200, same
// runs): 9934k vs base 9181k (+8.2%, 32-character string prints, parents re-reading their members), 9524k
// vs 9040k (+5.4%, 24 characters, members' prints kept by slot), leaves only with shared()'s five-character
// prints 9332k vs 9086k (+2.7%): reading characters in JS to print a member costs about what copying it does
// (cpu-prof: shareLeaf 3.9% self against flatten's 4.3%), and five characters give arguments alike ("Path of
// the file ..." / "... the page ...", same length) one print, so members kept once replace each other. What
// might pay: a print nothing reads again (strings of 16+ characters below the top already pass through
// shared()'s slot: its number, returned with the string; equal members then compare by identity). Also
// seen: the clause memo's long keys (RecentTexts' Kept.text) are slices of the lower-cased description, so
// at 300 lists 2,637 clause keys hold 1,038 canonical descriptions (507 KB) alive that nothing else holds;
// a flat copy of a clause costs ~0.3 µs (padEnd + slice) to 1.6 µs (a JSON round trip), ~77 new a list.
import { spawnSync } from 'node:child_process';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const warmup = 400;
const fresh = process.argv.includes('--fresh');

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), process.argv[5] === 'survived');
else main();

function main() {
  const { value } = benchArgs();
  const target = resolve(value('--target') ?? fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url)));
  const lists = Number(value('--lists') ?? 300);
  const top = Number(value('--top') ?? 25);
  const profile = (mode) => {
    const run = spawnSync(process.execPath, ['--expose-gc', self, '--child', target, String(lists), mode, ...(fresh ? ['--fresh'] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(run.stderr);
    return new Map(JSON.parse(run.stdout));
  };
  const kept = profile('kept');
  const survived = profile('survived');
  const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  const sites = [...new Set([...kept.keys(), ...survived.keys()])].map((site) => [site, kept.get(site) ?? 0, survived.get(site) ?? 0]);
  sites.sort((a, b) => b[2] - a[2]);
  printTable(
    `guard.inspect of the ${fresh ? 'fresh' : 'cold'} tools/list, balanced, ${target}: bytes per list by allocating function (self), sampled over ${lists} lists after ${warmup}, node ${process.version}`,
    ['function', 'kept', 'survived a scavenge', 'promoted and let go'],
    [
      ['(all)', total(kept).toFixed(0), total(survived).toFixed(0), (total(survived) - total(kept)).toFixed(0)],
      ...sites.slice(0, top).map(([site, k, s]) => [site, k.toFixed(0), s.toFixed(0), (s - k).toFixed(0)]),
    ],
  );
}

async function child(target, lists, survived) {
  const { classes } = await import('./class-fixtures.mjs');
  const cold = classes.find((c) => c.name.includes(fresh ? 'fresh (' : 'cold'));
  const { createGuard } = await import(pathToFileURL(target).href);
  const guard = createGuard({ profile: 'balanced' });
  // Every text made first and moved to the old generation, so the fixture's own strings are not counted.
  const texts = Array.from({ length: warmup + lists }, (_, n) => cold.variant(n));
  let i = 0;
  const inspect = () => guard.inspect(texts[i], { from: cold.from, sessionId: `s${i}`, serverId: `s${i++}` });
  while (i < warmup) inspect();
  globalThis.gc();
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: survived, includeObjectsCollectedByMinorGC: false });
  while (i < warmup + lists) inspect();
  globalThis.gc();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const bytes = new Map();
  const walk = (node) => {
    const frame = node.callFrame;
    if (node.selfSize > 0) {
      const site = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
      bytes.set(site, (bytes.get(site) ?? 0) + node.selfSize / lists);
    }
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  process.stdout.write(JSON.stringify([...bytes]));
}
