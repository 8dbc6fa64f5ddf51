import { LRUCache } from 'lru-cache';

import { rankOfAction } from './actions.js';
import { auditEventFor, formatPath } from './audit.js';
import { compose } from './composer.js';
import { Correlator } from './correlation.js';
import { VanguardError, VanguardErrorCode } from './errors.js';
import {
  clientMethods,
  inferAnsweredMethod,
  type JsonRpcErrorResponse,
  JsonRpcMessageSchema,
  serverMethods,
} from './jsonrpc.js';
import { createRuleLayers } from './layers/rule-layer.js';
import { createSafeZonesLayer } from './layers/safe-zones.js';
import { type GuardOptions, type Limits, LimitsSchema, resolveOptions } from './options.js';
import { checkStructure, engineFinding, utf8Length } from './preflight.js';
import type { Profile } from './profiles.js';
import { bundledProfileTable, bundledRules } from './rules/bundled.js';
import { type CompiledRule, compileRulePacks } from './rules/compile.js';
import { TextSignal } from './text/normalize.js';
import type {
  Action,
  Explanation,
  Finding,
  InspectContext,
  Layer,
  LayerContext,
  MessageType,
  Phase,
  ProfileName,
  RemovedTool,
  Sender,
  Verdict,
} from './types.js';
import { kindsOfKey } from './values/classify.js';
import { extractError, extractParams, extractResult, type RawValue, type ToolSchemaHints } from './values/extract.js';
import { Kind } from './values/kinds.js';
import { scanValues } from './values/scanned.js';

/** The guard: inspects messages and builds the errors adapters send back. */
export interface Guard {
  readonly profile: ProfileName;
  /** Every rule the guard runs in its profile, with its metadata. */
  readonly rules: readonly RuleInfo[];
  /** Inspects one JSON-RPC message (parsed, or raw JSON text or bytes). Never rejects. */
  inspect(message: unknown, context: InspectContext): Promise<Verdict>;
  /**
   * The JSON-RPC error an adapter sends back for a blocked message, or undefined for a notification
   * (notifications are dropped, not answered).
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
  readonly pack: string;
}

const phases: readonly Phase[] = ['normalize', 'auth', 'rules', 'camouflage', 'behavioral', 'semantic'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const verbs: Readonly<Record<Action, string>> = {
  allow: 'Allowed',
  warn: 'Allowed with a warning',
  review: 'Flagged for review',
  'shadow-block': 'Would have blocked (audit only)',
  block: 'Blocked',
};

interface Parsed {
  readonly message: unknown;
  readonly finding?: Finding;
}

// One decoder for every message: decoding without `stream` keeps no state between calls.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseInput(input: unknown, limits: Limits): Parsed {
  let text: string;
  if (input instanceof Uint8Array) {
    if (input.byteLength > limits.maxMessageBytes) {
      return { message: undefined, finding: engineFinding('preflight/max-message-bytes', `message is larger than ${limits.maxMessageBytes} bytes`) };
    }
    try {
      text = utf8.decode(input);
    } catch {
      return { message: undefined, finding: engineFinding('preflight/invalid-utf8', 'message is not valid UTF-8') };
    }
  } else if (typeof input === 'string') {
    text = input;
    if (text.length * 3 > limits.maxMessageBytes && utf8Length(text) > limits.maxMessageBytes) {
      return { message: undefined, finding: engineFinding('preflight/max-message-bytes', `message is larger than ${limits.maxMessageBytes} bytes`) };
    }
  } else {
    return { message: input };
  }
  try {
    return { message: JSON.parse(text) as unknown };
  } catch (error) {
    if (error instanceof RangeError) {
      return { message: undefined, finding: engineFinding('preflight/max-depth', 'message nests too deep to parse') };
    }
    return { message: undefined, finding: engineFinding('preflight/parse-error', `message is not valid JSON: ${(error as Error).message.slice(0, 120)}`) };
  }
}

function messageIdOf(message: unknown): string | number | null {
  if (!isRecord(message)) return null;
  const id = message['id'];
  return typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id)) ? id : null;
}

function typeOf(message: Record<string, unknown>): MessageType {
  if (typeof message['method'] === 'string') return 'id' in message ? 'request' : 'notification';
  if ('result' in message) return 'response';
  return 'error';
}

/** Argument kinds learned from a tool's input schema: property names, `format` and descriptions. */
function hintsFromSchema(schema: unknown): ToolSchemaHints | undefined {
  if (!isRecord(schema) || !isRecord(schema['properties'])) return undefined;
  const hints = new Map<string, number>();
  for (const [prop, definition] of Object.entries(schema['properties'])) {
    let bits = 0;
    if (isRecord(definition)) {
      const format = definition['format'];
      if (format === 'uri' || format === 'url' || format === 'iri' || format === 'hostname' || format === 'ipv4' || format === 'ipv6') bits |= Kind.Url;
      const description = definition['description'];
      if (typeof description === 'string') bits |= kindsOfKey(description) & (Kind.Path | Kind.Url | Kind.Command);
    }
    if (bits) hints.set(prop, bits);
  }
  return hints.size ? hints : undefined;
}

class GuardImpl implements Guard {
  readonly profile: ProfileName;
  readonly rules: readonly RuleInfo[];
  readonly #profile: Profile;
  readonly #options: ReturnType<typeof resolveOptions>;
  readonly #limits: Limits;
  readonly #layers: readonly Layer[];
  readonly #correlator: Correlator;
  readonly #toolHints: LRUCache<string, Map<string, ToolSchemaHints>>;
  readonly #now: () => number;
  readonly #hints: ReadonlyMap<string, string>;

