import {
  type Guard,
  type JsonRpcErrorResponse,
  type Principal,
  type Sender,
  type Verdict,
  VanguardError,
  VanguardErrorCode,
} from '@vanguard/core';

/**
 * The part of an MCP SDK `Transport` that {@link guardTransport} relies on. Every transport of the
 * official SDKs matches it: v1 `@modelcontextprotocol/sdk` (1.x) and v2 `@modelcontextprotocol/client`
 * and `@modelcontextprotocol/server` (2.x), client or server side, stdio, Streamable HTTP, SSE, in-memory.
 */
export interface TransportLike {
  start(): Promise<void>;
  send(message: never, options?: never): Promise<void>;
  close(): Promise<void>;
  sessionId?: string | undefined;
}

/** Which end of the MCP connection the wrapped transport is. */
export type TransportSide = 'client' | 'server';

/** What the wrapper did with one message after the guard's verdict. */
export type GuardOutcome =
  /** Passed on unchanged (the verdict allowed it, warned, flagged it for review or only audited it). */
  | 'forwarded'
  /** Passed on as `verdict.replacement`: a `tools/list` answer with its poisoned tools removed. */
  | 'filtered'
  /** A request refused with a JSON-RPC error, or a response replaced by one (its id kept). */
  | 'blocked'
  /** Not passed on and not answered: a blocked notification, or a request cancelled while it was inspected. */
  | 'dropped';

/** One inspected message, as reported to {@link GuardTransportOptions.onVerdict}. */
export interface GuardTransportEvent {
  /** `outbound`: sent by the local side through `send`; `inbound`: received from the peer. */
  readonly direction: 'outbound' | 'inbound';
  /** Who sent the message: the agent host (`client`) or the MCP server (`server`). */
  readonly from: Sender;
  /** The session the guard keyed its state by. */
  readonly sessionId: string;
  /** The message as it was sent (never modified). */
  readonly message: unknown;
  readonly verdict: Verdict;
  readonly outcome: GuardOutcome;
  /** For `blocked`: the JSON-RPC error that was sent or delivered in its place. */
  readonly error?: JsonRpcErrorResponse;
}

/**
 * Extra information a transport passes with an inbound message (`MessageExtraInfo` in the SDKs):
 * `authInfo` from the HTTP server transports, `requestInfo` (v1) or `request` (v2).
 */
export type MessageExtra = Readonly<Record<string, unknown>>;

/** Options of {@link guardTransport}. All are optional. */
export interface GuardTransportOptions {
  /**
   * Which end of the connection the wrapped transport is; it decides who sent each message (`from`).
   * A client transport's `send` carries messages from the client and its `onmessage` messages from the
   * server; a server transport the other way round. Default: `server` for the SDKs' server transports
   * (recognized by their class name or a `handleRequest` method), else `client`.
   */
  readonly side?: TransportSide;
  /**
   * The session the guard keys correlation and behaviour state by. Default: the transport's own
   * `sessionId` once it has one (Streamable HTTP), else an id generated once per wrapper.
   */
  readonly sessionId?: string;
  /** Which upstream server this connection talks to; isolates guard state between servers. */
  readonly serverId?: string;
  /**
   * Who is behind the connection. A function receives the `extra` of each inbound message and may map its
   * `authInfo`; the last principal it returned also applies to outbound messages. Default: the HTTP
   * server transports' `extra.authInfo` (`clientId` as subject, `scopes`), when present.
   */
  readonly principal?: Principal | ((extra: MessageExtra | undefined) => Principal | undefined);
  /**
   * Called once per inspected message, after the wrapper acted on the verdict. It must not throw; if it
   * does, the error is reported through the transport's `onerror` and the traffic goes on.
   */
  readonly onVerdict?: (event: GuardTransportEvent) => void;
}

type Slot = 'onmessage' | 'onclose' | 'onerror';
type MessageHandler = (message: unknown, extra?: unknown) => void;
type SendOptions = Readonly<Record<string, unknown>> & { readonly requestSignal?: AbortSignal; readonly relatedRequestId?: unknown };

/** The loose view of the wrapped transport the wrapper works with. */
interface Inner {
  start(): Promise<void>;
  send(message: unknown, options?: unknown): Promise<void>;
  close(): Promise<void>;
  onmessage?: MessageHandler | undefined;
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  sessionId?: string | undefined;
}

