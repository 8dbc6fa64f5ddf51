import { createMemoryStore, type Guard, type Principal, type StateStore } from '@vanguard/core';

import { authenticate, type Authenticator, type AuthenticatorOptions, createAuthenticator } from './auth.js';
import { readBody } from './body.js';
import { type Answer, answerOf, type GatewayRequest, jsonHeaders, NodeRequest, pathOf, servesDirectly, toResponse, urlOf, webRequestOf } from './exchange.js';
import { GatewayLimits, type LimitOptions } from './limits.js';
import { checkHostAndOrigin, type OriginOptions } from './origin.js';
import { createLegacySseProxy, type LegacySseProxy } from './legacy-sse.js';
import { createProxy, type McpProxy } from './proxy.js';
import { type Refusal, refusalAnswer } from './refusal.js';
import type { Upstream } from './upstream.js';

/** One upstream behind the gateway, with its own guard (profile, rules, safe zones, auth layer). */
export interface GatewayRoute {
  /**
   * The server id in guard state and audit events, and the path prefix: `/<name>/mcp`. The route named
   * `default` (or the only route) is also served at `/mcp`.
   */
  readonly name: string;
  readonly upstream: Upstream;
  readonly guard: Guard;
  /** Credentials for this route instead of the gateway's (`false`: none). */
  readonly auth?: AuthenticatorOptions | Authenticator | false;
  /** Pass the client's `Authorization` upstream (default false). */
  readonly passAuthorization?: boolean;
  /**
   * The upstream's legacy HTTP+SSE endpoint: served at `/<name>/sse` (and `/sse`) with the message
   * endpoint `/<name>/message`, the `endpoint` event rewritten to the gateway's URL.
   */
  readonly legacySse?: { readonly url: string; readonly headers?: Readonly<Record<string, string>> };
}

export interface GatewayHandlerOptions {
  readonly routes: readonly GatewayRoute[];
  /** Credentials every route needs unless it sets its own. Default: none (anonymous). */
  readonly auth?: AuthenticatorOptions | Authenticator;
  readonly limits?: LimitOptions;
  readonly origin?: OriginOptions;
  /** The gateway's public base URL (for OAuth Protected Resource Metadata); default: the request's origin. */
  readonly publicUrl?: string;
  /** Authorization servers announced in the Protected Resource Metadata. */
  readonly authorizationServers?: readonly string[];
  /** Where the request rate is counted (default: the first route's guard store). */
  readonly store?: StateStore;
}

export interface GatewayHandler {
  /** The web-standard handler: mount it in any framework that speaks `Request`/`Response`. */
  (request: Request): Promise<Response>;
  readonly limits: GatewayLimits;
  /** Whether every route requires credentials (a gateway beyond loopback should). */
  readonly authenticated: boolean;
  /** Ends every session and upstream. */
  close(): Promise<void>;
}

const isAuthenticator = (v: unknown): v is Authenticator => typeof v === 'object' && v !== null && typeof (v as Authenticator).authenticate === 'function';
const json = (value: unknown, status = 200, headers: Record<string, string> = {}): Answer => ({ status, headers: { ...jsonHeaders, 'cache-control': 'no-store', ...headers }, body: JSON.stringify(value) });

interface Route extends GatewayRoute {
  readonly proxy: McpProxy;
  readonly sse: LegacySseProxy | undefined;
  readonly authenticator: Authenticator;
  readonly prefix: string;
}

/**
 * The gateway as a web-standard handler: Host/Origin checks, authentication, rate, concurrency and
 * session limits, then MCP proxying through the route's guard. Each refusal is an HTTP status, a
 * JSON-RPC error and an audit event. `/healthz` and `/readyz` answer without auth and reveal nothing.
 */
