import { rankOfAction } from './actions.js';
import type { DefinedLayer } from './layer.js';
import { ruleIdPattern } from './layer.js';
import { LayerServerView, LayerSessionView, type SessionCoordinates, type SessionKeys } from './state/session-view.js';
import type {
  Action,
  Awaitable,
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
  ToolInventory,
} from './types.js';
import { isRecord } from './parse.js';

/** Where a message came from, as the guard read it from the caller's context. */
export interface MessageOrigin {
  readonly from: Sender;
  readonly sessionId: string;
  readonly serverId: string;
  readonly principal?: Principal | undefined;
  readonly signal?: AbortSignal | undefined;
}

/** What a guard gives every message's facts alike. */
export interface GuardFacts {
  readonly profile: ProfileName;
  readonly store: SessionCoordinates['store'];
  readonly ttlMs: number;
  readonly clock: () => number;
}

/**
 * What every layer sees of one message; each layer gets its own view with its own signal and state namespace.
 * It is also where the message's state lives (the session views read it as their coordinates): one object.
 */
export interface MessageFacts extends SessionCoordinates {
  readonly from: Sender;
  readonly sessionId: string;
  readonly serverId: string;
  readonly principal: Principal | undefined;
  /** The caller's signal. */
  readonly outerSignal: AbortSignal | undefined;
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
  answerKept: boolean | undefined;
}

class LayerTimeout extends Error {}

/**
 * One layer's context: the shared facts as plain fields (read by every layer, many times a message: no
 * getter to call for each), plus a lazily made abort signal and a namespaced session. A message's first
 * context is its facts too (the guard makes it, with no layer yet): one object per message, not a facts
 * record and a context that copies it. A context made later for a layer that may keep its own (a user
 * layer, or one after a promise) copies the facts and reads and writes the message's state through the
 * first.
 */
export class LayerRunContext implements LayerContext<unknown>, MessageFacts {
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
  readonly outerSignal: AbortSignal | undefined;
  readonly store: SessionCoordinates['store'];
  readonly keys: SessionKeys;
  readonly ttlMs: number;
  readonly clock: () => number;
  inventory: Awaitable<ToolInventory | undefined>;
  inventoryRead: boolean;
  answerKept: boolean | undefined;
  /** The message's first context, whose fields are the message's state (itself, for the first). */
  readonly #facts: MessageFacts;
  #layer: DefinedLayer | undefined;
  #controller: AbortController | undefined;
  #session: LayerSessionView | undefined;
  #server: LayerServerView | undefined;

  constructor(
    origin: MessageOrigin,
    guard: GuardFacts,
    keys: SessionKeys,
    messageType: MessageType,
    method: string | undefined,
    tool: string | undefined,
    id: string | number | undefined,
    values: readonly ScannedValue[],
    policy: EffectivePolicy,
    inventory: ToolInventory | undefined,
    inventoryRead: boolean,
    answerKept: boolean | undefined,
    findings: readonly Finding[],
    facts?: MessageFacts,
    layer?: DefinedLayer,
  ) {
    this.from = origin.from;
    this.sessionId = origin.sessionId;
    this.serverId = origin.serverId;
    this.principal = origin.principal;
    this.profile = guard.profile;
    this.messageType = messageType;
    this.method = method;
    this.tool = tool;
    this.id = id;
    this.values = values;
    this.policy = policy;
    this.findings = findings;
    this.options = layer?.options;
    this.outerSignal = origin.signal;
    this.store = guard.store;
    this.keys = keys;
    this.ttlMs = guard.ttlMs;
    this.clock = guard.clock;
    this.inventory = inventory;
    this.inventoryRead = inventoryRead;
    this.answerKept = answerKept;
    this.#facts = facts ?? this;
    this.#layer = layer;
  }

  /** A context of its own for `layer`, over the same message as `facts` (the message's first context). */
  static copy(facts: LayerRunContext, layer: DefinedLayer): LayerRunContext {
    // (Its own copies of the message's state are not read: its views and keepForAnswer go to `facts`.)
    const origin: MessageOrigin = { from: facts.from, sessionId: facts.sessionId, serverId: facts.serverId, principal: facts.principal, signal: facts.outerSignal };
    return new LayerRunContext(origin, facts, facts.keys, facts.messageType, facts.method, facts.tool, facts.id, facts.values, facts.policy, undefined, false, undefined, facts.findings, facts, layer);
  }

