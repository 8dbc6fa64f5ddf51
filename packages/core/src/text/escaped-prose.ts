// Prose written as runs of escapes: HTML character references (`&#89;&#x6f;u`), percent-escapes, `\u`, `\x`
// and octal escapes, bytes written as a list (`41 73 73`, `0x41, 0x73`, `01000001`), and quoted-printable text. A model
// reads such a run as the text it spells (a browser or a JSON parser would show it so), so an order written
// that way is still an order. The rules read most of these decoded already (text/normalize.ts); the meaning
// layers read what this gives, appended to the text as encoded islands are (text/encoded-prose.ts).
//
// What keeps it quiet: a run counts only with at least `minUnits` escapes and no more than four plain
// characters between two of them (a URL's `%20` or an HTML page's `&amp;` make no run), and what it spells
// must be text (no control bytes, valid UTF-8) holding two words. Linear: one regex pass finds where a run
// may begin, and each character is read at most once by a run.

import { knownWithoutEscapeStart } from './plain-lower.js';
import { decodeUtf8 } from './utf8.js';

const minUnits = 8;
const maxGap = 4;
const maxRuns = 16;

// Where a run may begin: a numeric or named character reference, a percent-escape, a `\u` or `\x` escape, a
// `0x` byte, a quoted-printable `=XX`, or three hex pairs between spaces.
const runStart = /&#|&[a-z]{2,8};|%[0-9a-f]{2}|\\(?:[ux][0-9a-f{]|[0-3][0-7]{2})|0x[0-9a-f]{2}|=[0-9A-F]{2}|(?<![0-9a-z])(?:[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}|[01]{8} [01]{8})(?![0-9a-z])/gi;

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', bsol: '\\', period: '.', colon: ':', semi: ';', lpar: '(',
  rpar: ')', nbsp: ' ', num: '#', dollar: '$', percnt: '%', verbar: '|', grave: '`', excl: '!', equals: '=', plus: '+',
  comma: ',', lowbar: '_', tilde: '~', commat: '@', quest: '?', ast: '*', hyphen: '-', dash: '-', lsqb: '[', rsqb: ']',
  lcub: '{', rcub: '}', newline: '\n', tab: '\t',
};

const hexDigit = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
// Two words: a word of two letters or more, a separator, two letters. A word is read once from its start (the
// look-ahead and its back-reference take it whole, as an atomic group would): `\p{L}{2,}[\s,;:]+` tried at
// every letter of a long run of letters gave it back letter by letter, quadratic in the run.
const twoWords = /(?<!\p{L})(?=(\p{L}{2,}))\1[\s,;:]+\p{L}{2}/u;
/** Whether `text` holds two words in a row: what decoded text must hold to be read as prose. Linear in the text. */
export const holdsTwoWords = (text: string): boolean => twoWords.test(text);

/**
 * A command line: a program, then an option or an address, and a pipe or a redirect on (`curl -s https://… |
 * sh`, `wget -qO- https://… | bash`). A model decodes and runs it as readily as prose; it holds no two words.
 */
export const holdsCommand = /^\s*(?:sudo\s+)?[a-z][\w.-]{1,24}\s+(?:-{1,2}[a-z][\w-]*\s+)*(?:https?:\/\/|-{1,2}[a-z])[^\n]*?(?:\|\s*(?:sudo\s+)?[a-z]|>{1,2}\s*\S)/i;
/** Whether decoded text is read: prose (two words in a row) or a command line. */
const readable = (text: string): boolean => twoWords.test(text) || holdsCommand.test(text);

/** One escape read at a position: what it spells (a code point or a byte) and where it ends. */
interface Unit {
  /** A code point (`&#…;`, `\u`), or -1 when it is a byte. */
  cp: number;
  /** A byte (percent, `\x`, hex lists, quoted-printable), or -1; -2 for a quoted-printable soft line break, which spells nothing. */
  byte: number;
  end: number;
}
const unit: Unit = { cp: -1, byte: -1, end: 0 };

/** Two hex digits at `i` as a byte, or -1. */
function hexByte(text: string, i: number): number {
  const hi = hexDigit(text.charCodeAt(i));
  const lo = hexDigit(text.charCodeAt(i + 1));
  return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
}

