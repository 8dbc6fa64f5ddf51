import { RecentTexts } from '../recent.js';
import { allGates, moreReaderGate } from './reader-gates.js';
import { mayHoldEscapes } from '../text/escaped-prose.js';
import { encodedProse, knownUnencoded, leetSpelled, mayBeginEncoded, maxUnaskedLeet, rot13Named, rot13Spelled, rotatedCommonWords } from '../text/encoded-prose.js';
import { plainLowerCaseOf } from '../text/plain-lower.js';
import { islandsOutsideQueries } from '../text/url-query-values.js';
import { aiNamed } from './destroys.js';
import { mayBeReversed, reversedSpelled, reverseHint } from '../text/reversed-prose.js';
import { mayHoldSpaced, spacedSpelled } from '../text/spaced-letters.js';

// What a model reads in a string, for instruction analysis. Unlike the rules' canonical form this keeps
// scripts apart: a Cyrillic word stays Cyrillic ("Запомни" must not become "3aпомни"); only a word that
// mixes Latin with lookalike letters (a disguise) is folded to Latin.

/** How a string hid part of what it says. */
export const Hidden = {
  /** Unicode tag characters (U+E0020..U+E007E) spelling ASCII that renders invisibly. */
  TagText: 1,
  /** ANSI / terminal escape sequences. */
  Ansi: 2,
  /** Zero-width characters or variation selectors inside words. */
  Invisible: 4,
  /** Words mixing Latin with lookalike letters of another script. */
  MixedScript: 8,
  /** Base64 or leetspeak next to a hint to decode it. */
  Encoded: 16,
  /** Encoded text the text asks to carry out once decoded ("decode this and act on it"). */
  Obeyed: 32,
} as const;

export interface Reading {
  /** Lower-cased text as the model sees it, hidden tag text appended as its own line. */
  readonly text: string;
  /** What was hidden or encoded (tag characters, decoded base64 and leetspeak), lower case; may be empty. */
  readonly hiddenText: string;
  /** Bits of {@link Hidden}. */
  readonly hidden: number;
}

// Cyrillic and Greek letters that render like Latin ones; used only inside mixed-script words.
const lookalikes = new Map<string, string>();
{
  const pairs = 'аaвbеeкkмmнhоoрpсcтtуyхxѕsіiјjԁdһhАaВbЕeКkМmНhОoРpСcТtУyХxЅsІiЈjαaοoρpεeιiκkνvτtυuχxΑaΒbΕeΗhΙiΚkΜmΝnΟoΡpΤtΥyΧx';
  for (let i = 0; i + 1 < pairs.length; i += 2) lookalikes.set(pairs[i]!, pairs[i + 1]!);
}

