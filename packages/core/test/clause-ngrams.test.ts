// The n-gram part of a clause's features is hashed where each word stands in an ASCII clause, not from a
// string per word, and the cue features are written for the cues that are set only: they must give the
// buckets the tokens and a test of every cue gave, in the same order, and the score must stay the sum
// over featurize's distinct buckets in their order (repeats found by comparing few buckets or stamping).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ClauseFacts } from '../src/semantic/analyze.js';
import { cueNames, cuesOf } from '../src/semantic/cues.js';
import { clauseNgrams, clauseScore, featurize, hashBits, type TextRole, tokens } from '../src/semantic/features.js';
import { shippedModel } from '../src/semantic/model.js';

const mask18 = (1 << hashBits) - 1;
function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct n-gram buckets of a clause, read from its tokens (words and pairs of words). */
function referenceNgrams(clause: string): number[] {
  const out = new Set<number>();
  let previous = fnv('^');
  for (const w of tokens(clause)) {
    const own = fnv(w);
    out.add(own & mask18);
    out.add(fnv(w, fnv(' ', previous)) & mask18);
    previous = own;
  }
  out.add(fnv('$', fnv(' ', previous)) & mask18);
  return [...out];
}

/** The cue feature buckets of a clause of `words` words, every cue tested in order (as features.ts did). */
function referenceCueFeatures(cues: number, previous: number, text: number, role: TextRole, words: number): number[] {
  const seed = fnv(role === 'metadata' ? 'm:' : 'c:');
  const out: number[] = [];
  const active: number[] = [];
  for (let i = 0; i < cueNames.length; i++) {
    if (cues & (1 << i)) {
      active.push(i);
      out.push(fnv(`cue:${i}`) & mask18, fnv(`cue:${i}`, seed) & mask18);
    }
    if (previous & (1 << i)) out.push(fnv(`prev:${i}`) & mask18);
    if (text & (1 << i)) out.push(fnv(`text:${i}`, seed) & mask18);
  }
  for (let a = 0; a < active.length; a++) {
    for (let b = a + 1; b < active.length; b++) out.push(fnv(`pair:${active[a]}:${active[b]}`) & mask18, fnv(`pair:${active[a]}:${active[b]}`, seed) & mask18);
  }
  out.push(fnv(`count:${Math.min(active.length, 6)}`, seed) & mask18, fnv(`len:${Math.min(Math.floor(words / 6), 8)}`, seed) & mask18, fnv('bias', seed) & mask18);
  return out;
}

// Words, numbers, marks at the edges, long tokens with and without a slash, and now and then a character
// outside ASCII (read by the tokens themselves) or a word of the CJK scripts.
const parts = ['use', 'The', 'tool', 'x', '12', '3.5', '10:30', '2024-01-02', '1/2', '-v', '--', ':', "'", "it's", '#1', '<b>', 'a_b', '$HOME', '@me', '50%', '/etc/passwd', 'https://example.com/a', 'averyveryverylongidentifierwithoutaslash', 'a/very/very/long/path/to/somewhere', ' ', '  ', '.', ',', '!', '(', ')', '"', '\t', '\n', 'é', 'ça', '工具', '—', '\u00a0', '😀'];
const clause = fc.oneof(
  fc.array(fc.constantFrom(...parts), { maxLength: 60 }).map((p) => p.join(' ')),
  fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((p) => p.join('')),
  fc.array(fc.constantFrom('go', 'now', '1'), { minLength: 90, maxLength: 110 }).map((p) => p.join(' ')),
  fc.string({ unit: fc.constantFrom(...'ab1-:/#<> _.\'$@%é'.split('')), maxLength: 80 }),
  fc.string({ maxLength: 40 }),
);
const every = 2 ** cueNames.length - 1;
// Cue masks as clauses show them (a few cues) and any at all (many cues: many pairs of them).
const cues = fc.oneof(
  fc.array(fc.integer({ min: 0, max: cueNames.length - 1 }), { maxLength: 4 }).map((bits) => bits.reduce((mask, bit) => mask | (1 << bit), 0)),
  fc.integer({ min: 0, max: every }),
);
const role = fc.constantFrom<TextRole>('metadata', 'content');

