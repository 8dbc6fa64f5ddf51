import type { CompiledRule, RuleLayerName } from '../rules/compile.js';
import { matchRule } from '../rules/match.js';
import type { Finding, Layer, LayerContext, Phase, ProfileName } from '../types.js';
import type { Scanned } from '../values/scanned.js';

const phaseOf: Readonly<Record<RuleLayerName, Phase>> = { preflight: 'normalize', rules: 'rules', camouflage: 'camouflage' };

const descriptions: Readonly<Record<RuleLayerName, string>> = {
  preflight: 'Normalization signals: encodings, hidden and lookalike characters',
  rules: 'Signature rules over argument and result values, by value kind',
  camouflage: 'Text that tries to talk the guard or a reviewer into trusting a message',
};

/** A layer that runs the rules of one pack layer for one profile. */
export function createRuleLayer(name: RuleLayerName, rules: readonly CompiledRule[], profile: ProfileName): Layer {
  const active = rules.filter((r) => r.layer === name && (r.profiles === undefined || r.profiles.has(profile)));
  const bySender = {
    client: active.filter((r) => r.from !== 2),
    server: active.filter((r) => r.from !== 1),
  };
  return {
    name,
    phase: phaseOf[name],
    deterministic: true,
    description: descriptions[name],
    inspect(_message: unknown, context: LayerContext): Finding[] {
      const findings: Finding[] = [];
      const candidates = bySender[context.from];
      for (const value of context.values as unknown as readonly Scanned[]) {
        for (const rule of candidates) {
          if ((rule.kinds & value.bits) === 0 && rule.kinds !== 63) continue;
          if (rule.methods !== undefined && (context.method === undefined || !rule.methods.has(context.method))) continue;
          const evidence = matchRule(rule, value);
          if (evidence === undefined) continue;
          findings.push({
            layer: name,
            rule: rule.id,
            family: rule.family,
            severity: rule.severity,
            action: rule.action,
            message: rule.message,
            path: value.path,
            evidence,
            deterministic: true,
          });
        }
      }
      return findings;
    },
  };
}
