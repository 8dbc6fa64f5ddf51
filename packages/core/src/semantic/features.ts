// The scorer's input: one clause as hashed word n-grams plus its instruction cues, the cues of the clause
// before it and of the whole text, and where the text sits (tool metadata or content). The same code
// featurizes at training time (scripts/train.mjs imports the built module), so model and runtime agree.
import { cueNames } from './cues.js';

/** Where a text sits: tool metadata (names, descriptions, schemas, instructions) or content (results ...). */
export type TextRole = 'metadata' | 'content';

/** log2 of the number of hashed feature buckets. The model file records it; a mismatch is rejected. */
export const hashBits = 18;
const mask = (1 << hashBits) - 1;

/** 32-bit FNV-1a over the UTF-16 code units of `s`, continuing from `h`. */
function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const wordPattern = /[\p{L}\p{N}_'$@%#/<>:-]+/gu;
const edgeMarks = /^[-:'/<>#]+|[-:'/<>#]+$/g;
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const roleSeed: Readonly<Record<TextRole, number>> = { metadata: fnv('m:'), content: fnv('c:') };
const numberLike = /^\d[\d.,:/-]*$/;

const isEdgeMark = (c: number): boolean => c === 45 || c === 58 || c === 39 || c === 47 || c === 60 || c === 62 || c === 35;
/** Whether a word has a character of the CJK scripts' range (Hangul jamo, U+1100, is the lowest). */
function mayBeCjk(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x1100) return true;
  return false;
}

/** Word tokens of a clause; CJK runs become one token per character, digits one shape token. */
export function tokens(clause: string, max = 96): string[] {
  const out: string[] = [];
  // exec over the shared global pattern: matchAll would copy the regex on every call.
  wordPattern.lastIndex = 0;
  for (let m = wordPattern.exec(clause); m !== null; m = wordPattern.exec(clause)) {
    let w = m[0];
    if (isEdgeMark(w.charCodeAt(0)) || isEdgeMark(w.charCodeAt(w.length - 1))) w = w.replace(edgeMarks, '');
    if (!w) continue;
    if (mayBeCjk(w) && cjk.test(w)) {
      for (const ch of w) if (out.length < max) out.push(ch);
    } else {
      const first = w.charCodeAt(0);
      if (first >= 48 && first <= 57 && numberLike.test(w)) w = '0';
      else if (w.length > 24) w = w.includes('/') ? '/path' : 'long';
      out.push(w);
    }
    if (out.length >= max) break;
  }
  return out;
}

/** The cue features' buckets do not depend on the clause: hashed once. */
interface CueHashes {
  readonly cue: Int32Array;
  readonly cueRole: Int32Array;
  readonly previous: Int32Array;
  readonly text: Int32Array;
  /** Index a * cues + b. */
  readonly pair: Int32Array;
  readonly pairRole: Int32Array;
  readonly count: Int32Array;
  readonly length: Int32Array;
  readonly bias: number;
  /**
   * The buckets two or more of the features above take (FNV of such alike names collides, 5 buckets for
   * metadata and 13 for content), as a bitset by their low 12 bits: only they can repeat among one
   * clause's cue features, each of which is written at most once (see collectCues).
   */
  readonly mayRepeat: Uint32Array;
}

const cueCount = cueNames.length;
const hashesByRole = new Map<TextRole, CueHashes>();

function cueHashes(role: TextRole): CueHashes {
  return hashesByRole.get(role) ?? madeCueHashes(role);
}

/**
 * {@link cueHashes} made for `role` the first time. Apart from the look-up: a function whose closures read
 * its variables makes their context on every call, before any early return (~54 bytes a look-up).
 */
function madeCueHashes(role: TextRole): CueHashes {
  const r = roleSeed[role];
  const each = (n: number, f: (i: number) => number): Int32Array => Int32Array.from({ length: n }, (_, i) => f(i) & mask);
  const pairs = (seed: number | undefined): Int32Array => each(cueCount * cueCount, (i) => fnv(`pair:${Math.floor(i / cueCount)}:${i % cueCount}`, seed));
  const cue = each(cueCount, (i) => fnv(`cue:${i}`));
  const cueRole = each(cueCount, (i) => fnv(`cue:${i}`, r));
  const previous = each(cueCount, (i) => fnv(`prev:${i}`));
  const text = each(cueCount, (i) => fnv(`text:${i}`, r));
  const pair = pairs(undefined);
  const pairRole = pairs(r);
  const count = each(7, (i) => fnv(`count:${i}`, r));
  const length = each(9, (i) => fnv(`len:${i}`, r));
  const bias = fnv('bias', r) & mask;
  // Every bucket a cue feature can take (pairs a < b only, as collectCues writes them), counted.
  const taken = new Map<number, number>();
  const take = (f: number): void => void taken.set(f, (taken.get(f) ?? 0) + 1);
  for (const list of [cue, cueRole, previous, text, count, length, [bias]]) for (const f of list) take(f);
  for (let a = 0; a < cueCount; a++) {
    for (let b = a + 1; b < cueCount; b++) {
      take(pair[a * cueCount + b]!);
      take(pairRole[a * cueCount + b]!);
    }
  }
  const mayRepeat = new Uint32Array(128);
  for (const [f, n] of taken) if (n > 1) mayRepeat[(f & 0xfff) >>> 5]! |= 1 << (f & 31);
  const h = { cue, cueRole, previous, text, pair, pairRole, count, length, bias, mayRepeat };
  hashesByRole.set(role, h);
  return h;
}

/** Most word tokens read of one clause. */
const maxTokens = 96;
// Buckets of the clause being featurized, in the order they are found (repeats included): room for the
// n-grams of the most tokens and every cue feature.
const scratch = new Int32Array(maxTokens * 2 + 1 + cueCount * 4 + cueCount * (cueCount - 1) + 3);
const active = new Int32Array(cueCount);
/** Word count of the clause collectNgrams last read. */
let collectedWords = 0;

/** The ASCII characters of {@link wordPattern}: letters, digits and `_'$@%#/<>:-`. */
const asciiWordChar = new Uint8Array(128);
for (let c = 0; c < 128; c++) asciiWordChar[c] = /[\p{L}\p{N}_'$@%#/<>:-]/u.test(String.fromCharCode(c)) ? 1 : 0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** What a number-like token may hold after its first digit, of the word characters (numberLike's `[\d.,:/-]`). */
const isNumberPart = (c: number): boolean => isDigit(c) || c === 58 || c === 47 || c === 45;
const start = fnv('^');

/**
 * Writes the n-gram buckets of one clause to `scratch` and its word count to `collectedWords`; returns
 * the bucket count. Each token is hashed where it stands in an ASCII clause (as {@link tokens} would
 * read it, without a string per word); a clause with other characters is read by tokens.
 */
function collectNgrams(clause: string): number {
  const ascii = collectAsciiNgrams(clause);
  if (ascii >= 0) return ascii;
  const words = tokens(clause, maxTokens);
  let n = 0;
  // fnv(prev + ' ') continues fnv(prev) with a space, and fnv(prev) is the previous word's own hash.
  let previous = start;
  for (const w of words) {
    const own = fnv(w);
    scratch[n++] = own & mask;
    scratch[n++] = fnv(w, fnv(' ', previous)) & mask;
    previous = own;
  }
  scratch[n++] = fnv('$', fnv(' ', previous)) & mask;
  collectedWords = words.length;
  return n;
}

/** {@link collectNgrams} of an ASCII clause; -1 (nothing written that counts) when the clause has another character. */
function collectAsciiNgrams(clause: string): number {
  const length = clause.length;
  // Copied to bytes in one native call and read there: reading a character of a clause (a slice of its
  // piece) dispatches on the string's form each time (clauseNgrams ~157 instructions a character by
  // characters, ~126 by bytes; the fresh list 2% fewer).
  if (length > clauseBytes.length && length <= maxCopied) clauseBytes = new Uint8Array(Math.min(maxCopied, Math.max(length, 2 * clauseBytes.length)));
  // A longer clause (limits raised past the default 400 characters) gets room of its own, not kept.
  const bytes = length <= maxCopied ? clauseBytes : new Uint8Array(length);
  const copied = encoder.encodeInto(clause, bytes);
  // Up to its first other character the clause's bytes are its characters; that character is a byte past
  // 127, or the end of what was written when its bytes did not fit.
  const end = copied.written;
  const whole = copied.read === length && end === length;
  let n = 0;
  let words = 0;
  let previous = start | 0;
  let i = 0;
  while (i < end && words < maxTokens) {
    let c = bytes[i]!;
    if (c >= 128) return -1;
    if (asciiWordChar[c] === 0) {
      i++;
      continue;
    }
    // fnv continued by hand (int32 all along, the same low bits): a call returning a hash above 2^30 would
    // box it as a heap number, one per word. Hashed as it is read: a word of letters (most) is read once.
    let from = i;
    let a = Math.imul((0x811c9dc5 | 0) ^ c, 0x01000193);
    let b = Math.imul(Math.imul(previous ^ 0x20, 0x01000193) ^ c, 0x01000193);
    for (i++; i < end; i++) {
      c = bytes[i]!;
      if (c >= 128 || asciiWordChar[c] === 0) break;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
    }
    if ((c >= 128 && i < end) || (i === end && !whole)) return -1;
    let to = i;
    // A word that starts with a digit or a mark (every edge mark is below `A`), ends with a mark or is long
    // is read again as tokens reads it (~1,200 instructions fewer a clause of the fresh list than reading
    // every word twice).
    if (bytes[from]! < 65 || isEdgeMark(bytes[to - 1]!) || to - from > 24) {
      while (from < to && isEdgeMark(bytes[from]!)) from++;
      while (to > from && isEdgeMark(bytes[to - 1]!)) to--;
      if (from === to) continue;
      // Numbers read as one shape token, and long tokens as a path or not.
      let shape: string | undefined;
      if (isDigit(bytes[from]!)) {
        let k = from + 1;
        while (k < to && isNumberPart(bytes[k]!)) k++;
        if (k === to) shape = '0';
      }
      if (shape === undefined && to - from > 24) {
        shape = 'long';
        for (let k = from; k < to; k++) {
          if (bytes[k]! === 47) {
            shape = '/path';
            break;
          }
        }
      }
      a = 0x811c9dc5 | 0;
      b = Math.imul(previous ^ 0x20, 0x01000193);
      if (shape !== undefined) {
        for (let k = 0; k < shape.length; k++) {
          a = Math.imul(a ^ shape.charCodeAt(k), 0x01000193);
          b = Math.imul(b ^ shape.charCodeAt(k), 0x01000193);
        }
      } else {
        for (let k = from; k < to; k++) {
          const ch = bytes[k]!;
          a = Math.imul(a ^ ch, 0x01000193);
          b = Math.imul(b ^ ch, 0x01000193);
        }
      }
    }
    scratch[n++] = a & mask;
    scratch[n++] = b & mask;
    previous = a;
    words++;
  }
  // Stopped at the end of what was written, short of the words' limit: the next character is another one.
  if (i === end && !whole && words < maxTokens) return -1;
  scratch[n++] = Math.imul(Math.imul(previous ^ 0x20, 0x01000193) ^ 0x24, 0x01000193) & mask;
  collectedWords = words;
  return n;
}

/** Longest clause {@link collectAsciiNgrams} copies into its kept room, and the room (grown as clauses need). */
const maxCopied = 4096;
let clauseBytes = new Uint8Array(512);
const encoder = new TextEncoder();

/** The cue hashes collectCues wrote with last (its role's): read after it without a second look-up. */
let collectedHashes: CueHashes | undefined;

/** Writes the cue feature buckets of a clause of `words` words to `scratch` from `n` on; returns the new count. */
function collectCues(n: number, words: number, cues: number, previousCues: number, textCues: number, role: TextRole): number {
  const h = (collectedHashes = cueHashes(role));
  let actives = 0;
  // The cues set in any of the three masks, lowest first: what a loop over every cue would write, in order.
  for (let left = (cues | previousCues | textCues) >>> 0; left !== 0; left &= left - 1) {
    const i = 31 - Math.clz32(left & -left);
    if (cues & (1 << i)) {
      active[actives++] = i;
      scratch[n++] = h.cue[i]!;
      scratch[n++] = h.cueRole[i]!;
    }
    if (previousCues & (1 << i)) scratch[n++] = h.previous[i]!;
    if (textCues & (1 << i)) scratch[n++] = h.text[i]!;
  }
  // Pairs of cues: "obliges" and "calls a tool" mean more together than apart.
  for (let a = 0; a < actives; a++) {
    for (let b = a + 1; b < actives; b++) {
      const at = active[a]! * cueCount + active[b]!;
      scratch[n++] = h.pair[at]!;
      scratch[n++] = h.pairRole[at]!;
    }
  }
  scratch[n++] = h.count[Math.min(actives, 6)]!;
  scratch[n++] = h.length[Math.min(Math.floor(words / 6), 8)]!;
  scratch[n++] = h.bias;
  return n;
}

/** Writes the buckets of one clause to `scratch` (n-grams first, then cue features); returns [count, n-gram count]. */
function collect(clause: string, cues: number, previousCues: number, textCues: number, role: TextRole): [number, number] {
  const ngrams = collectNgrams(clause);
  return [collectCues(ngrams, collectedWords, cues, previousCues, textCues, role), ngrams];
}

/**
 * Distinct bucket indexes of one clause: its word n-grams first, then the cue features. `parts`, when
 * given, receives how many of them are n-grams (training regularizes the two kinds differently).
 */
export function featurize(clause: string, cues: number, previousCues: number, textCues: number, role: TextRole, parts?: { ngrams: number }): number[] {
  const [n, ngrams] = collect(clause, cues, previousCues, textCues, role);
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (i === ngrams && parts) parts.ngrams = seen.size;
    seen.add(scratch[i]!);
  }
  if (parts && n === ngrams) parts.ngrams = seen.size;
  return [...seen];
}

