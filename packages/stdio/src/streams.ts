import { randomUUID } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';

import type { Finding, Guard, InspectContext, JsonRpcErrorResponse, Principal, Sender, Verdict } from '@vanguard/core';

import { type Envelope, readEnvelope } from './envelope.js';
import { type Line, LineSplitter, type OversizeLine } from './lines.js';

/** Default largest message, in bytes; the same as the guard's default `limits.maxMessageBytes`. */
export const defaultMaxMessageBytes = 16 * 1024 * 1024;
/** Default bound of complete messages read ahead of the guard in each direction, in bytes. */
export const defaultMaxBufferedBytes = 8 * 1024 * 1024;

/** JSON-RPC error code for a request the server can no longer answer (the SDK's `ConnectionClosed`). */
export const serverGoneErrorCode = -32000;

/** What the proxy did with one message. */
export type Outcome =
  /** Passed on, byte for byte. */
  | 'forwarded'
  /** Blocked; the sender got a JSON-RPC error for it. */
  | 'answered'
  /** Blocked; the receiver got a replacement (a filtered `tools/list` answer or an error with the same id). */
  | 'replaced'
  /** Blocked and dropped (notifications, and server output nobody waits for). */
  | 'dropped';

/** Reported once per message, after the proxy acted on it. */
export interface VerdictEvent {
  /** Who sent the message: `client` is the agent host, `server` the MCP server. */
  readonly from: Sender;
  readonly verdict: Verdict;
  readonly outcome: Outcome;
}

/** Options shared by {@link guardStreams} and `createStdioProxy`. */
export interface GuardStreamsCommonOptions {
  /**
   * The guard, or a promise of it: messages wait (in the pipes, bounded as usual) until it is ready, so a
   * caller can start the server while the guard compiles its rules. If the promise rejects, every message
   * is dropped; the caller is expected to report the error and shut the proxy down.
   */
  readonly guard: Guard | PromiseLike<Guard>;
  /** Session id for the guard's per-connection state and audit events. Default: a random `stdio-…` id. */
  readonly sessionId?: string;
  /** Server id for the guard's state and audit events. Default `default`. */
  readonly serverId?: string;
  readonly principal?: Principal;
  /**
   * Largest message accepted, in bytes (default 16 MiB). A longer line is never held in memory: it is
   * discarded as it streams past and answered with a `preflight/max-message-bytes` error when its id can
   * be recovered from its ends. Keep it at or above the guard's `limits.maxMessageBytes`.
   */
  readonly maxMessageBytes?: number;
  /**
   * Back-pressure bound, in bytes (default 8 MiB): when this much complete input waits for the guard
   * or for a slow reader in one direction, the proxy stops reading that side until half of it is
   * handled. Memory per direction stays below `maxBufferedBytes + maxMessageBytes` plus one read chunk
   * and one message in each output stream's buffer.
   */
  readonly maxBufferedBytes?: number;
  /** Called once per message with the verdict and what the proxy did. Must not throw. */
  readonly onVerdict?: (event: VerdictEvent) => void;
  /** Diagnostics (never protocol bytes), one line each, without a trailing newline. */
  readonly log?: (message: string) => void;
}

export interface GuardStreamsOptions extends GuardStreamsCommonOptions {
  /** The agent host side: messages from the host are read from `input`, messages to it written to `output`. */
  readonly host: { readonly input: Readable; readonly output: Writable };
  /** The MCP server side: `input` is the server's stdin, `output` its stdout. */
  readonly server: { readonly input: Writable; readonly output: Readable };
}

/** Counters of one direction. */
export interface LaneStats {
  readonly messages: number;
  readonly forwarded: number;
  readonly blocked: number;
  readonly bytes: number;
}

