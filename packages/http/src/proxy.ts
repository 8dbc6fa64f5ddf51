import type { Guard, Principal, Verdict } from '@vanguard/core';

import { readBody } from './body.js';
import { knownBody, requestFor, responseFor, signalOf } from './known-body.js';
import { checkMcpHeaders } from './mcp-headers.js';
import { guardServerMessage } from './server-message.js';
import { principalKey } from './limits.js';
import { jsonHeaders, type Refusal } from './refusal.js';
import { encodeSseEvent, readSseEvents, type SseEvent } from './sse.js';
import type { Upstream } from './upstream.js';

/** Request headers passed upstream (besides `mcp-param-*`); `host`, cookies and credentials never are. */
const upstreamRequestHeaders = ['accept', 'content-type', 'mcp-session-id', 'mcp-protocol-version', 'last-event-id', 'mcp-method', 'mcp-name', 'traceparent', 'tracestate', 'baggage', 'user-agent'];
/** Response headers passed back; the upstream's `www-authenticate` is not (it names the upstream). */
const clientResponseHeaders = ['content-type', 'mcp-session-id', 'mcp-protocol-version', 'cache-control', 'retry-after', 'allow'];

export interface McpProxyOptions {
  readonly guard: Guard;
  readonly upstream: Upstream;
  /** The upstream's id in guard state and audit events. */
  readonly serverId: string;
  /** Pass the client's `Authorization` header upstream (default false: the gateway's tokens are its own). */
  readonly passAuthorization?: boolean;
  /** Largest upstream JSON answer or SSE event, in bytes (default 16 MiB). */
  readonly maxEventBytes?: number;
}

