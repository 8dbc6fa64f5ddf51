// The word-start literals of the bundled rules, read at build time (scripts/word-start-table.mjs) by the
// same analysis as text/word-start-literals.ts: reading a rule's patterns costs milliseconds (all bundled
// rules, a few hundred), which a one-shot process would pay on its first long value.

import { bundledWordStartsJson } from '../generated/word-starts.js';

interface Entry {
  readonly patterns: readonly string[];
  readonly groups: readonly { readonly group: readonly string[]; readonly literals: readonly string[] }[];
}

let table: Readonly<Record<string, Entry>> | undefined;

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The word-start literals read at build time for a rule's group, or undefined when the table has none for
 * exactly these patterns and this group (a rule that is not bundled, or was changed since): the caller
 * reads them itself then.
 */
export function builtWordStarts(id: string, patterns: readonly string[], group: readonly string[]): readonly string[] | undefined {
  // Written by the build script from the rule packs: an entry per rule id.
  table ??= JSON.parse(bundledWordStartsJson) as Record<string, Entry>;
  const entry = Object.hasOwn(table, id) ? table[id] : undefined;
  if (entry === undefined || !same(entry.patterns, patterns)) return undefined;
  return entry.groups.find((each) => same(each.group, group))?.literals;
}
