// The n-gram part of a clause's features is hashed where each word stands in an ASCII clause, not from a
// string per word; it must give the buckets the tokens of the clause gave, in the same order, and the
// score must stay the sum over featurize's distinct buckets in their order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cueNames } from '../src/semantic/cues.js';
import { clauseNgrams, clauseScore, featurize, hashBits, type TextRole, tokens } from '../src/semantic/features.js';
import { shippedModel } from '../src/semantic/model.js';

const mask = (1 << hashBits) - 1;
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
    out.add(own & mask);
    out.add(fnv(w, fnv(' ', previous)) & mask);
    previous = own;
  }
  out.add(fnv('$', fnv(' ', previous)) & mask);
  return [...out];
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
const cues = fc.integer({ min: 0, max: every });
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

  it('count a bucket an n-gram and a cue feature share once', () => {
    // Words until one's bucket is a cue feature's of a clause with every cue: found by trying, not chosen.
    const all = every;
    const features = new Set(featurize('', all, all, all, 'metadata').concat(featurize('', all, all, all, 'content')));
    let word = '';
    for (let i = 0; word === '' && i < 1_000_000; i++) if (features.has(fnv(`w${i}`) & mask)) word = `w${i}`;
    expect(word).not.toBe('');
    const ngrams = clauseNgrams(model.weights, model.bias, word);
    expect(ngrams.shared).toContain(fnv(word) & mask);
    let z = model.bias;
    for (const f of featurize(word, all, all, all, 'metadata')) z += model.weights[f] ?? 0;
    expect(clauseScore(model.weights, model.bias, word, all, all, all, 'metadata')).toBe(z);
  });
});
