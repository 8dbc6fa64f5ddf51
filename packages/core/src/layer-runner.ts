import { rankOfAction } from './actions.js';
import type { DefinedLayer } from './layer.js';
import { ruleIdPattern } from './layer.js';
import { LayerServerView, LayerSessionView, type SessionCoordinates } from './state/session-view.js';
import type {
  Action,
  EffectivePolicy,
  Finding,
  LayerContext,
  LayerFinding,
  MessageType,
  Principal,
  ProfileName,
  ScannedValue,
  Sender,
  SessionView,
  StateView,
} from './types.js';
import { isRecord } from './parse.js';

/**
 * What every layer sees of one message; each layer gets its own view with its own signal and state namespace.
 * It is also where the message's state lives (the session views read it as their coordinates): one object.
 */
export interface MessageFacts extends SessionCoordinates {
  readonly from: Sender;
  readonly sessionId: string;
  readonly serverId: string;
  readonly principal: Principal | undefined;
  readonly signal: AbortSignal | undefined;
  readonly profile: ProfileName;
  readonly messageType: MessageType;
  readonly method: string | undefined;
  readonly tool: string | undefined;
  readonly id: string | number | undefined;
  readonly values: readonly ScannedValue[];
  readonly policy: EffectivePolicy;
  /**
   * Whether a layer kept something for the answer: for a request, false until one says so (keepForAnswer),
   * then kept with the request's correlation; for an answer, what that correlation said (undefined: not known).
   */
  keptForAnswer: boolean | undefined;
}

class LayerTimeout extends Error {}

/**
 * One layer's context: the shared facts as plain fields (read by every layer, many times a message: no
 * getter to call for each), plus a lazily made abort signal and a namespaced session.
 */
class LayerRunContext implements LayerContext<unknown> {
  readonly from: Sender;
  readonly sessionId: string;
  readonly serverId: string;
  readonly principal: Principal | undefined;
  readonly profile: ProfileName;
  readonly messageType: MessageType;
  readonly method: string | undefined;
  readonly tool: string | undefined;
  readonly id: string | number | undefined;
  readonly values: readonly ScannedValue[];
  readonly policy: EffectivePolicy;
  readonly findings: readonly Finding[];
  options: unknown;
  readonly #facts: MessageFacts;
  #layer: DefinedLayer;
  #controller: AbortController | undefined;
  #session: LayerSessionView | undefined;
  #server: LayerServerView | undefined;

  constructor(facts: MessageFacts, layer: DefinedLayer, findings: readonly Finding[]) {
    this.from = facts.from;
    this.sessionId = facts.sessionId;
    this.serverId = facts.serverId;
    this.principal = facts.principal;
    this.profile = facts.profile;
    this.messageType = facts.messageType;
    this.method = facts.method;
    this.tool = facts.tool;
    this.id = facts.id;
    this.values = facts.values;
    this.policy = facts.policy;
    this.findings = findings;
    this.options = layer.options;
    this.#facts = facts;
    this.#layer = layer;
  }

