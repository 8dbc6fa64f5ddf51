import { z } from 'zod';

import { VanguardError, VanguardErrorCode } from './errors.js';
import { isLayer } from './layer.js';
import { AuthOptionsSchema } from './auth-options.js';
import { type Limits, LimitsSchema } from './limits.js';
import { ScopeSchema, type ScopeInput } from './scopes.js';
import { type LockfileSchema } from './stateful/lockfile.js';
import { PinsOptionsSchema, StatefulOptionsSchema } from './stateful/stateful-options.js';
import type { RulePackSource } from './rules/compile.js';
import { ActionSchema, ProfileNameSchema } from './rules/schema.js';
import type { Action, AuditSink, Layer, ProfileName, StateStore } from './types.js';

/** What calling a tool takes: every one of `scopes`, and one of `roles` (when given). */
export interface ToolRequirementInput {
  scopes?: string[] | undefined;
  roles?: string[] | undefined;
}

export { LimitsSchema } from './limits.js';
export type { Limits } from './limits.js';

const isFunction = (v: unknown): boolean => typeof v === 'function';
const LayerSchema = z.custom<Layer>(isLayer, { message: 'a layer must be made with defineLayer() (a kebab-case name, a known phase, a description and an inspect function)' });
const StoreSchema = z.custom<StateStore>(
  (v) => typeof v === 'object' && v !== null && ['get', 'set', 'take', 'delete', 'increment', 'hit'].every((m) => isFunction((v as Record<string, unknown>)[m])),
  { message: 'store must implement StateStore (get, set, take, delete, increment, hit); see createMemoryStore()' },
);

const PackSourceSchema = z.custom<RulePackSource>(
  (v) =>
    typeof v === 'object' && v !== null && typeof (v as RulePackSource).name === 'string' &&
    (typeof (v as RulePackSource).content === 'string' || typeof (v as RulePackSource).content === 'object'),
  { message: 'a rule pack is { name, content } with YAML text or a parsed object as content' },
);

/** Options of {@link createGuard}. Validated once; a bad option throws `VG_ERR_INVALID_OPTIONS`. */
export const GuardOptionsSchema = z
  .object({
    /** `monitor` (audit only), `balanced` (default) or `strict`. */
    profile: ProfileNameSchema.default('balanced'),
    rules: z
      .object({
        /** Load the rule packs shipped with Vanguard. */
        bundled: z.boolean().default(true),
        /** More rule packs (YAML text or parsed objects). */
        packs: z.array(PackSourceSchema).default([]),
        /** Per rule id or family: the action to request instead, or `off`. Wins over the profile's. */
        overrides: z.record(z.string(), z.union([ActionSchema, z.literal('off')])).default({}),
      })
      .strict()
      .default({ bundled: true, packs: [], overrides: {} }),
    limits: LimitsSchema.partial().default({}),
    /**
     * Allowed roots for path arguments (off unless roots are given). Checked after decoding, separator
     * normalization and lexical resolution of `.` and `..`; a tool's own list replaces the global one.
     */
    safeZones: z
      .object({
        roots: z.array(z.string().min(1)).default([]),
        tools: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
        action: z.enum(['warn', 'review', 'block']).default('block'),
      })
      .strict()
      .optional(),
    /** Who may call (and see) which tool: per-tool scopes and roles of the principal (the auth layer; off unless given). */
    auth: AuthOptionsSchema.optional(),
    /** Extra layers, run in phase order after the built-in ones of the same phase. */
    layers: z.array(LayerSchema).default([]),
    /** Receives one audit event per verdict. */
    audit: z.custom<AuditSink>(isFunction, { message: 'audit must be a function' }).optional(),
    /** Emit audit events for `allow` verdicts too (default true). */
    auditAllowed: z.boolean().default(true),
    /** Where sessions live: correlation, tool inventories, layer state. Default: `createMemoryStore(state)`. */
    store: StoreSchema.optional(),
    /** Bounds of the default in-memory store, and the default TTL of layer state. */
    state: z
      .object({
        /** Most entries the default in-memory store keeps (least recently used go first). */
        maxEntries: z.number().int().positive().default(100_000),
        /** Most bytes the default in-memory store's entries weigh together, as JSON text (least recently used go first). */
        maxBytes: z.number().int().positive().default(256 * 1024 * 1024),
        /** How long layer state and tool inventories live without being refreshed. */
        ttlMs: z.number().int().positive().default(60 * 60 * 1000),
      })
      .strict()
      .default({ maxEntries: 100_000, maxBytes: 256 * 1024 * 1024, ttlMs: 3_600_000 }),
    /** The stateful layers: behaviour, data flow and budgets (see docs/stateful.md). */
    stateful: StatefulOptionsSchema,
    /** Rug-pull protection: first-use pins or a lockfile from `vanguard pin` (see docs/stateful.md#drift). */
    pins: PinsOptionsSchema,
    correlation: z
      .object({
        /** How long a request waits for its response before it is forgotten. */
        ttlMs: z.number().int().positive().default(10 * 60 * 1000),
      })
      .strict()
      .default({ ttlMs: 600_000 }),
    /** Policy per server, tool or principal; later entries refine earlier ones (see docs/configuration.md). */
    scopes: z.array(ScopeSchema).default([]),
    /** Names this guard's host in audit events (the node JSONL sink fills in the machine's name). */
    host: z.string().min(1).optional(),
    /**
     * What the guard remembers of texts it has read (tool definitions, schema words and descriptions servers
     * send again and again), so a repeated `tools/list` is not analysed anew. Results only: a verdict is the
     * same with any bounds, 0 entries turns remembering off.
     */
    caches: z
      .object({
        /** Most results each cache keeps (least recently used go first). */
        maxEntries: z.number().int().min(0).default(4096),
        /** Longest text (or tool definition, as JSON) whose results are kept, in UTF-16 code units. */
        maxTextLength: z.number().int().min(0).default(16 * 1024),
      })
      .strict()
      .default({ maxEntries: 4096, maxTextLength: 16 * 1024 }),
    /** How long an async layer may take (unless it sets its own `timeoutMs`) before it counts as a layer failure. */
    layerTimeoutMs: z.number().int().positive().default(5000),
    /** The JSON-RPC error code `errorFor` uses (implementation-defined range -32000..-32099). */
    errorCode: z.number().int().min(-32099).max(-32000).default(-32010),
    /** Clock, for deterministic tests. */
    now: z.custom<() => number>(isFunction, { message: 'now must be a function returning epoch milliseconds' }).optional(),
  })
  .strict();

