// Page code as the browser reads it: JavaScript hides a name it uses behind escapes (`'\x63ookie'`,
// `'\u0066etch'`), computed member names (`document['cookie']`, `window['fe' + 'tch'](…)`), character
// codes (`String.fromCharCode(102, …)`) or base64 (`window[atob('ZmV0Y2g=')]`), and the engine still reads
// `document.cookie` and `fetch(`. This gives the code with those spellings undone, so the page readers match
// names, not spellings. Nothing is run; each step is one linear regex pass over the code.

import { base64Bytes } from '../semantic/model.js';

/** A spelling this undoes may be present: an escape, a computed member, a character code list or base64. */
const spelled = /\\[xu]|\[\s*['"`]|fromCharCode|atob\s*\(/;
const escape = /\\x([0-9a-fA-F]{2})|\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})/g;
/** Two string literals joined by `+` (`'fe' + 'tch'`): the closing quote, the plus and the opening quote, dropped. */
const joined = /(['"`])\s*\+\s*['"`]/g;
const charCodes = /String\s*\.\s*fromCharCode\s*\(\s*(\d{1,6}(?:\s*,\s*\d{1,6}){0,63})\s*\)/g;
const base64Literal = /\batob\s*\(\s*(['"`])([A-Za-z0-9+/]{4,4096}={0,2})\1\s*\)/g;
/** A member named by a string literal of an identifier (`['cookie']`): read as `.cookie`. */
const computedMember = /\[\s*(['"`])([A-Za-z_$][\w$]{0,63})\1\s*\]/g;

const printable = /^[\x20-\x7e]*$/;

function fromCodes(list: string): string {
  const text = String.fromCharCode(...list.split(',').map((n) => Number(n.trim())));
  return printable.test(text) ? `'${text}'` : '';
}

function fromBase64(whole: string, body: string): string {
  let text = '';
  for (const byte of base64Bytes(body)) text += String.fromCharCode(byte);
  return printable.test(text) && !text.includes("'") ? `'${text}'` : whole;
}

/** `code` with its escaped, joined, computed and encoded names written plainly; the code itself when none is. */
export function plainPageCode(code: string): string {
  if (!spelled.test(code)) return code;
  let out = code.includes('\\') ? code.replace(escape, (_, x?: string, braced?: string, u?: string) => safeChar(parseInt(x ?? braced ?? u!, 16))) : code;
  if (out.includes('fromCharCode')) out = out.replace(charCodes, (whole, list: string) => fromCodes(list) || whole);
  if (out.includes('atob')) out = out.replace(base64Literal, (whole, _q: string, body: string) => fromBase64(whole, body));
  if (out.includes('+')) out = out.replace(joined, '');
  return out.includes('[') ? out.replace(computedMember, '.$2') : out;
}

/** A decoded character, kept out of the quoting: an escaped quote or backslash stays escaped. */
function safeChar(code: number): string {
  if (code > 0x10ffff) return '';
  const c = String.fromCodePoint(code);
  return c === "'" || c === '"' || c === '`' || c === '\\' ? `\\${c}` : c;
}