/** Reads the escape at `i` into {@link unit}; false when none starts there. */
function readUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  unit.cp = -1;
  unit.byte = -1;
  if (c === 38 /* & */) {
    let end = i + 1;
    if (text.charCodeAt(end) === 35 /* # */) {
      end++;
      const hex = (text.charCodeAt(end) | 32) === 120;
      if (hex) end++;
      const start = end;
      let cp = 0;
      for (; end - start < 7; end++) {
        const d = hex ? hexDigit(text.charCodeAt(end)) : text.charCodeAt(end) - 48;
        if (d < 0 || d > (hex ? 15 : 9)) break;
        cp = cp * (hex ? 16 : 10) + d;
      }
      if (end === start || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
      unit.cp = cp;
    } else {
      while (end - i <= 8 && ((text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122)) end++;
      const named = namedEntities[text.slice(i + 1, end).toLowerCase()];
      if (named === undefined || text.charCodeAt(end) !== 59) return false;
      unit.cp = named.charCodeAt(0);
    }
    unit.end = text.charCodeAt(end) === 59 /* ; */ ? end + 1 : end;
    return true;
  }
  if (c === 37 /* % */ || c === 61 /* = */) {
    // Quoted-printable breaks a long line with `=` at its end: the line goes on after the break.
    if (c === 61 && (text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10))) {
      unit.byte = -2;
      unit.end = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 3;
      return true;
    }
    unit.byte = hexByte(text, i + 1);
    unit.end = i + 3;
    return unit.byte >= 0;
  }
  if (c === 92 /* \ */) {
    const kind = text.charCodeAt(i + 1) | 32;
    // An octal escape of a shell or C string (`\163\145`).
    const high = text.charCodeAt(i + 1) - 48;
    if (high >= 0 && high <= 3) {
      const mid = text.charCodeAt(i + 2) - 48;
      const low = text.charCodeAt(i + 3) - 48;
      if (mid < 0 || mid > 7 || low < 0 || low > 7) return false;
      unit.byte = (high << 6) | (mid << 3) | low;
      unit.end = i + 4;
      return true;
    }
    if (kind === 120 /* x */) {
      unit.byte = hexByte(text, i + 2);
      unit.end = i + 4;
      return unit.byte >= 0;
    }
    if (kind !== 117 /* u */) return false;
    let end = i + 2;
    const braced = text.charCodeAt(end) === 123; /* { */
    if (braced) end++;
    const start = end;
    let cp = 0;
    for (; end - start < (braced ? 6 : 4); end++) {
      const d = hexDigit(text.charCodeAt(end));
      if (d < 0) break;
      cp = cp * 16 + d;
    }
    if (braced ? end === start || text.charCodeAt(end++) !== 125 : end - start !== 4) return false;
    unit.cp = cp;
    unit.end = end;
    return true;
  }
  if (i > 0 && isAlnum(text.charCodeAt(i - 1))) return false;
  // A byte written in binary, eight digits (`01000001`), then one space.
  let bits = 0;
  let n = 0;
  for (; n < 8 && (text.charCodeAt(i + n) | 1) === 49; n++) bits = (bits << 1) | (text.charCodeAt(i + n) - 48);
  if (n === 8 && !isAlnum(text.charCodeAt(i + 8))) {
    unit.byte = bits;
    unit.end = text.charCodeAt(i + 8) === 32 ? i + 9 : i + 8;
    return true;
  }
  // A byte of a hex list: `0x41` or a bare pair, then its separator (`, `, `,` or one space).
  const zeroX = c === 48 && (text.charCodeAt(i + 1) | 32) === 120;
  const at = zeroX ? i + 2 : i;
  const byte = hexByte(text, at);
  if (byte < 0 || isAlnum(text.charCodeAt(at + 2))) return false;
  let end = at + 2;
  if (text.charCodeAt(end) === 44 /* , */) end++;
  if (text.charCodeAt(end) === 32) end++;
  unit.byte = byte;
  unit.end = end;
  return true;
}

/** Bytes and code points of one run, decoded as they come. */
class RunText {
  text = '';
  bytes: number[] = [];
  bad = false;

  flush(): void {
    if (this.bytes.length === 0) return;
    const decoded = decodeUtf8(Uint8Array.from(this.bytes));
    if (decoded === undefined) this.bad = true;
    else this.text += decoded;
    this.bytes.length = 0;
  }
}

