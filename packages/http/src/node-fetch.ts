import type { Agent as HttpAgent, IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

import { type Departure, type HeaderLookup, RawHeaders } from './exchange.js';
import { type Http1Connection, type Http1Head, Http1Parser, Http1Pool, requestHead } from './http1.js';
import { bufferedBody } from './incoming.js';

/** Answers with a Content-Length up to this size are read whole rather than streamed. */
const wholeBelow = 1024 * 1024;

/** Kept-alive connections to https upstreams (undici's fetch costs several times more per request). */
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 256 });
/** Kept-alive connections to plain-HTTP upstreams, one pool per host and port. */
const pools = new Map<string, Http1Pool>();

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
  /** Connections of a plain-HTTP upstream (an https one goes through node's client). */
  readonly pool: Http1Pool | undefined;
}

export function upstreamTarget(url: URL): UpstreamTarget {
  const secure = url.protocol === 'https:';
  // node's request options take an IPv6 host name without its brackets.
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? 80 : Number(url.port);
  let pool: Http1Pool | undefined;
  if (!secure) {
    const key = `${hostname}:${port}`;
    pool = pools.get(key);
    if (pool === undefined) pools.set(key, (pool = new Http1Pool(hostname, port)));
  }
  return { secure, host: url.host, options: { hostname, port: url.port, path: url.pathname + url.search, agent: httpsAgent }, pool };
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
 * A minimal `fetch` for the upstream hop: the body is sent whole (the gateway has read it within its
 * limit) with a Content-Length, a small answer of known length is read whole and any other streams back,
 * and the request is aborted when the client goes away. Plain HTTP goes over this package's HTTP/1.1
 * connections, https over node's client.
 */
export function nodeFetch(target: UpstreamTarget, init: NodeFetchInit): Promise<UpstreamAnswer> {
  if (target.pool !== undefined) return http1Fetch(target, target.pool, init);
  return new Promise((resolve, reject) => {
    // A flat list: node then writes the headers as given, without its per-header bookkeeping.
    const headers: string[] = ['host', init.headers['host'] ?? target.host];
    for (const name in init.headers) if (name !== 'host' && name !== 'content-length') headers.push(name, init.headers[name]!);
    if (init.body !== undefined) headers.push('content-length', String(typeof init.body === 'string' ? Buffer.byteLength(init.body) : init.body.byteLength));
    const req = httpsRequest({ ...target.options, method: init.method, headers }, (res: IncomingMessage) => {
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

/** Headers the connection itself decides; a given one is not sent. */
const connectionHeaders = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive', 'upgrade']);

/** What the upstream answered and what the gateway is told of it (decided when the head arrives). */
function answerOf(head: Http1Head, method: string): { readonly answer: UpstreamAnswer; readonly whole: boolean } {
  const headers = new RawHeaders(head.raw);
  if (head.status === 204 || head.status === 304 || method === 'HEAD') return { answer: { status: head.status, headers, bytes: undefined, stream: null }, whole: false };
  const declared = Number(headers.get('content-length') ?? NaN);
  const whole = declared <= wholeBelow && !(headers.get('content-type') ?? '').startsWith('text/event-stream');
  return { answer: { status: head.status, headers, bytes: undefined, stream: null }, whole };
}

/** One exchange on one of the pool's connections (see `nodeFetch`). */
function http1Fetch(target: UpstreamTarget, pool: Http1Pool, init: NodeFetchInit): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const list: [string, string][] = [['host', init.headers['host'] ?? target.host]];
    for (const name in init.headers) if (!connectionHeaders.has(name)) list.push([name, init.headers[name]!]);
    const body = typeof init.body === 'string' ? Buffer.from(init.body) : init.body;
    // Before a connection is taken: a header that cannot be written fails here, as in node's client.
    const head = requestHead({ method: init.method, path: target.options.path, headers: list, body }, body?.byteLength);
    const ms = init.headersTimeoutMs ?? 30_000;
    let connection: Http1Connection | undefined;
    let settled = false;
    let over = false;
    let stream: ReadableStreamDefaultController<Uint8Array> | undefined;
    let pieces: Buffer[] | undefined;
    let answered: UpstreamAnswer | undefined;
    let unwatch: (() => void) | undefined;
    // Connecting and the response headers are bounded; the body (a stream may last for hours) is not.
    const timer = setTimeout(() => fail(new Error(`no response headers within ${ms} ms`)), ms);

    const finish = (reusable: boolean): void => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      unwatch?.();
      if (connection) pool.release(connection, reusable);
    };
    const fail = (error: Error): void => {
      if (over) return;
      finish(false);
      if (!settled) {
        settled = true;
        reject(error);
      } else if (stream) {
        try {
          stream.error(error);
        } catch {
          /* already closed */
        }
      }
    };
    const parser = new Http1Parser(init.method, {
      head(received) {
        clearTimeout(timer);
        const { answer, whole } = answerOf(received, init.method);
        if (whole) {
          answered = answer;
          pieces = [];
          return;
        }
        settled = true;
        if (answer.status === 204 || answer.status === 304 || init.method === 'HEAD') return resolve(answer);
        const socket = connection!.socket;
        const body = new ReadableStream<Uint8Array>(
          {
            start(controller) {
              stream = controller;
            },
            pull() {
              socket.resume();
            },
            cancel() {
              finish(false);
            },
          },
          new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
        );
        resolve({ ...answer, stream: body });
      },
      data(piece) {
        if (pieces) pieces.push(piece);
        else if (stream && !over) {
          stream.enqueue(piece);
          // Back-pressure: the socket waits until the reader takes what is queued.
          if ((stream.desiredSize ?? 1) <= 0) connection!.socket.pause();
        }
      },
      end() {
        if (pieces) {
          const bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
          settled = true;
          resolve({ ...answered!, bytes });
        } else if (stream && !over) stream.close();
      },
    });

    const start = (taken: Http1Connection): void => {
      connection = taken;
      if (over || init.departure?.gone) {
        pool.release(taken, true);
        return fail(new DOMException('The client went away', 'AbortError'));
      }
      taken.exchange = {
        data(chunk) {
          try {
            parser.push(chunk);
          } catch (error) {
            return fail(error as Error);
          }
          if (parser.done) finish(parser.reusable);
        },
        closed(error) {
          try {
            parser.end();
          } catch (broken) {
            return fail(error ?? (broken as Error));
          }
          finish(false);
        },
      };
      const socket = taken.socket;
      socket.cork();
      socket.write(head, 'latin1');
      if (body !== undefined && body.byteLength > 0) socket.write(body);
      socket.uncork();
    };
    if (init.departure) unwatch = init.departure.watch(() => fail(new DOMException('The client went away', 'AbortError')));
    const taken = pool.take();
    if (taken instanceof Promise) void taken.then(start);
    else start(taken);
  });
}
