import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { LimitsSchema } from '../src/limits.js';
import { checkStructure, numberLeast } from '../src/preflight.js';
import { findObjectDifferentials, findParserDifferentials, type KeyCensus, messageDifferentials, textDifferentials } from '../src/protocol/differentials.js';

// findParserDifferentials is a hand-tuned single pass (reused frames, keys compared in place, strings
// skipped by a loop or indexOf). This reference reads the same JSON by recursive descent, as the rules
// are stated, and the two must agree on every rule and path for random JSON with repeated, case-colliding,
// escaped and prototype keys, long strings, CRs between tokens and a leading BOM.

type Json = null | boolean | number | string | Json[] | { readonly pairs: readonly (readonly [string, Json])[] };

interface Reported {
  readonly rule: string;
  readonly path: readonly (string | number | undefined)[];
}

const fold = (key: string): string => key.toLowerCase().replace(/\u017f/g, 's');

function reference(text: string): Reported[] {
  const out: Reported[] = [];
  const report = (rule: string, path: readonly (string | number | undefined)[]): void => {
    if (!out.some((r) => r.rule === rule)) out.push({ rule, path });
  };
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) {
    report('protocol/byte-order-mark', []);
    i = 1;
  }
  let end = text.length;
  while (end > i && /\s/.test(text[end - 1]!)) end--;
  // Per open container: the key last read in an object (none before its first), the index in an array.
  const frames: { object: boolean; key: string | undefined; index: number }[] = [];
  const here = (): (string | number | undefined)[] => frames.map((f) => (f.object ? f.key : f.index));
  const space = (): void => {
    while (i < end && ' \t\n\r'.includes(text[i]!)) {
      if (text[i] === '\r' && text[i + 1] !== '\n') report('protocol/bare-carriage-return', here());
      i++;
    }
  };
  const string = (): string => {
    const from = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(from, i)) as string;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '"') {
      string();
    } else if (c === '{') {
      i++;
      const frame = { object: true, key: undefined as string | undefined, index: 0 };
      const parent = frames[frames.length - 1];
      frames.push(frame);
      const keys: string[] = [];
      space();
      if (text[i] === '}') i++;
      else {
        for (;;) {
          space();
          const key = string();
          frame.key = key;
          if (keys.includes(key)) report('protocol/duplicate-key', here());
          else {
            if (keys.some((k) => fold(k) === fold(key))) report('protocol/case-colliding-keys', here());
            keys.push(key);
          }
          if (key === '__proto__' || (key === 'prototype' && parent?.object === true && parent.key === 'constructor')) report('protocol/prototype-key', here());
          space();
          i++; // :
          value();
          space();
          if (text[i++] === '}') break;
        }
      }
      frames.pop();
    } else if (c === '[') {
      i++;
      const frame = { object: false, key: undefined, index: 0 };
      frames.push(frame);
      space();
      if (text[i] === ']') i++;
      else {
        for (;;) {
          value();
          space();
          if (text[i++] === ']') break;
          frame.index++;
        }
      }
      frames.pop();
    } else {
      while (i < end && !',]} \t\n\r'.includes(text[i]!)) i++;
    }
  };
  value();
  space();
  return out;
}

// Keys that repeat, collide under case folding (the Kelvin sign, the long s, a dotted capital I) or are
// prototype keys, and random ones.
const key = fc.oneof(
  fc.constantFrom('a', 'A', 'b', 'key', 'Key', 'KEY', '\u212aey', 's', 'S', '\u017f', 'I', 'i', '\u0130', 'i\u0307', '__proto__', 'constructor', 'prototype', 'x'.repeat(70), '@', '`', 'a[', 'a{', 'Z', 'z'),
  fc.string({ maxLength: 6 }),
  // Around the length where the scan stops reading strings by hand: escapes may straddle it.
  fc.array(fc.constantFrom('a', '"', '\\', 'é'), { minLength: 58, maxLength: 70 }).map((chars) => chars.join('')),
);

const json: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1.5e3, 1000, -120000, 1e14, 1e20, 12345, 0.25),
    fc.string({ maxLength: 90 }),
    fc.constantFrom('a\\"b', '\\', 'x'.repeat(200) + '"'),
    fc.array(fc.constantFrom('a', '"', '\\'), { minLength: 58, maxLength: 70 }).map((chars) => chars.join('')),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 5 }).map((pairs) => ({ pairs })),
    // Objects past the size where keys move into sets.
    fc.array(fc.tuple(key, fc.constant(1)), { minLength: 15, maxLength: 24 }).map((pairs) => ({ pairs })),
  ),
})).value;

