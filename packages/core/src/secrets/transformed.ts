import { bundledRules } from '../rules/bundled.js';
import { LiteralIndex } from '../rules/literal-index.js';
import type { Pattern } from '../rules/pattern.js';
import type { MessagePath } from '../types.js';

// Secrets that leave in a form the secret rules do not read directly: base64 or hex encoded, reversed,
// or split across two fields. Each candidate form is read with the bundled `secret/*` rules' own
// prefilters and patterns, so a token shape is described once; the finding says which transform
// revealed it. Every step is one pass over its input: runs are found with plain loops, decoded into byte
// arrays, and one literal-index pass gates the patterns.

export interface TransformedSecret {
  readonly path: MessagePath;
  /** The secret rule whose pattern matched the revealed text. */
  readonly rule: string;
  readonly transform: 'base64 decoding' | 'hex decoding' | 'reversal' | 'joining two fields';
}

interface SecretPatterns {
  readonly index: LiteralIndex;
  /** The same literals written backwards: a reversed secret shows them in the text as it is. */
  readonly reversed: LiteralIndex;
  /** The literals (ids below `literals`) and their reversals (ids from `literals`), for one scan of a value. */
  readonly both: LiteralIndex;
  readonly literals: number;
  /** Length of each literal of `both`. */
  readonly lengths: readonly number[];
  /** Literal id → rules (indexes into `rules`) it gates. */
  readonly gates: readonly (readonly number[])[];
  readonly rules: readonly { readonly id: string; readonly pattern: Pattern; readonly always: boolean }[];
  /** Rules without a prefilter: candidates for every text. */
  readonly always: readonly number[];
  /** Length of the longest literal. */
  readonly longest: number;
}

let compiled: SecretPatterns | undefined;

function secretPatterns(): SecretPatterns {
  if (compiled) return compiled;
  const rules = bundledRules()
    .filter((r) => r.family === 'secret' && r.from !== 2 && r.regex !== undefined)
    .map((r) => ({ id: r.id, pattern: r.regex!, literals: r.prefilter, always: r.prefilter === undefined }));
  const literals: string[] = [];
  const gates: number[][] = [];
  rules.forEach((rule, i) => {
    for (const literal of rule.literals ?? []) {
      let id = literals.indexOf(literal);
      if (id < 0) {
        id = literals.push(literal) - 1;
        gates.push([]);
      }
      gates[id]!.push(i);
    }
  });
  const always = rules.flatMap((rule, i) => (rule.always ? [i] : []));
  const longest = Math.max(1, ...literals.map((l) => l.length));
  const both = [...literals, ...literals.map(reverse)];
  return (compiled = {
    index: new LiteralIndex(literals),
    reversed: new LiteralIndex(literals.map(reverse)),
    both: new LiteralIndex(both),
    literals: literals.length,
    lengths: both.map((l) => l.length),
    gates,
    rules,
    always,
    longest,
  });
}

// Scratch of one literal scan (scans never nest): the rules its literals gate, in the order found.
let gated: number[] = [];
const collectGated = (literal: number): void => {
  for (const rule of secretPatterns().gates[literal]!) gated.push(rule);
};
let reversedHit = false;
const markReversed = (): void => {
  reversedHit = true;
};

let anyLiteral = false;
const markAny = (): void => {
  anyLiteral = true;
};

/** Whether `text[from, to)` is ASCII (lower-casing it maps letters one by one, A-Z to a-z). */
function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** How many candidate rules the last {@link secretIn} found (0: its text holds no secret literal). */
let lastCandidates = 0;

/** The secret rule a text matches (lower-cased, as the rules are written), if any. */
function secretIn(text: string): string | undefined {
  const { index, rules, always } = secretPatterns();
  // Most texts hold no secret literal at all: no sort and no new array unless one is found.
  if (gated.length !== 0) gated.length = 0;
  for (const rule of always) gated.push(rule);
  // An ASCII text is read in place, lower-cased as it goes (one scan, no copy unless a literal is found);
  // at the first character outside ASCII the scan stops, and the lower-cased copy is read instead.
  let lower: string | undefined;
  if (index.scanAscii(text, collectGated) < 0) {
    gated.length = 0;
    for (const rule of always) gated.push(rule);
    lower = text.toLowerCase();
    index.scan(lower, collectGated);
  }
  lastCandidates = gated.length;
  if (gated.length === 0) return undefined;
  lower ??= text.toLowerCase();
  const candidates = gated;
  gated = [];
  candidates.sort((a, b) => a - b);
  let previous = -1;
  for (const i of candidates) {
    if (i === previous) continue;
    previous = i;
    if (rules[i]!.pattern.test(lower)) return rules[i]!.id;
  }
  return undefined;
}