export interface GuardedStreams {
  /** Resolves when the host's input has ended (or was detached) and every message read from it is handled. */
  readonly hostDone: Promise<void>;
  /** Resolves when the server's output has ended and every message read from it is handled. */
  readonly serverDone: Promise<void>;
  /** Resolves when writing to the host failed or its output closed: nobody is listening any more. */
  readonly hostGone: Promise<void>;
  /** Host requests forwarded to the server and not answered yet. */
  readonly inFlight: number;
  readonly stats: { readonly client: LaneStats; readonly server: LaneStats };
  /**
   * Declares the server gone: every request in flight, and every request the host sends from now on, is
   * answered with a JSON-RPC error (`-32000`) carrying `message`. Returns how many were in flight.
   */
  serverGone(message: string, data?: Record<string, unknown>): number;
  /** Stops reading the host's input; messages already read are still handled. */
  detachHost(): void;
  /** Resolves once every message read so far from the host is handled. */
  hostIdle(): Promise<void>;
}

type Item = { readonly line: Line; readonly oversize?: undefined } | { readonly line?: undefined; readonly oversize: OversizeLine };

const noop = (): void => undefined;
const NEWLINE = Buffer.from('\n');

const corked = new Set<Writable>();
function uncork(stream: Writable): void {
  corked.delete(stream);
  stream.uncork();
}

/**
 * Writes one whole message; returns a promise only when the stream asks to wait (drain, close or error).
 * Messages written in the same tick are corked into one system call: a burst of pipelined messages costs
 * one write, a lone message is flushed at the end of the tick it was handled in.
 */
function write(stream: Writable, data: Buffer | string): Promise<void> | undefined {
  if (stream.destroyed || stream.writableEnded) return undefined;
  if (!corked.has(stream)) {
    corked.add(stream);
    stream.cork();
    process.nextTick(uncork, stream);
  }
  if (stream.write(data)) return undefined;
  return drained(stream);
}

