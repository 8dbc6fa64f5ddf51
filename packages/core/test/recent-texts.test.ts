// What the guard keeps by text is found by a fingerprint of a sample of the text's characters and checked
// against the text itself: texts that share a fingerprint (a template filled with words of one length)
// are kept side by side, and a look-up never gives one text what was kept for another.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { briefPrint, fingerprint, primeBriefPrint, Recent, RecentTexts } from '../src/recent.js';

// Texts of 199 characters that differ only where the fingerprint does not look (positions 29 to 32),
// next to short texts (their own keys) and texts that differ in their last characters.
const sentence = 'The tool reads a file in the workspace and returns it as JSON with its metadata and timestamps.....';
const base = sentence + sentence + '.';
const twin = (word: string): string => base.slice(0, 29) + word + base.slice(33);
const twins = ['file', 'page', 'disk', 'node', 'item', 'user'].map(twin);
// Clauses of 40 characters (a cache of clauses finds them by fingerprint too) that differ only at 17 to 23.
const clause = 'order the rows by the column given, new.';
const clauseTwin = (word: string): string => clause.slice(0, 17) + word + clause.slice(24);
const clauseTwins = ['rows by', 'cols by', 'keys at'].map(clauseTwin);
const texts = [...twins, ...clauseTwins, 'string', 'object', 'description', `${base.slice(0, 198)}!?`, `${base.slice(0, 199)}?`, ''];

