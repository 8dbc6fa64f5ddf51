import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';

import { exactDfaOf, matchesRange } from '../src/rules/dfa-range.js';
import { type Dfa, type DfaState, tableOf } from '../src/rules/dfa-table.js';

/** re2js's DFA with the fields a test sets or wraps. */
type OpenDfa = Dfa & { stateBudget: number; memBudget: number; clearCache(): void };

/** A fresh DFA of `source` (its cache empty), its memory budget `budget` bytes when given, with re2js's steps and cache clears logged. */
function freshDfa(source: string, budget?: number): { dfa: OpenDfa; steps: string[]; clears: () => number } {
  const dfa = exactDfaOf(RE2JS.compile(source, RE2JS.DOTALL)) as OpenDfa;
  if (budget !== undefined) dfa.stateBudget = dfa.memBudget = budget;
  const steps: string[] = [];
  let clears = 0;
  const step = dfa.stepOrReset.bind(dfa);
  const clear = dfa.clearCache.bind(dfa);
  Object.assign(dfa, {
    stepOrReset: (state: DfaState, cls: number, rune: number, anchor: number, pos: number, search: { resetPos: number }) => {
      steps.push(`${pos}:${cls}`);
      return step(state, cls, rune, anchor, pos, search);
    },
    clearCache: () => {
      clears++;
      clear();
    },
  });
  return { dfa, steps, clears: () => clears };
}

/** re2js's own loop over `text[from, to)` through its states' `next` arrays (what dfa-range.ts ran before its flat table). */
function statesLoop(dfa: Dfa, text: string, from: number, to: number): boolean | undefined {
  const search = { resetPos: -1 };
  let state = dfa.start({ context: () => 1 | 4 }, 0);
  if (state === null) return undefined;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
    const paired = unit >= 0xd800 && unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
    const rune = paired ? (unit - 0xd800) * 1024 + (low - 0xdc00) + 0x10000 : unit;
    if (paired) i++;
    const cls = dfa.runeClass(rune);
    const next: DfaState | null = state.next?.[cls] ?? dfa.stepOrReset(state, cls, rune, 0, i, search);
    if (next === null) return undefined;
    state = next;
    if (state.isMatch) return true;
  }
  const last = dfa.stepOrReset(state, dfa.numClasses, -1, 0, to, search);
  return last === null ? undefined : last.isMatch;
}

/** Prose of `length` characters from `words`, the same each run. */
function prose(words: readonly string[], length: number): string {
  let text = '';
  for (let seed = 7; text.length < length; ) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    text += words[seed % words.length]! + (seed % 11 === 0 ? '.\n' : ' ');
  }
  return text;
}

const words = 'please send the weekly report to ops@example.org after review and upload notes to the team wiki page then stop'.split(' ');
const sendSource = String.raw`(?:send|post|upload)\s+(?:the\s+)?\w+\s+\w*\s*to\s+\S+@\S+\.(?:org|com)\b`;
/** Windows of `length` every `every` characters, as a long text's windows are tested. */
function windows(text: string, length: number, every: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (let from = 0; from + length <= text.length; from += every) ranges.push([from, from + length]);
  return ranges;
}

