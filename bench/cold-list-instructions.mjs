#!/usr/bin/env node
// What guard.inspect of the cold tools/list (class-fixtures.mjs: 30 tools, every description new, a new
// session and server each time) costs, in instructions of the main thread (valgrind's callgrind,
// instrumentation on only while the measured inspections run), next to JSON.parse + JSON.stringify of the
// same texts: issue 13's ratio, repeatable on a machine shared with other work. Each build (and the JSON
// baseline) runs in its own process under callgrind; every text is made before the measured part.
//
//   npm run build && node bench/cold-list-instructions.mjs [--calls 200] [--warmup 600] [--baseline /path/to/packages/core/dist/index.js] [--fresh]
//
// --fresh: the fresh list instead (every sentence new, so the guard's memo of clauses holds none of it).
//
// Needs valgrind (callgrind_control too) on PATH. Instruction counts leave out what waiting for memory
// costs (the cold list allocates): compare them with classes-ab.mjs --cpu, not instead of it.
//
// Measured at efd60f7 (node 20; pair-profile.mjs --cold / --fresh, per inspection): the cold list's 8.3M
// are JSON.parse ~1.1M, the values' walk and scan 1.9M (walkFrom 0.38M self; scanValue 1.25M: encodedProse
// 0.40M, of it mayHoldEscapes' regex 0.29M, canonicalize 0.23M, the readings' Map look-ups and string
// hashes ~0.3M), the rule layer 1.4M (literal index 0.6M, #shortHits 0.49M), preflight's walk 0.36M and
// definition keys ~0.45M. The fresh list's 12.3M add ~88 clauses read anew (4.9k characters): clauseNgrams
// 0.8M (~157 instructions a character: reading a character of a clause, a slice of its piece, dispatches on
// the string's form each time; read as bytes since perf49), the cue pass 0.85M, the clause memo's
// fingerprints 0.29M (~1,000 each) and scored 1.9M (read-orders #after 1.3M, orderInRole 0.67M over ~15
// readers of 15-95k each). Two runs of one build in one invocation differed by up to 156k (1.9%).
// Stop 50 (perf50cpu): a second word of reader gates (reader-gates.ts, moreReaderGate) gates nine more order
// readers of read-orders (tiesActingCall, harvestsSecrets, addressedOrder, statesNamedAiMove,
// schedulesHighImpactCall, credentialIntoArgument, the AI-word test, actorOrderAfter after a clause naming no
// AI; plantsCode's gate needs its when/quantifier words too): fresh 12160k -> 11555k (-5.0%), cold and the
// small pair equal. Left in the fresh list's #after: the word tests mayRedirectPayment (accountQuick) and
// maySwapDestination (`\d\d`), which this fixture's `rev<n>` words open on every clause (no gate helps here;
// real descriptions seldom hold two digits in a row). Left in the cue pass (leads, not measured as cuts): of
// 92 fresh clauses, the alternatives whose literal sets a plain description holds but whose regex misses are
// code-like's `[{}();=]\s*[{}();=]` (44), imperative (43), impersonation's speaker label (38: `user`, `ai`
// inside words), addresses-model's short foreign pronouns (32: `ta`, `tu`, `du` inside English words),
// file-access (21), code-like's keywords (13: `return` of "returns"). The three walks over a parsed message
// (preflight, definitions, extract; ~1M of the cold list) were not merged at stop 50.
// Stop 51 (perf51walk): the three walks measured alone on parsed cold lists (callgrind, 300-400 calls,
// node v20, a child like this one): preflight's checkStructure 436k, of it the key census 247k (189k with no
// census: foldOf read ~120 instructions a key, mayDiffer 43k); keyParsedDefinitions 569k (comparing each
// tool with the up to 4 copies of its name 135k, failing late in the description; flatten's shapeAfter 72k,
// shared 48k; the rest ~10k a tool of copying); extractResult with a sink that keeps nothing 776k (its path
// table ~100k; schemaKeyBits asked twice a schema member, and minimum/maximum turning each other out of one
// memo slot). Cut: the census remembers recent key lists (compared by ===) 436k -> 334k (walkStructure self
// in this list 358k -> 284k); schemaKeyBits answers the key it read last and keeps two keys a slot: extract
// 776k -> 604k. Not done (the lead): one walk for all three. Preflight must see every node before anything
// is read (a limit blocks first) and walks in reverse; definitions need each tool's nodes in order with
// every scalar; extract skips inert values and syntax keywords and does not walk all of a request. A shared
// walk would have to carry all three orders of output; what each walk pays per node (~175-450 instructions)
// is more in its own bookkeeping than in reaching the nodes, so merging saves less than the ~1M they cost.
// Stop 51 (perf51cue), measured at cec78ed (pair-profile.mjs --fresh, per list): the fresh list reads 88
// new clauses (4,981 characters, all ASCII) of 221 looked up; the cold list 12 (748) of 41. pieceFacts is
// 2.0M of the fresh list: the cue pass 0.88M (literal scan 0.38M; 363 regex tests 0.29M, the alternatives
// of the leads above ~0.15M of it; the candidate loops 0.22M), clauseNgrams 0.65M (7.8k a call on its own,
// callgrind over the fresh clauses: the byte tokenizer ~5k, the distinct-bucket loop ~3k for ~21 buckets)
// and the memo's fingerprints 0.29M (1.3k each, 221 a list). The cold list's clause reading is ~0.15M: a
// cut there has to come from readPiece/readPieceInto (0.64M) or scored (0.51M), not the cue pass.
// Tried and dropped at perf51cue: the anchored alternatives (imperative, code-like's `^`) tested sticky from
// 0 (equal cues and gates on 58,174 clauses; 6x faster in a wall micro-benchmark, but irregexp already
// tries them at 0 alone in the guard: the imperative's regex is 20.2k a fresh list either way); the
// distinct-bucket loop of clauseNgrams written with locals and no labelled continue (8.04k against 7.77k a
// call), as pairwise compares for up to 48 buckets (10.0k), with `weights[f]` unguarded (7.85k); the cue
// reader's tables read into locals before its loops (cues self 216.4k -> 214.7k: noise); clauses up to 400
// characters as their own memo keys instead of fingerprinted (pieceFacts 2015k -> 2037k: the Map's hash
// and a bigger table cost more than the 1.3k fingerprint). Noise:
// one invocation measured the base build's fresh list at 12330k (and the cold at 8251k) where pair-profile
// measured it at 11652k the same hour: compare builds in one run, and repeat a run before trusting 3%.
// Stop 52 (perf52fresh; pair-profile.mjs --fresh, per list): the n-gram tokenizer hashes a word as it reads
// it (a word starting with a digit or mark, ending with a mark or past 24 characters is read again as
// before): clauseNgrams on the 88 fresh clauses 6.68k -> 5.45k a clause (a callgrind micro-benchmark of the
// function), collectAsciiNgrams 342k -> 262k a list; the clause memo finds clauses by a brief print of 16
// characters (recent.ts briefPrint) not 32: 290k -> 156k a list (~0.7k a look-up; a character of a slice
// costs ~38 instructions to read). Whole lists under load (load ~14, --no-memory-reducer): fresh 12865k
// against the base's 12639k in one run, pair-profile the other way (17268k against 17510k, GC 4.4M in both);
// cold 9012k against 9016k: confirm on a quiet machine. Left: the distinct-bucket loop is ~2k a clause for ~21 buckets; the
// encodeInto per clause ~0.5k (shared with the cue scan's copy it saves ~40k a list: not worth a hook in
// literal-index.ts). Not done: the definitions walk's failing compares (~135k cold) are V8's string compare
// of same-length descriptions that differ near their end; a sampled print of each description computed per
// tool costs the warm list what it saves the cold one (only this fixture keeps lengths equal).
// Noise at stop 52 (load ~14): the memory reducer is timer-driven, so under valgrind on a loaded machine it
// ran mark-compacts inside the window (fresh list 12.6M -> 14-17.5M for the base build too; the GC kind
// 0.68M -> 4.4M). node's --no-memory-reducer in callgrind.mjs's flags removes that (not committed here).
// Tried and dropped at perf49: mayHoldEscapes as a JS loop (charCodeAt: +590k a cold list; bytes copied by
// TextEncoder.encodeInto: slower too, 2.9 against 1.95 ns a character): irregexp's scan of its alternation
// is cheaper than either, and rewriting it (prefixes merged, no /i) moved it by under 3%;
// `(?<=\s)(?:file|key)\s+` for described-paths' `\s(?:file|key)\s+`: 3.5× the instructions; the clause
// memo's fingerprints read from bytes copied by encodeInto (+30k: the copy's call costs ~375 instructions,
// more than 32 character reads save); fingerprint through String.prototype.charCodeAt.call: the same.
// Stop 54 (perf54pair), on the runs two invocations gave 20% apart under load 7-12: the child now gives the
// guard a clock that moves a second per inspection, as pair-instructions.mjs's does (before, the guard read
// the wall clock, which valgrind on a loaded machine stretches differently each run). That alone is not
// shown to be the cause: under load ~20, with the clock fixed and node's --predictable-gc-schedule too (the
// heap grown by fixed factors, not by speeds V8 times), the base build read 9113.8k and 9982.4k in two runs
// of this child (9.5% apart). --predictable-gc-schedule was dropped: it took the small pair of
// pair-instructions.mjs from ~70k to ~126k (collections, not the guard). What varies: four pair runs
// sharing the machine at load ~23 read 140-149k a pair for every build (~70k alone). Likely: the child waited for
// the parent on stdin, so after `done` the event loop ran V8's posted tasks (incremental marking, a
// collection's finalization) while the slowed parent had yet to switch instrumentation off. The child now
// waits through callgrind.mjs's windowGate: a blocking open of a FIFO, in which it runs nothing. Two runs of
// this bench on the base build (bf95883), at the same time, load ~20: 9489.6k and 9443.5k (0.5% apart).
// Stop 56 (perf56memo): a table of 512 texts asked lately in front of the readings' two generations (slot
// from the length and 3 characters, cleared with each new young generation; 9ac48e6, reverted) cut the
// look-ups reaching the maps (fresh 1248 -> 568, cold 1068 -> 411, warm 510 -> 51 a list) but read cold
// 9185k -> 9391k and fresh ~12.0M -> 12.3-12.5M: the characters read for the slot cost more than the Map
// look-ups saved, and no wall gain showed under load. One fresh run of this bench read the base at 15001k
// (12021k and 12056k in two others, load ~14): compare builds within one run, and run twice.
// Stop 57 (perf57cue; reverted): the cue prefilter counted a literal only where its alternative's regex could
// hold it, read from the alternative's top-level sequence (no letter or digit before it after \b, ^ or a
// separator class, none after it before \b, \s or $, and the character after it past spaces for user\s*: and
// [{}();=]\s*[{}();=]; a module text/literal-surroundings.ts with a property test, in git history). Regex tests
// a fresh list 332 -> 166, matches unchanged (152), verdicts identical; but the cue pass over recorded fresh
// clauses (callgrind, 40 lists after 200) read 984.3k a list at the base, 1083.1k with the reads at every
// hit (787 a list), 1134.5k read for candidates through per-set links, 1067.9k with only literals of up to
// four characters or a character after them: the regexes spared ~100-130k (speaker label 36.8k, pronouns
// 34.4k, code-like 29.8k) while cues' own cost rose 228k -> 393-477k (a link or a read per (literal, set)
// entry hit: most sets are \b-bounded verbs that hit in every clause). This bench: fresh 12531k against
// the base's 12133k in one run (the reads at every hit). A next try must touch only the sets whose
// alternatives miss (the speaker label, the pronouns, code pairs), not every bounded set.
// Stop 58 (perf58cue; not committed, the patch is described here): a two-level cue literal scan. The
// table held the cue literals' heads (their first 6 characters: 5,298 nodes x 64 columns, 0.66 MB, against
// 17,154 nodes and 2.2 MB whole); a head node with longer literals listed its tails' trie (the characters
// past the head, children side by side) among its literals as a negative id, and each hit path (the short
// and word-at-a-time byte scans, #take, the string scan, pieces, collectJoined, scan) walked that trie from
// the head's end, reading the copied bytes or the text; the same (literal, start) pairs per literal (a
// property test against the whole index: lengths, heads 1-6, case, non-ASCII, pairs, 64K+ texts, parts).
// Why it cannot pay: over 20 fresh lists' clauses (1,885, 98.6k characters, all ASCII) 20% of characters
// are read past depth 6 (past 8: 15%), inside common phrases ("the user ...", "use this ...", "does not
// ..."), so a head ending there is frequent and each leaves the scan's byte loop for a walk: 0.45 tail
// compares a character with direct compares, one walk a head with the trie. Measured: LiteralIndex.collect
// over those clauses (callgrind, per list of ~94 clauses, 100 after 300) 408.8k whole, heads of 4 / 5 / 6 /
// 8: 733.7k / 655.3k / 599.3k / 541.3k; pair-profile.mjs --fresh 11853.1k -> 12034.4k (+1.5%); this bench
// --fresh twice, base 11963.8k and 11967.6k against 14586.6k and 13552.6k (more GC inside the window in the
// headed runs, not chased); misses (cold-list-miss-profile.mjs --fresh --calls 40 --ll 1048576,8,64, L2 as
// the last level) of the scan functions: D1 10.2k -> 11.7k and L2 925 -> 979 a list, no fewer: a list reads
// few rows of the table, the same phrases' rows each time (stop 52: ~350 distinct lines a list), so the
// table's size above L2 is not what its scans wait for. cpu-prof (notes' run.mjs 5) scan shares, of all
// samples: #collectBytes + collect + #take 7.0% -> #collectBytes + #collectShort + #take + collect 7.5%.
// classes-ab (load 9-14): fresh speed-up 2.47 and 1.01, cold 1.20 and 1.14: noise at that load.
// Stop 62 (perf62walk; nothing cut, the profile is written here), the fresh list at lead62 (69dabde5), load
// 15-25. pair-profile.mjs --fresh (300 after 900), per list of 10.9-11.2M: JSON.parse 1.35M; the extract walk
// with its scanner 2.24M (walkFrom self 385k; scanValue 1.64M: encodedProse 444k, of it mayHoldEscapes'
// regex 282k; canonicalize 411k, of it plainAscii's regex 206k; the readings' get 237k; describedPaths
// 101k; `new Scanned` through the generic construct stub 70k); the rule layer 1.58M (#state 1.21M: collect
// 694k, #shortHits 504k; #matchCandidates 152k; #rememberedOf 118k); keyParsedDefinitions 471k; preflight's
// checkStructure ~0.45M. A list has 480 values (180 descriptions, 150 property names, 90 enum items, 30 names,
// 30 titles; 23.5k characters). Literal scans a list: 129 collect calls, 41 the rule layer's (15,138
// characters: the 30 new descriptions of 505, then the 11 texts every tool repeats, scanned again at their
// second sighting, 734) and 88 the cue pass's (4,981): no text is scanned once per rule family, and the
// rescans of second sightings are ~5% of the rule scan. #shortHits reads 884 (literal, start) pairs a list:
// 992 prefilter uses, 842 #countsAt, 628 phrase tests, 187 calls of a check; its loops with `this.#uses`
// read into a local: self 395.3k -> 389.2k (noise, not kept). cold-list-allocation.mjs --fresh: 246.7 KB a
// list (JSON.parse 46, Scanned 38: 480 values of ~80 B, asciiLowerCase 17, the definition keys' copies 13,
// recent.ts 15, the path table's seal 6.2, encodeInto's result object 5.3 for 129 scans, #renew 3.9).
// cold-list-survivors.mjs --fresh: 86.7 KB a list survive a scavenge (49.2 KB kept): JSON.parse's strings
// 21.9 (held by the definition keys and the readings), definition copies and keys ~14.5, Map tables 5.9,
// canonicalize 4.5, scanValue 4.2 (values in flight), readingOf 2.7, #rememberedOf 2.1; semantic/ ~17.
// node --cpu-prof over 2,500 fresh lists: the collector 17.8% of samples, recent.js get 3.3% (readingOf
// 59% of it, clauseFacts 29%), #collectBytes 3.3%, parseInput 3.3%, collect 2.1%, #shortHits 1.2%,
// #rememberedOf 1.0%, walkFrom 0.8%, definitionKey 0.8%, walkStructure 0.6%. What the wall ratio misses by
// is the collector, and what it copies is mostly what caches keep on purpose (definitions: 4096, ~136 fresh
// lists, each outliving two scavenges; readings: 4096 texts), not the walk's per-value garbage, which dies
// within the list. Tried in dist only: the definition keys' queue bounded at 900 (maxKept, below the ~1,800
// definitions of a scavenge's interval of ~60 lists): 86.1 KB survived, the same, as the guard's
// RecentDefinitions (caches.maxEntries), the inventories and cross-tool hold the same keys; bounding what
// keeps a list's definitions takes all of them (policy, the lead's). Not tried: first sightings in the
// readings kept by fingerprint without their text.
// Stop 67 (perf67leads; nothing cut, measured here): the texts four sites are asked about, recorded by a dist
// copy over lists 300-304 of the fresh and cold fixtures, measured by variant-instructions.mjs (100 after 300;
// per fresh list). plainCanonical's printableAscii: 52 texts, 15.9k characters, 146k. mayHoldEscapes: 56
// texts, 16.1k characters (44 by hexOrByteGap), its regex loop 305k. server-commands' mayHold: 390 calls (120
// under 8 characters, 210 of 8-63, 60 longer; 106 distinct), 161k. holdsDestroyingStem: 27 descriptions, 13k
// characters, 212k (each search ~20k, `ras` 44k: every `r` of the text; a hit of a first letter costs ~65).
// Tried, none paid: mayHold as /[`~$/]/ 297k, a charCode loop under 64 characters 269k, the regex there 169k,
// a 64-slot memo by length and three characters 165k (equal strings are other objects: the compare costs
// what the searches did); printable as a charCode loop 433-496k, /[^\x20-\x7e]/ 175k, one class that also
// excludes `%&\` 248k (against 146k + three includes); hexOrByteGap without /i 304k, the byte list's whole
// shape in the regex (no byteListAt) 930k, alternatives reordered 305-316k, plain searches for `=`, `0x`,
// `0X` (and `0 `, `1 ` for binary) before a regex of the space gap alone 310-363k, one regex for printable and
// escapes together 404k against 448k for both (not worth a slot bit and a second path); holdsDestroyingStem as
// one alternation 237k, as searches for the third person and gerund (Boyer-Moore-Horspool from 7
// characters) 576k, an indexOf loop over `d` for the three d-stems 276k. Why: irregexp makes only a pure
// literal a string search (`/=/` 17k, `/=[0-9a-f]{2}/` 158k); any class or alternation is a scan of ~9-11
// instructions a character, a charCode loop ~27-30, String.prototype.includes ~1 plus ~90 a call and ~65 an
// occurrence of its first letter. These are single passes at their floor: what is left is fewer passes,
// which needs what a pass already made knows handed along (a tool's metadata document is never joined, 0 of
// 30 a list, so a search of its joined text would pay the join). README row: two identical builds read
// 294.15M and 291.53M in one invocation (4 after 20), a spread wider than det66set71a's +0.6%; with
// joinedMove off 293.93M: not attributed.
// Stop 70 (perf70lists; nothing cut, measured here), base f279f125, load 8-10. This bench: cold 8599.8k
// against the same build as baseline 8770.7k, fresh 10895.1k against 11129.0k (one invocation each: 2%
// between identical builds). pair-profile.mjs --cold (300 after 900, 8.5-8.6M a list): semantic ofTool 2.49M
// (analysisOf 1.29M: clausesOfPieces 0.98M; parameterFindings 0.56M; toolDocument's gather 0.33M, 0.24M
// self), extractResult 3.76M, the rule layer 1.41M, keyParsedDefinitions 0.49M (flatten 0.35M: the copy a
// new definition is remembered by), preflight 0.45M. The largest single reader left is definition-fields'
// holdsDestroyingStem: 204k a cold list (2.4%), 27 descriptions at ~7.6k each, about half of it the three
// stems that open with `d` (delet, destroy, drop: each stops at every `d`); it is at its floor as a pass of
// its own (stop 67). What would cut it is sharing: the description's clauses are read by the cue pass (new
// ones) or found in the clause memo (4 of 5 sentences of a cold list's description), so a reader gate of
// the stems kept with each clause's facts would answer for the description without a search, where the
// clauses hold every word of it (pieces.ts clausesHoldWords) and reading it only lowers its case; else the
// search as now. Not done: it ties definitionFieldHarm to the analysis of the tool's document (analysisOf
// runs first in ofTool, but its clause lists are shared and overwritten), and the whole-document reading,
// clause cuts at maxSentenceLength and the 2000-character slice each need a proof that the gate still
// holds. pair-profile.mjs --fresh (200 after 600): inside the window TurboFan compiles (Runtime_
// CompileOptimized, synchronous here) read ~368k a list (3%; which functions it compiles was not traced);
// functions called once per list (drift's comparePinned, the memory store's set and entryBytes,
// firstToolPins) still run as Sparkplug code after the warm-up. The drift layer on the fresh list: 358k
// (the store's set 142-178k: lru-cache's set 82k, entryBytes 72k, of it ~65k runtime calls; firstToolPins
// 76k), what a first pin of 30 tools costs. laterMember (two Object.defineProperty a list) 22-25k;
// cross-tool's sieve 46k; PieceHeads.of 45-62k: none worth a change on its own.
// Stop 75 (perf75lists; nothing cut, the profile is written here), base d1070877, load 3-17. pair-profile.mjs
// --fresh (100 after 600), 11,366k a list: by kind guard JS 5.80M, regex 1.26M, other builtins 1.05M, the
// collector 0.85M, the rest (JSON.parse, runtime, Map and string hashing) 2.40M. Self, top 15: #twoScans
// 498k, #shortHits 386k, walkFrom 385k, walkStructure 284k, cues 280k, hexOrByteGap's regex 269k,
// clausesOfPieces 249k, flatten 249k, gather 240k, #collectShort 222k, JSON ScanJsonString 222k,
// StringIndexOf 217k, ScavengeObject 213k, JSON BuildJsonObject 209k, RecordWriteSaveFP 184k (then scanValue
// 180k, memchr 176k, the sentence-cut regex 172k, scored 158k, plainClauses 156k). node --cpu-prof over 3,000
// fresh lists (wall self, the fixture's own making ~8% of samples): the collector 9.7%, parseInput 3.5%,
// recent.ts get 3.2%, #twoScans, #collectShort and cues 2.5% each, clausesOfPieces 1.9%,
// holdsDestroyingStem 1.4%, #collectBytes, #shortHits and #putLong 1.3% each, gather and scored 1.0%:
// recent.ts's get and #putLong rank higher in wall than in instructions (probes of maps of thousands miss
// the cache). cold-list-allocation.mjs --fresh --depth 2: 224.7 KB a list (heap used; sampled 213.6 KB):
// scanValue < add 36.1 KB (the Scanned values), #inspect (JSON.parse) 34.8 + 11.4, canonicalize's lower-cased copies
// 18.1, pieceFacts' ClauseFacts 15.5, the definition copies' slices 10.6, pushClauses 6.8, RecentTexts' Map
// tables 6.7, the path table's seal 6.2, gather's push 4.5, cross-tool 4.4, scored 4.0, #renew 3.9, made
// 3.7, recent set < pieceFacts 3.7, readingOf 3.1. cold-list-wall.mjs --fresh (3 rounds, load 15-17):
// 201 KB allocated, 72.7 survived and 40.6 promoted a list, 17 scavenges a 1000 lists, pauses 6.6% of wall;
// wall ratios to JSON 13.8x (base) and 15.0x (this build, the same code): at that load wall is noise. This
// bench in one run, the same code twice: fresh 10871.7k (4.81x) against the base's 11182.0k (4.95x), 2.8%
// apart; cold 8821.9k (3.98x) against 8806.3k (3.98x). lists-ab.mjs, base against this build, 11 rounds of
// 40, load ~13: wall cold 6.75x / 6.92x JSON (B/A median 1.008, quartiles 0.77-1.03), fresh 8.87x / 9.26x
// (1.125, 0.83-1.20); --cpu cold 9.51x / 9.52x, fresh 12.74x / 12.50x (0.945, 0.93-1.09). The rows are
// the ones stops 51-70 measured and found at their floor as single passes (the literal scans, irregexp's
// prefilters, the three walks) or kept on purpose (the caches' entries); not tried again here. What is left
// is fewer passes (stop 70's stems answered from the clause facts) or less kept, not a local cut. Less kept,
// measured (cold-list-wall.mjs --fresh --options '{"caches":{"maxEntries":256}}', 3 rounds of 600, load ~13,
// against the default's run above): survived scavenges 72.7 -> 36.8 KB a list, promoted 40.6 -> 29.1,
// scavenge pause 707 -> 355 µs a list (6.6% -> 3.9% of wall), allocation and live heap the same: the
// caches' bounds (policy, the lead's) are the one knob seen here that moves the fresh list's wall.
import { fileURLToPath } from 'node:url';