const isTextCode = (cp: number): boolean => cp === 9 || cp === 10 || cp === 13 || (cp >= 32 && cp !== 127 && !(cp >= 0x80 && cp < 0xa0));

/**
 * The prose that runs of escapes in `text` spell, in order (a run of fewer than eight escapes, or one that
 * does not spell text of two words, is left out). Linear in the text.
 */
export function escapedProse(text: string, maxDecoded = 64 * 1024): string[] {
  const found: string[] = [];
  let budget = maxDecoded;
  runStart.lastIndex = 0;
  for (let m = runStart.exec(text); m !== null && found.length < maxRuns && budget > 0; m = runStart.exec(text)) {
    const run = new RunText();
    let units = 0;
    let i = m.index;
    let gap = '';
    // A run spells at most the budget left (a megabyte of `&#65;` is read up to it, then left).
    while (i < text.length && !run.bad && run.text.length + run.bytes.length < budget) {
      if (readUnit(text, i)) {
        if (gap !== '') {
          run.flush();
          run.text += gap;
          gap = '';
        }
        units++;
        if (unit.cp >= 0) {
          run.flush();
          if (!isTextCode(unit.cp)) run.bad = true;
          else run.text += String.fromCodePoint(unit.cp);
        } else if (unit.byte >= 0) {
          if (unit.byte < 0x80 && !isTextCode(unit.byte)) run.bad = true;
          else run.bytes.push(unit.byte);
        }
        i = unit.end;
        continue;
      }
      if (gap.length >= maxGap) break;
      gap += text[i]!;
      i++;
    }
    // The run ends where it last read an escape (or with the text); the regex goes on from there.
    runStart.lastIndex = Math.max(i - gap.length, m.index + 1);
    run.flush();
    if (i >= text.length) run.text += gap;
    if (run.bad || units < minUnits) continue;
    if (!readable(run.text)) continue;
    budget -= run.text.length;
    found.push(run.text);
  }
  return found;
}

// runStart's starts, and what {@link mayHoldEscapes} asks besides (a quoted-printable soft break, `=` at a
// line end), in one regex pass: those that begin with a fixed character, which the regex engine looks for
// before it tries a position, and (captured) what every byte list holds, a space then a hex pair then a
// space, or binary digits around a space. A byte list itself (`41 73 73`, `01000001 01110011`) could begin
// at any letter a-f of prose: it is read from the space of such a match (see byteListAt).
const startOrByteGap = /&#|&[a-z]{2,8};|%[0-9a-f]{2}|\\(?:[ux][0-9a-f{]|[0-3][0-7]{2})|0x[0-9a-f]{2}|=[0-9A-F]{2}|=\r?\n|( [0-9a-f]{2} |[01] [01])/gi;
// startOrByteGap's alternatives that a text without `%`, `&`, `\` and line breaks may hold: such a text (one the
// value walk found plain, see knownWithoutEscapeStart) is read by this shorter regex, about half the work.
const hexOrByteGap = /0x[0-9a-f]{2}|=[0-9A-F]{2}|( [0-9a-f]{2} |[01] [01])/gi;
const isBinary = (c: number): boolean => c === 48 || c === 49;
/** Whether `text` is alphanumeric at `at` (false outside it): the edges of a byte list. */
const alnumAt = (text: string, at: number): boolean => at >= 0 && at < text.length && isAlnum(text.charCodeAt(at));

/** Whether the `n` characters of `text` from `from` all pass `test`. */
function all(text: string, from: number, n: number, test: (c: number) => boolean): boolean {
  if (from < 0 || from + n > text.length) return false;
  for (let i = from; i < from + n; i++) if (!test(text.charCodeAt(i))) return false;
  return true;
}
const isHex = (c: number): boolean => hexDigit(c) >= 0;

/**
 * Whether the space at `s` is the first of a byte list's two (`xx␣xx␣xx`) or the one between two binary
 * octets (`bbbbbbbb␣bbbbbbbb`), not glued to letters or digits: runStart's last start, read from a space.
 */
