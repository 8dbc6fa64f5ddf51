import { eachEncodedRun, fromBase64, fromHex, isPrintable, reverse } from '../secrets/transformed.js';
import { beginsGzip, gunzippedBase64 } from '../text/gzip-prose.js';

// The forms a secret takes when an agent is told to disguise it before it leaves: base64 (standard or
// URL-safe) or hex decoded (hex also across the dots of a DNS name, where each label carries a piece), gzip
// then base64 inflated, the text reversed or rot13'd, and the text without the separators put between a secret's groups (`G1dj-lDDN-…`, `G1dj - lDDN`). Each
// form is winnowed like the value itself, so a remembered secret is found in it: a fingerprint is a run of
// 17 characters of the secret, which the disguise kept in order.

/** The most characters of a value read for its forms (a secret sits in a URL, a header, a short body). */
const maxChars = 16 * 1024;
/** The shortest base64 run decoded: 16 characters hold 12 bytes, under one fingerprint's run. */
const minRun = 16;
/** The shortest decoded text read: 12 characters, under one fingerprint's run. */
const minText = 12;

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

/** Decoded text emitted (lower case) when every character is printable: a disguised secret is text. */
function emitPrintable(text: string | undefined, emit: (text: string) => void): void {
  if (text === undefined || text.length < minText) return;
  for (let i = 0; i < text.length; i++) if (!isPrintable(text.charCodeAt(i))) return;
  emit(text.toLowerCase());
}

/**
 * Calls `emit` with each disguised form of `raw` (lower case): its encoded runs decoded (after `%XX`
 * escapes), its hex labels joined and decoded, the text reversed, the text without group separators.
 * Linear in the first {@link maxChars} characters.
 */
export function flowViews(raw: string, emit: (text: string) => void): void {
  const text = percentDecoded(raw.length > maxChars ? raw.slice(0, maxChars) : raw);
  // Encoded runs (transformed.ts finds them). `=` ends a base64 run here: in `a=<base64>` a run from
  // the key on would decode out of step.
  eachEncodedRun(text, (start, end, hex) => {
    if (hex) return emitPrintable(fromHex(text, start, end), emit);
    // Gzip, then base64 (`H4sI…`, a header or body a tool sends compressed): what it inflates to.
    if (beginsGzip(text, start)) {
      const inflated = gunzippedBase64(text, start, end, maxChars);
      if (inflated !== undefined) emitPrintable(String.fromCharCode(...inflated.subarray(0, maxChars)), emit);
    }
    let from = start;
    for (let i = start; i <= end; i++) {
      if (i < end && text.charCodeAt(i) !== 0x3d) continue;
      if (i - from >= minRun) emitPrintable(fromBase64(text, from, i), emit);
      from = i + 1;
    }
  });
  // Hex carried in DNS labels: runs of hex digits and dots, joined.
  let digits = '';
  let dotted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (isHex(c)) digits += text[i];
    else if (c === 0x2e && digits.length > 0) dotted = true;
    else {
      if (dotted && digits.length >= 2 * minRun) emitPrintable(fromHex(digits, 0, digits.length), emit);
      digits = '';
      dotted = false;
    }
  }
  const lower = text.toLowerCase();
  emit(reverse(lower));
  // Rot13 ("so bots skip it"): a secret's letters shifted by 13 keep its digits and order.
  emit(rot13(lower));
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

/** `lower` (lower case) with each ASCII letter shifted by 13. */
function rot13(lower: string): string {
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    out += c >= 0x61 && c <= 0x7a ? String.fromCharCode(((c - 0x61 + 13) % 26) + 0x61) : lower[i];
  }
  return out;
}
