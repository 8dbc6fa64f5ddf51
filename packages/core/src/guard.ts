import { auditEventFor } from './audit.js';
import { ByMethodAndTool } from './by-method-and-tool.js';
import { compose, type OverrideTables } from './composer.js';
import { errorOf, outcomeOf } from './disposition.js';
import { engineRules } from './engine-rules.js';
import { VanguardError, VanguardErrorCode } from './errors.js';
import { clientMethods, inferAnsweredMethod, invalidMessageProblem, isJsonRpcMessage, type JsonRpcErrorResponse, serverMethods } from './jsonrpc.js';
import { type DefinedLayer, phases } from './layer.js';
import { type GuardFacts, LayerRoutes, LayerRunContext, runLayers, type RunOptions } from './layer-runner.js';
import { createRequestAnalysisLayer } from './layers/request-analysis.js';
import { behaviourConfig } from './stateful/behaviour-config.js';
import { createStatefulLayers } from './stateful/stateful.js';
import { declaredRootsOf, judgesPlace, withoutReadsInRoots } from './stateful/declared-roots.js';
import { dropPaymentsToGivenPayees, promptArgumentsOf } from './stateful/prompt-arguments.js';
import { createAuthLayer } from './layers/auth.js';
import { createRuleLayers } from './layers/rule-layer.js';
import { createCrossToolLayer, createInstructionLayer } from './semantic/layers.js';
import { createSafeZonesLayer, normalizeRoot } from './layers/safe-zones.js';
import { type Limits, LimitsSchema } from './limits.js';
import { type GuardOptions, resolveOptions, type ResolvedGuardOptions } from './options.js';
import { isRecord, messageIdOf, type Parsed, parseInput, typeOf } from './parse.js';
import { checkStructure, engineFinding } from './preflight.js';
import { type Differential, type KeyCensus, messageDifferentials } from './protocol/differentials.js';
import type { Profile } from './profiles.js';
import { Recent, RecentDefinitions, RecentTexts } from './recent.js';
import { bundledProfileTable, bundledRules } from './rules/bundled.js';
import { type CompiledRule, compileRulePacks } from './rules/compile.js';
import { type CompiledScope, compileScopes, normalizeToolName, scopeMatches } from './scopes.js';
import { checkOverrideNames } from './rule-names.js';
import { keyParsedDefinitions } from './state/definitions.js';
import { hintsOf, inventoryOf } from './state/inventory.js';
import { createMemoryStore } from './state/memory-store.js';
import { declareKeyed, valueBytes } from './state/value-bytes.js';
import { SessionKeys } from './state/session-view.js';
import { TextSignal } from './text/normalize.js';
import type {
  Action,
  AdapterEvent,
  EffectivePolicy,
  EffectiveSafeZones,
  Finding,
  InspectContext,
  Layer,
  MessageType,
  ProfileName,
  Sender,
  StateStore,
  ToolInventory,
  ToolRecord,
  Verdict,
} from './types.js';
import { fieldCommand } from './commands/field-commands.js';
import { ToolNames } from './commands/tool-names.js';
import { extractError, extractParams, extractResult } from './values/extract.js';
import { Kind } from './values/kinds.js';
import { type Readings, type Scanned, ValueScanner } from './values/scanned.js';
import { buildVerdict, cleanVerdict, monotonic } from './verdict.js';
import { wireError } from './wire.js';

/** The guard: inspects messages, decides what adapters do with them, and explains why. */
export interface Guard {
  readonly profile: ProfileName;
  /** Every rule the guard runs in its profile, with its metadata. */
  readonly rules: readonly RuleInfo[];
  /** Every layer, in the order it runs. */
  readonly layers: readonly LayerInfo[];
  /** Where sessions live. */
  readonly store: StateStore;
  /** Inspects one JSON-RPC message (parsed, or raw JSON text or bytes). Never rejects. */
  inspect(message: unknown, context: InspectContext): Promise<Verdict>;
  /**
   * The verdict for something an adapter met that is not a message it could inspect (a line too large to
   * hold, a server gone with a request in flight, an unreachable upstream), with its disposition and an
   * audit event. Never rejects.
   */
  decide(event: AdapterEvent, context: Omit<InspectContext, 'from'>): Promise<Verdict>;
  /**
   * The JSON-RPC error for a blocked message, or undefined for a notification (notifications are dropped,
   * not answered). The same error `verdict.disposition` carries.
   */
  errorFor(message: unknown, verdict: Verdict): JsonRpcErrorResponse | undefined;
}

export interface RuleInfo {
  readonly id: string;
  readonly family: string;
  readonly layer: string;
  readonly description: string;
  readonly severity: string;
  readonly action: Action;
  /** The rule pack it comes from, or the layer that declares it. */
  readonly pack: string;
}

export interface LayerInfo {
  readonly name: string;
  readonly phase: Layer['phase'];
  readonly description: string;
  readonly failure: Layer['failure'];
  readonly builtIn: boolean;
}

/**
 * A guard's verdict as it has it: the verdict itself when every step answered synchronously (the memory
 * store and the built-in layers do), else its promise; undefined for an object that is not a guard of this
 * module. Set by GuardImpl; the adapter kit's `inspectNow` is its one user.
 */
export let inspectWithoutPromise: (guard: object, input: unknown, context: InspectContext) => Verdict | Promise<Verdict> | undefined;

type Context = InspectContext & { readonly from: Sender; readonly sessionId: string; readonly serverId: string };

const notAbout = undefined;
/** No scope matches (the usual case): shared, never written. */
const noScopes: readonly CompiledScope[] = Object.freeze([]);
/**
 * What an answer's request was, as kept when it was let through, and whether a layer kept something for the
 * answer (see LayerContext.keepForAnswer; absent from a record of a guard that does not say: then not known).
 */
