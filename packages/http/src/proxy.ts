import type { Guard, Principal, Verdict } from '@vanguard/core';

import { readStreamBounded } from './body.js';
import { type Answer, answerOf, departureOf, type GatewayRequest, jsonAnswer, toResponse } from './exchange.js';
import { isId, isRecord } from './json-shape.js';
import { principalKey } from './limits.js';
import { checkMcpHeaders } from './mcp-headers.js';
import type { Refusal } from './refusal.js';
import { guardServerMessage } from './server-message.js';
import { encodeSseEvent, readSseEvents, type SseEvent } from './sse.js';
import { callUpstream, type Upstream, type UpstreamAnswer } from './upstream.js';

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

/** The proxy as the gateway runs it: any `GatewayRequest` in, an `Answer` out (the web-standard one wraps it). */
export interface ProxyContext extends Omit<ProxyRequestContext, 'refuse'> {
  readonly refuse: (refusal: Refusal, id?: string | number) => Promise<Answer>;
}
export type McpProxy = (request: GatewayRequest, context: ProxyContext) => Promise<Answer>;

/**
 * MCP proxying for one upstream, byte-level: every message both ways goes through `guard.inspect` with the
 * session, the server id and the principal, and the proxy carries out `verdict.disposition`. What the
 * guard forwards goes on byte for byte; JSON answers and SSE streams are inspected event by event and
 * never buffered beyond one event. Handles Streamable HTTP of both eras (POST, GET stream, DELETE,
 * `Last-Event-ID` resumption, batches, 2026-07-28 stateless POSTs and their `Mcp-*` headers).
 */
export function createMcpProxy(options: McpProxyOptions): (request: Request, context: ProxyRequestContext) => Promise<Response> {
  const proxy = createProxy(options);
  return async (request, context) => {
    const body = context.body ?? (request.method === 'POST' ? new Uint8Array(await request.arrayBuffer()) : undefined);
    const answer = await proxy(request, { ...context, ...(body ? { body } : {}), refuse: async (refusal, id) => answerOf(await context.refuse(refusal, id)) });
    return toResponse(answer);
  };
}

