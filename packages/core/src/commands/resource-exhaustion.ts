// What a tool call carries that is built to exhaust the machine or the server (see the readers named
// below): read on a call's values only, each behind a first test that ordinary values fail at once.
import { nestingDepth, nestingLimit } from '../values/nesting-depth.js';
import { aliasExpansion, expansionLimit } from '../values/yaml-alias-bombs.js';
import { nestedRepetition, pumped } from './backtracking-patterns.js';
import { diskFill } from './disk-fills.js';
import { forkBomb } from './fork-bombs.js';
import { hugeAllocation } from './huge-allocations.js';
import type { ScannedValue } from '../types.js';
import { KeyFact, keyFacts } from '../values/key-facts.js';
import { Kind } from '../values/kinds.js';

export interface Exhaustion {
  readonly rule: 'cmd/resource-exhaustion' | 'cmd/backtracking-pattern';
  readonly message: string;
  readonly evidence: string;
}

/** Shortest value whose nesting is measured: a deeper one needs at least twice the limit in brackets. */
const nestedLength = 2 * nestingLimit;
/**
 * Shortest value read for an alias bomb: each level of one multiplies the size by its aliases k for about
 * 8 + 3k bytes (`- &b [*a,*a,*a]` on a line of its own, since an anchor counts once closed), so passing a
 * million nodes takes ~200 bytes at best. Most values are shorter, and fail here before any search.
 */
const aliasBombLength = 128;

/**
 * What a run value holds when any of the three readers below can find something: a fork bomb's `{` or `fork`,
 * a disk fill's endless source or `yes` or `fallocate`, and the huge allocation's own first test. One regex
 * test rules out all three for an ordinary command line, which asked up to eight String.includes before (`/`
 * in any path let it past the first seven; forkBomb and diskFill then asked five more). `mayAllocate` is the
 * huge allocation's test alone, asked again once the other two readers found nothing.
 */
const mayAllocate = /\*|repeat|alloc|[Aa]rray|zeros|ones|empty|bytes|urandom|range/;
const mayExhaust = new RegExp(`\\{|fork|\\/dev\\/|yes|fallocate|${mayAllocate.source}`);

/** What one value of a call exhausts; `command`: the value is run (a shell line or code). */
export function valueExhaustion(raw: string, command: boolean): Exhaustion | undefined {
  if (command && mayExhaust.test(raw)) {
    const bomb = forkBomb(raw);
    if (bomb !== undefined) return { rule: 'cmd/resource-exhaustion', message: 'A fork bomb: a function that starts itself again and again until the machine runs out of processes', evidence: bomb };
    const fill = diskFill(raw);
    if (fill !== undefined) return { rule: 'cmd/resource-exhaustion', message: `Command fills the disk: ${fill}`, evidence: raw.slice(0, 120) };
    if (raw.length < 64 * 1024 && mayAllocate.test(raw)) {
      const huge = hugeAllocation(raw);
      if (huge !== undefined) return { rule: 'cmd/resource-exhaustion', message: 'Code asks for a string, list or buffer larger than any machine\'s memory', evidence: huge };
    }
  }
  if (raw.length >= nestedLength && nestingDepth(raw) > nestingLimit) return { rule: 'cmd/resource-exhaustion', message: `Input nests brackets more than ${nestingLimit} deep: a recursive parser overflows its stack`, evidence: raw.slice(0, 60) };
  if (raw.length >= aliasBombLength) {
    const size = aliasExpansion(raw);
    if (size > expansionLimit) return { rule: 'cmd/resource-exhaustion', message: `YAML aliases expand to more than ${expansionLimit.toLocaleString('en')} nodes (an alias bomb)`, evidence: raw.slice(0, 120) };
  }
  return undefined;
}

/**
 * A regex argument with nested unbounded repetition (see backtracking-patterns.ts): with another argument
 * pumped to make it backtrack, exhaustion; alone, reported for review.
 */
export function patternExhaustion(key: string, raw: string, values: readonly ScannedValue[]): Exhaustion | undefined {
  if (!(keyFacts(key) & KeyFact.Regex) || !nestedRepetition(raw)) return undefined;
  if (values.some((o) => o.raw !== raw && o.raw.length >= 500 && pumped(o.raw))) return { rule: 'cmd/resource-exhaustion', message: 'A regex that backtracks without end (nested repetition), handed an input built to make it backtrack', evidence: raw.slice(0, 120) };
  return { rule: 'cmd/backtracking-pattern', message: 'A regex with nested repetition: on a long line that almost matches it backtracks for a very long time', evidence: raw.slice(0, 120) };
}

/** What one value of a tools/call exhausts, read with the call's other values (a regex's input). */
export function callExhaustion(value: ScannedValue, values: readonly ScannedValue[]): Exhaustion | undefined {
  return valueExhaustion(value.raw, (value.kindMask & Kind.Command) !== 0) ?? patternExhaustion(value.key, value.raw, values);
}