/** What the wrapper needs to know of a message's form, read before it is inspected. */
type Shape =
  | { readonly kind: 'request'; readonly id: string | number; readonly key: string }
  | { readonly kind: 'notification'; readonly cancels: string | undefined }
  | { readonly kind: 'response' }
  | { readonly kind: 'invalid'; readonly id: string | number | undefined; readonly responseLike: boolean };

/** Where messages of one direction go. */
interface Route {
  readonly direction: 'outbound' | 'inbound';
  readonly from: Sender;
  readonly lane: Lane;
  /** Aborts inspection; an aborted request is dropped (v2 `requestSignal`). */
  readonly signal: AbortSignal | undefined;
  readonly principal: Principal | undefined;
  /** Passes a message on to where it was going. */
  pass(message: unknown): void | Promise<void>;
  /** Answers the sender of a refused request. */
  answer(error: JsonRpcErrorResponse, id: string | number): void;
}

const slots: ReadonlySet<PropertyKey> = new Set<PropertyKey>(['onmessage', 'onclose', 'onerror']);
const methods: ReadonlySet<PropertyKey> = new Set<PropertyKey>(['start', 'send', 'close']);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
/** Correlation key of a request id that keeps its JSON type apart (`1` and `"1"` are different requests). */
const idKey = (id: string | number): string => `${typeof id}:${id}`;
/** How many answered request ids a wrapper remembers per direction, to drop their late cancellations. */
const answeredMemory = 1024;

let wrappers = 0;
const instanceTag = Math.random().toString(36).slice(2, 8);

function shapeOf(message: unknown): Shape {
  if (!isRecord(message) || message['jsonrpc'] !== '2.0') {
    const id = isRecord(message) && isId(message['id']) ? message['id'] : undefined;
    return { kind: 'invalid', id, responseLike: isRecord(message) && ('result' in message || 'error' in message) };
  }
  const method = message['method'];
  const id = message['id'];
  if (typeof method === 'string') {
    if (isId(id)) return { kind: 'request', id, key: idKey(id) };
    if (!('id' in message)) {
      const params = message['params'];
      const cancelled = method === 'notifications/cancelled' && isRecord(params) && isId(params['requestId']) ? idKey(params['requestId']) : undefined;
      return { kind: 'notification', cancels: cancelled };
    }
    return { kind: 'invalid', id: undefined, responseLike: false };
  }
  if (('result' in message || 'error' in message) && (isId(id) || id === undefined || id === null)) return { kind: 'response' };
  return { kind: 'invalid', id: isId(id) ? id : undefined, responseLike: 'result' in message || 'error' in message };
}

function defaultSide(transport: object): TransportSide {
  const name = (transport as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof name === 'string' && /ServerTransport$/.test(name)) return 'server';
  const candidate = transport as Record<string, unknown>;
  return typeof candidate['handleRequest'] === 'function' || typeof candidate['handlePostMessage'] === 'function' ? 'server' : 'client';
}

function principalFromAuth(extra: MessageExtra | undefined): Principal | undefined {
  const auth = extra?.['authInfo'];
  if (!isRecord(auth) || typeof auth['clientId'] !== 'string' || auth['clientId'] === '') return undefined;
  const scopes = Array.isArray(auth['scopes']) ? auth['scopes'].filter((s): s is string => typeof s === 'string') : undefined;
  return { subject: auth['clientId'], ...(scopes ? { scopes } : {}) };
}

function invalidOptions(message: string): VanguardError {
  return new VanguardError(VanguardErrorCode.InvalidOptions, `guardTransport: ${message}`);
}

