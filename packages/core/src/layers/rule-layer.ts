import type { CompiledRule, RuleLayerName } from '../rules/compile.js';
import { LiteralIndex } from '../rules/literal-index.js';
import { applies, execRule, formsFor, longValue, maxHits, signalEvidence, unlessHolds } from '../rules/match.js';
import { defineLayer } from '../layer.js';
import { placeInRoots } from './safe-zones.js';
import type { Layer, LayerFinding, LayerRule, MessagePath, Phase, ProfileName, ScannedValue } from '../types.js';
import { Kind } from '../values/kinds.js';
import { Scanned } from '../values/scanned.js';

const maxPerArgument = 8;
const prefilterRole = -1;
const gateRole = -2;
/** The kinds with a form of their own, in the order the forms are read (path, command, URL). */
const formKinds = [Kind.Path, Kind.Command, Kind.Url] as const;
/** Sets of rules kept as shared hit maps and candidate lists per plan; past this many, new sets are not kept. */
const maxShared = 4096;

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

/** Per literal id, its (rule index, role) pairs one after the other; role -1 is the prefilter, -2 the gate, ≥ 0 a `near` group. */
type LiteralUse = Int32Array;

// Shared by every form without hits; never written to.
const noHits: ReadonlyMap<number, RuleHits> = new Map<number, RuleHits>();
const noCandidates: readonly number[] = Object.freeze([]);
/** Rules about a path leaving its folder, which safe zones answer better when they are configured. */
const climbing: ReadonlySet<string> = new Set(['path/traversal']);

