import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';

import { bundledRules } from '../src/rules/bundled.js';
import { execRule } from '../src/rules/match.js';
import { anchoredAtStart, compilePattern } from '../src/rules/pattern.js';

describe('anchoredAtStart', () => {
  it('says a pattern is anchored when every top-level alternative starts with ^', () => {
    expect(anchoredAtStart('^a')).toBe(true);
    expect(anchoredAtStart('(?:^a)|(?:^b|^c)d')).toBe(true);
    expect(anchoredAtStart('^(?:x|y)|^[|(]z')).toBe(true);
  });

  it('says it is not when one alternative can start elsewhere', () => {
    for (const source of ['a^', '^a|b', '(?:^a|b)', '(?:^a)?b', '(?:^a)*', '(?:^a){0,1}', '(?m)^a', '(^a)', '[^a]', '\\^a', '^a|', '']) {
      expect(anchoredAtStart(source), source).toBe(false);
    }
  });
});

describe('evidence of an anchored rule', () => {
  const rule = bundledRules().find((r) => r.id === 'url/private-network')!;

  it('is the start of a match too long to keep whole, found without extracting the match', () => {
    const long = `host://${'a.'.repeat(2000)}internal/x`;
    expect(rule.regex!.anchored).toBe(true);
    expect(execRule(rule, long, [long.length - 10], undefined)).toBe(`${long.slice(0, 120)}…`);
  });

  it('is the match itself when it is short', () => {
    const url = `http://db.internal/${'x'.repeat(300)}`;
    expect(execRule(rule, url, [10], undefined)).toBe('http://db.internal/');
    expect(compilePattern(rule.regex!.source).firstMatch(url)).toBe('http://db.internal/');
  });
});