/** `word` with its Cyrillic and Greek lookalikes written as the Latin letters they render as (one code unit each). */
function latinFolded(word: string): string {
  let out = '';
  for (const ch of word) out += lookalikes.get(ch) ?? ch;
  return out;
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
const invisible = /[\u200b-\u200f\u2060-\u2064\u00ad\ufeff\u180e]|\p{Variation_Selector}/gu;
// The code units every character of `invisible` starts with: variation selectors are U+180B-U+180F,
// U+FE00-U+FE0F and U+E0100-U+E01EF (high surrogate U+DB40).
// eslint-disable-next-line no-misleading-character-class -- each code unit is looked for on its own
const mayBeInvisible = /[\u00ad\u180b-\u180f\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\ufeff\udb40]/;
// Runs of the invisible characters that hide inside a word (none of them is a letter), and a letter at the
// end or the start of the few code units around one.
const invisibleRun = /(?:[\u200b-\u200f\u2060-\u2064]|\p{Variation_Selector})+/gu;
const letterLast = /\p{L}$/u;
const letterFirst = /^\p{L}/u;

/**
 * Whether a run of invisible characters sits between two letters, as `\p{L}(?:invisible)+\p{L}` would
 * find (exported for a test), read at the runs only: that regex tries a letter class at every position,
 * 1 ms per 64 KiB of text that holds a single emoji's variation selector.
 */
export function invisibleInsideWord(text: string): boolean {
  invisibleRun.lastIndex = 0;
  for (let m = invisibleRun.exec(text); m !== null; m = invisibleRun.exec(text)) {
    const end = m.index + m[0].length;
    // Two code units hold a letter outside the BMP.
    if (letterLast.test(text.slice(Math.max(0, m.index - 2), m.index)) && letterFirst.test(text.slice(end, end + 2))) return true;
  }
  return false;
}
const tagChars = /[\u{e0000}-\u{e007f}]/gu;
const latin = /[a-z]/;
const foreignLookalike = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/;

/**
 * How text encoded without a hint to decode it is read: as `plain` text at the thresholds of content (a
 * README a code host serves base64-wrapped is documentation), or as `hidden` text (a tool description has no
 * reason to carry base64 prose at all).
 */
export type Unasked = 'plain' | 'hidden';


/** The text a model reads in `raw`, lower-cased, with what was hidden decoded and flagged. */
export function readText(raw: string, maxLength = 64 * 1024, unasked: Unasked = 'plain'): Reading {
  const cut = raw.length > maxLength ? raw.slice(0, maxLength) : raw;
  const text = cut.includes('-\n') ? joinLineBreaks(cut) : cut;
  // ASCII without ESC hides nothing of what readWhole looks for (tag, invisible and lookalike characters
  // are not ASCII, NFKC leaves ASCII as it is, ANSI sequences start with ESC): only its case changes.
  return asciiWithoutEscape.test(text) ? withDecoded(text, text.toLowerCase(), 0, '', unasked) : readWhole(text, unasked);
}

/**
 * What a model reads in `raw` when reading changes only its case (ASCII without ESC, nothing that hints at
 * decoding, no run that could be decoded unasked, no ROT13, no letters spaced apart): the lower-case text, as {@link readText} gives it then
 * with nothing hidden; else undefined. For `hidden` reading (tool metadata): `plain` also spells leetspeak.
 */
export function readPlain(raw: string): string | undefined {
  if (raw.length > maxPlainKept) return plainOf(raw) ?? undefined;
  let plain = recentPlain.get(raw);
  if (plain === undefined) recentPlain.set(raw, (plain = plainOf(raw)));
  return plain ?? undefined;
}

// The plain readings of the latest texts: a tool's description is read so by the cross-tool check and by
// the instruction analysis of the same answer (a few regex passes over it each time). Kept by fingerprint
// (see RecentTexts): a description met once is not hashed whole to be looked up.
const maxPlainKept = 4096;
const recentPlain = new RecentTexts<string | null>({ maxEntries: 512, maxTextLength: maxPlainKept });

/**
 * The plain reading of `raw` (see {@link readPlain}), or null. One pass of {@link hintOrRotated} finds what
 * decodeHint and ROT13's first pass would: a decoding word (a hint), the last word of a hint to read
 * backwards (decodeHint decides then), and the words of ROT13's list (fewer than two spell nothing).
 */
function plainOf(raw: string): string | null {
  const text = plainCandidate(raw);
  return text !== undefined && plainGiven(raw, text, textHints(text)) ? text : null;
}

/**
 * Whether what a model reads in `raw` (readText) holds no character `raw` lacks but letters, digits, `@`, `$`
 * and white space: ASCII without ESC, without a run that may be decoded (base64, hex, escapes), so decoding
 * only spells its own characters anew (leetspeak, ROT13, backwards) and lowers their case.
 */
export function spellsOnlyLetters(raw: string): boolean {
  return (plainLowerCaseOf(raw) !== undefined || asciiWithoutEscape.test(raw)) && (knownUnencoded(raw) || !(mayBeginEncoded(raw) || mayHoldEscapes(raw)));
}

/**
 * The lower case of `raw` when nothing but what {@link hintsOf} and {@link plainGiven} read may make its
 * reading more than that (ASCII without ESC, no run that may be decoded, no word broken across lines); else
 * undefined: then it has no plain reading.
 */
export function plainCandidate(raw: string): string | undefined {
  // A text the value walk lower-cased is printable ASCII, and its lower case is made already.
  const lowered = plainLowerCaseOf(raw);
  // A tool description the value walk read already (its encoded prose) is known to hold neither.
  if ((lowered === undefined && !asciiWithoutEscape.test(raw)) || (!knownUnencoded(raw) && (mayBeginEncoded(raw) || mayHoldEscapes(raw)))) return undefined;
  const text = lowered ?? raw.toLowerCase();
  // Words broken across lines are joined, which is more than lowering the case (a text the walk lower-cased
  // is printable ASCII, without a line break: most pieces skip the test).
  return lowered === undefined && text.includes('-\n') ? undefined : text;
}

/**
 * Bits of {@link hintsOf}: a decoding word; the last word of a hint to read backwards; then ROT13 words, at
 * most two, counted from bit 2; and whether the text may be written backwards (see {@link clauseHints}).
 */
export const hintDecode = 1;
const hintBackwards = 2;
const oneRotated = 4;
const hintMayReverse = 16;
/** The bits that count ROT13 words. */
const rotatedBits = 12;

/**
 * What {@link hintOrRotated} finds in lower-case ASCII `text` (bits above): its matches are runs of letters,
 * digits and `-` starting at a word boundary, so a text's are its parts' when no such run crosses from one
 * part into what is between them (the pieces' clauses are read so, see pieces.ts).
 */
export function hintsOf(text: string): number {
  let hints = 0;
  hintOrRotated.lastIndex = 0;
  for (let m = hintOrRotated.exec(text); m !== null; m = hintOrRotated.exec(text)) {
    if (m[1] !== undefined) return hintDecode;
    if (m[2] !== undefined) hints |= hintBackwards;
    else if (hints < 2 * oneRotated) hints += oneRotated;
  }
  return hints;
}

/** {@link hintsOf} of two parts of one text, as of the text (bits kept, ROT13 words summed up to two). */
export const bothHints = (a: number, b: number): number =>
  (a | b) & hintDecode ? hintDecode : ((a | b) & (hintBackwards | hintMayReverse)) | Math.min(2 * oneRotated, (a & rotatedBits) + (b & rotatedBits));

/**
 * {@link hintsOf} a clause, with whether the text it is part of may be written backwards by it: "eht", or
 * "ot" between spaces or at an end (a clause's ends are white space or punctuation in its text, see pieces.ts),
 * which mayBeReversed of the text then decides. The text's hints are {@link bothHints} of its clauses'.
 */
export const clauseHints = (clause: string, moreGates: number = allGates): number =>
  // The cue pass's gates (reader-gates.ts) skip both searches where the clause holds none of their words:
  // a closed gate is proof they would find nothing (most clauses of a new tool list: ~1.7k instructions each).
  ((moreGates & hintGate) !== 0 ? hintsOf(clause) : 0) | ((moreGates & reverseGate) !== 0 && mayReverse.test(clause) ? hintMayReverse : 0);
const mayReverse = /eht|(?:^| )ot(?: |$)/;
/** mayReverse's gate: "eht" or "ot" in the clause. */
export const reverseGate = moreReaderGate(mayReverse);
/** Whether a clause may have its text written backwards (see {@link clauseHints}): mayReverse's test. */
export const mayReverseIn = (clause: string): boolean => mayReverse.test(clause);

/** {@link hintsOf} a whole text, whether it may be written backwards left to {@link plainGiven}. */
export const textHints = (text: string): number => hintsOf(text) | hintMayReverse;

/** Whether `text` (the {@link plainCandidate} of `raw`), whose {@link hintsOf} are `hints`, is its plain reading. */
export function plainGiven(raw: string, text: string, hints: number): boolean {
  if (hints & hintDecode || mayHoldSpaced(raw)) return false;
  // decodeHint once, however many such words there are (linear in the text).
  if (hints & hintBackwards && hasDecodeHint(text)) return false;
  // Text written backwards (two plain searches stop almost every text before reversedSpelled's regex runs).
  if (raw.length <= maxUnaskedLeet && hints & hintMayReverse && mayBeReversed(text) && reversedSpelled(raw, reverseHint.test(raw))) return false;
  return !((hints & rotatedBits) >= 2 * oneRotated && raw.length <= maxUnaskedLeet && rot13Spelled(raw));
}

/** {@link readText} of a text within the length limit, every step taken (exported for a test: the ASCII shortcut reads the same). */
export function readWhole(whole: string, unasked: Unasked = 'plain'): Reading {
  let text = whole;
  let hidden = 0;
  let tagged = '';
  if (text.includes('\udb40')) {
    // Tag characters spell ASCII (U+E0020..U+E007E); the rest of the block (begin / cancel tags) spells nothing.
    for (const tag of text.match(tagChars) ?? []) {
      const code = tag.codePointAt(0)! - 0xe0000;
      if (code >= 0x20 && code <= 0x7e) tagged += String.fromCharCode(code);
    }
    if (tagged.length > 0) hidden |= Hidden.TagText;
    text = text.replace(tagChars, '');
  }
  const smuggled = variationBytes(text);
  if (smuggled) {
    hidden |= Hidden.TagText;
    tagged += `${tagged ? '\n' : ''}${smuggled}`;
  }
  if (text.includes('\u001b')) {
    const stripped = text.replace(ansi, '');
    if (stripped !== text) hidden |= Hidden.Ansi;
    text = stripped;
  }
  // The invisible characters are all in a few blocks (a Unicode-aware replace over 64 KiB costs ~1 ms even when there is none).
  const visible = mayBeInvisible.test(text) ? text.replace(invisible, '') : text;
  if (visible.length !== text.length && invisibleInsideWord(text)) hidden |= Hidden.Invisible;
  text = visible.normalize('NFKC').toLowerCase();
  if (foreignLookalike.test(text)) {
    text = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
      if (!latin.test(word) || !foreignLookalike.test(word)) return word;
      hidden |= Hidden.MixedScript;
      return latinFolded(word);
    });
  }
  return withDecoded(visible, text, hidden, tagged, unasked);
}

