import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { RulePlan } from '../src/layers/rule-layer.js';
import { bundledRules } from '../src/rules/bundled.js';
import type { CompiledRule } from '../src/rules/compile.js';
import { canonicalize } from '../src/text/normalize.js';
import { Scanned } from '../src/values/scanned.js';

// A rule's gate (literals one of which every match of its patterns holds) only keeps patterns from
// running where they cannot match: a plan with gates finds what the same plan without them finds.

const rules = bundledRules();
const ungated: CompiledRule[] = rules.map((rule) => ({ ...rule, gate: undefined }));
const withGates = new RulePlan(rules);
const withoutGates = new RulePlan(ungated);

function found(plan: RulePlan, raw: string, kinds: number): string[] {
  const value = new Scanned({ path: ['a'], key: 'v', raw, kinds: 0, byShape: true }, canonicalize(raw, { maxDecodeRounds: 4 }), kinds);
  const out: string[] = [];
  for (const layer of ['preflight', 'rules', 'camouflage'] as const) {
    for (const method of ['tools/call', undefined]) plan.match(value, method, layer, (rule, evidence) => out.push(`${layer} ${rule.id} ${evidence}`));
  }
  return out;
}

// Pieces of what the rules look for (their prefilter and gate literals), and filler.
const literals = [...new Set(rules.flatMap((rule) => [...(rule.prefilter ?? []), ...(rule.gate ?? [])]))];
const filler = ['a', ' ', '/', '.', "'", '"', ';', '=', '1', '\n', 'x'.repeat(40)];
const text = fc.array(fc.oneof(fc.constantFrom(...literals), fc.constantFrom(...filler)), { maxLength: 30 }).map((parts) => parts.join(''));

describe('rule gates', () => {
  it('are named for the rules whose prefilter hits where their patterns cannot match', () => {
    const gate = (id: string) => rules.find((rule) => rule.id === id)?.gate;
    expect(gate('sql/injection-probe')).toEqual(expect.arrayContaining(['or', 'and', 'select', 'sleep']));
    expect(gate('url/embedded-credentials')).toEqual(['://']);
  });

  it('change no finding on short values, whatever their kinds', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 63 }), (raw, kinds) => {
        expect(found(withGates, raw, kinds)).toEqual(found(withoutGates, raw, kinds));
      }),
      { numRuns: 1500 },
    );
  });

  it('change no finding on values long enough to be matched in windows', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 63 }), (parts, kinds) => {
        const raw = parts.join(' '.repeat(3000));
        expect(found(withGates, raw, kinds)).toEqual(found(withoutGates, raw, kinds));
      }),
      { numRuns: 60 },
    );
  });
});
