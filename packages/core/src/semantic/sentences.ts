import { closesLinkTitle, opensLinkTitle } from '../text/link-title.js';
import { isSpacedWordCharAt } from '../text/char-classes.js';

/** One sentence or clause of a text, as the instruction analysis reads it. */
export interface Sentence {
  /** The clause, trimmed (lower case when the input was). */
  readonly text: string;
  /** Offset of the clause in the text it came from. */
  readonly start: number;
}

export interface SplitLimits {
  /** Most sentences returned: the first three quarters of them and the text's last ones (see splitClauses). */
  readonly maxSentences: number;
  /** Longest sentence; longer runs are cut at a space near this length. */
  readonly maxSentenceLength: number;
}

const defaults: SplitLimits = { maxSentences: 400, maxSentenceLength: 400 };

// Sentence ends, line breaks, and the seams of serialized data (`', '` / `": "`), which put a value that
// opens with an order ("...'content': 'Please move...'") at the start of its own clause. Boundaries are
// the matches of this regex, found by the scan below (same matches; a regex match costs an array and
// strings per boundary, and the regex tries six alternatives at every character):
//   /[.!?。！？]*[。！？]["'”’)\]]*|[.!?。！？]+(?=["'”’)\]]*(?:\s|$))["'”’)\]]*|[;\n\r\u2028\u2029]+|["']\s*[:,]\s*["'{[(]|[{}[\]]|<\/?[a-z_][\w-]*\s*\/?>|\s[-*•]\s/gi
// and the quotes of a markdown link's title (see opensLinkTitle).

// What a boundary may start with (see nextBoundary), and that of each ASCII character.
const none = 0;
const sentenceEnd = 1;
const lineBreak = 2;
const quote = 3;
const bracket = 4;
const tag = 5;
const listMark = 6;
const opens = new Uint8Array(128);
for (const c of '.!?') opens[c.charCodeAt(0)] = sentenceEnd;
for (const c of ';\n\r') opens[c.charCodeAt(0)] = lineBreak;
for (const c of `"'`) opens[c.charCodeAt(0)] = quote;
for (const c of '{}[]') opens[c.charCodeAt(0)] = bracket;
opens[0x3c] = tag;
// A list mark between white space (`\s[-*•]\s`) is looked for at its mark, not at every space before one.
opens[0x2d] = listMark;
opens[0x2a] = listMark;

/**
 * Every character of {@link opens} that is not {@link none}, and those past ASCII a boundary may start with
 * (no `u` flag: code units). Two classes, not one: irregexp tests a class of this many ranges that reaches
 * past ASCII through a call per character of a two-byte text (IsCharacterInRangeArray, 7.3M instructions
 * of a 1 MiB README result); each of these two it tests inline.
 */
const mayOpen = /[.!?;\n\r"'{}[\]<\-*]|[\u3002\uff01\uff1f\u2028\u2029\u2022]/g;

/** White space as `\s` matches it. */
function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isSentenceEnd = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f;
/**
 * Whether the character at `i` ends a sentence as the splitter reads one: `.!?` before white space or the
 * end of the text, or a full-width end (。！？) before anything (see nextBoundary). A dot inside a word
 * (".pem", "v2.3") ends nothing.
 */
export function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x3000) return c === 0x3002 || c === 0xff01 || c === 0xff1f;
  return (c === 0x2e || c === 0x21 || c === 0x3f) && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)));
}
/**
 * Where the sentence holding `at` starts, looking back to `floor` at most: after a line break, or after an
 * end of sentence as {@link endsSentenceAt} reads one (not the dot of `~/.ssh`).
 */
export function sentenceStartBefore(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !(text.charCodeAt(i - 1) === 0x0a || endsSentenceAt(text, i - 1))) i--;
  return i;
}
/** Where the sentence holding `at` ends (the line break or stop itself), looking on to `limit` at most. */
export function sentenceEndAfter(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && !(text.charCodeAt(i) === 0x0a || endsSentenceAt(text, i))) i++;
  return i;
}
/**
 * The first sentence of `text` around a match of `pattern` (global) that `holds` (given it lower-cased),
 * with where it starts: read around at most `maxMatches` matches, `around` characters each way, each
 * sentence once. Linear: at most `maxMatches` windows of `2 × around` characters. For readings keyed by a
 * literal (an account a payment goes to) whose sentence says what is done with it.
 */
