#!/usr/bin/env node
// What guard.inspect of the 1 MiB tool results of class-fixtures.mjs (README text, minified JavaScript)
// costs, in instructions of the main thread (valgrind's callgrind, instrumentation on only while the
// measured inspections run), next to JSON.parse + JSON.stringify of the same text: issue 13's ratio for
// the two large rows, repeatable on a machine shared with other work. Each build (and the JSON baseline)
// runs in its own process under callgrind; the text is inspected as classes-ab.mjs inspects it (the same
// string each time, sessions taken in turn from 64).
//
//   npm run build && node bench/large-result-instructions.mjs [--calls 4] [--warmup 20] [--only readme|js] [--baseline /path/to/packages/core/dist/index.js]
//
// By function: node bench/pair-profile.mjs --large readme|js (its child is this script's).
// Needs valgrind (callgrind_control too) on PATH. Instruction counts leave out what waiting for memory
// costs: compare them with classes-ab.mjs --only "1 MiB", not instead of it.
//
// Measured at 60cc1f9 (stop 52, node 20, 4 after 20): README 348.2M an inspection against JSON's 51.2M
// (6.80x); the wall ratio on a quiet machine was 5.0x. By function (pair-profile.mjs --large readme): the
// rule layer's literal scan and automata (literal-index collect 84.2M self, dfa-range matchesBytes 34.7M,
// #longHits 10.2M, #collectPhrases 8.9M, matchesRange 6.9M) are the largest part; canonicalizeLong 45.5M
// (the mayNeedWork regex 17.4M, lowering the gaps of a two-byte text 16M: encodeInto 9.5M, decode 1.5M,
// toLowerCase 5.1M; canonicalSpan 7.3M over 345 pieces covering 55k characters); splitFrom 16.3M, of it
// 7.3M in IsCharacterInRangeArray: irregexp tests a class of many ranges that reaches past ASCII by a C
// call per character of a two-byte text (one emoji makes a README two-byte); spacedSpelled's nextRun
// 10.2M self (one call, ~70k probes); JSON.parse of the message ~14M.
// Stop 52 (perf52text) cut: sentences.ts's mayOpen as two classes (ASCII, and six characters past it),
// each tested inline: 348.1M -> 340.6M; seams.ts's pronoun regex tests the first letters of its words
// before its \p{L} lookbehind: 340.6M -> 335.3M (the regex and its range calls 11.5M -> 6.4M).
// Tried and dropped: canonicalizeLong reading the text's UTF-8 bytes a chunk at a time (encodeInto into a
// reused buffer, a loop over the bytes that stops where mayNeedWork would and lowers capitals in place,
// each chunk decoded for the gaps): canonicalize alone on the README 45.9M -> 75.2M. A Uint8Array loop
// read 27.5 instructions a byte optimized (irregexp's scan ~14 a character), and decoding chunks that hold
// a non-ASCII character went through the slow UTF-8 decoder (13M). mayNeedWork spelled
// `[%&\\]|[^\t\n\r\x20-\x7e]` (5x slower wall) or as its ranges listed (equal). described-paths' `\s(?:file|key)\s+`
// as `(?:file|key)\s+` with the blank before tested after: no difference above wall noise.
// Leads: IsCharacterInRangeArray still reads 4.2M (the pronoun's lookbehind where a d/i/l/s/t stands 2.0M,
// fetched-runs' download verbs behind the same (?<![\p{L}]) 1.0M, quoted.ts' example markers 0.4M, cue
// regexes of the same form); four readers lower-case the same 64 KiB head of the text apart (readWhole,
// handsNextCall, lowerHead, pronounsResolved: ~0.65M each on a two-byte head).
// Stop 54 (perf54big): collect read a long two-byte text a character a step on the string (~60
// instructions a character: the literal scan 55.4M self on the minified JS's 875k canonical characters).
// It now copies it as UTF-8 a 64 KiB piece at a time and reads the bytes four a step (README 321.8M ->
// 307.3M, JS 286.0M -> 273.5M), but encodeInto of a two-byte string costs ~12 instructions a character
// (WriteUtf8 11.3M -> 21.9M on the JS); so the canonical text's one-byte parts (the lowered ASCII gaps),
// kept by canonicalizeLong for the one scan, are copied instead (~10x faster a byte): README 323.8M ->
// 303.9M, JS 286.0M -> 266.5M (base in the same run). Leads: #findPhrases 10.5M self, the cue regexes
// over the whole text (instru[cçkt]|… 12.6M), mayNeedWork 13.1M; the byte scan itself read ~32M on the JS after the first step.
// Stop 69 (perf69dfa): the window tests step through a flat Int32Array of the DFA's transitions
// (rules/dfa-table.ts: one load a byte, where re2js's states took three dependent ones and a fourth for
// isMatch), the byte loop a small function of its own: matchesBytes 34.9M -> 20.4M self; README 301.7M ->
// 287.0M, JS 256.7M -> 254.2M (base in the same run). The tables hold ~6.4k rows (~1.3 MB) after the README.
// Stop 70 (perf70rules): a long form's hit lists (two ascending runs: the scan's hits, then the phrases found
// around their words) merged in one pass (rule-layer.ts sortHits) instead of sort() with a comparator (3.4M):
// README 288.6M -> 285.3M (base 291.6-295.0M in the same runs: ±1% between runs of one build), JS equal.
// Leads (pair-profile --large readme, self): #collectBytes 32.4M (~20 instructions a byte in its two-chain
// loop, near this layout's floor: each step is an imul by a width spilled to the stack, two bounds checks);
// #findPhrases 11.3M with #collectPhrases inlined, most of it the two character reads beside each of ~55k
// hits of a 1 MiB text (cpu profile: the separator test's line); #longHits 10.9M; WriteUtf8 16M (encodeInto
// of the parts and windows; core is runtime-neutral, so no Buffer latin1Write).
import { fileURLToPath } from 'node:url';

import { buildsToCompare, instructionsPerCall, runWindow, steppingInspect } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { value } = benchArgs();
const kinds = { readme: 'README', js: 'minified' };

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]), process.argv[6] ?? 'readme');
else await main();

async function main() {
  const calls = Number(value('--calls') ?? 4);
  const warmup = Number(value('--warmup') ?? 20);
  const baseline = value('--baseline');
  const only = value('--only');
  const builds = buildsToCompare('large-result-instructions', baseline);
  for (const kind of Object.keys(kinds)) {
    if (only !== undefined && only !== kind) continue;
    const counts = [];
    for (const [, target] of builds) counts.push(await instructionsPerCall(self, ['--child', target, String(calls), String(warmup), kind], calls));
    printTable(
      `guard.inspect of the 1 MiB tool result (${kinds[kind]}), balanced: main-thread instructions per inspection (callgrind; ${calls} after ${warmup}), node ${process.version}`,
      ['', 'instructions', 'ratio to JSON'],
      builds.map(([name], i) => [name, `${(counts[i] / 1e6).toFixed(2)}M`, `${(counts[i] / counts[0]).toFixed(2)}×`]),
    );
  }
}

async function child(target, calls, warmup, kind) {
  const { classes } = await import('./class-fixtures.mjs');
  const c = classes.find((x) => x.name.startsWith('1 MiB') && x.name.includes(kinds[kind]));
  let once;
  if (target === 'json') once = () => JSON.stringify(JSON.parse(c.text));
  else {
    const inspect = await steppingInspect(target);
    once = (i) => inspect(c.text, { from: c.from, sessionId: `s${i % 64}` });
  }
  await runWindow(once, warmup, calls);
}