/** What a request leaves for its answer; `given`: a prompt's arguments, the user's values (see prompt-arguments.ts). */
type Pending = { readonly method: string; readonly tool: string | null; readonly kept?: boolean; readonly given?: readonly string[] } | undefined;

/**
 * `record` frozen, its weight declared (see value-bytes.ts): the memory store weighs every value it is
 * given, and this one is given once per request let through.
 */
function weighed<T extends object>(record: T): T {
  declareKeyed(record, [], valueBytes(record) - 2);
  return Object.freeze(record);
}

/** `verdict`, once the store's write settled (apart from #record: see #settled). */
const once = (stored: Promise<unknown>, verdict: Verdict): Promise<Verdict> => stored.then(() => verdict);

class GuardImpl implements Guard {
  readonly profile: ProfileName;
  readonly rules: readonly RuleInfo[];
  readonly layers: readonly LayerInfo[];
  readonly store: StateStore;
  readonly #profile: Profile;
  readonly #options: ResolvedGuardOptions;
  readonly #limits: Limits;
  readonly #layers: readonly DefinedLayer[];
  /** Per layer, whether it is built in: it keeps nothing of its context once it returned (see RunOptions). */
  readonly #lettingGo: readonly boolean[];
  readonly #now: () => number;
  readonly #hints: ReadonlyMap<string, string>;
  readonly #scopes: readonly CompiledScope[];
  readonly #scopedLimits: boolean;
  readonly #globalZones: EffectiveSafeZones | undefined;
  readonly #toolZones: ReadonlyMap<string, EffectiveSafeZones>;
  readonly #noScopes: EffectivePolicy;
  /** Inventory records by tool definition (servers list the same tools every session). */
  readonly #records: RecentDefinitions<ToolRecord> | undefined;
  /** The override tables when no scope matches: the user's overrides alone (the usual case). */
  #userTables: OverrideTables | undefined;
  /** How layers run under the user's tables. */
  #userRunOptions: RunOptions | undefined;
  /** Which layers each sender's messages of each method go through (shared by every RunOptions). */
  #routes: LayerRoutes | undefined;
  /** State keys of recent sessions, by session id (see SessionKeys). */
  readonly #sessionKeys: Recent<string, SessionKeys>;
  /** Canonical forms and shape kinds of recent texts (see Reading). */
  readonly #readings: Readings;
  /** What recent tool names say, read once per name for the guard's field commands and its layers (tool-names.ts). */
  readonly #toolNames: ToolNames;
  /**
   * Whether a tool list parsed here has its definitions keyed before the layers run (see
   * keyParsedDefinitions): when the instruction layer keys them anyway, and no user layer could change them first.
   */
  readonly #keysParsed: boolean;
  /** The tools the user marks sensitive (stateful.sensitiveTools), normalized: not read as a program's line. */
  readonly #sensitiveTools: ReadonlySet<string>;
  /** The structure check's key census, reused (read right after the check). */
  readonly #census: KeyCensus = { keys: 0, suspect: false, least: -1 };
  /** The records requests leave for their answers, by method and tool (see #pending): none kept for the answer, and some. */
  readonly #pendings = new ByMethodAndTool<string | null, NonNullable<Pending>>();
  readonly #pendingsKept = new ByMethodAndTool<string | null, NonNullable<Pending>>();
  /** The contexts made last for each side (see #context). */
  #lastClient: Context | undefined;
  #lastServer: Context | undefined;
  /** What every message's facts take from the guard. */
  readonly #facts: GuardFacts;