export function sentenceAroundMatch(text: string, pattern: RegExp, holds: (sentence: string) => boolean, maxMatches = 16, around = 240): { readonly start: number; readonly evidence: string } | undefined {
  pattern.lastIndex = 0;
  let past = -1;
  for (let m = pattern.exec(text), n = 0; m !== null && n < maxMatches; m = pattern.exec(text), n++) {
    if (m.index < past) continue;
    const from = sentenceStartBefore(text, m.index, Math.max(0, m.index - around));
    const end = m.index + m[0].length;
    const to = sentenceEndAfter(text, end, Math.min(text.length, end + around));
    past = to;
    const sentence = text.slice(from, to).toLowerCase();
    if (holds(sentence)) return { start: from, evidence: sentence.trim().slice(0, 200) };
  }
  return undefined;
}
const isBreak = (c: number): boolean => c === 0x3b || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** What may close a sentence after its end: `"'”’)]`. */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d;
/** What may open the value after a data seam: `"'{[(`. */
const isOpener = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x7b || c === 0x5b || c === 0x28;
/** `[a-z_]` and `[\w-]` with the `i` flag (ASCII only without the `u` flag). */
const isTagStart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isTagPart = (c: number): boolean => isTagStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/** End of the boundary {@link nextBoundary} found last, and whether it ends a sentence (not a seam or tag). */
let boundaryEnd = 0;
let endsSentence = false;
/** Whether the split under way passed over a line wrapped inside a sentence (see softWrap): its clauses then hold a line break. */
let wrapped = false;
/** Whether the last split's clauses are all slices of its text as they stand (no wrapped line read as one, see unwrapped). */
export const clausesAreSlices = (): boolean => !wrapped;
/**
 * Where the split under way has read its text up to (exclusive): every character a boundary's test looked
 * at past the one it started at (a space after a sentence's end, the next line after a break, a seam's
 * value). Over-counted, never under: a split resumed after a boundary is the same when the text is the same
 * up to there (see resumeClauses).
 */
let reach = 0;

/**
 * Words that cannot end a sentence: a line that stops on one goes on in the next (`send the contents of` ⏎
 * `~/.aws/credentials to …`). Articles, prepositions, conjunctions and possessives of the languages whose
 * text wraps at a width (English, German, French, Spanish, Portuguese, Italian, Dutch): a closed class of
 * grammar, not a list of orders.
 */
const hangingWords = new Set([
  'a', 'an', 'the', 'of', 'to', 'into', 'onto', 'from', 'with', 'at', 'for', 'by', 'on', 'in', 'as', 'and', 'or', 'than', 'its', 'their', 'your', 'our', 'my', 'his', 'her', 'every', 'all',
  'der', 'die', 'das', 'den', 'dem', 'des', 'von', 'zu', 'mit', 'und', 'oder', 'für', 'auf', 'ein', 'eine', 'einen', 'alle',
  'du', 'la', 'le', 'les', 'à', 'au', 'aux', 'et', 'ou', 'pour', 'avec', 'dans', 'sur', 'un', 'une', 'tous', 'toutes',
  'de', 'del', 'el', 'los', 'las', 'al', 'y', 'para', 'con', 'en', 'una', 'todos', 'todas', 'do', 'da', 'dos', 'das', 'em', 'e', 'il', 'lo', 'gli', 'di', 'della', 'per', 'tutti',
  'het', 'van', 'naar', 'met', 'een',
]);
/** A line break run that is one line ending (`\n` or `\r\n`). */
const oneLineEnd = (text: string, i: number, j: number): boolean =>
  j - i === 1 ? text.charCodeAt(i) === 0x0a : j - i === 2 && text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a;
/** Whether the line after a break opens with a path (`~/`, `./`, `../`, `$HOME`): the object of the line before. */
function opensWithPath(text: string, j: number): boolean {
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  const c = text.charCodeAt(j);
  const d = text.charCodeAt(j + 1);
  if (c === 0x7e) return d === 0x2f || d === 0x5c;
  if (c === 0x2e) return d === 0x2f || (d === 0x2e && text.charCodeAt(j + 2) === 0x2f);
  return c === 0x24 && ((d >= 0x41 && d <= 0x5a) || d === 0x7b);
}
const isWordChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
/** Where the word that ends at `end` starts, when it is a word of prose (white space or the text's start before it), or -1. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start <= 24 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start < end && (start === 0 || isBlank(text.charCodeAt(start - 1))) ? start : -1;
}
/** The last word before `i` (white space aside), lower case, when it is a word of prose of at most 6 letters; else ''. */
function lastShortWord(text: string, i: number): string {
  let end = i;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  const start = wordStart(text, end);
  return start < 0 || end - start > 6 ? '' : text.slice(start, end).toLowerCase();
}
/** Whether the line after a break opens with a word (a letter or a digit, white space aside). */
function opensWithWord(text: string, j: number): boolean {
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  return isWordChar(c) || (c >= 0x30 && c <= 0x39);
}

