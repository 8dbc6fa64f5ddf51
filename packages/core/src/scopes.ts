import { z } from 'zod';

import { LimitsSchema } from './limits.js';
import type { Limits } from './limits.js';
import type { Override } from './profiles.js';
import { ActionSchema } from './rules/schema.js';
import { normalizeToolName } from './text/tool-name.js';
import type { Action, EffectiveSafeZones, Principal } from './types.js';

const OneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const OverrideValueSchema = z.union([ActionSchema, z.literal('off')]);

/** Which messages a scope applies to: every field given must match (an empty `match` matches all). */
export const ScopeMatchSchema = z
  .object({
    /** The `serverId` of the inspect context, or one of several. */
    server: OneOrMany.optional(),
    /** The tool of a `tools/call` (and of its result), compared after normalization (case, invisible characters, lookalikes). */
    tool: OneOrMany.optional(),
    /** The principal: its subject is one of `subject`, and it has at least one of `roles` and one of `scopes`. */
    principal: z
      .object({ subject: OneOrMany.optional(), roles: z.array(z.string().min(1)).min(1).optional(), scopes: z.array(z.string().min(1)).min(1).optional() })
      .strict()
      .optional(),
  })
  .strict();

/** Policy for one server, tool or principal. Later scopes refine earlier ones. */
export const ScopeSchema = z
  .object({
    match: ScopeMatchSchema,
    /** Per rule id, `family/*` or family: the action to request instead, or `off`. Wins over `rules.overrides`. */
    overrides: z.record(z.string().min(1), OverrideValueSchema).optional(),
    /** Allowed roots for path arguments of the matching messages; replaces the global `safeZones.roots`. */
    safeZones: z.object({ roots: z.array(z.string().min(1)).min(1), action: z.enum(['warn', 'review', 'block']).optional() }).strict().optional(),
    /** Size and shape limits for the matching messages (tighter or looser than the global ones). */
    limits: LimitsSchema.partial().optional(),
  })
  .strict();

/** One entry of `createGuard({ scopes })`, as `ScopeSchema` accepts it (a type-level test keeps them equal). */
export interface ScopeInput {
  /** Which messages the scope applies to: every field given must match (an empty `match` matches all). */
  match: {
    /** The `serverId` of the inspect context, or one of several. */
    server?: string | string[] | undefined;
    /** The tool of a `tools/call` (and of its result), compared after normalization (case, invisible characters, lookalikes). */
    tool?: string | string[] | undefined;
    /** The principal: its subject is one of `subject`, and it has at least one of `roles` and one of `scopes`. */
    principal?: { subject?: string | string[] | undefined; roles?: string[] | undefined; scopes?: string[] | undefined } | undefined;
  };
  /** Per rule id, `family/*` or family: the action to request instead, or `off`. Wins over `rules.overrides`. */
  overrides?: Record<string, Action | 'off'> | undefined;
  /** Allowed roots for path arguments of the matching messages; replaces the global `safeZones.roots`. */
  safeZones?: { roots: string[]; action?: 'warn' | 'review' | 'block' | undefined } | undefined;
  /** Size and shape limits for the matching messages (tighter or looser than the global ones). */
  limits?: { [K in keyof Limits]?: Limits[K] | undefined } | undefined;
}
export type Scope = z.output<typeof ScopeSchema>;

/** A scope compiled for matching: names normalized once. */
export interface CompiledScope {
  readonly index: number;
  readonly servers: ReadonlySet<string> | undefined;
  readonly tools: ReadonlySet<string> | undefined;
  readonly subjects: ReadonlySet<string> | undefined;
  readonly roles: readonly string[] | undefined;
  readonly scopes: readonly string[] | undefined;
  readonly overrides: Readonly<Record<string, Override>> | undefined;
  readonly safeZones: EffectiveSafeZones | undefined;
  readonly limits: { readonly [K in keyof Limits]?: Limits[K] | undefined } | undefined;
}

export { normalizeToolName };

const list = (v: string | readonly string[] | undefined): readonly string[] | undefined => (v === undefined ? undefined : typeof v === 'string' ? [v] : v);

export function compileScopes(scopes: readonly Scope[], normalizeRoot: (root: string) => string, defaultAction: EffectiveSafeZones['action']): CompiledScope[] {
  return scopes.map((scope, index) => {
    const servers = list(scope.match.server);
    const tools = list(scope.match.tool);
    const subjects = list(scope.match.principal?.subject);
    return {
      index,
      servers: servers && new Set(servers),
      tools: tools && new Set(tools.map(normalizeToolName)),
      subjects: subjects && new Set(subjects),
      roles: scope.match.principal?.roles,
      scopes: scope.match.principal?.scopes,
      overrides: scope.overrides,
      safeZones: scope.safeZones && { roots: scope.safeZones.roots.map(normalizeRoot), action: scope.safeZones.action ?? defaultAction },
      limits: scope.limits,
    };
  });
}

const anyOf = (wanted: readonly string[] | undefined, held: readonly string[] | undefined): boolean =>
  wanted === undefined || (held !== undefined && wanted.some((w) => held.includes(w)));

/**
 * Whether a scope applies. `tool` is the normalized tool name, or undefined when the message is not about
 * a tool; `null` means "not known yet" (before parsing), where a tool-matching scope does not apply.
 */
export function scopeMatches(scope: CompiledScope, serverId: string, tool: string | undefined | null, principal: Principal | undefined): boolean {
  if (scope.servers && !scope.servers.has(serverId)) return false;
  if (scope.tools && (tool === undefined || tool === null || !scope.tools.has(tool))) return false;
  if (scope.subjects && (principal === undefined || !scope.subjects.has(principal.subject))) return false;
  if (!anyOf(scope.roles, principal?.roles) || !anyOf(scope.scopes, principal?.scopes)) return false;
  return true;
}