  constructor(options: GuardOptions | undefined) {
    const resolved = resolveOptions(options);
    this.#options = resolved;
    this.profile = resolved.profile;
    this.#profile = bundledProfileTable()[resolved.profile];
    this.#limits = LimitsSchema.parse(resolved.limits);
    this.#now = resolved.now ?? (() => Date.now());
    const rules: CompiledRule[] = [...(resolved.rules.bundled ? bundledRules() : []), ...compileRulePacks(resolved.rules.packs)];
    const ids = new Set<string>();
    for (const rule of rules) {
      if (ids.has(rule.id)) {
        throw new VanguardError(VanguardErrorCode.DuplicateRule, `${rule.source}: rule ${rule.id} is already defined`, { pack: rule.source, rule: rule.id, field: 'id' });
      }
      ids.add(rule.id);
    }
    const off = (rule: CompiledRule): boolean =>
      (resolved.rules.overrides[rule.id] ?? resolved.rules.overrides[rule.family] ?? this.#profile.overrides[rule.id] ?? this.#profile.overrides[rule.family]) === 'off';
    const enabled = rules.filter((rule) => !off(rule) && (rule.profiles === undefined || rule.profiles.has(resolved.profile)));
    this.#hints = new Map(enabled.flatMap((r) => (r.hint === undefined ? [] : [[r.id, r.hint] as const])));
    this.rules = enabled.map((r) => ({ id: r.id, family: r.family, layer: r.layer, description: r.description, severity: r.severity, action: r.action, pack: r.pack }));
    const builtIn = createRuleLayers(enabled, resolved.profile);
    const zones = resolved.safeZones;
    if (zones && (zones.roots.length > 0 || Object.keys(zones.tools).length > 0)) {
      builtIn.splice(2, 0, createSafeZonesLayer({ ...zones, maxDecodeRounds: this.#limits.maxDecodeRounds }));
    }
    const names = new Set<string>(['protocol', 'engine']);
    for (const layer of [...builtIn, ...resolved.layers]) {
      if (names.has(layer.name) && !builtIn.includes(layer)) {
        throw new VanguardError(VanguardErrorCode.InvalidLayer, `two layers are named ${layer.name}`, { layer: layer.name });
      }
      names.add(layer.name);
    }
    // Stable sort: built-in layers first within a phase, then user layers in the order given.
    this.#layers = [...builtIn, ...resolved.layers].sort((a, b) => phases.indexOf(a.phase) - phases.indexOf(b.phase));
    this.#correlator = new Correlator(resolved.correlation);
    this.#toolHints = new LRUCache({ max: Math.max(16, Math.floor(resolved.correlation.maxEntries / 10)) });
  }

  async inspect(input: unknown, context: InspectContext): Promise<Verdict> {
    const started = performance.now();
    const ctx = {
      ...context,
      from: context?.from === 'server' ? 'server' : 'client',
      sessionId: typeof context?.sessionId === 'string' ? context.sessionId : 'default',
      serverId: typeof context?.serverId === 'string' ? context.serverId : 'default',
    } as InspectContext & { from: Sender; sessionId: string; serverId: string };
    let verdict: Verdict;
    let messageId: string | number | null = null;
    try {
      const parsed = parseInput(input, this.#limits);
      messageId = messageIdOf(parsed.message);
      if (parsed.finding) {
        verdict = this.#verdict([parsed.finding], 'invalid', undefined, undefined, started);
      } else if (context?.from !== 'client' && context?.from !== 'server') {
        verdict = this.#verdict([engineFinding('preflight/invalid-context', 'inspect context.from must be "client" or "server"')], 'invalid', undefined, undefined, started);
      } else {
        verdict = await this.#inspectParsed(parsed.message, ctx, started);
      }
    } catch (error) {
      verdict = this.#verdict(
        [{ ...engineFinding('engine/internal-error', `inspection failed: ${(error as Error)?.message ?? String(error)}`), action: this.#profile.layerFailure }],
        'invalid', undefined, undefined, started,
      );
    }
    this.#emitAudit(verdict, ctx, messageId);
    return verdict;
  }

  async #inspectParsed(message: unknown, ctx: InspectContext & { from: Sender; sessionId: string; serverId: string }, started: number): Promise<Verdict> {
    const structural = checkStructure(message, this.#limits, undefined);
    if (structural) return this.#verdict([structural], 'invalid', undefined, undefined, started);
    if (Array.isArray(message)) return this.#inspectBatch(message, ctx, started);
    return this.#inspectOne(message, ctx, started);
  }

  async #inspectBatch(batch: readonly unknown[], ctx: InspectContext & { from: Sender; sessionId: string; serverId: string }, started: number): Promise<Verdict> {
    if (batch.length === 0) {
      return this.#verdict([engineFinding('protocol/invalid-message', 'an empty batch is not a valid JSON-RPC message')], 'batch', undefined, undefined, started);
    }
    const findings: Finding[] = [];
    for (let i = 0; i < batch.length; i++) {
      const item = await this.#inspectOne(batch[i], ctx, started);
      for (const f of item.findings) findings.push({ ...f, path: [i, ...f.path] });
    }
    return this.#verdict(findings, 'batch', undefined, undefined, started);
  }

  async #inspectOne(message: unknown, ctx: InspectContext & { from: Sender; sessionId: string; serverId: string }, started: number): Promise<Verdict> {
    const valid = JsonRpcMessageSchema.safeParse(message);
    if (!valid.success || !isRecord(message)) {
      const issue = valid.success ? undefined : valid.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return this.#verdict(
        [engineFinding('protocol/invalid-message', `not a valid JSON-RPC 2.0 message${where}: ${issue?.message ?? 'expected an object'}`, issue?.path.filter((p): p is string | number => typeof p !== 'symbol') ?? [])],
        'invalid', undefined, undefined, started,
      );
    }
    const type = typeOf(message);
    const findings: Finding[] = [];
    const raws: RawValue[] = [];
    let method: string | undefined;
    let tool: string | undefined;
    const id = messageIdOf(message);
    if (type === 'request' || type === 'notification') {
      method = message['method'] as string;
      const params = message['params'];
      if (method === 'tools/call' && isRecord(params) && typeof params['name'] === 'string') tool = params['name'];
      const expected = ctx.from === 'client' ? clientMethods : serverMethods;
      if (!expected.has(method) && !method.startsWith('notifications/')) {
        const other = ctx.from === 'client' ? serverMethods : clientMethods;
        findings.push({
          layer: 'protocol',
          rule: other.has(method) ? 'protocol/wrong-direction' : 'protocol/unknown-method',
          family: 'protocol',
          severity: other.has(method) ? 'high' : 'low',
          action: other.has(method) ? 'block' : 'warn',
          message: other.has(method) ? `${method} may not be sent by the ${ctx.from}` : `unknown method ${method.slice(0, 80)}`,
          path: ['method'],
          deterministic: true,
        });
      }
      const hints = tool ? this.#toolHints.get(`${ctx.sessionId}\u0000${ctx.serverId}`)?.get(tool) : undefined;
      if (params !== undefined) extractParams(method, params, hints, raws);
    } else {
      const requester: Sender = ctx.from === 'client' ? 'server' : 'client';
      const pending = id === null ? undefined : this.#correlator.take(ctx.sessionId, ctx.serverId, requester, id);
      if (type === 'response') {
        const result = message['result'] as Record<string, unknown>;
        method = pending?.method ?? inferAnsweredMethod(result);
        tool = pending?.tool;
        extractResult(method, result, raws);
      } else {
        method = pending?.method;
        tool = pending?.tool;
        extractError(message['error'], raws);
      }
    }
    const values = scanValues(raws, this.#limits, ctx.from);
    const broken = values.find((v) => v.signals & TextSignal.LoneSurrogate);
    if (broken) {
      // Not valid Unicode: it cannot be encoded as UTF-8 as it is. Often a truncation bug, so a warning.
      findings.push({ ...engineFinding('preflight/lone-surrogate', 'a string holds a lone UTF-16 surrogate (not valid Unicode)', broken.path), severity: 'medium', action: 'warn' });
    }
    const layerContext: LayerContext = {
      ...ctx,
      profile: this.profile,
      messageType: type,
      method,
      tool,
      values,
    };
    await this.#runLayers(message, layerContext, findings);
    const verdict = this.#verdict(findings, type, method, tool, started, message);
    if (type === 'request' && id !== null && verdict.action !== 'block' && method !== undefined) {
      this.#correlator.record(ctx.sessionId, ctx.serverId, ctx.from, id, { method, tool });
    }
    if (method === 'tools/list' && type === 'response' && ctx.from === 'server') this.#learnTools(verdict.replacement ?? message, ctx);
    return verdict;
  }

  #learnTools(message: unknown, ctx: { sessionId: string; serverId: string }): void {
    const tools = isRecord(message) && isRecord(message['result']) ? message['result']['tools'] : undefined;
    if (!Array.isArray(tools)) return;
    const key = `${ctx.sessionId}\u0000${ctx.serverId}`;
    const known = this.#toolHints.get(key) ?? new Map<string, ToolSchemaHints>();
    for (const t of tools) {
      if (!isRecord(t) || typeof t['name'] !== 'string') continue;
      const hints = hintsFromSchema(t['inputSchema']);
      if (hints) known.set(t['name'], hints);
    }
    this.#toolHints.set(key, known);
  }

  async #runLayers(message: unknown, context: LayerContext, findings: Finding[]): Promise<void> {
    for (const layer of this.#layers) {
      // Semantic layers can only escalate: skip them once the deterministic findings already block
      // (after the user's and the profile's overrides, which may have lowered a rule's own action).
      if (layer.phase === 'semantic' && compose(findings, this.#profile, this.#options.rules.overrides).action === 'block') continue;
      const deterministic = layer.deterministic ?? layer.phase !== 'semantic';
      try {
        let result = layer.inspect(message, context);
        if (result instanceof Promise) result = await this.#withTimeout(result, layer.name, context.signal);
        if (!Array.isArray(result)) throw new TypeError('inspect must return an array of findings');
        for (const f of result as readonly Finding[]) {
          if (!isRecord(f) || typeof f.rule !== 'string' || rankOfAction(f.action) === undefined) {
            throw new TypeError('a finding needs a rule id and a known action');
          }
          findings.push({
            ...f,
            layer: layer.name,
            family: typeof f.family === 'string' ? f.family : f.rule.split('/')[0] ?? f.rule,
            severity: f.severity ?? 'medium',
            path: Array.isArray(f.path) ? f.path : [],
            message: typeof f.message === 'string' ? f.message : f.rule,
            deterministic,
          });
        }
      } catch (error) {
        const timedOut = error instanceof LayerTimeout;
        findings.push({
          layer: layer.name,
          rule: timedOut ? 'engine/layer-timeout' : 'engine/layer-error',
          family: 'engine',
          severity: 'high',
          action: this.#profile.layerFailure,
          message: timedOut
            ? `layer ${layer.name} did not answer within ${this.#options.layerTimeoutMs} ms`
            : `layer ${layer.name} failed: ${String((error as Error)?.message ?? error).slice(0, 200)}`,
          path: [],
          deterministic: true,
        });
      }
    }
  }

  #withTimeout<T>(promise: Promise<T>, name: string, signal: AbortSignal | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(new Error('inspection aborted'));
        return;
      }
      const timer = setTimeout(() => reject(new LayerTimeout(name)), this.#options.layerTimeoutMs);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(new Error('inspection aborted'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      promise.then(
        (value) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  #verdict(
    findings: readonly Finding[],
    messageType: MessageType,
    method: string | undefined,
    tool: string | undefined,
    started: number,
    message?: Record<string, unknown>,
  ): Verdict {
    const composition = compose(findings, this.#profile, this.#options.rules.overrides);
    let replacement: unknown;
    let removedTools: RemovedTool[] | undefined;
    if (composition.action === 'block' && method === 'tools/list' && messageType === 'response' && message && this.#profile.toolPoisoning === 'remove-tools') {
      const removal = removePoisonedTools(message, composition.findings, composition.effective);
      if (removal) ({ replacement, removedTools } = removal);
    }
    const primary = composition.primary;
    const profileEffect =
      composition.requested !== undefined && composition.requested !== composition.action
        ? `${composition.requested} → ${composition.action} (${this.profile} profile)`
        : `${composition.action} (unchanged by the ${this.profile} profile)`;
    const what = method ? `${method}${tool ? ` ${tool}` : ''}` : messageType;
    let summary: string;
    if (!primary) summary = `${verbs.allow} ${what}: ${composition.findings.length ? `${composition.findings.length} finding(s) below any action` : 'no findings'}`;
    else if (removedTools) summary = `Removed ${removedTools.length} poisoned tool(s) from ${what}: ${removedTools.map((t) => t.name).join(', ')} (${primary.rule})`;
    else summary = `${verbs[composition.action]} ${what}: ${primary.message} (${primary.rule}${primary.path.length ? ` at ${formatPath(primary.path)}` : ''})`;
    const explain: Explanation = {
      summary,
      layer: primary?.layer,
      rule: primary?.rule,
      family: primary?.family,
      profileEffect,
      hint: primary
        ? `${this.#hints.get(primary.rule) ?? ''}${this.#hints.has(primary.rule) ? ' ' : ''}If this traffic is expected, set rules.overrides["${primary.rule}"] to "warn" (or "off"), or tune the whole family with rules.overrides["${primary.family}"].`
        : undefined,
    };
    return {
      action: composition.action,
      findings: composition.findings,
      primary,
      explain,
      profile: this.profile,
      messageType,
      method,
      tool,
      ...(replacement === undefined || removedTools === undefined ? {} : { replacement, removedTools }),
      durationMs: performance.now() - started,
    };
  }

  #emitAudit(verdict: Verdict, ctx: InspectContext & { sessionId: string; serverId: string }, messageId: string | number | null): void {
    const sink = this.#options.audit;
    if (!sink || (verdict.action === 'allow' && !this.#options.auditAllowed)) return;
    try {
      const result = sink(auditEventFor(verdict, ctx, messageId, this.#now()));
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
    const id = messageIdOf(parsed);
    const primary = verdict.primary;
    const reason = primary?.message ?? 'blocked by policy';
    return {
      jsonrpc: '2.0',
      ...(id === null ? {} : { id }),
      error: {
        code: this.#options.errorCode,
        message: `Blocked by Vanguard: ${reason}${primary ? ` (${primary.rule})` : ''}`,
        data: {
          rule: primary?.rule ?? null,
          layer: primary?.layer ?? null,
          action: verdict.action,
          reason,
          ...(primary?.path.length ? { path: formatPath(primary.path) } : {}),
        },
      },
    };
  }
}

class LayerTimeout extends Error {
  constructor(name: string) {
    super(`layer ${name} timed out`);
  }
}

/** Drops the tools that blocking findings point into; undefined if a block is not tool-specific. */
function removePoisonedTools(
  message: Record<string, unknown>,
  findings: readonly Finding[],
  effective: readonly Action[],
): { replacement: unknown; removedTools: RemovedTool[] } | undefined {
  const result = message['result'];
  if (!isRecord(result) || !Array.isArray(result['tools'])) return undefined;
  const poisoned = new Map<number, Set<string>>();
  for (let i = 0; i < findings.length; i++) {
    if (effective[i] !== 'block') continue;
    const path = findings[i]!.path;
    if (path[0] !== 'result' || path[1] !== 'tools' || typeof path[2] !== 'number') return undefined;
    const rules = poisoned.get(path[2]) ?? new Set<string>();
    rules.add(findings[i]!.rule);
    poisoned.set(path[2], rules);
  }
  const tools = result['tools'] as unknown[];
  const removedTools: RemovedTool[] = [...poisoned.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, rules]) => {
      const t = tools[index];
      return { index, name: isRecord(t) && typeof t['name'] === 'string' ? t['name'] : `#${index}`, rules: [...rules] };
    });
  const replacement = { ...message, result: { ...result, tools: tools.filter((_, i) => !poisoned.has(i)) } };
  return { replacement, removedTools };
}

/**
 * Creates a guard. Options are validated here, once: a bad option throws a {@link VanguardError}
 * with code `VG_ERR_INVALID_OPTIONS` (bad rules: `VG_ERR_RULE_INVALID`, `VG_ERR_REGEX_UNSUPPORTED`).
 *
 * @example
 * const guard = createGuard({ profile: 'balanced' });
 * const verdict = await guard.inspect(message, { from: 'client', sessionId: 'conn-1' });
 * if (verdict.action === 'block') send(guard.errorFor(message, verdict));
 */
export function createGuard(options?: GuardOptions): Guard {
  return new GuardImpl(options);
}
