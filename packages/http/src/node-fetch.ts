import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

import { responseFor } from './known-body.js';

/** Answers with a Content-Length up to this size are read whole rather than streamed. */
const wholeBelow = 1024 * 1024;

/** Keep-alive agents for upstream connections (undici's fetch costs several times more per request). */
const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }) };

/**
 * A minimal `fetch` over node:http(s) for the upstream hop: the body is sent whole (the gateway has read it
 * within its limit), the answer streams back as a web-standard `Response`, and the request is aborted with
 * the signal (the client went away).
 */
export function nodeFetch(url: URL, init: { method: string; headers: Headers; body?: Uint8Array | undefined; signal?: AbortSignal | undefined; request?: Request; headersTimeoutMs?: number }): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    init.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (init.body !== undefined) headers['content-length'] = String(init.body.byteLength);
    const secure = url.protocol === 'https:';
    const req = (secure ? httpsRequest : httpRequest)(url, { method: init.method, headers, agent: secure ? agents.https : agents.http, ...(init.signal ? { signal: init.signal } : {}) }, (res: IncomingMessage) => {
      clearTimeout(timer);
      const out = new Headers();
      for (let i = 0; i < res.rawHeaders.length; i += 2) out.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
      const status = res.statusCode ?? 502;
      const empty = status === 204 || status === 304 || init.method === 'HEAD';
      if (empty) res.resume();
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (!empty && declared <= wholeBelow && !String(res.headers['content-type']).startsWith('text/event-stream')) {
        // A small answer of known length: read it whole (node's parser holds it to that length) and skip
        // the web stream; the gateway reads it through knownBody.
        readWhole(res, declared).then((bytes) => resolve(responseFor(init.request, bytes, { status, headers: out })), reject);
        return;
      }
      // node's stream/web type and the DOM lib's global one are the same class under two declarations.
      const body = empty ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
      resolve(new Response(body, { status, headers: out }));
    });
    // Connecting and the response headers are bounded; the body (a stream may last for hours) is not.
    const ms = init.headersTimeoutMs ?? 30_000;
    const timer = setTimeout(() => req.destroy(new Error(`no response headers within ${ms} ms`)), ms);
    req.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(init.body);
  });
}

function readWhole(res: IncomingMessage, length: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length)));
    res.once('error', reject);
    res.once('close', () => {
      if (!res.complete) reject(new Error('the upstream answer broke off'));
    });
  });
}
