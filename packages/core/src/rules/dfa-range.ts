// Runs re2js's lazy DFA over a range of a string, read in place. The windows of a long text are tested
// this way: no slice, no UTF-8 copy, and no call per character to re2js's input reader (which its own
// loop makes), as the window tests of a megabyte of prose read about half of it. It reads re2js's DFA
// as re2js 2.x has it; a regex whose DFA does not look like that, or that re2js itself would not give
// to its DFA, is tested by re2js as before (`undefined` here).

import type { RE2JS } from 're2js';

import { type Dfa, type DfaState, gaveUp, matched, tableOf, unknown } from './dfa-table.js';
import { ByteScratch, littleEndian, maxCopied } from './byte-scratch.js';

interface Engine {
  readonly cond?: number;
  readonly prefilter?: unknown;
  readonly prog?: { readonly numLb?: number };
  readonly dfa?: Dfa;
}

/** re2js's flags: an unanchored search, a match of the whole text; a program that can never match; the empty-width facts of a text's start. */
const unanchored = 0;
const anchorBoth = 2;
const neverMatches = -1;
const atTextStart = { context: (): number => 1 /* begin line */ | 4 /* begin text */ };
/** re2js's rune for the end of the text. */
const endOfText = -1;
/** Where re2js last cleared its DFA's cache during one test (it gives up when that comes too often): one object for every test, reset by each (tests never nest). */
const search = { resetPos: -1 };

/**
 * The DFA of an unanchored regex with no literal check of re2js's own left (it would run before the DFA:
 * a regex that keeps one is tested by re2js, which may turn a text away faster), or undefined.
 */
export function dfaOf(regex: RE2JS): Dfa | undefined {
  const engine = (regex as unknown as { re2Input?: Engine }).re2Input;
  if (engine === undefined || engine.prefilter !== null) return undefined;
  return exactDfaOf(regex);
}

/**
 * The DFA of a regex for {@link matchesWhole}, or undefined. A literal check of re2js's own does not
 * matter here: re2js runs it only before an unanchored search.
 */
export function exactDfaOf(regex: RE2JS): Dfa | undefined {
  const engine = (regex as unknown as { re2Input?: Engine }).re2Input;
  if (engine === undefined || engine.prog?.numLb !== 0 || engine.cond === neverMatches) return undefined;
  const dfa = engine.dfa;
  if (dfa === undefined || dfa.failed || !(dfa.latin1Class instanceof Int32Array) || typeof dfa.numClasses !== 'number') return undefined;
  if (typeof dfa.start !== 'function' || typeof dfa.stepOrReset !== 'function' || typeof dfa.runeClass !== 'function') return undefined;
  return dfa;
}


