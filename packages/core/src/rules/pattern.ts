import { RE2JS } from 're2js';

import { dfaOf, exactDfaOf, matchesRange, matchesWhole } from './dfa-range.js';

/**
 * A compiled rule pattern: RE2 syntax and semantics (linear-time matching, no backreferences or
 * lookaround), on re2js, a pure JavaScript port of RE2 — runtime-neutral, garbage-collected, no heap cap.
 */
export interface Pattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in `text`. */
  test(text: string): boolean;
  /** {@link test} of `text.slice(from, to)`, without making the slice where it can. */
  testRange(text: string, from: number, to: number): boolean;
  /** The first match in `text`, if any (costlier than `test`: call it once `test` said yes). */
  firstMatch(text: string): string | undefined;
  /** Whether every match starts at the start of the text (each alternative begins with `^`). */
  readonly anchored: boolean;
}

// The same pattern is compiled once per process, however many guards (and rule tests) load it.
const compiled = new Map<string, Pattern>();
const compiledForFound = new Map<string, Pattern>();

export interface PatternOptions {
  /**
   * The pattern runs only where the literals a match needs were found already (a rule with a prefilter:
   * its texts and windows hold one), so re2js's own search for them before its automaton runs is dropped.
   */
  readonly literalsFound?: boolean;
}

/** Compiles an RE2 pattern (dot matches newlines). Throws the engine's syntax error if RE2 rejects it. */
export function compilePattern(source: string, options: PatternOptions = {}): Pattern {
  const cache = options.literalsFound ? compiledForFound : compiled;
  const known = cache.get(source);
  if (known) return known;
  const compiledRegex = RE2JS.compile(source, RE2JS.DOTALL);
  const regex = options.literalsFound ? withoutLiteralSetCheck(compiledRegex) : compiledRegex;
  const anchored = anchoredAtStart(source);
  // An anchored pattern matches a text when its twin with `.*` appended matches all of it, which the DFA
  // decides in anchored mode: it stops where no match from 0 can go on, instead of reading the whole text
  // (a URL rule tested over a megabyte of prose stops after a few characters). (re2js's engine asked for a
  // match from the start with no groups would also stop at the first match, but it is not public and
  // allocates more per call: 190,000 matching URLs took longer with it, garbage collection included.)
  const whole = anchored ? RE2JS.compile(`(?:${source}).*`, RE2JS.DOTALL) : undefined;
  // Matches of an anchored pattern all start at 0, so its first match is the first match of the first
  // alternative that matches: extracted with that alternative's smaller program (re2js extracts with a
  // backtracker or an NFA whose cost grows with the program; a URL rule of three patterns took 16 µs
  // per short URL, its one matching pattern 2.5 µs).
  const parts = anchored ? alternatives(source) : undefined;
  let split: { readonly whole: RE2JS; readonly regex: RE2JS }[] | undefined;
  // The regex's DFA when it can be run over a range in place (see dfa-range.ts), null when not; looked up at the first range.
  let ranged: ReturnType<typeof dfaOf> | null | undefined;
  // The twin's DFA, run in place over the text or range (see matchesWhole), null when it cannot be.
  let exact: ReturnType<typeof exactDfaOf> | null | undefined;
  const testWhole = (whole: RE2JS, text: string, from: number, to: number): boolean => {
    const dfa = (exact ??= exactDfaOf(whole) ?? null);
    const found = dfa === null ? undefined : matchesWhole(dfa, text, from, to, true);
    return found ?? testSlice(whole, true, text.slice(from, to));
  };
  const pattern: Pattern = {
    source,
    test: whole ? (text) => testWhole(whole, text, 0, text.length) : (text) => regex.test(text),
    testRange: (text, from, to) => {
      if (whole !== undefined) return testWhole(whole, text, from, to);
      // A short range is sliced: re2js's own test of a short string costs no more, and keeps its literal check.
      if (to - from >= bytesFrom) {
        const dfa = (ranged ??= dfaOf(regex) ?? null);
        const found = dfa === null ? undefined : matchesRange(dfa, text, from, to);
        if (found !== undefined) return found;
      }
      return testSlice(regex, false, text.slice(from, to));
    },
    firstMatch: (text) => {
      if (parts !== undefined && parts.length > 1) {
        split ??= parts.map((part) => ({ whole: RE2JS.compile(`(?:${part}).*`, RE2JS.DOTALL), regex: RE2JS.compile(part, RE2JS.DOTALL) }));
        const first = split.find((part) => part.whole.testExact(text));
        return first === undefined ? undefined : matchIn(first.regex, text);
      }
      return matchIn(regex, text);
    },
    anchored,
  };
  cache.set(source, pattern);
  return pattern;
}

