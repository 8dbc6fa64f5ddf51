import type { CompiledRule, RuleLayerName } from '../rules/compile.js';
import { LiteralIndex } from '../rules/literal-index.js';
import { applies, execRule, formsFor, longValue, maxHits, signalEvidence, unlessHolds } from '../rules/match.js';
import { defineLayer } from '../layer.js';
import { placeInRoots } from './safe-zones.js';
import type { Layer, LayerFinding, LayerRule, MessagePath, Phase, ProfileName, ScannedValue } from '../types.js';
import { Kind } from '../values/kinds.js';
import { Scanned } from '../values/scanned.js';

const maxPerArgument = 8;

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

// Shared by every form without hits; never written to.
const noHits: ReadonlyMap<number, RuleHits> = new Map<number, RuleHits>();
const noCandidates: readonly number[] = Object.freeze([]);
/** Rules about a path leaving its folder, which safe zones answer better when they are configured. */
const climbing: ReadonlySet<string> = new Set(['path/traversal']);

/** What the plan knows of one value: the hits in each of its forms, and the rules worth trying on it. */
interface ValueState {
  /** The plan it was computed for (a value is matched by one plan, its sender's). */
  readonly plan: RulePlan;
  readonly forms: readonly string[];
  readonly hits: readonly ReadonlyMap<number, RuleHits>[];
  /** Rule indexes, ascending, each once. */
  readonly candidates: readonly number[];
}

