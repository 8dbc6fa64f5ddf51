import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FoundLiterals, LiteralIndex } from '../src/rules/literal-index.js';

/** Every (literal, start) occurrence, found the slow way. */
function naiveHits(literals: readonly string[], text: string): [number, number][] {
  const hits: [number, number][] = [];
  literals.forEach((literal, id) => {
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) hits.push([id, at]);
  });
  return hits.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

function scanned(index: LiteralIndex, text: string): [number, number][] {
  const hits: [number, number][] = [];
  index.scan(text, (id, start) => hits.push([id, start]));
  return hits.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

// Small alphabets make literals overlap, share prefixes and sit inside each other.
const letters = fc.constantFrom('a', 'b', 'A', 'B', '.', 'é', '\u0130');
const word = (maxLength: number) => fc.array(letters, { minLength: 1, maxLength }).map((chars) => chars.join(''));
const literalSets = fc.uniqueArray(word(4), { minLength: 1, maxLength: 6 });

describe('LiteralIndex', () => {
  it('finds every occurrence of every literal, ASCII or not', () => {
    fc.assert(
      fc.property(literalSets, word(40), (literals, text) => {
        expect(scanned(new LiteralIndex(literals), text)).toEqual(naiveHits(literals, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a text alike whatever form V8 keeps it in: sliced, joined, flat, one or two bytes a character', () => {
    // The scans read characters through String.prototype.charCodeAt, not the string's own look-up.
    fc.assert(
      fc.property(literalSets, word(40), (literals, text) => {
        const index = new LiteralIndex(literals);
        const expected = naiveHits(literals, text);
        const padded = `<<<<<<<<<<<<<<<<${text}>>>>>>>>>>>>>>>>`;
        const sliced = padded.slice(16, 16 + text.length);
        const half = text.length >> 1;
        const joined = `${text.slice(0, half)}${text.slice(half)}`;
        const wide = `\u2500${text}`.slice(1);
        for (const form of [sliced, joined, wide, [...text].join('')]) expect(scanned(index, form)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('collects what the scan calls back with, at most its cap per literal, each literal listed once in the order found', () => {
    const found = new FoundLiterals(8, 3);
    fc.assert(
      fc.property(literalSets, word(40), (literals, text) => {
        const index = new LiteralIndex(literals);
        const expected: [number, number][] = [];
        const seen = new Map<number, number>();
        index.scan(text, (id, start) => {
          seen.set(id, (seen.get(id) ?? 0) + 1);
          if (seen.get(id)! <= 3) expected.push([id, start]);
        });
        // Twice into the same FoundLiterals: the second scan starts from nothing.
        index.collect(`${text}${text}`, found);
        index.collect(text, found);
        const pairs: [number, number][] = [];
        for (let k = 0; k < found.length; k += 2) pairs.push([found.pairs[k]!, found.pairs[k + 1]!]);
        expect(pairs).toEqual(expected);
        expect([...found.distinct.subarray(0, found.distinctLength)]).toEqual([...seen.keys()]);
      }),
      { numRuns: 2000 },
    );
  });

  it('collects ASCII text read as its bytes as it collects the same text read as characters, short or long', () => {
    // ASCII texts up to 64K characters are copied into a byte scratch first; longer ones and the rest are read as strings.
    const ascii = fc.constantFrom('a', 'b', 'A', '.', ' ');
    const literals = ['a', 'ab', 'b.a', 'A a', 'bb', '.'];
    const index = new LiteralIndex(literals);
    const found = new FoundLiterals(literals.length, 1 << 20);
    const pairsOf = (text: string): [number, number][] => {
      index.collect(text, found);
      const pairs: [number, number][] = [];
      for (let k = 0; k < found.length; k += 2) pairs.push([found.pairs[k]!, found.pairs[k + 1]!]);
      return pairs.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    };
    fc.assert(
      fc.property(fc.array(ascii, { minLength: 1, maxLength: 60 }), fc.constantFrom(1, 40, 1200, 70_000), (chars, times) => {
        const text = chars.join('').repeat(Math.ceil(times / chars.length));
        expect(pairsOf(text)).toEqual(scanned(index, text));
      }),
      { numRuns: 60 },
    );
  });

  it('collects ASCII text of every length, a literal ending at any of four characters, in the order and within the caps of the scan', () => {
    // Copied ASCII text is read a word of four characters at a time, then its last one to three characters
    // alone; a longer one as two halves at once, the second begun a longest literal before its start.
    const ascii = fc.array(fc.constantFrom('a', 'b', 'B', '.', ' '), { minLength: 1, maxLength: 7 }).map((chars) => chars.join(''));
    const founds = [new FoundLiterals(6, 2), new FoundLiterals(6, 1000)];
    fc.assert(
      fc.property(fc.uniqueArray(ascii, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom('a', 'b', 'B', '.', ' '), { maxLength: 90, size: 'max' }), (literals, chars) => {
        const index = new LiteralIndex(literals);
        const text = chars.join('');
        for (const found of founds) {
          const expected: [number, number][] = [];
          const seen = new Map<number, number>();
          index.scan(text, (id, start) => {
            seen.set(id, (seen.get(id) ?? 0) + 1);
            if (seen.get(id)! <= found.cap) expected.push([id, start]);
          });
          // A longer text first leaves its bytes past the shorter one's end in the scratch.
          index.collect(`${text}bbbb.aaaa`, found);
          index.collect(text, found);
          const pairs: [number, number][] = [];
          for (let k = 0; k < found.length; k += 2) pairs.push([found.pairs[k]!, found.pairs[k + 1]!]);
          expect(pairs).toEqual(expected);
          expect([...found.distinct.subarray(0, found.distinctLength)]).toEqual([...seen.keys()]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('collects a text longer than the byte scratch, ASCII or not, piece by piece as the scan reads it, in order and within caps', () => {
    // Past 64K characters a text is copied as UTF-8 a piece at a time: pieces of ASCII alone, pieces with
    // characters of two, three and four bytes (a pair of UTF-16 units), lone surrogates, a pair at a piece's end.
    const mixed = fc.constantFrom('a', 'b', 'B', '.', ' ', 'é', '\u0130', '€', '\u{1F600}', '\ud800', '\udc00', 'aé');
    const literalChars = fc.constantFrom('a', 'b', 'B', '.', ' ', 'é', '\u0130', '€');
    const literal = fc.array(literalChars, { minLength: 1, maxLength: 5 }).map((chars) => chars.join(''));
    const founds = [new FoundLiterals(12, 3), new FoundLiterals(12, 1 << 20)];
    fc.assert(
      fc.property(
        fc.uniqueArray(literal, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.array(mixed, { minLength: 1, maxLength: 30 }),
        fc.array(fc.constantFrom('a', 'b', 'B', '.', ' '), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(0, 1, 3, 65_535, 65_536, 70_000),
        fc.constantFrom(20_000, 70_000, 140_000),
        (literals, withPair, mixedChars, asciiChars, asciiLength, mixedLength) => {
          // A literal holding a surrogate pair: the text is then read as characters, with the same hits.
          const index = new LiteralIndex(withPair ? [...literals, 'a\u{1F600}'] : literals);
          const ascii = asciiChars.join('').repeat(Math.ceil(asciiLength / asciiChars.length)).slice(0, asciiLength);
          const other = mixedChars.join('').repeat(Math.ceil(mixedLength / mixedChars.length));
          const text = `${ascii}${other}${ascii}\u{1F600}${ascii}`;
          for (const found of founds) {
            const expected: [number, number][] = [];
            const seen = new Map<number, number>();
            index.scan(text, (id, start) => {
              seen.set(id, (seen.get(id) ?? 0) + 1);
              if (seen.get(id)! <= found.cap) expected.push([id, start]);
            });
            index.collect(text, found);
            const pairs: [number, number][] = [];
            for (let k = 0; k < found.length; k += 2) pairs.push([found.pairs[k]!, found.pairs[k + 1]!]);
            expect(pairs).toEqual(expected);
            expect([...found.distinct.subarray(0, found.distinctLength)]).toEqual([...seen.keys()]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('collects a text read as the parts it was joined from as it collects the text, in order and within caps', () => {
    // Parts of one byte a character are copied apart; a part cut inside a surrogate pair makes the text read whole.
    const chars = fc.constantFrom('a', 'b', 'B', '.', ' ', 'é', '\u0130', '€', '\u{1F600}', '\ud83d', '\ude00');
    const part = fc.oneof(fc.array(chars, { maxLength: 12 }).map((c) => c.join('')), fc.constantFrom('ab.b '.repeat(20_000), 'B a'.repeat(30_000), ''));
    const literal = fc.array(fc.constantFrom('a', 'b', '.', ' ', 'é', '€'), { minLength: 1, maxLength: 5 }).map((c) => c.join(''));
    const founds = [new FoundLiterals(6, 2), new FoundLiterals(6, 1 << 20)];
    const joined = founds.map((f) => new FoundLiterals(6, f.cap));
    fc.assert(
      fc.property(fc.uniqueArray(literal, { minLength: 1, maxLength: 6 }), fc.array(part, { minLength: 1, maxLength: 12 }), (literals, parts) => {
        const index = new LiteralIndex(literals);
        const text = parts.join('');
        founds.forEach((found, f) => {
          index.collect(text, found);
          index.collectJoined(text, parts, joined[f]!);
          expect([...joined[f]!.pairs.subarray(0, joined[f]!.length)]).toEqual([...found.pairs.subarray(0, found.length)]);
          expect([...joined[f]!.distinct.subarray(0, joined[f]!.distinctLength)]).toEqual([...found.distinct.subarray(0, found.distinctLength)]);
        });
      }),
      { numRuns: 50 },
    );
  });

  it('reads a range with its ASCII letters lower-cased as the scan of the lower-cased slice', () => {
    const ascii = fc.array(fc.constantFrom('a', 'b', 'A', 'B', '.', 'x'), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(literalSets, ascii, fc.nat(), fc.nat(), (literals, text, a, b) => {
        const index = new LiteralIndex(literals);
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const hits: [number, number][] = [];
        index.scanAsciiLower(text, from, to, (id, start) => hits.push([id, start]));
        expect(hits.sort((x, y) => x[1] - y[1] || x[0] - y[0])).toEqual(scanned(index, text.slice(from, to).toLowerCase()));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads an ASCII text going on from where another ended as the scan of the two joined, and stops at other characters', () => {
    const lower = fc.array(fc.constantFrom('a', 'b', '.', 'x'), { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));
    const ascii = fc.array(fc.constantFrom('a', 'b', 'A', 'B', '.', 'x'), { maxLength: 30 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(lower, { minLength: 1, maxLength: 6 }), ascii, ascii, (literals, first, second) => {
        const index = new LiteralIndex(literals);
        const hits: [number, number][] = [];
        const state = index.scanAscii(first, (id, start) => hits.push([id, start]));
        expect(state).toBeGreaterThanOrEqual(0);
        // The second text's hits, counted from its start: a literal across the seam starts before 0.
        expect(index.scanAscii(second, (id, start) => hits.push([id, first.length + start]), state)).toBeGreaterThanOrEqual(0);
        expect(hits.sort((x, y) => x[1] - y[1] || x[0] - y[0])).toEqual(scanned(index, (first + second).toLowerCase()));
        expect(index.scanAscii(`${first}é${second}`, () => undefined)).toBe(-1);
      }),
      { numRuns: 2000 },
    );
  });

  it('collects a text and the text less one character in one pass as two collects would, caps and order included', () => {
    const found = new FoundLiterals(8, 3);
    const dropped = new FoundLiterals(8, 3);
    const alone = new FoundLiterals(8, 3);
    const pairsOf = (f: FoundLiterals): [number, number][] => Array.from({ length: f.length / 2 }, (_, k) => [f.pairs[2 * k]!, f.pairs[2 * k + 1]!]);
    const listed = (f: FoundLiterals): number[] => [...f.distinct.subarray(0, f.distinctLength)];
    fc.assert(
      fc.property(literalSets, word(40), fc.nat(), (literals, text, at) => {
        const index = new LiteralIndex(literals);
        const drop = at % text.length;
        // Filled with another text's hits first: each starts from nothing.
        index.collect(`${text}${text}`, dropped);
        index.collectDropping(text, drop, found, dropped);
        index.collect(text, alone);
        expect(pairsOf(found)).toEqual(pairsOf(alone));
        expect(listed(found)).toEqual(listed(alone));
        index.collect(text.slice(0, drop) + text.slice(drop + 1), alone);
        expect(pairsOf(dropped)).toEqual(pairsOf(alone));
        expect(listed(dropped)).toEqual(listed(alone));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same hits with more nodes than 16-bit entries hold (a table of 32-bit entries then)', () => {
    // 4,000 literals of 12 letters that share little beyond their first three: ~36,000 nodes.
    const literals = Array.from({ length: 4000 }, (_, n) => {
      let x = (n * 2654435761) >>> 0;
      let literal = '';
      for (let i = 0; i < 12; i++) {
        literal += String.fromCharCode(97 + (x % 26));
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      }
      return literal;
    });
    const index = new LiteralIndex(literals);
    const found = new FoundLiterals(literals.length, 1 << 20);
    // Every literal, joined by separators and by nothing (overlaps across the seams), then a stretch of other letters.
    const text = `${literals.slice(0, 600).join(' ')}${literals.slice(600, 1200).join('')}${'qzqzxyxy'.repeat(200)}é${literals[7]}`;
    const expected = naiveHits(literals, text);
    expect(expected.length).toBeGreaterThan(1200);
    expect(scanned(index, text)).toEqual(expected);
    index.collect(text, found);
    const pairs: [number, number][] = [];
    for (let k = 0; k < found.length; k += 2) pairs.push([found.pairs[k]!, found.pairs[k + 1]!]);
    expect(pairs.sort((a, b) => a[1] - b[1] || a[0] - b[0])).toEqual(expected);
  });
});