/** Resolves when a writable drains, closes or fails (or after `timeoutMs`, if given). */
export function drained(stream: Writable, timeoutMs?: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = timeoutMs === undefined ? undefined : setTimeout(done, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    }
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

const idPattern = String.raw`(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\]|\\.)*")`;
const headIdPattern = new RegExp(String.raw`^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*${idPattern}\s*[,}]`);
const tailIdPattern = new RegExp(String.raw`[{,]\s*"id"\s*:\s*${idPattern}\s*\}\s*$`);

/**
 * The id of a message whose middle was discarded: the top-level `id` is recoverable when it is the
 * first key (optionally after `jsonrpc`) or the last one, which covers the SDKs' serializers.
 */
export function recoverId(head: Buffer, tail: Buffer): string | number | undefined {
  const match = headIdPattern.exec(head.toString('utf8')) ?? tailIdPattern.exec(tail.toString('utf8'));
  if (!match?.[1]) return undefined;
  try {
    const id = JSON.parse(match[1]) as unknown;
    return typeof id === 'string' || typeof id === 'number' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Reads lines from one side, queues them (bounded) and hands them, in order, to one async handler. */
class Lane {
  readonly stats = { messages: 0, forwarded: 0, blocked: 0, bytes: 0 };
  readonly done: Promise<void>;
  readonly #source: Readable;
  readonly #handle: (item: Item) => Promise<void>;
  readonly #highWater: number;
  readonly #splitter: LineSplitter;
  readonly #log: (message: string) => void;
  #queue: (Item | undefined)[] = [];
  #head = 0;
  #queuedBytes = 0;
  #paused = false;
  #ended = false;
  #detached = false;
  #running = false;
  #resolveDone: () => void = noop;
  #idleWaiters: (() => void)[] = [];

  constructor(source: Readable, maxMessageBytes: number, maxBufferedBytes: number, handle: (item: Item) => Promise<void>, log: (message: string) => void) {
    this.#source = source;
    this.#handle = handle;
    this.#highWater = maxBufferedBytes;
    this.#log = log;
    this.done = new Promise((resolve) => {
      this.#resolveDone = resolve;
    });
    this.#splitter = new LineSplitter(
      maxMessageBytes,
      (line) => this.#enqueue({ line }, line.raw.length),
      (oversize) => this.#enqueue({ oversize }, 0),
    );
    source.on('data', this.#onData);
    source.on('end', this.#onEnd);
    source.on('close', this.#onEnd);
    source.on('error', this.#onError);
  }

  /** Stops reading; what was read is still handled, an unfinished line is dropped. */
  detach(): void {
    if (this.#detached) return;
    this.#detached = true;
    this.#source.off('data', this.#onData);
    this.#source.off('end', this.#onEnd);
    this.#source.off('close', this.#onEnd);
    this.#source.off('error', this.#onError);
    this.#source.pause();
    this.#ended = true;
    this.#kick();
  }

  idle(): Promise<void> {
    if (!this.#running && this.#head >= this.#queue.length) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  readonly #onData = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.stats.bytes += bytes.length;
    this.#splitter.push(bytes);
    if (this.#queuedBytes >= this.#highWater && !this.#paused) {
      this.#paused = true;
      this.#source.pause();
    }
    this.#kick();
  };

  readonly #onEnd = (): void => {
    if (this.#ended) return;
    this.#ended = true;
    this.#splitter.end();
    this.#kick();
  };

  readonly #onError = (error: Error): void => {
    this.#log(`reading failed: ${error.message}`);
    this.#onEnd();
  };

  #enqueue(item: Item, size: number): void {
    this.#queue.push(item);
    this.#queuedBytes += size;
  }

  #kick(): void {
    if (this.#running) return;
    if (this.#head < this.#queue.length) {
      this.#running = true;
      void this.#run();
    } else {
      this.#settle();
    }
  }

  async #run(): Promise<void> {
    while (this.#head < this.#queue.length) {
      const item = this.#queue[this.#head]!;
      this.#queue[this.#head++] = undefined;
      if (this.#head === this.#queue.length) {
        this.#queue = [];
        this.#head = 0;
      }
      if (item.line) this.#queuedBytes -= item.line.raw.length;
      if (this.#paused && this.#queuedBytes <= this.#highWater / 2 && !this.#detached) {
        this.#paused = false;
        this.#source.resume();
      }
      this.stats.messages++;
      try {
        await this.#handle(item);
      } catch (error) {
        // Handlers report through findings and errors; this is a bug, and the message is dropped.
        this.#log(`internal error while handling a message: ${(error as Error)?.stack ?? String(error)}`);
      }
    }
    this.#running = false;
    this.#settle();
  }

  #settle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const resolve of waiters) resolve();
    if (this.#ended) this.#resolveDone();
  }
}

const parseErrorRules = new Set(['preflight/parse-error', 'preflight/invalid-utf8']);

/**
 * Guards an already connected pair of streams: newline-delimited JSON-RPC from the host is inspected and
 * forwarded to the server, and the server's output inspected and forwarded to the host, each direction in
 * order, one message at a time, with bounded read-ahead. Use it when the host spawns the server itself;
 * `createStdioProxy` spawns it for you and adds the lifecycle (exit codes, signals, shutdown).
 *
 * Blocked requests are answered to their sender with `guard.errorFor` and never reach the other side;
 * blocked responses are replaced (a `tools/list` answer by `verdict.replacement` when the profile removes
 * poisoned tools, otherwise by the error for its id); blocked notifications are dropped. A line that is not
 * JSON from the host gets a JSON-RPC parse error (`-32700`, no id); one from the server is dropped and logged.
 */
export function guardStreams(options: GuardStreamsOptions): GuardedStreams {
  const guardReady = Promise.resolve(options.guard);
  let guard: Guard = undefined as unknown as Guard;
  let ready = false;
  void guardReady.then(
    (g) => {
      guard = g;
      ready = true;
    },
    () => undefined,
  );
  /** Waits for the guard; false when it could not be created (the message is dropped). */
  const guardAvailable = async (): Promise<boolean> => {
    try {
      guard = await guardReady;
      return true;
    } catch {
      return false;
    }
  };
  const hostOut = options.host.output;
  const serverIn = options.server.input;
  const log = options.log ?? noop;
  const onVerdict = options.onVerdict ?? noop;
  const maxMessageBytes = options.maxMessageBytes ?? defaultMaxMessageBytes;
  const maxBufferedBytes = options.maxBufferedBytes ?? defaultMaxBufferedBytes;
  const sessionId = options.sessionId ?? `stdio-${randomUUID().slice(0, 8)}`;
  const base = { sessionId, serverId: options.serverId ?? 'default', ...(options.principal ? { principal: options.principal } : {}) };
  const clientContext: InspectContext = { ...base, from: 'client' };
  const serverContext: InspectContext = { ...base, from: 'server' };
  /** Host requests the server has not answered, by id (its JSON type kept: `1` and `"1"` differ). */
  const inFlight = new Map<string | number, true>();
  let gone: { message: string; data: Record<string, unknown> } | undefined;

  let signalHostGone: () => void = noop;
  const hostGone = new Promise<void>((resolve) => {
    signalHostGone = resolve;
  });
  hostOut.on('error', (error: Error) => {
    log(`writing to the host failed: ${error.message}`);
    signalHostGone();
  });
  hostOut.on('close', () => signalHostGone());
  serverIn.on('error', (error: NodeJS.ErrnoException) => {
    // EPIPE: the server closed its input or exited; its exit is reported on its own.
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') log(`writing to the server failed: ${error.message}`);
  });

  const line = (message: unknown): string => `${JSON.stringify(message)}\n`;
  const goneError = (id: string | number): JsonRpcErrorResponse => ({
    jsonrpc: '2.0',
    id,
    error: { code: serverGoneErrorCode, message: gone?.message ?? 'The MCP server is not running', data: { vanguard: 'server-gone', ...gone?.data } },
  });
  const errorFor = (id: string | number | undefined, verdict: Verdict): JsonRpcErrorResponse | undefined =>
    guard.errorFor(id === undefined ? { jsonrpc: '2.0' } : { jsonrpc: '2.0', id }, verdict);

  const report = (from: Sender, verdict: Verdict, outcome: Outcome, lane: Lane): void => {
    if (outcome === 'forwarded') lane.stats.forwarded++;
    else lane.stats.blocked++;
    try {
      onVerdict({ from, verdict, outcome });
    } catch {
      // A callback must not break the traffic.
    }
  };

  const track = (from: Sender, envelope: Envelope, bytes: Buffer): void => {
    if (envelope.kind === 'batch') {
      let items: unknown;
      try {
        items = JSON.parse(bytes.toString('utf8'));
      } catch {
        return;
      }
      if (!Array.isArray(items)) return;
      for (const item of items) {
        const isObject = typeof item === 'object' && item !== null;
        const id = isObject ? (item as Record<string, unknown>)['id'] : undefined;
        if (typeof id !== 'string' && typeof id !== 'number') continue;
        const isRequest = typeof (item as Record<string, unknown>)['method'] === 'string';
        if (from === 'client' && isRequest) inFlight.set(id, true);
        else if (from === 'server' && !isRequest) inFlight.delete(id);
      }
      return;
    }
    if (from === 'client' && envelope.kind === 'notification' && envelope.method === 'notifications/cancelled') {
      // A cancelled request may never be answered; it must not get a "server exited" error later.
      try {
        const requestId = (JSON.parse(bytes.toString('utf8')) as { params?: { requestId?: unknown } }).params?.requestId;
        if (typeof requestId === 'string' || typeof requestId === 'number') inFlight.delete(requestId);
      } catch {
        // The guard let it through, so it parses; nothing to do otherwise.
      }
      return;
    }
    if (envelope.id === undefined) return;
    if (from === 'client' && envelope.kind === 'request') inFlight.set(envelope.id, true);
    else if (from === 'server' && (envelope.kind === 'response' || envelope.kind === 'error')) inFlight.delete(envelope.id);
  };

  /** Answers the sender and replaces towards the receiver, for each member of a blocked batch. */
  const blockBatch = async (from: Sender, bytes: Buffer, verdict: Verdict, sender: Writable, receiver: Writable): Promise<Outcome> => {
    let items: unknown;
    try {
      items = JSON.parse(bytes.toString('utf8'));
    } catch {
      items = undefined;
    }
    const answers: unknown[] = [];
    const replacements: string[] = [];
    for (const item of Array.isArray(items) ? items : []) {
      if (typeof item !== 'object' || item === null) continue;
      const record = item as Record<string, unknown>;
      const id = record['id'];
      if (typeof id !== 'string' && typeof id !== 'number') continue;
      if (typeof record['method'] === 'string') answers.push(errorFor(id, verdict));
      else {
        if (from === 'server') inFlight.delete(id);
        replacements.push(line(errorFor(id, verdict)));
      }
    }
    if (answers.length === 0 && replacements.length === 0 && from === 'client') answers.push(errorFor(undefined, verdict));
    if (answers.length) await write(sender, line(answers));
    for (const replacement of replacements) await write(receiver, replacement);
    return answers.length ? 'answered' : replacements.length ? 'replaced' : 'dropped';
  };

  const blocked = async (from: Sender, item: Line, envelope: Envelope, verdict: Verdict): Promise<Outcome> => {
    const sender = from === 'client' ? hostOut : serverIn;
    const receiver = from === 'client' ? serverIn : hostOut;
    const isResponse = envelope.kind === 'response' || envelope.kind === 'error';
    if (isResponse && from === 'server' && envelope.id !== undefined) inFlight.delete(envelope.id);
    if (verdict.replacement !== undefined && envelope.kind === 'response') {
      await write(receiver, line(verdict.replacement));
      return 'replaced';
    }
    switch (envelope.kind) {
      case 'notification':
        return 'dropped';
      case 'request':
        await write(sender, line(errorFor(envelope.id, verdict)));
        return 'answered';
      case 'response':
      case 'error':
        if (envelope.id === undefined) return 'dropped';
        await write(receiver, line(errorFor(envelope.id, verdict)));
        return 'replaced';
      case 'batch':
        return blockBatch(from, item.bytes, verdict, sender, receiver);
      case 'unknown': {
        if (from === 'server') {
          log(`dropped a line from the server that is not a JSON-RPC message (${verdict.primary?.rule ?? 'invalid'}, ${item.bytes.length} bytes)`);
          return 'dropped';
        }
        const error = guard.errorFor(item.bytes.toString('utf8'), verdict);
        if (!error) return 'dropped';
        const rule = verdict.primary?.rule;
        if (rule && parseErrorRules.has(rule)) {
          await write(sender, line({ ...error, error: { ...error.error, code: -32700, message: `Parse error: ${verdict.primary?.message ?? 'invalid JSON'}` } }));
        } else if (rule === 'protocol/invalid-message') {
          await write(sender, line({ ...error, error: { ...error.error, code: -32600, message: `Invalid Request: ${verdict.primary?.message ?? 'not JSON-RPC'}` } }));
        } else {
          await write(sender, line(error));
        }
        return 'answered';
      }
    }
  };

  const oversizeVerdict = (size: number): Verdict => {
    const finding: Finding = {
      layer: 'preflight',
      rule: 'preflight/max-message-bytes',
      family: 'preflight',
      severity: 'high',
      action: 'block',
      message: `message is larger than ${maxMessageBytes} bytes`,
      path: [],
      deterministic: true,
    };
    return {
      action: 'block',
      findings: [finding],
      primary: finding,
      explain: {
        summary: `Blocked a ${size}-byte message: larger than the proxy's ${maxMessageBytes}-byte limit (preflight/max-message-bytes)`,
        layer: 'preflight',
        rule: finding.rule,
        family: 'preflight',
        profileEffect: 'block (the proxy discards oversize messages as they stream; no profile can forward them)',
        hint: 'If messages this large are expected, raise maxMessageBytes (limits.maxMessageBytes in the config).',
      },
      profile: guard.profile,
      messageType: 'invalid',
      method: undefined,
      tool: undefined,
      disposition: { kind: 'drop' },
      durationMs: 0,
    };
  };

  const handleOversize = async (from: Sender, oversize: OversizeLine, lane: Lane): Promise<void> => {
    const verdict = oversizeVerdict(oversize.size);
    const id = recoverId(oversize.head, oversize.tail);
    let outcome: Outcome = 'dropped';
    if (from === 'client') {
      // Most likely a request (a tool call with a huge argument): the host is waiting for its answer.
      await write(hostOut, line(errorFor(id, verdict)));
      outcome = 'answered';
    } else if (id !== undefined && inFlight.delete(id)) {
      await write(hostOut, line(errorFor(id, verdict)));
      outcome = 'replaced';
    } else {
      log(`dropped a ${oversize.size}-byte message from the server: larger than the ${maxMessageBytes}-byte limit`);
    }
    report(from, verdict, outcome, lane);
  };

  const fromHost = async (item: Item): Promise<void> => {
    if (!ready && !(await guardAvailable())) return;
    if (item.oversize) return handleOversize('client', item.oversize, hostLane);
    const { bytes, raw } = item.line;
    const verdict = await guard.inspect(bytes, clientContext);
    const envelope = readEnvelope(bytes);
    if (verdict.action === 'block') {
      report('client', verdict, await blocked('client', item.line, envelope, verdict), hostLane);
      return;
    }
    if (gone) {
      // The server cannot answer: requests get an error, anything else has nowhere to go.
      if (envelope.kind === 'request' && envelope.id !== undefined) await write(hostOut, line(goneError(envelope.id)));
      report('client', verdict, envelope.kind === 'request' ? 'answered' : 'dropped', hostLane);
      return;
    }
    track('client', envelope, bytes);
    const pending = write(serverIn, raw[raw.length - 1] === 0x0a ? raw : Buffer.concat([raw, NEWLINE]));
    report('client', verdict, 'forwarded', hostLane);
    if (pending) await pending;
  };

  const fromServer = async (item: Item): Promise<void> => {
    if (!ready && !(await guardAvailable())) return;
    if (item.oversize) return handleOversize('server', item.oversize, serverLane);
    const { bytes, raw } = item.line;
    const verdict = await guard.inspect(bytes, serverContext);
    const envelope = readEnvelope(bytes);
    if (verdict.action === 'block') {
      report('server', verdict, await blocked('server', item.line, envelope, verdict), serverLane);
      return;
    }
    if (envelope.kind === 'unknown') {
      // Allowed but not a message (monitor profile): still never put non-protocol bytes on the host's stdout.
      log(`dropped a line from the server that is not a JSON-RPC message (${item.line.bytes.length} bytes)`);
      report('server', verdict, 'dropped', serverLane);
      return;
    }
    track('server', envelope, bytes);
    const pending = write(hostOut, raw);
    report('server', verdict, 'forwarded', serverLane);
    if (pending) await pending;
  };

  const hostLane: Lane = new Lane(options.host.input, maxMessageBytes, maxBufferedBytes, fromHost, (m) => log(`host input: ${m}`));
  const serverLane: Lane = new Lane(options.server.output, maxMessageBytes, maxBufferedBytes, fromServer, (m) => log(`server output: ${m}`));

  return {
    hostDone: hostLane.done,
    serverDone: serverLane.done,
    hostGone,
    get inFlight() {
      return inFlight.size;
    },
    stats: { client: hostLane.stats, server: serverLane.stats },
    serverGone(message, data = {}) {
      gone = { message, data };
      const ids = [...inFlight.keys()];
      inFlight.clear();
      for (const id of ids) void write(hostOut, line(goneError(id)));
      return ids.length;
    },
    detachHost() {
      hostLane.detach();
    },
    hostIdle() {
      return hostLane.idle();
    },
  };
}