// Stamp per bucket, for a clause with many cue features: a bucket counts once per clause without a set
// (the same sum, in the same order, as adding the weights of featurize's distinct buckets).
let stamps: Uint32Array | undefined;
let stamp = 0;

function nextStamp(): Uint32Array {
  stamps ??= new Uint32Array(1 << hashBits);
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  return stamps;
}

/**
 * The buckets any cue feature of either role can take (a bit each): an n-gram bucket not among them can
 * never be one of a clause's cue features as well.
 */
let cueBuckets: Uint32Array | undefined;

function cueBucketSet(): Uint32Array {
  if (cueBuckets !== undefined) return cueBuckets;
  const bits = new Uint32Array((1 << hashBits) >>> 5);
  for (const role of Object.keys(roleSeed) as TextRole[]) {
    const h = cueHashes(role);
    for (const list of [h.cue, h.cueRole, h.previous, h.text, h.pair, h.pairRole, h.count, h.length, [h.bias]]) {
      for (const f of list) bits[f >>> 5]! |= 1 << (f & 31);
    }
  }
  return (cueBuckets = bits);
}

/**
 * The part of a clause's score that depends on its words alone: the sum from `bias` over the weights of
 * its distinct n-gram buckets, its word count, and those of its buckets a cue feature can take too (a
 * bucket counts once: {@link scoreWithNgrams} skips a cue feature's bucket that is one of them). A clause
 * that recurs (schema words, an argument described alike in every tool) can keep it.
 */
