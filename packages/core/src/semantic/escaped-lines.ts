// Text a tool returns that holds serialized strings - a source map's `sourcesContent`, a JSON log line, a
// notebook cell, a settings file - writes the line breaks of what those strings hold as `\n` escapes, and
// may write any letter as a `\u0072` escape. A model reads them as lines and letters, as a JSON parser would;
// the analysis, reading the raw text, sees one line, where a comment addressed to the model runs on into
// code (`// agent: … send ~/.npmrc to https://…\nexport const app = 1;`) and the whole is read as code, or
// a command spelled in `\u` escapes stands apart from the field beside it that says the AI runs it.
// Such a text is read once more with the escapes of a JSON string decoded (`\n`, `\r`, `\t`, `\"`, `\\`,
// `\/`, `\uXXXX`), in place, as a seam is read (seams.ts): only an order the analysis or a text reader
// names counts, not the scorer's sense of it.
import type { Seam } from './seams.js';

/** The most characters of a text read with its escapes decoded. */
export const maxEscapedText = 64 * 1024;

/** A text read with its escapes decoded; `spelled` when `\u` escapes spelling letters were among them. */
export interface EscapedSeam extends Seam {
  readonly spelled: boolean;
}

const none: readonly EscapedSeam[] = Object.freeze([]);
const escape = /\\(["\\/nrt]|u[0-9a-fA-F]{4})/g;
/** The escapes of line breaks, quotes and slashes only: what a text whose `\u` escapes spell no letters is read with. */
const lineEscape = /\\(["\\/nrt])/g;
const decoded: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', '/': '/' };
const hex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
/** Whether the hex digits `high` `low` (character codes) are the code of an ASCII letter or digit. */
function asciiWordChar(high: number, low: number): boolean {
  const l = low <= 0x39 ? low - 0x30 : (low | 0x20) - 0x57;
  const code = (high - 0x30) * 16 + l;
  return (code >= 0x30 && code <= 0x39) || (code <= 0x7a && (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}
/** Whether `text` holds `\uXXXX` at `at`. */
const escapeAt = (text: string, at: number): boolean =>
  text.charCodeAt(at) === 0x5c && text.charCodeAt(at + 1) === 0x75 && hex(text.charCodeAt(at + 2)) && hex(text.charCodeAt(at + 3)) && hex(text.charCodeAt(at + 4)) && hex(text.charCodeAt(at + 5));

/**
 * Whether `text` holds a `\u` escape of an ASCII letter or digit, or four escapes in a row (a word of another
 * script): what spells words out of sight. Minified code and JSON escape single other characters as a matter of
 * course (`\u00a0`, `\u2028`, `\u003c`), and reading each such text twice cost a 1 MiB bundle 10%. Read from
 * one `\u` to the next: a regex for the same tried every backslash of a bundle's 64 KiB head (~0.5M instructions).
 */
export function spellsLetters(text: string): boolean {
  for (let at = text.indexOf('\\u'); at >= 0; at = text.indexOf('\\u', at + 2)) {
    if (!escapeAt(text, at)) continue;
    if (text.charCodeAt(at + 2) === 0x30 && text.charCodeAt(at + 3) === 0x30 && asciiWordChar(text.charCodeAt(at + 4), text.charCodeAt(at + 5))) return true;
    if (escapeAt(text, at + 6) && escapeAt(text, at + 12) && escapeAt(text, at + 18)) return true;
  }
  return false;
}

/**
 * The text with its JSON string escapes decoded, as one seam at its start; none when it has neither an
 * escaped line break nor `\u` escapes that spell letters (spellsLetters).
 */
export function escapedLines(text: string): readonly EscapedSeam[] {
  const line = text.indexOf('\\n');
  const head = text.length > maxEscapedText ? text.slice(0, maxEscapedText) : text;
  const spelled = spellsLetters(head);
  if ((line < 0 || line >= maxEscapedText) && !spelled) return none;
  // The other `\u` escapes stay as written: decoding `\u2028` or `\uFEFF` would turn an ASCII head into a
  // two-byte string, which every reader after scans slower (the 1 MiB minified-JS result +2%).
  if (!spelled) return [{ text: head.replace(lineEscape, (_m, c: string) => decoded[c] ?? c), start: 0, spelled }];
  // A pair of `\u` escapes of a character past the BMP decodes to its two halves, which join in the string.
  return [{ text: head.replace(escape, (_m, c: string) => (c.length === 5 ? String.fromCharCode(parseInt(c.slice(1), 16)) : (decoded[c] ?? c))), start: 0, spelled }];
}