function checkArguments(transport: unknown, guard: unknown, options: unknown): void {
  if (typeof transport !== 'object' || transport === null) throw invalidOptions('the first argument must be an MCP SDK Transport');
  for (const m of ['start', 'send', 'close']) {
    if (typeof (transport as Record<string, unknown>)[m] !== 'function') throw invalidOptions(`the transport has no ${m}() method; pass an MCP SDK Transport`);
  }
  if (typeof guard !== 'object' || guard === null || typeof (guard as Record<string, unknown>)['inspect'] !== 'function' || typeof (guard as Record<string, unknown>)['errorFor'] !== 'function') {
    throw invalidOptions('the second argument must be a guard with inspect() and errorFor(); create it with createGuard()');
  }
  if (options === undefined) return;
  if (!isRecord(options)) throw invalidOptions('options must be an object');
  const known = new Set(['side', 'sessionId', 'serverId', 'principal', 'onVerdict']);
  for (const key of Object.keys(options)) if (!known.has(key)) throw invalidOptions(`unknown option ${key}`);
  if (options['side'] !== undefined && options['side'] !== 'client' && options['side'] !== 'server') {
    throw invalidOptions('options.side must be "client" or "server"');
  }
  for (const key of ['sessionId', 'serverId']) {
    if (options[key] !== undefined && (typeof options[key] !== 'string' || options[key] === '')) throw invalidOptions(`options.${key} must be a non-empty string`);
  }
  const principal = options['principal'];
  if (principal !== undefined && typeof principal !== 'function' && !(isRecord(principal) && typeof principal['subject'] === 'string')) {
    throw invalidOptions('options.principal must be a principal ({ subject, roles?, scopes? }) or a function returning one');
  }
  if (options['onVerdict'] !== undefined && typeof options['onVerdict'] !== 'function') throw invalidOptions('options.onVerdict must be a function');
}

/** Remembers request ids in insertion order, forgetting the oldest past a bound. */
class IdMemory {
  readonly #ids = new Set<string>();
  add(key: string): void {
    this.#ids.add(key);
    if (this.#ids.size > answeredMemory) this.#ids.delete(this.#ids.values().next().value as string);
  }
  has(key: string): boolean {
    return this.#ids.has(key);
  }
}

/** One direction of traffic: messages are inspected one after the other, so their order is kept. */
class Lane {
  #tail: Promise<void> = Promise.resolve();
  /** Requests under inspection (key → cancelled while inspected). */
  readonly pending = new Map<string, boolean>();
  /** Requests the wrapper answered or dropped; their cancellations are dropped too. */
  readonly answered = new IdMemory();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Resolves once everything queued so far has been handled. */
  drained(): Promise<void> {
    return this.#tail;
  }

  /** Notes a request (before it is queued) or the cancellation of one still under inspection. */
  note(shape: Shape): void {
    if (shape.kind === 'request') this.pending.set(shape.key, false);
    else if (shape.kind === 'notification' && shape.cancels !== undefined && this.pending.has(shape.cancels)) this.pending.set(shape.cancels, true);
  }
}

class GuardedTransport {
  readonly #inner: Inner;
  readonly #guard: Guard;
  readonly #options: GuardTransportOptions;
  readonly #side: TransportSide;
  readonly #peer: Sender;
  readonly #fallbackSession: string;
  readonly #out = new Lane();
  readonly #in = new Lane();
  readonly slots: { onmessage?: MessageHandler | undefined; onclose?: (() => void) | undefined; onerror?: ((error: Error) => void) | undefined } = {};
  #principal: Principal | undefined;
  #closed = false;

  constructor(inner: Inner, guard: Guard, options: GuardTransportOptions) {
    this.#inner = inner;
    this.#guard = guard;
    this.#options = options;
    this.#side = options.side ?? defaultSide(inner);
    this.#peer = this.#side === 'client' ? 'server' : 'client';
    this.#fallbackSession = `vanguard-${instanceTag}-${++wrappers}`;
    if (typeof options.principal === 'object') this.#principal = options.principal;
    // Callbacks set on the inner transport before it was wrapped become the wrapper's own, so whoever
    // connects the wrapper chains them as it would on the bare transport.
    this.slots.onmessage = inner.onmessage;
    this.slots.onclose = inner.onclose;
    this.slots.onerror = inner.onerror;
    // The inner onmessage is installed by start(), as the SDK does: until then a transport that queues
    // early messages (in-memory) keeps queuing them instead of handing them to nobody.
    inner.onmessage = undefined;
    inner.onclose = () => void this.#in.run(() => this.#fireClose());
    inner.onerror = (error) => this.slots.onerror?.(error);
  }