/** Whether a secret literal occurs backwards in the ASCII `text[start, end)` (so reading it reversed is worth it). */
function hasReversedLiteral(text: string, start: number, end: number): boolean {
  const patterns = secretPatterns();
  if (patterns.always.length > 0) return true;
  reversedHit = false;
  patterns.reversed.scanAsciiLower(text, start, end, markReversed);
  return reversedHit;
}

// Scratch of one scan of a value by `both` (see scanBoth): whether a literal occurs in it, whether one
// crosses the seam with the value read before it, and where (start, end pairs, in the order of their
// ends) a reversed literal does; `reversedNext` is the first pair not yet passed by a run.
let forwardHit = false;
let seamHit = false;
let reversedHits = new Int32Array(32);
let reversedCount = 0;
let reversedNext = 0;
const collectBoth = (literal: number, start: number): void => {
  const { literals, lengths } = secretPatterns();
  if (literal < literals) {
    if (start < 0) seamHit = true;
    else forwardHit = true;
    return;
  }
  if (start < 0) return;
  if (2 * reversedCount + 2 > reversedHits.length) {
    const grown = new Int32Array(reversedHits.length * 2);
    grown.set(reversedHits);
    reversedHits = grown;
  }
  reversedHits[2 * reversedCount] = start;
  reversedHits[2 * reversedCount + 1] = start + lengths[literal]!;
  reversedCount++;
};

/**
 * Reads a value once for what {@link secretIn}, {@link hasReversedLiteral} and {@link straddles} ask of
 * it: whether a literal occurs in it (`forwardHit`), where reversed ones do, and, going on from `state`
 * (where the reading of the value before it ended), whether a literal crosses the seam (`seamHit`).
 * Returns the state it ends in, or -1 when the value is not ASCII (then none of this is known). Only
 * with no rule lacking a literal.
 */
function scanBoth(text: string, state: number): number {
  forwardHit = false;
  seamHit = false;
  reversedCount = 0;
  reversedNext = 0;
  return secretPatterns().both.scanAscii(text, collectBoth, state);
}

/**
 * {@link hasReversedLiteral} from the last {@link scanBoth}, for runs asked about left to right: a hit
 * ending before a run ends is passed for good (no later run holds it).
 */
function reversedWithin(start: number, end: number): boolean {
  for (; reversedNext < reversedCount; reversedNext++) {
    const hitEnd = reversedHits[2 * reversedNext + 1]!;
    if (hitEnd > end) return false;
    if (reversedHits[2 * reversedNext]! >= start) return true;
  }
  return false;
}

/** Character classes of the runs worth decoding, as bits per ASCII character. */
const base64Char = 1;
const hexChar = 2;
const tokenChar = 4;
const upperCase = 8;
const lowerCase = 16;
const bothCases = upperCase | lowerCase;
const classes = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const base64 = alnum || c === 43 || c === 47 || c === 95 || c === 45 || c === 61;
  const hex = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
  const letterCase = c >= 65 && c <= 90 ? upperCase : c >= 97 && c <= 122 ? lowerCase : 0;
  classes[c] = (base64 ? base64Char | tokenChar : 0) | (hex ? hexChar : 0) | (c === 46 || c === 58 ? tokenChar : 0) | letterCase;
}

/**
 * The runs of one value worth decoding or reversing, found in one pass: per class (base64, hex, token),
 * `count` runs as (start, end) pairs in `at`. Module scratch (a value's runs are read before the next's).
 */
const base64Runs = { at: new Int32Array(64), count: 0 };
const hexRuns = { at: new Int32Array(64), count: 0 };
const tokenRuns = { at: new Int32Array(64), count: 0 };

/**
 * Every maximal run of base64 characters (16 or more) with letters of both cases (base64 of text mixes
 * them; a run of one case, a path or a word, is not worth decoding), of hex digits (24 or more) and of
 * token characters (16 or more), left to right. A plain loop: regexes over megabyte runs overflow, and
 * one pass reads each character once for all three classes.
 */
