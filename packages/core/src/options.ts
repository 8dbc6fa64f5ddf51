import { z } from 'zod';

import { VanguardError, VanguardErrorCode } from './errors.js';
import type { RulePackSource } from './rules/compile.js';
import { ActionSchema, ProfileNameSchema } from './rules/schema.js';
import type { AuditSink, Layer } from './types.js';

/** Size and shape limits. Every message over one is blocked with a `preflight/*` rule. */
export const LimitsSchema = z
  .object({
    /** Largest message, in UTF-8 bytes (estimated from strings and keys for already parsed messages). */
    maxMessageBytes: z.number().int().positive().default(16 * 1024 * 1024),
    /** Deepest nesting of objects and arrays. */
    maxDepth: z.number().int().positive().default(64),
    /** Longest single string, in UTF-16 code units. */
    maxStringLength: z.number().int().positive().default(8 * 1024 * 1024),
    /** Longest array. */
    maxArrayLength: z.number().int().positive().default(10_000),
    /** Most keys in one object. */
    maxObjectKeys: z.number().int().positive().default(10_000),
    /** Most objects, arrays and values in one message. */
    maxNodes: z.number().int().positive().default(200_000),
    /** Rounds of percent / entity / escape decoding in normalization (values over 64 KiB get one). */
    maxDecodeRounds: z.number().int().min(1).max(16).default(4),
  })
  .strict();

export type Limits = z.infer<typeof LimitsSchema>;

const isFunction = (v: unknown): boolean => typeof v === 'function';
const LayerSchema = z.custom<Layer>(
  (v) =>
    typeof v === 'object' && v !== null &&
    typeof (v as Record<string, unknown>)['name'] === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test((v as Layer).name) &&
    ['normalize', 'auth', 'rules', 'camouflage', 'behavioral', 'semantic'].includes((v as Layer).phase) &&
    isFunction((v as Record<string, unknown>)['inspect']),
  { message: 'a layer needs a kebab-case name, a known phase and an inspect function' },
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
    /** Extra layers, run in phase order after the built-in ones of the same phase. */
    layers: z.array(LayerSchema).default([]),
    /** Receives one audit event per verdict. */
    audit: z.custom<AuditSink>(isFunction, { message: 'audit must be a function' }).optional(),
    /** Emit audit events for `allow` verdicts too (default true). */
    auditAllowed: z.boolean().default(true),
    correlation: z
      .object({
        maxEntries: z.number().int().positive().default(10_000),
        ttlMs: z.number().int().positive().default(10 * 60 * 1000),
      })
      .strict()
      .default({ maxEntries: 10_000, ttlMs: 600_000 }),
    /** How long an async layer may take before its result counts as a layer failure. */
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