export interface ClauseNgrams {
  readonly z: number;
  readonly words: number;
  /** Distinct n-gram buckets that a cue feature can take too (usually none). */
  readonly shared: readonly number[] | undefined;
}

// The distinct n-gram buckets of one clause, found in a set of 512 slots (room for the most n-grams of a
// clause, 2 * 96 + 1) marked per clause: it stays in the cache, where a table of 2^18 stamps does not.
const slotBuckets = new Int32Array(512);
const slotMarks = new Uint32Array(512);
let slotMark = 0;

/** The clause's {@link ClauseNgrams}, a new object. */
export function clauseNgrams(weights: Float32Array, bias: number, clause: string): ClauseNgrams {
  sumNgrams(weights, bias, clause);
  return { z: lastNgrams.z, words: lastNgrams.words, shared: lastNgrams.shared };
}

/**
 * {@link clauseNgrams} in one object that every call rewrites: for a caller that copies its fields at once
 * (analyze.ts's clause facts), without an object and a heap number per clause met.
 */
export function clauseNgramsOnce(weights: Float32Array, bias: number, clause: string): ClauseNgrams {
  sumNgrams(weights, bias, clause);
  return lastNgrams;
}

/** What {@link sumNgrams} found last (a field, not a returned number: a returned sum is boxed anew). */
const lastNgrams: { z: number; words: number; shared: number[] | undefined } = { z: 0.5, words: 0, shared: undefined };