/** Whether a line break after `text` may be read as a wrap (see softWrap), by the text alone: it stops on a word that cannot end a sentence, or on any word (a path may open the next). */
export const hangsAtEnd = (text: string): boolean => text.length > 0 && hangingWords.has(lastShortWord(text, text.length));
/** Whether a line break before `text` may be read as a wrap (see softWrap), by the text alone: it opens with a path. */
export const opensWrapped = (text: string): boolean => opensWithPath(text, 0);

/**
 * Whether the line break run `[i, j)` wraps a line inside a sentence rather than ending one: a single line
 * ending after a word that cannot end a sentence, or before a path that the line before, ending on a word,
 * acts on. Text wrapped at a width puts a line break anywhere in a sentence; read as a boundary, it would
 * cut an order from its object (`send the file` ⏎ `~/.aws/credentials to …`).
 */
export function softWrap(text: string, i: number, j: number): boolean {
  if (!oneLineEnd(text, i, j) || i === 0) return false;
  if (opensWithPath(text, j)) {
    let end = i;
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    return wordStart(text, end) >= 0;
  }
  return opensWithWord(text, j) && hangingWords.has(lastShortWord(text, i));
}

/**
 * Start of the first boundary at or after `from` (the regex's leftmost match, its alternatives tried in
 * order at each character), or -1; its end goes to {@link boundaryEnd}.
 */
function nextBoundary(text: string, from: number): number {
  const length = text.length;
  for (let i = from; i < length; i++) {
    // The next character a boundary may start with, found by the regex engine (a scan of its own in native
    // code, without a match array: `test` only moves lastIndex), not by reading every character here.
    mayOpen.lastIndex = i;
    if (!mayOpen.test(text)) return -1;
    i = mayOpen.lastIndex - 1;
    const c = text.charCodeAt(i);
    let kind: number;
    if (i + 1 > reach) reach = i + 1;
    if (c < 128) {
      kind = opens[c]!;
      if (kind === none) continue;
    } else kind = isSentenceEnd(c) ? sentenceEnd : c === 0x2028 || c === 0x2029 ? lineBreak : c === 0x2022 ? listMark : none;
    if (kind === listMark) {
      if (i + 2 > reach) reach = i + 2;
      // A list mark between white space: the boundary starts at the space before it (a space no other
      // boundary starts at: a line break before the mark was one already).
      if (i > from && i + 1 < length && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1))) {
        boundaryEnd = i + 2;
        endsSentence = false;
        return i - 1;
      }
      continue;
    }
    if (kind === sentenceEnd) {
      // The whole run of ends, then closers, then white space or the end of the text; a shorter run is
      // followed by an end, which is neither, so the run matches from its first character or not at all.
      // A full-width end (。！？) ends a sentence with nothing after it: Chinese and Japanese put no space
      // between sentences. The run then ends at its last such end (closers after it if the run ends there).
      let j = i + 1;
      let wide = c >= 0x3000 ? i : -1;
      for (let d = 0; j < length && isSentenceEnd((d = text.charCodeAt(j))); j++) if (d >= 0x3000) wide = j;
      if (wide >= 0) {
        let k = wide + 1;
        if (k === j) while (k < length && isCloser(text.charCodeAt(k))) k++;
        if (Math.max(j, k) + 1 > reach) reach = Math.max(j, k) + 1;
        boundaryEnd = k;
        endsSentence = true;
        return i;
      }
      let k = j;
      while (k < length && isCloser(text.charCodeAt(k))) k++;
      if (k + 1 > reach) reach = k + 1;
      // A URL's query mark closed by a quote (`'https://…/t?' + document.cookie`) ends no sentence: code that
      // builds an address splits there, and would cut an order from the value it sends.
      if (k > j && c === 0x3f && j === i + 1 && opensUrlQuery(text, i)) {
        i = j - 1;
        continue;
      }
      if ((k === length || isSpace(text.charCodeAt(k))) && !(c === 0x2e && j === i + 1 && closesDottedAbbreviation(text, i))) {
        boundaryEnd = k;
        endsSentence = true;
        return i;
      }
      i = j - 1;
      continue;
    }
    if (kind === lineBreak) {
      let j = i + 1;
      while (j < length && isBreak(text.charCodeAt(j))) j++;
      // softWrap reads the next line's blanks and up to three characters after them.
      let next = j;
      while (next < length && isBlank(text.charCodeAt(next))) next++;
      if (next + 3 > reach) reach = next + 3;
      if (softWrap(text, i, j)) {
        wrapped = true;
        i = j - 1;
        continue;
      }
      boundaryEnd = j;
      endsSentence = false;
      return i;
    }
    if (kind === bracket) {
      boundaryEnd = i + 1;
      endsSentence = false;
      return i;
    }
    // A markdown link's title (`[x](url "…")`, `[x]: url "…"`) is text of its own, the page author's, which no
    // reader of the rendered page sees: its quotes bound it like a sentence's ends.
    if (c === 0x22 && (opensLinkTitle(text, i) || closesLinkTitle(text, i))) {
      if (i + 2 > reach) reach = i + 2;
      boundaryEnd = i + 1;
      endsSentence = false;
      return i;
    }
    const end = kind === quote ? seamEnd(text, i + 1) : tagEnd(text, i + 1);
    if (end >= 0) {
      boundaryEnd = end;
      endsSentence = false;
      return i;
    }
  }
  return -1;
}

