import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { bundledRules } from '../src/rules/bundled.js';
import { toldOnlyWhatToDo, toldOnlyWithMore } from '../src/semantic/conceals.js';
import { cueNames, cuePatterns, cuesOf } from '../src/semantic/cues.js';
import { alternativesOf } from '../src/text/pattern-tree.js';
import { requiredLiteralGroups, requiredLiterals } from '../src/text/required-literals.js';

/**
 * The cues every pattern gives for `text`, with the two readings cuesOf makes after the pass: a secrecy that
 * only asks for more ("never tell the user … without explaining why") or only forbids advice ("do not tell the
 * user to reinstall") is none.
 */
function patternCues(text: string): number {
  let all = 0;
  cuePatterns.forEach((pattern, i) => {
    if (pattern.test(text)) all |= 1 << i;
  });
  return all & secrecyBit && (toldOnlyWithMore(text) || toldOnlyWhatToDo(text, secrecy)) ? all & ~secrecyBit : all;
}
const secrecyBit = 1 << cueNames.indexOf('secrecy');
const secrecy = cuePatterns[cueNames.indexOf('secrecy')]!;

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

describe('requiredLiteralGroups', () => {
  it('names a set for each part of a sequence that requires one, the best first', () => {
    expect(requiredLiteralGroups(String.raw`\b(?:tell|show)\b[^.]{0,30}?\b(?:the user|them)\b`)).toEqual([['tell', 'show'], ['the user', 'them']]);
    expect(requiredLiteralGroups(String.raw`\b(?:must|always)\b`)).toEqual([['must', 'always']]);
  });

  it('leaves out sets of short literals other than the best (most texts hold a letter)', () => {
    expect(requiredLiteralGroups(String.raw`www\.[a-z0-9-]+\.`)).toEqual([['www.']]);
    expect(requiredLiteralGroups(String.raw`[a-z_]\.[a-z_]+\(`, 1)).toContainEqual(['(']);
  });

  it('names none where requiredLiterals names none', () => {
    for (const source of ['must|\\d+', '(?:must)?', '(?i)abc', '[^x]+']) expect(requiredLiteralGroups(source)).toBeUndefined();
  });
});

describe('alternativesOf', () => {
  it('splits at the top level only, opening a group that is a whole alternative', () => {
    expect(alternativesOf('a|b(?:c|d)|(?:e|f)')).toEqual(['a', 'b(?:c|d)', 'e', 'f']);
    expect(alternativesOf(String.raw`a\|b|[|]c|(?:x|y)+`)).toEqual([String.raw`a\|b`, '[|]c', '(?:x|y)+']);
    expect(alternativesOf('(?:a|b)(?:c|d)')).toEqual(['(?:a|b)(?:c|d)']);
    expect(alternativesOf(String.raw`(?:a|[\])|]b)`)).toEqual(['a', String.raw`[\])|]b`]);
    expect(alternativesOf('plain')).toEqual(['plain']);
  });

  it('gives alternatives a text matches one of exactly when it matches the pattern', () => {
    const pieces = ['a', 'b', '|', '(?:', ')', '[|]', '[a)]', '\\|', '\\(', '+', '?', 'x'];
    const source = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join('')).filter((s) => {
      try {
        new RegExp(s, 'u');
        return true;
      } catch {
        return false;
      }
    });
    fc.assert(
      fc.property(source, fc.stringMatching(/^[abx|()]{0,8}$/), (pattern, text) => {
        const alternatives = alternativesOf(pattern).map((a) => new RegExp(a, 'u'));
        expect(alternatives.some((a) => a.test(text))).toBe(new RegExp(pattern, 'u').test(text));
      }),
      { numRuns: 3000 },
    );
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
        const all = patternCues(text);
        expect(cuesOf(text)).toBe(all);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds for the rule packs\' own example texts', () => {
    for (const rule of bundledRules()) {
      for (const example of [...rule.examples.match, ...rule.examples.noMatch]) {
        const text = (typeof example === 'string' ? example : JSON.stringify(example)).toLowerCase();
        const all = patternCues(text);
        expect(cuesOf(text)).toBe(all);
      }
    }
  });

  it('gives the cues every pattern gives when a clause holds literals of some of an alternative\'s sets and not others', () => {
    // Every literal of every set the reader requires, so that clauses hold one set of an alternative and miss another;
    // with other scripts, full-width and invisible characters next to them.
    const groups = cuePatterns.flatMap((p) => alternativesOf(p.source).flatMap((a) => requiredLiteralGroups(a) ?? []));
    const words = [...new Set(groups.flat())];
    const odd = ['ｔｈｅ ｕｓｅｒ', '\u200b', 'é', 'пользователь', '用户', '\u00a0', 'ʏou', '1', '_', '.', '\n', '(', ')', '=', '{'];
    const text = fc
      .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.constantFrom(...odd) }, { weight: 2, arbitrary: fc.constantFrom(...filler) }), { minLength: 1, maxLength: 12 })
      .chain((parts) => fc.array(fc.constantFrom(' ', '', '  ', '-', '\u200b'), { minLength: parts.length, maxLength: parts.length }).map((gaps) => parts.map((w, i) => w + gaps[i]).join('')));
    fc.assert(
      fc.property(text, (clause) => {
        const all = patternCues(clause);
        expect(cuesOf(clause), JSON.stringify(clause)).toBe(all);
      }),
      { numRuns: 6000 },
    );
  });
});
