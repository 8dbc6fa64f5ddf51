import { createGuard, createMemoryStore, type GuardOptions, type StateStore, VanguardError, VanguardErrorCode } from '@vanguard/core';

import { type ApiKey, apiKeysFromEnv, type AuthenticatorOptions, type JwtOptions } from './auth.js';
import { type AuthenticationConfig, type GatewayConfig, GatewayConfigSchema, type UpstreamConfig } from './config.js';
import { createGatewayHandler, type GatewayHandler, type GatewayRoute } from './handler.js';
import { stdioUpstream } from './stdio-upstream.js';
import { httpUpstream, type Upstream } from './upstream.js';

export interface GatewayFromConfigOptions {
  /** The `gateway:` section of a config file (validated here). */
  readonly config?: unknown;
  /** Guard options every upstream starts from (profile, rules, limits, audit sink). */
  readonly guard?: GuardOptions;
  /** The upstream when the config declares none: a URL, or a stdio command to spawn. */
  readonly upstream?: { readonly url: string } | { readonly command: readonly string[] };
  /** Environment for `VANGUARD_API_KEY` and `keyEnv` (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Shared state for every upstream's guard and the rate limit (default: one in-memory store). */
  readonly store?: StateStore;
}

function invalid(field: string, message: string, data: Record<string, unknown> = {}): VanguardError {
  return new VanguardError(VanguardErrorCode.InvalidGateway, `gateway: ${field}: ${message}`, { field, ...data });
}

/** Parses the `gateway:` config section; a mistake throws `VG_ERR_GATEWAY_CONFIG` naming the field. */
export function parseGatewayConfig(value: unknown): GatewayConfig {
  const parsed = GatewayConfigSchema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = ['gateway', ...issue.path.map(String)].join('.');
  throw invalid(field, issue.message, { issues: parsed.error.issues.map((i) => ({ path: ['gateway', ...i.path.map(String)].join('.'), message: i.message })) });
}

/** Credentials from a config section plus `VANGUARD_API_KEY`. */
export function authenticatorOptionsOf(config: AuthenticationConfig | undefined, env: Readonly<Record<string, string | undefined>>, field: string, withEnvKeys: boolean): AuthenticatorOptions {
  const keys: ApiKey[] = [];
  for (const [i, k] of (config?.apiKeys ?? []).entries()) {
    const key = k.key ?? env[k.keyEnv!];
    if (!key) throw invalid(`${field}.apiKeys.${i}.keyEnv`, `environment variable ${k.keyEnv} is not set`);
    keys.push({ id: k.id, key, ...(k.scopes ? { scopes: k.scopes } : {}), ...(k.roles ? { roles: k.roles } : {}) });
  }
  if (withEnvKeys) for (const key of apiKeysFromEnv(env['VANGUARD_API_KEY'])) keys.push({ key });
  return {
    ...(keys.length ? { apiKeys: keys } : {}),
    ...(config?.jwt ? { jwt: config.jwt as JwtOptions } : {}),
    ...(config?.requiredScopes ? { requiredScopes: config.requiredScopes } : {}),
  };
}

function upstreamOf(u: UpstreamConfig): Upstream {
  if (u.url !== undefined) return httpUpstream(u.url, { ...(u.headers ? { headers: u.headers } : {}), ...(u.headersTimeoutMs === undefined ? {} : { headersTimeoutMs: u.headersTimeoutMs }) });
  const [command, ...args] = u.command!;
  return stdioUpstream({ command: command!, args, ...(u.spawn ? { mode: u.spawn } : {}) });
}

function guardOptionsFor(base: GuardOptions, u: UpstreamConfig, store: StateStore): GuardOptions {
  const rules = base.rules ?? {};
  return {
    ...base,
    store,
    ...(u.profile ? { profile: u.profile } : {}),
    rules: { ...rules, overrides: { ...(rules.overrides ?? {}), ...(u.overrides ?? {}) } },
    ...(u.safeZones ? { safeZones: u.safeZones } : {}),
    ...(u.scopes ? { scopes: [...(base.scopes ?? []), ...u.scopes] } : {}),
    ...(u.authorization ? { auth: u.authorization } : {}),
  };
}

/**
 * Builds the gateway a config describes: one guard per upstream (its profile, overrides, safe zones,
 * scopes and per-tool authorization on top of the base options), the credentials, the limits and the
 * Host/Origin allowlists.
 */
export function createGatewayFromConfig(options: GatewayFromConfigOptions): GatewayHandler {
  const config = parseGatewayConfig(options.config);
  const env = options.env ?? process.env;
  const store = options.store ?? createMemoryStore();
  const base = options.guard ?? {};
  let upstreams: UpstreamConfig[] | undefined = config.upstreams;
  if (!upstreams) {
    if (!options.upstream) throw invalid('gateway.upstreams', 'no upstream: give --upstream URL, a server command after --, or gateway.upstreams');
    const only: UpstreamConfig = 'command' in options.upstream ? { name: 'default', command: [...options.upstream.command] } : { name: 'default', url: options.upstream.url };
    upstreams = [only];
  } else if (options.upstream) {
    throw invalid('gateway.upstreams', 'the config declares upstreams; do not also give --upstream or a server command');
  }
  const routes: GatewayRoute[] = upstreams.map((u, i) => ({
    name: u.name,
    upstream: upstreamOf(u),
    guard: createGuard(guardOptionsFor(base, u, store)),
    ...(u.passAuthorization ? { passAuthorization: true } : {}),
    ...(u.sseUrl ? { legacySse: { url: u.sseUrl, ...(u.headers ? { headers: u.headers } : {}) } } : {}),
    ...(u.authentication === false ? { auth: false as const } : u.authentication ? { auth: authenticatorOptionsOf(u.authentication, env, `gateway.upstreams.${i}.authentication`, true) } : {}),
  }));
  return createGatewayHandler({
    routes,
    store,
    auth: authenticatorOptionsOf(config.authentication, env, 'gateway.authentication', true),
    ...(config.limits ? { limits: config.limits } : {}),
    origin: { ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}), ...(config.allowedOrigins ? { allowedOrigins: config.allowedOrigins } : {}) },
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.authorizationServers ? { authorizationServers: config.authorizationServers } : {}),
  });
}

const loopback = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Whether `host` is a loopback address (`127.0.0.0/8`, `::1`, `localhost`). */
export function isLoopback(host: string): boolean {
  return loopback.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The listen check: without authentication, `strict` refuses a non-loopback address (throws
 * `VG_ERR_GATEWAY_CONFIG`); other profiles return a warning to print loudly.
 */
export function checkListen(host: string, profile: string, authenticated: boolean): string | undefined {
  if (authenticated || isLoopback(host)) return undefined;
  const message = `listening on ${host} without authentication: anyone who can reach it can use the upstream servers (set VANGUARD_API_KEY or gateway.authentication)`;
  if (profile === 'strict') throw invalid('listen', `refused by the strict profile: ${message}`, { host });
  return `WARNING: ${message}`;
}
