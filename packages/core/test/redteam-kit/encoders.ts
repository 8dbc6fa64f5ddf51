// The text encodings the adversarial suites hide orders in, each a plain function of the text, so a case
// reads as plain text plus a move. One implementation each: the sets and the unit tests import them here.

const alphabet32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** RFC 4648 base32, padded; in lower case when asked (some encoders write it so). */
export const base32 = (s: string, lowerCase = false): string => {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet32[(value << (5 - bits)) & 31];
  const padded = out.padEnd(Math.ceil(out.length / 8) * 8, '=');
  return lowerCase ? padded.toLowerCase() : padded;
};

/** What PowerShell's -EncodedCommand takes: the script as UTF-16LE, base64. */
export const psEncoded = (script: string): string => Buffer.from(script, 'utf16le').toString('base64');

/** The text read back to front. */
export const reversed = (s: string): string => [...s].reverse().join('');

/** Every character of the text apart, words three spaces apart, as a banner or a letter-spaced heading. */
export const spaced = (s: string): string => s.split(' ').map((w) => [...w].join(' ')).join('   ');

/** Every character of the text as a JSON \u escape, the way some serializers write non-ASCII-safe output. */
export const uEscaped = (s: string): string => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** ROT13 of the Latin letters. */
export const rot13 = (s: string): string => s.replace(/[a-z]/gi, (c) => {
  const base = c <= 'Z' ? 65 : 97;
  return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
});

/** Unicode tag characters spelling the text (invisible on screen). */
export const tags = (s: string): string => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');

/** Full-width forms of the printable ASCII letters and digits. */
export const fullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Ascii85 in Adobe's form (`<~ … ~>`, `z` for four zero bytes), as Python's base64.a85encode(adobe=True) writes it. */
export const ascii85 = (s: string): string => {
  const bytes = Buffer.from(s, 'utf8');
  let body = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i);
    let value = 0;
    for (let k = 0; k < 4; k++) value = value * 256 + (k < n ? bytes[i + k]! : 0);
    if (value === 0 && n === 4) {
      body += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    body += digits.slice(0, n + 1).join('');
  }
  return `<~${body}~>`;
};