/**
 * `raw` with the lookalike letters of its mixed-script words folded to Latin, case and length kept elsewhere (a
 * lookalike is one code unit, and so is its Latin letter): what a command reader reads where the reading found
 * such words ("Sеt-MрPrеfеrеnсе" is the cmdlet it renders as), at the same offsets.
 */
export function foldedMixedScript(raw: string): string {
  return raw.replace(/[\p{L}\p{M}]+/gu, (word) => {
    return /[a-zA-Z]/.test(word) && foreignLookalike.test(word) ? latinFolded(word) : word;
  });
}

// A word (or a path) broken by a hyphen at a line end (a wrapped, hyphenated text): the model reads it whole.
const lineBreakHyphen = /([\p{L}\p{N}_/.])-[ \t]*\n[ \t]*(?=[\p{Ll}\p{N}_/.])/gu;
// In such a text a single line break before a word is a soft wrap, not the end of a clause.
const softWrap = /([^\n])[ \t]*\n[ \t]*(?=\p{L})/gu;

/**
 * `text` with words hyphenated across lines joined ("submit-\nted" reads "submitted") and, once one is,
 * its soft wraps read as spaces, so a wrapped sentence is one clause (exported for a test).
 */
export function joinLineBreaks(text: string): string {
  const joined = text.replace(lineBreakHyphen, '$1');
  return joined === text ? text : joined.replace(softWrap, '$1 ');
}

