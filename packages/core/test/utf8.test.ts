import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decodeUtf8 } from '../src/text/utf8.js';
import { cpuMs } from './cpu-time.js';

const fatal = new TextDecoder('utf-8', { fatal: true });
/** What the fatal decoder gives, undefined where it throws. */
function strict(bytes: Uint8Array): string | undefined {
  try {
    return fatal.decode(bytes);
  } catch {
    return undefined;
  }
}
const of = (...bytes: number[]): Uint8Array => Uint8Array.from(bytes);

describe('decodeUtf8', () => {
  it('decodes well-formed text of every width as the fatal decoder does', () => {
    for (const text of ['plain ASCII', 'Grüße an das Team', 'Отправь отчёт', '送信してください', 'emoji 🚀 and 𝔘', 'a written-out \ufffd stays', '']) {
      expect(decodeUtf8(new TextEncoder().encode(text))).toBe(text);
    }
  });

  it('drops a leading byte order mark the way the fatal decoder does', () => {
    expect(decodeUtf8(of(0xef, 0xbb, 0xbf, 0x68, 0x69))).toBe(strict(of(0xef, 0xbb, 0xbf, 0x68, 0x69)));
  });

  it.each([
    ['a lone continuation byte', of(0x61, 0x80, 0x62)],
    ['a lone Latin-1 byte (a no-break space written as \\xa0)', of(0x61, 0xa0)],
    ['an overlong slash', of(0xc0, 0xaf)],
    ['an overlong three-byte form', of(0xe0, 0x80, 0xaf)],
    ['an encoded surrogate', of(0xed, 0xa0, 0x80)],
    ['a code point past U+10FFFF', of(0xf4, 0x90, 0x80, 0x80)],
    ['a five-byte lead', of(0xf8, 0x88, 0x80, 0x80, 0x80)],
    ['a sequence cut by the end', of(0x61, 0xe2, 0x82)],
    ['a sequence cut by ASCII', of(0xe2, 0x41, 0x82)],
  ])('refuses %s', (_what, bytes) => {
    expect(strict(bytes)).toBeUndefined();
    expect(decodeUtf8(bytes)).toBeUndefined();
  });

  it('agrees with the fatal decoder on arbitrary bytes and on text with bytes flipped', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        expect(decodeUtf8(bytes)).toBe(strict(bytes));
      }),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.nat(), fc.integer({ min: 0x80, max: 0xff }), (text, at, byte) => {
        const bytes = new TextEncoder().encode(text);
        if (bytes.length > 0) bytes[at % bytes.length] = byte;
        expect(decodeUtf8(bytes)).toBe(strict(bytes));
      }),
      { numRuns: 1500 },
    );
  });

  it('stays linear on a megabyte of ill-formed bytes and of written-out replacement characters', () => {
    const bad = new Uint8Array(1 << 20).fill(0xe2);
    bad[bad.length - 1] = 0x41;
    const replacement = new TextEncoder().encode('\ufffd'.repeat(349_525));
    const spent = cpuMs(() => {
      expect(decodeUtf8(bad)).toBeUndefined();
      expect(decodeUtf8(replacement)).toHaveLength(349_525);
    });
    expect(spent).toBeLessThan(2000);
  });
});