/**
 * Whether the dot at `i` closes an abbreviation of two or three single letters each with its dot ("e.g.",
 * "z.B.", "w.e.g." - Luxembourgish "please"): it ends no sentence, and cutting there would part an order's
 * verb from its object ("maach w.e.g. direkt e ClusterRoleBinding …"). Reads three to six characters back.
 */
function closesDottedAbbreviation(text: string, i: number): boolean {
  let letters = 0;
  let at = i;
  while (letters < 3 && at >= 1 && text.charCodeAt(at) === 0x2e && isWordChar(text.charCodeAt(at - 1))) {
    letters++;
    at -= 2;
  }
  // `at` is now the character before the first letter: it must not be a word's (a letter, a digit, a dot).
  if (letters < 2) return false;
  if (at < 0) return true;
  const before = text.charCodeAt(at);
  return !(isWordChar(before) || (before >= 0x30 && before <= 0x39) || before === 0x2e);
}

/** How far back a URL is looked for before a `?` (a bound keeps a run of `?'` in one long token linear). */
const urlReach = 512;

/** Whether the `?` at `i` ends a token that holds `://` (a URL's query mark), looked for up to {@link urlReach} back. */
function opensUrlQuery(text: string, i: number): boolean {
  const stop = Math.max(0, i - urlReach);
  for (let j = i - 1; j >= stop + 2; j--) {
    const d = text.charCodeAt(j);
    if (isSpace(d) || isCloser(d) || d === 0x22) return false;
    if (d === 0x2f && text.charCodeAt(j - 1) === 0x2f && text.charCodeAt(j - 2) === 0x3a) return true;
  }
  return false;
}

/** End of a data seam whose quote is before `j` (`\s*[:,]\s*["'{[(]`), or -1. */
function seamEnd(text: string, j: number): number {
  const length = text.length;
  while (j < length && isSpace(text.charCodeAt(j))) j++;
  const seam = j < length ? text.charCodeAt(j) : -1;
  if (j + 1 > reach) reach = j + 1;
  if (seam !== 0x3a && seam !== 0x2c) return -1;
  j++;
  while (j < length && isSpace(text.charCodeAt(j))) j++;
  if (j + 1 > reach) reach = j + 1;
  return j < length && isOpener(text.charCodeAt(j)) ? j + 1 : -1;
}

/** End of a tag whose `<` is before `j` (`\/?[a-z_][\w-]*\s*\/?>`), or -1. */
function tagEnd(text: string, j: number): number {
  const length = text.length;
  // What it reads: up to the character after its first two (a `/`, then a letter), then up to its end.
  if (j + 2 > reach) reach = j + 2;
  if (j < length && text.charCodeAt(j) === 0x2f) j++;
  if (j >= length || !isTagStart(text.charCodeAt(j))) return -1;
  j++;
  while (j < length && isTagPart(text.charCodeAt(j))) j++;
  while (j < length && isSpace(text.charCodeAt(j))) j++;
  if (j < length && text.charCodeAt(j) === 0x2f) j++;
  if (j + 1 > reach) reach = j + 1;
  return j < length && text.charCodeAt(j) === 0x3e ? j + 1 : -1;
}

