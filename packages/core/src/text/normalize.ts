import unicode from 'unicode-properties';

import { confusableOf } from './confusables.js';
import { InvisibleSignal, invisibleSignals, withoutInvisible } from './invisible.js';
import { keepPlainLowerCase } from './plain-lower.js';
import { isAsciiLetter } from './char-classes.js';

/** What normalization found while producing the canonical text; each bit is a signal rules can use. */
export const TextSignal = {
  PercentEncoded: 1 << 0,
  MultiplyEncoded: 1 << 1,
  HtmlEntities: 1 << 2,
  EscapeSequences: 1 << 3,
  OverlongUtf8: 1 << 4,
  CompatibilityForms: 1 << 5,
  // The three bits the one pass over invisible characters reports: defined there, one value each.
  ZeroWidth: InvisibleSignal.ZeroWidth,
  BidiControl: InvisibleSignal.BidiControl,
  TagCharacters: InvisibleSignal.TagCharacters,
  Confusables: 1 << 9,
  MixedScript: 1 << 10,
  LoneSurrogate: 1 << 11,
  NulByte: 1 << 12,
  ControlCharacters: 1 << 13,
} as const;

/** Names of the signals, as rules refer to them. */
export const signalNames = {
  'percent-encoded': TextSignal.PercentEncoded,
  'multiply-encoded': TextSignal.MultiplyEncoded,
  'html-entities': TextSignal.HtmlEntities,
  'escape-sequences': TextSignal.EscapeSequences,
  'overlong-utf8': TextSignal.OverlongUtf8,
  'compatibility-forms': TextSignal.CompatibilityForms,
  'zero-width': TextSignal.ZeroWidth,
  'bidi-control': TextSignal.BidiControl,
  'tag-characters': TextSignal.TagCharacters,
  confusables: TextSignal.Confusables,
  'mixed-script': TextSignal.MixedScript,
  'lone-surrogate': TextSignal.LoneSurrogate,
  'nul-byte': TextSignal.NulByte,
  'control-characters': TextSignal.ControlCharacters,
} as const;

export type SignalName = keyof typeof signalNames;

export interface CanonicalText {
  /** Decoded, NFKC, invisible characters removed, confusables folded, lower case. */
  readonly text: string;
  /** Bitset of normalization signals (the `signals` of rule packs, see docs/rules.md). */
  readonly signals: number;
  /** ASCII text hidden in Unicode tag characters, if any (it is also appended to `text`). */
  readonly hidden: string;
}

export interface NormalizeLimits {
  /** How many rounds of percent / entity / escape decoding to apply at most. */
  readonly maxDecodeRounds: number;
  /** Keep the case (for comparisons that are case-sensitive, such as paths against safe zones). */
  readonly keepCase?: boolean;
}

const printableAscii = /^[\x20-\x7e]*$/;
/**
 * Printable ASCII without the characters that start an encoding (`%`, `&`, `\`): such strings only need
 * lower-casing. One range and three plain searches: the class of three ranges read ~13 instructions a
 * character, the range ~9 and each search a fraction of one.
 */
const isPlainAscii = (raw: string, printable: boolean): boolean => printable && !raw.includes('%') && !raw.includes('&') && !raw.includes('\\');

/**
 * Printable ASCII (`printable`: as printableAscii tested it) whose `%`, `&` and `\` start no encoding
 * (`2>&1`, `&&`, `date +%F`): decoding leaves it as it is, so it too only needs lower-casing (the full path
 * would find that in a pass per step).
 */
function decodesToItself(raw: string, printable: boolean): boolean {
  return printable && !maybePercent.test(raw) && !maybeEntity.test(raw) && !maybeEscape.test(raw);
}
// eslint-disable-next-line no-control-regex -- matching ASCII control characters is the point
const hasNonAscii = /[^\x00-\x7f]/;
// eslint-disable-next-line no-control-regex -- matching ASCII control characters is the point
const controls = /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/;
// The invisible characters of text/invisible.ts as regexes, for an ill-formed text (removed class after
// class). Zero-width and other default-ignorable format characters (not the bidi controls, counted apart);
// the class lists combining and variation-selector code points on purpose: each is removed on its own.
// eslint-disable-next-line no-misleading-character-class
const zeroWidth = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udd00-\uddef]/g;
const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const tags = /\udb40[\udc00-\udc7f]/g;
// Any tag, bidi-control or zero-width character: one pass decides whether the three above need to run.
const hasInvisible = new RegExp(`${tags.source}|${bidi.source}|${zeroWidth.source}`);
/** {@link invisibleSignals}, after one native search for any (most texts have none, and a loop reads slower). */
const invisibleIn = (text: string): number => (hasInvisible.test(text) ? invisibleSignals(text) : 0);
/** Longer values get a single decoding round. */
const longText = 64 * 1024;
const flagTagSequence = /\ud83c\udff4(?:\udb40[\udc20-\udc7e])+\udb40\udc7f/g;