  readonly start = (): Promise<void> => {
    this.#inner.onmessage = (message, extra) => this.#receive(message, extra);
    return this.#inner.start();
  };

  readonly close = async (): Promise<void> => {
    await this.#inner.close();
    // The inner transport fires onclose during close(); deliver it (after any inbound message still
    // being inspected) before close() resolves, as the bare transport would.
    await this.#in.drained();
  };

  readonly send = (message: unknown, options?: unknown): Promise<void> => {
    const shape = shapeOf(message);
    const sendOptions = options as SendOptions | undefined;
    this.#out.note(shape);
    return this.#out.run(() =>
      this.#handle(message, shape, {
        direction: 'outbound',
        from: this.#side,
        lane: this.#out,
        signal: sendOptions?.requestSignal,
        principal: this.#principal,
        pass: (m) => this.#inner.send(m, options),
        // Never forwarded: the local side gets the error as if the peer had answered, after send() resolved.
        answer: (error) => void setTimeout(() => this.#deliver(error, undefined), 0),
      }),
    );
  };

  /** The session the guard keys this connection's state by (never exposed as the transport's sessionId). */
  get guardSession(): string {
    return this.#options.sessionId ?? this.#inner.sessionId ?? this.#fallbackSession;
  }

  #receive(message: unknown, extra: unknown): void {
    const shape = shapeOf(message);
    this.#in.note(shape);
    // Who sent it is read now, from this message's own extra; outbound messages use the latest one.
    const principal = this.#principalFrom(extra);
    this.#in
      .run(() =>
        this.#handle(message, shape, {
          direction: 'inbound',
          from: this.#peer,
          lane: this.#in,
          signal: undefined,
          principal,
          pass: (m) => this.#deliver(m, extra),
          // Never delivered: the peer gets the error on the stream its request came from.
          answer: (error, id) => void this.#inner.send(error, { relatedRequestId: id }).catch((e: unknown) => this.#reportError(e)),
        }),
      )
      .catch((error: unknown) => this.#reportError(error));
  }

  /** Inspects one message and acts on the verdict; the route says where things go in its direction. */
  async #handle(message: unknown, shape: Shape, route: Route): Promise<void> {
    const { lane } = route;
    // The cancellation of a request this wrapper answered or dropped goes nowhere.
    if (shape.kind === 'notification' && shape.cancels !== undefined && lane.answered.has(shape.cancels)) return;
    const sessionId = this.guardSession;
    const verdict = await this.#inspect(message, route, sessionId);
    const report = (outcome: GuardOutcome, error?: JsonRpcErrorResponse): void =>
      this.#report({ direction: route.direction, from: route.from, sessionId, message, verdict, outcome, ...(error ? { error } : {}) });

    if (shape.kind === 'request') {
      const cancelled = lane.pending.get(shape.key) === true || route.signal?.aborted === true;
      lane.pending.delete(shape.key);
      if (cancelled) {
        // The sender gave up on the request while it was inspected: it expects no answer.
        lane.answered.add(shape.key);
        return report('dropped');
      }
    }
    if (verdict.replacement !== undefined) {
      await route.pass(verdict.replacement);
      return report('filtered');
    }
    if (verdict.action !== 'block') {
      await route.pass(message);
      return report('forwarded');
    }
    if (shape.kind === 'notification') return report('dropped');
    if (shape.kind === 'invalid' && route.direction === 'outbound') {
      report('dropped');
      throw new Error(`Vanguard refused to send an invalid message: ${verdict.explain.summary}`);
    }
    if (shape.kind === 'invalid' && shape.id === undefined) {
      this.#reportError(new Error(`Vanguard dropped an invalid message from the ${route.from}: ${verdict.explain.summary}`));
      return report('dropped');
    }
    const error = this.#errorFor(message, verdict);
    // A blocked (or malformed) answer is replaced by the error, which settles the request it names.
    if (shape.kind === 'response' || (shape.kind === 'invalid' && shape.responseLike)) await route.pass(error);
    else if (shape.kind === 'request') {
      lane.answered.add(shape.key);
      route.answer(error, shape.id);
    } else if (shape.id !== undefined) route.answer(error, shape.id);
    return report('blocked', error);
  }

  async #inspect(message: unknown, route: Route, sessionId: string): Promise<Verdict> {
    try {
      return await this.#guard.inspect(message, {
        from: route.from,
        sessionId,
        ...(this.#options.serverId === undefined ? {} : { serverId: this.#options.serverId }),
        ...(route.principal === undefined ? {} : { principal: route.principal }),
        ...(route.signal === undefined ? {} : { signal: route.signal }),
      });
    } catch (error) {
      return failureVerdict(this.#guard, error);
    }
  }

  #errorFor(message: unknown, verdict: Verdict): JsonRpcErrorResponse {
    try {
      const error = this.#guard.errorFor(message, verdict);
      if (error !== undefined) return error;
    } catch {
      // Fall through: a guard failure never leaves a request unanswered.
    }
    const id = isRecord(message) && isId(message['id']) ? message['id'] : undefined;
    return {
      jsonrpc: '2.0',
      ...(id === undefined ? {} : { id }),
      error: { code: -32603, message: `Blocked by Vanguard: ${verdict.explain.summary}`, data: { rule: verdict.primary?.rule ?? 'engine/internal-error', action: 'block' } },
    };
  }

  #deliver(message: unknown, extra: unknown): void {
    if (this.#closed) return;
    try {
      if (extra === undefined) this.slots.onmessage?.(message);
      else this.slots.onmessage?.(message, extra);
    } catch (error) {
      this.#reportError(error);
    }
  }

  #fireClose(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.slots.onclose?.();
  }

  /** The principal of an inbound message (remembered for outbound ones), from the option or `authInfo`. */
  #principalFrom(extra: unknown): Principal | undefined {
    const source = this.#options.principal;
    if (typeof source !== 'object') {
      const view = isRecord(extra) ? extra : undefined;
      try {
        const principal = typeof source === 'function' ? source(view) : principalFromAuth(view);
        if (principal !== undefined) this.#principal = principal;
      } catch (error) {
        this.#reportError(error);
      }
    }
    return this.#principal;
  }

  #report(event: GuardTransportEvent): void {
    const listener = this.#options.onVerdict;
    if (!listener) return;
    try {
      listener(event);
    } catch (error) {
      this.#reportError(error);
    }
  }

  #reportError(error: unknown): void {
    try {
      this.slots.onerror?.(error instanceof Error ? error : new Error(String(error)));
    } catch {
      // An error handler that throws must not break the traffic.
    }
  }
}

