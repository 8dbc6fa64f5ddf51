import type { CompiledRule, RuleLayerName } from '../rules/compile.js';
import { LiteralIndex } from '../rules/literal-index.js';
import { applies, execRule, formsFor, maxHits, signalEvidence } from '../rules/match.js';
import { defineLayer } from '../layer.js';
import type { Layer, LayerFinding, LayerRule, Phase, ProfileName, ScannedValue } from '../types.js';
import { Kind } from '../values/kinds.js';

const phaseOf: Readonly<Record<RuleLayerName, Phase>> = { preflight: 'normalize', rules: 'rules', camouflage: 'camouflage' };

const descriptions: Readonly<Record<RuleLayerName, string>> = {
  preflight: 'Normalization signals: encodings, hidden and lookalike characters',
  rules: 'Signature rules over argument and result values, by value kind',
  camouflage: 'Text that tries to talk the guard or a reviewer into trusting a message',
};

/** Where one rule's literals occur in one form of a value. */
interface RuleHits {
  /** Start offsets of prefilter literals (sorted, as the scan goes left to right). */
  readonly anchors: number[];
  /** Start offsets of each `near` group's literals. */
  readonly near: number[][] | undefined;
}

/** Literal id → (rule index, role) pairs; role -1 is the prefilter, ≥ 0 a `near` group. */
type LiteralUse = readonly (readonly [rule: number, role: number])[];

// Shared by every value without hits; never written to.
const noHits = new Map<number, RuleHits>();

/** The rules one sender's messages can trigger, with one literal index over all their prefilters (also the rule tester's matcher). */
export class RulePlan {
  readonly rules: readonly CompiledRule[];
  readonly #index: LiteralIndex;
  readonly #uses: readonly LiteralUse[];
  /** Rules without a prefilter or signals: candidates for every value. */
  readonly #always: readonly number[];
  /** Rules without a prefilter that need a normalization signal: candidates only for values with signals. */
  readonly #onSignals: readonly number[];

  constructor(rules: readonly CompiledRule[]) {
    this.rules = rules;
    const literalIds = new Map<string, number>();
    const uses: [number, number][][] = [];
    const always: number[] = [];
    const onSignals: number[] = [];
    const use = (literal: string, rule: number, role: number): void => {
      let id = literalIds.get(literal);
      if (id === undefined) {
        id = uses.length;
        literalIds.set(literal, id);
        uses.push([]);
      }
      uses[id]!.push([rule, role]);
    };
    rules.forEach((rule, i) => {
      if (!rule.prefilter) {
        (rule.signals !== 0 ? onSignals : always).push(i);
        return;
      }
      for (const literal of new Set(rule.prefilter)) use(literal, i, -1);
      rule.near?.forEach((group, g) => {
        for (const literal of new Set(group)) use(literal, i, g);
      });
    });
    this.#index = new LiteralIndex([...literalIds.keys()]);
    this.#uses = uses;
    this.#always = always;
    this.#onSignals = onSignals;
  }

  /** Prefilter and `near` hits of every rule in one form. */
  hitsIn(text: string): Map<number, RuleHits> {
    let hits: Map<number, RuleHits> | undefined;
    this.#index.scan(text, (literal, start) => {
      hits ??= new Map<number, RuleHits>();
      for (const [rule, role] of this.#uses[literal]!) {
        let entry = hits.get(rule);
        if (entry === undefined) {
          const groups = this.rules[rule]!.near;
          entry = { anchors: [], near: groups ? groups.map(() => []) : undefined };
          hits.set(rule, entry);
        }
        const list = role < 0 ? entry.anchors : entry.near![role]!;
        if (list.length < maxHits) list.push(start);
      }
    });
    return hits ?? noHits;
  }

  /** Form hits per value, shared by the layers that use this plan (one index pass per form and value). */
  readonly #hitsByValue = new WeakMap<ScannedValue, Map<string, Map<number, RuleHits>>>();

  match(value: ScannedValue, method: string | undefined, layer: RuleLayerName, found: (rule: CompiledRule, evidence: string) => void): void {
    let formHits = this.#hitsByValue.get(value);
    if (formHits === undefined) this.#hitsByValue.set(value, (formHits = new Map<string, Map<number, RuleHits>>()));
    const hitsOf = (form: string): Map<number, RuleHits> => {
      let hits = formHits.get(form);
      if (hits === undefined) formHits.set(form, (hits = this.hitsIn(form)));
      return hits;
    };
    const candidates: number[] = [...this.#always];
    if (value.signalMask !== 0) candidates.push(...this.#onSignals);
    const text = value.text;
    for (const [rule, hits] of hitsOf(text)) if (hits.anchors.length) candidates.push(rule);
    if (value.kindMask & (Kind.Path | Kind.Command | Kind.Url)) {
      const bits = value.kindMask;
      const seen = new Set<string>([text]);
      for (const form of [bits & Kind.Path ? value.pathForm : text, bits & Kind.Command ? value.commandForm : text, bits & Kind.Url ? value.urlForm : text]) {
        if (seen.has(form)) continue;
        seen.add(form);
        for (const [rule, hits] of hitsOf(form)) if (hits.anchors.length) candidates.push(rule);
      }
    }
    if (candidates.length === 0) return;
    for (const i of candidates.length > 1 ? [...new Set(candidates)].sort((a, b) => a - b) : candidates) {
      const rule = this.rules[i]!;
      if (rule.layer !== layer || !applies(rule, value)) continue;
      if (rule.methods !== undefined && (method === undefined || !rule.methods.has(method))) continue;
      if (rule.regex === undefined) {
        found(rule, signalEvidence(rule, value));
        continue;
      }
      for (const form of formsFor(rule, value)) {
        const hits = rule.prefilter ? hitsOf(form).get(i) : undefined;
        const evidence = execRule(rule, form, rule.prefilter ? (hits?.anchors ?? []) : undefined, hits?.near);
        if (evidence !== undefined) {
          found(rule, evidence);
          break;
        }
      }
    }
  }
}

/**
 * The layers that run rule packs (preflight signals, signature rules, camouflage) for one profile. They
 * share one literal index per sender, so each value is scanned once whatever the number of layers.
 */
export function createRuleLayers(rules: readonly CompiledRule[], profile: ProfileName): Layer[] {
  const active = rules.filter((r) => r.profiles === undefined || r.profiles.has(profile));
  const plans = {
    client: new RulePlan(active.filter((r) => r.from !== 2)),
    server: new RulePlan(active.filter((r) => r.from !== 1)),
  };
  return (['preflight', 'rules', 'camouflage'] as const).map((name): Layer => {
    const has = { client: plans.client.rules.some((r) => r.layer === name), server: plans.server.rules.some((r) => r.layer === name) };
    const declared: Record<string, LayerRule> = {};
    for (const rule of active) {
      if (rule.layer === name) declared[rule.id] = { description: rule.description, severity: rule.severity, action: rule.action, ...(rule.hint ? { hint: rule.hint } : {}) };
    }
    return defineLayer({
      name,
      phase: phaseOf[name],
      description: descriptions[name],
      docs: 'docs/rules.md',
      rules: declared,
      inspect(_message, context) {
        const findings: LayerFinding[] = [];
        if (!has[context.from]) return findings;
        const plan = plans[context.from];
        for (const value of context.values) {
          plan.match(value, context.method, name, (rule, evidence) => {
            findings.push({ rule: rule.id, severity: rule.severity, action: rule.action, message: rule.message, path: value.path, evidence });
          });
        }
        return findings;
      },
    });
  });
}
