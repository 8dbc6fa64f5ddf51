import { RulePlan } from '../layers/rule-layer.js';
import { canonicalize } from '../text/normalize.js';
import { allKinds, kindBits } from '../values/kinds.js';
import { Scanned } from '../values/scanned.js';
import { type CompiledRule, compileRulePacks, type RulePackSource } from './compile.js';
import type { RuleExample } from './schema.js';

/** An example that did not behave as its rule says. */
export interface RuleTestFailure {
  readonly pack: string;
  readonly rule: string;
  readonly example: string;
  readonly expected: 'match' | 'no-match';
  /** `prefilter`: the patterns match the example but its prefilter or `near` literals keep them from running. */
  readonly problem: 'missed' | 'false-positive' | 'prefilter';
}

function scan(rule: CompiledRule, example: RuleExample): Scanned {
  const value = typeof example === 'string' ? example : example.value;
  const kinds = typeof example === 'object' && example.kinds ? kindBits(example.kinds) : rule.kinds === allKinds ? 0 : rule.kinds;
  const declared = typeof example === 'object' && example.declared ? kindBits(example.declared) : rule.declared;
  return new Scanned({ path: [], key: '', raw: value, kinds: declared, byShape: false }, canonicalize(value, { maxDecodeRounds: 4 }), kinds);
}

/** Whether `rule` fires on `value` in `plan`, the rule layer's matcher (literal index, `near` groups, windows). */
function fires(plan: RulePlan, rule: CompiledRule, value: Scanned): boolean {
  let fired = false;
  const method = rule.methods === undefined ? undefined : [...rule.methods][0];
  plan.match(value, method, rule.layer, (found) => {
    if (found === rule) fired = true;
  });
  return fired;
}

/** The rule with its literal gates removed, alone in a plan: do its patterns match at all? */
function patternsMatch(rule: CompiledRule, value: Scanned): boolean {
  const ungated: CompiledRule = { ...rule, prefilter: undefined, near: undefined };
  return fires(new RulePlan([ungated]), ungated, value);
}

/**
 * Runs every example of every rule of the given packs (RuleTester-style): each `match` example must
 * match and each `no-match` example must not, through the same normalization and the same matcher
 * (`RulePlan`, with its literal index over all the packs' rules) the guard uses. Returns the failures;
 * an empty array means the packs are sound. Invalid packs throw, as in `createGuard`.
 */
export function testRulePack(sources: readonly RulePackSource[]): RuleTestFailure[] {
  const failures: RuleTestFailure[] = [];
  const rules = compileRulePacks(sources);
  const plan = new RulePlan(rules);
  for (const rule of rules) {
    for (const example of rule.examples.match) {
      const value = scan(rule, example);
      if (fires(plan, rule, value)) continue;
      const text = typeof example === 'string' ? example : example.value;
      const problem = rule.prefilter && patternsMatch(rule, scan(rule, example)) ? 'prefilter' : 'missed';
      failures.push({ pack: rule.source, rule: rule.id, example: text, expected: 'match', problem });
    }
    for (const example of rule.examples.noMatch) {
      if (!fires(plan, rule, scan(rule, example))) continue;
      const text = typeof example === 'string' ? example : example.value;
      failures.push({ pack: rule.source, rule: rule.id, example: text, expected: 'no-match', problem: 'false-positive' });
    }
  }
  return failures;
}
