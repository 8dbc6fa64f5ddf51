import type { CompiledRule, RuleLayerName } from '../rules/compile.js';
import { LiteralIndex } from '../rules/literal-index.js';
import { applies, execRule, formsFor, longValue, maxHits, signalEvidence, unlessHolds } from '../rules/match.js';
import { defineLayer } from '../layer.js';
import { type CacheBounds, noCaches, Recent } from '../recent.js';
import { placeInRoots } from './safe-zones.js';
import type { Layer, LayerFinding, LayerRule, Phase, ProfileName, ScannedValue } from '../types.js';
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

/** What a rule layer reported for one value: (rule, evidence) pairs, in order. */
type Reported = readonly (readonly [rule: CompiledRule, evidence: string])[];
const nothingReported: Reported = Object.freeze([]);
const layerIndex: Readonly<Record<RuleLayerName, number>> = { preflight: 0, rules: 1, camouflage: 2 };

/**
 * What each rule layer reported for a value, remembered by everything the rules read of it: its text (and
 * the forms made from it), its kinds, declared kinds and signals, its raw text where signal-only rules
 * quote it, and the method. Servers send the same descriptions and schema words in every list.
 */
interface Remembered {
  readonly plan: RulePlan;
  readonly method: string | undefined;
  readonly kindMask: number;
  readonly declaredMask: number;
  readonly signalMask: number;
  readonly raw: string;
  readonly reported: (Reported | undefined)[];
}

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
  /** Reports by value (see {@link Remembered}), bounded by the guard's `caches` option. */
  readonly #remembered: Recent<string, Remembered[]>;
  readonly #maxRememberedLength: number;
  /** Whether a rule without patterns may apply to a value without signals (then its raw text is evidence). */
  readonly #quotesPlainRaw: boolean;
  readonly #collect = (literal: number, start: number): void => {
    if (++this.#perLiteral[literal]! > maxHits) return;
    if (this.#foundLength + 2 > this.#found.length) {
      const grown = new Int32Array(this.#found.length * 2);
      grown.set(this.#found);
      this.#found = grown;
    }
    this.#found[this.#foundLength++] = literal;
    this.#found[this.#foundLength++] = start;
    if (this.#anchoring[literal] === 1) this.#anchored = true;
  };

  constructor(rules: readonly CompiledRule[], caches: CacheBounds = noCaches) {
    this.rules = rules;
    this.#remembered = new Recent(caches.maxEntries);
    this.#maxRememberedLength = caches.maxEntries === 0 ? -1 : caches.maxTextLength;
    this.#quotesPlainRaw = rules.some((rule) => rule.regex === undefined && rule.signals === 0);
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
    this.#index.scan(text, this.#collect);
    const found = this.#found;
    const length = this.#foundLength;
    for (let k = 0; k < length; k += 2) this.#perLiteral[found[k]!] = 0;
    if (length > 1 << 16) this.#found = new Int32Array(64);
    if (!this.#anchored) return noHits;
    if (text.length <= longValue && this.#groupsFit) return this.#shortHits(found, length);
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
    const state: ValueState = { plan: this, forms, hits, candidates: candidates ?? noCandidates };
    if (value instanceof Scanned) value.ruleState = state;
    return state;
  }

  #addForm(form: string, forms: string[], hits: ReadonlyMap<number, RuleHits>[]): void {
    if (forms.includes(form)) return;
    forms.push(form);
    hits.push(this.hitsIn(form));
  }

  /** The remembered reports of a value (looked up once per value and message, kept on the value), if it may be remembered. */
  #rememberedOf(value: ScannedValue, method: string | undefined): Remembered | undefined {
    if (value.text.length > this.#maxRememberedLength || value.raw.length > this.#maxRememberedLength) return undefined;
    const scanned = value instanceof Scanned ? value : undefined;
    const kept = scanned?.ruleMemo as Remembered | undefined;
    if (kept !== undefined && kept.plan === this && kept.method === method) return kept;
    // Rules without patterns quote the raw text as evidence; signal-only ones apply only to values with signals.
    const raw = value.signalMask !== 0 || this.#quotesPlainRaw ? value.raw : '';
    // By text first (its hash is kept with the string), then by what else the rules read.
    let variants = this.#remembered.get(value.text);
    if (variants === undefined) {
      variants = [];
      this.#remembered.set(value.text, variants);
    }
    let remembered: Remembered | undefined;
    for (const v of variants) {
      if (v.method === method && v.kindMask === value.kindMask && v.declaredMask === value.declaredMask && v.signalMask === value.signalMask && v.raw === raw) remembered = v;
    }
    if (remembered === undefined) {
      remembered = { plan: this, method, kindMask: value.kindMask, declaredMask: value.declaredMask, signalMask: value.signalMask, raw, reported: [undefined, undefined, undefined] };
      // A text read many ways (kinds, methods) keeps its latest few.
      if (variants.length >= 8) variants.shift();
      variants.push(remembered);
    }
    if (scanned !== undefined) scanned.ruleMemo = remembered;
    return remembered;
  }

  match(value: ScannedValue, method: string | undefined, layer: RuleLayerName, found: (rule: CompiledRule, evidence: string) => void): void {
    const remembered = this.#rememberedOf(value, method);
    const known = remembered?.reported[layerIndex[layer]];
    if (known !== undefined) {
      // An indexed loop: most values report nothing, and an iterator per value and layer adds up.
      for (let i = 0; i < known.length; i++) found(known[i]![0], known[i]![1]);
      return;
    }
    if (remembered === undefined) {
      this.#match(value, method, layer, found);
      return;
    }
    let reported: [CompiledRule, string][] | undefined;
    this.#match(value, method, layer, (rule, evidence) => {
      (reported ??= []).push([rule, evidence]);
      found(rule, evidence);
    });
    remembered.reported[layerIndex[layer]] = reported ?? nothingReported;
  }

  #match(value: ScannedValue, method: string | undefined, layer: RuleLayerName, found: (rule: CompiledRule, evidence: string) => void): void {
    const state = this.#state(value);
    for (const i of state.candidates) {
      const rule = this.rules[i]!;
      if (rule.layer !== layer || !applies(rule, value)) continue;
      if (rule.methods !== undefined && (method === undefined || !rule.methods.has(method))) continue;
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
export function createRuleLayers(rules: readonly CompiledRule[], profile: ProfileName, maxDecodeRounds: number, caches: CacheBounds = noCaches): Layer[] {
  const active = rules.filter((r) => r.profiles === undefined || r.profiles.has(profile));
  const plans = {
    client: new RulePlan(active.filter((r) => r.from !== 2), caches),
    server: new RulePlan(active.filter((r) => r.from !== 1), caches),
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
        // reports a few of them per argument, so a line of 100,000 paths cannot make 100,000 findings.
        let reported: Map<string, number> | undefined;
        // One callback for every value (of a message's hundreds, most report nothing).
        let value: ScannedValue;
        const found = (rule: CompiledRule, evidence: string): void => {
          // A `..` is dangerous because it leaves the folder a tool may use; where safe zones say which
          // folders those are, a path that lands inside them is fine (the safe-zones layer judges the rest).
          if (climbing.has(rule.id) && zones !== undefined && zones.roots.length && placeInRoots(value, zones.roots, maxDecodeRounds)?.inside === true) return;
          const key = `${rule.id}\u0000${value.path.join('\u0000')}`;
          reported ??= new Map<string, number>();
          const count = reported.get(key) ?? 0;
          reported.set(key, count + 1);
          if (count < maxPerArgument) findings.push({ rule: rule.id, severity: rule.severity, action: rule.action, message: rule.message, path: value.path, evidence });
        };
        for (value of context.values) plan.match(value, context.method, name, found);
        return findings;
      },
    });
  });
}