// eslint-disable-next-line no-control-regex -- ASCII but ESC, control characters included
const asciiWithoutEscape = /^[\x00-\x1a\x1c-\x7f]*$/;

/** The reading of `text` (read from `visible`) with its tag text and, next to a decoding hint, what it encodes. */
function withDecoded(visible: string, text: string, hidden: number, tagged: string, unasked: Unasked): Reading {
  let hiddenText = tagged.toLowerCase();
  if (tagged) text += `\n${hiddenText}`;
  if (hasDecodeHint(text)) {
    const decoded = decodeHidden(visible);
    if (decoded) {
      hidden |= Hidden.Encoded;
      if (obeyHint.test(text)) hidden |= Hidden.Obeyed;
      text += `\n${decoded}`;
      hiddenText += `\n${decoded}`;
    }
  } else {
    // Unasked, a model may still decode a run of base64 or hex, or read leetspeak: what it spells is read too.
    // A URL query's value (a search a link carries) is read only where it names the AI (see url-query-values.ts).
    const all = encodedProse(visible);
    const outside = all.length === 0 ? undefined : islandsOutsideQueries(visible);
    const found = outside === undefined ? all : all.filter((island) => outside.has(island) || aiNamed.test(island.toLowerCase()));
    // A list of its own only when something more is spelled (most texts spell nothing: no list each).
    let more: string[] | undefined;
    // Leetspeak is spelled in a long text's head and tail (see leetSpelled).
    const spelled = unasked === 'plain' ? leetSpelled(visible) : '';
    if (spelled) (more ??= [...found]).push(spelled);
    if (visible.length <= maxUnaskedLeet) {
      const rotated = rot13Spelled(visible);
      if (rotated) (more ??= [...found]).push(rotated);
      const reversed = mayBeReversed(text) ? reversedSpelled(visible, reverseHint.test(visible)) : '';
      if (reversed) (more ??= [...found]).push(reversed);
    }
    // Letters spaced apart are read as the words they spell, with the rest of their lines.
    const spaced = spacedSpelled(visible);
    if (spaced) (more ??= [...found]).push(spaced);
    const islands = more ?? found;
    if (islands.length > 0) {
      const decoded = islands.join('\n').toLowerCase();
      text += `\n${decoded}`;
      if (unasked === 'hidden') {
        hidden |= Hidden.Encoded;
        hiddenText += `\n${decoded}`;
      }
    }
  }
  return { text, hiddenText, hidden };
}