/**
 * The canonical text of ASCII that decoding leaves as it is (no signals, nothing hidden: most values), or
 * undefined: for a caller that keeps the text in an object of its own (no canonical object per value).
 */
export function plainCanonical(raw: string, limits: NormalizeLimits): string | undefined {
  const printable = printableAscii.test(raw);
  const plain = isPlainAscii(raw, printable);
  if (!plain && !decodesToItself(raw, printable)) return undefined;
  if (limits.keepCase) return raw;
  const lower = asciiLowerCase(raw);
  // Printable ASCII: the plain reading of the instruction analysis takes this lower case as it is (and the
  // escape prefilter, that a plain one holds no `%`, `&` or `\`).
  keepPlainLowerCase(raw, lower, plain);
  return lower;
}

/**
 * Produces the canonical form of a string that rules match against. The input is never changed; the
 * message forwarded upstream stays byte-for-byte what was sent.
 */
export function canonicalize(raw: string, limits: NormalizeLimits): CanonicalText {
  const plain = plainCanonical(raw, limits);
  return plain !== undefined ? { text: plain, signals: 0, hidden: '' } : canonicalizeNotPlain(raw, limits);
}

/** {@link canonicalize} of a text {@link plainCanonical} gave undefined. */
export function canonicalizeNotPlain(raw: string, limits: NormalizeLimits): CanonicalText {
  return raw.length > longText ? canonicalizeLong(raw, limits.keepCase === true) : canonicalizeWhole(raw, limits);
}

/**
 * {@link canonicalize} as passes over the whole text, each step once (exported for a test: the piecewise
 * reading of long texts must give what it gives).
 */
export function canonicalizeWhole(raw: string, limits: NormalizeLimits): CanonicalText {
  let signals = 0;
  let text = raw;
  if (!text.isWellFormed()) {
    signals |= TextSignal.LoneSurrogate;
    text = text.toWellFormed();
  }
  // Layered encodings are a filter bypass for short values (paths, URLs, commands); long text gets one
  // round, so a megabyte of documentation full of escapes is not rewritten four times.
  const rounds = text.length > longText ? 1 : limits.maxDecodeRounds;
  for (let round = 0; round < rounds; round++) {
    const decoded = decodeOnce(text);
    if (decoded.text === text) break;
    signals |= decoded.signals;
    if (round > 0 && decoded.signals & TextSignal.PercentEncoded) signals |= TextSignal.MultiplyEncoded;
    text = decoded.text;
  }
  if (text.includes('\0')) {
    signals |= TextSignal.NulByte;
    text = text.replaceAll('\0', '');
  }
  if (controls.test(text)) signals |= TextSignal.ControlCharacters;
  const keepCase = limits.keepCase === true;
  if (!hasNonAscii.test(text)) return { text: keepCase ? text : asciiLowerCase(text), signals, hidden: '' };
  // Invisible characters count as a signal when they were in the value as sent, or appeared by percent
  // or entity decoding; ones that only `\u` escapes spell (source code quoting them) are removed for
  // matching but are not themselves a signal: a model reading the source sees the escape, not the character.
  const escaped = (signals & TextSignal.EscapeSequences) !== 0;
  if (escaped && hasNonAscii.test(raw)) signals |= invisibleIn(raw);
  const canonical = (text.length >= islandText ? byIslands(text, escaped, keepCase) : undefined) ?? canonicalSpan(text, escaped, keepCase);
  signals |= canonical.signals;
  const hidden = canonical.hidden;
  return { text: hidden ? `${canonical.text}\n${keepCase ? hidden : hidden.toLowerCase()}` : canonical.text, signals, hidden };
}

/**
 * ASCII characters no step of canonicalization reads across, so a text cut before one of them reads as
 * its pieces joined: no encoding spells them (`%XX`, entities, escapes are letters, digits, `#;{}%&\`),
 * nothing removes them, they are not part of a word (lookalikes are folded word by word) nor characters
 * lower-casing looks through (' . : ^ ` for the final sigma), and NFKC joins no character to the one
 * before them (only to marks after them, which stay in the same piece: < and U+0338 is ≮).
 */
const pieceCut = new Uint8Array(128);
for (const c of '\t\n\r !"$()*+,-/<=>?@[]_|~') pieceCut[c.charCodeAt(0)] = 1;
const isPieceCut = (c: number): boolean => c < 128 && pieceCut[c] === 1;
/** Pieces of a long text closer than this are read as one, up to this length (a call per piece costs more than the characters between them). */
const pieceGap = 256;
const pieceMerge = 16 * 1024;
/** Characters after one mayNeedWork found read by a loop before the regex is called (a sparse text pays little for them). */
const nearLook = 32;

