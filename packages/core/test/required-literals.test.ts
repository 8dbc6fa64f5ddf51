import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { bundledRules } from '../src/rules/bundled.js';
import { cueNames, cuePatterns, cuesOf } from '../src/semantic/cues.js';
import { requiredLiterals } from '../src/text/required-literals.js';

describe('requiredLiterals', () => {
  it('names the words of an alternation between word boundaries', () => {
    expect(requiredLiterals(String.raw`\b(?:must|always)\b`)).toEqual(['must', 'always']);
  });

  it('joins literals, small classes and optional parts into whole strings', () => {
    expect(requiredLiterals('x[ab]c')).toEqual(['xac', 'xbc']);
    expect(requiredLiterals('(?:the )?cat')).toEqual(['cat', 'the cat']);
    expect(requiredLiterals(String.raw`\d+px`)).toEqual(['px']);
  });

  it('keeps the more selective side of a gap', () => {
    expect(requiredLiterals(String.raw`\b(?:a|b)\b[^.]{0,40}?\binstructions\b`)).toEqual(['instructions']);
  });

  it('needs every branch of an alternation to name something', () => {
    expect(requiredLiterals(String.raw`must|\d+`)).toBeUndefined();
    expect(requiredLiterals('must|')).toBeUndefined();
    expect(requiredLiterals('(?:must)?')).toBeUndefined();
  });

  it('gives up on what it does not read rather than guess', () => {
    expect(requiredLiterals('(?i)abc')).toBeUndefined();
    expect(requiredLiterals(String.raw`(a)\1`)).toBeUndefined();
    expect(requiredLiterals('[]a]')).toBeUndefined();
    expect(requiredLiterals('[^x]+')).toBeUndefined();
    expect(requiredLiterals('(unbalanced')).toBeUndefined();
    expect(requiredLiterals(String.raw`\012x`)).toBeUndefined();
    expect(requiredLiterals(String.raw`\Qa.b\E`)).toBeUndefined();
  });

  it('reads escapes as the characters they stand for', () => {
    expect(requiredLiterals(String.raw`\x22\u0041\.\t`)).toEqual(['"A.\t']);
    expect(requiredLiterals(String.raw`[\x2f\x5c]etc`)).toEqual(['/etc', '\\etc']);
    expect(requiredLiterals(String.raw`\x{41}b`)).toEqual(['Ab']);
  });
});

// Clauses made of the words the patterns look for, so that many of them match (random text rarely would).
const required = cuePatterns.map((p) => requiredLiterals(p.source));
const vocabulary = [...new Set(required.flatMap((literals) => literals ?? []))];
const filler = ['the', 'a', 'tool', 'user', 'to', 'now', 'file', 'and', 'with', 'data', ':', ',', '.', '!', '"', "'", '\n', '(', ')', '_', 'send_email', 'https://x.example', 'é', '1'];
const clause = fc
  .array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...filler)), { minLength: 1, maxLength: 14 })
  .chain((words) => fc.array(fc.constantFrom(' ', '', '  ', '-'), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + gaps[i]).join('')));

describe('cue prefilter', () => {
  it('finds a required literal in every text a cue pattern matches', () => {
    fc.assert(
      fc.property(clause, (text) => {
        cuePatterns.forEach((pattern, i) => {
          if (!pattern.test(text)) return;
          const literals = required[i];
          expect(literals === undefined || literals.some((l) => text.includes(l)), `${cueNames[i]} on ${JSON.stringify(text)}`).toBe(true);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the cues every pattern gives', () => {
    fc.assert(
      fc.property(clause, (text) => {
        let all = 0;
        cuePatterns.forEach((pattern, i) => {
          if (pattern.test(text)) all |= 1 << i;
        });
        expect(cuesOf(text)).toBe(all);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for the rule packs\' own example texts', () => {
    for (const rule of bundledRules()) {
      for (const example of [...rule.examples.match, ...rule.examples.noMatch]) {
        const text = (typeof example === 'string' ? example : JSON.stringify(example)).toLowerCase();
        let all = 0;
        cuePatterns.forEach((pattern, i) => {
          if (pattern.test(text)) all |= 1 << i;
        });
        expect(cuesOf(text)).toBe(all);
      }
    }
  });
});