/** The verdict for a message the guard failed to inspect: fail closed. */
function failureVerdict(guard: Guard, error: unknown): Verdict {
  const message = `inspection failed: ${String((error as Error)?.message ?? error).slice(0, 200)}`;
  const finding = {
    layer: 'engine',
    rule: 'engine/internal-error',
    family: 'engine',
    severity: 'high',
    action: 'block',
    message,
    path: [],
    deterministic: true,
  } as const;
  return {
    action: 'block',
    findings: [finding],
    primary: finding,
    explain: { summary: `Blocked: ${message} (engine/internal-error)`, layer: 'engine', rule: 'engine/internal-error', family: 'engine', profileEffect: 'block (guard failure fails closed)', hint: undefined },
    profile: guard.profile ?? 'balanced',
    messageType: 'invalid',
    method: undefined,
    tool: undefined,
    disposition: { kind: "drop" },
    durationMs: 0,
  };
}

/**
 * Wraps an MCP SDK transport so that every message in both directions goes through `guard.inspect`
 * before it is passed on. The result is a drop-in for the transport it wraps (SDK v1 and v2, client or
 * server side): pass it to `client.connect()` or `server.connect()` instead of the bare transport.
 *
 * - A blocked **outbound request** is never forwarded; the local side receives `guard.errorFor(...)` as its
 *   answer (the SDK rejects with an `McpError`/`ProtocolError` whose `data.rule` names the rule).
 * - A blocked **inbound request** is never delivered; the error goes back to the peer through the wrapped
 *   transport, on the stream of the request (`relatedRequestId`).
 * - A blocked **notification** is dropped, never answered. A blocked **response** is replaced by the error
 *   with the same id, or by `verdict.replacement` (a `tools/list` answer with poisoned tools removed).
 * - Each direction is inspected in order (a promise queue), so `initialize` → `notifications/initialized`
 *   → requests keep their order; a request cancelled while it is inspected is dropped with its
 *   cancellation, and every blocked request is answered exactly once.
 *
 * Everything else is delegated through a `Proxy`: `sessionId`, `setProtocolVersion`, `terminateSession`,
 * `finishAuth`, `protocolVersion`, `hasPerRequestStream`, stdio `pid`/`stderr`, and members added by later
 * SDK versions. `onmessage`/`onclose`/`onerror` are plain settable slots; send options (`relatedRequestId`,
 * resumption tokens, v2 `headers`/`requestSignal`) pass through untouched. `instanceof` still matches the
 * wrapped class, and a v2 client's `server/discover` probe on a disposable sibling of a stdio transport
 * runs through a guarded sibling.
 *
 * @param transport The SDK transport to guard. The wrapper takes it over: do not use it directly afterwards.
 * @param guard A guard from `createGuard()` of `@vanguard/core`.
 * @param options Which side the transport is, session, server and principal for the guard, a verdict listener.
 * @returns A transport of the same type that guards the traffic.
 * @throws VanguardError `VG_ERR_INVALID_OPTIONS` if the arguments are not a transport, a guard and valid options.
 *
 * @example
 * ```ts
 * import { createGuard } from '@vanguard/core';
 * import { guardTransport } from '@vanguard/mcp-sdk';
 * import { Client } from '@modelcontextprotocol/sdk/client/index.js';
 * import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
 *
 * const guard = createGuard({ profile: 'balanced' });
 * const client = new Client({ name: 'agent', version: '1.0.0' });
 * await client.connect(guardTransport(new StdioClientTransport({ command: 'mcp-server-filesystem', args: [dir] }), guard));
 * ```
 */