/**
 * Where {@link mayNeedWork} finds a character in `raw` from `from` on (-1: none). Right after one it found
 * (`afterHit`: a piece, or a `&&` or `100%` that needs nothing), the next {@link nearLook} characters are
 * read by a loop first: in a text dense with such characters (a zero-width one every few letters, a
 * minified script's `&&` and `\`) a regex call per character found cost more than the characters between
 * them (the minified JS of bench/: 13.3k calls -> 4.1k).
 */
function nextMayNeedWork(raw: string, from: number, afterHit: boolean): number {
  let i = from;
  if (afterHit) {
    const stop = Math.min(raw.length, from + nearLook);
    for (; i < stop; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 128 || mayNeedWorkAscii[c] === 1) return i;
    }
  }
  mayNeedWork.lastIndex = i;
  // `test`, not `exec`: no match array per character found (a minified script has tens of thousands).
  return mayNeedWork.test(raw) ? mayNeedWork.lastIndex - 1 : -1;
}

/**
 * {@link canonicalizeWhole} of a text longer than `longText`, read piece by piece: only the pieces that
 * need work (see {@link needsWork}) go through the steps, from the cut before to the cut after; the text
 * between them is lower-cased as it is. No step makes a copy of the whole text (its one copy is the
 * result), and none reads it again. The steps that depend on the whole text: entities are decoded in every
 * piece when any piece holds one that must be (a text with `&lt;` somewhere has its `&amp` decoded too), and
 * `\u` escapes anywhere make the invisible characters of the text as sent the signal.
 */
function canonicalizeLong(raw: string, keepCase: boolean): CanonicalText {
  const starts: number[] = [];
  const ends: number[] = [];
  // Where to look for the next character that may need work.
  let from = 0;
  for (;;) {
    const at = nextMayNeedWork(raw, from, from > 0);
    if (at < 0) break;
    from = at + 1;
    if (!needsWork(raw, at)) continue;
    const n = ends.length;
    const floor = n === 0 ? 0 : ends[n - 1]!;
    let start = at;
    while (start > floor && !isPieceCut(raw.charCodeAt(start - 1))) start--;
    // The cut itself goes with the piece (marks after it are NFKC-joined to it).
    if (start > floor) start--;
    let end = at + 1;
    while (end < raw.length && !isPieceCut(raw.charCodeAt(end))) end++;
    if (n > 0 && start - floor < pieceGap && end - starts[n - 1]! <= pieceMerge) ends[n - 1] = end;
    else {
      starts.push(start);
      ends.push(end);
    }
    from = end;
  }
  // Decoding, step by step as canonicalizeWhole takes them (one round: the text is long).
  let signals = 0;
  let entities = false;
  const pieces = new Array<string>(starts.length);
  for (let p = 0; p < pieces.length; p++) {
    let piece = raw.slice(starts[p], ends[p]);
    if (!piece.isWellFormed()) {
      signals |= TextSignal.LoneSurrogate;
      piece = piece.toWellFormed();
    }
    const percent = decodePercentStep(piece);
    signals |= percent.signals;
    piece = percent.text;
    if (!entities && piece.includes('&') && maybeEntity.test(piece)) entities = true;
    pieces[p] = piece;
  }
  for (let p = 0; p < pieces.length; p++) {
    const decoded = decodeEntityAndEscapeSteps(pieces[p]!, entities);
    signals |= decoded.signals;
    let piece = decoded.text;
    if (piece.includes('\0')) {
      signals |= TextSignal.NulByte;
      piece = piece.replaceAll('\0', '');
    }
    if (controls.test(piece)) signals |= TextSignal.ControlCharacters;
    pieces[p] = piece;
  }
  // The invisible characters of the text as sent (all of them in its pieces: they are not ASCII).
  const escaped = (signals & TextSignal.EscapeSequences) !== 0;
  if (escaped) for (let p = 0; p < pieces.length; p++) signals |= invisibleIn(raw.slice(starts[p], ends[p]));
  const parts: string[] = [];
  let hidden = '';
  let last = 0;
  // The text as sent is two bytes a character when one is past U+00FF (then so is every slice of it).
  const wide = !keepCase && pieces.some((piece) => pastLatin1.test(piece));
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    const gap = raw.slice(last, starts[p]);
    if (keepCase) parts.push(gap);
    else lowerGap(gap, wide, parts);
    if (hasNonAscii.test(piece)) {
      const canonical = canonicalSpan(piece, escaped, keepCase);
      parts.push(canonical.text);
      signals |= canonical.signals;
      hidden += canonical.hidden;
    } else parts.push(keepCase ? piece : asciiLowerCase(piece));
    last = ends[p]!;
  }
  const rest = raw.slice(last);
  if (keepCase) parts.push(rest);
  else lowerGap(rest, wide, parts);
  if (hidden) parts.push('\n', keepCase ? hidden : hidden.toLowerCase());
  const text = parts.join('');
  if (wide && text.length >= partsKeptFrom) {
    joinedText = text;
    joinedFrom = parts;
  }
  return { text, signals, hidden };
}