/** What the plan knows of one value: the hits in each of its forms, and the rules worth trying on it. */
interface ValueState {
  /** The plan it was computed for (a value is matched by one plan, its sender's). */
  readonly plan: RulePlan;
  /** The hits in the value's text. */
  readonly textHits: ReadonlyMap<number, RuleHits>;
  /** Its kind-specific forms that differ from the text (and each other), with their hits; undefined when none does. */
  readonly forms: readonly string[] | undefined;
  readonly hits: readonly ReadonlyMap<number, RuleHits>[] | undefined;
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
  /**
   * Scratch of one {@link #shortHits} or of the candidates of one {@link #state} (which reads no hits
   * once it collects candidates): rule indexes, room for every rule from each of the four forms, and
   * the rules without prefilter. {@link #count} is the candidates' count.
   */
  readonly #scratch: Int32Array;
  #count = 0;
  /** Per rule, 1 when it has a gate (see {@link CompiledRule.gate}). */
  readonly #gated: Uint8Array;
  /** Scratch of one form: 1 for each rule one of whose gate literals it holds. */
  readonly #gateHit: Uint8Array;
  /** Per literal id, 1 when it is only ever a gate literal (one hit of it is enough). */
  readonly #gateOnly: Uint8Array;
  /** Scratch of one {@link #shortHits}: 1 for each rule it has put in {@link #scratch}. */
  readonly #marked: Uint8Array;
  /** Shared hits of short forms and candidate lists, by their rules (ascending, one character each). */
  readonly #shortSets = new Map<string, ReadonlyMap<number, RuleHits>>();
  readonly #candidateSets = new Map<string, readonly number[]>();
  /** The state of every value without candidate rules (never written). */
  readonly #nothing: ValueState = Object.freeze({ plan: this, textHits: noHits, forms: undefined, hits: undefined, candidates: noCandidates });
  /** Hits kept per literal in the current scan: one in a short form (only whether it occurs counts there). */
  #keep = maxHits;
  readonly #collect = (literal: number, start: number): void => {
    // A literal that only gates counts once: where it is does not matter.
    if (++this.#perLiteral[literal]! > (this.#gateOnly[literal] === 1 ? 1 : this.#keep)) return;
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
      for (const literal of new Set(rule.prefilter)) use(literal, i, prefilterRole);
      for (const literal of new Set(rule.gate)) use(literal, i, gateRole);
      rule.near?.forEach((group, g) => {
        for (const literal of new Set(group)) use(literal, i, g);
      });
    });
    this.#index = new LiteralIndex([...literalIds.keys()]);
    this.#uses = uses.map((list) => Int32Array.from(list.flat()));
    this.#always = always;
    this.#onSignals = onSignals;
    this.#anchoring = new Uint8Array(uses.length);
    this.#perLiteral = new Int32Array(uses.length);
    // One hit at the start stands for "some": shared by every entry, never written (only long forms grow lists).
    const somewhere = [0];
    this.#present = rules.map((rule) => Object.freeze({ anchors: somewhere, near: rule.near ? rule.near.map(() => somewhere) : undefined }));
    this.#groupsHit = new Int32Array(rules.length);
    this.#marked = new Uint8Array(rules.length);
    this.#scratch = new Int32Array(rules.length * 5);
    this.#groupsFit = rules.every((rule) => (rule.near?.length ?? 0) <= 30);
    this.#gated = Uint8Array.from(rules, (rule) => (rule.prefilter && rule.gate ? 1 : 0));
    this.#gateHit = new Uint8Array(rules.length);
    this.#gateOnly = new Uint8Array(uses.length);
    uses.forEach((list, id) => {
      if (list.some(([, role]) => role === prefilterRole)) this.#anchoring[id] = 1;
      if (list.every(([, role]) => role === gateRole)) this.#gateOnly[id] = 1;
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
      const uses = this.#uses[found[k]!]!;
      for (let u = 0; u < uses.length; u += 2) {
        const rule = uses[u]!;
        if (hits.has(rule)) continue;
        const groups = this.rules[rule]!.near;
        hits.set(rule, { anchors: [], near: groups ? groups.map(() => []) : undefined });
      }
    }
    const gateHit = this.#gateHit;
    for (let k = 0; k < length; k += 2) {
      const start = found[k + 1]!;
      const uses = this.#uses[found[k]!]!;
      for (let u = 0; u < uses.length; u += 2) {
        const rule = uses[u]!;
        const role = uses[u + 1]!;
        const entry = hits.get(rule);
        if (entry === undefined) continue;
        if (role === gateRole) gateHit[rule] = 1;
        else {
          const list = role === prefilterRole ? entry.anchors : entry.near![role]!;
          if (list.length < maxHits) list.push(start);
        }
      }
    }
    // A rule whose gate has no literal anywhere in the form cannot match in any window of it.
    for (const rule of hits.keys()) {
      if (this.#gated[rule] === 1 && gateHit[rule] === 0) hits.delete(rule);
      gateHit[rule] = 0;
    }
    return hits;
  }

  /**
   * Hits of a form short enough to be matched whole: the rules with a prefilter hit and a hit in every
   * `near` group, each with its shared {@link #present} entry. A rule missing a group could not match
   * the form, and is left out as if it had no hit there.
   */
  #shortHits(found: Int32Array, length: number): ReadonlyMap<number, RuleHits> {
    const groupsHit = this.#groupsHit;
    const gateHit = this.#gateHit;
    const marked = this.#marked;
    const rules = this.#scratch;
    let count = 0;
    for (let k = 0; k < length; k += 2) {
      if (this.#anchoring[found[k]!] !== 1) continue;
      const uses = this.#uses[found[k]!]!;
      for (let u = 0; u < uses.length; u += 2) {
        const rule = uses[u]!;
        if (uses[u + 1]! === prefilterRole && marked[rule] === 0) {
          marked[rule] = 1;
          rules[count++] = rule;
        }
      }
    }
    for (let k = 0; k < length; k += 2) {
      const uses = this.#uses[found[k]!]!;
      for (let u = 0; u < uses.length; u += 2) {
        const rule = uses[u]!;
        const role = uses[u + 1]!;
        if (marked[rule] !== 1) continue;
        if (role >= 0) groupsHit[rule]! |= 1 << role;
        else if (role === gateRole) gateHit[rule] = 1;
      }
    }
    let kept = 0;
    for (let r = 0; r < count; r++) {
      const rule = rules[r]!;
      marked[rule] = 0;
      const groups = this.rules[rule]!.near;
      const complete = (groups === undefined || groupsHit[rule] === (1 << groups.length) - 1) && (this.#gated[rule] === 0 || gateHit[rule] === 1);
      groupsHit[rule] = 0;
      gateHit[rule] = 0;
      // A rule without patterns is reported on its prefilter alone; it keeps its entry as before.
      if (complete || this.rules[rule]!.regex === undefined) rules[kept++] = rule;
    }
    if (kept === 0) return noHits;
    // The hits of a short form only say which rules have some: one shared map per set of rules.
    this.#sortScratch(kept);
    const key = this.#setKey(kept);
    let hits = this.#shortSets.get(key);
    if (hits === undefined) {
      const map = new Map<number, RuleHits>();
      for (let r = 0; r < kept; r++) map.set(rules[r]!, this.#present[rules[r]!]!);
      hits = map;
      if (this.#shortSets.size < maxShared) this.#shortSets.set(key, hits);
    }
    return hits;
  }

  /** Sorts the first `count` rule indexes of {@link #scratch}. */
  #sortScratch(count: number): void {
    const rules = this.#scratch;
    // Insertion sort: a value has a handful of candidate rules, and a typed array view would be one more object.
    for (let i = 1; i < count; i++) {
      const rule = rules[i]!;
      let j = i - 1;
      for (; j >= 0 && rules[j]! > rule; j--) rules[j + 1] = rules[j]!;
      rules[j + 1] = rule;
    }
  }

  /** The key of the first `count` rule indexes of {@link #scratch} (sorted) in the shared tables. */
  #setKey(count: number): string {
    const rules = this.#scratch;
    let key = '';
    for (let r = 0; r < count; r++) key += String.fromCharCode(rules[r]!);
    return key;
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
    const textHits = this.hitsIn(text);
    // Most values are their own forms: lists only for the forms that differ.
    let forms: string[] | undefined;
    let hits: ReadonlyMap<number, RuleHits>[] | undefined;
    const bits = value.kindMask;
    for (let slot = 0; slot < 3; slot++) {
      if ((bits & formKinds[slot]!) === 0) continue;
      const form = slot === 0 ? value.pathForm : slot === 1 ? value.commandForm : value.urlForm;
      if (form === text || forms?.includes(form)) continue;
      (forms ??= []).push(form);
      (hits ??= []).push(this.hitsIn(form));
    }
    // The scratch is free now (hitsIn is done): candidates go there, with repeats.
    const candidates = this.#scratch;
    this.#count = 0;
    for (const rule of this.#always) candidates[this.#count++] = rule;
    if (value.signalMask !== 0) for (const rule of this.#onSignals) candidates[this.#count++] = rule;
    if (textHits !== noHits) textHits.forEach(this.#addCandidate);
    if (hits !== undefined) for (const formHits of hits) if (formHits !== noHits) formHits.forEach(this.#addCandidate);
    let count = this.#count;
    // Most values have no candidate: they share one state, and keep no forms or hits alive.
    if (count === 0) {
      if (value instanceof Scanned) value.ruleState = this.#nothing;
      return this.#nothing;
    }
    if (count > 1) {
      this.#sortScratch(count);
      let kept = 1;
      for (let i = 1; i < count; i++) if (candidates[i] !== candidates[kept - 1]) candidates[kept++] = candidates[i]!;
      count = kept;
    }
    // Values mostly have one of a few sets of candidates: each set is one shared list.
    const key = this.#setKey(count);
    let list = this.#candidateSets.get(key);
    if (list === undefined) {
      const rules: number[] = [];
      for (let r = 0; r < count; r++) rules.push(candidates[r]!);
      list = Object.freeze(rules);
      if (this.#candidateSets.size < maxShared) this.#candidateSets.set(key, list);
    }
    const state: ValueState = { plan: this, textHits, forms, hits, candidates: list };
    if (value instanceof Scanned) value.ruleState = state;
    return state;
  }

  readonly #addCandidate = (entry: RuleHits, rule: number): void => {
    if (entry.anchors.length) this.#scratch[this.#count++] = rule;
  };

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
          const at = form === value.text ? -1 : (state.forms?.indexOf(form) ?? -1);
          hits = (form === value.text ? state.textHits : at >= 0 ? state.hits![at]! : this.hitsIn(form)).get(i);
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
        // Rules that have reached the limit for some argument: only their counts are worth looking up.
        const saturated = new Set<string>();
        const wanted = (rule: CompiledRule): boolean => !saturated.has(rule.id) || (countsOf(current!.path, false)?.get(rule.id) ?? 0) < maxPerArgument;
        const found = (rule: CompiledRule, evidence: string): void => {
          const value = current!;
          // A `..` is dangerous because it leaves the folder a tool may use; where safe zones say which
          // folders those are, a path that lands inside them is fine (the safe-zones layer judges the rest).
          if (climbing.has(rule.id) && zones !== undefined && zones.roots.length && placeInRoots(value, zones.roots, maxDecodeRounds)?.inside === true) return;
          const byRule = countsOf(value.path, true)!;
          const count = byRule.get(rule.id) ?? 0;
          byRule.set(rule.id, count + 1);
          if (count + 1 >= maxPerArgument) saturated.add(rule.id);
          if (count < maxPerArgument) findings.push({ rule: rule.id, severity: rule.severity, action: rule.action, message: rule.message, path: value.path, evidence });
        };
        let current: ScannedValue | undefined;
        // Indexed: a loop that runs once per message may not be optimized, and for-of then allocates per value.
        const values = context.values;
        for (let v = 0; v < values.length; v++) {
          current = values[v]!;
          plan.match(current, context.method, name, found, wanted);
        }
        return findings;
      },
    });
  });
}
