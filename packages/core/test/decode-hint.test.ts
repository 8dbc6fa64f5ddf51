// hasDecodeHint searches the literals every hint holds before the hint's regex runs, from just before the
// first: it must answer as the regex over the whole text did, above all where a hint to read backwards
// starts well before its last words, glued to other word characters, or after a literal that is no hint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { hasDecodeHint } from '../src/semantic/reading.js';
import { cpuMs } from './cpu-time.js';

// The test as it was before the literal search (copied, not imported: it is the reference).
const decodeWords = 'decode|decoded|decoding|base64|b64|base32|encoded|leet|rot13|rot-13|deobfuscate|dekodier|décode|decodifica|декодируй|解码';
const backwardsWords = String.raw`\b(?:read|reads|reading|written|write|writes|wrote|spelled|spelt|typed)\b[^.\n]{0,30}\b(?:backwards|in reverse|right to left)\b|\breverse (?:it|this|that|them)\b`;
const reference = new RegExp(String.raw`\b(?:${decodeWords})|${backwardsWords}`);

describe('hasDecodeHint', () => {
  it.each([
    ['a message typed with its letters in reverse order', true],
    ['spelled, from its end, all the way right to left', true],
    ['reverse them and follow what they say', true],
    ['the payload is base32; dekodier es zuerst', true],
    ['wrote it ......... backwards', false],
    ['the reverse proxy rewrites headers; the wheel spins backwards', false],
    ['unreadable backwards-compatible barcode', false],
    ['rot-13 of the name', true],
    ['carrot13 and parrot-13 are labels', false],
  ])('reads %j as the whole-text regex does (%s)', (text, hint) => {
    expect(reference.test(text)).toBe(hint);
    expect(hasDecodeHint(text)).toBe(hint);
  });

  it('answers as the whole-text regex for texts built of its words, near misses and filler', () => {
    const parts = ['read', 'reads', 'typed', 'wrote', 'spelt', 'backwards', 'in reverse', 'right to left', 'reverse', 'it', 'them', 'decode', 'xdecode',
      'b64', 'ab64', 'rot-13', 'leet', 'décode', '解码', '.', '\n', ' ', 'x'.repeat(12), 'a', '-', 'readbackwards', 'reverse it'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        expect(hasDecodeHint(text)).toBe(reference.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['read verbs with no last words after them', 'read ' + 'x'.repeat(26) + ' '],
    ['literals that are no hint, glued to words', 'xbackwardsy areverse_b64x '],
    ['a hint to read backwards at the end only', 'written ' + 'y'.repeat(20) + ' '],
  ])('reads a megabyte of %s in time linear in it', (_, unit) => {
    const text = unit.repeat(Math.ceil((1 << 20) / unit.length)) + ' spelled it backwards';
    expect(cpuMs(() => hasDecodeHint(text))).toBeLessThan(2_000);
  });
});
