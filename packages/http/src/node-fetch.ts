import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

import { type Departure, type HeaderLookup, RawHeaders } from './exchange.js';
import { bufferedBody } from './incoming.js';

/** Answers with a Content-Length up to this size are read whole rather than streamed. */
const wholeBelow = 1024 * 1024;

/** Keep-alive agents for upstream connections (undici's fetch costs several times more per request). */
const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }) };

/** What an upstream answered: small answers of known length whole, others as a stream. */
export interface UpstreamAnswer {
  readonly status: number;
  readonly headers: HeaderLookup;
  /** The whole body, when it was read into memory. */
  readonly bytes: Uint8Array | undefined;
  /** Otherwise the body as it streams (null: none). */
  readonly stream: ReadableStream<Uint8Array> | null;
}

/** Where requests go, worked out once per upstream. */
export interface UpstreamTarget {
  readonly secure: boolean;
  /** The `Host` header. */
  readonly host: string;
  readonly options: { readonly hostname: string; readonly port: string; readonly path: string; readonly agent: HttpAgent };
}

export function upstreamTarget(url: URL): UpstreamTarget {
  const secure = url.protocol === 'https:';
  // node's request options take an IPv6 host name without its brackets.
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return { secure, host: url.host, options: { hostname, port: url.port, path: url.pathname + url.search, agent: secure ? agents.https : agents.http } };
}

export interface NodeFetchInit {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | string | undefined;
  /** The client's going away aborts the request. */
  readonly departure?: Departure | undefined;
  readonly headersTimeoutMs?: number | undefined;
}

/**
 * A minimal `fetch` over node:http(s) for the upstream hop: the body is sent whole (the gateway has read it
 * within its limit) with a Content-Length, a small answer of known length is read whole and any other
 * streams back, and the request is aborted when the client goes away.
 */
export function nodeFetch(target: UpstreamTarget, init: NodeFetchInit): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    // A flat list: node then writes the headers as given, without its per-header bookkeeping.
    const headers: string[] = ['host', init.headers['host'] ?? target.host];
    for (const name in init.headers) if (name !== 'host' && name !== 'content-length') headers.push(name, init.headers[name]!);
    if (init.body !== undefined) headers.push('content-length', String(typeof init.body === 'string' ? Buffer.byteLength(init.body) : init.body.byteLength));
    const req = (target.secure ? httpsRequest : httpRequest)({ ...target.options, method: init.method, headers }, (res: IncomingMessage) => {
      clearTimeout(timer);
      const status = res.statusCode ?? 502;
      // From the raw headers: `res.headers` would build node's own header object as well.
      const answerHeaders = new RawHeaders(res.rawHeaders);
      const empty = status === 204 || status === 304 || init.method === 'HEAD';
      if (empty) res.resume();
      const declared = Number(answerHeaders.get('content-length') ?? NaN);
      if (!empty && declared <= wholeBelow && !(answerHeaders.get('content-type') ?? '').startsWith('text/event-stream')) {
        // A small answer of known length: read it whole (node's parser holds it to that length) and skip
        // the web stream. This runs while node parses the socket read the headers came in; once that read
        // is parsed, a body that came with them is whole in the stream's buffer.
        queueMicrotask(() => {
          const whole = bufferedBody(res);
          if (whole !== undefined) resolve({ status, headers: answerHeaders, bytes: whole, stream: null });
          else readWhole(res, declared).then((bytes) => resolve({ status, headers: answerHeaders, bytes, stream: null }), reject);
        });
        return;
      }
      // node's stream/web type and the DOM lib's global one are the same class under two declarations.
      const stream = empty ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
      resolve({ status, headers: answerHeaders, bytes: undefined, stream });
    });
    // Connecting and the response headers are bounded; the body (a stream may last for hours) is not.
    const ms = init.headersTimeoutMs ?? 30_000;
    const timer = setTimeout(() => req.destroy(new Error(`no response headers within ${ms} ms`)), ms);
    req.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    if (init.departure) {
      const unwatch = init.departure.watch(() => req.destroy(new DOMException('The client went away', 'AbortError')));
      req.once('close', unwatch);
    }
    req.end(init.body);
  });
}

function readWhole(res: IncomingMessage, length: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (res.destroyed) return reject(new Error('the upstream answer broke off'));
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length)));
    res.once('error', reject);
    res.once('close', () => {
      if (!res.complete) reject(new Error('the upstream answer broke off'));
    });
  });
}