/** The code point at `i`: a surrogate pair ending before `to` joined (above 0xFFFF: it takes two units), else the unit itself. */
function runeAt(text: string, i: number, to: number): number {
  const unit = String.prototype.charCodeAt.call(text, i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= to) return unit;
  const low = String.prototype.charCodeAt.call(text, i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (unit - 0xd800) * 1024 + (low - 0xdc00) + 0x10000 : unit;
}

/**
 * Whether the regex of `dfa` matches `text.slice(from, to)` (read as a text of its own: its start and end
 * are the text's), or undefined when the DFA gives up (its memory budget spent), as re2js's own loop does;
 * the same steps as that loop, over UTF-16 code units joined into code points.
 */
export function matchesRange(dfa: Dfa, text: string, from: number, to: number): boolean | undefined {
  const first = dfa.start(atTextStart, 0);
  if (first === null) return undefined;
  search.resetPos = -1;
  const n = to - from;
  if (n <= maxCopied) {
    const copied = scratch.copy(from === 0 && to === text.length ? text : rangeOf(text, from, to));
    if (copied.read === n && copied.written === n) return matchesBytes(dfa, first, scratch.bytes, scratch.words, n, from);
  }
  return matchesChars(dfa, first, text, from, to);
}

/** {@link matchesRange} of a range read a character at a time from the string, from the DFA's start state `first` (a function of its own, so matchesRange stays small enough to be inlined where it is called). */
function matchesChars(dfa: Dfa, first: DfaState, text: string, from: number, to: number): boolean | undefined {
  const flat = tableOf(dfa);
  let row = flat.startRow(first);
  const latin1Class = dfa.latin1Class;
  for (let i = from; i < to; i++) {
    const rune = runeAt(text, i, to);
    if (rune > 0xffff) i++;
    const cls = rune <= 0xff ? latin1Class[rune]! : dfa.runeClass(rune);
    let next = flat.table[row + cls]!;
    if (next <= 0) {
      if (next === unknown) next = flat.learn(row, cls, rune, i, search);
      if (next === gaveUp) return undefined;
      if (next === matched) return true;
    }
    row = next;
  }
  return stepToEnd(dfa, flat.stateAt(row), to);
}

/**
 * {@link matchesRange} of an ASCII range held as `bytes[0 .. n)` (`words` the same memory read four bytes at a time; its first character at `from` in the text),
 * from the DFA's start state `first`: a byte is its own rune and a class at one look-up, where a character read
 * from the string is dispatched on the string's form and checked for a surrogate (~100 instructions a
 * character in all, against ~50). A step is one load from the DFA's flat table (see dfa-table.ts).
 */
function matchesBytes(dfa: Dfa, first: DfaState, bytes: Uint8Array, words: Int32Array, n: number, from: number): boolean | undefined {
  const latin1Class = dfa.latin1Class;
  const flat = tableOf(dfa);
  let row = flat.startRow(first);
  for (let i = walk(flat.table, latin1Class, bytes, words, 0, n, row); i < n; i = walk(flat.table, latin1Class, bytes, words, i + 1, n, row)) {
    const cls = latin1Class[bytes[i]!]!;
    let next = flat.table[walkedTo + cls]!;
    if (next === unknown) next = flat.learn(walkedTo, cls, bytes[i]!, from + i, search);
    if (next === gaveUp) return undefined;
    if (next === matched) return true;
    row = next;
  }
  return stepToEnd(dfa, flat.stateAt(walkedTo), from + n);
}

/** The row {@link walk} stopped at. */
let walkedTo = 0;

/**
 * Steps from `row` through `bytes[i .. n)` while the table knows the next row: where it stopped (the byte
 * whose step the table does not hold, or `n`), the row it stopped at in {@link walkedTo}. A loop of its own,
 * so the compiled loop holds nothing but the step.
 *
 * From a word's start on, four bytes a read of `words` (the same memory): V8 checks the three arrays and
 * the counter once for four steps, not at every byte (the windows of a 1 MiB README, ~577k bytes:
 * matchesBytes 20.4M instructions an inspection -> 11.2M, ~35 a byte -> ~19). A step that leaves the table stops the word: its bytes are read
 * again one at a time from the row before it, where the byte-a-step loop finds the same byte and row.
 */
function walk(table: Int32Array, latin1Class: Int32Array, bytes: Uint8Array, words: Int32Array, i: number, n: number, row: number): number {
  // Rows are > 0; `unknown` and `matched` are not. The sums are rows plus a class, far below 2^31: `| 0`
  // spares an overflow check a step.
  const aligned = littleEndian ? Math.min(n, (i + 3) & ~3) : n;
  for (; i < aligned; i++) {
    const next = table[(row + latin1Class[bytes[i]!]!) | 0]!;
    if (next <= 0) {
      walkedTo = row;
      return i;
    }
    row = next;
  }
  // Little-endian (see literal-index.ts): a word's first byte is its low byte.
  let j = i >> 2;
  for (const whole = n >> 2; j < whole; j++) {
    const w = words[j]!;
    const a = table[(row + latin1Class[w & 0xff]!) | 0]!;
    if (a <= 0) break;
    const b = table[(a + latin1Class[(w >>> 8) & 0xff]!) | 0]!;
    if (b <= 0) break;
    const c = table[(b + latin1Class[(w >>> 16) & 0xff]!) | 0]!;
    if (c <= 0) break;
    const d = table[(c + latin1Class[w >>> 24]!) | 0]!;
    if (d <= 0) break;
    row = d;
  }
  for (i = Math.max(i, j << 2); i < n; i++) {
    const next = table[(row + latin1Class[bytes[i]!]!) | 0]!;
    if (next <= 0) break;
    row = next;
  }
  walkedTo = row;
  return i;
}

/** Whether the text matches once `state` (no match yet) reads the text's end at `at`, or undefined when the DFA gives up. */
function stepToEnd(dfa: Dfa, state: DfaState, at: number): boolean | undefined {
  const last = dfa.stepOrReset(state, dfa.numClasses, endOfText, unanchored, at, search);
  return last === null ? undefined : last.isMatch;
}

/** The text whose ranges are tested now, the parts it was joined from, and where each part starts in it (see {@link rangesFromParts}). */
let partsText: string | undefined;
let parts: readonly string[] = [];
const partStarts: number[] = [];

/**
 * Ranges of `text` are sliced from `joined`, the parts it was joined from, when one part holds the range
 * (until called again; undefined lets go of both). A long two-byte canonical text is joined from one-byte
 * parts (its lowered ASCII stretches, see text/normalize.ts): the bytes of a slice of such a part are
 * copied about ten times faster than those of a slice of the two-byte whole (encodeInto), and are the same.
 */
export function rangesFromParts(text: string | undefined, joined?: readonly string[]): void {
  partsText = joined === undefined ? undefined : text;
  parts = joined ?? [];
  partStarts.length = 0;
  for (let p = 0, at = 0; p < parts.length; p++) {
    partStarts.push(at);
    at += parts[p]!.length;
  }
}

/** `text.slice(from, to)`, from the one part that holds it when `text` is the one joined from parts. */
function rangeOf(text: string, from: number, to: number): string {
  if (partsText === undefined || partsText !== text) return text.slice(from, to);
  // The last part that starts at or before `from`.
  let lo = 0;
  let hi = partStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (partStarts[mid]! <= from) lo = mid;
    else hi = mid - 1;
  }
  const start = partStarts[lo]!;
  const part = parts[lo]!;
  return to - start <= part.length ? part.slice(from - start, to - start) : text.slice(from, to);
}