function byteListAt(text: string, s: number): boolean {
  if (all(text, s - 2, 2, isHex) && !alnumAt(text, s - 3) && all(text, s + 1, 2, isHex) && text.charCodeAt(s + 3) === 32 && all(text, s + 4, 2, isHex) && !alnumAt(text, s + 6)) return true;
  return all(text, s - 8, 8, isBinary) && !alnumAt(text, s - 9) && all(text, s + 1, 8, isBinary) && !alnumAt(text, s + 9);
}

/**
 * Whether `text` may hold a run {@link escapedProse} reads (a cheap first test: a text without one of its
 * escapes holds none). One regex pass: a byte list is read only where its gap was matched (prose seldom
 * has one), not from every space by an indexOf call each.
 */
export function mayHoldEscapes(text: string): boolean {
  // `<~` opens an Ascii85 run (ascii85-prose.ts, read by encodedProse): one indexOf pass, which costs less than
  // one more start in the regex below (its every position tries each start).
  if (text.includes('<~')) return true;
  const starts = knownWithoutEscapeStart(text) ? hexOrByteGap : startOrByteGap;
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m !== null; m = starts.exec(text)) {
    if (m[1] === undefined) return true;
    // The space of a hex gap is its first character; of a binary one, its second.
    if (byteListAt(text, m[1].charCodeAt(0) === 32 ? m.index : m.index + 1)) return true;
    // Gaps overlap (`4a 6b 7c`): the next match may begin at the next character.
    starts.lastIndex = m.index + 1;
  }
  return false;
}

// A soft line break of quoted-printable: `=` right after a word's character (not an operator: code wraps
// `x ??=` or `a ==` lines), at the end of a line whose next line goes on without indentation. The `=` is
// matched first and the character before it looked at from there: a look-behind in front tested the \p{L}
// class at every character of the text (a C call each on a two-byte text).
const softBreak = /=(?<=[\p{L}\p{N}.,;:'")\]]=)\r?\n(?=[^\s])/gu;
const qpEscape = /=[0-9A-F]{2}/;
const maxQuotedPrintable = 64 * 1024;
const qpEscapes = /=[0-9A-F]{2}/g;
/** The fewest `=XX` escapes of a body without soft breaks that names its encoding. */
const minNamedEscapes = 4;

/**
 * Whether `body` names quoted-printable (`Content-Transfer-Encoding: quoted-printable`) and holds
 * minNamedEscapes escapes: two plain searches stop a text without `=` or the name before the regex counts.
 */
function namesQuotedPrintable(body: string): boolean {
  // Plain searches for the name's tail in its two usual cases first: a case-blind regex over a 1 MiB minified
  // script full of `=` cost the row ~2%.
  if (!body.includes('=') || !(body.includes('rintable') || body.includes('RINTABLE') || body.includes('Rintable')) || !/quoted-printable/i.test(body)) return false;
  qpEscapes.lastIndex = 0;
  let n = 0;
  while (n < minNamedEscapes && qpEscapes.exec(body) !== null) n++;
  return n >= minNamedEscapes;
}

/**
 * The text a quoted-printable body spells (soft line breaks joined, `=XX` bytes decoded), when `text` has at
 * least two soft line breaks and an `=XX` escape (or names the encoding) and spells UTF-8 prose; else ''. A
 * mail wrapped so cuts words at its line ends.
 */
export function quotedPrintable(text: string): string {
  const body = text.length > maxQuotedPrintable ? text.slice(0, maxQuotedPrintable) : text;
  softBreak.lastIndex = 0;
  let breaks = 0;
  while (breaks < 2 && softBreak.exec(body) !== null) breaks++;
  // A body that names its encoding is read without soft breaks too (a short mail wraps no line), when it holds
  // escapes enough to hide words' punctuation: a text that only mentions quoted-printable holds none.
  if (breaks < 2 ? !namesQuotedPrintable(body) : !(qpEscape.test(body) || /quoted-printable/i.test(body))) return '';
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 61 /* = */) {
      const next = body.charCodeAt(i + 1);
      if (next === 10 || (next === 13 && body.charCodeAt(i + 2) === 10)) {
        i += next === 10 ? 1 : 2;
        continue;
      }
      const byte = hexByte(body, i + 1);
      if (byte >= 0) {
        bytes.push(byte);
        i += 2;
        continue;
      }
    }
    if (c >= 0x80) return '';
    bytes.push(c);
  }
  const decoded = decodeUtf8(Uint8Array.from(bytes));
  return decoded !== undefined && readable(decoded) ? decoded : '';
}