describe("window tests through a DFA's flat table", () => {
  it("answer as re2js's own states do, asking re2js the same steps, over an ASCII text and a two-byte one", () => {
    const ascii = prose(words, 40_000);
    const twoByte = prose([...words, 'caf\u00e9', '\u2192', 'r\u00e9sum\u00e9', '\u{1f600}'], 40_000);
    for (const text of [ascii, twoByte]) {
      const flat = freshDfa(sendSource);
      const states = freshDfa(sendSource);
      const ranges = windows(text, 700, 333);
      const answers = ranges.map(([from, to]) => matchesRange(flat.dfa, text, from, to));
      expect(answers).toEqual(ranges.map(([from, to]) => statesLoop(states.dfa, text, from, to)));
      expect(flat.steps).toEqual(states.steps);
      expect(answers).toContain(true);
      expect(answers).toContain(false);
      expect(answers).toEqual(ranges.map(([from, to]) => RE2JS.compile(sendSource, RE2JS.DOTALL).test(text.slice(from, to))));
    }
  });

  it('find a match that ends at the last byte of a range, and none that ends a byte past it', () => {
    const { dfa } = freshDfa(String.raw`token\s*=\s*\d{4}`);
    const text = `${'filler words here '.repeat(40)}token = 1234 and more words`;
    const end = text.indexOf('1234') + 4;
    expect(matchesRange(dfa, text, 0, end)).toBe(true);
    expect(matchesRange(dfa, text, 0, end - 1)).toBe(false);
    // Again from the filled table, and with the match a byte before the end.
    expect(matchesRange(dfa, text, 0, end)).toBe(true);
    expect(matchesRange(dfa, text, 0, end + 1)).toBe(true);
    expect(matchesRange(dfa, text, 0, end - 1)).toBe(false);
  });

  it('answer alike whatever byte of a four-byte word a range starts or ends at, or a step the table does not hold yet falls on', () => {
    // Ranges are read four bytes at a time from a word's start: each start and end offset within a word,
    // with a match ending (and a step first taken) at every byte of one, tested on a fresh DFA and again
    // on its filled table.
    const text = `${prose(words, 3_000)} send the weekly notes to ops@example.org ${prose(words, 1_000)}`;
    const at = text.indexOf('send the weekly notes');
    const ranges: [number, number][] = [];
    for (let from = at - 9; from < at - 1; from++) for (let to = at + 40; to < at + 50; to++) ranges.push([from, to]);
    for (let from = 0; from < 8; from++) for (let length = 60; length < 68; length++) ranges.push([from, from + length]);
    const flat = freshDfa(sendSource);
    const states = freshDfa(sendSource);
    for (let round = 0; round < 2; round++) {
      const answers = ranges.map(([from, to]) => matchesRange(flat.dfa, text, from, to));
      expect(answers).toEqual(ranges.map(([from, to]) => statesLoop(states.dfa, text, from, to)));
      expect(answers).toEqual(ranges.map(([from, to]) => RE2JS.compile(sendSource, RE2JS.DOTALL).test(text.slice(from, to))));
      expect(answers).toContain(true);
      expect(answers).toContain(false);
    }
    expect(flat.steps).toEqual(states.steps);
  });

  it('give the same answers, steps and give-ups when re2js clears its cache mid-text (a small memory budget), and keep no rows of the states it let go of', () => {
    const text = prose(words, 60_000);
    for (const budget of [48_000, 24_000]) {
      const flat = freshDfa(sendSource, budget);
      const states = freshDfa(sendSource, budget);
      const ranges = [...windows(text, 3_000, 1_400), [0, 60_000] as [number, number]];
      const answers = ranges.map(([from, to]) => matchesRange(flat.dfa, text, from, to));
      expect(answers).toEqual(ranges.map(([from, to]) => statesLoop(states.dfa, text, from, to)));
      expect(flat.steps).toEqual(states.steps);
      expect(flat.clears()).toBeGreaterThan(0);
      expect(flat.clears()).toBe(states.clears());
      // The larger budget keeps going after its clears; the smaller one gives up on some ranges (undefined: re2js tests them).
      if (budget === 48_000) expect(answers).not.toContain(undefined);
      else expect(answers).toContain(undefined);
      expect(answers).toContain(true);
      // The rows of the states re2js let go of are let go of too: the table holds one cache's states (~70
      // here), its room doubled as it grew (kept, they would take 2,048 and 4,096 rows).
      expect(tableOf(flat.dfa).table.length / flat.dfa.numClasses).toBeLessThanOrEqual(256);
    }
  });

  it('drop what they kept when re2js clears its cache between two tests', () => {
    const text = prose(words, 20_000);
    const flat = freshDfa(sendSource);
    const states = freshDfa(sendSource);
    const ranges = windows(text, 900, 450);
    const half = ranges.length >> 1;
    const answers = ranges.map(([from, to], i) => {
      if (i === half) flat.dfa.clearCache();
      return matchesRange(flat.dfa, text, from, to);
    });
    expect(answers).toEqual(
      ranges.map(([from, to], i) => {
        if (i === half) states.dfa.clearCache();
        return statesLoop(states.dfa, text, from, to);
      }),
    );
    expect(flat.steps).toEqual(states.steps);
  });

  it('step through a megabyte of adversarial text in linear time', () => {
    const { dfa } = freshDfa(sendSource);
    const text = 'send the x to a@b.'.repeat(60_000);
    const started = performance.now();
    expect(matchesRange(dfa, text, 0, text.length)).toBe(false);
    for (const [from, to] of windows(text, 60_000, 30_000)) matchesRange(dfa, text, from, to);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