  constructor(options: GuardOptions | undefined) {
    const resolved = resolveOptions(options);
    this.#options = resolved;
    this.profile = resolved.profile;
    this.#profile = bundledProfileTable()[resolved.profile];
    this.#limits = LimitsSchema.parse(resolved.limits);
    this.#now = resolved.now ?? (() => Date.now());
    this.#records = resolved.caches.maxEntries > 0 ? new RecentDefinitions(resolved.caches) : undefined;
    this.#sessionKeys = new Recent(resolved.caches.maxEntries);
    this.#readings = new RecentTexts(resolved.caches);
    this.#toolNames = new ToolNames(resolved.caches);
    this.store = resolved.store ?? createMemoryStore({ maxEntries: resolved.state.maxEntries, maxBytes: resolved.state.maxBytes, maxTtlMs: Math.max(resolved.state.ttlMs, resolved.correlation.ttlMs, resolved.pins.ttlMs) });
    this.#facts = { profile: this.profile, store: this.store, ttlMs: resolved.state.ttlMs, clock: this.#now };
    const loaded: CompiledRule[] = [...(resolved.rules.bundled ? bundledRules() : []), ...compileRulePacks(resolved.rules.packs)];
    const ids = new Set<string>();
    for (const rule of loaded) {
      if (ids.has(rule.id)) {
        throw new VanguardError(VanguardErrorCode.DuplicateRule, `${rule.source}: rule ${rule.id} is already defined`, { pack: rule.source, rule: rule.id, field: 'id' });
      }
      ids.add(rule.id);
    }
    const userLayers = resolved.layers as unknown as readonly DefinedLayer[];
    this.#keysParsed = resolved.caches.maxEntries > 0 && userLayers.length === 0;
    this.#sensitiveTools = new Set(resolved.stateful.sensitiveTools.map(normalizeToolName));
    const stateful = createStatefulLayers(behaviourConfig(resolved.profile), resolved.stateful, resolved.pins, this.#toolNames) as DefinedLayer[];
    const analysis = [
      createSafeZonesLayer(this.#limits.maxDecodeRounds),
      createRequestAnalysisLayer({ carry: resolved.stateful.carry, ttlMs: resolved.state.ttlMs, caches: resolved.caches, toolNames: this.#toolNames }),
      createCrossToolLayer({ caches: resolved.caches, readings: this.#readings }),
      createInstructionLayer({ caches: resolved.caches, readings: this.#readings }),
    ] as DefinedLayer[];
    // The analysis layers' declared rules (`semantic/*`, …) may be overridden like any other.
    checkOverrideNames(resolved, loaded, [...analysis.filter((l) => l.rules !== undefined), ...stateful, ...userLayers], this.#profile);

    // A rule turned off for everyone is not run at all; one a scope may turn back on stays in.
    const scoped = new Set(resolved.scopes.flatMap((s) => Object.keys(s.overrides ?? {})));
    const globalOverride = (rule: CompiledRule): string | undefined =>
      resolved.rules.overrides[rule.id] ?? resolved.rules.overrides[`${rule.family}/*`] ?? resolved.rules.overrides[rule.family] ??
      this.#profile.overrides[rule.id] ?? this.#profile.overrides[`${rule.family}/*`] ?? this.#profile.overrides[rule.family];
    const enabled = loaded.filter(
      (rule) =>
        (rule.profiles === undefined || rule.profiles.has(resolved.profile)) &&
        (globalOverride(rule) !== 'off' || scoped.has(rule.id) || scoped.has(rule.family) || scoped.has(`${rule.family}/*`)),
    );

    const builtIn = [
      ...(resolved.auth ? [createAuthLayer(resolved.auth)] : []),
      ...createRuleLayers(enabled, resolved.profile, this.#limits, resolved.caches),
      ...analysis,
      ...stateful,
    ] as DefinedLayer[];
    const names = new Set<string>(['protocol', 'engine', 'adapter']);
    for (const layer of [...builtIn, ...userLayers]) {
      if (names.has(layer.name)) throw new VanguardError(VanguardErrorCode.InvalidLayer, `two layers are named ${layer.name}`, { layer: layer.name, field: 'name' });
      names.add(layer.name);
    }
    // Stable sort: built-in layers first within a phase, then user layers in the order given.
    this.#layers = [...builtIn, ...userLayers].sort((a, b) => phases.indexOf(a.phase) - phases.indexOf(b.phase));
    this.layers = this.#layers.map((l) => ({ name: l.name, phase: l.phase, description: l.description, failure: l.failure, builtIn: builtIn.includes(l) }));
    this.#lettingGo = this.#layers.map((l) => builtIn.includes(l));

    const hints = new Map<string, string>();
    for (const [id, rule] of Object.entries(engineRules)) if (rule.hint) hints.set(id, rule.hint);
    for (const layer of this.#layers) for (const [id, rule] of Object.entries(layer.rules ?? {})) if (rule.hint) hints.set(id, rule.hint);
    this.#hints = hints;
    this.rules = [
      ...enabled.map((r) => ({ id: r.id, family: r.family, layer: r.layer, description: r.description, severity: r.severity, action: r.action, pack: r.pack })),
      ...[...stateful, ...userLayers].flatMap((l) =>
        Object.entries(l.rules ?? {}).map(([id, r]) => ({ id, family: id.slice(0, id.indexOf('/')), layer: l.name, description: r.description, severity: r.severity ?? 'medium', action: r.action ?? 'block', pack: l.name })),
      ),
    ];

    const zones = resolved.safeZones;
    const action = zones?.action ?? 'block';
    this.#globalZones = zones && zones.roots.length ? { roots: zones.roots.map(normalizeRoot), action } : undefined;
    this.#toolZones = new Map(Object.entries(zones?.tools ?? {}).map(([tool, roots]) => [normalizeToolName(tool), { roots: roots.map(normalizeRoot), action }]));
    this.#scopes = compileScopes(resolved.scopes, normalizeRoot, action);
    this.#scopedLimits = this.#scopes.some((s) => s.limits !== undefined);
    this.#noScopes = Object.freeze({ scopes: [], safeZones: this.#globalZones });
  }

  // ---- policy -----------------------------------------------------------------------------------

  #matching(ctx: Context, tool: string | undefined | null): CompiledScope[] {
    const out: CompiledScope[] = [];
    for (const scope of this.#scopes) if (scopeMatches(scope, ctx.serverId, tool, ctx.principal)) out.push(scope);
    return out;
  }

  #limitsFor(matching: readonly CompiledScope[]): Limits {
    let limits = this.#limits;
    if (matching.length === 0) return limits;
    for (const scope of matching) {
      if (scope.limits === undefined) continue;
      const merged: Record<string, number> = { ...limits };
      for (const [key, value] of Object.entries(scope.limits)) if (value !== undefined) merged[key] = value;
      limits = merged as Limits;
    }
    return limits;
  }

  #policyFor(matching: readonly CompiledScope[], tool: string | undefined): EffectivePolicy {
    const toolZones = tool === undefined ? undefined : this.#toolZones.get(tool);
    if (matching.length === 0 && toolZones === undefined) return this.#noScopes;
    let safeZones = toolZones ?? this.#globalZones;
    for (const scope of matching) if (scope.safeZones) safeZones = scope.safeZones;
    return { scopes: matching.map((s) => s.index), safeZones };
  }

  /** How layers run under `tables`: made once for the user's tables (no scope matching, the usual case). */
  #runOptions(tables: OverrideTables): RunOptions {
    if (tables === this.#userTables && this.#userRunOptions !== undefined) return this.#userRunOptions;
    const options: RunOptions = {
      routes: (this.#routes ??= new LayerRoutes(this.#layers)),
      lettingGo: this.#lettingGo,
      defaultTimeoutMs: this.#options.layerTimeoutMs,
      profileFailure: this.#profile.layerFailure,
      // No findings block nothing (most server messages reach the semantic layers with none).
      blocks: (so) => so.length !== 0 && compose(so, this.#profile, tables).action === 'block',
    };
    if (tables === this.#userTables) this.#userRunOptions = options;
    return options;
  }

  #tables(matching: readonly CompiledScope[]): OverrideTables {
    const user = this.#options.rules.overrides;
    if (matching.length === 0) return (this.#userTables ??= [user]);
    const tables: OverrideTables[number][] = [];
    for (let i = matching.length - 1; i >= 0; i--) if (matching[i]!.overrides) tables.push(matching[i]!.overrides!);
    tables.push(user);
    return tables;
  }

  // ---- inspection -------------------------------------------------------------------------------

  #context(context: InspectContext | Omit<InspectContext, 'from'> | undefined, from: Sender): Context {
    const c = (context ?? {}) as Partial<InspectContext>;
    const sessionId = typeof c.sessionId === 'string' ? c.sessionId : 'default';
    const serverId = typeof c.serverId === 'string' ? c.serverId : 'default';
    const principal = c.principal && typeof c.principal.subject === 'string' ? c.principal : undefined;
    const signal = c.signal ? c.signal : undefined;
    // The last one made for this side, when it says the same (a session's messages): a context is never
    // changed once made, so messages may share it.
    const last = from === 'client' ? this.#lastClient : this.#lastServer;
    if (last !== undefined && last.sessionId === sessionId && last.serverId === serverId && last.principal === principal && last.signal === signal) return last;
    const ctx: { -readonly [K in keyof Context]: Context[K] } = { from, sessionId, serverId };
    // Set only when given (no temporary objects to spread: this runs for every message).
    if (principal !== undefined) ctx.principal = principal;
    if (signal !== undefined) ctx.signal = signal;
    if (from === 'client') this.#lastClient = ctx;
    else this.#lastServer = ctx;
    return ctx;
  }

  inspect(input: unknown, context: InspectContext): Promise<Verdict> {
    try {
      const verdict = this.#inspect(input, context);
      return verdict instanceof Promise ? verdict : Promise.resolve(verdict);
    } catch (error) {
      // Only a context whose getters throw gets here: a rejection, as from an async function.
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  static {
    // Adapters reach the synchronous verdict through the adapter kit's inspectNow, not through a member of Guard.
    const own = Object.getOwnPropertyDescriptor(this.prototype, 'inspect')?.value as unknown;
    // A guard whose inspect was replaced (a test's spy, a wrapper) is asked through it.
    inspectWithoutPromise = (guard, input, context) => (#inspect in guard && (guard as Guard).inspect === own ? guard.#inspect(input, context) : undefined);
  }

  /** The verdict, or its promise when the store or a layer answered with one. Throws only when the context's getters do. */
  #inspect(input: unknown, context: InspectContext): Verdict | Promise<Verdict> {
    const started = monotonic.now();
    const validFrom = context?.from === 'client' || context?.from === 'server';
    const ctx = this.#context(context, validFrom ? context.from : 'client');
    let verdict: Verdict | Promise<Verdict>;
    let messageId: string | number | undefined;
    try {
      const preMatch = this.#scopedLimits ? this.#matching(ctx, null) : noScopes;
      const limits = this.#limitsFor(preMatch);
      // A message handed over parsed (what SDK transports give) is taken as it is: no record made for it.
      const parsed = typeof input === 'string' || input instanceof Uint8Array ? parseInput(input, limits) : undefined;
      const message = parsed === undefined ? input : parsed.message;
      messageId = messageIdOf(message);
      verdict = this.#inspectParsed(message, parsed, validFrom, limits, ctx, started, preMatch);
    } catch (error) {
      verdict = this.#failed(error, ctx, started);
    }
    // Synchronous unless the store or a layer answers with a promise (the memory store and the built-in
    // layers do not): no async frames to allocate and resume per message.
    if (verdict instanceof Promise) return this.#settled(verdict, ctx, started, messageId);
    return this.#audited(verdict, ctx, messageId);
  }

  /**
   * The audited verdict of a promise. Apart from #inspect: a function with a closure makes the closure's
   * variables a context object at every call, whichever branch then runs (here, one per message).
   */
  #settled(verdict: Promise<Verdict>, ctx: Context, started: number, messageId: string | number | undefined): Promise<Verdict> {
    return verdict.catch((error: unknown) => this.#failed(error, ctx, started)).then((v) => this.#audited(v, ctx, messageId));
  }

  /** `parsed`: what parsing the text or bytes gave (undefined: the message was handed over parsed). */
  #inspectParsed(message: unknown, parsed: Parsed | undefined, validFrom: boolean, limits: Limits, ctx: Context, started: number, preMatch: readonly CompiledScope[]): Verdict | Promise<Verdict> {
    if (parsed?.finding) return this.#finish([parsed.finding], 'invalid', notAbout, notAbout, undefined, ctx, started, preMatch);
    if (!validFrom) {
      const finding = engineFinding('preflight/invalid-context', 'inspect context.from must be "client" or "server"');
      return this.#finish([finding], 'invalid', notAbout, notAbout, message, ctx, started, preMatch);
    }
    // One census for every message: it is read right after the check, before anything else can run.
    const census = this.#census;
    census.keys = 0;
    census.suspect = false;
    census.least = -1;
    // A message parsed here (it has its text) is JSON.parse's alone until the layers run: its objects are plain.
    const json = parsed?.text !== undefined;
    const structural = checkStructure(message, limits, parsed?.sized ? 0 : undefined, census, json);
    // Read before the layers run: a user layer may change the message object.
    const differentials = messageDifferentials(message, parsed?.text, structural ? undefined : census);
    if (structural) return this.#finish([structural], 'invalid', notAbout, notAbout, message, ctx, started, preMatch);
    const verdict = Array.isArray(message) ? this.#inspectBatch(message, ctx, started) : this.#inspectOne(message, ctx, started, json);
    if (differentials.length === 0) return verdict;
    if (!(verdict instanceof Promise)) return this.#refused(verdict, differentials, message, ctx, started, preMatch);
    return this.#refusedLater(verdict, differentials, message, ctx, started, preMatch);
  }

  /** {@link #refused} once `verdict` settles (apart, as #settled is: no closure in the function every message runs). */
  #refusedLater(verdict: Promise<Verdict>, differentials: readonly Differential[], message: unknown, ctx: Context, started: number, preMatch: readonly CompiledScope[]): Promise<Verdict> {
    return verdict.then((v) => this.#refused(v, differentials, message, ctx, started, preMatch));
  }

  /** What servers would read differently is refused, next to what the message holds. */
  #refused(v: Verdict, differentials: readonly Differential[], message: unknown, ctx: Context, started: number, preMatch: readonly CompiledScope[]): Verdict {
    const findings = differentials.map((d) => engineFinding(d.rule, d.message, d.path));
    return this.#finish([...findings, ...v.findings], v.messageType, v.method, v.tool, message, ctx, started, preMatch);
  }

  /** The verdict of an inspection that threw: the profile's layer-failure action. */
  #failed(error: unknown, ctx: Context, started: number): Verdict {
    const finding: Finding = { ...engineFinding('engine/internal-error', `inspection failed: ${String((error as Error)?.message ?? error).slice(0, 200)}`), action: this.#profile.layerFailure };
    return this.#finish([finding], 'invalid', notAbout, notAbout, undefined, ctx, started, noScopes);
  }

  #audited(verdict: Verdict, ctx: Context, messageId: string | number | undefined): Verdict {
    this.#emitAudit(verdict, ctx, messageId);
    return verdict;
  }

  async #inspectBatch(batch: readonly unknown[], ctx: Context, started: number): Promise<Verdict> {
    if (batch.length === 0) {
      return this.#finish([engineFinding('protocol/invalid-message', 'an empty batch is not a valid JSON-RPC message')], 'batch', notAbout, notAbout, batch, ctx, started, noScopes);
    }
    const findings: Finding[] = [];
    for (let i = 0; i < batch.length; i++) {
      const item = await this.#inspectOne(batch[i], ctx, started, false);
      for (const f of item.findings) findings.push({ ...f, path: [i, ...f.path] });
    }
    return this.#finish(findings, 'batch', notAbout, notAbout, batch, ctx, started, this.#matching(ctx, undefined));
  }

  /** The state keys of the message's session: the ones made for an earlier message when they are kept. */
  #keys(ctx: Context): SessionKeys {
    const principal = ctx.principal?.subject;
    let keys = this.#sessionKeys.get(ctx.sessionId);
    if (keys === undefined || !keys.matches(ctx.serverId, principal)) {
      keys = new SessionKeys(ctx.sessionId, ctx.serverId, principal);
      this.#sessionKeys.set(ctx.sessionId, keys);
    }
    return keys;
  }

  /**
   * One message, in steps that go on at once when the store answers synchronously (the memory store) and
   * after its promise otherwise: a request's tool inventory or an answer's request is read, the values are
   * read, the layers run, and the verdict is recorded. `json`: the message is what JSON.parse made of its
   * text, seen by no other code yet (its extraction asks no object for its prototype).
   */
  #inspectOne(message: unknown, ctx: Context, started: number, json: boolean): Verdict | Promise<Verdict> {
    if (!isJsonRpcMessage(message) || !isRecord(message)) {
      const { path, problem } = invalidMessageProblem(message);
      const finding = engineFinding('protocol/invalid-message', `not a valid JSON-RPC 2.0 message: ${problem}`, path);
      return this.#finish([finding], 'invalid', notAbout, notAbout, message, ctx, started, this.#matching(ctx, undefined));
    }
    const type = typeOf(message);
    const findings: Finding[] = [];
    const keys = this.#keys(ctx);
    const id = messageIdOf(message);
    if (type === 'request' || type === 'notification') {
      const method = message['method'] as string;
      const params = message['params'];
      const tool = method === 'tools/call' && isRecord(params) && typeof params['name'] === 'string' ? params['name'] : undefined;
      const expected = ctx.from === 'client' ? clientMethods : serverMethods;
      if (!expected.has(method) && !method.startsWith('notifications/')) {
        const other = ctx.from === 'client' ? serverMethods : clientMethods;
        const wrongWay = other.has(method);
        findings.push({
          ...engineFinding(wrongWay ? 'protocol/wrong-direction' : 'protocol/unknown-method', wrongWay ? `${method} may not be sent by the ${ctx.from}` : `unknown method ${method.slice(0, 80)}`, ['method']),
          ...(wrongWay ? {} : { severity: 'low', action: 'warn' }),
        });
      }
      if (tool === undefined) return this.#request(message, ctx, started, type, keys, id, method, tool, findings, null, json);
      // Read once for a tools/call request and handed on to the layers' session views.
      const read = this.store.get(keys.inventory);
      if (read instanceof Promise) return this.#requestLater(read, message, ctx, started, type, keys, id, method, tool, findings, json);
      return this.#request(message, ctx, started, type, keys, id, method, tool, findings, read as ToolInventory | undefined, json);
    }
    const requester: Sender = ctx.from === 'client' ? 'server' : 'client';
    const taken = id === undefined ? undefined : this.store.take(keys.answerCorrelation(requester, id));
    if (taken instanceof Promise) return this.#answerLater(taken, message, ctx, started, type, keys, id, findings, json);
    return this.#answer(message, ctx, started, type, keys, id, findings, taken as Pending, json);
  }

  // The steps after a store's promise, apart from the functions every message runs (see #settled).
  #requestLater(
    read: Promise<unknown>,
    message: Record<string, unknown>,
    ctx: Context,
    started: number,
    type: MessageType,
    keys: SessionKeys,
    id: string | number | undefined,
    method: string,
    tool: string,
    findings: Finding[],
    json: boolean,
  ): Promise<Verdict> {
    return read.then((inventory) => this.#request(message, ctx, started, type, keys, id, method, tool, findings, inventory as ToolInventory | undefined, json));
  }

  #answerLater(taken: Promise<unknown>, message: Record<string, unknown>, ctx: Context, started: number, type: MessageType, keys: SessionKeys, id: string | number | undefined, findings: Finding[], json: boolean): Promise<Verdict> {
    return taken.then((pending) => this.#answer(message, ctx, started, type, keys, id, findings, pending as Pending, json));
  }

  /** A request or notification, with its tool's inventory (null: not a tools/call request). */
  #request(
    message: Record<string, unknown>,
    ctx: Context,
    started: number,
    type: MessageType,
    keys: SessionKeys,
    id: string | number | undefined,
    method: string,
    tool: string | undefined,
    findings: Finding[],
    inventory: ToolInventory | undefined | null,
    json: boolean,
  ): Verdict | Promise<Verdict> {
    const scanner = this.#scanner(ctx, tool);
    const params = message['params'];
    if (params !== undefined) extractParams(method, params, tool === undefined || inventory === null ? undefined : hintsOf(inventory?.tools[tool]), scanner, json);
    // A tool named for a program runs it with its fields as options: that line is read as a command too. A
    // tool the user marks sensitive is their declared source of secrets (`vault_read`): reading one is its
    // use, and data flow follows where its answers go.
    const line = tool !== undefined && ctx.from === 'client' && isRecord(params) && (this.#sensitiveTools.size === 0 || !this.#sensitiveTools.has(normalizeToolName(tool))) ? fieldCommand(tool, params['arguments'], this.#toolNames.of(tool)) : undefined;
    if (line !== undefined) scanner.add(['params', 'arguments'], 'arguments', line, Kind.Command, true);
    return this.#run(message, ctx, started, type, keys, id, method, tool, findings, scanner, inventory, false);
  }

  /** An answer (result or error), with what its request was (undefined: not known). */
  #answer(message: Record<string, unknown>, ctx: Context, started: number, type: MessageType, keys: SessionKeys, id: string | number | undefined, findings: Finding[], pending: Pending, json: boolean): Verdict | Promise<Verdict> {
    let method = pending?.method;
    const tool = pending?.tool ?? undefined;
    const scanner = this.#scanner(ctx, tool);
    if (type === 'response') {
      const result = message['result'] as Record<string, unknown>;
      method ??= inferAnsweredMethod(result);
      extractResult(method, result, scanner, json);
      if (json && method === 'tools/list' && this.#keysParsed && Array.isArray(result['tools'])) keyParsedDefinitions(result['tools']);
    } else {
      extractError(message['error'], scanner, json);
    }
    // Only a boolean is believed: a shared store hands back whatever it holds.
    const kept = typeof pending?.kept === 'boolean' ? pending.kept : undefined;
    // Only a list of strings is believed, for the same reason.
    const given = method === 'prompts/get' && Array.isArray(pending?.given) && pending.given.every((v) => typeof v === 'string') ? pending.given : undefined;
    return this.#run(message, ctx, started, type, keys, id, method, tool, findings, scanner, null, kept, given);
  }

  /**
   * What reads the message's strings as its extraction finds them. They are held until the layers run when
   * scopes may set a tool's own limits: the message is checked against those before any of it is read.
   */
  #scanner(ctx: Context, tool: string | undefined): ValueScanner {
    // The tool's name as sent: whether it names a search is read case-blind, and a disguised name earns no exemption.
    return new ValueScanner(this.#limits, ctx.from, this.#readings, tool, this.#scopedLimits);
  }

  /** Reads a message's values and runs the layers over them. */
  #run(
    message: Record<string, unknown>,
    ctx: Context,
    started: number,
    type: MessageType,
    keys: SessionKeys,
    id: string | number | undefined,
    method: string | undefined,
    tool: string | undefined,
    findings: Finding[],
    scanner: ValueScanner,
    inventory: ToolInventory | undefined | null,
    keptForAnswer: boolean | undefined,
    given?: readonly string[],
  ): Verdict | Promise<Verdict> {
    // The tool as scopes and tool safe zones name it: not made when there are none (the usual case).
    const normalizedTool = tool === undefined || (this.#scopes.length === 0 && this.#toolZones.size === 0) ? undefined : normalizeToolName(tool);
    const matching = this.#scopes.length ? this.#matching(ctx, normalizedTool) : noScopes;
    if (this.#scopedLimits && normalizedTool !== undefined && matching.some((s) => s.limits && s.tools)) {
      const structural = checkStructure(message, this.#limitsFor(matching), undefined);
      if (structural) return this.#finish([structural], type, method, tool, message, ctx, started, matching);
    }
    const values = scanner.finish();
    let broken: Scanned | undefined;
    for (let v = 0; v < values.length && broken === undefined; v++) if (values[v]!.signalMask & TextSignal.LoneSurrogate) broken = values[v];
    if (broken) {
      // Not valid Unicode: it cannot be encoded as UTF-8 as it is. Often a truncation bug, so a warning.
      findings.push({ ...engineFinding('preflight/lone-surrogate', 'a string holds a lone UTF-16 surrogate (not valid Unicode)', broken.path), severity: 'medium', action: 'warn' });
    }
    // The message's facts are its first layer context: one object (see LayerRunContext).
    const facts = new LayerRunContext(ctx, this.#facts, keys, type, method, tool, id, values, this.#policyFor(matching, normalizedTool), inventory ?? undefined, inventory !== null, keptForAnswer, findings);
    const ran = runLayers(this.#layers, message, facts, findings, this.#runOptions(this.#tables(matching)));
    if (ran === undefined) {
      if (given !== undefined) dropPaymentsToGivenPayees(findings, values, given);
      return this.#record(message, ctx, started, facts, findings, matching);
    }
    return this.#recordLater(ran, message, ctx, started, facts, findings, matching, given);
  }

  #recordLater(ran: Promise<void>, message: Record<string, unknown>, ctx: Context, started: number, facts: LayerRunContext, findings: Finding[], matching: readonly CompiledScope[], given: readonly string[] | undefined): Promise<Verdict> {
    return ran.then(() => {
      if (given !== undefined) dropPaymentsToGivenPayees(findings, facts.values, given);
      return this.#record(message, ctx, started, facts, findings, matching);
    });
  }

  /**
   * The verdict, once the layers ran; a request let through is remembered for its answer, a tool list as the
   * inventory, a client's roots as the roots it declared. A client's tool call whose only objection is where a
   * file read goes is first read against the roots the client declared, when it declared some.
   */
  #record(message: Record<string, unknown>, ctx: Context, started: number, facts: LayerRunContext, findings: Finding[], matching: readonly CompiledScope[]): Verdict | Promise<Verdict> {
    if (facts.messageType === 'request' && ctx.from === 'client' && facts.tool !== undefined && judgesPlace(findings)) {
      const roots = this.store.get(facts.keys.roots);
      if (roots instanceof Promise) return roots.then((r) => this.#recordIn(r, message, ctx, started, facts, findings, matching));
      return this.#recordIn(roots, message, ctx, started, facts, findings, matching);
    }
    return this.#recorded(message, ctx, started, facts, findings, matching);
  }

  /** {@link #record} once the declared roots are read: only a list of strings is believed (a shared store hands back whatever it holds). */
  #recordIn(roots: unknown, message: Record<string, unknown>, ctx: Context, started: number, facts: LayerRunContext, findings: Finding[], matching: readonly CompiledScope[]): Verdict | Promise<Verdict> {
    if (Array.isArray(roots) && roots.length && roots.every((r) => typeof r === 'string')) {
      const kept = withoutReadsInRoots(findings, facts.values, roots, this.#limits.maxDecodeRounds);
      if (kept.length !== findings.length) findings = kept;
    }
    return this.#recorded(message, ctx, started, facts, findings, matching);
  }

  #recorded(message: Record<string, unknown>, ctx: Context, started: number, facts: LayerRunContext, findings: Finding[], matching: readonly CompiledScope[]): Verdict | Promise<Verdict> {
    const store = this.store;
    const { messageType: type, method, tool, id } = facts;
    const keys = facts.keys;
    const degraded = store.degraded?.();
    if (degraded !== undefined) findings.push({ ...engineFinding('engine/store-unavailable', `state store ${store.name} is answering from local state: ${degraded.slice(0, 160)}`), action: 'warn' });
    const verdict = this.#finish(findings, type, method, tool, message, ctx, started, matching);
    if (type === 'request' && id !== undefined && verdict.action !== 'block') {
      // A prompt's arguments are kept for its answer: a record of its own, only when it has some.
      const given = method === 'prompts/get' && ctx.from === 'client' ? promptArgumentsOf(message['params']) : undefined;
      const pending = given === undefined ? this.#pending(method!, tool ?? null, facts.answerKept === true) : weighed({ method: method!, tool: null, kept: facts.answerKept === true, given: Object.freeze(given) });
      const stored = store.set(keys.requestCorrelation(ctx.from, id), pending, this.#options.correlation.ttlMs);
      return stored instanceof Promise ? once(stored, verdict) : verdict;
    }
    if (ctx.from === 'client' && ((method === 'roots/list' && type === 'response') || (method === 'notifications/roots/list_changed' && type === 'notification'))) {
      // The answer replaces what the session declared before; a change notice forgets it until the next answer.
      const roots = type === 'response' && verdict.action !== 'block' ? declaredRootsOf(message['result']) : undefined;
      const stored = roots === undefined ? store.delete(keys.roots) : store.set(keys.roots, roots, this.#options.state.ttlMs);
      return stored instanceof Promise ? once(stored, verdict) : verdict;
    }
    if (method === 'tools/list' && type === 'response' && ctx.from === 'server') {
      const inventory = inventoryOf((isRecord(verdict.replacement) ? verdict.replacement : message)['result'], ctx.serverId, this.#now(), this.#records);
      if (inventory) {
        const stored = store.set(keys.inventory, inventory as never, this.#options.state.ttlMs);
        if (stored instanceof Promise) return once(stored, verdict);
      }
    }
    return verdict;
  }

  /**
   * What a request let through leaves for its answer: one frozen record per method and tool, shared (a
   * store keeps it as it is or serializes it, and its reader only reads it).
   */
  #pending(method: string, tool: string | null, kept: boolean): NonNullable<Pending> {
    const pendings = kept ? this.#pendingsKept : this.#pendings;
    return pendings.get(method, tool) ?? pendings.set(method, tool, weighed({ method, tool, kept }));
  }

  #finish(
    findings: readonly Finding[],
    messageType: MessageType,
    method: string | undefined,
    tool: string | undefined,
    message: unknown,
    ctx: Context,
    started: number,
    matching: readonly CompiledScope[],
  ): Verdict {
    // No findings compose to an allow whatever the tables say: the usual verdict, made without composing.
    if (findings.length === 0) return cleanVerdict(this.#profile, messageType, method, tool, message, started);
    return buildVerdict({
      composition: compose(findings, this.#profile, this.#tables(matching)),
      profile: this.#profile,
      messageType,
      method,
      tool,
      message,
      from: ctx.from,
      started,
      blockedCode: this.#options.errorCode,
      hints: this.#hints,
    });
  }

  // ---- adapter events ---------------------------------------------------------------------------

  decide(event: AdapterEvent, context: Omit<InspectContext, 'from'>): Promise<Verdict> {
    const started = monotonic.now();
    const from: Sender = event.kind === 'oversize' ? event.from : 'client';
    const ctx = this.#context(context, from);
    let verdict: Verdict;
    if (event.kind === 'oversize') {
      const finding = engineFinding('preflight/max-message-bytes', `message of ${event.size} bytes is larger than the ${event.limit}-byte limit`);
      const stub = event.shape === 'notification' ? { jsonrpc: '2.0', method: 'notifications/unknown' }
        : event.shape === 'response' || (from === 'server' && event.shape !== 'request') ? { jsonrpc: '2.0', ...(event.id === undefined ? {} : { id: event.id }), result: {} }
        : { jsonrpc: '2.0', ...(event.id === undefined ? {} : { id: event.id }), method: 'unknown' };
      const type: MessageType = 'method' in stub ? ('id' in stub ? 'request' : 'notification') : 'response';
      verdict = this.#finish([finding], type, notAbout, notAbout, stub, ctx, started, this.#scopedLimits ? this.#matching(ctx, null) : []);
    } else {
      // Not a policy decision: nothing can forward a request to a server that is not there.
      const rule = event.kind === 'server-gone' ? 'adapter/server-gone' : event.kind === 'refused' ? event.rule : 'adapter/upstream-unreachable';
      const finding: Finding = { ...engineFinding(rule, event.reason), ...(event.data ? { data: event.data } : {}) };
      const base = buildVerdict({
        composition: { action: 'block', findings: [finding], effective: ['block'], primary: finding, requested: 'block' },
        profile: this.#profile,
        messageType: event.id === undefined ? 'notification' : 'request',
        method: notAbout,
        tool: notAbout,
        message: event.id === undefined ? { jsonrpc: '2.0', method: 'unknown' } : { jsonrpc: '2.0', id: event.id, method: 'unknown' },
        from: 'client',
        started,
        blockedCode: this.#options.errorCode,
        hints: this.#hints,
      });
      const effect = event.kind === 'refused' ? 'block (refused by the gateway before inspection)' : 'block (not a policy decision: the server cannot answer)';
      verdict = { ...base, explain: { ...base.explain, profileEffect: effect } };
    }
    this.#emitAudit(verdict, ctx, event.id);
    return Promise.resolve(verdict);
  }

  /**
   * Emits the verdict's audit event after the caller's current turn (in order with every other): an adapter
   * that has the verdict at once forwards the message first. The verdict is complete already.
   */
  #emitAudit(verdict: Verdict, ctx: Context, messageId: string | number | undefined): void {
    const sink = this.#options.audit;
    if (!sink || (verdict.action === 'allow' && !this.#options.auditAllowed)) return;
    queueMicrotask(() => this.#emitNow(sink, verdict, ctx, messageId));
  }

  #emitNow(sink: NonNullable<ResolvedGuardOptions['audit']>, verdict: Verdict, ctx: Context, messageId: string | number | undefined): void {
    try {
      const event = auditEventFor(verdict, ctx, messageId ?? null, this.#now(), {
        host: this.#options.host ?? null,
        outcome: outcomeOf(verdict.disposition),
        error: errorOf(verdict.disposition),
      });
      const result = sink(event);
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      // An audit sink must never change a verdict or break the traffic.
    }
  }

  errorFor(message: unknown, verdict: Verdict): JsonRpcErrorResponse | undefined {
    let parsed = message;
    if (typeof message === 'string' || message instanceof Uint8Array) {
      try {
        parsed = JSON.parse(typeof message === 'string' ? message : new TextDecoder().decode(message)) as unknown;
      } catch {
        parsed = undefined;
      }
    }
    if (isRecord(parsed) && typeof parsed['method'] === 'string' && !('id' in parsed)) return undefined;
    return wireError(messageIdOf(parsed), verdict, this.#options.errorCode);
  }
}

/**
 * Creates a guard. Options are validated here, once: a bad option throws a {@link VanguardError}
 * with code `VG_ERR_INVALID_OPTIONS` (bad rules: `VG_ERR_RULE_INVALID`, `VG_ERR_REGEX_UNSUPPORTED`;
 * an override or scope naming an unknown rule: `VG_ERR_UNKNOWN_RULE`).
 *
 * @example
 * const guard = createGuard({ profile: 'balanced' });
 * const verdict = await guard.inspect(message, { from: 'client', sessionId: 'conn-1' });
 * switch (verdict.disposition.kind) { case 'forward': … case 'respond': reply(verdict.disposition.response); … }
 */
export function createGuard(options?: GuardOptions): Guard {
  return new GuardImpl(options);
}
