import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findTransformedSecrets } from '../src/secrets/transformed.js';

// Made-up tokens of two shapes the secret rules know (a GitHub token, an AWS key id), sent base64 or
// hex encoded or reversed, among words that look like runs worth decoding but are not (paths, mixed-case
// identifiers, hex digests): the transform that hides a token is named, and the words alone reveal nothing.

const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789');
const githubToken = fc.array(alnum, { minLength: 36, maxLength: 36 }).map((chars) => `ghp_${chars.join('')}`);
const awsKeyId = fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), { minLength: 16, maxLength: 16 }).map((chars) => `AKIA${chars.join('')}`);
const token = fc.oneof(githubToken, awsKeyId);

const word = fc.oneof(
  fc.constantFrom('/home/alice/projects/webapp/src/components/Header.tsx', 'cd', '&&', 'npm', 'run', 'test', '--reporter=dot', 'ReadTheFileFromDiskNowPlease', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'C:/Users/Bob/AppData/Roaming', 'node_modules/.bin/vitest'),
  fc.array(alnum, { minLength: 1, maxLength: 40 }).map((chars) => chars.join('')),
);
const words = fc.array(word, { maxLength: 6 }).map((list) => list.join(' '));

const transforms = {
  'base64 decoding': (s: string): string => Buffer.from(`key=${s}`).toString('base64'),
  'hex decoding': (s: string): string => Buffer.from(`key=${s}`).toString('hex'),
  reversal: (s: string): string => [...s].reverse().join(''),
} as const;

describe('findTransformedSecrets', () => {
  it('names the transform that hides a token among ordinary words', () => {
    fc.assert(
      // Dots and colons join the encoded token to its neighbours into one longer token run.
      fc.property(token, fc.constantFrom(...(Object.keys(transforms) as (keyof typeof transforms)[])), words, words, fc.constantFrom(' ', '.', ':', ', '), (secret, transform, before, after, joint) => {
        const raw = `${before}${joint}${transforms[transform](secret)}${joint}${after}`;
        const found = findTransformedSecrets([{ path: ['params', 'arguments', 'x'], raw }]);
        expect(found.map((f) => f.transform)).toContain(transform);
      }),
      { numRuns: 500 },
    );
  });

  it('finds nothing in the ordinary words alone', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        expect(findTransformedSecrets([{ path: ['a'], raw: a }, { path: ['b'], raw: b }])).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