export function createGatewayHandler(options: GatewayHandlerOptions): GatewayHandler {
  if (options.routes.length === 0) throw new TypeError('createGatewayHandler: at least one route is required');
  const shared = isAuthenticator(options.auth) ? options.auth : createAuthenticator(options.auth ?? {});
  const store = options.store ?? options.routes[0]!.guard.store ?? createMemoryStore();
  const limits = new GatewayLimits(store, options.limits);
  const byPath = new Map<string, Route>();
  const routes: Route[] = options.routes.map((r) => {
    const authenticator = r.auth === false ? createAuthenticator({}) : r.auth === undefined ? shared : isAuthenticator(r.auth) ? r.auth : createAuthenticator(r.auth);
    const route: Route = {
      ...r,
      authenticator,
      prefix: `/${r.name}`,
      proxy: createProxy({ guard: r.guard, upstream: r.upstream, serverId: r.name, ...(r.passAuthorization ? { passAuthorization: true } : {}) }),
      sse: r.legacySse ? createLegacySseProxy({ guard: r.guard, serverId: r.name, url: r.legacySse.url, ...(r.legacySse.headers ? { headers: r.legacySse.headers } : {}) }) : undefined,
    };
    byPath.set(`/${r.name}/mcp`, route);
    if (route.sse) {
      byPath.set(`/${r.name}/sse`, route);
      byPath.set(`/${r.name}/message`, route);
    }
    return route;
  });
  const fallback = routes.find((r) => r.name === 'default') ?? (routes.length === 1 ? routes[0] : undefined);
  if (fallback) {
    byPath.set('/mcp', fallback);
    if (fallback.sse) {
      byPath.set('/sse', fallback);
      byPath.set('/message', fallback);
    }
  }
  limits.onExpire((sessionId, serverId) => {
    void routes.find((r) => r.name === serverId)?.upstream.endSession?.(sessionId).catch(() => undefined);
  });
  const sweeper = setInterval(() => limits.sweep(), Math.min(60_000, Math.max(1000, limits.options.sessionIdleMs / 4)));
  (sweeper as { unref?: () => void }).unref?.();

  const baseUrl = (request: GatewayRequest): string => (options.publicUrl ?? urlOf(request).origin).replace(/\/$/, '');
  const metadataUrl = (request: GatewayRequest, path: string): string => `${baseUrl(request)}/.well-known/oauth-protected-resource${path}`;

  type Admitted = { readonly principal: Principal | undefined; readonly refuse: (refusal: Refusal, principal?: Principal, id?: string | number) => Promise<Answer> };

  /** Host/Origin, credentials, allowed method and the request rate: what every MCP request passes first. */
  async function admit(route: Route, request: GatewayRequest, path: string, methods: readonly string[]): Promise<Admitted | Answer> {
    const refuse = (refusal: Refusal, principal?: Principal, id?: string | number): Promise<Answer> => {
      // The session for the audit event, read only when there is a refusal to audit.
      const sessionHint = sessionOf(request) ?? urlOf(request).searchParams.get('sessionId') ?? undefined;
      return refusalAnswer(route.guard, refusal, { serverId: route.name, principal, id, ...(sessionHint ? { sessionId: sessionHint } : {}) });
    };
    const hostRefusal = checkHostAndOrigin(request, options.origin);
    if (hostRefusal) return refuse(hostRefusal);
    const auth = await authenticate(route.authenticator, request, route.authenticator.enabled ? metadataUrl(request, path) : '');
    if (!auth.ok) return refuse(auth.refusal);
    const principal = auth.principal;
    if (!methods.includes(request.method)) {
      return json({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed.' } }, 405, { allow: methods.join(', ') });
    }
    const rated = await limits.rate(principal);
    if (rated) return refuse(rated, principal);
    return { principal, refuse };
  }

  /** Reads a POST body within the limit; a 413 (and its audit event) when it is larger. */
  async function bodyOf(route: Route, request: GatewayRequest, principal: Principal | undefined, sessionId: string | undefined): Promise<Uint8Array | Answer> {
    const max = limits.options.maxBodyBytes;
    // The node server has read the body (up to one byte past the limit); any other request is a web `Request`.
    const read = request instanceof NodeRequest ? sized(request.body ?? new Uint8Array(0), max) : await readBody(request as Request, max);
    if (!('tooLarge' in read)) return read.bytes;
    const verdict = await route.guard.decide(
      { kind: 'oversize', from: 'client', size: read.tooLarge, limit: limits.options.maxBodyBytes, shape: 'unknown' },
      { serverId: route.name, ...(sessionId ? { sessionId } : {}), ...(principal ? { principal } : {}) },
    );
    return json(verdict.disposition.kind === 'respond' ? verdict.disposition.response : route.guard.errorFor({}, verdict), 413);
  }

  async function serveMcp(route: Route, request: GatewayRequest, path: string): Promise<Answer> {
    const admitted = await admit(route, request, path, ['GET', 'POST', 'DELETE']);
    if (!('refuse' in admitted)) return admitted;
    const { principal } = admitted;
    const refuse = admitted.refuse;
    const sessionId = sessionOf(request);
    if (sessionId !== undefined) {
      const unknown = limits.useSession(sessionId, route.name, principal);
      if (unknown) return refuse(unknown, principal);
    }
    let body: Uint8Array | undefined;
    if (request.method === 'POST') {
      const read = await bodyOf(route, request, principal, sessionId);
      if (!(read instanceof Uint8Array)) return read;
      body = read;
    }
    const release = limits.acquire(principal);
    if (typeof release !== 'function') return refuse(release, principal);
    try {
      return await route.proxy(request, {
        principal,
        ...(body ? { body } : {}),
        beforeNewSession: () => limits.canOpenSession(principal),
        onSessionOpened: (id) => limits.openSession(id, route.name, principal),
        onSessionClosed: (id) => limits.closeSession(id),
        onDone: release,
        refuse: (refusal, id) => refuse(refusal, principal, id),
      });
    } catch (error) {
      release();
      throw error;
    }
  }

  async function serveLegacy(route: Route, sse: LegacySseProxy, request: GatewayRequest, path: string): Promise<Answer> {
    const isStream = path.endsWith('/sse');
    const admitted = await admit(route, request, path, [isStream ? 'GET' : 'POST']);
    if (!('refuse' in admitted)) return admitted;
    const { principal, refuse } = admitted;
    if (isStream) {
      const refusal = limits.canOpenSession(principal);
      if (refusal) return refuse(refusal, principal);
      const release = limits.acquire(principal);
      if (typeof release !== 'function') return refuse(release, principal);
      let opened: string | undefined;
      try {
        return answerOf(await sse.stream(webRequestOf(request), {
          principal,
          messagePath: path.slice(0, -'/sse'.length) + '/message',
          onSession: (id) => {
            opened = id;
            limits.openSession(id, route.name, principal);
          },
          onDone: () => {
            release();
            if (opened !== undefined) limits.closeSession(opened);
          },
        }));
      } catch (error) {
        release();
        return json({ error: `upstream unreachable: ${String((error as Error).message).slice(0, 200)}` }, 502);
      }
    }
    const sessionId = urlOf(request).searchParams.get('sessionId') ?? '';
    const unknown = limits.useSession(sessionId, route.name, principal);
    if (unknown) return refuse(unknown, principal);
    const body = await bodyOf(route, request, principal, sessionId);
    if (!(body instanceof Uint8Array)) return body;
    const release = limits.acquire(principal);
    if (typeof release !== 'function') return refuse(release, principal);
    try {
      return answerOf(await sse.message(webRequestOf(request), { principal, body, sessionId }));
    } finally {
      release();
    }
  }

  function protectedResourceMetadata(request: GatewayRequest, path: string): Answer | undefined {
    const route = path === '' ? fallback : byPath.get(path);
    if (!route || !route.authenticator.enabled) return undefined;
    return json({
      resource: `${baseUrl(request)}${path || '/mcp'}`,
      authorization_servers: options.authorizationServers ?? [],
      bearer_methods_supported: ['header'],
      resource_name: 'Vanguard MCP gateway',
    });
  }

  const serve = async (request: GatewayRequest): Promise<Answer> => {
    const path = pathOf(request).replace(/\/+$/, '') || '/';
    if (path === '/healthz') return json({ status: 'ok' });
    if (path === '/readyz') {
      const ready = (await Promise.all(routes.map(async (r) => Boolean(await r.upstream.ready())))).every(Boolean);
      return json({ status: ready ? 'ready' : 'not ready' }, ready ? 200 : 503);
    }
    if (path.startsWith('/.well-known/oauth-protected-resource')) {
      const hostRefusal = checkHostAndOrigin(request, options.origin);
      if (hostRefusal) return refusalAnswer(routes[0]!.guard, hostRefusal);
      const metadata = protectedResourceMetadata(request, path.slice('/.well-known/oauth-protected-resource'.length));
      if (metadata) return metadata;
    }
    const route = byPath.get(path);
    if (route?.sse && (path.endsWith('/sse') || path.endsWith('/message'))) return serveLegacy(route, route.sse, request, path);
    if (route) return serveMcp(route, request, path);
    return json({ error: 'not found' }, 404);
  };

  const handler = async (request: Request): Promise<Response> => toResponse(await serve(request));
  return Object.assign(servesDirectly(handler, serve), {
    limits,
    authenticated: routes.every((r) => r.authenticator.enabled),
    async close() {
      clearInterval(sweeper);
      await Promise.all(routes.map((r) => r.upstream.close().catch(() => undefined)));
    },
  });
}

const sessionOf = (request: GatewayRequest): string | undefined => request.headers.get('mcp-session-id') ?? undefined;

/** A body already read whole (up to one byte past the limit), or its size when that is over `max`. */
const sized = (bytes: Uint8Array, max: number): { bytes: Uint8Array } | { tooLarge: number } => (bytes.byteLength > max ? { tooLarge: bytes.byteLength } : { bytes });