/** The copied bytes of the range being tested (tests never nest); ranges up to its maxCopied are copied (the chunks long values are tested in are this long). */
const scratch = new ByteScratch();

/**
 * Whether the regex of `dfa` matches all of `text.slice(from, to)` (re2js's `testExact` of the slice), or
 * undefined when the DFA gives up: the steps of re2js's anchored DFA loop, which reads each character
 * through its input reader and looks every transition up through two calls (an anchored URL rule tested
 * on 190,000 short URLs spent most of its time there), over the range in place. `endsAny`: the regex ends
 * with `.*` (dot matching all), so once it matches a prefix it matches all: the first match state is the
 * answer (a URL rule's twin stops after the host, not at the end of the URL; re2js's own loop, anchored at
 * the start only, stops there too).
 */
export function matchesWhole(dfa: Dfa, text: string, from: number, to: number, endsAny = false): boolean | undefined {
  if (dfa.failed) return undefined;
  const first = dfa.start(atTextStart, 0);
  if (first === null) return undefined;
  let state: DfaState = first;
  const latin1Class = dfa.latin1Class;
  search.resetPos = -1;
  for (let i = from; i < to; i++) {
    const at = i;
    const rune = runeAt(text, i, to);
    if (rune > 0xffff) i++;
    const cls = rune <= 0xff ? latin1Class[rune]! : dfa.runeClass(rune);
    const next: DfaState | null = state.nextAnchored?.[cls] ?? dfa.stepOrReset(state, cls, rune, anchorBoth, at - from, search);
    if (next === null) return undefined;
    state = next;
    // No state left: nothing from the start can match, whatever follows.
    if (state.nfaStates.length === 0) return false;
    if (endsAny && state.isMatch) return true;
  }
  const last = dfa.stepOrReset(state, dfa.numClasses, endOfText, anchorBoth, to - from, search);
  return last === null ? undefined : last.isMatch;
}