const selectorRun = /(?:[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]){8,}/g;

/**
 * Text smuggled in runs of variation selectors, one byte each (VS1-16 are 0-15, VS17-256 are 16-255):
 * renders as nothing, reads as ASCII to a model that decodes it. Only printable ASCII is kept.
 */
function variationBytes(text: string): string {
  if (!/[\ufe00-\ufe0f\udb40]/.test(text)) return '';
  let out = '';
  for (const run of text.match(selectorRun) ?? []) {
    let decoded = '';
    for (const ch of run) {
      const cp = ch.codePointAt(0)!;
      const byte = cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16;
      if (byte >= 0x20 && byte <= 0x7e) decoded += String.fromCharCode(byte);
      else if (byte === 10 || byte === 9) decoded += ' ';
    }
    if (/[a-z]{2,} [a-z]{2,}/i.test(decoded)) out += `${out ? '\n' : ''}${decoded}`;
  }
  return out;
}

// A word that starts with a decoding word, or a text that says to read it backwards.
const decodeWords = 'decode|decoded|decoding|base64|b64|base32|encoded|leet|rot13|rot-13|deobfuscate|dekodier|décode|decodifica|декодируй|解码';
// A text said to be written backwards (by any verb of writing or reading), or one the reader is told to
// reverse ("reverse it and …"): what it asks is in its reversal.
const backwardsWords = String.raw`\b(?:read|reads|reading|written|write|writes|wrote|spelled|spelt|typed)\b[^.\n]{0,30}\b(?:backwards|in reverse|right to left)\b|\breverse (?:it|this|that|them)\b`;
const decodeHint = new RegExp(String.raw`\b(?:${decodeWords})|${backwardsWords}`);
// Literals every decodeHint match holds (a decoding word's start, a hint to read backwards' last words),
// searched first: a regex opening with \b gets no skip ahead and tried every character of 64 KiB heads.
const decodeLiteral = /decod|base64|b64|base32|encoded|leet|rot-?13|deobfuscate|dekodier|décode|декодируй|解码|backwards|in reverse|right to left|reverse /;
const decodeHintFrom = new RegExp(decodeHint.source, 'g');
/** How far before its last words a hint to read backwards starts: a verb of up to 7 letters, then 30 characters. */
const backwardsReach = 40;

