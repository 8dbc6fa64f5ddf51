import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The request and answer shapes the gateway's parts work on. A web `Request` is a `GatewayRequest`, and
 * the web handler turns each `Answer` into a `Response`; the node server hands its own `NodeRequest` over
 * and writes the `Answer` itself, so a request through it builds no web objects (undici's `Request`,
 * `Headers` and `Response` cost more per request than inspecting the message they carry).
 */

/** Header lookup as a web `Headers` does it: names case-insensitive, repeated headers joined with ", ". */
export interface HeaderLookup {
  get(name: string): string | null;
  forEach(visit: (value: string, name: string) => void): void;
}

/** What the gateway reads of a request. */
export interface GatewayRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: HeaderLookup;
}

/** A whole answer or a streamed one; the headers are lower-case names. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | ReadableStream<Uint8Array> | null;
}

/** node's `rawHeaders` read as a web `Headers` reads them, indexed on first use. */
export class RawHeaders implements HeaderLookup {
  readonly #raw: readonly string[];
  #byName: Map<string, string> | undefined;

  constructor(raw: readonly string[]) {
    this.#raw = raw;
  }

  #index(): Map<string, string> {
    if (this.#byName) return this.#byName;
    const map = new Map<string, string>();
    for (let i = 0; i + 1 < this.#raw.length; i += 2) {
      const name = this.#raw[i]!.toLowerCase();
      const value = this.#raw[i + 1]!;
      const before = map.get(name);
      map.set(name, before === undefined ? value : `${before}, ${value}`);
    }
    return (this.#byName = map);
  }

  get(name: string): string | null {
    return this.#index().get(name) ?? null;
  }

  /** The first value of a header (as node keeps one `Host`), without indexing them all. */
  first(name: string): string | undefined {
    for (let i = 0; i + 1 < this.#raw.length; i += 2) if (this.#raw[i]!.length === name.length && this.#raw[i]!.toLowerCase() === name) return this.#raw[i + 1];
    return undefined;
  }

  forEach(visit: (value: string, name: string) => void): void {
    for (const [name, value] of this.#index()) visit(value, name);
  }
}

/** The client's going away, however the request came: told at once when it already has. */
export interface Departure {
  readonly gone: boolean;
  /** Calls `onGone` when the client goes away; returns the call that stops watching. */
  watch(onGone: () => void): () => void;
  /** The same as an abort signal (made on first use), for parts that take one. */
  readonly signal: AbortSignal;
}

/** A request read by the node server: its body whole (up to the server's bound), its headers unparsed. */
export class NodeRequest implements GatewayRequest, Departure {
  readonly method: string;
  readonly headers: RawHeaders;
  readonly #target: string;
  #url: URL | undefined;
  /** Set by the node server once read (the client may go away while it is being read). */
  body: Uint8Array | undefined;
  #gone = false;
  #watchers: (() => void)[] | undefined;
  #controller: AbortController | undefined;

  constructor(req: IncomingMessage, res: ServerResponse) {
    this.method = req.method ?? 'GET';
    // From the raw headers: `req.headers` would build node's own header object for this one read.
    this.headers = new RawHeaders(req.rawHeaders);
    this.#target = req.url ?? '/';
    res.once('close', () => {
      if (res.writableFinished) return;
      this.#gone = true;
      this.#controller?.abort();
      for (const onGone of this.#watchers?.splice(0) ?? []) onGone();
    });
  }

  /** The request URL, parsed on first use (a plain path needs no parsing; see `pathOf`). */
  get parsedUrl(): URL {
    return (this.#url ??= new URL(this.#target, `http://${this.headers.first('host') ?? 'localhost'}`));
  }

  get url(): string {
    return this.parsedUrl.href;
  }

  /** The URL's path: the request target itself when URL parsing would not change it. */
  get pathname(): string {
    return plainPath.test(this.#target) ? this.#target : this.parsedUrl.pathname;
  }

  get gone(): boolean {
    return this.#gone;
  }

  watch(onGone: () => void): () => void {
    if (this.#gone) {
      onGone();
      return () => undefined;
    }
    (this.#watchers ??= []).push(onGone);
    return () => {
      const at = this.#watchers?.indexOf(onGone) ?? -1;
      if (at >= 0) this.#watchers!.splice(at, 1);
    };
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#gone) this.#controller.abort();
    }
    return this.#controller.signal;
  }
}

/** A web request's departure: its abort signal. */
class SignalDeparture implements Departure {
  constructor(readonly signal: AbortSignal) {}

  get gone(): boolean {
    return this.signal.aborted;
  }

  watch(onGone: () => void): () => void {
    if (this.signal.aborted) {
      onGone();
      return () => undefined;
    }
    this.signal.addEventListener('abort', onGone, { once: true });
    return () => this.signal.removeEventListener('abort', onGone);
  }
}

export function departureOf(request: GatewayRequest): Departure {
  return request instanceof NodeRequest ? request : new SignalDeparture((request as Request).signal);
}

/**
 * A request target that is its own pathname: a path of letters, digits, `_`, `-` and `/`, without a query,
 * escapes or dot segments (which URL parsing would rewrite), and not starting with `//` (which it would
 * read as a host).
 */
const plainPath = /^\/(?!\/)[\w\-/]*$/;

/** The request's path as URL parsing gives it, without parsing a plain one. */
export const pathOf = (request: GatewayRequest): string => (request instanceof NodeRequest ? request.pathname : urlOf(request).pathname);

/** The request's URL, parsed once however many parts read it. */
const parsedUrls = new WeakMap<GatewayRequest, URL>();
export function urlOf(request: GatewayRequest): URL {
  if (request instanceof NodeRequest) return request.parsedUrl;
  let url = parsedUrls.get(request);
  if (url === undefined) parsedUrls.set(request, (url = new URL(request.url)));
  return url;
}

/** A web `Request` for parts that take one (another library's authenticator, the legacy SSE proxy); the body is not carried. */
export function webRequestOf(request: GatewayRequest): Request {
  if (request instanceof Request) return request;
  const headers = new Headers();
  request.headers.forEach((value, name) => headers.append(name, value));
  return new Request(request.url, { method: request.method, headers, signal: departureOf(request).signal });
}

const encoder = new TextEncoder();

/** The answer as a web `Response`; a whole body goes with its Content-Length. */
export function toResponse(answer: Answer): Response {
  const { body } = answer;
  if (body === null || body instanceof ReadableStream) return new Response(body, { status: answer.status, headers: answer.headers });
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  return new Response(bytes as ConstructorParameters<typeof Response>[0], { status: answer.status, headers: { ...answer.headers, 'content-length': String(bytes.byteLength) } });
}

/** A web `Response` as an answer (its body as it is). */
export function answerOf(response: Response): Answer {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: response.body };
}

export const jsonHeaders: Readonly<Record<string, string>> = { 'content-type': 'application/json' };

/** A JSON answer. */
export const jsonAnswer = (value: unknown, status: number, headers: Readonly<Record<string, string>> = jsonHeaders): Answer => ({ status, headers, body: JSON.stringify(value) });

/** Gateway handlers made by this package, and how each answers a `GatewayRequest` (the node server calls that directly). */
const directServes = new WeakMap<object, (request: GatewayRequest) => Promise<Answer>>();

export function servesDirectly<T extends object>(handler: T, serve: (request: GatewayRequest) => Promise<Answer>): T {
  directServes.set(handler, serve);
  return handler;
}

export const directServeOf = (handler: object): ((request: GatewayRequest) => Promise<Answer>) | undefined => directServes.get(handler);
