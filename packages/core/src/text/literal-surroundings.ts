// What a pattern demands right around a literal of a set its matches require (required-literals.ts): no
// lower-case letter or digit just before it (`\b`, `^`, `\s`, `(?:^|\s)`), none just after it (`\b`, `\s`,
// `$`), or, after it and past characters that are neither, one of a few characters (`user\s*:`,
// `[{}();=]\s*[{}();=]`). A prefilter that finds a literal only where the pattern cannot hold it (`ta` of
// `metadata`, `user` of `the user asks`, `(` of `(revision 2)`) then knows the pattern cannot match without
// running it. Read from the pattern's top-level sequence, so right by construction: what is not read
// there demands nothing.

import { crossStrings, isLowerLetterOrDigit, type PatternNode, readPattern } from './pattern-tree.js';
import { exactStrings } from './required-literals.js';

/** Read as the literal index reads characters: `text.charCodeAt` dispatches on the string's form at every read (see literal-index.ts). */
const charCodeAt = String.prototype.charCodeAt;

/** What must be around a hit of a literal for a pattern to match with that hit. */
export interface Surroundings {
  /** No lower-case letter or digit just before the hit (or the text starts there). */
  readonly apartBefore: boolean;
  /** No lower-case letter or digit just after it (or the text ends there). */
  readonly apartAfter: boolean;
  /** After the hit, the first character that is a lower-case letter, a digit or one of these is one of these (undefined: no demand). */
  readonly next: ReadonlySet<number> | undefined;
}

/**
 * Whether a hit of `literal` in `text`, the first at `start` or a later one, has what `around` demands.
 * Linear in the text: a scan for `next` stops at a letter or digit, and one from a hit inside a stretch an
 * earlier scan passed over would stop where that one did, so it is not made.
 */
export function someSurrounded(text: string, literal: string, start: number, around: Surroundings): boolean {
  const n = text.length;
  const next = around.next;
  let reached = -1;
  for (let at = start; at >= 0; at = text.indexOf(literal, at + 1)) {
    const end = at + literal.length;
    if (around.apartBefore && at > 0 && isLowerLetterOrDigit(charCodeAt.call(text, at - 1))) continue;
    if (around.apartAfter && end < n && isLowerLetterOrDigit(charCodeAt.call(text, end))) continue;
    if (next === undefined) return true;
    if (end <= reached) continue;
    let i = end;
    for (; i < n; i++) {
      const c = charCodeAt.call(text, i);
      if (next.has(c)) return true;
      if (isLowerLetterOrDigit(c)) break;
    }
    reached = i;
  }
  return false;
}

/**
 * What `source` demands around each literal of `group` (a set every match holds one literal of, as
 * requiredLiteralGroups names it): found where a run of the pattern's top-level items spells exactly the
 * group's strings, from the items just before and after that run. Literals with no demand are left out.
 */
export function surroundingsOf(source: string, group: readonly string[]): Map<string, Surroundings> {
  const out = new Map<string, Surroundings>();
  let items: readonly PatternNode[];
  try {
    const node = readPattern(source);
    items = node.type === 'sequence' ? node.items : [node];
  } catch {
    return out;
  }
  const run = runOf(items, new Set(group));
  if (run === undefined) return out;
  const before = items[run[0] - 1];
  const after = items[run[1] + 1];
  const next = after === undefined ? undefined : nextOf(after, items[run[1] + 2]);
  for (const literal of group) {
    if (literal === '') continue;
    const apartBefore = before !== undefined && (before.type === 'boundary' ? isWordChar(literal.charCodeAt(0)) : endsApart(before));
    const apartAfter = after !== undefined && (after.type === 'boundary' ? isWordChar(literal.charCodeAt(literal.length - 1)) : startsApart(after));
    if (apartBefore || apartAfter || next !== undefined) out.set(literal, { apartBefore, apartAfter, next });
  }
  return out;
}

/** `[A-Za-z0-9_]`: what `\b` tells from the rest (no `i` flag, so in ASCII alone). */
const isWordChar = (c: number): boolean => c === 0x5f || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

const zeroWidth = (node: PatternNode): boolean => node.type === 'boundary' || node.type === 'start' || node.type === 'empty' || node.type === 'end';

/** The first and last of the items whose strings, one after another, are exactly `group`'s (zero-width items at either end left out). */
function runOf(items: readonly PatternNode[], group: ReadonlySet<string>): [number, number] | undefined {
  for (let first = 0; first < items.length; first++) {
    if (zeroWidth(items[first]!)) continue;
    let strings: ReadonlySet<string> | undefined = new Set(['']);
    for (let last = first; last < items.length && strings !== undefined; last++) {
      const exact = exactStrings(items[last]!);
      strings = exact && crossStrings(strings, exact);
      if (strings !== undefined && !zeroWidth(items[last]!) && strings.size === group.size && [...strings].every((s) => group.has(s))) return [first, last];
    }
  }
  return undefined;
}

/** Whether every match of `node` ends with a character that is no lower-case letter or digit, or at the text's start. */
function endsApart(node: PatternNode): boolean {
  switch (node.type) {
    case 'start':
      return true;
    case 'class':
      return node.apart;
    case 'text':
      return node.text !== '' && !isLowerLetterOrDigit(node.text.charCodeAt(node.text.length - 1));
    case 'repeat':
      return node.min >= 1 && endsApart(node.item);
    case 'alternation':
      return node.branches.every(endsApart);
    case 'sequence':
      return node.items.length > 0 && endsApart(node.items[node.items.length - 1]!);
    default:
      return false;
  }
}

/** Whether every match of `node` starts with a character that is no lower-case letter or digit, or at the text's end. */
function startsApart(node: PatternNode): boolean {
  switch (node.type) {
    case 'end':
      return true;
    case 'class':
      return node.apart;
    case 'text':
      return node.text !== '' && !isLowerLetterOrDigit(node.text.charCodeAt(0));
    case 'repeat':
      return node.min >= 1 && startsApart(node.item);
    case 'alternation':
      return node.branches.every(startsApart);
    case 'sequence':
      return node.items.length > 0 && startsApart(node.items[0]!);
    default:
      return false;
  }
}

/**
 * The characters one of which comes first after a run followed by `after` and `then`, past characters that
 * are no lower-case letter or digit: `after`'s first characters, or `then`'s when `after` is an optional
 * repeat of such characters (`\s*`).
 */
function nextOf(after: PatternNode, then: PatternNode | undefined): ReadonlySet<number> | undefined {
  if (after.type === 'repeat' && after.min === 0 && after.item.type === 'class' && after.item.apart) return then && firstOf(then);
  return firstOf(after);
}

/** The first code units of every match of `node`, when it names them (undefined: not known, or it may match nothing). */
function firstOf(node: PatternNode): ReadonlySet<number> | undefined {
  switch (node.type) {
    case 'text':
      return node.text === '' ? undefined : new Set([node.text.charCodeAt(0)]);
    case 'class':
      return node.chars && new Set([...node.chars].map((c) => c.charCodeAt(0)));
    case 'repeat':
      return node.min >= 1 ? firstOf(node.item) : undefined;
    case 'alternation': {
      const out = new Set<number>();
      for (const branch of node.branches) {
        const first = firstOf(branch);
        if (first === undefined) return undefined;
        for (const c of first) out.add(c);
      }
      return out;
    }
    case 'sequence':
      return node.items.length > 0 ? firstOf(node.items[0]!) : undefined;
    default:
      return undefined;
  }
}
