#!/usr/bin/env node
// The cold tools/list of cold-list-instructions.mjs under callgrind's cache simulation: per inspection, the
// main thread's instructions, first-level data misses (D1) and last-level data misses (LL), for JSON.parse +
// JSON.stringify of the same texts, this build and another. Wall time on a shared machine is noisy; the
// simulated misses are repeatable and show what instruction counts leave out (waiting for memory).
//
//   npm run build && node bench/cold-list-cache.mjs [--calls 100] [--warmup 600] [--fresh] [--baseline /path/to/packages/core/dist/index.js]
//
// --fresh: the fresh list (every sentence new). By function: cold-list-miss-profile.mjs (same simulation).
//
// Needs valgrind (callgrind_control too). The simulated caches are valgrind's guess of this machine's.
//
// Stop 52 (perf52auto), the literal index's memory. What a cold list's scans touch (one instrumented run,
// 20 lists): the rule set's automaton (6,648 nodes x 65 columns) reads ~13.2k characters a list over 44
// texts; states by depth 0/1/2/3/4+: 1/35/33/14/17% (README MiB 2/43/28/12/15%, minified JS 6/55/21/9/9%).
// Only ~350 distinct cache lines of the table a list, but ~7,500 summed text by text: the rest of an
// inspection evicts the first-level cache between two texts, so each text pays for its own lines (~170),
// and a layout cuts little of that (16-bit entries: 7,554 -> 7,053 by the same count; the columns in order
// of the characters' frequency: 7,162; rows padded to 72: no better). Done: 16-bit entries (node x 2 + a
// has-out bit; the table 1.73 -> 0.86 MB, the cue set's 4.1 -> 2.1 MB; a multiplication a step, 32-bit
// above 32,768 nodes), a node's literals as (id, length) pairs, the rule plan's per-literal spans and
// per-use numbers side by side (one line a hit, not four arrays). Same run, 200 calls: 16-bit alone D1
// 81.2k -> 79.1k, Ir 9305k -> 9207k; all four D1 78.9k -> 74.1k, LL 4.8k -> 3.4k, but Ir 9109k -> 9281k
// (+1.9%, and +171k in a cold-list-instructions run: the multiplication and the packed arrays' index
// arithmetic); small pair 70.1k -> 70.4k. 1 MiB rows (classes-ab, loaded machine, three runs): README
// 1.25/1.43/0.92, minified JS 0.88/1.00/0.98 speed-up: noise, no clear change.
//
// Stop 57 (perf57cache), why the fresh list's wall ratio to JSON (~9.4x on a quiet machine) is ~2x its
// instruction ratio (5.3x). --fresh --calls 60 --warmup 400, the base build 8c99a60, per inspection: Ir
// 12.83M, D1 misses 115.6k, I1 misses 131.6k, mispredicted branches 172.9k; JSON 2.29M / 3.3k / 1.2k /
// 16.7k: 5.6x the instructions, 35x the data misses, ~110x the instruction-cache misses, 10x the
// mispredicts. (LL misses mean little here: valgrind takes this VM's reported L3, 512 MB, as its LL.) Weighed
// as cold-list-miss-profile.mjs does (12 / 15 cycles), mispredicts ~2.6M, I1 ~1.6M, D1 ~1.4M cycles a list
// against ~0.4M for all of JSON's: JSON.parse runs a few tight loops; a list runs hundreds of functions,
// regexes and builtins, each a few times. By function (cold-list-miss-profile.mjs --fresh --calls 40
// --warmup 300 --sort D1mr,DLmr,Bcm,stall): D1 misses #collectBytes 5.8k, cues 5.2k, literal-index collect
// 4.9k, sumNgrams 4.9k, Map look-ups (FindOrderedHashMapEntry) 4.1k, clausesOfPieces 3.9k, scored 3.1k,
// #rememberedOf 3.0k, #shortHits 2.8k, scoreIn 2.6k; mispredicts #shortHits 5.7k, walkFrom 5.1k, the regex
// /0x[0-9a-f]{2}|=[0-9A-F]{2}|.../ 4.8k, gather 4.7k, #collectBytes 4.6k, cues 4.4k, matchesBytes 4.0k,
// scored 3.8k, collectAsciiNgrams 3.5k; I1 misses spread thin (the guard's JS 87k of 138k, regex code 16k,
// builtins 16k; the largest a function in those tables clausesOfPieces 4.1k, #collectBytes 3.3k, #after 3.2k). By kind: the guard's JS 6.4M Ir / 63k D1 / 87k I1 / 89k
// mispredicts, regex 1.4M / 4k / 16k / 24k, other builtins (Map look-ups, string compares) 1.3M / 17k / 16k
// / 19k, GC 0.4M. TurboFan on the main thread showed in that 300-list warm-up only: with 600, --trace-opt
// and --trace-deopt count 30 compiles and 1 deopt in the next 600 lists. So no single table dominates (the
// literal index's scans, #collectBytes and collect, lead D1 misses by a little): the gap is code size and branchy per-text
// work, which only doing less work per text (not a better layout) closes.
//
// Stop 65 (perf65cache), whether the wall gap is misses of the 1 MB L2 (a node --cpu-prof sampling put
// cues.js, the literal index and RecentTexts.get at ~2x their instruction share). Simulated with this VM's
// L2 as the last level (cold-list-miss-profile.mjs --fresh --calls 40 --warmup 300 --ll 1048576,16,64;
// pair-profile.mjs --fresh --cache gives the same per function), per fresh list, base ac87348f: Ir 12.75M,
// D1mr 95.1k, I1mr 138.6k, DLmr 11.3k, DLmw 6.1k, mispredicts 170.8k; JSON 2.31M / 2.0k / 1.7k / 0.7k /
// 1.4k / 16.2k (5.5x the instructions, 16x the L2 read misses, 47x D1, 81x I1, 11x mispredicts). Weighed as
// cold-list-miss-profile.mjs does, L2 data misses are ~10% of the stall (0.7M cycles; ~16% with the ~9k
// instruction fetches that leave L2, inferred from the stall sum), mispredicts 38%, I1 25%, D1 19%: the
// hypothesis holds only in part. The big tables miss L1, not L2: cues D1mr 5.1k but DLmr 0.23k,
// #collectBytes 5.5k / 0.50k, collect 4.7k / 0.38k (a list touches a few hundred of their lines, which L2
// keeps). L2 read misses come from what a list meets once or what older lists left: hash-map probes
// (FindOrderedHashMapEntry 1.0k: a bucket, its chain and each stored key's header, cold), clausesOfPieces
// 0.65k, definitionKey 0.59k (each tool compared with the copies of its name from older lists; cut to 0.36k
// by keeping the description on the key), #collectBytes 0.50k, LoadIC 0.49k, the input itself (ScanJsonString
// 0.45k, JSON pays it too), and a scavenge when one falls in the window (its memcpy and ScavengeObject ~3k).
// DLmw 6.1k lines (390 KB) is of the order of what a list allocates (~280 KB at stop 54): likely the young
// generation (up to 16 MB) streaming through L2 and evicting the guard's maps between lists (not verified).
// So no layout of the automata closes the gap; fewer bytes allocated, fewer cold hash-map probes and less
// branchy code per text do. If this VM's L3 is shared
// and busy, each L2 miss may cost DRAM latency (~5x the 40 cycles weighed): only a quiet-machine wall A/B
// can tell, perf counters being unavailable here.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { callgrindThreads, nodeFlagsUnderCallgrind } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const { value } = benchArgs();
const calls = Number(value('--calls') ?? 100);
const warmup = Number(value('--warmup') ?? 600);
const baseline = value('--baseline');
const fresh = process.argv.includes('--fresh');
const child = fileURLToPath(new URL('./cold-list-instructions.mjs', import.meta.url));
const builds = [
  ['JSON.parse + JSON.stringify', 'json'],
  ['this build', fileURLToPath(new URL('../packages/core/dist/index.js', import.meta.url))],
  ...(baseline ? [['baseline', resolve(baseline)]] : []),
];

