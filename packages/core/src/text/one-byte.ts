// A slice of a long text keeps the parent's representation: one character past U+00FF anywhere in a
// megabyte tool result (an arrow in a comment of minified JavaScript) makes its 64 KiB head two bytes a
// character too, though every character of the head is ASCII. Regexes read a two-byte string several times
// slower (an alternation with non-Latin-1 branches is tried at every position instead of skipped), and
// toLowerCase lowers it through ICU a character at a time. A copy of such a slice made from its bytes is a
// one-byte string with the same characters.

/** Slices at least this long are copied; a shorter one costs little to read either way. */
export const minOneByteCopy = 4096;
/** Longer ones are left as they are (the bytes buffer stays this small). */
const maxOneByteCopy = 256 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
let bytes = new Uint8Array(0);

/**
 * `text` as a flat one-byte string when it is ASCII and {@link minOneByteCopy} to 256 KiB long (then the
 * copy is equal to it: ASCII has one byte a character in UTF-8), else `text` itself. For a string sliced
 * from a longer one; the copy costs about a fifth of one regex pass over a two-byte string.
 */
export function oneByteAscii(text: string): string {
  if (text.length < minOneByteCopy || text.length > maxOneByteCopy) return text;
  if (bytes.length < text.length) bytes = new Uint8Array(Math.max(text.length, 64 * 1024));
  const { read, written } = encoder.encodeInto(text, bytes.subarray(0, text.length));
  // Any character past ASCII takes two or more bytes: the text did not fit, or was not read whole.
  if (read !== text.length || written !== text.length) return text;
  return decoder.decode(bytes.subarray(0, written));
}
