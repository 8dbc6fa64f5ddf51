import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { descriptionMayNameOther, leetSpellsNoneOf, ListedNames } from '../src/semantic/cross-tool.js';
import { readText } from '../src/semantic/reading.js';
import { rot13 } from './redteam-kit/encoders.js';

/** The reference: the whole reading of the description searched for every listed name but the tool's own. */
function reference(description: string, own: string, names: ReadonlyMap<string, string>): boolean {
  if (names.size > 64) return true;
  const text = readText(description, 16 * 1024).text;
  for (const name of names.keys()) if (name !== own && text.includes(name)) return true;
  return false;
}

const leet = (word: string): string => word.replace(/e/g, '3').replace(/a/g, '4').replace(/o/g, '0').replace(/s/g, '5');

describe('what a cross-tool check reads of a description', () => {
  // Names made of what leetspeak spells (sendemail, "send email"), of what it never spells (send_email,
  // fetch.url) and one holding a line break.
  const name = fc.constantFrom('send_email', 'fetch.url', 'read-file', 'sendemail', 'send email', 'deletealldata', 'a_b\nc', 'uploadrecords');
  const word = fc.constantFrom('use', 'the', 'tool', 'then', 'you', 'must', 'always', 'call', 'before', 'this', 'and', 'secret', 'users');
  const fragment = fc.oneof(
    word,
    name,
    name.map((n) => n.toUpperCase()),
    fc.array(fc.oneof(word, name), { minLength: 4, maxLength: 8 }).map((ws) => ws.map(leet).join(' ')),
    fc.array(fc.oneof(word, name), { minLength: 4, maxLength: 10 }).map((ws) => rot13(ws.join(' '))),
    fc.array(fc.oneof(word, name), { minLength: 3, maxLength: 8 }).map((ws) => Buffer.from(ws.join(' ')).toString('base64')),
    fc.constantFrom('decode this:', 'base64', 'read it backwards', '\u001b[1m', 'é', 'ｓｅｎｄ＿ｅｍａｉｌ', '\u200b', 'c', '\n', '.', '_'),
  );
  const description = fc.array(fragment, { maxLength: 14 }).map((parts) => parts.join(' '));
  const listed = fc.uniqueArray(name, { maxLength: 5 }).map((ns) => new Map(ns.map((n) => [n, n])));

  it('tells whether it may name another listed tool as reading it whole does', () => {
    fc.assert(
      fc.property(description, listed, name, (text, names, own) => {
        expect(descriptionMayNameOther(text, own, names, leetSpellsNoneOf(names))).toBe(reference(text, own, names));
      }),
      { numRuns: 4000 },
    );
  });

  it('finds a snake_case name spelled in leetspeak only when leetspeak could spell it', () => {
    const names = new Map([['send_email', 'send_email'], ['sendemail', 'sendemail']]);
    const text = `${leet('please always use sendemail with the tool then')} now`;
    expect(leetSpellsNoneOf(names)).toBe(false);
    expect(descriptionMayNameOther(text, 'other', names, false)).toBe(reference(text, 'other', names));
    expect(reference(text, 'other', names)).toBe(true);
  });

  it('finds a name holding a line break across the end of the text and the leetspeak spelled after it', () => {
    const names = new Map([['a_b\nc', 'a_b\nc'], ['fetch.url', 'fetch.url']]);
    const text = `c ${leet('then you must always use the tool')} a_b`;
    expect(reference(text, 'other', names)).toBe(true);
    expect(descriptionMayNameOther(text, 'other', names, leetSpellsNoneOf(names))).toBe(true);
  });
});

/** How each description was searched before the names were sorted once per list: name by name. */
function referenceMayName(text: string, own: string, names: ReadonlyMap<string, string>): boolean {
  if (names.size > 64) return true;
  const underscore = text.includes('_');
  for (const name of names.keys()) {
    if (name === own || (!underscore && name.includes('_'))) continue;
    if (text.includes(name)) return true;
  }
  return false;
}

describe('the names a list is searched for', () => {
  const letter = fc.constantFrom('a', 'b', '_', '.', '-', 'x');
  const name = fc.string({ unit: letter, minLength: 1, maxLength: 5 });
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '_', '.', ' ', 'x', '-'), maxLength: 40 });

  it('tell whether a text may name another listed tool as searching it name by name did', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 70 }), text, fc.option(name, { nil: undefined }), fc.nat(), (list, t, other, pick) => {
        const names = new Map(list.map((n) => [n, n]));
        const own = other ?? list[pick % Math.max(1, list.length)] ?? 'none';
        const listed = new ListedNames(names);
        expect(listed.mayName(t, own)).toBe(referenceMayName(t, own, names));
        expect(listed.leetSpellsNone).toBe(leetSpellsNoneOf(names));
      }),
      { numRuns: 4000 },
    );
  });
});