  get session(): SessionView { return (this.#session ??= new LayerSessionView(this.#facts, this.#layer.name)); }
  get server(): StateView { return (this.#server ??= new LayerServerView(this.#facts, this.#layer.name)); }
  now(): number { return this.#facts.now(); }
  keepForAnswer(): void {
    if (this.#facts.messageType === 'request' && this.#facts.id !== undefined) this.#facts.keptForAnswer = true;
  }
  get keptForAnswer(): boolean { return this.#facts.keptForAnswer !== false; }

  get signal(): AbortSignal {
    return this.controller().signal;
  }

  /** Made on first use: most layers never ask for a signal. Follows the caller's signal. */
  controller(): AbortController {
    if (this.#controller === undefined) {
      const controller = new AbortController();
      this.#controller = controller;
      const outer = this.#facts.signal;
      if (outer?.aborted) controller.abort(outer.reason);
      else outer?.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    return this.#controller;
  }

  /** The context, given over to the next layer: only once the layer it was made for let go of it. */
  passTo(layer: DefinedLayer): this {
    this.#layer = layer;
    this.options = layer.options;
    this.#controller = undefined;
    // The views go on too, under the new layer's name: one per message, not one per layer.
    this.#session?.passTo(layer.name);
    this.#server?.passTo(layer.name);
    return this;
  }

  /** Aborts the layer's signal if anybody holds it (after a timeout or the caller's abort). */
  abort(reason: unknown): void {
    this.#controller?.abort(reason);
  }
}

/** Waits for an asynchronous layer within its budget; aborting the caller's signal fails it too. */
function withinBudget<T>(promise: Promise<T>, context: LayerRunContext, timeoutMs: number, outer: AbortSignal | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      context.abort(outer?.reason);
      reject(new Error('inspection aborted by the caller'));
    };
    const timer = setTimeout(() => {
      outer?.removeEventListener('abort', onAbort);
      const reason = new LayerTimeout(`timed out after ${timeoutMs} ms`);
      context.abort(reason);
      reject(reason);
    }, timeoutMs);
    if (outer?.aborted) {
      onAbort();
      return;
    }
    outer?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        clearTimeout(timer);
        outer?.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        outer?.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

const severities = new Set(['info', 'low', 'medium', 'high', 'critical']);

/** A finding as the engine records it, from what the layer said and what its rule declared. */
function completeFinding(layer: DefinedLayer, f: LayerFinding): Finding {
  if (!isRecord(f) || typeof f.rule !== 'string') throw new TypeError('a finding needs a rule id');
  const declared = layer.rules?.[f.rule];
  if (layer.rules !== undefined ? declared === undefined : !f.rule.startsWith(`${layer.name}/`) || !ruleIdPattern.test(f.rule)) {
    throw new TypeError(`reported rule ${JSON.stringify(f.rule).slice(0, 80)}, which the layer does not declare`);
  }
  const action = f.action ?? declared?.action ?? 'block';
  if (rankOfAction(action) === undefined) throw new TypeError(`finding ${f.rule} has an unknown action`);
  const severity = f.severity ?? declared?.severity ?? 'medium';
  if (!severities.has(severity)) throw new TypeError(`finding ${f.rule} has an unknown severity`);
  const family = f.rule.slice(0, f.rule.indexOf('/'));
  const message = typeof f.message === 'string' ? f.message : (declared?.description ?? f.rule);
  const path = Array.isArray(f.path) ? f.path : [];
  const evidence = typeof f.evidence === 'string' ? f.evidence : undefined;
  const data = isRecord(f.data) ? f.data : undefined;
  // One literal per combination (same key order), not spreads of temporary objects: every finding of a
  // layer passes here, and the behaviour windows report one per call in a burst.
  const { name, deterministic } = layer;
  if (evidence === undefined) {
    return data === undefined
      ? { layer: name, rule: f.rule, family, severity, action, message, path, deterministic }
      : { layer: name, rule: f.rule, family, severity, action, message, path, data, deterministic };
  }
  return data === undefined
    ? { layer: name, rule: f.rule, family, severity, action, message, path, evidence, deterministic }
    : { layer: name, rule: f.rule, family, severity, action, message, path, evidence, data, deterministic };
}

export interface RunOptions {
  readonly defaultTimeoutMs: number;
  readonly profileFailure: Action;
  /** Whether the findings so far already block (semantic layers only escalate, so they are skipped then). */
  readonly blocks: (findings: readonly Finding[]) => boolean;
  /**
   * Per layer (by index), whether it keeps nothing of its context once it returned synchronously (the
   * built-in layers): the layers after it get the same context object, not one each.
   */
  readonly lettingGo?: readonly boolean[];
}

const failureAction = (layer: DefinedLayer, profileFailure: Action): Action =>
  layer.failure === 'open' ? 'warn' : layer.failure === 'closed' ? 'block' : profileFailure;

function failureFinding(layer: DefinedLayer, error: unknown, timeoutMs: number, profileFailure: Action): Finding {
  const timedOut = error instanceof LayerTimeout;
  return {
    layer: layer.name,
    rule: timedOut ? 'engine/layer-timeout' : 'engine/layer-error',
    family: 'engine',
    severity: 'high',
    action: failureAction(layer, profileFailure),
    message: timedOut
      ? `layer ${layer.name} did not answer within ${timeoutMs} ms`
      : `layer ${layer.name} failed: ${String((error as Error)?.message ?? error).slice(0, 200)}`,
    path: [],
    deterministic: true,
    data: { failure: layer.failure },
  };
}

/** Records what a layer returned; anything that is not an array of valid findings fails the layer. */
function record(layer: DefinedLayer, result: unknown, findings: Finding[], timeoutMs: number, options: RunOptions): void {
  try {
    if (!Array.isArray(result)) throw new TypeError('inspect must return an array of findings');
    // Indexed: a layer may return a shared frozen empty list, which `for...of` would iterate with an iterator object.
    const found = result as readonly LayerFinding[];
    for (let i = 0; i < found.length; i++) findings.push(completeFinding(layer, found[i]!));
  } catch (error) {
    findings.push(failureFinding(layer, error, timeoutMs, options.profileFailure));
  }
}

/**
 * Runs the layers in order over one message, appending their findings (and their failures) to `findings`.
 * Synchronous while every layer answers synchronously (the built-in ones on the memory store do): a promise
 * is made only from the first layer that returns one.
 */
export function runLayers(layers: readonly DefinedLayer[], message: unknown, facts: MessageFacts, findings: Finding[], options: RunOptions, from = 0): Promise<void> | undefined {
  // A context the last layer let go of: a user layer, or one that returned a promise, may still hold its own.
  let spare: LayerRunContext | undefined;
  for (let i = from; i < layers.length; i++) {
    const layer = layers[i]!;
    if (layer.from !== undefined && layer.from !== facts.from) continue;
    if (layer.methods !== undefined && (facts.method === undefined || !layer.methods.has(facts.method))) continue;
    if (layer.phase === 'semantic' && options.blocks(findings)) continue;
    const context = spare === undefined ? new LayerRunContext(facts, layer, findings) : spare.passTo(layer);
    spare = undefined;
    const timeoutMs = layer.timeoutMs ?? options.defaultTimeoutMs;
    let result: unknown;
    try {
      result = layer.inspect(message, context);
    } catch (error) {
      findings.push(failureFinding(layer, error, timeoutMs, options.profileFailure));
      continue;
    }
    if (result instanceof Promise) {
      return withinBudget(result, context, timeoutMs, facts.signal).then(
        (value) => record(layer, value, findings, timeoutMs, options),
        (error: unknown) => {
          findings.push(failureFinding(layer, error, timeoutMs, options.profileFailure));
        },
      ).then(() => runLayers(layers, message, facts, findings, options, i + 1));
    }
    record(layer, result, findings, timeoutMs, options);
    if (options.lettingGo?.[i] === true) spare = context;
  }
  return undefined;
}
