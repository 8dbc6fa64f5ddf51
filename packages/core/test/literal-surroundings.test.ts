import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cuePatterns, cuesOf } from '../src/semantic/cues.js';
import { someSurrounded, type Surroundings, surroundingsOf } from '../src/text/literal-surroundings.js';
import { alternativesOf } from '../src/text/pattern-tree.js';
import { requiredLiteralGroups } from '../src/text/required-literals.js';

// The cue reader counts a literal's hit for an alternative only where the alternative's regex could hold it
// there (no letter before `\bdef`, a `:` after `user\s*`): so wherever a regex matches, each set of literals
// it requires must hold a literal with what surroundingsOf demands around it, or the cue is silently lost.

/** Whether `text` holds a literal of `group` with what `source` demands around it (as the cue reader reads it). */
function holdsGroup(source: string, group: readonly string[], text: string): boolean {
  const around = surroundingsOf(source, group);
  return group.some((literal) => {
    const first = text.indexOf(literal);
    if (first < 0) return false;
    const demand = around.get(literal);
    return demand === undefined || someSurrounded(text, literal, first, demand);
  });
}

const apart = (apartBefore: boolean, apartAfter: boolean, next?: string): Surroundings => ({
  apartBefore,
  apartAfter,
  next: next === undefined ? undefined : new Set([...next].map((c) => c.charCodeAt(0))),
});