function findRuns(text: string): void {
  base64Runs.count = hexRuns.count = tokenRuns.count = 0;
  // The length of the current run of each class (0: not in one) and the letter cases of the base64 run.
  // Counted without a branch per class: hex digits come and go within words, and a branch on each
  // change is mispredicted; a run is only looked at when it ends long enough.
  let base64 = 0;
  let cases = 0;
  let hex = 0;
  let token = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 128;
    const bits = c < 128 ? classes[c]! : 0;
    const nextBase64 = (base64 + 1) * (bits & base64Char);
    const nextHex = (hex + 1) * ((bits & hexChar) >> 1);
    const nextToken = (token + 1) * ((bits & tokenChar) >> 2);
    if (base64 >= 16 && nextBase64 === 0 && (cases & bothCases) === bothCases) addRun(base64Runs, i - base64, i);
    if (hex >= 24 && nextHex === 0) addRun(hexRuns, i - hex, i);
    if (token >= 16 && nextToken === 0) addRun(tokenRuns, i - token, i);
    cases = (cases | bits) & -(bits & base64Char);
    base64 = nextBase64;
    hex = nextHex;
    token = nextToken;
  }
}

/** The runs {@link findRuns} finds in `text`, as (start, end) pairs per class: for tests. */
export function runsOf(text: string): { readonly base64: number[]; readonly hex: number[]; readonly token: number[] } {
  findRuns(text);
  const pairs = (list: { at: Int32Array; count: number }): number[] => Array.from(list.at.subarray(0, 2 * list.count));
  return { base64: pairs(base64Runs), hex: pairs(hexRuns), token: pairs(tokenRuns) };
}

/**
 * Calls `each` with the (start, end) of every base64 run (with both letter cases) and every hex run
 * {@link findRuns} finds in `text`, base64 runs first: for other readers of encoded text (flow views).
 */
export function eachEncodedRun(text: string, each: (start: number, end: number, hex: boolean) => void): void {
  findRuns(text);
  // Copied out: `each` may read another text's runs before this loop ends.
  const base64 = base64Runs.at.slice(0, 2 * base64Runs.count);
  const hex = hexRuns.at.slice(0, 2 * hexRuns.count);
  for (let i = 0; i < base64.length; i += 2) each(base64[i]!, base64[i + 1]!, false);
  for (let i = 0; i < hex.length; i += 2) each(hex[i]!, hex[i + 1]!, true);
}

function addRun(list: { at: Int32Array; count: number }, start: number, end: number): void {
  if (2 * list.count + 2 > list.at.length) {
    const grown = new Int32Array(list.at.length * 2);
    grown.set(list.at);
    list.at = grown;
  }
  list.at[2 * list.count] = start;
  list.at[2 * list.count + 1] = end;
  list.count++;
}

// `apply` reads a typed array as an array-like directly; spreading it goes through the (slow) iterator.
const charsOf = (codes: Uint8Array | Uint16Array): string => String.fromCharCode.apply(null, codes as unknown as number[]);

const sextet = new Int8Array(128).fill(-1);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].forEach((c, i) => (sextet[c.charCodeAt(0)] = i));
sextet['-'.charCodeAt(0)] = 62;
sextet['_'.charCodeAt(0)] = 63;

export const isPrintable = (c: number): boolean => (c >= 32 && c < 127) || c === 10 || c === 13 || c === 9;

/** Bytes as Latin-1 text. */
function textOf(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) out += charsOf(bytes.subarray(i, Math.min(length, i + 8192)));
  return out;
}

/** Decoding scratch for runs up to its size (most are short); longer ones get their own bytes. */
const scratch = new Uint8Array(4096);

/**
 * Decodes the base64 (standard or URL-safe, padding optional) run `text[start, end)`, if it is printable
 * text. Decoded and judged as it goes, like {@link fromHex}: most runs (paths, identifiers) decode to
 * binary within a few bytes. `=` decodes to nothing, so the run's length bounds the bytes from above; a
 * run hopeless at that bound is hopeless at its own length.
 */
export function fromBase64(text: string, start: number, end: number): string | undefined {
  const most = ((end - start) * 6) >> 3;
  const bytes = most <= scratch.length ? scratch : new Uint8Array(most);
  const hopeless = Math.floor(most / 10) + 1;
  let length = 0;
  let ok = 0;
  let bits = 0;
  let value = 0;
  for (let i = start; i < end; i++) {
    // A run holds base64 characters only (ASCII).
    const v = sextet[text.charCodeAt(i)]!;
    if (v < 0) continue;
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const c = (value >> bits) & 255;
      bytes[length++] = c;
      if (isPrintable(c)) ok++;
      else if (length - ok > hopeless) return undefined;
    }
  }
  return length === 0 || ok / length < 0.9 ? undefined : textOf(bytes, length);
}

const nibble = new Int8Array(128).fill(-1);
[...'0123456789abcdef'].forEach((c, i) => (nibble[c.charCodeAt(0)] = nibble[c.toUpperCase().charCodeAt(0)] = i));