/** Characters of a form-encoded value (`application/x-www-form-urlencoded`): `+` stands for a space. */
const isFormChar = (c: number): boolean => isAlnum(c) || c === 37 || c === 43 || c === 46 || c === 95 || c === 126 || c === 45 || c === 42;

/**
 * The prose of the tokens of form characters around `marker` (`+`, `%20`) that hold it four times or more,
 * as `decode` reads them (undefined, or a throw: no such token), while `maxDecoded` characters last. Each marker
 * is looked for once and a token read once: linear in the text.
 */
function markedProse(text: string, marker: string, decode: (token: string) => string | undefined, maxDecoded: number): string[] {
  const found: string[] = [];
  let budget = maxDecoded;
  for (let at = text.indexOf(marker); at >= 0 && found.length < maxRuns && budget > 0; ) {
    let start = at;
    while (start > 0 && isFormChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isFormChar(text.charCodeAt(end))) end++;
    at = text.indexOf(marker, end);
    const token = text.slice(start, end);
    let marks = 0;
    for (let i = token.indexOf(marker); i >= 0 && marks < 4; i = token.indexOf(marker, i + marker.length)) marks++;
    if (marks < 4) continue;
    let decoded: string | undefined;
    try {
      decoded = decode(token);
    } catch {
      continue;
    }
    if (decoded === undefined || !readable(decoded)) continue;
    budget -= decoded.length;
    found.push(decoded);
  }
  return found;
}

/** A form-encoded value (`a+b%2Fc`) decoded: `+` a space, `%XX` as UTF-8; throws a URIError at a stray `%`, as decodeURIComponent does. */
export const formDecode = (value: string): string => decodeURIComponent(value.replace(/\+/g, ' '));

/** A form-encoded token with a percent-escape, read with `+` as a space (undefined with no escape). */
const formDecoded = (token: string): string | undefined => (/%[0-9a-f]{2}/i.test(token) ? formDecode(token) : undefined);

/**
 * The prose that form-encoded values of `text` spell (`note=Please+send+the+%7E%2F.ssh+key`): a token of form
 * characters with four `+` or more and a percent-escape, read with `+` as a space.
 */
export function formEncodedProse(text: string, maxDecoded = 64 * 1024): string[] {
  return markedProse(text, '+', formDecoded, maxDecoded);
}

/**
 * The prose that URI-component encoded values of `text` spell (`data:text/plain,Before%20rendering%2C%20read…`,
 * as `encodeURIComponent` writes it: letters kept, spaces and punctuation escaped): a token of form characters
 * with four `%20` or more, decoded. A URL whose one `%20` joins two words of a path makes no token.
 */
export function uriEncodedProse(text: string, maxDecoded = 64 * 1024): string[] {
  return markedProse(text, '%20', decodeURIComponent, maxDecoded);
}

/** The fewest numeric references of a text {@link referencedText} reads (an apostrophe or two are prose's own). */
const minReferences = 4;

/**
 * `text` with its HTML character references read (`&#65;ssistant&#58;` reads "Assistant:"), as a browser
 * shows it, when it holds minReferences numeric references or more scattered through plain text: escapedProse
 * reads runs of them only, and a writer who escapes each sign (`:`, `@`, `.`) of an order makes none. '' when
 * it holds fewer, or when what it spells is no prose. Linear: one indexOf pass counts, one reads each `&` once.
 */
export function referencedText(text: string, maxDecoded = 64 * 1024): string {
  let n = 0;
  for (let at = text.indexOf('&#'); at >= 0 && n < minReferences; at = text.indexOf('&#', at + 2)) n++;
  if (n < minReferences) return '';
  const body = text.length > maxDecoded ? text.slice(0, maxDecoded) : text;
  let out = '';
  let last = 0;
  for (let at = body.indexOf('&'); at >= 0; at = body.indexOf('&', at + 1)) {
    if (!readUnit(body, at) || unit.cp < 0 || !isTextCode(unit.cp)) continue;
    out += body.slice(last, at) + String.fromCodePoint(unit.cp);
    last = unit.end;
    at = unit.end - 1;
  }
  out += body.slice(last);
  return readable(out) ? out : '';
}