/** Events per inspection of one target: Ir, D1 data misses (reads + writes), LL data misses, first-level instruction misses, mispredicted branches. */
async function run(target) {
  const dir = mkdtempSync(join(tmpdir(), 'vanguard-cachesim-'));
  try {
    const out = join(dir, 'callgrind.out');
    const valgrind = ['--tool=callgrind', '--cache-sim=yes', '--branch-sim=yes', '--instr-atstart=no', '--smc-check=all-non-file', '--separate-threads=yes', `--callgrind-out-file=${out}`];
    const proc = spawn('valgrind', [...valgrind, process.execPath, ...nodeFlagsUnderCallgrind, child, '--child', target, String(calls), String(warmup), ...(fresh ? ['--fresh'] : [])], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
    const expect = async (word) => {
      const { value: line } = await lines.next();
      if (line !== word) throw new Error(`child said ${line}, not ${word}`);
    };
    const instrument = (on) => execFileSync('callgrind_control', ['-i', on ? 'on' : 'off', String(proc.pid)], { stdio: 'ignore' });
    await expect('warm');
    instrument(true);
    proc.stdin.write('go\n');
    await expect('done');
    instrument(false);
    proc.stdin.end();
    await new Promise((done) => proc.once('close', done));
    const text = readFileSync(callgrindThreads(dir).mainFile, 'utf8');
    const names = /^events: (.*)$/m.exec(text)[1].split(' ');
    const totals = /^totals: (.*)$/m.exec(text)[1].split(' ').map(Number);
    const of = (name) => totals[names.indexOf(name)] ?? 0;
    return { ir: of('Ir') / calls, d1: (of('D1mr') + of('D1mw')) / calls, ll: (of('DLmr') + of('DLmw')) / calls, i1: of('I1mr') / calls, bm: (of('Bcm') + of('Bim')) / calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [];
for (const [, target] of builds) results.push(await run(target));
const k = (n) => `${(n / 1000).toFixed(1)}k`;
printTable(
  `guard.inspect of the ${fresh ? 'fresh' : 'cold'} tools/list, balanced: per inspection under callgrind --cache-sim=yes --branch-sim=yes (${calls} after ${warmup}), node ${process.version}`,
  ['', 'instructions', 'D1 misses', 'LL misses', 'I1 misses', 'mispredicts', 'ratio to JSON (Ir / D1 / LL / I1 / mispredicts)'],
  builds.map(([name], i) => {
    const r = results[i];
    const j = results[0];
    const x = (key, digits) => `${(r[key] / j[key]).toFixed(digits)}×`;
    return [name, k(r.ir), k(r.d1), k(r.ll), k(r.i1), k(r.bm), [x('ir', 2), x('d1', 1), x('ll', 1), x('i1', 0), x('bm', 1)].join(' / ')];
  }),
);