describe('clause n-grams', () => {
  const model = shippedModel();

  it('are the buckets of the clause\'s tokens, in order', () => {
    fc.assert(
      fc.property(clause, role, (c, r) => {
        const parts = { ngrams: 0 };
        const all = featurize(c, 0, 0, 0, r, parts);
        expect(all.slice(0, parts.ngrams)).toEqual(referenceNgrams(c));
      }),
      { numRuns: 4000 },
    );
  });

  it('are the same read as bytes, as a slice of a longer text, too long to copy, or with another character past the last word read', () => {
    const words = 'read the file at ~/notes/a-b.md: 42 times, <b>#tag</b> don\'t $x@y 50%'.split(' ');
    const long = Array.from({ length: 700 }, (_, i) => words[i % words.length]).join(' ');
    const texts = [long.slice(0, 120), ` ${long} `.slice(1, 5001), long.slice(0, 4096), long.slice(0, 4097), `${long.slice(0, 2000)} é`, `é ${long.slice(0, 300)}`];
    for (const text of texts) {
      const parts = { ngrams: 0 };
      expect(featurize(text, 0, 0, 0, 'metadata', parts).slice(0, parts.ngrams)).toEqual(referenceNgrams(text));
    }
  });

  it('are followed by the cue features of every cue the clause, the one before it and its text show', () => {
    fc.assert(
      fc.property(clause, cues, cues, cues, role, (c, own, previous, text, r) => {
        const parts = { ngrams: 0 };
        const all = featurize(c, own, previous, text, r, parts);
        const ngrams = new Set(all.slice(0, parts.ngrams));
        const expected = [...new Set(referenceCueFeatures(own, previous, text, r, tokens(c).length))].filter((f) => !ngrams.has(f));
        expect(all.slice(parts.ngrams)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('give the score of featurize\'s distinct buckets, summed in their order', () => {
    let shared = 0;
    fc.assert(
      fc.property(clause, cues, cues, cues, role, (c, own, previous, text, r) => {
        let z = model.bias;
        for (const f of featurize(c, own, previous, text, r)) z += model.weights[f] ?? 0;
        expect(clauseScore(model.weights, model.bias, c, own, previous, text, r)).toBe(z);
        if (clauseNgrams(model.weights, model.bias, c).shared) shared++;
      }),
      { numRuns: 4000 },
    );
    // Some clauses had an n-gram bucket a cue feature takes too: the case the score must not count twice.
    expect(shared).toBeGreaterThan(0);
  });

  it('count a bucket two cue features share once, with few features as with many', () => {
    // Cues whose features' names hash alike (FNV of `pair:2:14` and `pair:14:15`, of `cue:0` with the content
    // seed and `pair:8:15`): found by trying sets of three cues, not chosen.
    const bit = (...bits: number[]): number => bits.reduce((mask, b) => mask | (1 << b), 0);
    let found = 0;
    for (const role of ['metadata', 'content'] as const) {
      for (let a = 0; a < cueNames.length; a++) {
        for (let b = a + 1; b < cueNames.length; b++) {
          for (const c of [a + 1, b + 1, (a + b) % cueNames.length]) {
            const own = bit(a, b, c % cueNames.length);
            const features = featurize('read the file', own, 0, own, role);
            let z = model.bias;
            for (const f of features) z += model.weights[f] ?? 0;
            expect(clauseScore(model.weights, model.bias, 'read the file', own, 0, own, role)).toBe(z);
            const parts = { ngrams: 0 };
            const all = featurize('read the file', own, 0, own, role, parts);
            const written = referenceCueFeatures(own, 0, own, role, 3).filter((f) => !all.slice(0, parts.ngrams).includes(f));
            if (new Set(written).size < written.length) found++;
          }
        }
      }
    }
    // Some of those sets wrote a bucket twice: the case the score must not count twice.
    expect(found).toBeGreaterThan(0);
  });

  it('count a bucket an n-gram and a cue feature share once', () => {
    // With no cue (few features, compared pairwise) and with every cue (many, stamped): a word whose
    // bucket is one of those features, found by trying words, not chosen.
    for (const mask of [0, every]) {
      for (const role of ['metadata', 'content'] as const) {
        const parts = { ngrams: 0 };
        const features = new Set(featurize('', mask, mask, mask, role, parts).slice(parts.ngrams));
        let word = '';
        for (let i = 0; word === '' && i < 2_000_000; i++) if (features.has(fnv(`w${i}`) & mask18)) word = `w${i}`;
        expect(word).not.toBe('');
        expect(clauseNgrams(model.weights, model.bias, word).shared).toContain(fnv(word) & mask18);
        let z = model.bias;
        for (const f of featurize(word, mask, mask, mask, role)) z += model.weights[f] ?? 0;
        expect(clauseScore(model.weights, model.bias, word, mask, mask, mask, role)).toBe(z);
      }
    }
  });

  it('are scored by a clause\'s kept facts as afresh, whatever contexts they were scored in before', () => {
    // A few contexts, drawn again and again: the facts keep the last scores, each must be the one of its own context.
    const context = fc.tuple(fc.constantFrom(0, 1, 8, 9, every), fc.constantFrom(0, 3, 12, every), role);
    fc.assert(
      fc.property(clause, fc.array(context, { minLength: 1, maxLength: 24 }), (c, contexts) => {
        const own = cuesOf(c);
        const facts = new ClauseFacts(own, clauseNgrams(model.weights, model.bias, c));
        for (const [previous, text, r] of contexts) {
          expect(facts.score(model.weights, previous, text, r)).toBe(clauseScore(model.weights, model.bias, c, own, previous, text, r));
        }
      }),
      { numRuns: 1500 },
    );
  });
});