/** What the gateway tells the proxy about one request it let through. */
export interface ProxyRequestContext {
  readonly principal: Principal | undefined;
  /** The request body, already read within the body limit (POST only). */
  readonly body?: Uint8Array;
  /** A refusal decided before the upstream answers (a session limit on `initialize`); checked by the gateway. */
  readonly beforeNewSession?: () => Refusal | undefined;
  /** Told about a session the upstream opened (`Mcp-Session-Id` on a response to a request without one). */
  readonly onSessionOpened?: (sessionId: string) => void;
  readonly onSessionClosed?: (sessionId: string) => void;
  /** Called once when the exchange is over (the response body, stream included, is finished or cancelled). */
  readonly onDone?: () => void;
  /** Turns a refusal into a response (audited). */
  readonly refuse: (refusal: Refusal, id?: string | number) => Promise<Response>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const wireStatus = (verdict: Verdict): number => {
  const code = verdict.disposition.kind === 'respond' ? (verdict.disposition.response as { error?: { code?: number } }).error?.code : undefined;
  return code === -32700 || code === -32600 ? 400 : 200;
};

/**
 * MCP proxying for one upstream, byte-level: every message both ways goes through `guard.inspect` with the
 * session, the server id and the principal, and the proxy carries out `verdict.disposition`. What the
 * guard forwards goes on byte for byte; JSON answers and SSE streams are inspected event by event and
 * never buffered beyond one event. Handles Streamable HTTP of both eras (POST, GET stream, DELETE,
 * `Last-Event-ID` resumption, batches, 2026-07-28 stateless POSTs and their `Mcp-*` headers).
 */
export function createMcpProxy(options: McpProxyOptions): (request: Request, context: ProxyRequestContext) => Promise<Response> {
  const { guard, upstream, serverId } = options;
  const maxEventBytes = options.maxEventBytes ?? 16 * 1024 * 1024;

  function upstreamHeaders(request: Request): Headers {
    const out = new Headers();
    for (const name of upstreamRequestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    for (const [name, value] of request.headers) if (name.startsWith('mcp-param-')) out.set(name, value);
    if (options.passAuthorization) {
      const auth = request.headers.get('authorization');
      if (auth !== null) out.set('authorization', auth);
    }
    return out;
  }

  function clientHeaders(upstreamResponse: Response): Headers {
    const out = new Headers();
    for (const name of clientResponseHeaders) {
      const value = upstreamResponse.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    return out;
  }

  const guardContext = (sessionId: string, principal: Principal | undefined) => ({
    sessionId,
    serverId,
    ...(principal ? { principal } : {}),
  });

  /** Sends a message the guard wrote (an error answering a blocked server request) upstream, on the same session. */
  async function postUpstream(message: unknown, request: Request): Promise<void> {
    const headers = upstreamHeaders(request);
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/json, text/event-stream');
    headers.delete('last-event-id');
    headers.delete('mcp-method');
    headers.delete('mcp-name');
    for (const name of [...headers.keys()]) if (name.startsWith('mcp-param-')) headers.delete(name);
    try {
      const response = await upstream.fetch(requestFor(upstream, request.url, { method: 'POST', headers }, JSON.stringify(message)));
      await response.body?.cancel();
    } catch {
      // The upstream is gone; the request it made will not be answered, which it learns from the stream.
    }
  }

  const serverMessage = (data: string, sessionId: string, principal: Principal | undefined, request: Request): Promise<string | undefined> =>
    guardServerMessage(data, { guard, serverId, sessionId, principal, answerUpstream: (message) => postUpstream(message, request) });

  function guardedStream(body: ReadableStream<Uint8Array>, sessionId: string, principal: Principal | undefined, request: Request, done: () => void): ReadableStream<Uint8Array> {
    const abort = new AbortController();
    const events = readSseEvents(body, maxEventBytes, abort.signal);
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      done();
    };
    const render = async (event: SseEvent): Promise<string | undefined> => {
      if (event.data === undefined || event.data === '') return `${event.raw}\n\n`;
      const out = await serverMessage(event.data, sessionId, principal, request);
      if (out === event.data) return `${event.raw}\n\n`;
      if (out !== undefined) return encodeSseEvent({ id: event.id, event: event.event, data: out });
      // Nothing to show, but keep the resumption cursor moving.
      return event.id === undefined ? undefined : `id: ${event.id}\n\n`;
    };
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          for (;;) {
            const next = await events.next();
            if (next.done) {
              controller.close();
              finish();
              return;
            }
            const text = await render(next.value);
            if (text !== undefined) {
              controller.enqueue(encoder.encode(text));
              return;
            }
          }
        } catch {
          // Upstream broke off or sent an oversized event: end the stream; the client resumes or retries.
          try {
            controller.close();
          } catch {
            /* already closed */
          }
          finish();
        }
      },
      async cancel() {
        abort.abort();
        await events.return(undefined).catch(() => undefined);
        finish();
      },
    });
  }

  async function relay(upstreamResponse: Response, request: Request, sessionId: string, principal: Principal | undefined, done: () => void): Promise<Response> {
    const headers = clientHeaders(upstreamResponse);
    const type = upstreamResponse.headers.get('content-type') ?? '';
    const body = upstreamResponse.body;
    const known = knownBody(upstreamResponse);
    if ((body === null && known === undefined) || upstreamResponse.status === 202 || upstreamResponse.status === 204) {
      done();
      return new Response(null, { status: upstreamResponse.status, headers });
    }
    if (upstreamResponse.ok && type.startsWith('text/event-stream') && body !== null) {
      headers.set('cache-control', 'no-cache');
      headers.set('x-accel-buffering', 'no');
      return new Response(guardedStream(body, sessionId, principal, request, done), { status: upstreamResponse.status, headers });
    }
    if (upstreamResponse.ok && type.startsWith('application/json')) {
      let text: string;
      try {
        text = await readBounded(upstreamResponse, maxEventBytes);
      } catch (error) {
        done();
        const verdict = await guard.decide({ kind: 'upstream-unreachable', reason: `the upstream answer is unusable: ${(error as Error).message}` }, guardContext(sessionId, principal));
        return responseFor(request, JSON.stringify(guard.errorFor({}, verdict)), { status: 502, headers: jsonHeaders });
      }
      done();
      const out = await serverMessage(text, sessionId, principal, request);
      if (out === undefined) return new Response(null, { status: 202, headers: (headers.delete('content-type'), headers) });
      return responseFor(request, out, { status: upstreamResponse.status, headers });
    }
    // Errors (400, 404 session gone, 405, …) pass through as they are; they carry no server messages.
    return known === undefined ? new Response(body, { status: upstreamResponse.status, headers }) : responseFor(request, known, { status: upstreamResponse.status, headers });
  }

  return async function proxy(request, context) {
    const { principal } = context;
    let doneCalled = false;
    const done = (): void => {
      if (doneCalled) return;
      doneCalled = true;
      context.onDone?.();
    };
    const incomingSession = request.headers.get('mcp-session-id') ?? undefined;
    // Stateless (2026-07-28) and not-yet-initialized traffic shares one guard session per principal and
    // upstream, so correlation and the tool inventory still work across requests.
    const sessionId = incomingSession ?? `stateless:${principalKey(principal)}`;
    let body: Uint8Array | string | null = null;
    let requestId: string | number | undefined;
    try {
      if (request.method === 'POST') {
        const bytes = context.body ?? new Uint8Array(await request.arrayBuffer());
        const text = decoder.decode(bytes);
        const mismatch = checkMcpHeaders(request.headers, text);
        if (mismatch) {
          done();
          return await context.refuse(mismatch.refusal, mismatch.id);
        }
        const verdict = await guard.inspect(bytes, { from: 'client', ...guardContext(sessionId, principal) });
        const d = verdict.disposition;
        if (d.kind === 'respond') {
          if (d.replacement !== undefined) await postUpstream(d.replacement, request);
          done();
          return responseFor(request, JSON.stringify(d.response), { status: wireStatus(verdict), headers: jsonHeaders });
        }
        if (d.kind === 'drop') {
          done();
          return new Response(null, { status: 202 });
        }
        body = d.kind === 'replace' ? JSON.stringify(d.message) : bytes;
        requestId = requestIdOf(text);
        if (incomingSession === undefined && isInitialize(text)) {
          const refusal = context.beforeNewSession?.();
          if (refusal) {
            done();
            return await context.refuse(refusal, requestId);
          }
        }
      }
      const headers = upstreamHeaders(request);
      let upstreamResponse: Response;
      try {
        upstreamResponse = await upstream.fetch(requestFor(upstream, request.url, { method: request.method, headers, signal: signalOf(request) }, body ?? undefined));
      } catch (error) {
        done();
        if (signalOf(request).aborted) return new Response(null, { status: 499 });
        const verdict = await guard.decide(
          { kind: 'upstream-unreachable', ...(requestId === undefined ? {} : { id: requestId }), reason: `${upstream.name}: ${String((error as Error)?.message ?? error).slice(0, 200)}` },
          guardContext(sessionId, principal),
        );
        const answer = verdict.disposition.kind === 'respond' ? verdict.disposition.response : guard.errorFor({}, verdict);
        return responseFor(request, JSON.stringify(answer), { status: 502, headers: jsonHeaders });
      }
      const opened = upstreamResponse.headers.get('mcp-session-id');
      if (opened !== null && opened !== incomingSession && upstreamResponse.ok) context.onSessionOpened?.(opened);
      if (request.method === 'DELETE' && incomingSession !== undefined && upstreamResponse.ok) context.onSessionClosed?.(incomingSession);
      return await relay(upstreamResponse, request, sessionId, principal, done);
    } catch (error) {
      done();
      throw error;
    }
  };
}

function requestIdOf(text: string): string | number | undefined {
  try {
    const parsed = JSON.parse(text) as unknown;
    const id = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as { id?: unknown }).id : undefined;
    return typeof id === 'string' || typeof id === 'number' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a body is (or a batch holds) an `initialize` request: the request that opens a session. */
function isInitialize(text: string): boolean {
  return text.includes('"initialize"') && /"method"\s*:\s*"initialize"/.test(text);
}

async function readBounded(response: Response, max: number): Promise<string> {
  const read = await readBody(response, max);
  if ('tooLarge' in read) throw new RangeError(`larger than ${max} bytes`);
  return decoder.decode(read.bytes);
}