/** Decodes the hex digits `text[start, end)` (an odd last digit is left out), if it is printable text. */
export function fromHex(text: string, start: number, end: number): string | undefined {
  const length = (end - start) >> 1;
  const bytes = length <= scratch.length ? scratch : new Uint8Array(length);
  // Decoded and judged as it goes: binary (most hex runs, and every run of digits) stops within a few bytes.
  const hopeless = Math.floor(length / 10) + 1;
  let ok = 0;
  for (let i = 0; i < length; i++) {
    const c = (nibble[text.charCodeAt(start + 2 * i)]! << 4) | nibble[text.charCodeAt(start + 2 * i + 1)]!;
    bytes[i] = c;
    if (isPrintable(c)) ok++;
    else if (i + 1 - ok > hopeless) return undefined;
  }
  return length === 0 || ok / length < 0.9 ? undefined : textOf(bytes, length);
}

export function reverse(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[text.length - 1 - i] = text.charCodeAt(i);
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += charsOf(codes.subarray(i, i + 8192));
  return out;
}

const maxJoined = 256;

type Transform = TransformedSecret['transform'];

/**
 * What one value shows whatever its neighbours are: the secrets its runs reveal decoded or reversed, and
 * (for a short value) whether it holds a secret or a secret literal as it is. A function of its text alone.
 */
export interface OnItsOwn {
  /** The secret rule and transform of each secret its runs reveal, in the order found (one per transform). */
  readonly revealed: readonly (readonly [rule: string, transform: Transform])[];
  readonly alone: boolean;
  readonly literal: boolean;
}

/**
 * A value, and where what it shows on its own may be kept with its text (`reading.secrets`), for a caller
 * that sees the same texts again (agents repeat their commands, paths and URLs): a value whose text was
 * read before is not decoded, reversed or matched alone again; only its seams with its neighbours are read.
 */
export interface SecretSource {
  readonly path: MessagePath;
  readonly raw: string;
  readonly reading?: { secrets: OnItsOwn | undefined; seamAfter: string | undefined; seamHit: boolean } | undefined;
}

const nothingRevealed: OnItsOwn['revealed'] = Object.freeze([]);

/** Secrets revealed by decoding, reversing or joining the string values of one request. */
export function findTransformedSecrets(values: readonly SecretSource[]): TransformedSecret[] {
  const out: TransformedSecret[] = [];
  let seen: Set<string> | undefined;
  const report: Report = (path, rule, transform) => {
    const key = `${path.join('\u0000')}\u0000${transform}`;
    if (seen?.has(key)) return;
    (seen ??= new Set()).add(key);
    out.push({ path, rule, transform });
  };
  let previous: SecretSource | undefined;
  let previousAlone = true;
  let previousLiteral = false;
  // Where the reading of the previous value by `both` ended (-1: it was not read so).
  let previousState = -1;
  const scans = secretPatterns().always.length === 0;
  // Indexed loops: an iterator over the values, and one over each value's (mostly shared, frozen) list of
  // revealed secrets, made two objects per value (15 MB on a message of 190,000 URLs).
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    const raw = value.raw;
    const short = raw.length <= maxJoined;
    // A short ASCII value (the usual argument) is read once, for its literals, its reversed literals and
    // the literals across its seam with the previous value; one whose text was read before is not read
    // again, only its seam (by straddles, below) when that is asked.
    let own = value.reading?.secrets;
    let state = -1;
    if (own === undefined) {
      state = short && scans ? scanBoth(raw, previous !== undefined && previousState >= 0 ? previousState : 0) : -1;
      own = onItsOwn(raw, short, state >= 0);
      if (value.reading !== undefined) value.reading.secrets = own;
    }
    for (let r = 0; r < own.revealed.length; r++) report(value.path, own.revealed[r]![0], own.revealed[r]![1]);
    const { alone, literal } = own;
    // A token cut in two and sent in neighbouring fields: read the pair joined, if neither holds it alone
    // (whether the previous one holds one alone was learned on the previous turn).
    if (previous !== undefined && short && !previousAlone && !alone && (previousLiteral || literal || (state >= 0 && previousState >= 0 ? seamHit : seamOf(previous.raw, value)))) {
      const rule = secretIn(previous.raw + raw);
      if (rule) report(value.path, rule, 'joining two fields');
    }
    previous = short ? value : undefined;
    previousAlone = alone;
    previousLiteral = literal;
    previousState = state;
  }
  return out;
}

