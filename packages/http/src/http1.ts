import { connect, type Socket } from 'node:net';

/**
 * The upstream hop over plain HTTP/1.1, on kept-alive connections: one request written in one system call,
 * the answer read by a small parser. node's `http.request` builds a ClientRequest, an agent entry, a parser
 * and an IncomingMessage stream per request, which costs the gateway more than inspecting a small message
 * does; this does what the gateway needs of it and no more (no upgrades, no pipelining, no request streaming).
 */

/** Largest answer head (status line and headers), as node's default. */
export const maxHeadBytes = 16 * 1024;
/** Longest chunk-size line or trailer line of a chunked body. */
const maxLineBytes = 8 * 1024;

const CRLF = Buffer.from('\r\n');
const CRLFCRLF = Buffer.from('\r\n\r\n');
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const badValue = /[^\t\x20-\x7e\x80-\xff]/;
const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: [^\r\n]*)?$/;
const digits = /^\d{1,15}$/;
const chunkSize = /^[0-9A-Fa-f]{1,12}[ \t]*(?:;.*)?$/;

/** What a request sends, header names lower case. */
export interface Http1Request {
  readonly method: string;
  readonly path: string;
  /** Sent in this order; `host` first. Each name must be a token and each value free of control characters. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array | string | undefined;
}

/** The request head as written; throws a TypeError on a header that would break it (as node's client does). */
export function requestHead(request: Http1Request, bodyLength: number | undefined): string {
  let head = `${request.method} ${request.path} HTTP/1.1\r\n`;
  for (const [name, value] of request.headers) {
    if (!token.test(name)) throw new TypeError(`invalid header name ${JSON.stringify(name.slice(0, 80))}`);
    if (badValue.test(value)) throw new TypeError(`invalid character in the ${name} header`);
    head += `${name}: ${value}\r\n`;
  }
  if (bodyLength !== undefined) head += `content-length: ${bodyLength}\r\n`;
  return `${head}connection: keep-alive\r\n\r\n`;
}

/** An answer's status line and headers. */
export interface Http1Head {
  readonly status: number;
  /** Names and values in turn, as node's `rawHeaders`. */
  readonly raw: string[];
  /** Whether the connection can carry another request once the body is read. */
  readonly persistent: boolean;
}

/** What a parser tells its reader, in order: one head, body pieces, the end. */
export interface Http1Events {
  head(head: Http1Head): void;
  data(piece: Buffer): void;
  end(): void;
}

type State = 'head' | 'length' | 'close' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'done';

/**
 * Reads one HTTP/1.x answer from the bytes of a connection, in pieces of any size: interim (1xx) answers
 * are skipped, the body is framed by Content-Length, chunked coding or the connection's end (RFC 9112
 * §6.3). A malformed answer throws; nothing is buffered beyond one head or one chunk-size line.
 */
export class Http1Parser {
  #state: State = 'head';
  #pending: Buffer | undefined;
  #left = 0;
  #persistent = false;
  #extra = false;
  readonly #method: string;
  readonly #on: Http1Events;

  constructor(method: string, on: Http1Events) {
    this.#method = method;
    this.#on = on;
  }

  /** The whole answer was read. */
  get done(): boolean {
    return this.#state === 'done';
  }

  /** Whether the connection can carry another request: the answer said so and nothing came after it. */
  get reusable(): boolean {
    return this.#state === 'done' && this.#persistent && !this.#extra;
  }