/** Writes the n-gram part of a clause's score to {@link lastNgrams}. */
function sumNgrams(weights: Float32Array, bias: number, clause: string): void {
  const n = collectNgrams(clause);
  if (++slotMark === 0xffffffff) {
    slotMarks.fill(0);
    slotMark = 1;
  }
  const cueSet = cueBucketSet();
  let shared: number[] | undefined;
  // `+bias`, not `bias`: a parameter is of any type to the optimizing compiler, and so would be the sum
  // starting from it, kept boxed: a new heap number for every bucket added (~350 bytes a clause, a tenth
  // of what the fresh list allocates). The same number, so the same sum.
  let z = +bias;
  next: for (let i = 0; i < n; i++) {
    const f = scratch[i]!;
    let slot = Math.imul(f, 0x9e3779b1) >>> 23;
    while (slotMarks[slot] === slotMark) {
      if (slotBuckets[slot] === f) continue next;
      slot = (slot + 1) & 511;
    }
    slotMarks[slot] = slotMark;
    slotBuckets[slot] = f;
    z += weights[f] ?? 0;
    if ((cueSet[f >>> 5]! >>> (f & 31)) & 1) (shared ??= []).push(f);
  }
  lastNgrams.z = z;
  lastNgrams.words = collectedWords;
  lastNgrams.shared = shared;
}

