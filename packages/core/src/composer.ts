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

const lookup = (table: Readonly<Record<string, Override>>, finding: Finding): Override | undefined =>
  table[finding.rule] ?? table[`${finding.family}/*`] ?? table[finding.family];

function overrideFor(finding: Finding, tables: OverrideTables, profileTable: Readonly<Record<string, Override>>): Override | undefined {
  for (const table of tables) {
    const value = lookup(table, finding);
    if (value !== undefined) return value;
  }
  return lookup(profileTable, finding);
}

/** Override tables, highest precedence first: matching scopes (last first), then `rules.overrides`. */
export type OverrideTables = readonly Readonly<Record<string, Override>>[];

/**
 * Reduces findings to one action: each finding's requested action goes through the override tables
 * (scopes, then the user's overrides), then the profile's overrides, then the profile's action map; the
 * most severe wins. Within a table a rule id beats `family/*` beats the family. Ties go to the higher
 * severity, then to the earlier layer. Nothing can lower another finding's action.
 */
export function compose(findings: readonly Finding[], profile: Profile, tables: OverrideTables): Composition {
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
