import { defineLayer } from '../layer.js';
import { chain } from '../stateful/awaitable.js';
import { noLayerFindings as none } from '../stateful/no-findings.js';
import type { Awaitable, Layer, LayerContext, LayerFinding, LayerRule, ToolInventory } from '../types.js';
import type { BehaviourConfig, SequenceRule, WindowRule } from '../stateful/behaviour-config.js';
import { capabilitiesOf, capabilityBits, capabilityNames } from '../stateful/capabilities.js';
import type { ToolNames } from '../commands/tool-names.js';
import { type SensitiveMarks, secretPaths, sensitiveRequest } from '../stateful/sensitive.js';

/** A sensitive read the session made: when, and what. */
type SensitiveRead = {
  readonly at: number;
  readonly what: string;
  readonly tool: string;
};

interface CompiledWindow extends WindowRule {
  /** Its state name (a per-tool window adds the tool). */
  readonly name: string;
  /** Its finding's message around the count (a burst reports on every call past the threshold). */
  readonly before: string;
  readonly after: string;
  readonly bits: number;
  readonly any: boolean;
  readonly blocked: boolean;
}

interface CompiledSequence extends SequenceRule {
  readonly bits: number;
}

const pendingKey = (id: string | number): string => `pending/${typeof id}:${id}`;
/** Where every behaviour finding points: the tool name of the call. */
const toolName: readonly string[] = Object.freeze(['params', 'name']);
/** Whether a finding so far blocks the call (a loop: a closure per call otherwise). */
function blockedSoFar(ctx: LayerContext<unknown>): boolean {
  const findings = ctx.findings;
  for (let i = 0; i < findings.length; i++) if (findings[i]!.action === 'block') return true;
  return false;
}

/**
 * Behaviour over time (L3): sliding-window rules (bursts of listing, reading or network calls, a tool
 * retried after blocks) and sequence rules (a sensitive read followed by a send or a write), with
 * thresholds and actions per profile from rules/behaviour.yaml. State is keyed by (session, server,
 * principal).
 */