/** A small deterministic generator for the layout choices (whitespace, escapes). */
function choices(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function write(value: Json, next: () => number): string {
  const gap = (): string => ['', '', '', ' ', '\n', '\r\n', '\r', '\t '][Math.floor(next() * 8)]!;
  const quoted = (s: string): string => {
    const plain = JSON.stringify(s);
    // Sometimes the first character as an escape: the guard must decode keys before comparing them.
    if (s.length === 0 || next() < 0.7) return plain;
    return `"\\u${s.charCodeAt(0).toString(16).padStart(4, '0')}${plain.slice(1 + JSON.stringify(s[0]).length - 2)}`;
  };
  // A number sometimes with an exponent, shorter than JSON.stringify writes it (`1e3`).
  if (typeof value === 'number' && next() > 0.7) return value.toExponential().replace('e+', 'e');
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? quoted(value) : JSON.stringify(value);
  if (Array.isArray(value)) return `[${gap()}${value.map((v) => `${write(v, next)}${gap()}`).join(`,${gap()}`)}]`;
  return `{${gap()}${value.pairs.map(([k, v]) => `${quoted(k)}${gap()}:${gap()}${write(v, next)}${gap()}`).join(`,${gap()}`)}}`;
}

describe('findParserDifferentials', () => {
  it('agrees with a recursive-descent reading of the same rules on random JSON', () => {
    fc.assert(
      fc.property(json, fc.integer(), fc.boolean(), fc.constantFrom('', '\n', '\r\n', '\r', ' \r'), (value, seed, bom, trailer) => {
        const next = choices(seed);
        const text = `${bom ? '\ufeff' : ''}${write(value, next)}${trailer}`;
        JSON.parse(bom ? text.slice(1) : text);
        const expected = reference(text);
        // Twice: the second scan reuses the frames the first one left.
        for (let round = 0; round < 2; round++) {
          const found = findParserDifferentials(text).map((d) => ({ rule: d.rule, path: Array.from(d.path) }));
          expect(found).toEqual(expected.map((r) => ({ rule: r.rule, path: Array.from(r.path) })));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('textDifferentials', () => {
  // The scan is skipped when the structure check's key census shows the text cannot hold a differential.
  // Values here mostly have none (distinct keys), with strings holding `":`, escaped quotes and CRs as escapes.
  const plainKey = fc.oneof(fc.constantFrom('jsonrpc', 'id', 'method', 'params', 'name', 'arguments', 'path', 'Path', 'a":', 'é'), fc.string({ maxLength: 5, unit: fc.constantFrom('a', 'B', '_', '-', '1') }));
  const clean: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(null, 1, 'text', ' : ', '\r\n', 'x":1', 'a\\":', 'x', 500, 1000, 1e14, -3),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.uniqueArray(fc.tuple(plainKey, tie('value')), { maxLength: 5, selector: ([k]) => k }).map((pairs) => ({ pairs })),
      fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((pairs) => ({ pairs })),
      // Distinct ASCII keys that often differ only in case, in small objects and past the size where the
      // census compares them in a set; a prototype under a constructor.
      fc.uniqueArray(fc.tuple(fc.constantFrom('k', 'K', 'ab', 'aB', 'Ab', 'x', 'y', 'zz'), tie('value')), { maxLength: 4, selector: ([k]) => k }).map((pairs) => ({ pairs })),
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 2, unit: fc.constantFrom('q', 'Q', 'r', 'R', 't') }), { minLength: 15, maxLength: 22 }).map((keys) => ({ pairs: keys.map((k) => [k, 1] as const) })),
      tie('value').map((v) => ({ pairs: [['constructor', { pairs: [['prototype', v]] }]] as const })),
    ),
  })).value;
  const limits = LimitsSchema.parse({});

  it('finds what the scan finds, whether or not the census lets it skip the scan', () => {
    let skipped = 0;
    fc.assert(
      fc.property(fc.oneof(clean, json), fc.integer(), fc.boolean(), fc.boolean(), (value, seed, compact, bom) => {
        // Compact (no whitespace, no escapes the writer chooses) or laid out at random (CRs among the gaps).
        const text = `${bom ? '\ufeff' : ''}${write(value, compact ? () => 0 : choices(seed))}`;
        const census: KeyCensus = { keys: 0, suspect: false };
        expect(checkStructure(JSON.parse(bom ? text.slice(1) : text), limits, 0, census)).toBeUndefined();
        const found = textDifferentials(text, census);
        if (found.length === 0 && findParserDifferentials(text).length === 0 && !census.suspect && !text.includes('\r') && !bom) skipped++;
        expect(found).toEqual(findParserDifferentials(text));
      }),
      { numRuns: 3000 },
    );
    expect(skipped).toBeGreaterThan(300);
  });

  it('finds keys that differ only in case in flat objects the census could wave through', () => {
    const object = fc.uniqueArray(fc.constantFrom('k', 'K', 'ab', 'aB', 'Ab', 'x', 'y', 'zz', 'Zz', 'id'), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(object, { minLength: 1, maxLength: 3 }), (objects) => {
        const text = JSON.stringify({ jsonrpc: '2.0', params: objects.map((keys) => Object.fromEntries(keys.map((k, i) => [k, i]))) });
        const census: KeyCensus = { keys: 0, suspect: false };
        checkStructure(JSON.parse(text), limits, 0, census);
        expect(textDifferentials(text, census)).toEqual(findParserDifferentials(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a repeated key the parse has dropped, whatever the spacing around its colon', () => {
    // The last two write a number shorter than its digits by as many characters as the repeated member
    // takes: as long as JSON.stringify writes their parse.
    for (const text of ['{"a":1,"a":2}', '{"a" :1, "a"\n:\t2}', '{"x":{"k":1},"y":{"k":2,"k":3}}', '{"a":"\\":","a":1}', '{"n":1e20,"a":"xxxxxxxxxx","a":2}', '{"n":1e14,"a":"xxxx","a":2}']) {
      const census: KeyCensus = { keys: 0, suspect: false };
      checkStructure(JSON.parse(text), limits, 0, census);
      expect(textDifferentials(text, census).map((d) => d.rule)).toEqual(['protocol/duplicate-key']);
    }
  });
});

describe('numberLeast', () => {
  it('is no longer than any JSON number text that reads as the number, and as long as its digits below 1000', () => {
    const spellings = (n: number): string[] => {
      const plain = JSON.stringify(n);
      const exponent = n.toExponential().replace('e+', 'e');
      const mantissa = exponent.slice(0, exponent.indexOf('e')).replace('.', '');
      const power = Number(exponent.slice(exponent.indexOf('e') + 1));
      // The significant digits as an integer mantissa (`12e3`), and plain spellings with a fraction.
      const sign = n < 0 ? 1 : 0;
      const digits = mantissa.length - sign;
      return [plain, exponent, `${mantissa}e${power - digits + 1}`, n.toFixed(1), String(n)].filter((t) => /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(t) && Number(t) === n);
    };
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer().map((n) => n * 1000), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(1e14, 1e15, 2 ** 53 + 2, 1e20, 1e21, -0)), (n) => {
        const least = numberLeast(n);
        for (const text of spellings(n)) expect(least).toBeLessThanOrEqual(text.length);
        if (Number.isInteger(n) && Math.abs(n) < 1000 && !Object.is(n, -0)) expect(least).toBe(String(n).length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('findObjectDifferentials', () => {
  // The walk keeps one entry per value and makes a path only for what it reports. This reference is the
  // plain walk: a path built for every value, every key folded into a set.
  function plainWalk(message: unknown): { rule: string; path: (string | number)[] }[] {
    const out: { rule: string; path: (string | number)[] }[] = [];
    const seen = new Set<string>();
    const stack: [unknown, (string | number)[], string | undefined][] = [[message, [], undefined]];
    while (stack.length && seen.size < 2) {
      const [value, at, parentKey] = stack.pop()!;
      if (at.length > 256) continue;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) stack.push([value[i], [...at, i], undefined]);
      } else if (typeof value === 'object' && value !== null) {
        const folded = new Set<string>();
        for (const key of Object.keys(value)) {
          const f = fold(key);
          if (folded.has(f) && !seen.has('case')) {
            seen.add('case');
            out.push({ rule: 'protocol/case-colliding-keys', path: [...at, key] });
          }
          folded.add(f);
          if ((key === '__proto__' || (key === 'prototype' && parentKey === 'constructor')) && !seen.has('proto')) {
            seen.add('proto');
            out.push({ rule: 'protocol/prototype-key', path: [...at, key] });
          }
          stack.push([(value as Record<string, unknown>)[key], [...at, key], key]);
        }
      }
    }
    return out;
  }

  it('is skipped only when the structure check found no key that may collide or is a prototype key', () => {
    const limits = LimitsSchema.parse({});
    fc.assert(
      fc.property(json, fc.integer(), (value, seed) => {
        const parsed = JSON.parse(write(value, choices(seed))) as unknown;
        const census: KeyCensus = { keys: 0, suspect: false };
        expect(checkStructure(parsed, limits, undefined, census)).toBeUndefined();
        expect(messageDifferentials(parsed, undefined, census)).toEqual(findObjectDifferentials(parsed));
      }),
      { numRuns: 2000 },
    );
  });

  it('reports what a plain walk reports, on the same paths', () => {
    fc.assert(
      fc.property(json, fc.integer(), (value, seed) => {
        const parsed = JSON.parse(write(value, choices(seed))) as unknown;
        expect(findObjectDifferentials(parsed).map((d) => ({ rule: d.rule, path: Array.from(d.path) }))).toEqual(plainWalk(parsed));
      }),
      { numRuns: 3000 },
    );
  });
});