export function guardTransport<T extends TransportLike>(transport: T, guard: Guard, options?: GuardTransportOptions): T {
  checkArguments(transport, guard, options);
  const inner = transport as unknown as Inner;
  const wrapper = new GuardedTransport(inner, guard, options ?? {});
  const overrides = new Map<PropertyKey, unknown>();
  const bound = new WeakMap<object, unknown>();
  let siblingConstructor: unknown;

  const { sessionId: _shared, ...siblingOptions } = options ?? {};
  const own = (prop: PropertyKey): unknown => {
    switch (prop) {
      case 'start':
        return wrapper.start;
      case 'send':
        return wrapper.send;
      default:
        return wrapper.close;
    }
  };

  return new Proxy(transport, {
    get(target, prop) {
      if (slots.has(prop)) return wrapper.slots[prop as Slot];
      if (overrides.has(prop)) return overrides.get(prop);
      if (methods.has(prop)) return own(prop);
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (prop === 'constructor') {
        // A v2 client probes a stdio server on a sibling built with `new transport.constructor(params)`:
        // build the sibling guarded too, so the probe and its answer are inspected like everything else.
        siblingConstructor ??= new Proxy(value, {
          construct: (ctor, args) => guardTransport(Reflect.construct(ctor, args) as TransportLike, guard, siblingOptions),
        });
        return siblingConstructor;
      }
      // Methods run on the real instance (private fields), with a stable identity per method.
      let fn = bound.get(value);
      if (fn === undefined) {
        fn = (value as (...args: unknown[]) => unknown).bind(target);
        bound.set(value, fn);
      }
      return fn;
    },
    set(target, prop, value) {
      if (slots.has(prop)) {
        wrapper.slots[prop as Slot] = value as never;
        return true;
      }
      // The SDK swaps start/close on the object it was given (v2 era negotiation): keep those on the wrapper.
      if (methods.has(prop)) {
        if (value === own(prop)) overrides.delete(prop);
        else overrides.set(prop, value);
        return true;
      }
      return Reflect.set(target, prop, value, target);
    },
    deleteProperty(target, prop) {
      if (slots.has(prop)) {
        wrapper.slots[prop as Slot] = undefined;
        return true;
      }
      if (methods.has(prop)) return overrides.delete(prop) || true;
      return Reflect.deleteProperty(target, prop);
    },
    has(target, prop) {
      return slots.has(prop) || methods.has(prop) || Reflect.has(target, prop);
    },
  });
}