export function createBehaviourLayer(config: BehaviourConfig, marks: SensitiveMarks, names?: ToolNames): Layer {
  const windows: CompiledWindow[] = config.windows.map((w) => ({
    ...w,
    name: `w/${w.id}`,
    before: `${w.description} (`,
    after: ` in ${w.windowMs / 1000} s, threshold ${w.threshold})`,
    bits: capabilityBits(w.counts),
    any: w.counts.includes('any'),
    blocked: w.counts.includes('blocked'),
  }));
  const sequences: CompiledSequence[] = config.sequences.map((s) => ({ ...s, bits: capabilityBits(s.then) }));
  const longest = Math.max(1, ...sequences.map((s) => s.withinMs));
  /** The capabilities some sequence ends with. */
  const sequenceBits = sequences.reduce((bits, s) => bits | s.bits, 0);
  const rules: Record<string, LayerRule> = {};
  for (const r of [...windows, ...sequences]) rules[r.id] = { description: r.description, severity: r.severity, action: r.action, hint: 'Thresholds and actions per profile are in rules/behaviour.yaml; override the rule id for a tool or principal with a scope.' };

  function markRead(ctx: LayerContext<unknown>, what: string): Awaitable<void> {
    const read: SensitiveRead = { at: ctx.now(), what: what.slice(0, 200), tool: ctx.tool ?? '' };
    return ctx.session.set('sensitive-read', read, { ttlMs: longest });
  }

  /** Adds the window's finding when the call that made its count `n` crossed its threshold. */
  function windowCount(w: CompiledWindow, n: number, tool: string, findings: LayerFinding[]): void {
    if (n > w.threshold) {
      findings.push({ rule: w.id, path: toolName, message: `${w.before}${n}${w.after}`, data: { count: n, threshold: w.threshold, windowMs: w.windowMs, tool } });
    }
  }

  /** Adds the findings of the sequences a call with capabilities `caps` ends, after the sensitive read `read`. */
  function sequenceAfter(ctx: LayerContext<unknown>, read: SensitiveRead | undefined, caps: number, tool: string, findings: LayerFinding[]): void {
    if (read === undefined) return;
    const age = ctx.now() - read.at;
    for (const s of sequences) {
      if (!(caps & s.bits) || age > s.withinMs) continue;
      findings.push({
        rule: s.id,
        path: toolName,
        message: `${tool} (${capabilityNames(caps & s.bits).join(', ')}) ${Math.round(age / 1000)} s after ${read.tool || 'a call'} read ${read.what}`,
        data: { source: { tool: read.tool, what: read.what, at: read.at }, sink: { tool, capabilities: capabilityNames(caps) } },
      });
    }
  }

  /** A result, once its pending read (`why`) is known: a sensitive read is marked when it was one. */
  function afterResult(ctx: LayerContext<unknown>, key: string, why: string | undefined): Awaitable<LayerFinding[]> {
    // A secret in a result is a sensitive read too.
    const what = why ?? (secretPaths(ctx).length ? 'a secret in its result' : undefined);
    if (what === undefined) return none;
    return markAfter(ctx, why === undefined ? undefined : ctx.session.delete(key), what);
  }

  /** Marks the sensitive read `what` once `deleted` is done (apart from afterResult: see countLater). */
  function markAfter(ctx: LayerContext<unknown>, deleted: Awaitable<void> | undefined, what: string): Awaitable<LayerFinding[]> {
    return chain(deleted, () => chain(markRead(ctx, what), () => none));
  }

  function onRequest(ctx: LayerContext<unknown>, caps: number): Awaitable<LayerFinding[]> {
    const tool = ctx.tool!;
    // Made at the first finding (most calls have none), or for a store's promises to fill.
    let findings: LayerFinding[] | undefined;
    // Only an asynchronous store makes promises to wait for: on the memory store every step is done in
    // place, without a closure or an array per call.
    let pending: Promise<void>[] | undefined;
    for (const w of windows) {
      const counts = w.blocked ? blockedSoFar(ctx) : w.any || (caps & w.bits) !== 0;
      if (!counts) continue;
      const n = ctx.session.hit(w.perTool ? `${w.name}/${tool}` : w.name, w.windowMs);
      if (n instanceof Promise) (pending ??= []).push(countLater(n, w, tool, (findings ??= [])));
      else if (n > w.threshold) windowCount(w, n, tool, (findings ??= []));
    }
    if (caps & sequenceBits) {
      const read = ctx.session.get<SensitiveRead>('sensitive-read');
      if (read instanceof Promise) (pending ??= []).push(sequenceLater(ctx, read, caps, tool, (findings ??= [])));
      else if (read !== undefined) sequenceAfter(ctx, read, caps, tool, (findings ??= []));
    }
    // The read counts once its result arrives: a blocked read never gets one.
    const why = sensitiveRequest(ctx, marks);
    if (why !== undefined && ctx.id !== undefined) {
      const stored = ctx.session.set(pendingKey(ctx.id), why, { ttlMs: 600_000 });
      ctx.keepForAnswer();
      if (stored instanceof Promise) (pending ??= []).push(stored);
    }
    if (pending === undefined) return findings ?? none;
    return allThen(pending, findings ?? none);
  }

  // A store's promises, waited for apart from onRequest: a function with a closure makes the closure's
  // variables a context object at every call, whichever branch then runs.
  function countLater(n: Promise<number>, w: CompiledWindow, tool: string, findings: LayerFinding[]): Promise<void> {
    return n.then((count) => windowCount(w, count, tool, findings));
  }

  function sequenceLater(ctx: LayerContext<unknown>, read: Promise<SensitiveRead | undefined>, caps: number, tool: string, findings: LayerFinding[]): Promise<void> {
    return read.then((r) => sequenceAfter(ctx, r, caps, tool, findings));
  }

  function allThen(pending: Promise<void>[], findings: LayerFinding[]): Promise<LayerFinding[]> {
    return Promise.all(pending).then(() => findings);
  }

  function resultLater(ctx: LayerContext<unknown>, key: string, why: Promise<string | undefined>): Promise<LayerFinding[]> {
    return why.then((read) => afterResult(ctx, key, read));
  }

  function requestLater(ctx: LayerContext<unknown>, tool: string, inventory: Promise<ToolInventory | undefined>): Promise<LayerFinding[]> {
    return inventory.then((read) => onRequest(ctx, capabilitiesOf(tool, read?.tools[tool], names)));
  }

  return defineLayer({
    name: 'behaviour',
    phase: 'behavioral',
    description: 'Sliding-window and sequence rules over the calls of a session (rules/behaviour.yaml)',
    docs: 'docs/stateful.md#behaviour',
    methods: ['tools/call'],
    rules,
    inspect(_message, ctx) {
      if (ctx.tool === undefined) return none;
      if (ctx.from === 'server') {
        if (ctx.messageType !== 'response' || ctx.id === undefined) return none;
        // An ordinary call kept no pending read: its key is neither built nor looked up.
        if (!ctx.keptForAnswer) return afterResult(ctx, '', undefined);
        const key = pendingKey(ctx.id);
        const why = ctx.session.get<string>(key);
        if (why instanceof Promise) return resultLater(ctx, key, why);
        return afterResult(ctx, key, why);
      }
      if (ctx.messageType !== 'request') return none;
      const tool = ctx.tool;
      const inventory = ctx.session.tools();
      if (inventory instanceof Promise) return requestLater(ctx, tool, inventory);
      return onRequest(ctx, capabilitiesOf(tool, inventory?.tools[tool], names));
    },
  });
}