/** The rules one sender's messages can trigger, with one literal index over all their prefilters (also the rule tester's matcher). */
export class RulePlan {
  readonly rules: readonly CompiledRule[];
  readonly #index: LiteralIndex;
  readonly #uses: readonly LiteralUse[];
  /** Rules without a prefilter or signals: candidates for every value. */
  readonly #always: readonly number[];
  /** Rules without a prefilter that need a normalization signal: candidates only for values with signals. */
  readonly #onSignals: readonly number[];
  /** Per literal id, whether it is some rule's prefilter literal (a hit of it makes a candidate). */
  readonly #anchoring: Uint8Array;
  // Scratch of one scan (scans never nest): the (literal, start) pairs found, in order, at most `maxHits`
  // per literal (so at most `maxHits` per rule, as the first ones of a rule are the first ones of its literals).
  #found: Int32Array = new Int32Array(64);
  #foundLength = 0;
  #anchored = false;
  readonly #perLiteral: Int32Array;
  /** Per rule, what the hits of a form up to `longValue` long come to when every `near` group has one:
   * such forms are matched whole, so only whether there are hits counts, not where (shared, never written). */
  readonly #present: readonly RuleHits[];
  /** Scratch of one short form: bits of the `near` groups of each rule that have a hit. */
  readonly #groupsHit: Int32Array;
  /** Whether every rule's `near` groups fit in the bits of {@link #groupsHit}. */
  readonly #groupsFit: boolean;
  /** The state of every value without candidate rules (never written). */
  readonly #nothing: ValueState = Object.freeze({ plan: this, forms: [], hits: [], candidates: noCandidates });
  /** Hits kept per literal in the current scan: one in a short form (only whether it occurs counts there). */
  #keep = maxHits;
  readonly #collect = (literal: number, start: number): void => {
    if (++this.#perLiteral[literal]! > this.#keep) return;
    if (this.#foundLength + 2 > this.#found.length) {
      const grown = new Int32Array(this.#found.length * 2);
      grown.set(this.#found);
      this.#found = grown;
    }
    this.#found[this.#foundLength++] = literal;
    this.#found[this.#foundLength++] = start;
    if (this.#anchoring[literal] === 1) this.#anchored = true;
  };

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
    this.#anchoring = new Uint8Array(uses.length);
    this.#perLiteral = new Int32Array(uses.length);
    // One hit at the start stands for "some": shared by every entry, never written (only long forms grow lists).
    const somewhere = [0];
    this.#present = rules.map((rule) => Object.freeze({ anchors: somewhere, near: rule.near ? rule.near.map(() => somewhere) : undefined }));
    this.#groupsHit = new Int32Array(rules.length);
    this.#groupsFit = rules.every((rule) => (rule.near?.length ?? 0) <= 30);
    uses.forEach((list, id) => {
      if (list.some(([, role]) => role < 0)) this.#anchoring[id] = 1;
    });
  }

  /**
   * Prefilter and `near` hits of every rule in one form. The scan only collects (literal, start) pairs;
   * entries are made afterwards, and only for rules with a prefilter hit: `near` hits of a rule that is
   * not a candidate are never read. Most forms hold no prefilter literal at all and cost no allocation.
   */
  hitsIn(text: string): ReadonlyMap<number, RuleHits> {
    this.#foundLength = 0;
    this.#anchored = false;
    const short = text.length <= longValue && this.#groupsFit;
    this.#keep = short ? 1 : maxHits;
    this.#index.scan(text, this.#collect);
    const found = this.#found;
    const length = this.#foundLength;
    for (let k = 0; k < length; k += 2) this.#perLiteral[found[k]!] = 0;
    if (length > 1 << 16) this.#found = new Int32Array(64);
    if (!this.#anchored) return noHits;
    if (short) return this.#shortHits(found, length);
    const hits = new Map<number, RuleHits>();
    for (let k = 0; k < length; k += 2) {
      if (this.#anchoring[found[k]!] !== 1) continue;
      for (const [rule] of this.#uses[found[k]!]!) {
        if (hits.has(rule)) continue;
        const groups = this.rules[rule]!.near;
        hits.set(rule, { anchors: [], near: groups ? groups.map(() => []) : undefined });
      }
    }
    for (let k = 0; k < length; k += 2) {
      const start = found[k + 1]!;
      for (const [rule, role] of this.#uses[found[k]!]!) {
        const entry = hits.get(rule);
        if (entry === undefined) continue;
        const list = role < 0 ? entry.anchors : entry.near![role]!;
        if (list.length < maxHits) list.push(start);
      }
    }
    return hits;
  }

  /**
   * Hits of a form short enough to be matched whole: the rules with a prefilter hit and a hit in every
   * `near` group, each with its shared {@link #present} entry. A rule missing a group could not match
   * the form, and is left out as if it had no hit there.
   */
  #shortHits(found: Int32Array, length: number): ReadonlyMap<number, RuleHits> {
    const hits = new Map<number, RuleHits>();
    const groupsHit = this.#groupsHit;
    for (let k = 0; k < length; k += 2) {
      if (this.#anchoring[found[k]!] !== 1) continue;
      for (const [rule, role] of this.#uses[found[k]!]!) if (role < 0) hits.set(rule, this.#present[rule]!);
    }
    for (let k = 0; k < length; k += 2) {
      for (const [rule, role] of this.#uses[found[k]!]!) if (role >= 0 && hits.has(rule)) groupsHit[rule]! |= 1 << role;
    }
    for (const [rule] of hits) {
      const groups = this.rules[rule]!.near;
      if (groups === undefined) continue;
      const complete = groupsHit[rule] === (1 << groups.length) - 1;
      groupsHit[rule] = 0;
      // A rule without patterns is reported on its prefilter alone; it keeps its entry as before.
      if (!complete && this.rules[rule]!.regex !== undefined) hits.delete(rule);
    }
    return hits;
  }

  /**
   * Per value: its forms' hits and its candidate rules, computed once and shared by the three rule layers.
   * Kept on the value itself (the guard's values are {@link Scanned}): a side table would cost a map entry
   * per value and per message.
   */
  #state(value: ScannedValue): ValueState {
    const cached = value instanceof Scanned ? (value.ruleState as ValueState | undefined) : undefined;
    if (cached !== undefined && cached.plan === this) return cached;
    const text = value.text;
    const forms = [text];
    const hits = [this.hitsIn(text)];
    const bits = value.kindMask;
    if (bits & Kind.Path) this.#addForm(value.pathForm, forms, hits);
    if (bits & Kind.Command) this.#addForm(value.commandForm, forms, hits);
    if (bits & Kind.Url) this.#addForm(value.urlForm, forms, hits);
    let candidates: number[] | undefined;
    if (this.#always.length) candidates = [...this.#always];
    if (value.signalMask !== 0 && this.#onSignals.length) (candidates ??= []).push(...this.#onSignals);
    for (const formHits of hits) {
      if (formHits === noHits) continue;
      for (const [rule, entry] of formHits) if (entry.anchors.length) (candidates ??= []).push(rule);
    }
    if (candidates !== undefined && candidates.length > 1) {
      candidates.sort(ascending);
      let kept = 1;
      for (let i = 1; i < candidates.length; i++) if (candidates[i] !== candidates[kept - 1]) candidates[kept++] = candidates[i]!;
      candidates.length = kept;
    }
    // Most values have no candidate: they share one state, and keep no forms or hits alive.
    const state: ValueState = candidates === undefined ? this.#nothing : { plan: this, forms, hits, candidates };
    if (value instanceof Scanned) value.ruleState = state;
    return state;
  }

  #addForm(form: string, forms: string[], hits: ReadonlyMap<number, RuleHits>[]): void {
    if (forms.includes(form)) return;
    forms.push(form);
    hits.push(this.hitsIn(form));
  }

  /**
   * Reports each candidate rule of `layer` that matches the value. `wanted` (when given) says whether a
   * finding of a rule would still be kept: a rule whose findings would be dropped is not run.
   */
  match(
    value: ScannedValue,
    method: string | undefined,
    layer: RuleLayerName,
    found: (rule: CompiledRule, evidence: string) => void,
    wanted?: (rule: CompiledRule) => boolean,
  ): void {
    const state = this.#state(value);
    const candidates = state.candidates;
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      const rule = this.rules[i]!;
      if (rule.layer !== layer || !applies(rule, value)) continue;
      if (rule.methods !== undefined && (method === undefined || !rule.methods.has(method))) continue;
      if (wanted !== undefined && !wanted(rule)) continue;
      if (rule.regex === undefined) {
        if (!unlessHolds(rule, value)) found(rule, signalEvidence(rule, value));
        continue;
      }
      const forms = formsFor(rule, value);
      for (let f = 0; f < forms.length; f++) {
        const form = forms[f]!;
        // Forms often coincide (a URL is its own URL form): the same text gives the same answer.
        if (forms.indexOf(form) < f) continue;
        let hits: RuleHits | undefined;
        if (rule.prefilter) {
          const at = state.forms.indexOf(form);
          hits = (at >= 0 ? state.hits[at]! : this.hitsIn(form)).get(i);
        }
        const evidence = execRule(rule, form, rule.prefilter ? (hits?.anchors ?? []) : undefined, hits?.near);
        if (evidence !== undefined) {
          found(rule, evidence);
          break;
        }
      }
    }
  }
}

const ascending = (a: number, b: number): number => a - b;

/**
 * The layers that run rule packs (preflight signals, signature rules, camouflage) for one profile. They
 * share one literal index per sender, so each value is scanned once whatever the number of layers.
 */
export function createRuleLayers(rules: readonly CompiledRule[], profile: ProfileName, maxDecodeRounds: number): Layer[] {
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
        const zones = context.policy.safeZones;
        // Every path and URL inside a command is a value of its own, however many there are; a rule
        // reports a few of them per argument, so a line of 100,000 paths cannot make 100,000 findings
        // (nor run a rule whose findings there would be dropped). Counts per argument (its path joined),
        // then per rule; an argument's values come one after another, so its counts are looked up once.
        const reported = new Map<string, Map<string, number>>();
        let countsPath: MessagePath | undefined;
        let counts: Map<string, number> | undefined;
        const countsOf = (path: MessagePath, create: boolean): Map<string, number> | undefined => {
          if (path !== countsPath) {
            countsPath = path;
            counts = reported.size === 0 ? undefined : reported.get(path.join('\u0000'));
          }
          if (counts === undefined && create) reported.set(path.join('\u0000'), (counts = new Map<string, number>()));
          return counts;
        };
        const wanted = (rule: CompiledRule): boolean => (countsOf(current!.path, false)?.get(rule.id) ?? 0) < maxPerArgument;
        const found = (rule: CompiledRule, evidence: string): void => {
          const value = current!;
          // A `..` is dangerous because it leaves the folder a tool may use; where safe zones say which
          // folders those are, a path that lands inside them is fine (the safe-zones layer judges the rest).
          if (climbing.has(rule.id) && zones !== undefined && zones.roots.length && placeInRoots(value, zones.roots, maxDecodeRounds)?.inside === true) return;
          const byRule = countsOf(value.path, true)!;
          const count = byRule.get(rule.id) ?? 0;
          byRule.set(rule.id, count + 1);
          if (count < maxPerArgument) findings.push({ rule: rule.id, severity: rule.severity, action: rule.action, message: rule.message, path: value.path, evidence });
        };
        let current: ScannedValue | undefined;
        for (const value of context.values) {
          current = value;
          plan.match(value, context.method, name, found, wanted);
        }
        return findings;
      },
    });
  });
}
