import { knownBytes, readsKnownBodies, signalOf } from './known-body.js';
import { nodeFetch } from './node-fetch.js';

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

/** A remote Streamable HTTP server at `url` (its MCP endpoint, e.g. `https://mcp.example.com/mcp`). */
export function httpUpstream(url: string, options: HttpUpstreamOptions = {}): Upstream {
  const target = new URL(url);
  const extra = options.headers ?? {};
  let reachable = true;
  return readsKnownBodies({
    name: target.origin + target.pathname,
    async fetch(request) {
      const headers = new Headers(request.headers);
      for (const [k, v] of Object.entries(extra)) headers.set(k, v);
      // The gateway has read the body already (within its limit): send it whole, with a Content-Length.
      const body = knownBytes(request) ?? (request.body === null ? undefined : new Uint8Array(await request.arrayBuffer()));
      try {
        const response = await nodeFetch(target, { method: request.method, headers, body, signal: signalOf(request), request, headersTimeoutMs: options.headersTimeoutMs ?? 30_000 });
        reachable = true;
        return response;
      } catch (error) {
        if (!signalOf(request).aborted) reachable = false;
        throw error;
      }
    },
    ready: () => reachable,
    async endSession(sessionId) {
      await fetch(target, { method: 'DELETE', headers: { ...extra, 'mcp-session-id': sessionId } }).then((r) => r.body?.cancel(), () => undefined);
    },
    close: () => Promise.resolve(),
  });
}