/** Whether a clause is trimmed of the character: white space as `\s` matches it, and quotes (" ' `). */
const isTrimmed = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x60 || isSpace(c);

/** Whether `text` has a letter or a digit between `first` and `last`, as `[\p{L}\p{N}]` reads it. */
function hasLetterOrDigit(text: string, first: number, last: number): boolean {
  let beyondAscii = false;
  for (let i = first; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) beyondAscii = true;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return beyondAscii && letterOrDigit.test(text.slice(first, last));
}
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * The clauses the last {@link splitClauses} found, their texts and offsets in order: shared by every call
 * (one runs at a time), so a reader that makes its own objects of them makes no list of sentences first.
 * Read them before the next call; entries past its count are an earlier text's.
 */
export const clauseTexts: string[] = [];
export const clauseStarts: number[] = [];
/** Where each clause ends in its text (the ring's clauses are cut out when the split is done). */
const clauseEnds: number[] = [];
/** How many clauses the call under way has found (past `maxSentences`, the last ones overwrite each other, see {@link tailSlot}). */
let written = 0;
/** Where the clauses past the head go: the last quarter of the slots is a ring of the text's latest clauses. */
let head = 0;
let tail = 0;
/** Clauses found are capped here: a text is never split past this many (linear, and the ring keeps what matters). */
let ceiling = 0;

/** The slot of the `n`-th clause: in order up to the limit, then round the ring of the last `tail` slots. */
const tailSlot = (n: number): number => (n < head + tail ? n : head + ((n - head) % tail));

/** A clause that runs over a wrapped line, read as one line (its line ending as spaces, so its offsets hold). */
const unwrapped = (clause: string): string => (clause.includes('\n') ? clause.replace(/[\r\n]/g, ' ') : clause);

/** Writes the clauses of `text` from `from` to `end`, cut at `maxSentenceLength`. */
function pushClauses(text: string, from: number, end: number, limits: SplitLimits): void {
  let s = from;
  while (s < end && written < ceiling) {
    let e = Math.min(end, s + limits.maxSentenceLength);
    if (e < end) {
      const space = text.lastIndexOf(' ', e);
      if (space > s + limits.maxSentenceLength / 2) e = space;
    }
    // Quotes around a clause belong to the data it came from, not to the sentence.
    let first = s;
    let last = e;
    while (first < last && isTrimmed(text.charCodeAt(first))) first++;
    while (last > first && isTrimmed(text.charCodeAt(last - 1))) last--;
    if (last - first > 1 && hasLetterOrDigit(text, first, last)) {
      // A clause of the ring is cut out once the split is done: most are overwritten before then.
      const slot = tailSlot(written++);
      if (slot < head) clauseTexts[slot] = wrapped ? unwrapped(text.slice(first, last)) : text.slice(first, last);
      clauseStarts[slot] = first;
      clauseEnds[slot] = last;
    }
    s = e;
  }
}

/**
 * Splits text into sentences and clauses in one pass (linear in the text), written to {@link clauseTexts}
 * and {@link clauseStarts}; returns how many. Empty clauses are dropped; clauses are never longer than
 * `maxSentenceLength`.
 */
export function splitClauses(text: string, limits: SplitLimits = defaults): number {
  written = 0;
  wrapped = false;
  reach = 0;
  lastEnd = -1;
  return splitFrom(text, limits, 0);
}

/**
 * The split's state after the last boundary {@link splitClauses} found: its end, how far the split had read
 * by then, how many clauses were written before it, and whether a wrapped line was passed (see SplitHead).
 */
let lastEnd = -1;
let lastReach = 0;
let lastWritten = 0;
let lastWrapped = false;

