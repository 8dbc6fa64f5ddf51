// Literals of a rule's group that the rule's patterns can only need where they start a word. A long value
// is matched in windows around its literals' hits; `ai` is in `main`, `said`, `email`, and a window at each
// of them is wasted when every match of the patterns holds a literal of the group at the start of a word
// (`\bai`, `(ai)`, `todo: ai`). Derived from the patterns' sources, so it is right by construction: a
// literal counts only at a word start when every string every pattern matches holds a literal of the group
// that counts where it is, and anything the reader does not understand counts as "could be anything".

import { crossStrings as cross, isLowerLetterOrDigit, maxStrings, type PatternNode, readPattern } from './pattern-tree.js';

/** Whether the character before `at` lets a word start there: none, or one that is not a lower-case letter or digit. */
export const startsWord = (text: string, at: number): boolean => at === 0 || !isLowerLetterOrDigit(text.charCodeAt(at - 1));

// Marks in the strings below: a character of a class that holds no lower-case letter or digit, and the
// zero-width `\b` and `^`. Patterns or literals that hold these private-use characters are not read.
const apart = '\uE000';
const boundary = '\uE001';
const start = '\uE002';
const marks = /[\uE000-\uE002]/u;

/** Whether every match holds a literal that counts: a condition on sets of strings the matches must hold one of. */
type Holds = { readonly kind: 'set'; readonly strings: ReadonlySet<string> } | { readonly kind: 'any' | 'all'; readonly parts: readonly Holds[] };
const never: Holds = { kind: 'any', parts: [] };

/** What a piece of a pattern can match, with the marks above standing for characters or positions. */
interface Reach {
  /** Every string the piece matches (undefined: too many or not known). */
  readonly exact: ReadonlySet<string> | undefined;
  /** Strings one of which every non-empty match starts (ends) with ('' in them: nothing known). */
  readonly prefix: ReadonlySet<string> | undefined;
  readonly suffix: ReadonlySet<string> | undefined;
  readonly nullable: boolean;
  readonly holds: Holds;
}

function strings(set: ReadonlySet<string>): Reach {
  return { exact: set, prefix: set, suffix: set, nullable: set.has(''), holds: { kind: 'set', strings: set } };
}
const unknown: Reach = { exact: undefined, prefix: undefined, suffix: undefined, nullable: false, holds: never };

function union(sets: readonly (ReadonlySet<string> | undefined)[]): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const set of sets) {
    if (set === undefined || out.size + set.size > maxStrings) return undefined;
    for (const s of set) out.add(s);
  }
  return out;
}

function sequence(items: readonly Reach[]): Reach {
  let exact: ReadonlySet<string> | undefined = new Set(['']);
  // Strings every match of the items so far ends (starts) with; `leading` while the start is still being spelled out.
  let current: ReadonlySet<string> | undefined = new Set(['']);
  let lead: ReadonlySet<string> = new Set(['']);
  let leading = true;
  const parts: Holds[] = [];
  for (const item of items) {
    exact = exact !== undefined && item.exact !== undefined ? cross(exact, item.exact) : undefined;
    if (item.exact !== undefined) {
      current = (current && cross(current, item.exact)) ?? item.exact;
    } else if (item.nullable) {
      current = current && item.suffix && union([current, item.suffix]);
    } else {
      const joined = current && item.prefix && cross(current, item.prefix);
      if (joined !== undefined) parts.push({ kind: 'set', strings: joined });
      current = item.suffix;
    }
    parts.push(item.holds);
    if (current !== undefined) parts.push({ kind: 'set', strings: current });
    if (leading) {
      const next = item.exact ?? (item.nullable ? undefined : item.prefix);
      const joined = next && cross(lead, next);
      if (joined !== undefined) lead = joined;
      leading = item.exact !== undefined && joined !== undefined;
    }
  }
  return {
    exact,
    prefix: lead,
    suffix: current,
    nullable: items.every((item) => item.nullable),
    holds: { kind: 'any', parts },
  };
}