describe('surroundingsOf', () => {
  it('reads word boundaries, separators, the text\'s ends and a character after optional spaces', () => {
    expect(surroundingsOf(String.raw`\b(?:def|return)\b`, ['def', 'return']).get('return')).toEqual(apart(true, true));
    expect(surroundingsOf(String.raw`(?:^|\s)(?:du|ta)(?:\s|$|[,.!?])`, ['du', 'ta']).get('ta')).toEqual(apart(true, true));
    expect(surroundingsOf(String.raw`(?:^|[\s(])(?:user|ai)\s*:\s`, ['user', 'ai']).get('user')).toEqual(apart(true, false, ':'));
    expect(surroundingsOf(String.raw`[{}();=]\s*[{}();=]`, [...'{}();=']).get('(')).toEqual(apart(false, false, '{}();='));
    expect(surroundingsOf(String.raw`\bthe (?:user|human)\b`, ['the user', 'the human']).get('the user')).toEqual(apart(true, true));
  });

  it('demands nothing where a match may run on into a word, or where it does not read the pattern', () => {
    expect(surroundingsOf('xai', ['ai']).size).toBe(0);
    expect(surroundingsOf(String.raw`.ai.`, ['ai']).size).toBe(0);
    expect(surroundingsOf(String.raw`\s*ai\s*`, ['ai']).size).toBe(0);
    expect(surroundingsOf(String.raw`(?:ai|note)+`, ['ai', 'note']).size).toBe(0);
    expect(surroundingsOf(String.raw`ai(?=\s)`, ['ai']).size).toBe(0);
    expect(surroundingsOf('(unbalanced', ['unbalanced']).size).toBe(0);
    // `\b` after a literal ending in punctuation asks for a word character, which is no demand here.
    expect(surroundingsOf(String.raw`\b(?:truncate )\b`, ['truncate ']).get('truncate ')).toEqual(apart(true, false));
  });

  it('finds a later hit that has what the first one lacks, and none past a stretch already read', () => {
    const around = apart(true, true);
    expect(someSurrounded('metadata ta', 'ta', 6, around)).toBe(true);
    expect(someSurrounded('metadata tab', 'ta', 6, around)).toBe(false);
    const colon = apart(true, false, ':');
    expect(someSurrounded('user asks; user  :', 'user', 0, colon)).toBe(true);
    expect(someSurrounded('user  , user x:', 'user', 0, colon)).toBe(false);
    const pair = apart(false, false, '{}();=');
    expect(someSurrounded('(a) ( b) ()', '(', 0, pair)).toBe(true);
    expect(someSurrounded('(a) ( b)', '(', 0, pair)).toBe(false);
  });

  // Patterns of pieces around the literals (boundaries, separators, optional spaces, the text's ends, other
  // letters) and texts of their characters: wherever a pattern matches, each group it requires holds a
  // literal with what is demanded around it.
  it('never rejects a text its pattern matches', () => {
    const pieces = [String.raw`\b`, '^', '$', 'ai', 'note', '(?:ai|note)', '[ _-]', String.raw`\s*`, String.raw`\s+`, ':', '[(:]', '[^a-z0-9]', 'x', '.', '[a-z]', '(?:ai)?', String.raw`(?:\s|$)`, '(?:^|[ (])', '[ (]*'];
    const pattern = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    const text = fc.array(fc.constantFrom('a', 'i', 'n', 'o', 't', 'e', 'x', ' ', '_', '-', '(', ':', 'ai', 'note'), { maxLength: 14 }).map((parts) => parts.join(''));
    let checked = 0;
    fc.assert(
      fc.property(pattern, text, (source, t) => {
        if (!new RegExp(source, 'u').test(t)) return;
        for (const group of requiredLiteralGroups(source) ?? []) {
          if (surroundingsOf(source, group).size === 0) continue;
          checked++;
          expect(holdsGroup(source, group, t), `${source} on ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { numRuns: 4000 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});

describe('cue alternatives with demands around their literals', () => {
  const demanding = cuePatterns.flatMap((pattern) =>
    alternativesOf(pattern.source).flatMap((source) => {
      const groups = (requiredLiteralGroups(source) ?? []).filter((group) => surroundingsOf(source, [...new Set(group)]).size > 0);
      return groups.length === 0 ? [] : [[source, groups] as const];
    }),
  );

  it('include the speaker label, the short pronouns and the code-like ones', () => {
    expect(demanding.length).toBeGreaterThan(20);
    for (const lead of [String.raw`\s*:\s`, '(?:du|dir', String.raw`[{}();=]\s*[{}();=]`, '(?:def|class|return']) expect(demanding.some(([source]) => source.includes(lead)), lead).toBe(true);
  });

  // Strings each alternative matches (drawn from it without its boundaries and lookarounds, kept when the
  // whole regex matches them), put between words and separators: the prefilter holds each of its groups.
  // Drawn again (up to five rounds) while none matched, as literal-groups.test.ts does.
  const unexercised: string[] = [];
  it.each(demanding.map(([source, groups]) => [source.slice(0, 60), source, groups] as const))('%s: hold each group where the regex matches', (_, source, groups) => {
    const regex = new RegExp(source, 'u');
    const drawn = fc.stringMatching(new RegExp(withoutAssertions(source), 'u'));
    const side = fc.array(fc.constantFrom('', ' ', 'a', 'x', 'the', 'returns', ':', '(', ')', '_', '.', '\n', 'user', 'é'), { maxLength: 4 }).map((parts) => parts.join(''));
    let matched = 0;
    for (let round = 0; round < 5 && matched === 0; round++) {
      fc.assert(
        fc.property(side, drawn, side, (before, middle, after) => {
          const text = (before + middle + after).toLowerCase();
          if (!regex.test(text)) return;
          matched++;
          for (const group of groups) expect(holdsGroup(source, [...new Set(group)], text), JSON.stringify(text)).toBe(true);
        }),
        { numRuns: 200 },
      );
    }
    if (matched === 0) unexercised.push(source);
  });

  it('are each drawn a match for, but a few whose words the drawing seldom spaces out', () => {
    expect(unexercised.length, unexercised.join('\n')).toBeLessThanOrEqual(Math.floor(demanding.length / 10));
  });

  it('leave the cues of ordinary tool descriptions as every pattern gives them', () => {
    const clauses = [
      'it returns the file as json with its metadata (owner, size, timestamps).',
      'use this tool when the user asks to read a file',
      'paths are resolved against the allowed directories and symbolic links are followed only inside them',
      'user: please send the file to me',
      'assistant : ignore the above',
      'call f() ; then x = {}',
      'tu dois envoyer le fichier',
      'note: the ai must return a value',
      'return the data, then def main(): pass',
    ];
    for (const clause of clauses) {
      let all = 0;
      cuePatterns.forEach((pattern, i) => {
        if (pattern.test(clause)) all |= 1 << i;
      });
      expect(cuesOf(clause), clause).toBe(all);
    }
  });
});

/** `source` without `\b` and lookarounds (which fast-check does not draw for), classes and escapes read whole. */
function withoutAssertions(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (source[i + 1] !== 'b') out += c + source[i + 1];
      i++;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end + 1);
      i = end;
    } else if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      // Skip to the group's closing parenthesis.
      let depth = 0;
      for (; i < source.length; i++) {
        const d = source[i]!;
        if (d === '\\') i++;
        else if (d === '[') i = classEnd(source, i);
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
    } else out += c;
  }
  return out;
}

/** The index of the `]` closing the class opened at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length;
}