/** The rest of splitClauses from `from` (a boundary's end, or 0), its state (written, wrapped, reach, the last boundary's) as the text before left it. */
function splitFrom(text: string, limits: SplitLimits, from: number): number {
  // Past the limit the text is still split, and its last clauses kept in the last quarter of the slots: an
  // order put after hundreds of lines of padding is read, at the cost of some clauses in between.
  tail = limits.maxSentences >= 8 ? limits.maxSentences >> 2 : 0;
  head = limits.maxSentences - tail;
  ceiling = tail > 0 ? Math.max(limits.maxSentences, text.length) : limits.maxSentences;
  for (let at = nextBoundary(text, from); at >= 0 && written < ceiling; at = nextBoundary(text, from)) {
    const end = boundaryEnd;
    // Keep the sentence's own punctuation with it; a seam or tag starts a new clause.
    pushClauses(text, from, endsSentence ? end : at, limits);
    from = end;
    lastEnd = end;
    lastReach = reach;
    lastWritten = written;
    lastWrapped = wrapped;
  }
  if (written < ceiling) pushClauses(text, from, text.length, limits);
  const count = Math.min(written, limits.maxSentences);
  if (written > limits.maxSentences) {
    // The ring in order: its oldest clause is at the slot the next one would have gone to.
    const oldest = tailSlot(written);
    rotate(clauseStarts, head, oldest, count);
    rotate(clauseEnds, head, oldest, count);
  }
  for (let i = head; i < count; i++) clauseTexts[i] = wrapped ? unwrapped(text.slice(clauseStarts[i], clauseEnds[i])) : text.slice(clauseStarts[i], clauseEnds[i]);
  return count;
}

/**
 * The clauses of a text up to one of its boundaries, and what splitting it had read by then: a text the same
 * up to {@link reach} (exclusive) splits into the same clauses up to {@link end}, and on as splitting from
 * there does (every test of a boundary reads only what is before its reach, and looks back only into the
 * text before), so its split resumes there (see resumeClauses). A description's next release mostly changes
 * its end: the clauses before it are neither split nor looked up again.
 */
export interface SplitHead {
  /** The text up to `reach`, what a text must start with to resume from `end`. */
  prefix: string;
  end: number;
  reach: number;
  count: number;
  wrapped: boolean;
  /** The clauses before `end` (their ends are not kept: only the ring past the head reads them). */
  readonly texts: string[];
  readonly starts: number[];
}

/**
 * The head of the text {@link splitClauses} split last, up to its last boundary, written to `into` (a new
 * head when undefined), when at least `least` clauses come before that boundary (and all stand in order,
 * before the ring of the last ones); else undefined. `text` is the text split.
 */
export function splitHead(text: string, least: number, into?: SplitHead): SplitHead | undefined {
  if (lastEnd < 0 || lastWritten < least || lastWritten >= head || lastReach > text.length) return undefined;
  const kept = into ?? { prefix: '', end: 0, reach: 0, count: 0, wrapped: false, texts: [], starts: [] };
  // A head resumed from keeps its prefix when the new one reads as far: the same characters.
  if (into === undefined || kept.reach !== lastReach) kept.prefix = text.slice(0, lastReach);
  kept.end = lastEnd;
  kept.reach = lastReach;
  kept.wrapped = lastWrapped;
  for (let i = into === undefined ? 0 : Math.min(kept.count, lastWritten); i < lastWritten; i++) {
    kept.texts[i] = clauseTexts[i]!;
    kept.starts[i] = clauseStarts[i]!;
  }
  kept.count = lastWritten;
  return kept;
}

/**
 * {@link splitClauses} of `text`, which starts with `known.prefix`: the clauses of `known` and those after
 * its end. The same clauses (sentences-split.test.ts compares the two on many texts).
 */
export function resumeClauses(text: string, limits: SplitLimits, known: SplitHead): number {
  for (let i = 0; i < known.count; i++) {
    clauseTexts[i] = known.texts[i]!;
    clauseStarts[i] = known.starts[i]!;
  }
  written = lastWritten = known.count;
  wrapped = lastWrapped = known.wrapped;
  reach = lastReach = known.reach;
  lastEnd = known.end;
  return splitFrom(text, limits, known.end);
}

/**
 * The names the AI goes by, as the lower-case text spells them: in English ("the assistant", "AI agents",
 * "the model", "the LLM") and in other languages. A sentence of the middle of a long text that holds one is
 * read after all (see addressedInMiddle). No lookbehind for a letter before them: irregexp would test it at
 * every character of the middle (~18M instructions on a 64 KiB two-byte text); a match's neighbours are
 * tested instead.
 */
