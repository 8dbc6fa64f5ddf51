import type { ToolNames } from '../commands/tool-names.js';
import type { ScannedValue } from '../types.js';
import { keyFacts } from '../values/key-facts.js';
import { maxValues, mayLetThrough, namesLetThrough } from './condemned-indicators.js';
import { maxCallValues, namesScanner, runsScanner } from './written-scope.js';

// What a call is to the session readers of security work, read in one pass over its values: whether it may
// let a condemned indicator through (condemned-indicators.ts) and whether it scans (written-scope.ts). Both
// read the tool's name once and each value's key and kind once; most calls are neither, and two loops over
// every call's keys (one per reader) were most of what these readers cost an ordinary call.

/** What {@link securityCall} tells, as bits: the low four are condemned-indicators' bits of what it lets through. */
export const SecurityCall = {
  /** What the call lets through (condemned-indicators' bits; none for a call that only writes to someone). */
  Lets: 15,
  /** It may let a condemned indicator through: the session's condemned ones are read. */
  MayLetThrough: 16,
  /** It is a scanner's (by its name, or a shell line that runs one): the session's written scope is read. */
  Scans: 32,
} as const;

/** What a call of `tool` with `values` is to the security readers (its name read once in `names`, or anew). */
export function securityCall(tool: string, values: readonly ScannedValue[], names?: ToolNames): number {
  const name = names?.of(tool);
  let scans = name === undefined ? namesScanner(tool) : name.scans;
  let keys = 0;
  const count = Math.min(values.length, maxValues);
  for (let v = 0; v < count; v++) {
    const value = values[v]!;
    keys |= keyFacts(value.key);
    if (!scans && v < maxCallValues) scans = runsScanner(value);
  }
  const lets = mayLetThrough(name === undefined ? namesLetThrough(tool) : name.lets, keys, values);
  return (lets === undefined ? 0 : SecurityCall.MayLetThrough | lets) | (scans ? SecurityCall.Scans : 0);
}
