import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type Answer, answerOf, directServeOf, NodeRequest } from './exchange.js';

/** A web-standard handler, as `createGatewayHandler` returns. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Turns a node request into a web-standard one; its signal aborts when the client goes away. The body is
 * read into memory up to `maxBodyBytes` + 1 bytes (the handler refuses anything over its limit with 413;
 * reading stops there, so nothing is buffered without bound).
 */
export async function toWebRequest(req: IncomingMessage, res: ServerResponse, maxBodyBytes = 4 * 1024 * 1024): Promise<Request> {
  const host = req.headers.host ?? 'localhost';
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? 'GET';
  const init: RequestInit = { method, headers, signal: controller.signal };
  if (method !== 'GET' && method !== 'HEAD') init.body = (await readNodeBody(req, maxBodyBytes + 1)) as NonNullable<RequestInit['body']>;
  return new Request(url, init);
}

function readNodeBody(req: IncomingMessage, max: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      req.off('data', onData);
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      chunks.push(chunk);
      if (size >= max) {
        // Enough to know it is too large; the rest is never read.
        req.pause();
        done();
      }
    };
    req.on('data', onData);
    req.once('end', done);
    req.once('error', reject);
  });
}

/** Answers with a Content-Length up to this size are written in one go rather than streamed. */
const wholeBelow = 1024 * 1024;

/** Writes a web-standard response to a node response, streaming the body and honouring back-pressure. */
export async function writeWebResponse(response: Response, res: ServerResponse): Promise<void> {
  await writeAnswer(await wholeAnswerOf(response), res);
}

/** The response as an answer; a small body of known length read whole (one write instead of a chunked stream). */
async function wholeAnswerOf(response: Response): Promise<Answer> {
  const answer = answerOf(response);
  const declared = Number(answer.headers['content-length'] ?? NaN);
  if (response.body === null || !(declared <= wholeBelow)) return answer;
  return { ...answer, body: new Uint8Array(await response.arrayBuffer()) };
}

/** Writes an answer: a whole body in one write with a Content-Length, a stream chunk by chunk. */
async function writeAnswer(answer: Answer, res: ServerResponse): Promise<void> {
  const { body } = answer;
  if (body === null || typeof body === 'string' || body instanceof Uint8Array) {
    // One write with a Content-Length (a chunked write costs a syscall more per request).
    const length = body === null ? undefined : typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    res.writeHead(answer.status, length === undefined ? answer.headers : { ...answer.headers, 'content-length': String(length) });
    res.end(body ?? undefined);
    return;
  }
  res.writeHead(answer.status, answer.headers);
  // An event stream's headers go out at once (the client waits for them); other headers leave with the body.
  if (answer.headers['content-type']?.startsWith('text/event-stream')) res.flushHeaders();
  const reader = body.getReader();
  const onClose = (): void => void reader.cancel().catch(() => undefined);
  res.on('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await drainedOrClosed(res);
      if (res.destroyed) break;
    }
  } catch {
    // The client went away or the upstream broke off; the response ends here.
  } finally {
    res.off('close', onClose);
    res.end();
  }
}

/** Resolves when the response drains or closes; both listeners go either way (a long stream waits many times). */
function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export interface NodeServerOptions {
  /** Most body bytes read before the handler sees the request (default 4 MiB, the gateway's default limit). */
  readonly maxBodyBytes?: number;
}

/**
 * Serves a web-standard handler with node:http. A gateway handler of this package is served without web
 * objects: it reads the node request and its answer is written as it is (the same decisions either way).
 */
export function createNodeServer(handler: FetchHandler, options: NodeServerOptions = {}): Server {
  const maxBodyBytes = options.maxBodyBytes ?? 4 * 1024 * 1024;
  const direct = directServeOf(handler);
  const answer = direct
    ? async (req: IncomingMessage, res: ServerResponse): Promise<Answer> => {
        const request = new NodeRequest(req, res);
        if (request.method !== 'GET' && request.method !== 'HEAD') request.body = await readNodeBody(req, maxBodyBytes + 1);
        return direct(request);
      }
    : async (req: IncomingMessage, res: ServerResponse): Promise<Answer> => wholeAnswerOf(await handler(await toWebRequest(req, res, maxBodyBytes)));
  return createServer((req, res) => {
    void (async () => {
      try {
        await writeAnswer(await answer(req, res), res);
      } catch {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32603, message: 'Internal error' } }));
      }
    })();
  });
}

/** Listens on `host:port` (port 0: any free port) and resolves with the address actually bound. */
export function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}
