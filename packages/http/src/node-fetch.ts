import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

/** Keep-alive agents for upstream connections (undici's fetch costs several times more per request). */
const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }) };

/**
 * A minimal `fetch` over node:http(s) for the upstream hop: the body is sent whole (the gateway has read it
 * within its limit), the answer streams back as a web-standard `Response`, and the request is aborted with
 * the signal (the client went away).
 */
export function nodeFetch(url: URL, init: { method: string; headers: Headers; body?: ArrayBuffer | undefined; signal?: AbortSignal | undefined }): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    init.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (init.body !== undefined) headers['content-length'] = String(init.body.byteLength);
    const secure = url.protocol === 'https:';
    const req = (secure ? httpsRequest : httpRequest)(url, { method: init.method, headers, agent: secure ? agents.https : agents.http, ...(init.signal ? { signal: init.signal } : {}) }, (res: IncomingMessage) => {
      const out = new Headers();
      for (let i = 0; i < res.rawHeaders.length; i += 2) out.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
      const status = res.statusCode ?? 502;
      const empty = status === 204 || status === 304 || init.method === 'HEAD';
      if (empty) res.resume();
      // node's stream/web type and the DOM lib's global one are the same class under two declarations.
      const body = empty ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
      resolve(new Response(body, { status, headers: out }));
    });
    req.once('error', reject);
    req.end(init.body === undefined ? undefined : Buffer.from(init.body));
  });
}