/**
 * What `raw` shows on its own (`short`: it may be joined with a neighbour; `scanned`: it was just read by
 * {@link scanBoth}, whose forward hit and reversed literals are its own, whatever state the scan began in).
 */
function onItsOwn(raw: string, short: boolean, scanned: boolean): OnItsOwn {
  // Every run worth decoding, reversing or reading is 16 characters or more.
  const found = raw.length >= 16 ? revealed(raw, scanned) : nothingRevealed;
  let alone = true;
  if (scanned && !forwardHit) {
    alone = false;
    lastCandidates = 0;
  } else if (short) {
    alone = secretIn(raw) !== undefined;
  }
  const literal = short && lastCandidates > 0;
  // Most values reveal nothing: one of four shared answers, not an object per value kept for the message.
  return found === nothingRevealed ? nothingOwn[(alone ? 2 : 0) + (literal ? 1 : 0)]! : { revealed: found, alone, literal };
}

/** {@link onItsOwn} of a value revealing nothing, by `alone` (2) and `literal` (1). */
const nothingOwn: readonly OnItsOwn[] = [0, 1, 2, 3].map((bits) => Object.freeze({ revealed: nothingRevealed, alone: bits >= 2, literal: (bits & 1) === 1 }));

/**
 * Whether a secret literal crosses the seam of `first + second`. With no literal in either part (and no
 * rule without one), the pair joined can only hold a literal that crosses it, so only the characters
 * around the seam are read (lower-casing maps characters one by one, so the seam's are those of the whole).
 */
/**
 * {@link straddles} of the value before and `value`, remembered on the value's reading for the last value
 * before it: a call's arguments recur together (the same pair read again reads no seam).
 */
function seamOf(first: string, value: SecretSource): boolean {
  const reading = value.reading;
  if (reading === undefined) return straddles(first, value.raw);
  if (reading.seamAfter === first) return reading.seamHit;
  const hit = straddles(first, value.raw);
  reading.seamAfter = first;
  reading.seamHit = hit;
  return hit;
}

function straddles(first: string, second: string): boolean {
  const { index, always, longest } = secretPatterns();
  const reach = longest - 1;
  if (reach === 0) return false;
  const from = Math.max(0, first.length - reach);
  const to = Math.min(second.length, reach);
  // ASCII on both sides (the usual case): the seam is read in place, as one text.
  if (always.length === 0 && isAscii(first, from, first.length) && isAscii(second, 0, to)) {
    anyLiteral = false;
    index.scanAsciiLower(second, 0, to, markAny, index.scanAsciiLower(first, from, first.length, markAny));
    return anyLiteral;
  }
  secretIn(first.slice(from) + second.slice(0, to));
  return lastCandidates > 0;
}

type Report = (path: MessagePath, rule: string, transform: Transform) => void;

/**
 * Secrets one value reveals decoded (base64, hex) or reversed. A value is reported once per transform,
 * so after its first secret by a transform the rest of its runs are not decoded that way. `scanned`: the
 * value was just read by {@link scanBoth}, which says where reversed literals are.
 */
function revealed(raw: string, scanned: boolean): OnItsOwn['revealed'] {
  let out: (readonly [string, Transform])[] | undefined;
  findRuns(raw);
  // The runs are read before anything below finds runs again (secretIn does not).
  for (let r = 0; r < base64Runs.count; r++) {
    const decoded = fromBase64(raw, base64Runs.at[2 * r]!, base64Runs.at[2 * r + 1]!);
    const rule = decoded === undefined ? undefined : secretIn(decoded);
    if (rule) {
      (out ??= []).push([rule, 'base64 decoding']);
      break;
    }
  }
  for (let r = 0; r < hexRuns.count; r++) {
    const decoded = fromHex(raw, hexRuns.at[2 * r]!, hexRuns.at[2 * r + 1]!);
    const rule = decoded === undefined ? undefined : secretIn(decoded);
    if (rule) {
      (out ??= []).push([rule, 'hex decoding']);
      break;
    }
  }
  for (let r = 0; r < tokenRuns.count; r++) {
    const start = tokenRuns.at[2 * r]!;
    const end = tokenRuns.at[2 * r + 1]!;
    if (!(scanned ? reversedWithin(start, end) : hasReversedLiteral(raw, start, end))) continue;
    const run = raw.slice(start, end);
    const rule = secretIn(reverse(run));
    if (rule && secretIn(run) === undefined) {
      (out ??= []).push([rule, 'reversal']);
      break;
    }
  }
  return out ?? nothingRevealed;
}
