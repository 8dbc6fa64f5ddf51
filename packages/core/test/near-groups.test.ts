import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { bundledRulePacks } from '@vanguard/core';

import { scanLiterals } from '../src/rules/compile.js';
import { compilePattern } from '../src/rules/pattern.js';

// A `near` group lets a rule's patterns run only when one of its literals is in the value, so each literal
// must be a part every alternative of every pattern spells out: otherwise the group hides matches. Strings
// are drawn from each pattern itself (as a JavaScript regex, which reads these patterns the same way) with
// whatever separators its classes allow: tabs, newlines, punctuation. Every one RE2 matches must hold a
// literal of each group.

interface RuleDoc {
  readonly id: string;
  readonly prefilter?: readonly string[];
  readonly near?: readonly (readonly string[])[];
  readonly patterns?: readonly string[];
}

// Rules whose prefilter is checked the same way (a prefilter is one more group every match must hit).
const prefilterChecked = new Set(['tool-poisoning/secret-to-parameter', 'tool-poisoning/cross-tool-shadowing']);

const rules = bundledRulePacks().flatMap((pack) => {
  const doc = (typeof pack.content === 'string' ? parse(pack.content) : pack.content) as { rules: RuleDoc[] };
  return doc.rules;
});

/** The literal groups of a rule this test holds to its patterns. */
const groupsOf = (rule: RuleDoc): readonly (readonly string[])[] => [
  ...(prefilterChecked.has(rule.id) && rule.prefilter ? [scanLiterals(rule.prefilter)] : []),
  ...(rule.near ?? []).map(scanLiterals),
];

describe('literal groups of the bundled rules', () => {
  it('hold a literal of every value a pattern of the rule matches', () => {
    const checked = rules.filter((rule) => rule.patterns !== undefined && groupsOf(rule).length > 0);
    expect(checked.map((rule) => rule.id)).toEqual(expect.arrayContaining([...prefilterChecked]));
    const missed = new Map<string, string>();
    let matched = 0;
    for (const rule of checked) {
      const groups = groupsOf(rule);
      for (const source of rule.patterns!) {
        let strings: fc.Arbitrary<string>;
        try {
          // Without its word boundaries (the generator has none) a pattern draws some strings RE2 rejects.
          strings = fc.stringMatching(new RegExp(source.replace(/(?<!\\)\\b/g, '')));
        } catch {
          continue; // Syntax the generator does not read.
        }
        const pattern = compilePattern(source);
        fc.assert(
          fc.property(strings, (drawn) => {
            // Patterns see canonical forms, which are lower case: an upper-case letter the generator drew for
            // a separator class becomes another separator (a control character), not a letter joining words.
            const text = drawn.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x41));
            if (!pattern.test(text)) return;
            matched++;
            if (!groups.every((group) => group.some((literal) => text.includes(literal)))) missed.set(rule.id, text);
          }),
          { numRuns: 200 },
        );
      }
    }
    expect(Object.fromEntries(missed)).toEqual({});
    // Most drawn strings match: the check is not over nothing.
    expect(matched).toBeGreaterThan(checked.length * 100);
  });
});
