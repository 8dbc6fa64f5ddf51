// Decoding bytes that may not be UTF-8 (what an escape run, a quoted-printable body or a base64 island spells)
// without an exception: a fatal TextDecoder throws on every ill-formed one, and an error's stack costs far
// more than the few bytes read (a megabyte of minified JavaScript holds tens of `\xa0`-like lone bytes).

// Decodes as the fatal decoder does when the bytes are well-formed (a leading BOM dropped the same way).
const lenient = new TextDecoder('utf-8');

/**
 * Whether `bytes` are well-formed UTF-8 (the WHATWG decoder's rules: no overlong form, no surrogate, nothing
 * past U+10FFFF, no sequence cut at the end). One pass, read only when a decoding held U+FFFD.
 */
function wellFormed(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The continuation bytes a lead byte takes, and the range of the first of them.
    let more: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) more = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      more = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      more = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return false;
    // A sequence cut by the end of the bytes.
    if (i + more >= bytes.length) return false;
    const first = bytes[i + 1]!;
    if (first < low || first > high) return false;
    for (let k = 2; k <= more; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += more + 1;
  }
  return true;
}

/**
 * The text `bytes` spell when they are well-formed UTF-8, else undefined: what `new TextDecoder('utf-8',
 * { fatal: true }).decode(bytes)` returns or throws. Native decoding first; the bytes are read again only
 * when it met U+FFFD (ill-formed bytes, or the character written out).
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const text = lenient.decode(bytes);
  return text.includes('\ufffd') && !wellFormed(bytes) ? undefined : text;
}