/**
 * Texts at least this long that canonicalizeLong makes two bytes a character keep the parts they were
 * joined from, for {@link joinedParts}.
 */
export const partsKeptFrom = 1 << 16;
/** The last such text and its parts (one text's worth, let go when read). */
let joinedText: string | undefined;
let joinedFrom: readonly string[] | undefined;

/**
 * The parts `text` was joined from, when it is the last long two-byte canonical text made (its lowered
 * ASCII gaps are one-byte strings, which a literal scan copies as bytes ten times faster than the
 * two-byte whole), else undefined; read once, then forgotten. The parts join to `text` by construction.
 */
export function joinedParts(text: string): readonly string[] | undefined {
  if (joinedText === undefined || joinedText.length !== text.length || joinedText !== text) return undefined;
  const parts = joinedFrom;
  joinedText = joinedFrom = undefined;
  return parts;
}

const pastLatin1 = /[\u0100-\uffff]/;
const gapChunk = 64 * 1024;
const encoder = new TextEncoder();
const decoder = new TextDecoder();
/**
 * Gaps at least this long are lowered through their bytes: ICU lowers a two-byte string slower than the
 * copy costs, and a one-byte gap is copied fast again by the rules' literal scan and window tests.
 */
const minGapCopied = 256;
/** The bytes of one chunk of a gap being lowered. */
let gapBytes: Uint8Array | undefined;

/**
 * Pushes a gap between the pieces of a long text (printable ASCII, tabs and line ends) in lower case. A
 * slice of a `wide` text is two bytes a character, which `toLowerCase` reads one by one; its bytes decoded
 * again are a one-byte string, which it lowers natively: a megabyte of README text 2.6 -> 2.1 ms.
 */
function lowerGap(gap: string, wide: boolean, parts: string[]): void {
  if (!wide || gap.length < minGapCopied) {
    parts.push(gap.toLowerCase());
    return;
  }
  gapBytes ??= new Uint8Array(gapChunk);
  for (let at = 0; at < gap.length; at += gapChunk) {
    const chunk = at === 0 && gap.length <= gapChunk ? gap : gap.slice(at, at + gapChunk);
    parts.push(decoder.decode(gapBytes.subarray(0, encoder.encodeInto(chunk, gapBytes).written)).toLowerCase());
  }
}

/**
 * An ASCII text in lower case: a short one is itself when it has no capital (`toLowerCase` makes a copy
 * even then, a garbage string per value); a long one is lowered natively, faster than a loop reads it.
 */
function asciiLowerCase(text: string): string {
  if (text.length > 4096) return text.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return text.toLowerCase();
  }
  return text;
}

/** Texts at least this long are normalized island by island when their non-ASCII characters are few. */
const islandText = 2048;
/** Non-ASCII characters fewer than this many characters apart share an island. */
const islandGap = 256;

/**
 * NFKC, invisible characters (counted unless `escaped`, then removed), lookalikes folded and, unless
 * `keepCase`, lower case: the canonical form of a text that holds non-ASCII characters, without the tag
 * text it hid (returned apart, in order).
 */
function canonicalSpan(span: string, escaped: boolean, keepCase: boolean): CanonicalText {
  let signals = 0;
  let text = span.normalize('NFKC');
  if (text !== span) signals |= TextSignal.CompatibilityForms;
  let hidden = '';
  // Most spans hold none: one native search says so (a loop reads each character slower).
  if (hasInvisible.test(text)) {
    if (text.isWellFormed()) {
      // One pass finds, counts and removes them all (a regex per class cost a match per character).
      const visible = withoutInvisible(text);
      if (!escaped) signals |= visible.signals;
      text = visible.text;
      hidden = visible.hidden;
    } else {
      // Removing a character may pair the halves around it: the classes are removed one after another.
      if (!escaped) signals |= invisibleSignals(text);
      const withoutFlags = text.replace(flagTagSequence, '\u{1f3f4}');
      tags.lastIndex = 0;
      if (tags.test(withoutFlags)) hidden = decodeTags(withoutFlags);
      text = withoutFlags.replace(tags, '').replace(bidi, '').replace(zeroWidth, '');
    }
  }
  const folded = foldConfusables(text);
  signals |= folded.signals;
  return { text: keepCase ? folded.text : folded.text.toLowerCase(), signals, hidden };
}

/**
 * An ASCII character at which every step of {@link canonicalSpan} may cut a text: not part of a word
 * (lookalikes are folded word by word) and not one that lower-casing looks through (' . : ^ `, for the
 * final sigma); NFKC never joins an ASCII character to the one before it.
 */
