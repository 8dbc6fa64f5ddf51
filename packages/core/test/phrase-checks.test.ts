import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { bundledRulePacks } from '@vanguard/core';

import { RulePlan } from '../src/layers/rule-layer.js';
import { compileRulePacks, scanLiterals } from '../src/rules/compile.js';
import { compilePattern } from '../src/rules/pattern.js';
import { phraseAt, phraseCheck, wordAfterSeparators } from '../src/rules/phrases.js';

import { sampleRule } from './sample-rule.js';

// In a rule with `phrases`, a word of a phrase literal counts in a value matched whole only where the rest
// of the phrase stands next to it (phraseCheck); without, any hit of the word counts. Strings are drawn
// from the patterns of each bundled rule with `phrases` (as JavaScript regexes, which read these patterns
// the same way) with whatever separators their classes allow: wherever the patterns match and the words
// alone would let the rule run, the phrases must too, or the checks would hide a match.

const packs = bundledRulePacks();
const patterns = new Map(
  packs.flatMap((pack) => ((typeof pack.content === 'string' ? parse(pack.content) : pack.content) as { rules: { id: string; patterns?: string[] }[] }).rules.map((rule) => [rule.id, rule.patterns ?? []] as const)),
);
const rules = compileRulePacks(packs, { lazy: true }).filter((rule) => rule.phrases && patterns.get(rule.id)!.length > 0);

/** The gate as it was: a literal, or the word a phrase is looked for by, anywhere in the text. */
const wordsGate = (groups: readonly (readonly string[])[], text: string): boolean =>
  groups.every((group) => group.some((literal) => text.includes(literal)) || scanLiterals(group).some((word) => text.includes(word)));

describe('phrase checks of the bundled rules', () => {
  it('let a rule run on every value its patterns match that its words alone let it run on', () => {
    expect(rules.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['injection/conceal-from-user', 'injection/task-redirect', 'injection/task-abandon', 'injection/persona-override', 'camouflage/authority-claim', 'injection/ignore-instructions-multilingual', 'injection/addressed-to-model', 'injection/chat-template']),
    );
    const missed = new Map<string, string>();
    let compared = 0;
    for (const rule of rules) {
      const plan = new RulePlan([rule]);
      const groups = [rule.prefilter!, ...(rule.near ?? [])];
      for (const source of patterns.get(rule.id)!) {
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
            // Patterns see lower-case canonical forms: an upper-case letter drawn for a separator class becomes a control character.
            const text = drawn.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x41));
            if (text.length > 8192 || !pattern.test(text) || !wordsGate(groups, text)) return;
            compared++;
            const hits = plan.hitsIn(text);
            if (!(hits instanceof Map ? hits.has(0) : (hits as readonly number[]).includes(0))) missed.set(rule.id, text);
          }),
          { numRuns: 300 },
        );
      }
    }
    expect(Object.fromEntries(missed)).toEqual({});
    expect(compared).toBeGreaterThan(rules.length * 50);
  }, 120_000); // 300 draws per pattern of every phrase-gated rule: ~30 s on a loaded 2-core machine
});