export function createProxy(options: McpProxyOptions): McpProxy {
  const { guard, upstream, serverId } = options;
  const maxEventBytes = options.maxEventBytes ?? 16 * 1024 * 1024;

  function upstreamHeaders(request: GatewayRequest): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of upstreamRequestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) out[name] = value;
    }
    request.headers.forEach((value, name) => {
      if (name.startsWith('mcp-param-')) out[name] = value;
    });
    if (options.passAuthorization) {
      const auth = request.headers.get('authorization');
      if (auth !== null) out['authorization'] = auth;
    }
    return out;
  }

  function clientHeaders(answer: UpstreamAnswer): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of clientResponseHeaders) {
      const value = answer.headers.get(name);
      if (value !== null) out[name] = value;
    }
    return out;
  }

  const guardContext = (sessionId: string, principal: Principal | undefined) => ({
    sessionId,
    serverId,
    ...(principal ? { principal } : {}),
  });

  /** Sends a message the guard wrote (an error answering a blocked server request) upstream, on the same session. */
  async function postUpstream(message: unknown, request: GatewayRequest): Promise<void> {
    const headers = upstreamHeaders(request);
    for (const name of Object.keys(headers)) if (name === 'last-event-id' || name === 'mcp-method' || name === 'mcp-name' || name.startsWith('mcp-param-')) delete headers[name];
    headers['content-type'] = 'application/json';
    headers['accept'] = 'application/json, text/event-stream';
    try {
      const answer = await callUpstream(upstream, { request, method: 'POST', headers, body: JSON.stringify(message) });
      await answer.stream?.cancel();
    } catch {
      // The upstream is gone; the request it made will not be answered, which it learns from the stream.
    }
  }

  const serverMessage = (data: string, sessionId: string, principal: Principal | undefined, request: GatewayRequest): Promise<string | undefined> =>
    guardServerMessage(data, { guard, serverId, sessionId, principal, answerUpstream: (message) => postUpstream(message, request) });

  function guardedStream(body: ReadableStream<Uint8Array>, sessionId: string, principal: Principal | undefined, request: GatewayRequest, done: () => void): ReadableStream<Uint8Array> {
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

  async function relay(answer: UpstreamAnswer, request: GatewayRequest, sessionId: string, principal: Principal | undefined, done: () => void): Promise<Answer> {
    const headers = clientHeaders(answer);
    const { status, stream, bytes } = answer;
    const ok = status >= 200 && status < 300;
    const type = headers['content-type'] ?? '';
    if ((stream === null && bytes === undefined) || status === 202 || status === 204) {
      await stream?.cancel().catch(() => undefined);
      done();
      return { status, headers, body: null };
    }
    if (ok && type.startsWith('text/event-stream') && stream !== null) {
      return { status, headers: { ...headers, 'cache-control': 'no-cache', 'x-accel-buffering': 'no' }, body: guardedStream(stream, sessionId, principal, request, done) };
    }
    if (ok && type.startsWith('application/json')) {
      let text: string;
      try {
        text = await readBounded(answer, maxEventBytes);
      } catch (error) {
        done();
        const verdict = await guard.decide({ kind: 'upstream-unreachable', reason: `the upstream answer is unusable: ${(error as Error).message}` }, guardContext(sessionId, principal));
        return jsonAnswer(guard.errorFor({}, verdict), 502);
      }
      done();
      const out = await serverMessage(text, sessionId, principal, request);
      if (out === undefined) {
        delete headers['content-type'];
        return { status: 202, headers, body: null };
      }
      // Forwarded as it came: the bytes the upstream sent.
      return { status, headers, body: out === text && bytes !== undefined ? bytes : out };
    }
    // Errors (400, 404 session gone, 405, …) pass through as they are; they carry no server messages.
    if (stream === null) {
      done();
      return { status, headers, body: bytes ?? null };
    }
    return { status, headers, body: endingWith(stream, done) };
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
    let body: Uint8Array | string | undefined;
    // The request body as text; its id is parsed out only for the answers that carry it (refusal, unreachable upstream).
    let text: string | undefined;
    const departure = departureOf(request);
    try {
      if (request.method === 'POST') {
        const bytes = context.body ?? new Uint8Array(0);
        text = decoder.decode(bytes);
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
          return jsonAnswer(d.response, wireStatus(verdict));
        }
        if (d.kind === 'drop') {
          done();
          return { status: 202, headers: {}, body: null };
        }
        body = d.kind === 'replace' ? JSON.stringify(d.message) : bytes;
        if (incomingSession === undefined && isInitialize(text)) {
          const refusal = context.beforeNewSession?.();
          if (refusal) {
            done();
            return await context.refuse(refusal, requestIdOf(text));
          }
        }
      }
      let answer: UpstreamAnswer;
      try {
        answer = await callUpstream(upstream, { request, method: request.method, headers: upstreamHeaders(request), body, departure });
      } catch (error) {
        done();
        if (departure.gone) return { status: 499, headers: {}, body: null };
        const requestId = text === undefined ? undefined : requestIdOf(text);
        const verdict = await guard.decide(
          { kind: 'upstream-unreachable', ...(requestId === undefined ? {} : { id: requestId }), reason: `${upstream.name}: ${String((error as Error)?.message ?? error).slice(0, 200)}` },
          guardContext(sessionId, principal),
        );
        return jsonAnswer(verdict.disposition.kind === 'respond' ? verdict.disposition.response : guard.errorFor({}, verdict), 502);
      }
      const ok = answer.status >= 200 && answer.status < 300;
      const opened = answer.headers.get('mcp-session-id');
      if (opened !== null && opened !== incomingSession && ok) context.onSessionOpened?.(opened);
      if (request.method === 'DELETE' && incomingSession !== undefined && ok) context.onSessionClosed?.(incomingSession);
      return await relay(answer, request, sessionId, principal, done);
    } catch (error) {
      done();
      throw error;
    }
  };
}

/** The stream as it is, calling `done` once when it ends, fails or is cancelled. */
function endingWith(stream: ReadableStream<Uint8Array>, done: () => void): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) {
          controller.close();
          done();
        } else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
        done();
      }
    },
    async cancel(reason) {
      done();
      await reader.cancel(reason).catch(() => undefined);
    },
  });
}

function requestIdOf(text: string): string | number | undefined {
  try {
    const parsed = JSON.parse(text) as unknown;
    const id = isRecord(parsed) ? parsed['id'] : undefined;
    return isId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a body is (or a batch holds) an `initialize` request: the request that opens a session. */
function isInitialize(text: string): boolean {
  return text.includes('"initialize"') && /"method"\s*:\s*"initialize"/.test(text);
}

async function readBounded(answer: UpstreamAnswer, max: number): Promise<string> {
  if (answer.bytes !== undefined) {
    if (answer.bytes.byteLength > max) throw new RangeError(`larger than ${max} bytes`);
    return decoder.decode(answer.bytes);
  }
  const read = await readStreamBounded(answer.stream!, max);
  if ('tooLarge' in read) throw new RangeError(`larger than ${max} bytes`);
  return decoder.decode(read.bytes);
}
