/**
 * Bodies this package already holds whole in memory, keyed by the web-standard `Request` or `Response`
 * that carries them, so its own parts skip a web-stream round trip per request: building, reading and
 * writing a body stream costs more than inspecting the message it carries.
 *
 * A message is *lean* (no body stream, the body only here) only when its reader is one of this package's
 * parts that reads `knownBody` first: the gateway handler (for requests from `createNodeServer`),
 * `httpUpstream` (for the proxy's requests), the proxy (for `httpUpstream`'s answers) and
 * `createNodeServer` (for answers to lean requests). Everyone else gets complete web objects.
 */
interface Carried {
  readonly body?: Uint8Array | string | undefined;
  /** A lean request's abort signal (undici follows a signal given to `new Request` with one of its own: costly). */
  readonly signal?: AbortSignal | undefined;
}
const carried = new WeakMap<Request | Response, Carried>();
const lean = new WeakSet<Request | Response>();
const leanReaders = new WeakSet<object>();

/** Marks a handler or upstream of this package as one that reads request bodies through `knownBody`. */
export function readsKnownBodies<T extends object>(reader: T): T {
  leanReaders.add(reader);
  return reader;
}

type RequestParts = { readonly method: string; readonly headers: Headers; readonly signal?: AbortSignal | undefined };

/** A request carrying `body`, without a body stream (or a followed signal) when `reader` reads known bodies. */
export function requestFor(reader: object, url: string | URL, init: RequestParts, body: Uint8Array | string | undefined): Request {
  if (!leanReaders.has(reader)) {
    const full: RequestInit = { method: init.method, headers: init.headers, signal: init.signal ?? null };
    if (body !== undefined) full.body = body as NonNullable<RequestInit['body']>;
    const request = new Request(url, full);
    if (body !== undefined) carried.set(request, { body });
    return request;
  }
  const request = new Request(url, { method: init.method, headers: init.headers });
  carried.set(request, { body, signal: init.signal });
  lean.add(request);
  return request;
}

/** The request's abort signal (for a lean request, the one it was made with). */
export function signalOf(request: Request): AbortSignal {
  return carried.get(request)?.signal ?? request.signal;
}

/** A response carrying `body`, without a body stream when it answers a lean request. */
export function responseFor(request: Request | undefined, body: Uint8Array | string | null, init: ResponseInit): Response {
  if (body === null) return new Response(null, init);
  const skip = request !== undefined && lean.has(request);
  const response = new Response(skip ? null : (body as NonNullable<ConstructorParameters<typeof Response>[0]>), init);
  carried.set(response, { body });
  if (skip) lean.add(response);
  return response;
}

/** The whole body of a message made above; undefined for any other (read its stream). */
export function knownBody(message: Request | Response): Uint8Array | string | undefined {
  return carried.get(message)?.body;
}

const encoder = new TextEncoder();

/** The known body as bytes (a text body is UTF-8 encoded); undefined as for `knownBody`. */
export function knownBytes(message: Request | Response): Uint8Array | undefined {
  const known = carried.get(message)?.body;
  return typeof known === 'string' ? encoder.encode(known) : known;
}