/** Slices at least this long, and at most as long as the chunks long values are tested in, are tested as UTF-8 bytes (see {@link testSlice}). */
const bytesFrom = 256;
const bytesUntil = 64 * 1024;
const encoder = new TextEncoder();
/** The bytes of the slice being tested. */
let sliceBytes: Uint8Array | undefined;

/**
 * `regex.test(slice)` (`testExact` when `exact`). A long well-formed slice is handed to re2js as its UTF-8
 * bytes: re2js reads a string with `charCodeAt` at one place for every text of every pattern, which V8 makes
 * a generic look-up once it has seen strings of more than four forms (every guard does), while bytes are one
 * kind of array. A slice with a lone surrogate stays a string (UTF-8 has no lone surrogates).
 */
function testSlice(regex: RE2JS, exact: boolean, slice: string): boolean {
  if (slice.length < bytesFrom || slice.length > bytesUntil || !slice.isWellFormed()) return exact ? regex.testExact(slice) : regex.test(slice);
  sliceBytes ??= new Uint8Array(3 * bytesUntil);
  const bytes = sliceBytes.subarray(0, encoder.encodeInto(slice, sliceBytes).written);
  return exact ? regex.testExact(bytes) : regex.test(bytes);
}

/** re2js's check of the literals a match needs, as far as it is read here (re2js 2.x keeps it on `re2Input.prefilter`). */
interface LiteralCheck {
  readonly type: number;
  readonly subs: readonly LiteralCheck[];
}
/** re2js's kind of check that one of several literals occurs (searched with its Aho–Corasick automaton). */
const anyOfLiterals = 3;
const searchesLiteralSet = (check: LiteralCheck): boolean => check.type === anyOfLiterals || check.subs.some(searchesLiteralSet);

/**
 * The regex without re2js's own check, before its automaton runs, that one of several literals occurs:
 * that check is an Aho–Corasick search written in JavaScript, about as costly per character as the
 * automaton. Where the rule layer's literal index already found a rule's literals (long texts are matched
 * only in windows around them) it read each window twice (13% of inspecting a megabyte of documentation);
 * where nothing was found before (rules without a prefilter, `unless`), it is kept: it rejects a text that
 * lacks them faster than the automaton. A check of single literals (indexOf) is kept. Either way it is
 * only a necessary condition: what matches is the same; should re2js keep it elsewhere, only speed changes.
 */
function withoutLiteralSetCheck(regex: RE2JS): RE2JS {
  const engine = (regex as unknown as { re2Input?: { prefilter?: LiteralCheck | null } }).re2Input;
  const check = engine?.prefilter;
  if (engine !== undefined && check != null && searchesLiteralSet(check)) engine.prefilter = null;
  return regex;
}

