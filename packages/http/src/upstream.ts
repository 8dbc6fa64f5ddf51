import { type Departure, departureOf } from './exchange.js';
import { nodeFetch, type UpstreamAnswer, upstreamTarget } from './node-fetch.js';

export type { UpstreamAnswer } from './node-fetch.js';

/**
 * Where a gateway sends MCP traffic: anything that answers a web-standard `Request` at the MCP endpoint.
 * A remote server is `httpUpstream(url)`; a spawned stdio server is `stdioUpstream(command)`.
 */
export interface Upstream {
  /** For audit and errors. */
  readonly name: string;
  /** Sends one request to the upstream's MCP endpoint (the gateway has already rewritten URL and headers). */
  fetch(request: Request): Promise<Response>;
  /** Whether the upstream can take traffic (`/readyz`). */
  ready(): boolean | Promise<boolean>;
  /** Ends a session upstream (idle expiry); optional. */
  endSession?(sessionId: string): Promise<void>;
  close(): Promise<void>;
}

export interface HttpUpstreamOptions {
  /** Headers sent upstream on every request (the gateway's own upstream credentials, never the client's). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Timeout for connecting and receiving response headers (default 30 s); streams are not cut. */
  readonly headersTimeoutMs?: number;
}

/** One request the proxy sends upstream. */
export interface UpstreamCall {
  /** The client's request: its URL is what an upstream that takes a web `Request` sees (read only for those). */
  readonly request: { readonly url: string };
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | string | undefined;
  readonly departure?: Departure | undefined;
}

/** The upstreams of this package that take a call without a web `Request` (and answer without a `Response`). */
const directCalls = new WeakMap<Upstream, (call: UpstreamCall) => Promise<UpstreamAnswer>>();

/** Sends a call to any upstream: directly to `httpUpstream`, as a web `Request` to any other. */
export async function callUpstream(upstream: Upstream, call: UpstreamCall): Promise<UpstreamAnswer> {
  const direct = directCalls.get(upstream);
  if (direct) return direct(call);
  const init: RequestInit = { method: call.method, headers: call.headers, signal: call.departure?.signal ?? null };
  if (call.body !== undefined) init.body = call.body as NonNullable<RequestInit['body']>;
  const response = await upstream.fetch(new Request(call.request.url, init));
  return { status: response.status, headers: response.headers, bytes: undefined, stream: response.body };
}

/** A remote Streamable HTTP server at `url` (its MCP endpoint, e.g. `https://mcp.example.com/mcp`). */
export function httpUpstream(url: string, options: HttpUpstreamOptions = {}): Upstream {
  const target = new URL(url);
  const extra = options.headers ?? {};
  // Lower-case names, so that one of them replaces the client's header of the same name.
  const ownHeaders = Object.fromEntries(Object.entries(extra).map(([name, value]) => [name.toLowerCase(), value]));
  const headersTimeoutMs = options.headersTimeoutMs ?? 30_000;
  const to = upstreamTarget(target);
  let reachable = true;
  async function send(call: UpstreamCall): Promise<UpstreamAnswer> {
    try {
      const answer = await nodeFetch(to, { method: call.method, headers: { ...call.headers, ...ownHeaders }, body: call.body, departure: call.departure, headersTimeoutMs });
      reachable = true;
      return answer;
    } catch (error) {
      if (!call.departure?.gone) reachable = false;
      throw error;
    }
  }
  const upstream: Upstream = {
    name: target.origin + target.pathname,
    async fetch(request) {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = value;
      });
      // Sent whole, with a Content-Length.
      const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
      const answer = await send({ request, method: request.method, headers, body, departure: departureOf(request) });
      const out = new Headers();
      answer.headers.forEach((value, name) => out.append(name, value));
      return new Response((answer.bytes ?? answer.stream) as ConstructorParameters<typeof Response>[0], { status: answer.status, headers: out });
    },
    ready: () => reachable,
    async endSession(sessionId) {
      await fetch(target, { method: 'DELETE', headers: { ...extra, 'mcp-session-id': sessionId } }).then((r) => r.body?.cancel(), () => undefined);
    },
    close: () => Promise.resolve(),
  };
  directCalls.set(upstream, send);
  return upstream;
}
