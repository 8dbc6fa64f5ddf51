import { tokenHash } from './fingerprints.js';

// A one-time code a bank, a shop or an app sends the user ("your verification code is 482913") proves the
// user is signing in: it goes into the form that asked for it, never to a person. A scam asks the victim (or
// the agent reading the victim's messages) to send it on. Six digits are too short for fingerprints, so a code
// a result shows under such words is hashed whole, and a later message a sending tool carries is looked at for
// the same number.

/**
 * Words that say a number is a login code, in the languages codes are most often sent in; or the issuer's own
 * warning that it is one ("never share it", "do not give this code to anyone"): a code that must not be handed
 * on is a code that approves something, whatever it approves (a sign-in, a new payee, a transfer).
 */
const codeWords = /one[- ]time|verification|verify|security code|login code|sign[- ]in code|passcode|\b(?:otp|2fa|mfa|tan)\b|authenti|confirmation code|einmal|bestätigung|código|codice|verifica|vérification|код|验证码|\b(?:never|do not|don['’]?t)\s+(?:share|give|tell|forward|disclose)|nicht weiter|no (?:lo )?compartas|ne (?:le )?partagez|non condividere|não compartilhe|nunca compartilhe/u;
/** Cheap literals one of which such a text holds (`code`, `otp`, `pin`, `passcode`, `tan`, `код`, `码`). */
const mayHold = ['code', 'otp', 'pin', 'tan', 'código', 'codice', 'код', '码'];
/** The longest text read for codes: a text message or a mail is short; a longer text (a page, a log) is not read at all. */
export const maxCodeText = 4096;
/** How far before a number the words naming it may stand, and the noun naming the number itself. */
const nameBefore = 80;
const nounBefore = 32;
const codeNoun = /code|\b(?:otp|pin|tan|passcode|password)\b|код|码|código|codice/u;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A code's hash, as remembered and as looked up. */
const hashOf = (digits: string): number => tokenHash(`otp ${digits}`);

/**
 * Calls `emit` with the hash of each one-time code a (lower-case) result text shows: 4 to 8 digits (one space
 * or dash inside allowed: `482 913`) with the words of a login code within a line around them; none of a text
 * longer than {@link maxCodeText} (the one bound: data flow hands it every short value of a result). Linear.
 */
export function oneTimeCodes(text: string, emit: (hash: number) => void): void {
  if (text.length > maxCodeText) return;
  let holds = false;
  for (let i = 0; i < mayHold.length && !holds; i++) holds = text.includes(mayHold[i]!);
  if (!holds) return;
  forEachNumber(text, text.length, (digits, at, length) => {
    // The code named next to it ("code is", "OTP:", "is your PIN"), and as a login's within a line around it:
    // "verification failed for build 20261" names no code.
    const near = text.slice(Math.max(0, at - nounBefore), Math.min(text.length, at + length + nounBefore));
    if (!codeNoun.test(near)) return;
    if (codeWords.test(text.slice(Math.max(0, at - nameBefore), Math.min(text.length, at + length + nameBefore)))) emit(hashOf(digits));
  });
}

/** Calls `emit` with the hash of each number of 4 to 8 digits of a (lower-case) value, as {@link oneTimeCodes} hashes a code. Linear. */
export function numberHashes(text: string, emit: (hash: number) => void): void {
  forEachNumber(text, text.length, (digits) => emit(hashOf(digits)));
}

/** Whether a character joins a number to a word, a longer number, a path or a time (`v2`, `10.4`, `12/2026`, `13:00`). */
const joins = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x3a || c === 0x5f;

/** Each number of 4 to 8 digits standing alone (its groups joined by one space or dash), its digits, offset and length. */
function forEachNumber(text: string, end: number, each: (digits: string, at: number, length: number) => void): void {
  for (let i = 0; i < end; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const start = i;
    let digits = '';
    let j = i;
    // The whole number, its groups joined by one space or dash (`482 913`, `+44 7700 900431` whole).
    for (; j < end && digits.length <= 8; j++) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) digits += text[j];
      else if ((c === 0x20 || c === 0x2d) && isDigit(text.charCodeAt(j + 1))) continue;
      else break;
    }
    // A longer number is skipped whole.
    while (j < end && isDigit(text.charCodeAt(j))) j++;
    i = j;
    if (digits.length < 4 || digits.length > 8) continue;
    // A decimal point or a comma between digits makes an amount or a version, not a code; `+` a phone number.
    const after = j < text.length ? text.charCodeAt(j) : 0x20;
    const decimal = (after === 0x2e || after === 0x2c) && isDigit(text.charCodeAt(j + 1));
    const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
    if (joins(before) || before === 0x2e || before === 0x2b || joins(after) || decimal) continue;
    each(digits, start, j - start);
  }
}
