import { canonicalize } from '../text/normalize.js';
import { allKinds, kindBits } from '../values/kinds.js';
import { Scanned } from '../values/scanned.js';
import { type CompiledRule, compileRulePacks, type RulePackSource } from './compile.js';
import { matchRule } from './match.js';
import type { RuleExample } from './schema.js';

/** An example that did not behave as its rule says. */
export interface RuleTestFailure {
  readonly pack: string;
  readonly rule: string;
  readonly example: string;
  readonly expected: 'match' | 'no-match';
  /** `prefilter`: the example matched the patterns but none of the prefilter literals occur in it. */
  readonly problem: 'missed' | 'false-positive' | 'prefilter';
}

function scan(rule: CompiledRule, example: RuleExample): Scanned {
  const value = typeof example === 'string' ? example : example.value;
  const kinds = typeof example === 'object' && example.kinds ? kindBits(example.kinds) : rule.kinds === allKinds ? 0 : rule.kinds;
  const declared = typeof example === 'object' && example.declared ? kindBits(example.declared) : rule.declared;
  return new Scanned({ path: [], key: '', raw: value, kinds: declared, byShape: false }, canonicalize(value, { maxDecodeRounds: 4 }), kinds);
}

const withoutPrefilter = (rule: CompiledRule): CompiledRule => ({ ...rule, prefilter: undefined });

/**
 * Runs every example of every rule of the given packs (RuleTester-style): each `match` example must
 * match and each `no-match` example must not, through the same normalization the guard applies.
 * Returns the failures; an empty array means the packs are sound. Invalid packs throw, as in `createGuard`.
 */
export function testRulePack(sources: readonly RulePackSource[]): RuleTestFailure[] {
  const failures: RuleTestFailure[] = [];
  for (const rule of compileRulePacks(sources)) {
    for (const example of rule.examples.match) {
      const value = scan(rule, example);
      if (matchRule(rule, value) !== undefined) continue;
      const text = typeof example === 'string' ? example : example.value;
      const problem = rule.prefilter && matchRule(withoutPrefilter(rule), value) !== undefined ? 'prefilter' : 'missed';
      failures.push({ pack: rule.source, rule: rule.id, example: text, expected: 'match', problem });
    }
    for (const example of rule.examples.noMatch) {
      if (matchRule(rule, scan(rule, example)) === undefined) continue;
      const text = typeof example === 'string' ? example : example.value;
      failures.push({ pack: rule.source, rule: rule.id, example: text, expected: 'no-match', problem: 'false-positive' });
    }
  }
  return failures;
}
