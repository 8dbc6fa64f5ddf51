import type { Principal } from '@vanguard/core';
import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, type JWK, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';

import { type GatewayRequest, type HeaderLookup, webRequestOf } from './exchange.js';
import type { Refusal } from './refusal.js';

/** One API key; a bare string is a key with a derived id and no scopes. */
export interface ApiKey {
  /** Shown in audit events and principals instead of the key. Default: `key-` + 8 hex digits of its SHA-256. */
  readonly id?: string;
  readonly key: string;
  readonly scopes?: readonly string[];
  readonly roles?: readonly string[];
}

/** Bearer JWTs verified with `jose`, against a JWKS URL or static keys. */
export interface JwtOptions {
  /** JWKS endpoint; cached, and fetched again when a token names an unknown `kid` (at most once per `jwksCooldownMs`). */
  readonly jwksUrl?: string;
  /** Static public keys (JWK) instead of, or besides, a JWKS URL. */
  readonly keys?: readonly JWK[];
  /** Required: the `iss` the tokens must carry (one of). */
  readonly issuer: string | readonly string[];
  /** Required: the `aud` the tokens must carry (one of): the gateway's own resource URL, never the upstream's. */
  readonly audience: string | readonly string[];
  /** Accepted algorithms (default: RS256, ES256, EdDSA, PS256). */
  readonly algorithms?: readonly string[];
  /** Clock skew allowed on `exp`/`nbf`, in seconds (default 30). */
  readonly clockToleranceSec?: number;
  /** Claims every token must have besides `exp` (always required), e.g. `sub`. Default `['sub']`. */
  readonly requiredClaims?: readonly string[];
  /** Claim holding the scopes (space-separated string or array; default `scope`, `scp` also read). */
  readonly scopeClaim?: string;
  /** Claim holding the roles (array or space-separated string; default `roles`). */
  readonly rolesClaim?: string;
  readonly jwksCooldownMs?: number;
  readonly jwksTimeoutMs?: number;
}

export interface AuthenticatorOptions {
  /** API keys, sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
  readonly apiKeys?: readonly (string | ApiKey)[];
  readonly jwt?: JwtOptions;
  /** Scopes every request needs (403 `insufficient_scope` otherwise). */
  readonly requiredScopes?: readonly string[];
}

export type AuthOutcome = { readonly ok: true; readonly principal: Principal | undefined } | { readonly ok: false; readonly refusal: Refusal };

/** Checks a request's credentials; `resourceMetadataUrl` goes into `WWW-Authenticate` (RFC 9728). */
export interface Authenticator {
  /** Whether any credential is configured (without, every request is anonymous). */
  readonly enabled: boolean;
  authenticate(request: Request, resourceMetadataUrl?: string): Promise<AuthOutcome>;
}

const encoder = new TextEncoder();
const digest = async (text: string): Promise<Uint8Array> => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Constant-time comparison of two equal-length digests. */
function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length && i < b.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