describe('phraseCheck', () => {
  const at = (literal: string, longest: string, text: string): boolean => {
    const check = phraseCheck(literal, longest)!;
    for (let i = text.indexOf(longest); i >= 0; i = text.indexOf(longest, i + 1)) if (check(text, i)) return true;
    return false;
  };

  it('finds a phrase whose words are joined by any run of separators, or none', () => {
    expect(at('ask the user', 'user', 'please ask the user first')).toBe(true);
    expect(at('ask the user', 'user', 'ask\tthe--user')).toBe(true);
    expect(at('ask the user', 'user', 'ask_the_user')).toBe(true);
    expect(at("n't follow", 'follow', 'dont follow them')).toBe(true);
    expect(at('you read this', 'read', 'when you read this file')).toBe(true);
  });

  it('does not count the word where the other words are not next to it', () => {
    expect(at('ask the user', 'user', 'when the user asks')).toBe(false);
    expect(at('you read this', 'read', 'reads a file; use this tool')).toBe(false);
    expect(at('you read this', 'read', 'you may read this')).toBe(false);
  });

  it('reads a phrase around each hit of its word as phraseAt reads it loosely, in any script and case', () => {
    const literals: [string, string][] = [['we are', 'are'], ['are not', 'are'], ['ask the user', 'user'], ['user s task', 'user'], ['not now or not', 'not'], ['lo que', 'que'], ['не говори', 'говори'], ['𝐬𝐞𝐧𝐝 it', 'it']];
    const piece = fc.constantFrom('we', 'WE', 'are', 'ARE', 'not', 'NOT', 'now', 'Now', 'THE', 'Task', 'or', 'ask', 'the', 'user', 's', 'task', 'lo', 'que', 'не', 'говори', '𝐬𝐞𝐧𝐝', 'it', ' ', '  ', '_', '-', "'", '\t', 'é', '7', '');
    fc.assert(
      fc.property(fc.constantFrom(...literals), fc.array(piece, { maxLength: 12 }), ([literal, longest], pieces) => {
        const text = pieces.join('');
        const check = phraseCheck(literal, longest)!;
        const words = literal.toLowerCase().match(/[\p{L}\p{N}]+/gu)!;
        const phrase = words.join(' ');
        const offsets = words.flatMap((w, k) => (w === longest ? [words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0)] : []));
        for (let i = text.indexOf(longest); i >= 0; i = text.indexOf(longest, i + 1)) {
          expect(check(text, i)).toBe(offsets.some((o) => phraseAt(text, i, phrase, o, longest.length, true) >= 0));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('needs no check for a single word', () => {
    expect(phraseCheck('old ', 'old')).toBeUndefined();
  });

  it('finds the punctuation of a single word among the characters next to it on its side, whatever the blanks', () => {
    expect(at('root :', 'root', 'root:')).toBe(true);
    expect(at('root :', 'root', 'root \t :')).toBe(true);
    expect(at('root :', 'root', 'relative to the workspace root (revision 3)')).toBe(false);
    expect(at('root :', 'root', 'root is: here')).toBe(false);
    expect(at('# system', 'system', '#  system')).toBe(true);
    expect(at('# system', 'system', 'the operating system')).toBe(false);
  });
});

describe('a short word written after a separator, in a rule with phrases', () => {
  const planOf = (phrases: boolean): RulePlan =>
    new RulePlan(compileRulePacks([{ name: 'test', content: { pack: 'acme', description: 'A rule about a short word.', layer: 'rules', rules: [sampleRule({ id: 'acme/ai', kinds: ['text'], prefilter: [' ai', 'ai,'], phrases, patterns: ['\\bai\\b'], examples: { match: ['note: ai'], 'no-match': ['email'] } })] } }]));
  const runs = (plan: RulePlan, text: string): boolean => (plan.hitsIn(text) as readonly number[]).includes(0);

  it('is read from separators and one word of one or two characters only', () => {
    expect(wordAfterSeparators(' ai')).toBe('ai');
    expect(wordAfterSeparators('$ai')).toBe('ai');
    expect(wordAfterSeparators('ai,')).toBeUndefined();
    expect(wordAfterSeparators(' api')).toBeUndefined();
    expect(wordAfterSeparators(' a.i')).toBeUndefined();
  });

  it('counts the word where a word starts after any separator, not inside a word', () => {
    const plan = planOf(true);
    expect(runs(plan, 'note\u0001ai: go')).toBe(true);
    expect(runs(plan, 'note%ai: go')).toBe(true);
    expect(runs(plan, 'ai')).toBe(true);
    expect(runs(plan, 'paginated results')).toBe(false);
    // Without phrases the literals count only as written.
    expect(runs(planOf(false), 'note\u0001ai: go')).toBe(false);
    expect(runs(planOf(false), 'note ai: go')).toBe(true);
  });
});

describe('a phrase word in a value matched whole, read by the characters beside it first', () => {
  const plan = new RulePlan(
    compileRulePacks([
      {
        name: 'test',
        content: {
          pack: 'acme',
          description: 'A rule about a phrase.',
          layer: 'rules',
          rules: [sampleRule({ id: 'acme/now', kinds: ['text'], prefilter: ['we are now'], phrases: true, patterns: ['we\\W*are\\W*now'], examples: { match: ['we are now'], 'no-match': ['we are'] } })],
        },
      },
    ]),
  );
  const runs = (text: string): boolean => (plan.hitsIn(text) as readonly number[]).includes(0);

  it('counts the word where its neighbours stand past any gap, in capitals, or past characters outside ASCII', () => {
    expect(runs('so we are now here')).toBe(true);
    expect(runs('WE--are  NOW')).toBe(true);
    expect(runs('weare\u00a0now')).toBe(true);
    expect(runs('we are\u2014now')).toBe(true);
  });

  it('does not count the word where a neighbour is another letter or the text ends', () => {
    expect(runs('they are not here')).toBe(false);
    expect(runs('the files are')).toBe(false);
    expect(runs('are now')).toBe(false);
  });
});