describe('a compiled rule pattern', () => {
  // compilePattern drops re2js's own search for a set of literals before its automaton runs (a necessary
  // condition only), and tests an anchored pattern as its twin with .* appended matching all of it: every
  // bundled pattern must test a text as plain re2js does. Texts are made of the rules' own literals and
  // the words, schemes and separators around them, so checks pass and fail.
  const rules = bundledRules().filter((r) => r.regex !== undefined);
  const words = [...new Set(rules.flatMap((r) => [...(r.prefilter ?? []), ...(r.near ?? []).flat()]))];
  const glue = [' ', ': ', '\n', '. ', '/', '-', '_', '://', '@', '(', ')', 'the ', 'you ', 'all ', 'x', 'http://', 'https://', 'file:///', '10.0.0.1', '127.0.0.1', 'a.b', ':8080', '..', '~'];
  const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 24 }).map((parts) => parts.join(''));
  // A rule with a text: its own examples (lower case, as rules read them), alone or with words around.
  const examplesOf = (rule: (typeof rules)[number]): string[] =>
    [...rule.examples.match, ...rule.examples.noMatch].map((e) => (typeof e === 'string' ? e : e.value).toLowerCase());
  const ruleAndText = (among: typeof rules) =>
    fc.constantFrom(...among).chain((rule) => {
      const examples = examplesOf(rule);
      const samples = examples.length ? [fc.constantFrom(...examples), fc.tuple(fc.constantFrom(...examples), text).map(([a, b]) => `${a}${b}`), fc.tuple(text, fc.constantFrom(...examples)).map(([a, b]) => `${a} ${b}`)] : [];
      return fc.tuple(fc.constant(rule), fc.oneof(text, ...samples));
    });

  it('tests every text as re2js does with its literal search', () => {
    const reference = new Map(rules.map((r) => [r.id, RE2JS.compile(r.regex!.source, RE2JS.DOTALL)]));
    let matched = 0;
    fc.assert(
      fc.property(ruleAndText(rules), ([rule, sample]) => {
        const expected = reference.get(rule.id)!.test(sample);
        expect(rule.regex!.test(sample)).toBe(expected);
        if (expected) matched++;
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(400);
  });

  it('tests a range of a text as it tests the range sliced out', () => {
    // Windows of long values are tested in place (re2js's automaton run over the range) or as UTF-8 bytes;
    // letters outside ASCII, lookalikes, astral characters and lone surrogates around the words, and ranges
    // that cut the text anywhere (inside a surrogate pair too), padded to both sizes of slice.
    const wide = fc.array(fc.constantFrom('é', 'ß', 'а', 'İ', '中', '—', '\u200b', '😀', '\u{10400}', '\ufffd', '\ud800', '\udc00'), { maxLength: 3 }).map((w) => w.join(''));
    const pad = fc.constantFrom('', ' ', 'x'.repeat(300), `${'word, '.repeat(60)}\n`);
    // The reference is plain re2js on the slice: an anchored pattern's twin with .* appended matching all
    // of it (its DFA is run over the range in place too), any other pattern searched for in it.
    const reference = new Map(rules.map((r) => [r.id, r.regex!.anchored ? RE2JS.compile(`(?:${r.regex!.source}).*`, RE2JS.DOTALL) : RE2JS.compile(r.regex!.source, RE2JS.DOTALL)]));
    let matched = 0;
    fc.assert(
      fc.property(ruleAndText(rules), wide, fc.nat(), pad, pad, fc.nat(), fc.nat(), ([rule, text], insert, at, before, after, a, b) => {
        const cut = at % (text.length + 1);
        const sample = `${before}${text.slice(0, cut)}${insert}${text.slice(cut)}${after}`;
        const from = Math.min(a % (before.length + 2), sample.length);
        const to = Math.max(from, sample.length - (b % (after.length + 2)));
        const regex = reference.get(rule.id)!;
        const slice = sample.slice(from, to);
        const expected = rule.regex!.anchored ? regex.testExact(slice) : regex.test(slice);
        expect(rule.regex!.test(slice)).toBe(expected);
        expect(rule.regex!.testRange(sample, from, to)).toBe(expected);
        if (expected) matched++;
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(200);
  });

  it('reads an ASCII range as its bytes, with the range\'s ends as the ends of the text', () => {
    // A range of ASCII long enough to be read in place is copied as bytes: the words around it are not read,
    // and an assertion at its end sees the end of the text.
    const pattern = compilePattern(String.raw`\bfoo\b|^start|end$`, { literalsFound: true });
    const pad = ' '.repeat(300);
    const text = `xfoo${pad}foobar start${pad}end!`;
    const cases: [number, number][] = [
      [0, text.length],
      [1, text.length],
      [4, 4 + pad.length + 3],
      [4 + pad.length + 7, text.length - 1],
      [4, text.length - 1],
      [text.indexOf('start'), text.length],
    ];
    for (const [from, to] of cases) expect(pattern.testRange(text, from, to)).toBe(pattern.test(text.slice(from, to)));
    expect(pattern.testRange(text, 4, 4 + pad.length + 3)).toBe(true);
    expect(pattern.testRange(text, 5, 4 + pad.length + 6)).toBe(false);
  });

  it('reads astral characters and lone surrogates of a range as re2js reads them', () => {
    // No literal a match needs: re2js keeps no check of its own, and the range is read by its automaton in place.
    const pattern = compilePattern(String.raw`[\x{1F600}-\x{1F64F}]x|[^\x00-\x{FFFF}]a|[\x{D800}-\x{DFFF}]\b`, { literalsFound: true });
    const unit = fc.constantFrom('a', 'x', ' ', '😀', '\u{1F650}', '\ud83d', '\ude00', '\ud800', 'é');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), fc.array(unit, { maxLength: 8 }), fc.nat(), fc.nat(), (head, tail, a, b) => {
        // Long enough to be read in place; cut anywhere in the characters at either end.
        const text = `${head.join('')}${' '.repeat(300)}${tail.join('')}`;
        const from = a % (head.join('').length + 1);
        const to = text.length - (b % (tail.join('').length + 1));
        expect(pattern.testRange(text, from, to)).toBe(pattern.test(text.slice(from, to)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads astral characters and lone surrogates of an anchored pattern\'s range as re2js reads them', () => {
    // Anchored: its twin's automaton runs over the range in place, whatever its length.
    const source = String.raw`^(?:[\x{1F600}-\x{1F64F}]x|[^\x00-\x{FFFF}]a|[\x{D800}-\x{DFFF}]\b|a[\x{D800}-\x{DBFF}][\x{DC00}-\x{DFFF}])`;
    const pattern = compilePattern(source);
    const twin = RE2JS.compile(`(?:${source}).*`, RE2JS.DOTALL);
    expect(pattern.anchored).toBe(true);
    const unit = fc.constantFrom('a', 'x', ' ', '😀', '\u{1F650}', '\ud83d', '\ude00', '\ud800', 'é');
    let matched = 0;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), fc.nat(), fc.nat(), (units, a, b) => {
        const text = units.join('');
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const expected = twin.testExact(text.slice(from, to));
        expect(pattern.testRange(text, from, to)).toBe(expected);
        if (expected) matched++;
      }),
      { numRuns: 3000 },
    );
    // About 120 of 3000 draws match (99 to 143 over 20 seeds): enough that both answers are tested.
    expect(matched).toBeGreaterThan(60);
  });

  it('tests an anchored pattern from the start, as its twin with .* appended matching the whole text', () => {
    const anchored = rules.filter((r) => r.regex!.anchored);
    expect(anchored.length).toBeGreaterThan(0);
    const twins = new Map(anchored.map((r) => [r.id, RE2JS.compile(`(?:${r.regex!.source}).*`, RE2JS.DOTALL)]));
    let matched = 0;
    fc.assert(
      fc.property(ruleAndText(anchored), ([rule, sample]) => {
        const expected = twins.get(rule.id)!.testExact(sample);
        expect(rule.regex!.test(sample)).toBe(expected);
        if (expected) matched++;
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(400);
  });

  it('stops an anchored pattern at its first match only where what follows cannot undo it (end and word-boundary assertions)', () => {
    // The twin matches once a prefix matches; a `$` or `\b` right after the prefix depends on what comes next.
    const sources = [String.raw`^ab\b`, String.raw`^ab$`, String.raw`^a(?:b|$)`, String.raw`^a\B`, String.raw`^(?:a|ab)(?:\b|c)`, String.raw`^b*`];
    const unit = fc.constantFrom('a', 'b', 'c', ' ', '\n', 'é');
    let matched = 0;
    for (const source of sources) {
      const pattern = compilePattern(source);
      const twin = RE2JS.compile(`(?:${source}).*`, RE2JS.DOTALL);
      fc.assert(
        fc.property(fc.array(unit, { maxLength: 8 }), fc.nat(), (units, a) => {
          const text = units.join('');
          const expected = twin.testExact(text);
          expect(pattern.test(text)).toBe(expected);
          const from = a % (text.length + 1);
          expect(pattern.testRange(text, from, text.length)).toBe(twin.testExact(text.slice(from)));
          if (expected) matched++;
        }),
        { numRuns: 500 },
      );
    }
    expect(matched).toBeGreaterThan(500);
  });
});