const listOf = (value: unknown): string[] =>
  typeof value === 'string' ? value.split(' ').filter(Boolean) : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const quoted = (value: string): string => value.replace(/["\\\r\n]/g, '');

function challenge(resourceMetadataUrl: string | undefined, extra: Record<string, string> = {}): string {
  const params = { ...extra, ...(resourceMetadataUrl ? { resource_metadata: resourceMetadataUrl } : {}) };
  const list = Object.entries(params).map(([k, v]) => `${k}="${quoted(v)}"`);
  return list.length ? `Bearer ${list.join(', ')}` : 'Bearer';
}

/** Splits `VANGUARD_API_KEY` (one key, or several separated by commas). */
export function apiKeysFromEnv(value: string | undefined): string[] {
  return (value ?? '').split(',').map((k) => k.trim()).filter(Boolean);
}

/**
 * Creates the authenticator: API keys (compared in constant time through their SHA-256, audited by id)
 * and bearer JWTs (issuer, audience and expiry required; clock skew; required claims). Client tokens are
 * never passed upstream by the gateway unless configured.
 */
export function createAuthenticator(options: AuthenticatorOptions = {}): Authenticator {
  const keys = (options.apiKeys ?? []).map((k) => (typeof k === 'string' ? { key: k } : k));
  const digests = Promise.all(keys.map(async (k) => ({ ...k, digest: await digest(k.key), id: k.id ?? `key-${hex(await digest(k.key)).slice(0, 8)}` })));
  const jwt = options.jwt;
  let getKey: JWTVerifyGetKey | undefined;
  if (jwt) {
    const remote = jwt.jwksUrl ? createRemoteJWKSet(new URL(jwt.jwksUrl), { cooldownDuration: jwt.jwksCooldownMs ?? 30_000, timeoutDuration: jwt.jwksTimeoutMs ?? 5000 }) : undefined;
    const local = jwt.keys?.length ? createLocalJWKSet({ keys: jwt.keys.map((k) => ({ ...k })) }) : undefined;
    getKey = async (header, token) => {
      if (local) {
        try {
          return await local(header, token);
        } catch (error) {
          if (!remote) throw error;
        }
      }
      if (!remote) throw new joseErrors.JWKSNoMatchingKey();
      return remote(header, token);
    };
  }
  const required = options.requiredScopes ?? [];
  const enabled = keys.length > 0 || jwt !== undefined;

  async function fromKey(presented: string): Promise<Principal | undefined> {
    const d = await digest(presented);
    let match: (ApiKey & { id: string }) | undefined;
    // Compare with every key, so timing does not tell which one matched.
    for (const k of await digests) if (sameDigest(k.digest, d)) match = k;
    return match && { subject: `apikey:${match.id}`, scopes: match.scopes ?? [], roles: match.roles ?? [], claims: { keyId: match.id } };
  }

  async function fromJwt(token: string): Promise<{ principal: Principal } | { reason: string }> {
    if (!jwt || !getKey) return { reason: 'the token is not a known key' };
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer: typeof jwt.issuer === 'string' ? jwt.issuer : [...jwt.issuer],
        audience: typeof jwt.audience === 'string' ? jwt.audience : [...jwt.audience],
        algorithms: [...(jwt.algorithms ?? ['RS256', 'ES256', 'EdDSA', 'PS256'])],
        clockTolerance: jwt.clockToleranceSec ?? 30,
        requiredClaims: ['exp', 'iss', 'aud', ...(jwt.requiredClaims ?? ['sub'])],
      });
      return { principal: principalOf(payload, jwt) };
    } catch (error) {
      return { reason: reasonOf(error) };
    }
  }

  async function fromHeaders(headers: HeaderLookup, resourceMetadataUrl?: string): Promise<AuthOutcome> {
    if (!enabled) return { ok: true, principal: undefined };
    const header = headers.get('authorization');
    const apiKey = headers.get('x-api-key');
    const bearer = header !== null && /^bearer\s+/i.test(header) ? header.replace(/^bearer\s+/i, '').trim() : undefined;
    const unauthenticated = (reason: string, invalid: boolean): AuthOutcome => ({
      ok: false,
      refusal: {
        rule: 'adapter/unauthenticated',
        status: 401,
        reason,
        headers: { 'www-authenticate': challenge(resourceMetadataUrl, invalid ? { error: 'invalid_token', error_description: reason } : {}) },
      },
    });
    let principal: Principal | undefined;
    if (apiKey !== null && apiKey !== '') {
      principal = await fromKey(apiKey);
      if (!principal) return unauthenticated('the API key is not valid', true);
    } else if (bearer !== undefined && bearer !== '') {
      principal = keys.length ? await fromKey(bearer) : undefined;
      if (!principal) {
        const verified = await fromJwt(bearer);
        if ('reason' in verified) return unauthenticated(verified.reason, true);
        principal = verified.principal;
      }
    } else {
      return unauthenticated(header === null ? 'no credentials: send Authorization: Bearer <token> or X-API-Key' : 'the Authorization header is not a Bearer credential', false);
    }
    const lacking = required.filter((s) => !principal.scopes?.includes(s));
    if (lacking.length) {
      return {
        ok: false,
        refusal: {
          rule: 'adapter/forbidden',
          status: 403,
          reason: `missing scope ${lacking.join(' ')}`,
          headers: { 'www-authenticate': challenge(resourceMetadataUrl, { error: 'insufficient_scope', scope: required.join(' ') }) },
          data: { requiredScopes: lacking },
        },
      };
    }
    return { ok: true, principal };
  }

  const authenticator: Authenticator = { enabled, authenticate: (request, resourceMetadataUrl) => fromHeaders(request.headers, resourceMetadataUrl) };
  byHeaders.set(authenticator, fromHeaders);
  return authenticator;
}

/** Authenticators made by `createAuthenticator`: they read headers only, so any `GatewayRequest` does. */
const byHeaders = new WeakMap<Authenticator, (headers: HeaderLookup, resourceMetadataUrl?: string) => Promise<AuthOutcome>>();

/** Checks a request's credentials: with its headers for this package's authenticators, as a web `Request` for another's. */
export function authenticate(authenticator: Authenticator, request: GatewayRequest, resourceMetadataUrl: string): Promise<AuthOutcome> {
  const fromHeaders = byHeaders.get(authenticator);
  return fromHeaders ? fromHeaders(request.headers, resourceMetadataUrl) : authenticator.authenticate(webRequestOf(request), resourceMetadataUrl);
}

function principalOf(payload: JWTPayload, jwt: JwtOptions): Principal {
  const scopeClaim = jwt.scopeClaim ?? 'scope';
  const scopes = [...listOf(payload[scopeClaim]), ...(scopeClaim === 'scope' ? listOf(payload['scp']) : [])];
  return {
    subject: typeof payload.sub === 'string' ? payload.sub : `${String(payload.iss)}#anonymous`,
    scopes,
    roles: listOf(payload[jwt.rolesClaim ?? 'roles']),
    ...(typeof payload.iss === 'string' ? { issuer: payload.iss } : {}),
    claims: payload,
  };
}

/** A short reason for the audit trail and `error_description`, never the token itself. */
function reasonOf(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted (${error.reason})`;
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'the token was signed by an unknown key';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof joseErrors.JWKSTimeout) return 'the key set could not be fetched in time';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'the token algorithm is not accepted';
  if (error instanceof joseErrors.JWTInvalid || error instanceof joseErrors.JWSInvalid) return 'the token is malformed';
  return 'the token could not be verified';
}