/**
 * Whether decodeHint matches `text` (exported for a test): its literals first, then decodeHint from as far
 * before the first as one of its matches may start.
 */
export function hasDecodeHint(text: string): boolean {
  const at = text.search(decodeLiteral);
  if (at < 0) return false;
  decodeHintFrom.lastIndex = Math.max(0, at - backwardsReach);
  return decodeHintFrom.test(text);
}
// In lower-case ASCII: decodeHint's first alternative (1), a whole word its second one ends with (2), or a
// word of ROT13's list (the `i` flag of rot13Spelled's count reads ASCII as its lower case does).
const hintOrRotated = new RegExp(String.raw`\b(?:(${decodeWords})|(backwards|reverse|left)\b|(?:${rotatedCommonWords.join('|')})\b)`, 'g');
/** hintOrRotated's gate (its source without the `g` flag, which the cue pass does not read): one of its words in the clause. */
export const hintGate = moreReaderGate(new RegExp(hintOrRotated.source));

/**
 * Words that hand over what is decoded as orders: do what it says, do it, act on it, follow it, carry it out, run
 * or execute it (English, German, French, Spanish). A text that asks to summarise or translate it does not.
 */
const obeyHint = new RegExp([
  String.raw`\b(?:do|does) (?:what|as) (?:it|they|this|the text) (?:says?|tells? you|asks?)`,
  String.raw`\b(?:do|does) (?:it|them)\b(?! (?:not|n't)\b)`,
  String.raw`\b(?:act|acting) (?:on|upon) (?:it|them|this|that)\b`,
  String.raw`\b(?:follow|obey|execute|run|perform|apply) (?:it|them|this|that|what it says|the (?:decoded |hidden |encoded )?(?:instructions?|steps?|orders?|text))\b`,
  String.raw`\bcarry (?:it|them|this|that) out\b|\bcarry out (?:the|these|its)\b`,
  // "URL-decode and run once", "base64-decode, then execute": the decoding itself handed over to be run.
  String.raw`\b(?:decode|decoded|decoding)\b[^.\n]{0,24}?(?:\band|\bthen|,)\s+(?:then\s+)?(?:run|execute|exec|eval|paste)\b`,
  String.raw`\b(?:befolge|befolgen sie|führe (?:es|sie|das) aus|führen sie (?:es|sie|das) aus)\b`,
  String.raw`(?:exécutez-le|exécute-le|suivez-le|suis-le|appliquez-le)|\b(?:ejecútalo|ejecútelo|síguelo|sígalo|obedece)\b`,
].join('|'));

const backwardsHint = new RegExp(backwardsWords, 'i');

/**
 * What a text spells next to a decoding hint: the prose of its base64 and hex runs (read as
 * {@link encodedProse} reads them unasked), lower case, its leetspeak spelled out, its ROT13 rotated back
 * and, when it says to read backwards, itself backwards (exported for a test).
 */
export function decodeHidden(text: string): string {
  const parts = encodedProse(text).map((t) => t.toLowerCase());
  const spelled = leetSpelled(text);
  if (spelled) parts.push(spelled);
  const rotated = rot13Spelled(text, rot13Named.test(text)).toLowerCase();
  if (rotated) parts.push(rotated);
  const spaced = spacedSpelled(text).toLowerCase();
  if (spaced) parts.push(spaced);
  // A text that says to read it backwards is read backwards too (short ones: an order in it is short).
  if (text.length <= maxUnaskedLeet && backwardsHint.test(text)) parts.push([...text].reverse().join('').toLowerCase());
  return parts.join('\n');
}