function alternation(branches: readonly Reach[]): Reach {
  return {
    exact: union(branches.map((b) => b.exact)),
    prefix: union(branches.map((b) => b.prefix)),
    suffix: union(branches.map((b) => b.suffix)),
    nullable: branches.some((b) => b.nullable),
    holds: { kind: 'all', parts: branches.map((b) => b.holds) },
  };
}

function repeat(item: Reach, min: number, max: number): Reach {
  if (min === 1 && max === 1) return item;
  if (min === 0 && max === 1 && item.exact !== undefined) return strings(new Set(['', ...item.exact]));
  return { exact: undefined, prefix: item.prefix, suffix: item.suffix, nullable: min === 0 || item.nullable, holds: min === 0 ? never : item.holds };
}

function reachOf(node: PatternNode): Reach {
  switch (node.type) {
    case 'text':
      return strings(new Set([node.text]));
    case 'class':
      return node.chars !== undefined ? strings(node.chars) : node.apart ? strings(new Set([apart])) : unknown;
    case 'empty':
      return strings(new Set(['']));
    case 'boundary':
      return strings(new Set([boundary]));
    case 'start':
      return strings(new Set([start]));
    case 'sequence':
      return sequence(node.items.map(reachOf));
    case 'alternation':
      return alternation(node.branches.map(reachOf));
    case 'repeat':
      return repeat(reachOf(node.item), node.min, node.max);
  }
}

/**
 * Whether `literal` occurs in `s` (a string of {@link Reach}) where a word starts whatever the text around
 * it: after a character that is not a lower-case letter or digit, a class of such characters, `^`, or `\b`
 * (the literals asked about start with a letter or digit, before which `\b` means none or a non-word character).
 */
function atWordStart(s: string, literal: string): boolean {
  for (let j = s.indexOf(literal, 1); j > 0; j = s.indexOf(literal, j + 1)) if (!isLowerLetterOrDigit(s.charCodeAt(j - 1))) return true;
  return false;
}

/** Whether every string of a condition holds a literal of the group that counts, those of `wordStart` only where a word starts. */
function holds(condition: Holds, group: readonly string[], wordStart: ReadonlySet<string>): boolean {
  if (condition.kind !== 'set') return condition.kind === 'any' ? condition.parts.some((part) => holds(part, group, wordStart)) : condition.parts.every((part) => holds(part, group, wordStart));
  if (condition.strings.size === 0) return false;
  for (const s of condition.strings) {
    if (!group.some((literal) => (wordStart.has(literal) ? atWordStart(s, literal) : s.includes(literal)))) return false;
  }
  return true;
}

/** What each pattern's matches must hold, by source (read once per process). */
const conditions = new Map<string, Holds | undefined>();

function conditionOf(source: string): Holds | undefined {
  if (conditions.has(source)) return conditions.get(source);
  let condition: Holds | undefined;
  try {
    condition = marks.test(source) ? undefined : reachOf(readPattern(source)).holds;
  } catch {
    condition = undefined;
  }
  conditions.set(source, condition);
  return condition;
}

/**
 * Literals worth asking about: short ones starting with a lower-case letter or a digit, which turn up
 * inside longer words (`ai` of `main`, `note` of `footnote`); a longer word seldom does.
 */
const maxAsked = 4;

/**
 * The literals of `group` whose hits only count where they start a word ({@link startsWord}): every string
 * each of `patterns` matches, in any text, holds a literal of the group that is either not among them or
 * starts a word there. The short literals are asked about together, then (if that fails) one by one, kept
 * while that stays true; none when a pattern is not read.
 */
export function wordStartLiterals(patterns: readonly string[], group: readonly string[]): readonly string[] {
  const asked = group.filter((literal) => literal.length <= maxAsked && isLowerLetterOrDigit(literal.charCodeAt(0)) && !marks.test(literal));
  if (asked.length === 0) return [];
  const read = patterns.map(conditionOf);
  if (read.some((condition) => condition === undefined)) return [];
  const all = (kept: ReadonlySet<string>): boolean => read.every((condition) => holds(condition!, group, kept));
  if (all(new Set(asked))) return asked;
  const kept = new Set<string>();
  if (!all(kept)) return [];
  for (const literal of asked) {
    kept.add(literal);
    if (!all(kept)) kept.delete(literal);
  }
  return [...kept];
}