/** The index of the last character of the escape, class or group starting at `source[at]` (-1 if unclosed). */
function atomEnd(source: string, at: number): number {
  const c = source[at];
  if (c === '\\') {
    if (source[at + 1] !== 'Q') return at + 1;
    const end = source.indexOf('\\E', at + 2);
    return end === -1 ? -1 : end + 1;
  }
  if (c === '[') {
    // A class ends at the first `]` that is not its first member; `[:alpha:]` inside it holds no `]`.
    let j = source[at + 1] === '^' ? at + 2 : at + 1;
    if (source[j] === ']') j++;
    for (; j < source.length && source[j] !== ']'; j++) {
      if (source[j] === '\\') j++;
      else if (source[j] === '[' && source[j + 1] === ':') j = Math.max(source.indexOf(':]', j + 2) + 1, j);
    }
    return j < source.length ? j : -1;
  }
  if (c === '(') {
    for (let i = at + 1; i < source.length; i++) {
      if (source[i] === ')') return i;
      if (source[i] === '\\' || source[i] === '[' || source[i] === '(') {
        i = atomEnd(source, i);
        if (i === -1) return -1;
      }
    }
    return -1;
  }
  return at;
}

function matchIn(regex: RE2JS, text: string): string | undefined {
  const matcher = regex.matcher(text);
  return matcher.find() ? (matcher.group() ?? '') : undefined;
}

/** The top-level alternatives of a pattern (`a|(?:b|c)` is `a` and `(?:b|c)`), undefined if it does not scan. */
function alternatives(source: string): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    if (i === source.length || source[i] === '|') {
      parts.push(source.slice(start, i));
      start = i + 1;
    } else {
      i = atomEnd(source, i);
      if (i === -1) return undefined;
    }
  }
  return parts;
}

/**
 * Whether a pattern can only match at the start of the text: each top-level alternative begins with
 * `^` (not followed by a quantifier) or with a non-capturing group that is itself anchored and not
 * made optional. Conservative: anything else (flags, capturing groups, `(?m)`) is not anchored.
 */
export function anchoredAtStart(source: string): boolean {
  const parts = alternatives(source);
  if (parts === undefined) return false;
  return parts.every((alternative) => {
    if (alternative.startsWith('^')) return !/^\^[*+?{]/.test(alternative);
    if (!alternative.startsWith('(?:')) return false;
    const close = atomEnd(alternative, 0);
    return close !== -1 && !/^[*?{]/.test(alternative.slice(close + 1)) && anchoredAtStart(alternative.slice(3, close));
  });
}

/**
 * The first upper-case letter a pattern matches literally, with its offset: rule patterns run over
 * lower-cased text, so such a pattern (or that branch of it) can never match. Escapes (`\S`, `\p{Lu}`,
 * `\x41`), group names, flags and character classes are skipped; a pattern with `(?i` is not checked.
 */
export function upperCaseLiteral(source: string): { readonly char: string; readonly offset: number } | undefined {
  if (source.includes('(?i')) return undefined;
  const upper = (c: string): boolean => c !== c.toLowerCase();
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        const stop = end === -1 ? source.length : end;
        for (let j = i + 2; j < stop; j++) if (!inClass && upper(source[j]!)) return { char: source[j]!, offset: j };
        i = stop + 1;
      } else if ((next === 'p' || next === 'P' || next === 'x') && source[i + 2] === '{') {
        i = Math.max(source.indexOf('}', i + 3), i + 2);
      } else if (next === 'p' || next === 'P') i += 2;
      else if (next === 'x') i += 3;
      else i += 1;
      continue;
    }
    if (inClass) {
      if (c === '[' && source[i + 1] === ':') i = Math.max(source.indexOf(':]', i + 2) + 1, i);
      else if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++; // a leading ] is a literal member
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      // (?P<name>…), (?<name>…), (?flags:…) or (?flags): nothing in the header is matched literally.
      const header = /^\(\?(?:P?<[^>]*>|[a-zA-Z-]*[:)])/.exec(source.slice(i, i + 64));
      if (header) i += header[0].length - 1;
      continue;
    }
    if (upper(c)) return { char: c, offset: i };
  }
  return undefined;
}
