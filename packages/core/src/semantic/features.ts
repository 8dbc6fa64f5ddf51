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
}

const cueCount = cueNames.length;
const hashesByRole = new Map<TextRole, CueHashes>();

function cueHashes(role: TextRole): CueHashes {
  let h = hashesByRole.get(role);
  if (h !== undefined) return h;
  const r = roleSeed[role];
  const each = (n: number, f: (i: number) => number): Int32Array => Int32Array.from({ length: n }, (_, i) => f(i) & mask);
  const pairs = (seed: number | undefined): Int32Array => each(cueCount * cueCount, (i) => fnv(`pair:${Math.floor(i / cueCount)}:${i % cueCount}`, seed));
  h = {
    cue: each(cueCount, (i) => fnv(`cue:${i}`)),
    cueRole: each(cueCount, (i) => fnv(`cue:${i}`, r)),
    previous: each(cueCount, (i) => fnv(`prev:${i}`)),
    text: each(cueCount, (i) => fnv(`text:${i}`, r)),
    pair: pairs(undefined),
    pairRole: pairs(r),
    count: each(7, (i) => fnv(`count:${i}`, r)),
    length: each(9, (i) => fnv(`len:${i}`, r)),
    bias: fnv('bias', r) & mask,
  };
  hashesByRole.set(role, h);
  return h;
}

// Buckets of the clause being featurized, in the order they are found (repeats included).
let scratch = new Int32Array(512);
const active = new Int32Array(cueCount);

/** Writes the n-gram buckets of one clause to `scratch`; returns [count, word count]. */
function collectNgrams(clause: string): [number, number] {
  const words = tokens(clause);
  const needed = words.length * 2 + 1 + cueCount * 4 + (cueCount * (cueCount - 1)) + 3;
  if (scratch.length < needed) scratch = new Int32Array(needed);
  let n = 0;
  // fnv(prev + ' ') continues fnv(prev) with a space, and fnv(prev) is the previous word's own hash.
  let previous = fnv('^');
  for (const w of words) {
    const own = fnv(w);
    scratch[n++] = own & mask;
    scratch[n++] = fnv(w, fnv(' ', previous)) & mask;
    previous = own;
  }
  scratch[n++] = fnv('$', fnv(' ', previous)) & mask;
  return [n, words.length];
}

/** Writes the cue feature buckets of a clause of `words` words to `scratch` from `n` on; returns the new count. */
function collectCues(n: number, words: number, cues: number, previousCues: number, textCues: number, role: TextRole): number {
  const needed = n + cueCount * 4 + (cueCount * (cueCount - 1)) + 3;
  if (scratch.length < needed) {
    const grown = new Int32Array(needed);
    grown.set(scratch.subarray(0, n));
    scratch = grown;
  }
  const h = cueHashes(role);
  let actives = 0;
  for (let i = 0; i < cueCount; i++) {
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
  const [ngrams, words] = collectNgrams(clause);
  return [collectCues(ngrams, words, cues, previousCues, textCues, role), ngrams];
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

// Stamp per bucket: a bucket counts once per clause without a set (the same sum, in the same order, as
// adding the weights of featurize's distinct buckets).
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
 * The part of a clause's score that depends on its words alone: its distinct n-gram buckets in order, the
 * sum from `bias` over their weights, and its word count. A clause that recurs (schema words, an argument
 * described alike in every tool) can keep it; {@link scoreWithNgrams} adds the rest.
 */
export interface ClauseNgrams {
  readonly buckets: Int32Array;
  readonly z: number;
  readonly words: number;
}

export function clauseNgrams(weights: Float32Array, bias: number, clause: string): ClauseNgrams {
  const [n, words] = collectNgrams(clause);
  const seen = nextStamp();
  const buckets = new Int32Array(n);
  let distinct = 0;
  let z = bias;
  for (let i = 0; i < n; i++) {
    const f = scratch[i]!;
    if (seen[f] !== stamp) {
      seen[f] = stamp;
      z += weights[f] ?? 0;
      buckets[distinct++] = f;
    }
  }
  return { buckets: buckets.subarray(0, distinct), z, words };
}

/** The linear score of a clause from its n-gram part: the cue features' weights added in the same order as {@link clauseScore}. */
export function scoreWithNgrams(weights: Float32Array, ngrams: ClauseNgrams, cues: number, previousCues: number, textCues: number, role: TextRole): number {
  const seen = nextStamp();
  for (const f of ngrams.buckets) seen[f] = stamp;
  const n = collectCues(0, ngrams.words, cues, previousCues, textCues, role);
  let z = ngrams.z;
  for (let i = 0; i < n; i++) {
    const f = scratch[i]!;
    if (seen[f] !== stamp) {
      seen[f] = stamp;
      z += weights[f] ?? 0;
    }
  }
  return z;
}

/** The linear score of one clause: `bias` plus the weight of each distinct bucket featurize gives it. */
export function clauseScore(weights: Float32Array, bias: number, clause: string, cues: number, previousCues: number, textCues: number, role: TextRole): number {
  return scoreWithNgrams(weights, clauseNgrams(weights, bias, clause), cues, previousCues, textCues, role);
}