// eslint-disable-next-line no-control-regex -- the class is "not ASCII", written with its bounds
const islandStart = /[^\x00-\x7f]/g;
const isCut = (c: number): boolean => c < 0x80 && !isAsciiAlnum(c) && c !== 0x27 && c !== 0x2e && c !== 0x3a && c !== 0x5e && c !== 0x60;

/**
 * {@link canonicalSpan} of a mostly ASCII text, applied only to the islands around its non-ASCII
 * characters (from the cut before to the cut after) and lower-casing the ASCII between them: the same
 * result without NFKC, invisible-character and lookalike passes over the whole text. Undefined when the
 * islands cover much of the text (then one pass over all of it is cheaper).
 */
function byIslands(text: string, escaped: boolean, keepCase: boolean): CanonicalText | undefined {
  const parts: string[] = [];
  let signals = 0;
  let hidden = '';
  let last = 0;
  let covered = 0;
  const cutAfter = (from: number): number => {
    let end = from;
    while (end < text.length && !isCut(text.charCodeAt(end))) end++;
    return end;
  };
  islandStart.lastIndex = 0;
  let m = islandStart.exec(text);
  while (m !== null) {
    let start = m.index;
    while (start > last && !isCut(text.charCodeAt(start - 1))) start--;
    // The cut itself goes with the island: NFKC may join it with a mark that follows (< and U+0338 is ≮).
    if (start > last) start--;
    // Islands less than islandGap apart are one: a call per island costs more than the characters
    // between them, so islands are at least that far apart and at most one per islandGap characters.
    let end = cutAfter(m.index + 1);
    for (;;) {
      islandStart.lastIndex = end;
      m = islandStart.exec(text);
      if (m === null || m.index - end >= islandGap) break;
      end = cutAfter(m.index + 1);
      if ((covered + end - start) * 4 > text.length) return undefined;
    }
    covered += end - start;
    if (covered * 4 > text.length) return undefined;
    const gap = text.slice(last, start);
    parts.push(keepCase ? gap : gap.toLowerCase());
    const island = canonicalSpan(text.slice(start, end), escaped, keepCase);
    parts.push(island.text);
    signals |= island.signals;
    hidden += island.hidden;
    last = end;
  }
  const rest = text.slice(last);
  parts.push(keepCase ? rest : rest.toLowerCase());
  return { text: parts.join(''), signals, hidden };
}

function decodeTags(text: string): string {
  let out = '';
  // `tags` is global and was just used by `test`, which leaves lastIndex past the first match;
  // matchAll starts from there.
  tags.lastIndex = 0;
  for (const match of text.matchAll(tags)) {
    const cp = match[0].codePointAt(0);
    if (cp !== undefined) out += String.fromCharCode(cp - 0xe0000);
  }
  return out;
}

const hexDigit = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", sol: '/', bsol: '\\', period: '.', colon: ':',
  semi: ';', lpar: '(', rpar: ')', nbsp: ' ', tab: '\t', newline: '\n', num: '#', dollar: '$',
  percnt: '%', verbar: '|', grave: '`', excl: '!', equals: '=', plus: '+', comma: ',', lowbar: '_',
};
// Every % & \ and character outside printable ASCII, tab and line ends: {@link needsWork} says which matter.
const mayNeedWork = /[^\t\n\r\x20-\x24\x27-\x5b\x5d-\x7e]/g;
/** The ASCII characters {@link mayNeedWork} finds, as a table. */
const mayNeedWorkAscii = Uint8Array.from({ length: 128 }, (_, c) => (new RegExp(mayNeedWork.source).test(String.fromCharCode(c)) ? 1 : 0));
/** After `&`: a known entity name, or a name that ends in `;` (which makes every known one decode, see {@link canonicalizeLong}). */
const entityName = new RegExp(`(?:${Object.keys(namedEntities).join('|')})(?![a-z])|[a-z]{2,8};`, 'iy');

/**
 * Whether a long text needs more than lower-casing at `i`, where {@link mayNeedWork} stopped: a character
 * outside printable ASCII and tab / line ends, or a `%`, `&` or `\` that may start an encoding (`%` and a
 * hex digit or `u`; `&#` or `&` and an entity name; `\u`, `\x`). `&&`, `2>&1` and `100%` need nothing.
 */
