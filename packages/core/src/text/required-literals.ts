// Literals a regular expression cannot match without: for a pattern, a set of strings such that every
// match contains one of them. A pass of a literal index over a text then tells which patterns can match
// at all, so the costly regex runs only for those. Derived from the pattern's source, so the set is right
// by construction; anything the reader does not understand counts as "could be anything".

import { crossStrings as cross, maxStrings, type PatternNode, readPattern } from './pattern-tree.js';

/** What a piece of a pattern can match: all its strings when they are few, and literals one of which every match holds. */
interface Info {
  /** Every string the piece matches (undefined: too many or not known). */
  readonly exact: ReadonlySet<string> | undefined;
  /** Strings one of which every match contains (undefined: none known). */
  readonly required: ReadonlySet<string> | undefined;
}

const unknown: Info = { exact: undefined, required: undefined };
const empty: Info = { exact: new Set(['']), required: undefined };
const literal = (s: string): Info => ({ exact: new Set([s]), required: new Set([s]) });

/** How selective a set of required literals is: its shortest literal's length (0: useless). */
function strength(set: ReadonlySet<string> | undefined): number {
  if (set === undefined || set.size === 0) return 0;
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest;
}

function better(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): ReadonlySet<string> | undefined {
  const sa = strength(a);
  const sb = strength(b);
  if (sb > sa || (sb === sa && sb > 0 && b!.size < a!.size)) return b;
  return sa > 0 ? a : undefined;
}

/** The literals one of which every match of a piece holds: its own required set or its exact strings. */
const best = (info: Info): ReadonlySet<string> | undefined => better(info.required, info.exact);

/**
 * What a sequence of pieces can match; `groups`, when given, receives every set the sequence requires
 * (one from each of its parts that names one: a match holds one literal of each set, not only of the best).
 */
function sequence(items: readonly Info[], groups?: ReadonlySet<string>[]): Info {
  let current: ReadonlySet<string> | undefined = new Set(['']);
  let whole = true;
  let required: ReadonlySet<string> | undefined;
  const need = (set: ReadonlySet<string> | undefined): void => {
    if (strength(set) === 0) return;
    required = better(required, set);
    groups?.push(set!);
  };
  const flush = (): void => {
    if (current !== undefined && !current.has('')) need(current);
  };
  for (const item of items) {
    const joined: ReadonlySet<string> | undefined = current !== undefined && item.exact !== undefined ? cross(current, item.exact) : undefined;
    if (joined !== undefined) {
      current = joined;
      continue;
    }
    // The strings so far end here: every match holds one of them, then the item's own match.
    whole = false;
    flush();
    need(best(item));
    current = item.exact;
  }
  flush();
  return { exact: whole ? current : undefined, required };
}

function alternation(branches: readonly Info[]): Info {
  let exact: Set<string> | undefined = new Set<string>();
  let required: Set<string> | undefined = new Set<string>();
  for (const branch of branches) {
    if (exact !== undefined && branch.exact !== undefined && exact.size + branch.exact.size <= maxStrings) for (const s of branch.exact) exact.add(s);
    else exact = undefined;
    const own = best(branch);
    if (required !== undefined && own !== undefined) for (const s of own) required.add(s);
    else required = undefined;
  }
  return { exact, required };
}

function repeat(item: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return item;
  if (min === 0 && max === 1) return { exact: item.exact && new Set(['', ...item.exact]), required: undefined };
  return min >= 1 ? { exact: undefined, required: best(item) } : unknown;
}

/** What a piece read by {@link readPattern} can match. */
function infoOf(node: PatternNode): Info {
  switch (node.type) {
    case 'text':
      return literal(node.text);
    case 'class':
      return node.chars === undefined ? unknown : { exact: node.chars, required: node.chars };
    case 'empty':
    case 'boundary':
    case 'start':
      return empty;
    case 'sequence':
      return sequence(node.items.map(infoOf));
    case 'alternation':
      return alternation(node.branches.map(infoOf));
    case 'repeat':
      return repeat(infoOf(node.item), node.min, node.max);
  }
}

/**
 * Literals one of which every match of `source` contains, or undefined when none can be named (a pattern
 * that can match the empty string, or one whose syntax is not read here). Case-sensitive, as the pattern is.
 */
export function requiredLiterals(source: string): string[] | undefined {
  try {
    const info = infoOf(readPattern(source));
    const set = best(info);
    return set === undefined ? undefined : [...set];
  } catch {
    return undefined;
  }
}

/**
 * Sets of literals every match of `source` holds one literal of each of, or undefined when none can be
 * named: the set {@link requiredLiterals} gives first, then the others its top-level sequence's parts
 * require whose literals are all `minLength` long at least (shorter ones are in most texts: `a`-`z` for
 * `[a-z]+`). A finer test than one set: `tell … the user` needs a verb and an object, not just `the user`.
 */
export function requiredLiteralGroups(source: string, minLength = 3): string[][] | undefined {
  try {
    const node = readPattern(source);
    const parts: ReadonlySet<string>[] = [];
    const first = best(node.type === 'sequence' ? sequence(node.items.map(infoOf), parts) : infoOf(node));
    if (first === undefined) return undefined;
    const others = parts.filter((set) => set !== first && strength(set) >= minLength);
    return [first, ...others].map((set) => [...set]);
  } catch {
    return undefined;
  }
}