  get session(): SessionView { return (this.#session ??= new LayerSessionView(this.#facts, this.#layer!.name)); }
  get server(): StateView { return (this.#server ??= new LayerServerView(this.#facts, this.#layer!.name)); }
  now(): number { return this.#facts.clock(); }
  keepForAnswer(): void {
    if (this.#facts.messageType === 'request' && this.#facts.id !== undefined) this.#facts.answerKept = true;
  }
  get keptForAnswer(): boolean { return this.#facts.answerKept !== false; }

  get signal(): AbortSignal {
    return this.controller().signal;
  }

  /** Made on first use: most layers never ask for a signal. Follows the caller's signal. */
  controller(): AbortController {
    if (this.#controller === undefined) {
      const controller = new AbortController();
      this.#controller = controller;
      const outer = this.#facts.outerSignal;
      if (outer?.aborted) controller.abort(outer.reason);
      else outer?.addEventListener('abort', () => controller.abort(outer.reason), { once: true });
    }
    return this.#controller;
  }

  /** The context, given over to the next layer: only once the layer it was made for let go of it (or to the first). */
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

/** How many methods per sender {@link LayerRoutes} keeps a route for (a client may send methods without end). */
const routedMethods = 64;

/**
 * Which layers a message of each sender and method goes through, by index, worked out once per sender and
 * method rather than per layer and message: a layer's `from` and `methods` are read off layer objects of
 * many shapes (megamorphic loads) and a Set, ten layers a message, where the route is one array to walk.
 */
export class LayerRoutes {
  readonly #layers: readonly DefinedLayer[];
  readonly #byMethod = { client: new Map<string, readonly number[]>(), server: new Map<string, readonly number[]>() };
  readonly #noMethod: { client: readonly number[] | undefined; server: readonly number[] | undefined } = { client: undefined, server: undefined };
  /** The method asked last per sender and its route (a session asks the same few methods over and over). */
  #lastClient: string | undefined;
  #lastClientRoute: readonly number[] | undefined;
  #lastServer: string | undefined;
  #lastServerRoute: readonly number[] | undefined;

  constructor(layers: readonly DefinedLayer[]) {
    this.#layers = layers;
  }

  /** The indices of the layers a message from `from` about `method` goes through, in order. */
  of(from: Sender, method: string | undefined): readonly number[] {
    const client = from === 'client';
    if (method === undefined) {
      const none = this.#noMethod;
      return client ? (none.client ??= this.#route(from, method)) : (none.server ??= this.#route(from, method));
    }
    if (client ? method === this.#lastClient : method === this.#lastServer) return (client ? this.#lastClientRoute : this.#lastServerRoute)!;
    const routes = client ? this.#byMethod.client : this.#byMethod.server;
    let route = routes.get(method);
    if (route === undefined) {
      route = this.#route(from, method);
      if (routes.size < routedMethods) routes.set(method, route);
    }
    if (client) {
      this.#lastClient = method;
      this.#lastClientRoute = route;
    } else {
      this.#lastServer = method;
      this.#lastServerRoute = route;
    }
    return route;
  }

  #route(from: Sender, method: string | undefined): readonly number[] {
    const route: number[] = [];
    for (let i = 0; i < this.#layers.length; i++) {
      const layer = this.#layers[i]!;
      if (layer.from !== undefined && layer.from !== from) continue;
      if (layer.methods !== undefined && (method === undefined || !layer.methods.has(method))) continue;
      route.push(i);
    }
    // Not frozen: a frozen array's elements are read through the keyed-load IC, not inline.
    return route;
  }
}

export interface RunOptions {
  /** The layers' routes (see LayerRoutes), made for the layers runLayers is given. */
  readonly routes: LayerRoutes;
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
export function runLayers(layers: readonly DefinedLayer[], message: unknown, facts: LayerRunContext, findings: Finding[], options: RunOptions, from = 0): Promise<void> | undefined {
  // A context the last layer let go of: a user layer, or one that returned a promise, may still hold its own.
  // At first the message's own (no layer had it yet); after a promise, every layer before may still hold it.
  let spare: LayerRunContext | undefined = from === 0 ? facts : undefined;
  // `from` and the steps count along the route: the layers whose filters the message passes.
  const route = options.routes.of(facts.from, facts.method);
  for (let k = from; k < route.length; k++) {
    const i = route[k]!;
    const layer = layers[i]!;
    if (layer.phase === 'semantic' && findings.length !== 0 && options.blocks(findings)) continue;
    const context = spare === undefined ? LayerRunContext.copy(facts, layer) : spare.passTo(layer);
    spare = undefined;
    const timeoutMs = layer.timeoutMs ?? options.defaultTimeoutMs;
    let result: unknown;
    try {
      result = layer.inspect(message, context);
    } catch (error) {
      findings.push(failureFinding(layer, error, timeoutMs, options.profileFailure));
      continue;
    }
    // Most layers answer a list (most often empty): told apart from a promise without walking prototypes.
    if (Array.isArray(result)) {
      if (result.length !== 0) record(layer, result, findings, timeoutMs, options);
    } else if (result instanceof Promise) {
      return withinBudget(result, context, timeoutMs, facts.outerSignal).then(
        (value) => record(layer, value, findings, timeoutMs, options),
        (error: unknown) => {
          findings.push(failureFinding(layer, error, timeoutMs, options.profileFailure));
        },
      ).then(() => runLayers(layers, message, facts, findings, options, k + 1));
    } else record(layer, result, findings, timeoutMs, options);
    if (options.lettingGo?.[i] === true) spare = context;
  }
  return undefined;
}
