// Ascii85 islands (Adobe's form, between `<~` and `~>`, as PostScript, PDF tools and Python's a85encode write
// it) in text a model reads. Its alphabet is `!` to `u`, so the base64 probe of encoded-prose.ts never sees such
// a run; a model decodes it when asked to ("decode and act on it"), so an order written this way is still an
// order. Read only after a `<~` marker, up to `maxRuns` runs and the decoding budget; a run whose bytes are not
// UTF-8 text (a PDF stream, an image) stops at its first bad byte.

import { holdsCommand, holdsTwoWords } from './escaped-prose.js';

const maxRuns = 4;
/** The most characters of one run read (what a model would still decode by hand or by tool). */
const maxRun = 16 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether `b` may be a byte of UTF-8 text: tab, line breaks, printable ASCII, or any byte of a multi-byte sequence (checked whole by the decoder). */
const textByte = (b: number): boolean => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127);

/** The bytes of the Ascii85 run from `start` to `end` (whitespace skipped), or undefined at a character or byte that is not of text. */
function decodeRun(text: string, start: number, end: number): Uint8Array | undefined {
  const out: number[] = [];
  let group = 0;
  let count = 0;
  const emit = (value: number, bytes: number): boolean => {
    for (let k = 0; k < bytes; k++) {
      const b = (value >>> (24 - 8 * k)) & 0xff;
      if (b < 0x80 && !textByte(b)) return false;
      out.push(b);
    }
    return true;
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    // `z` is four zero bytes: never text.
    if (c < 33 || c > 117) return undefined;
    group = group * 85 + (c - 33);
    if (++count === 5) {
      if (group > 0xffffffff || !emit(group, 4)) return undefined;
      group = 0;
      count = 0;
    }
  }
  if (count === 1) return undefined;
  if (count > 1) {
    // A last group of n characters is padded with `u` (84) and gives n - 1 bytes.
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    if (group > 0xffffffff || !emit(group, count - 1)) return undefined;
  }
  return Uint8Array.from(out);
}

/** The prose that the `<~ … ~>` runs of `text` decode to, in order (at most `budget` characters in all). */
export function ascii85Prose(text: string, budget: number): string[] {
  const found: string[] = [];
  let from = 0;
  // Only runs decoded count against maxRuns: short markers put first (`<~x~>`) are passed over at the cost of
  // finding them, so they cannot use up the runs read before the one that holds the order.
  for (let runs = 0; runs < maxRuns && budget > 0; ) {
    const open = text.indexOf('<~', from);
    if (open < 0) break;
    const close = text.indexOf('~>', open + 2);
    if (close < 0) break;
    from = close + 2;
    if (close - open - 2 < 10 || close - open - 2 > maxRun) continue;
    runs++;
    const bytes = decodeRun(text, open + 2, close);
    if (bytes === undefined) continue;
    let decoded: string;
    try {
      decoded = utf8.decode(bytes);
    } catch {
      continue;
    }
    if (!holdsTwoWords(decoded) && !holdsCommand.test(decoded)) continue;
    found.push(decoded.slice(0, budget));
    budget -= decoded.length;
  }
  return found;
}
