import type { Action, Severity } from './types.js';

const actionRank: Readonly<Record<Action, number>> = { allow: 0, warn: 1, review: 2, 'shadow-block': 3, block: 4 };
const severityRank: Readonly<Record<Severity, number>> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export const rankOfAction = (action: Action): number => actionRank[action];
export const rankOfSeverity = (severity: Severity): number => severityRank[severity];

/** The more severe of two actions. */
export function maxAction(a: Action, b: Action): Action {
  return actionRank[a] >= actionRank[b] ? a : b;
}
