import { tokenHash } from './fingerprints.js';

// A password a key names (`"password": "c9!Qe2v#Lm8rT0xz"`) is often shorter than a fingerprint's run (17
// characters): winnowing keeps the smallest shingle of a window, and in a later message the window around so
// short a value also holds shingles of its neighbours, so it may be missed. Such a value is hashed whole, and a
// later value's words of the same lengths are hashed alike: the password sent alone, quoted or after a user.

const minChars = 12;
/** A value of 17 characters or more shares a fingerprint wherever it goes: only shorter ones need this. */
const maxChars = 16;

/** What ends a word a password is: blanks, quotes, brackets and the separators of a key or a user. */
const isBreak = (c: number): boolean =>
  c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || c === 0x2c || c === 0x3b || c === 0x3d || c === 0x3a ||
  c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x3c || c === 0x3e || c === 0xa0;

const hashOf = (word: string): number => tokenHash(`short ${word}`);

/** Whether a (canonical, lower-case) secret is short enough to be remembered whole. */
export function isShortSecret(value: string): boolean {
  return value.length >= minChars && value.length <= maxChars;
}

/** The whole-value hash of a short secret (see {@link isShortSecret}). */
export function shortSecretHash(value: string): number {
  return hashOf(value);
}

/** Calls `emit` with the hash of each word of `text` (canonical, lower case) as long as a short secret. Linear. */
export function shortWordHashes(text: string, emit: (hash: number) => void): void {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isBreak(text.charCodeAt(i))) continue;
    const length = i - start;
    if (length >= minChars && length <= maxChars) emit(hashOf(text.slice(start, i)));
    start = i + 1;
  }
}
