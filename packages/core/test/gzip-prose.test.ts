import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { decodedWhole, encodedProse } from '../src/text/encoded-prose.js';
import { beginsGzip, gunzippedBase64 } from '../src/text/gzip-prose.js';
import { dataUrlText } from '../src/values/data-urls.js';

const gz = (s: string, level = 6): string => gzipSync(Buffer.from(s, 'utf8'), { level }).toString('base64');

describe('gzip in base64', () => {
  it('inflates stored, fixed and dynamic blocks', () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(40);
    for (const level of [0, 1, 9]) {
      const b = gz(text, level);
      expect(beginsGzip(b)).toBe(true);
      expect(new TextDecoder().decode(gunzippedBase64(b, 0, b.length, 1 << 16))).toBe(text);
    }
  });

  it('reads the prose of a gzip run in a text, and a declared gzip field whatever it holds', () => {
    expect(encodedProse(`Bundle: ${gz('Release notes: the parser now keeps comments in place.')}`)).toEqual(['Release notes: the parser now keeps comments in place.']);
    expect(decodedWhole(gz('ls -la'))).toBe('ls -la');
  });

  it('stops at the budget and at a cut or damaged stream', () => {
    const bomb = gz('a'.repeat(1 << 20));
    expect(gunzippedBase64(bomb, 0, bomb.length, 1000)!.length).toBe(1000);
    const whole = gz('Ordinary words of a log line, repeated. '.repeat(20));
    expect(() => gunzippedBase64(whole, 0, whole.length >> 1, 1 << 16)).not.toThrow();
    expect(gunzippedBase64('H4sIAAAAAAAAA////////////////////////', 0, 36, 1 << 16)?.length ?? 0).toBeLessThan(64);
  });

  it('leaves compressed binary data unread', () => {
    const binary = gzipSync(Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) & 0xff))).toString('base64');
    expect(encodedProse(`blob ${binary}`)).toEqual([]);
  });
});

describe('dataUrlText', () => {
  it('reads a data: URL of a text type and not of an image', () => {
    expect(dataUrlText(`data:text/x-shellscript;base64,${Buffer.from('npm test').toString('base64')}`)).toBe('npm test');
    expect(dataUrlText(`data:image/png;base64,${Buffer.from('npm test').toString('base64')}`)).toBeUndefined();
    expect(dataUrlText('data:text/plain,hello')).toBeUndefined();
  });
});