import { buildsToCompare, instructionsPerCall, runWindow, steppingInspect } from './callgrind.mjs';
import { benchArgs, printTable } from './measure.mjs';

const self = fileURLToPath(import.meta.url);
const { value } = benchArgs();

const fresh = process.argv.includes('--fresh');
const listName = fresh ? 'fresh tools/list (30 tools, every sentence new)' : 'cold tools/list (30 tools, every description new)';

if (process.argv[2] === '--child') await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
else await main();

async function main() {
  const calls = Number(value('--calls') ?? 200);
  const warmup = Number(value('--warmup') ?? 600);
  const baseline = value('--baseline');
  const builds = buildsToCompare('cold-list-instructions', baseline);
  const counts = [];
  for (const [, target] of builds) counts.push(await run(target, calls, warmup));
  printTable(
    `guard.inspect of the ${listName}, balanced: main-thread instructions per inspection (callgrind; ${calls} after ${warmup}), node ${process.version}`,
    ['', 'instructions', 'ratio to JSON'],
    builds.map(([name], i) => [name, `${(counts[i] / 1000).toFixed(1)}k`, `${(counts[i] / counts[0]).toFixed(2)}×`]),
  );
}

/** Main-thread instructions per inspection of one target, in a child process under callgrind. */
async function run(target, calls, warmup) {
  return instructionsPerCall(self, ['--child', target, String(calls), String(warmup), ...(fresh ? ['--fresh'] : [])], calls);
}

async function child(target, calls, warmup) {
  const { classes } = await import('./class-fixtures.mjs');
  const cold = classes.find((c) => c.name.includes(fresh ? 'fresh (' : 'cold'));
  const texts = Array.from({ length: warmup + calls }, (_, n) => cold.variant(n));
  let once;
  if (target === 'json') once = (i) => JSON.stringify(JSON.parse(texts[i]));
  else {
    const inspect = await steppingInspect(target);
    once = (i) => inspect(texts[i], { from: cold.from, sessionId: `s${i}`, serverId: `s${i}` });
  }
  await runWindow(once, warmup, calls);
}