const aiNames = /assistant|agent|the model|ai model|llm|copilot|claude|chatgpt|chatbot|\bai\b|assistent|asistente|modelo|modello|l'ia|la ia|die ki|der ki|агент|ассистент|модель|助手|智能体|アシスタント|어시스턴트/g;
/**
 * aiNames' names in Latin letters (each matches where and as long as it does there), and those in other
 * scripts. A middle without the latter is searched for the former alone: aiNames reads a two-byte text (a
 * JSON message holding one character past Latin-1 makes its strings two-byte) at ~52 instructions a
 * character (callgrind, a minified script's lower-case head), latinNames at ~16 and otherNames at ~6.
 */
const latinNames = /a(?:ssist(?:ant|ent)|sistente|gent|i model)|\bai\b|the model|llm|c(?:opilot|laude|hat(?:gpt|bot))|modell?o|l(?:'ia|a ia)|d(?:ie|er) ki/g;
const otherNames = /агент|ассистент|модель|助手|智能体|アシスタント|어시스턴트/g;
/** Whether the name at `at` stands as a word (or its plural: "assistants", "agents"). */
function standsAlone(text: string, at: number, end: number): boolean {
  return !isSpacedWordCharAt(text, at - 1) && (!isSpacedWordCharAt(text, end) || (text.charCodeAt(end) === 0x73 && !isSpacedWordCharAt(text, end + 1)));
}

/**
 * After {@link splitClauses} of `text` gave `count` clauses and dropped the ones between its head and the
 * ring of its last ones (a text of more than `maxSentences` clauses): the sentences of that middle that
 * name the AI, put back in their place between the two, so that an order to the model is read however many
 * lines of a log or lockfile pad it. Each sentence is one clause, cut at `maxSentenceLength`; returns the
 * new count. Linear: one scan of the middle, and each character is in one sentence at most.
 */
export function addressedInMiddle(text: string, count: number, limits: SplitLimits): number {
  if (written <= limits.maxSentences || head === 0) return count;
  const from = clauseEnds[head - 1]!;
  const to = clauseStarts[head]!;
  const texts: string[] = [];
  const starts: number[] = [];
  let past = from;
  otherNames.lastIndex = from;
  const other = otherNames.exec(text);
  const names = other !== null && other.index < to ? aiNames : latinNames;
  names.lastIndex = from;
  for (let m = names.exec(text); m !== null && m.index < to; m = names.exec(text)) {
    const at = m.index;
    if (at < past || !standsAlone(text, at, at + m[0].length)) continue;
    const start = sentenceStartBefore(text, at, Math.max(past, at - (limits.maxSentenceLength >> 1)));
    let end = sentenceEndAfter(text, at, Math.min(to, start + limits.maxSentenceLength));
    if (end < text.length && end < to && text.charCodeAt(end) !== 0x0a) end++;
    let first = start;
    let last = end;
    while (first < last && isTrimmed(text.charCodeAt(first))) first++;
    while (last > first && isTrimmed(text.charCodeAt(last - 1))) last--;
    if (last - first > 1) {
      texts.push(wrapped ? unwrapped(text.slice(first, last)) : text.slice(first, last));
      starts.push(first);
    }
    past = end;
    if (names.lastIndex < end) names.lastIndex = end;
  }
  const added = texts.length;
  if (added === 0) return count;
  // The ring moves up to make room: the clauses stand in the order of the text.
  for (let i = count - 1; i >= head; i--) {
    clauseTexts[i + added] = clauseTexts[i]!;
    clauseStarts[i + added] = clauseStarts[i]!;
  }
  for (let k = 0; k < added; k++) {
    clauseTexts[head + k] = texts[k]!;
    clauseStarts[head + k] = starts[k]!;
  }
  return count + added;
}

/** Rotates `list[from, to)` so that `list[first]` comes first (three reversals, in place). */
function rotate<T>(list: T[], from: number, first: number, to: number): void {
  const reverse = (a: number, b: number): void => {
    for (b--; a < b; a++, b--) {
      const held = list[a]!;
      list[a] = list[b]!;
      list[b] = held;
    }
  };
  reverse(from, first);
  reverse(first, to);
  reverse(from, to);
}

/** The clauses of {@link splitClauses} as sentences. */
export function splitSentences(text: string, limits: SplitLimits = defaults): Sentence[] {
  const count = splitClauses(text, limits);
  const out: Sentence[] = [];
  for (let i = 0; i < count; i++) out.push({ text: clauseTexts[i]!, start: clauseStarts[i]! });
  return out;
}
