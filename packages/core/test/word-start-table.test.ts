import { describe, expect, it } from 'vitest';

import { bundledRules } from '../src/rules/bundled.js';
import { builtWordStarts } from '../src/rules/word-start-table.js';
import { wordStartLiterals } from '../src/text/word-start-literals.js';

const rules = bundledRules().filter((rule) => rule.patterns !== undefined && rule.prefilter !== undefined);
const groupsOf = (rule: (typeof rules)[number]): readonly (readonly string[])[] => [rule.prefilter!, ...(rule.near ?? [])];

describe('the word-start literals read at build time', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: are what the patterns give when read now, for every group', (_id, rule) => {
    for (const group of groupsOf(rule)) {
      const built = builtWordStarts(rule.id, rule.patterns!, group);
      expect(built).toBeDefined();
      expect(built).toEqual(wordStartLiterals(rule.patterns!, group));
    }
  });

  it('hold a word-start literal for some rules (the table is not empty)', () => {
    expect(rules.some((rule) => groupsOf(rule).some((group) => builtWordStarts(rule.id, rule.patterns!, group)!.length > 0))).toBe(true);
  });

  it('are not used for a rule whose patterns or group differ from the bundled one, nor for an unknown rule', () => {
    const rule = rules.find((each) => groupsOf(each).some((group) => wordStartLiterals(each.patterns!, group).length > 0))!;
    const group = rule.prefilter!;
    expect(builtWordStarts(rule.id, [...rule.patterns!.slice(0, -1), `${rule.patterns!.at(-1)!}x`], group)).toBeUndefined();
    expect(builtWordStarts(rule.id, [...rule.patterns!, 'ai'], group)).toBeUndefined();
    expect(builtWordStarts(rule.id, rule.patterns!, [...group, 'zz'])).toBeUndefined();
    expect(builtWordStarts(rule.id, rule.patterns!, group.slice(1))).toBeUndefined();
    expect(builtWordStarts('custom/not-bundled', rule.patterns!, group)).toBeUndefined();
    expect(builtWordStarts('constructor', rule.patterns!, group)).toBeUndefined();
  });
});