describe('recent texts', () => {
  it('give texts that differ only between the sampled characters one fingerprint (so the others test them)', () => {
    expect(new Set(twins.map(fingerprint)).size).toBe(1);
    expect(new Set(twins).size).toBe(twins.length);
    expect(new Set(clauseTwins.map(fingerprint)).size).toBe(1);
    expect(new Set(clauseTwins).size).toBe(clauseTwins.length);
  });

  it('give a text the same fingerprint asked twice in a row, after another text, or as an equal string made apart', () => {
    const texts = [base, twin('page'), `${base.slice(0, 198)}!?`, clause];
    const first = texts.map(fingerprint);
    const briefs = texts.map(briefPrint);
    fc.assert(
      fc.property(fc.array(fc.nat(texts.length - 1), { maxLength: 12 }), (order) => {
        for (const i of order) {
          expect(fingerprint(texts[i]!)).toBe(first[i]);
          expect(fingerprint(texts[i]!)).toBe(first[i]);
          // An equal text in a string of its own (not the one just asked).
          expect(fingerprint([...texts[i]!].join(''))).toBe(first[i]);
          // The clause memo's brief print alike, asked between the others.
          expect(briefPrint([...texts[i]!].join(''))).toBe(briefs[i]);
        }
      }),
    );
    // The text just asked, then one of its length that differs where the fingerprint looks.
    expect(fingerprint(base)).not.toBe(fingerprint(`${base.slice(0, 198)}?`));
  });

  it('give a clause primed from the text it was cut from the brief print it has on its own', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 300 }), fc.nat(300), fc.nat(300), (text, a, b) => {
        const start = Math.min(a, text.length);
        const end = Math.min(text.length, start + b);
        const clause = text.slice(start, end);
        // Another text asked in between: the primed number is the one asked next for the clause.
        const alone = briefPrint([...clause].join(''));
        briefPrint(base);
        primeBriefPrint(text, start, clause);
        expect(briefPrint(clause)).toBe(alone);
      }),
      { numRuns: 2000 },
    );
  });

  it('give each text only what was last set for it, keep at most maxEntries, and keep the text just set', () => {
    const op = fc.tuple(fc.boolean(), fc.nat(texts.length - 1), fc.nat(1000));
    fc.assert(
      // Texts up to 128 characters as their own keys, or (as clauses are kept) only up to 32 and the longer
      // ones found by their brief print.
      fc.property(fc.nat(9), fc.constantFrom(0, 20, 200), fc.constantFrom(32, 128), fc.boolean(), fc.array(op, { maxLength: 300 }), (maxEntries, maxTextLength, ownKeyUpTo, brief, ops) => {
        const recent = new RecentTexts<string>({ maxEntries, maxTextLength }, ownKeyUpTo, brief);
        const latest = new Map<string, string>();
        for (const [isSet, t, n] of ops) {
          // Equal texts as distinct strings, as each message parses its own.
          const text = [...texts[t]!].join('');
          if (isSet) {
            const value = `${t}:${n}`;
            recent.set(text, value);
            latest.set(text, value);
            expect(recent.get(text)).toBe(maxEntries === 0 || text.length > maxTextLength ? undefined : value);
          } else {
            expect([undefined, latest.get(text)]).toContain(recent.get(text));
          }
          expect(recent.size).toBeLessThanOrEqual(maxEntries);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keep a text set right after a look-up missed it beside the others of its print, across a change of generation', () => {
    // `of` looks a text up and sets it when missed: the set reuses the chain the look-up walked (see #missed).
    fc.assert(
      fc.property(fc.constantFrom(2, 3, 5, 64), fc.constantFrom(32, 128), fc.boolean(), fc.array(fc.tuple(fc.nat(texts.length - 1), fc.nat(2)), { maxLength: 200 }), (maxEntries, ownKeyUpTo, brief, ops) => {
        const recent = new RecentTexts<string>({ maxEntries, maxTextLength: 1024 }, ownKeyUpTo, brief);
        const latest = new Map<string, string>();
        for (const [t, how] of ops) {
          const text = [...texts[t]!].join('');
          if (how === 0) {
            // Found (what was last kept for it, if still kept) or missed and made, then kept.
            const value = recent.of(text, () => `made ${t}`);
            expect([latest.get(text), `made ${t}`]).toContain(value);
            latest.set(text, value);
            expect(recent.get(text)).toBe(value);
          } else if (how === 1) {
            // A look-up, then the set of another text: the chain the look-up walked is not the other's.
            const other = [...texts[(t + 1) % texts.length]!].join('');
            recent.get(text);
            recent.set(other, `set ${t}`);
            latest.set(other, `set ${t}`);
            expect(recent.get(other)).toBe(`set ${t}`);
          } else {
            expect([undefined, latest.get(text)]).toContain(recent.get(text));
          }
          expect(recent.size).toBeLessThanOrEqual(maxEntries);
        }
        // A text set after a miss in a young generation that has just become the old one starts a chain of its
        // own: the bound holds (two texts kept of three, the first let go).
        const tight = new RecentTexts<number>({ maxEntries: 2, maxTextLength: 1024 }, ownKeyUpTo, brief);
        tight.set(twins[0]!, 0);
        twins.slice(1, 3).forEach((text, i) => tight.of(text, () => i + 1));
        expect(twins.slice(0, 3).map((text) => tight.get(text))).toEqual([undefined, 1, 2]);
        // With room for all, every twin set after a miss is kept side by side (up to a chain's bound).
        if (maxEntries === 64) {
          const roomy = new RecentTexts<number>({ maxEntries: 64, maxTextLength: 1024 }, ownKeyUpTo, brief);
          twins.slice(0, 4).forEach((text, i) => roomy.of(text, () => i));
          expect(twins.slice(0, 4).map((text) => roomy.get(text))).toEqual([0, 1, 2, 3]);
          expect(roomy.size).toBe(4);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('find a text asked again (the same string or an equal one) only while its maps keep it', () => {
    const recent = new RecentTexts<number>({ maxEntries: 4, maxTextLength: 1024 });
    const kept = ['string', 'a field description of some length', base, twins[1]!, clause];
    kept.slice(0, 2).forEach((text, i) => recent.set(text, i));
    // Asked again, as the same string and as an equal one.
    expect(kept.slice(0, 2).map((text) => recent.get(text))).toEqual([0, 1]);
    expect(kept.slice(0, 2).map((text) => recent.get([...text].join('')))).toEqual([0, 1]);
    // Two generations on (of two texts each), the first two texts are let go: asked again, they are not found.
    kept.slice(2).forEach((text, i) => recent.set(text, i + 2));
    expect(kept.map((text) => recent.get(text))).toEqual([undefined, undefined, 2, 3, 4]);
    expect(recent.size).toBeLessThanOrEqual(4);
  });

  it('keep texts that share a fingerprint side by side, up to the bound of one chain', () => {
    const recent = new RecentTexts<number>({ maxEntries: 64, maxTextLength: 1024 });
    twins.slice(0, 4).forEach((text, i) => recent.set(text, i));
    expect(twins.slice(0, 4).map((text) => recent.get(text))).toEqual([0, 1, 2, 3]);
    // A fifth text of the fingerprint pushes out the first one kept: a look-up compares at most four.
    recent.set(twins[4]!, 4);
    expect(twins.slice(0, 5).map((text) => recent.get(text))).toEqual([undefined, 1, 2, 3, 4]);
    expect(recent.size).toBe(4);
  });

  it('find every long text its generations keep, as a map of two generations keyed by the text would, though a table of prints spares most misses a probe', () => {
    // Long texts of distinct prints (no chains): RecentTexts then keeps what Recent keeps, text for text. The
    // table of prints (64 bits at these capacities) gives many texts one bit, so bits outlive their entries.
    const pool = Array.from({ length: 40 }, (_, i) => `${'a tool description that goes on '.repeat(1 + (i % 3))}${i} ends here: ${'x'.repeat(i)}`);
    for (const brief of [false, true]) expect(new Set(pool.map(brief ? briefPrint : fingerprint)).size).toBe(pool.length);
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 5, 8, 64), fc.boolean(), fc.array(fc.tuple(fc.boolean(), fc.nat(pool.length - 1)), { maxLength: 400 }), (maxEntries, brief, ops) => {
        const recent = new RecentTexts<number>({ maxEntries, maxTextLength: 1024 }, 32, brief);
        const model = new Recent<string, number>(maxEntries);
        for (const [isSet, t] of ops) {
          const text = [...pool[t]!].join('');
          if (isSet) {
            recent.set(text, t);
            model.set(text, t);
          } else expect(recent.get(text)).toBe(model.get(text));
          expect(recent.size).toBe(model.size);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