/**
 * Options of {@link createGuard}. Every field is optional: `createGuard()` runs the bundled rules with the
 * `balanced` profile. Validated once, in `createGuard`, by {@link GuardOptionsSchema} (a type-level test keeps
 * this interface and the schema in step); a bad option throws `VG_ERR_INVALID_OPTIONS`. A field set to
 * `undefined` counts as not set.
 */
export interface GuardOptions {
  /** `monitor` (audit only: blocks become `shadow-block`), `balanced` (default) or `strict`. */
  profile?: ProfileName | undefined;
  /** Which rules run, and what they do. */
  rules?: {
    /** Load the rule packs shipped with Vanguard (default true). */
    bundled?: boolean | undefined;
    /** More rule packs: YAML text or parsed objects, each with the name errors cite (default none). */
    packs?: RulePackSource[] | undefined;
    /** Per rule id, `family/*` or family: the action to request instead, or `'off'`. Wins over the profile's. */
    overrides?: Record<string, Action | 'off'> | undefined;
  } | undefined;
  /** Size and shape limits of one message; a message over one is blocked with a `preflight/*` rule. */
  limits?: { [K in keyof Limits]?: Limits[K] | undefined } | undefined;
  /**
   * Allowed roots for path arguments (off unless roots are given). Checked after decoding, separator
   * normalization and lexical resolution of `.` and `..`.
   */
  safeZones?: {
    /** Roots for every tool. */
    roots?: string[] | undefined;
    /** Per tool name: its own roots, replacing `roots` for that tool. */
    tools?: Record<string, string[]> | undefined;
    /** What a path outside the zones gets (default `block`). */
    action?: 'warn' | 'review' | 'block' | undefined;
  } | undefined;
  /** Extra layers made with `defineLayer`, run in phase order after the built-in ones of the same phase. */
  layers?: Layer[] | undefined;
  /**
   * Who may call which tool (the auth layer; off unless given): per-tool required scopes and roles,
   * what destructive tools take, and whether `tools/list` answers hide what the principal may not call.
   * Tool names are compared after normalization. See docs/gateway.md#authorization.
   */
  auth?: {
    /** Per tool name: the scopes the principal must all hold, and roles of which it must hold one. */
    tools?: Record<string, ToolRequirementInput> | undefined;
    /** What calling a destructive tool takes (`destructiveHint: true`, or listed in `destructiveTools`). */
    destructive?: ToolRequirementInput | undefined;
    /** Tools to treat as destructive whatever their annotations say. */
    destructiveTools?: string[] | undefined;
    /** What calling any other tool takes (default: nothing). */
    default?: ToolRequirementInput | undefined;
    /** Remove from `tools/list` answers the tools the principal may not call (default true). */
    filterToolsList?: boolean | undefined;
  } | undefined;
  /** The built-in stateful layers (see docs/stateful.md). */
  stateful?: {
    /** Sliding-window and sequence rules of rules/behaviour.yaml (default true). */
    behaviour?: boolean | undefined;
    /** Fingerprints of sensitive results followed into outbound arguments, and provenance of recipients (default true). */
    dataFlow?: boolean | undefined;
    /** Circuit breakers per session: calls, risky and blocked messages per window (default false). */
    budgets?: boolean | undefined;
    /** Tools whose results are sensitive, by name. */
    sensitiveTools?: string[] | undefined;
    /** Paths whose content is sensitive. */
    sensitivePaths?: string[] | undefined;
    /**
     * What a session's calls leave for later ones (a file downloaded, a credential copied, a script written, a
     * remote pointed), read with a later call's shell lines; `false` keeps nothing (default: 24 files or
     * remotes of each kind, 8 scripts of at most 4096 characters, for `state.ttlMs`).
     */
    carry?: false | { maxEntries?: number | undefined; maxScripts?: number | undefined; maxScriptLength?: number | undefined } | undefined;
  } | undefined;
  /** Rug-pull protection: pins of each server's `initialize` answer and tool definitions (see docs/stateful.md#drift). */
  pins?: {
    /** Pin on first use and report later changes (default true). */
    enabled?: boolean | undefined;
    /** A lockfile written by `vanguard pin`: its servers are checked against it instead of first use. */
    lock?: z.input<typeof LockfileSchema> | undefined;
    /** How long a first-use pin is kept in the store (default 30 days; the store may cap it). */
    ttlMs?: number | undefined;
  } | undefined;
  /** Receives one audit event per verdict (`createJsonlFileSink` in `@vanguard/core/node` writes JSONL). */
  audit?: AuditSink | undefined;
  /** Emit audit events for `allow` verdicts too (default true). */
  auditAllowed?: boolean | undefined;
  /** Where sessions live: correlation, tool inventories, layer state. Default: `createMemoryStore(state)`. */
  store?: StateStore | undefined;
  /** Bounds of the default in-memory store, and the default TTL of layer state. */
  state?: {
    /** Most entries the default in-memory store keeps, least recently used go first (default 100,000). */
    maxEntries?: number | undefined;
    /** Most bytes its entries weigh together, as JSON text, least recently used go first (default 256 MiB). */
    maxBytes?: number | undefined;
    /** How long layer state and tool inventories live without being refreshed, in ms (default 1 hour). */
    ttlMs?: number | undefined;
  } | undefined;
  correlation?: {
    /** How long a request waits for its response before it is forgotten, in ms (default 10 minutes). */
    ttlMs?: number | undefined;
  } | undefined;
  /** Policy per server, tool or principal; later entries refine earlier ones. */
  scopes?: ScopeInput[] | undefined;
  /** Names this guard's host in audit events (the node JSONL sink fills in the machine's name). */
  host?: string | undefined;
  /**
   * What the guard remembers of texts it has read (tool definitions, schema words, descriptions), so a
   * repeated `tools/list` is not analysed anew. Verdicts are the same with any bounds.
   */
  caches?: {
    /** Most results each cache keeps, least recently used go first (default 4096; 0 turns remembering off). */
    maxEntries?: number | undefined;
    /** Longest text (or tool definition, as JSON) whose results are kept, in UTF-16 code units (default 16 Ki). */
    maxTextLength?: number | undefined;
  } | undefined;
  /** How long an async layer may take (unless it sets its own `timeoutMs`) before it counts as a failure, in ms (default 5000). */
  layerTimeoutMs?: number | undefined;
  /** The JSON-RPC error code `errorFor` uses, in the implementation-defined range -32099..-32000 (default -32010). */
  errorCode?: number | undefined;
  /** Clock returning epoch milliseconds, for deterministic tests. */
  now?: (() => number) | undefined;
}
export type ResolvedGuardOptions = z.output<typeof GuardOptionsSchema>;

export function resolveOptions(options: unknown): ResolvedGuardOptions {
  const parsed = GuardOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const layersOnly = parsed.error.issues.every((i) => i.path[0] === 'layers' && i.path.length > 1);
    throw new VanguardError(
      layersOnly ? VanguardErrorCode.InvalidLayer : VanguardErrorCode.InvalidOptions,
      `invalid createGuard options: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
      { issues },
    );
  }
  return parsed.data;
}
