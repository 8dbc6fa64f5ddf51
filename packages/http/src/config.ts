import { AuthOptionsSchema, ScopeSchema } from '@vanguard/core';
import { z } from 'zod';

const Names = z.array(z.string().min(1));

/** One API key in a config file: the key itself, or the environment variable that holds it. */
const ApiKeySchema = z
  .object({
    id: z.string().min(1),
    key: z.string().min(16).optional(),
    /** Read the key from this environment variable (keeps keys out of the file). */
    keyEnv: z.string().min(1).optional(),
    scopes: Names.optional(),
    roles: Names.optional(),
  })
  .strict()
  .refine((k) => (k.key === undefined) !== (k.keyEnv === undefined), { message: 'give exactly one of key and keyEnv' });

const JwtSchema = z
  .object({
    jwksUrl: z.url().optional(),
    keys: z.array(z.record(z.string(), z.unknown())).optional(),
    issuer: z.union([z.string().min(1), Names.min(1)]),
    audience: z.union([z.string().min(1), Names.min(1)]),
    algorithms: Names.optional(),
    clockToleranceSec: z.number().int().min(0).max(600).optional(),
    requiredClaims: Names.optional(),
    scopeClaim: z.string().min(1).optional(),
    rolesClaim: z.string().min(1).optional(),
  })
  .strict()
  .refine((j) => j.jwksUrl !== undefined || (j.keys?.length ?? 0) > 0, { message: 'give jwksUrl or keys' });

/** Who may use the gateway: API keys and/or bearer JWTs. `VANGUARD_API_KEY` adds keys. */
export const AuthenticationSchema = z
  .object({
    apiKeys: z.array(ApiKeySchema).optional(),
    jwt: JwtSchema.optional(),
    /** Scopes every request needs. */
    requiredScopes: Names.optional(),
  })
  .strict();

export const GatewayLimitsSchema = z
  .object({
    maxBodyBytes: z.number().int().positive().optional(),
    ratePerMinute: z.number().int().min(0).optional(),
    concurrencyPerPrincipal: z.number().int().min(0).optional(),
    concurrency: z.number().int().min(0).optional(),
    sessionsPerPrincipal: z.number().int().min(0).optional(),
    sessions: z.number().int().min(0).optional(),
    sessionIdleMs: z.number().int().positive().optional(),
  })
  .strict();

/** One upstream: a remote MCP endpoint (`url`) or a stdio server the gateway spawns (`command`). */
export const UpstreamConfigSchema = z
  .object({
    /** Path prefix (`/<name>/mcp`) and server id in audit events; kebab-case. */
    name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case kebab-case name'),
    url: z.url().optional(),
    command: z.array(z.string().min(1)).min(1).optional(),
    /** For `command`: a server process per MCP session (default), or one shared by all sessions. */
    spawn: z.enum(['per-session', 'shared']).optional(),
    /** The upstream's legacy HTTP+SSE endpoint, served at `/<name>/sse` with the endpoint rewritten. */
    sseUrl: z.url().optional(),
    /** Headers sent upstream (the gateway's own credentials for that server). */
    headers: z.record(z.string(), z.string()).optional(),
    /** For `url`: most milliseconds to connect and receive the response headers (default 30000); streams are not cut. */
    headersTimeoutMs: z.number().int().positive().optional(),
    /** Pass the client's Authorization header upstream (default false). */
    passAuthorization: z.boolean().optional(),
    profile: z.enum(['monitor', 'balanced', 'strict']).optional(),
    /** Per rule id or family for this upstream; wins over the file's `rules.overrides`. */
    overrides: z.record(z.string().min(1), z.enum(['allow', 'warn', 'review', 'shadow-block', 'block', 'off'])).optional(),
    safeZones: z
      .object({ roots: Names.default([]), tools: z.record(z.string(), Names.min(1)).default({}), action: z.enum(['warn', 'review', 'block']).default('block') })
      .strict()
      .optional(),
    scopes: z.array(ScopeSchema).optional(),
    /** Per-tool required scopes and roles (the auth layer in core). */
    authorization: AuthOptionsSchema.optional(),
    /** Credentials for this upstream instead of the gateway's; `false`: none. */
    authentication: z.union([AuthenticationSchema, z.literal(false)]).optional(),
  })
  .strict()
  .refine((u) => (u.url === undefined) !== (u.command === undefined), { message: 'give exactly one of url and command' });

/** The `gateway:` section of a vanguard config file. */
export const GatewayConfigSchema = z
  .object({
    /** `HOST:PORT`; `--listen` wins. */
    listen: z.string().min(1).optional(),
    /** The public base URL (behind a reverse proxy), for OAuth Protected Resource Metadata. */
    publicUrl: z.url().optional(),
    allowedHosts: Names.optional(),
    allowedOrigins: Names.optional(),
    authentication: AuthenticationSchema.optional(),
    authorizationServers: z.array(z.url()).optional(),
    limits: GatewayLimitsSchema.optional(),
    upstreams: z.array(UpstreamConfigSchema).min(1).optional(),
  })
  .strict()
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    for (const [i, u] of (g.upstreams ?? []).entries()) {
      if (seen.has(u.name)) ctx.addIssue({ code: 'custom', path: ['upstreams', i, 'name'], message: `two upstreams are named ${u.name}` });
      seen.add(u.name);
    }
  });

export type GatewayConfig = z.output<typeof GatewayConfigSchema>;
export type UpstreamConfig = z.output<typeof UpstreamConfigSchema>;
export type AuthenticationConfig = z.output<typeof AuthenticationSchema>;