/**
 * The linear score of a clause from its n-gram part (a {@link ClauseNgrams}'s three fields, which analyze.ts
 * keeps in its clause facts, not as an object of their own): the cue features' weights added in the same
 * order as {@link clauseScore}.
 */
export function scoreWithNgrams(weights: Float32Array, ngramZ: number, words: number, shared: readonly number[] | undefined, cues: number, previousCues: number, textCues: number, role: TextRole): number {
  const n = collectCues(0, words, cues, previousCues, textCues, role);
  // `+ngramZ`: a parameter's sum would stay boxed (see clauseNgrams).
  let z = +ngramZ;
  if (n <= fewCueFeatures) {
    // Few buckets (most clauses): a bucket two features may take (of a handful) is compared with those
    // before it, in the cache, not stamped in a table of 2^18 entries; no other can repeat.
    const mayRepeat = collectedHashes!.mayRepeat;
    next: for (let i = 0; i < n; i++) {
      const f = scratch[i]!;
      if ((mayRepeat[(f & 0xfff) >>> 5]! >>> (f & 31)) & 1) for (let j = 0; j < i; j++) if (scratch[j] === f) continue next;
      if (shared !== undefined && shared.includes(f)) continue;
      z += weights[f] ?? 0;
    }
    return z;
  }
  const seen = nextStamp();
  if (shared !== undefined) for (const f of shared) seen[f] = stamp;
  for (let i = 0; i < n; i++) {
    const f = scratch[i]!;
    if (seen[f] !== stamp) {
      seen[f] = stamp;
      z += weights[f] ?? 0;
    }
  }
  return z;
}

/** Most cue feature buckets compared pairwise for repeats (beyond, they are stamped). */
const fewCueFeatures = 48;

/** The linear score of one clause: `bias` plus the weight of each distinct bucket featurize gives it. */
export function clauseScore(weights: Float32Array, bias: number, clause: string, cues: number, previousCues: number, textCues: number, role: TextRole): number {
  const ngrams = clauseNgrams(weights, bias, clause);
  return scoreWithNgrams(weights, ngrams.z, ngrams.words, ngrams.shared, cues, previousCues, textCues, role);
}
