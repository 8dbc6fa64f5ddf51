import { printableBase64 } from '../values/text-blobs.js';

// The forms a secret takes when an agent is told to disguise it before it leaves: base64 (standard or
// URL-safe) or hex decoded (hex also across the dots of a DNS name, where each label carries a piece), the
// text reversed, and the text without the separators put between a secret's groups (`G1dj-lDDN-…`, `G1dj - lDDN`). Each
// form is winnowed like the value itself, so a remembered secret is found in it: a fingerprint is a run of
// 17 characters of the secret, which the disguise kept in order.

/** The most characters of a value read for its forms (a secret sits in a URL, a header, a short body). */
const maxChars = 16 * 1024;
/** The shortest encoded run decoded: 16 base64 characters hold 12 bytes, under one fingerprint's run. */
const minRun = 16;

const base64Class = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') base64Class[c.charCodeAt(0)] = 1;
const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** Separators an evader puts between a secret's groups. */
const isSeparator = (c: number): boolean => c === 0x2d || c === 0x2e || c === 0x5f || c === 0x3a || c === 0x20 || c === 0x2c || c === 0x7c;

/** `%XX` escapes decoded as Latin-1 characters (a secret is ASCII); other text is kept. */
function percentDecoded(text: string): string {
  if (!text.includes('%')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 && i + 2 < text.length && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out += String.fromCharCode(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out += text[i];
  }
  return out;
}

/** Hex digits decoded when every byte is printable ASCII; undefined otherwise. */
function printableHex(digits: string): string | undefined {
  let out = '';
  for (let i = 0; i + 1 < digits.length; i += 2) {
    const byte = Number.parseInt(digits.slice(i, i + 2), 16);
    if (byte > 0x7e || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) return undefined;
    out += String.fromCharCode(byte);
  }
  return out;
}

/** Decodes one encoded run (hex first: hex digits are base64 characters too) and emits its text. */
function decodeRun(run: string, emit: (text: string) => void): void {
  let hex = true;
  for (let i = 0; i < run.length && hex; i++) hex = isHex(run.charCodeAt(i));
  if (hex && run.length % 2 === 0) {
    const text = printableHex(run);
    if (text !== undefined) return emit(text.toLowerCase());
  }
  const text = printableBase64(run.replace(/-/g, '+').replace(/_/g, '/'));
  if (text !== undefined && text.length >= 12) emit(text.toLowerCase());
}

/**
 * Calls `emit` with each disguised form of `raw` (lower case): its encoded runs decoded (after `%XX`
 * escapes), its hex labels joined and decoded, the text reversed, the text without group separators.
 * Linear in the first {@link maxChars} characters.
 */
export function flowViews(raw: string, emit: (text: string) => void): void {
  const text = percentDecoded(raw.length > maxChars ? raw.slice(0, maxChars) : raw);
  // Encoded runs: maximal runs of base64 characters (a trailing `=` padding ends one).
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c < 128 && base64Class[c] === 1) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start >= minRun) decodeRun(text.slice(start, i), emit);
    start = -1;
  }
  // Hex carried in DNS labels: runs of hex digits and dots, joined.
  let digits = '';
  let dotted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isHex(c)) digits += text[i];
    else if (c === 0x2e && digits.length > 0) dotted = true;
    else {
      if (dotted && digits.length >= 2 * minRun) {
        const decoded = printableHex(digits.length % 2 === 0 ? digits : digits.slice(0, -1));
        if (decoded !== undefined) emit(decoded.toLowerCase());
      }
      digits = '';
      dotted = false;
    }
  }
  const lower = text.toLowerCase();
  let reversed = '';
  for (let i = lower.length - 1; i >= 0; i--) reversed += lower[i];
  emit(reversed);
  // Group separators between letters or digits dropped.
  let joined = '';
  let dropped = false;
  for (let i = 0; i < lower.length; i++) {
    if (isSeparator(lower.charCodeAt(i)) && i > 0 && isAlnum(lower.charCodeAt(i - 1))) {
      // A run of up to three separators (` - `) between letters or digits.
      let end = i + 1;
      while (end < lower.length && end - i < 3 && isSeparator(lower.charCodeAt(end))) end++;
      if (end < lower.length && isAlnum(lower.charCodeAt(end))) {
        dropped = true;
        i = end - 1;
        continue;
      }
    }
    joined += lower[i];
  }
  if (dropped) emit(joined);
}
