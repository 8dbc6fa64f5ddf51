import { z } from 'zod';

import { VanguardError, VanguardErrorCode } from './errors.js';
import { isLayer } from './layer.js';
import { AuthOptionsSchema } from './auth-options.js';
import { LimitsSchema } from './limits.js';
import { ScopeSchema } from './scopes.js';
import type { RulePackSource } from './rules/compile.js';
import { ActionSchema, ProfileNameSchema } from './rules/schema.js';
import type { AuditSink, Layer, StateStore } from './types.js';

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
        /** How long layer state and tool inventories live without being refreshed. */
        ttlMs: z.number().int().positive().default(60 * 60 * 1000),
      })
      .strict()
      .default({ maxEntries: 100_000, ttlMs: 3_600_000 }),
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
    /** How long an async layer may take (unless it sets its own `timeoutMs`) before it counts as a layer failure. */
    layerTimeoutMs: z.number().int().positive().default(5000),
    /** The JSON-RPC error code `errorFor` uses (implementation-defined range -32000..-32099). */
    errorCode: z.number().int().min(-32099).max(-32000).default(-32010),
    /** Clock, for deterministic tests. */
    now: z.custom<() => number>(isFunction, { message: 'now must be a function returning epoch milliseconds' }).optional(),
  })
  .strict();

export type GuardOptions = z.input<typeof GuardOptionsSchema>;
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
