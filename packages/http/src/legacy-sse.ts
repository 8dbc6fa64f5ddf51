import type { Guard, Principal } from '@vanguard/core';

import { guardServerMessage } from './server-message.js';
import { encodeSseEvent, readSseEvents } from './sse.js';

export interface LegacySseOptions {
  readonly guard: Guard;
  readonly serverId: string;
  /** The upstream's legacy SSE endpoint (HTTP+SSE, 2024-11-05), e.g. `http://127.0.0.1:3001/sse`. */
  readonly url: string;
  /** Headers sent upstream (the gateway's own credentials). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly maxEventBytes?: number;
}

interface LegacySession {
  /** The upstream's message endpoint for this session. */
  readonly endpoint: URL;
  /** Puts an event on the client's stream (the answer to a request the guard refused). */
  readonly inject: (text: string) => void;
}

export interface LegacySseProxy {
  /** `GET /sse`: opens the upstream stream, rewrites its `endpoint` event to `messagePath`, guards every event. */
  stream(request: Request, context: { readonly principal: Principal | undefined; readonly messagePath: string; readonly onSession: (id: string) => void; readonly onDone: () => void }): Promise<Response>;
  /** `POST <message endpoint>?sessionId=…`: guards the client message and posts it upstream (answers arrive on the stream). */
  message(request: Request, context: { readonly principal: Principal | undefined; readonly body: Uint8Array; readonly sessionId: string }): Promise<Response>;
}

const encoder = new TextEncoder();

/**
 * Legacy HTTP+SSE in front of a remote server: the client sees only the gateway (the SDK client refuses a
 * cross-origin endpoint), and every message both ways goes through the guard. A refused request is
 * answered on the session's stream, where a legacy client expects every answer.
 */
export function createLegacySseProxy(options: LegacySseOptions): LegacySseProxy {
  const { guard, serverId } = options;
  const upstreamUrl = new URL(options.url);
  const extra = options.headers ?? {};
  const max = options.maxEventBytes ?? 16 * 1024 * 1024;
  const sessions = new Map<string, LegacySession>();

  async function postTo(endpoint: URL, body: string | Uint8Array): Promise<Response> {
    return fetch(endpoint, { method: 'POST', headers: { ...extra, 'content-type': 'application/json' }, body: body as NonNullable<RequestInit['body']> });
  }

  return {
    async stream(request, context) {
      const lastEventId = request.headers.get('last-event-id');
      const upstream = await fetch(upstreamUrl, {
        headers: { ...extra, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
        signal: request.signal,
      });
      if (!upstream.ok || !(upstream.headers.get('content-type') ?? '').startsWith('text/event-stream') || upstream.body === null) {
        context.onDone();
        return new Response(upstream.body, { status: upstream.status, headers: { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' } });
      }
      const abort = new AbortController();
      let sessionId: string | undefined;
      let closed = false;
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      const send = (text: string): void => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      const finish = (): void => {
        if (closed) return;
        closed = true;
        if (sessionId !== undefined) sessions.delete(sessionId);
        context.onDone();
        try {
          controller.close();
        } catch {
          /* already closed */
        }
      };
      const pump = async (): Promise<void> => {
        let endpoint: URL | undefined;
        try {
          for await (const event of readSseEvents(upstream.body!, max, abort.signal)) {
            if (event.event === 'endpoint' && event.data !== undefined && endpoint === undefined) {
              endpoint = new URL(event.data.trim(), upstreamUrl);
              if (endpoint.origin !== upstreamUrl.origin) throw new Error('the upstream announced a cross-origin message endpoint');
              sessionId = endpoint.searchParams.get('sessionId') ?? endpoint.search;
              sessions.set(sessionId, { endpoint, inject: send });
              context.onSession(sessionId);
              send(encodeSseEvent({ event: 'endpoint', data: `${context.messagePath}${endpoint.search}` }));
              continue;
            }
            if (event.data === undefined || event.data === '' || endpoint === undefined) {
              send(`${event.raw}\n\n`);
              continue;
            }
            const target = endpoint;
            const out = await guardServerMessage(event.data, {
              guard,
              serverId,
              sessionId: sessionId!,
              principal: context.principal,
              answerUpstream: async (message) => void (await postTo(target, JSON.stringify(message)).then((r) => r.body?.cancel(), () => undefined)),
            });
            if (out === event.data) send(`${event.raw}\n\n`);
            else if (out !== undefined) send(encodeSseEvent({ id: event.id, event: event.event ?? 'message', data: out }));
          }
        } catch {
          // The upstream broke off, or the client left: the stream ends.
        }
        finish();
      };
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          controller = c;
          void pump();
        },
        cancel() {
          abort.abort();
          finish();
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' } });
    },

    async message(_request, context) {
      const session = sessions.get(context.sessionId);
      if (!session) return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' } }), { status: 404, headers: { 'content-type': 'application/json' } });
      const verdict = await guard.inspect(context.body, { from: 'client', sessionId: context.sessionId, serverId, ...(context.principal ? { principal: context.principal } : {}) });
      const d = verdict.disposition;
      if (d.kind === 'drop') return new Response(null, { status: 202 });
      if (d.kind === 'respond') {
        session.inject(encodeSseEvent({ event: 'message', data: JSON.stringify(d.response) }));
        if (d.replacement !== undefined) await postTo(session.endpoint, JSON.stringify(d.replacement)).then((r) => r.body?.cancel(), () => undefined);
        return new Response('Accepted', { status: 202 });
      }
      const upstream = await postTo(session.endpoint, d.kind === 'replace' ? JSON.stringify(d.message) : context.body);
      return new Response(upstream.body, { status: upstream.status, headers: { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' } });
    },
  };
}