function needsWork(raw: string, i: number): boolean {
  const c = raw.charCodeAt(i);
  const next = raw.charCodeAt(i + 1) | 32;
  if (c === 0x25 /* % */) return hexDigit(next) >= 0 || next === 117 /* u */;
  if (c === 0x5c /* \ */) return next === 117 /* u */ || next === 120 /* x */;
  if (c !== 0x26 /* & */) return true;
  if (raw.charCodeAt(i + 1) === 0x23 /* # */) return true;
  if (next < 97 || next > 122) return false;
  entityName.lastIndex = i + 1;
  return entityName.test(raw);
}
const maybePercent = /%(?:[0-9a-f]{2}|u[0-9a-f]{4})/i;
const maybeEntity = /&(?:#|[a-z]{2,8};)/i;
const maybeEscape = /\\[ux]/i;

function fromCodePoint(cp: number): string {
  return cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
}

/**
 * HTML character references as `&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});?` (case-insensitive) would
 * read them, scanned by hand: a replace with a callback per match took seconds on a value of a million
 * `&#38;`. Unknown names stay as written.
 */
function decodeEntities(text: string): string {
  let out = '';
  let last = 0;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    let end = i + 1;
    let decoded: string | undefined;
    if (text.charCodeAt(end) === 35 /* # */) {
      end++;
      const first = text.charCodeAt(end);
      const hex = !(first >= 48 && first <= 57) && (first | 32) === 120; /* x or X */
      if (hex) end++;
      const start = end;
      let cp = 0;
      for (; end - start < (hex ? 6 : 7); end++) {
        const c = text.charCodeAt(end);
        const digit = hex ? hexDigit(c) : c >= 48 && c <= 57 ? c - 48 : -1;
        if (digit < 0) break;
        cp = cp * (hex ? 16 : 10) + digit;
      }
      if (end === start) continue;
      decoded = fromCodePoint(cp);
    } else {
      while (end - i - 1 < 8 && isAsciiLetter(text.charCodeAt(end))) end++;
      if (end - i - 1 < 2) continue;
      decoded = namedEntities[text.slice(i + 1, end).toLowerCase()];
      if (decoded === undefined) {
        i = end - 1;
        continue;
      }
    }
    if (text.charCodeAt(end) === 59 /* ; */) end++;
    out += text.slice(last, i) + decoded;
    last = end;
    i = end - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Hex digits read at `text[from, from + count)` (fewer if a non-digit comes first), with where they end. */
function hexRun(text: string, from: number, count: number): { readonly value: number; readonly end: number } {
  let value = 0;
  let end = from;
  for (; end < from + count; end++) {
    const digit = hexDigit(text.charCodeAt(end));
    if (digit < 0) break;
    value = value * 16 + digit;
  }
  return { value, end };
}

/**
 * `\u{…}`, `\uXXXX` and `\xXX` escapes (either case) as `\\(?:u\{([0-9a-f]{1,6})\}|u([0-9a-f]{4})|x([0-9a-f]{2}))`
 * would read them, scanned by hand like entities: a replace with a callback per match took 0.8 s on a
 * million `\u005c`.
 */
function decodeEscapes(text: string): string {
  let out = '';
  let last = 0;
  for (let i = text.indexOf('\\'); i !== -1; i = text.indexOf('\\', i + 1)) {
    const kind = text.charCodeAt(i + 1) | 32;
    let cp = -1;
    let end = 0;
    if (kind === 117 /* u */) {
      if (text.charCodeAt(i + 2) === 123 /* { */) {
        const braced = hexRun(text, i + 3, 6);
        if (braced.end > i + 3 && text.charCodeAt(braced.end) === 125 /* } */) {
          cp = braced.value;
          end = braced.end + 1;
        }
      }
      if (cp < 0) {
        const four = hexRun(text, i + 2, 4);
        if (four.end === i + 6) {
          cp = four.value;
          end = four.end;
        }
      }
    } else if (kind === 120 /* x */) {
      const two = hexRun(text, i + 2, 2);
      if (two.end === i + 4) {
        cp = two.value;
        end = two.end;
      }
    }
    if (cp < 0) continue;
    out += text.slice(last, i) + fromCodePoint(cp);
    last = end;
    i = end - 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

function decodeOnce(text: string): { text: string; signals: number } {
  const percent = decodePercentStep(text);
  const rest = decodeEntityAndEscapeSteps(percent.text, percent.text.includes('&') && maybeEntity.test(percent.text));
  return { text: rest.text, signals: percent.signals | rest.signals };
}

/** The first step of {@link decodeOnce}: `%XX` and `%uXXXX` escapes. */
function decodePercentStep(text: string): { text: string; signals: number } {
  if (!text.includes('%') || !maybePercent.test(text)) return { text, signals: 0 };
  const decoded = percentDecode(text);
  return decoded.text === text ? { text, signals: 0 } : { text: decoded.text, signals: TextSignal.PercentEncoded | decoded.signals };
}

/**
 * The steps of {@link decodeOnce} after percent decoding: HTML entities (when `entities`, which says
 * whether the text they come from holds one that must be decoded), then `\u` and `\x` escapes.
 */
function decodeEntityAndEscapeSteps(text: string, entities: boolean): { text: string; signals: number } {
  let signals = 0;
  let out = text;
  if (entities && out.includes('&')) {
    const decoded = decodeEntities(out);
    if (decoded !== out) {
      signals |= TextSignal.HtmlEntities;
      out = decoded;
    }
  }
  if (out.includes('\\') && maybeEscape.test(out)) {
    const decoded = decodeEscapes(out);
    if (decoded !== out) {
      signals |= TextSignal.EscapeSequences;
      out = decoded;
    }
  }
  return { text: out, signals };
}

/**
 * Decodes `%XX` runs as UTF-8 the way lenient servers do, including overlong forms (`%c0%ae` is `.`),
 * which are themselves a signal; `%uXXXX` (IIS) too. Malformed sequences stay as they are.
 */
function percentDecode(text: string): { text: string; signals: number } {
  let signals = 0;
  let out = '';
  let last = 0;
  let i = text.indexOf('%');
  while (i !== -1 && i < text.length) {
    const bytes: number[] = [];
    let j = i;
    while (j + 2 < text.length + 0 && text.charCodeAt(j) === 37) {
      const c1 = text.charCodeAt(j + 1);
      if ((c1 === 117 || c1 === 85) && j + 5 < text.length) {
        const h = [2, 3, 4, 5].map((k) => hexDigit(text.charCodeAt(j + k)));
        if (h.every((d) => d >= 0)) {
          if (bytes.length) break;
          out += text.slice(last, i) + fromCodePoint(((h[0] ?? 0) << 12) | ((h[1] ?? 0) << 8) | ((h[2] ?? 0) << 4) | (h[3] ?? 0));
          last = j + 6;
          j += 6;
          i = j;
          continue;
        }
      }
      const hi = hexDigit(c1);
      const lo = hexDigit(text.charCodeAt(j + 2));
      if (hi < 0 || lo < 0) break;
      bytes.push((hi << 4) | lo);
      j += 3;
    }
    if (bytes.length) {
      const decoded = decodeUtf8Lenient(bytes);
      signals |= decoded.signals;
      out += text.slice(last, i) + decoded.text;
      last = j;
      i = text.indexOf('%', j);
    } else {
      i = text.indexOf('%', Math.max(j, i + 1));
    }
  }
  return { text: last === 0 ? text : out + text.slice(last), signals };
}

function decodeUtf8Lenient(bytes: readonly number[]): { text: string; signals: number } {
  let signals = 0;
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const need = b >= 0xf0 && b <= 0xf7 ? 3 : b >= 0xe0 ? (b <= 0xef ? 2 : 0) : b >= 0xc0 ? 1 : 0;
    if (b < 0x80 || need === 0) {
      out += b < 0x80 ? String.fromCharCode(b) : '\ufffd';
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i++;
      continue;
    }
    const minimum = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (cp < minimum) signals |= TextSignal.OverlongUtf8;
    out += fromCodePoint(cp);
    i += need + 1;
  }
  return { text: out, signals };
}

// eslint-disable-next-line no-control-regex -- the class is "not ASCII", written with its bounds
const nonAsciiChar = /[^\x00-\x7f]/g;
const wordChar = /[\p{L}\p{M}\p{N}]/u;
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** What {@link foldWord} and {@link foldConfusables} ask of a character, as bits of {@link factsOf}. */
const known = 1;
/** A code unit that is a letter, mark or number (as `wordChar` reads it alone). */
const wordUnit = 2;
const latinScript = 4;
// Scripts written without spaces between words, or with particles joined to the word before (Japanese
// "JSONを", Korean "API를", Chinese "base64编码"): a Latin term inside such a word is ordinary writing, and
// none of their letters passes for a Latin one, so a word mixing them with Latin is no spoof.
const joinsLatinWords = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo', 'Thai', 'Lao', 'Khmer', 'Myanmar']);
/** A letter of a script other than Latin (not Common or Inherited, nor one of {@link joinsLatinWords}). */
const otherLetter = 8;
/** A lookalike {@link confusableOf} folds: few characters are, and asking its map costs a hash look-up per character. */
const imitates = 16;
/** The facts of each BMP code point, found on first sight (script look-ups cost a trie walk each). */
const bmpFacts = new Uint8Array(0x10000);

function factsOf(cp: number): number {
  const cached = cp < 0x10000 ? bmpFacts[cp]! : 0;
  if (cached !== 0) return cached;
  let facts = known;
  if (cp < 0x10000 && wordChar.test(String.fromCharCode(cp))) facts |= wordUnit;
  const script = unicode.getScript(cp);
  if (script === 'Latin') facts |= latinScript;
  else if (script !== 'Common' && script !== 'Inherited' && !joinsLatinWords.has(script) && unicode.getCategory(cp).startsWith('L')) facts |= otherLetter;
  if (confusableOf(cp) !== undefined) facts |= imitates;
  if (cp < 0x10000) bmpFacts[cp] = facts;
  return facts;
}

// A measurement in micro-units ("6.7 µs", "40µm"): NFKC turns the micro sign into the Greek mu, which
// before a unit symbol is a prefix, not a lookalike of a Latin letter mixed into a word.
const microUnit = /^[0-9]*\u03bc(?:s|ms|sec|secs|m|g|l|a|v|f|h|w|j|c|k|t|n|mol|hz|pa)$/iu;
const maxMicroUnit = 24;
/** Whether `text[start, end)` is digits and then a mu: only such a word is copied for {@link microUnit}. */
function startsMicro(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  const c = text.charCodeAt(i);
  return c === 0x3bc || c === 0x39c;
}

/** The signals of the last word {@link foldWord} read (a scratch: a result object per word adds up in a script's Unicode tables). */
let wordSignals = 0;

/**
 * Folds the lookalikes of `text[start, end)`, one word that holds non-ASCII characters: the word folded,
 * or undefined when it holds no lookalike (then no string is made); its signals (a Latin/other-script mix,
 * lookalikes) in {@link wordSignals}.
 */
function foldWord(text: string, start: number, end: number): string | undefined {
  if (end - start <= maxMicroUnit && startsMicro(text, start, end) && microUnit.test(text.slice(start, end))) {
    wordSignals = 0;
    return undefined;
  }
  let folded: string | undefined;
  let copied = start;
  let hasLatin = false;
  let hasOther = false;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    // A lone surrogate is read alone, as iterating the string reads it.
    const size = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      const lower = cp | 32;
      if (lower >= 97 && lower <= 122) hasLatin = true;
    } else {
      const facts = factsOf(cp);
      if (facts & latinScript) hasLatin = true;
      else if (facts & otherLetter) hasOther = true;
      const latin = facts & imitates ? confusableOf(cp) : undefined;
      if (latin !== undefined) {
        folded = `${folded ?? ''}${text.slice(copied, i)}${latin}`;
        copied = i + size;
      }
    }
    i += size;
  }
  wordSignals = (hasLatin && hasOther ? TextSignal.MixedScript : 0) | (folded !== undefined ? TextSignal.Confusables : 0);
  return folded === undefined ? undefined : folded + text.slice(copied, end);
}

/**
 * Folds lookalike letters to Latin and flags words that mix Latin with another script. Only words that
 * hold a non-ASCII character are looked at, found from those characters outwards, so mostly-ASCII text
 * costs one scan; only words that change are copied (exported for a test: it reads as its reference does).
 */
export function foldConfusables(text: string): { text: string; signals: number } {
  let signals = 0;
  let parts: string[] | undefined;
  // `text[0, copied)` is in `parts`; `last` is the end of the last word looked at.
  let copied = 0;
  let last = 0;
  nonAsciiChar.lastIndex = 0;
  // `test`, not `exec`: no match array per non-ASCII character.
  while (nonAsciiChar.test(text)) {
    const at = nonAsciiChar.lastIndex - 1;
    let start = at;
    while (start > last && isAsciiAlnum(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c < 0x80 ? isAsciiAlnum(c) : (factsOf(c) & wordUnit) !== 0 || (c >= 0xd800 && c <= 0xdfff)) end++;
      else break;
    }
    if (end === at) end++; // a lone non-word character (punctuation, symbol): look at it alone
    const folded = foldWord(text, start, end);
    signals |= wordSignals;
    if (folded !== undefined) {
      (parts ??= []).push(text.slice(copied, start), folded);
      copied = end;
    }
    last = end;
    nonAsciiChar.lastIndex = end;
  }
  let out = text;
  if (parts !== undefined) {
    parts.push(text.slice(copied));
    out = parts.join('');
  }
  // Lookalike separators, dots, dashes and quotes stand outside words.
  let lookalike = false;
  const separators = out.replace(separatorLookalikes, (ch) => {
    const plain = punctuation.get(ch);
    if (plain !== undefined) return plain;
    lookalike = true;
    return confusableOf(ch.codePointAt(0) ?? 0) ?? ch;
  });
  // Typographic dashes and quotes are ordinary prose; only separator lookalikes are a signal.
  if (lookalike) signals |= TextSignal.Confusables;
  return { text: separators, signals };
}

const separatorLookalikes = /[\u2215\u2044\u29f8\u2571\u2216\u29f5\u29f9\u2572\u2024\u3002\uff61\u2010-\u2015\u2212\u2018-\u201f\u2032\u2033]/g;
// Dashes and typographic quotes NFKC keeps: folded so "ignore — all" and “quoted” words read as ASCII.
const punctuation = new Map<string, string>([
  ...[...'\u2010\u2011\u2012\u2013\u2014\u2015\u2212'].map((c) => [c, '-'] as [string, string]),
  ...[...'\u2018\u2019\u201a\u201b\u2032'].map((c) => [c, "'"] as [string, string]),
  ...[...'\u201c\u201d\u201e\u201f\u2033'].map((c) => [c, '"'] as [string, string]),
]);
