import { rankOfAction, rankOfSeverity } from './actions.js';
import type { Override, Profile } from './profiles.js';
import type { Action, Finding } from './types.js';

export interface Composition {
  readonly action: Action;
  /** Findings that were not turned off, in layer order. */
  readonly findings: readonly Finding[];
  /** The effective action of each finding, same order. */
  readonly effective: readonly Action[];
  readonly primary: Finding | undefined;
  /** The primary finding's requested action after overrides, before the profile's action map. */
  readonly requested: Action | undefined;
}

/**
 * A finding's `family/*` and family keys, made once per rule: a key made anew (a template, a slice) is
 * looked up in the string table on every property read, and every finding is read against two tables or more.
 */
const ruleKeys = new Map<string, readonly [wildcard: string, family: string]>();
function keysOf(finding: Finding): readonly [wildcard: string, family: string] {
  let keys = ruleKeys.get(finding.rule);
  if (keys === undefined || keys[1] !== finding.family) {
    keys = [`${finding.family}/*`, finding.family];
    // Rule ids are few; a layer making up ids without end only ever costs this map its size.
    if (ruleKeys.size >= 4096) ruleKeys.clear();
    ruleKeys.set(finding.rule, keys);
  }
  return keys;
}

const lookup = (table: Readonly<Record<string, Override>>, rule: string, keys: readonly [string, string]): Override | undefined =>
  table[rule] ?? table[keys[0]] ?? table[keys[1]];

function overrideFor(finding: Finding, tables: OverrideTables, profileTable: Readonly<Record<string, Override>>): Override | undefined {
  const keys = keysOf(finding);
  for (const table of tables) {
    const value = lookup(table, finding.rule, keys);
    if (value !== undefined) return value;
  }
  return lookup(profileTable, finding.rule, keys);
}

/** Override tables, highest precedence first: matching scopes (last first), then `rules.overrides`. */
export type OverrideTables = readonly Readonly<Record<string, Override>>[];

/** The composition of no findings (most messages): shared, as nothing in it can differ. */
const nothing: Composition = Object.freeze({ action: 'allow', findings: Object.freeze([]), effective: Object.freeze([]), primary: undefined, requested: undefined });

/**
 * Reduces findings to one action: each finding's requested action goes through the override tables
 * (scopes, then the user's overrides), then the profile's overrides, then the profile's action map; the
 * most severe wins. Within a table a rule id beats `family/*` beats the family. Ties go to the higher
 * severity, then to the earlier layer. Nothing can lower another finding's action.
 */
export function compose(findings: readonly Finding[], profile: Profile, tables: OverrideTables): Composition {
  if (findings.length === 0) return nothing;
  const kept: Finding[] = [];
  const effective: Action[] = [];
  let best = -1;
  let bestRequested: Action | undefined;
  for (const finding of findings) {
    const override = overrideFor(finding, tables, profile.overrides);
    if (override === 'off') continue;
    const requested = override ?? finding.action;
    const action = profile.actions[requested] ?? requested;
    kept.push(finding);
    effective.push(action);
    const i = kept.length - 1;
    if (
      best < 0 ||
      rankOfAction(action) > rankOfAction(effective[best]!) ||
      (rankOfAction(action) === rankOfAction(effective[best]!) && rankOfSeverity(finding.severity) > rankOfSeverity(kept[best]!.severity))
    ) {
      best = i;
      bestRequested = requested;
    }
  }
  const action = best >= 0 ? effective[best]! : 'allow';
  const primary = best >= 0 && action !== 'allow' ? kept[best] : undefined;
  return { action, findings: kept, effective, primary, requested: primary ? bestRequested : undefined };
}
