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
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const roleSeed: Readonly<Record<TextRole, number>> = { metadata: fnv('m:'), content: fnv('c:') };
const numberLike = /^\d[\d.,:/-]*$/;

/** Word tokens of a clause; CJK runs become one token per character, digits one shape token. */
export function tokens(clause: string, max = 96): string[] {
  const out: string[] = [];
  for (const m of clause.matchAll(wordPattern)) {
    let w = m[0].replace(/^[-:'/<>#]+|[-:'/<>#]+$/g, '');
    if (!w) continue;
    if (cjk.test(w)) {
      for (const ch of w) if (out.length < max) out.push(ch);
    } else {
      if (numberLike.test(w)) w = '0';
      else if (w.length > 24) w = w.includes('/') ? '/path' : 'long';
      out.push(w);
    }
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Distinct bucket indexes of one clause: its word n-grams first, then the cue features. `parts`, when
 * given, receives how many of them are n-grams (training regularizes the two kinds differently).
 */
export function featurize(clause: string, cues: number, previousCues: number, textCues: number, role: TextRole, parts?: { ngrams: number }): number[] {
  const seen = new Set<number>();
  const add = (h: number): void => {
    seen.add(h & mask);
  };
  const words = tokens(clause);
  let prev = '^';
  for (const w of words) {
    add(fnv(w));
    add(fnv(w, fnv(prev + ' ')));
    prev = w;
  }
  add(fnv('$', fnv(prev + ' ')));
  if (parts) parts.ngrams = seen.size;
  const r = roleSeed[role];
  const active: number[] = [];
  for (let i = 0; i < cueNames.length; i++) {
    if (cues & (1 << i)) {
      active.push(i);
      add(fnv(`cue:${i}`));
      add(fnv(`cue:${i}`, r));
    }
    if (previousCues & (1 << i)) add(fnv(`prev:${i}`));
    if (textCues & (1 << i)) add(fnv(`text:${i}`, r));
  }
  // Pairs of cues: "obliges" and "calls a tool" mean more together than apart.
  for (let a = 0; a < active.length; a++) {
    for (let b = a + 1; b < active.length; b++) {
      add(fnv(`pair:${active[a]}:${active[b]}`));
      add(fnv(`pair:${active[a]}:${active[b]}`, r));
    }
  }
  add(fnv(`count:${Math.min(active.length, 6)}`, r));
  add(fnv(`len:${Math.min(Math.floor(words.length / 6), 8)}`, r));
  add(fnv('bias', r));
  return [...seen];
}