  push(chunk: Buffer): void {
    const buf = this.#pending === undefined ? chunk : Buffer.concat([this.#pending, chunk]);
    this.#pending = undefined;
    let at = 0;
    while (at < buf.length) {
      switch (this.#state) {
        case 'head': {
          const end = buf.indexOf(CRLFCRLF, at);
          if ((end < 0 ? buf.length : end) - at > maxHeadBytes) throw new Error(`the upstream answer's head is over ${maxHeadBytes} bytes`);
          if (end < 0) {
            this.#pending = buf.subarray(at);
            return;
          }
          const head = buf.toString('latin1', at, end);
          at = end + 4;
          this.#head(head);
          break;
        }
        case 'length':
        case 'chunk-data': {
          const n = Math.min(this.#left, buf.length - at);
          this.#on.data(buf.subarray(at, at + n));
          at += n;
          this.#left -= n;
          if (this.#left === 0) {
            if (this.#state === 'length') this.#finish();
            else this.#state = 'chunk-end';
          }
          break;
        }
        case 'close':
          this.#on.data(at === 0 ? buf : buf.subarray(at));
          at = buf.length;
          break;
        case 'chunk-size':
        case 'trailers': {
          const eol = buf.indexOf(CRLF, at);
          if ((eol < 0 ? buf.length : eol) - at > maxLineBytes) throw new Error('the upstream answer has an overlong chunk line');
          if (eol < 0) {
            this.#pending = buf.subarray(at);
            return;
          }
          const line = buf.toString('latin1', at, eol);
          at = eol + 2;
          if (this.#state === 'trailers') {
            if (line === '') this.#finish();
          } else {
            if (!chunkSize.test(line)) throw new Error('the upstream answer has a malformed chunk size');
            this.#left = parseInt(line, 16);
            this.#state = this.#left === 0 ? 'trailers' : 'chunk-data';
          }
          break;
        }
        case 'chunk-end': {
          if (buf.length - at < 2) {
            this.#pending = buf.subarray(at);
            return;
          }
          if (buf[at] !== 0x0d || buf[at + 1] !== 0x0a) throw new Error('the upstream answer has a malformed chunk');
          at += 2;
          this.#state = 'chunk-size';
          break;
        }
        case 'done':
          // Bytes after the answer: the connection is out of step and is not used again.
          this.#extra = true;
          return;
      }
    }
  }

  /** The connection ended: a body read to its end is complete; anything else broke off. */
  end(): void {
    if (this.#state === 'close') this.#finish();
    else if (this.#state !== 'done') throw new Error('the upstream answer broke off');
  }

  #finish(): void {
    this.#state = 'done';
    this.#on.end();
  }

  #head(text: string): void {
    const lines = text.split('\r\n');
    const status = statusLine.exec(lines[0]!);
    if (!status) throw new Error('the upstream did not answer with HTTP/1.x');
    const code = Number(status[2]);
    if (code === 101) throw new Error('the upstream switched protocols');
    // An interim answer (100 Continue, 103 Early Hints): the real one follows.
    if (code < 200) return;
    const raw: string[] = [];
    let length: string | undefined;
    let codings: string | undefined;
    let close = status[1] === '0';
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      // No folded lines, no names with spaces, no control characters: an answer read otherwise by another part is refused.
      if (!token.test(name)) throw new Error('the upstream answer has a malformed header');
      const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
      if (badValue.test(value)) throw new Error('the upstream answer has a malformed header');
      raw.push(name, value);
      const lower = name.toLowerCase();
      if (lower === 'content-length') {
        if (!digits.test(value) || (length !== undefined && length !== value)) throw new Error('the upstream answer has a malformed Content-Length');
        length = value;
      } else if (lower === 'transfer-encoding') codings = codings === undefined ? value : `${codings}, ${value}`;
      else if (lower === 'connection' && value.toLowerCase().split(',').some((t) => t.trim() === 'close')) close = true;
    }
    this.#persistent = !close;
    this.#on.head({ status: code, raw, persistent: !close });
    if (this.#method === 'HEAD' || code === 204 || code === 304) return this.#finish();
    if (codings !== undefined) {
      // Chunked when it is the last coding; otherwise the body runs to the connection's end. A length
      // next to a coding is ignored, and such a connection is not used again.
      if (length !== undefined) this.#persistent = false;
      if (codings.toLowerCase().split(',').at(-1)!.trim() === 'chunked') this.#state = 'chunk-size';
      else {
        this.#persistent = false;
        this.#state = 'close';
      }
    } else if (length !== undefined) {
      this.#left = Number(length);
      this.#state = 'length';
      if (this.#left === 0) this.#finish();
    } else {
      this.#persistent = false;
      this.#state = 'close';
    }
  }
}

/** Reads from one kept-alive connection: the exchange in progress, if any, gets its bytes. */
export interface Http1Exchange {
  data(chunk: Buffer): void;
  /** The connection ended or failed (error undefined: it ended cleanly). */
  closed(error: Error | undefined): void;
}

/** One connection to the upstream, with its listeners attached once for all the exchanges it carries. */
export class Http1Connection {
  exchange: Http1Exchange | undefined;
  #closed = false;

  constructor(readonly socket: Socket, private readonly pool: Http1Pool) {
    // As node's keep-alive agent sets them up.
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 1000);
    socket.on('data', (chunk: Buffer) => {
      if (this.exchange) this.exchange.data(chunk);
      // Bytes nobody asked for: the connection is out of step.
      else socket.destroy();
    });
    socket.on('end', () => this.#close(undefined));
    socket.on('error', (error: Error) => this.#close(error));
    socket.on('close', () => this.#close(undefined));
  }

  get usable(): boolean {
    return !this.#closed && !this.socket.destroyed && this.socket.writable;
  }

  #close(error: Error | undefined): void {
    const exchange = this.exchange;
    this.exchange = undefined;
    if (!this.#closed) {
      this.#closed = true;
      this.socket.destroy();
      this.pool.forget(this);
    }
    exchange?.closed(error);
  }
}

/** Kept-alive connections to one upstream (host and port), at most `maxSockets` at a time. */
export class Http1Pool {
  readonly #idle: Http1Connection[] = [];
  readonly #waiting: ((connection: Http1Connection) => void)[] = [];
  #open = 0;

  constructor(
    readonly hostname: string,
    readonly port: number,
    readonly maxSockets = 256,
  ) {}

  /** A connection for one exchange: an idle one, a new one, or the next one released when all are busy. */
  take(): Http1Connection | Promise<Http1Connection> {
    for (let connection = this.#idle.pop(); connection !== undefined; connection = this.#idle.pop()) {
      if (connection.usable) {
        connection.socket.ref();
        return connection;
      }
    }
    if (this.#open < this.maxSockets) return this.#connect();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** An exchange is over: a reusable connection goes to the next waiting exchange or waits idle; any other is closed. */
  release(connection: Http1Connection, reusable: boolean): void {
    connection.exchange = undefined;
    if (!reusable || !connection.usable) {
      connection.socket.destroy();
      return;
    }
    // A streamed answer may have left it paused (back-pressure).
    connection.socket.resume();
    const next = this.#waiting.shift();
    if (next) return next(connection);
    // An idle connection does not keep the process alive.
    connection.socket.unref();
    this.#idle.push(connection);
  }

  /** A connection closed (called once per connection). */
  forget(connection: Http1Connection): void {
    this.#open--;
    const at = this.#idle.indexOf(connection);
    if (at >= 0) this.#idle.splice(at, 1);
    const next = this.#waiting.shift();
    if (next) next(this.#connect());
  }

  #connect(): Http1Connection {
    this.#open++;
    return new Http1Connection(connect(this.port, this.hostname), this);
  }
}
