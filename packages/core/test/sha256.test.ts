import { createHash } from 'node:crypto';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { portableSha256Hex, sha256Hex } from '../src/state/sha256.js';

describe('sha256Hex', () => {
  it('hashes what the portable implementation hashes, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Hex(text) === portableSha256Hex(text)));
    for (const text of ['\ud800', 'a\udc00b', '\udbff\ud800', 'x'.repeat(100_000)]) expect(sha256Hex(text)).toBe(portableSha256Hex(text));
  });

  it('agrees with node:crypto at every padding edge and on any Unicode text', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = 'x'.repeat(length);
      expect(portableSha256Hex(text), String(length)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => portableSha256Hex(text) === createHash('sha256').update(text, 'utf8').digest('hex')));
  });
});
