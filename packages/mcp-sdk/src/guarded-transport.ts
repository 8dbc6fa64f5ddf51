import { carryOut, classifyMessage, type Guard, inspectSafely, type MessageShape, type Outcome, outcomeOf, type Principal, type Sender, type Verdict } from '@vanguard/core';

import { type GuardTransportEvent, type GuardTransportOptions, isRecord, type MessageExtra, principalFromAuth, type TransportSide } from './options.js';
import { Direction } from './direction.js';

type MessageHandler = (message: unknown, extra?: unknown) => void;
type SendOptions = Readonly<Record<string, unknown>> & { readonly requestSignal?: AbortSignal };

/** The loose view of the wrapped transport the wrapper works with. */
export interface Inner {
  start(): Promise<void>;
  send(message: unknown, options?: unknown): Promise<void>;
  close(): Promise<void>;
  onmessage?: MessageHandler | undefined;
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  sessionId?: string | undefined;
}

/** The callback slots the wrapper owns in the wrapped transport's place. */
export interface Slots {
  onmessage?: MessageHandler | undefined;
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
}

/** Where the messages of one direction go. */
interface Route {
  readonly direction: 'outbound' | 'inbound';
  readonly from: Sender;
  readonly book: Direction;
  /** Aborts inspection; an aborted request is dropped (v2 `requestSignal`). */
  readonly signal: AbortSignal | undefined;
  readonly principal: Principal | undefined;
  /** Passes a message on to where it was going. */
  pass(message: unknown): Promise<void> | undefined;
  /** Answers the sender of the message (`id`: the request it answers, if it is one). */
  answer(response: unknown, id: string | number | undefined): Promise<void> | undefined;
}

let wrappers = 0;
const instanceTag = Math.random().toString(36).slice(2, 8);

/**
 * The guarded transport behind `guardTransport`'s Proxy: each message is inspected in its direction's
 * order and `verdict.disposition` carried out (core's `carryOut`) onto the wrapped transport or the
 * local side.
 */
export class GuardedTransport {
  readonly slots: Slots = {};
  readonly #inner: Inner;
  readonly #guard: Guard;
  readonly #options: GuardTransportOptions;
  readonly #side: TransportSide;
  readonly #peer: Sender;
  readonly #fallbackSession: string;
  readonly #out = new Direction();
  readonly #in = new Direction();
  #principal: Principal | undefined;
  #closing = false;
  #closed = false;

  constructor(inner: Inner, guard: Guard, options: GuardTransportOptions, side: TransportSide) {
    this.#inner = inner;
    this.#guard = guard;
    this.#options = options;
    this.#side = side;
    this.#peer = side === 'client' ? 'server' : 'client';
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
    inner.onclose = () => void this.#in.lane.run(() => this.#peerClosed()).catch((error: unknown) => this.#reportError(error));
    inner.onerror = (error) => this.slots.onerror?.(error);
  }

  readonly start = (): Promise<void> => {
    this.#inner.onmessage = (message, extra) => this.#receive(message, extra);
    return this.#inner.start();
  };

  readonly close = async (): Promise<void> => {
    this.#closing = true;
    await this.#inner.close();
    // The inner transport fires onclose during close(); deliver it (after any inbound message still
    // being inspected) before close() resolves, as the bare transport would.
    await this.#in.lane.idle();
  };

  readonly send = (message: unknown, options?: unknown): Promise<void> => {
    const shape = classifyMessage(message);
    const key = this.#out.queued(shape);
    const signal = (options as SendOptions | undefined)?.requestSignal;
    return this.#out.lane.run(() =>
      this.#handle(message, shape, key, {
        direction: 'outbound',
        from: this.#side,
        book: this.#out,
        signal,
        principal: this.#principal,
        pass: (m) => this.#inner.send(m, options),
        // Never forwarded: the local side gets the answer as if the peer had sent it, after send() resolved.
        answer: (response) => void setTimeout(() => this.#deliver(response, undefined), 0),
      }),
    );
  };

  /** The session the guard keys this connection's state by (never exposed as the transport's sessionId). */
  get guardSession(): string {
    return this.#options.sessionId ?? this.#inner.sessionId ?? this.#fallbackSession;
  }

  #receive(message: unknown, extra: unknown): void {
    const shape = classifyMessage(message);
    const key = this.#in.queued(shape);
    // Who sent it is read now, from this message's own extra; outbound messages use the latest one.
    const principal = this.#principalFrom(extra);
    this.#in.lane
      .run(() =>
        this.#handle(message, shape, key, {
          direction: 'inbound',
          from: this.#peer,
          book: this.#in,
          signal: undefined,
          principal,
          pass: (m) => void this.#deliver(m, extra),
          // Never delivered: the peer gets the answer on the stream its request came from.
          answer: (response, id) => this.#inner.send(response, id === undefined ? undefined : { relatedRequestId: id }).catch((e: unknown) => this.#reportError(e)),
        }),
      )
      .catch((error: unknown) => this.#reportError(error));
  }

  /** Inspects one message and carries out its disposition; the route says where things go. */
  async #handle(message: unknown, shape: MessageShape, key: string | undefined, route: Route): Promise<void> {
    const { book } = route;
    // The cancellation of a request this wrapper answered or dropped goes nowhere.
    if (book.cancelsAnswered(shape)) return;
    const sessionId = this.guardSession;
    const verdict = await inspectSafely(this.#guard, message, {
      from: route.from,
      sessionId,
      ...(this.#options.serverId === undefined ? {} : { serverId: this.#options.serverId }),
      ...(route.principal === undefined ? {} : { principal: route.principal }),
      ...(route.signal === undefined ? {} : { signal: route.signal }),
    });
    const report = (outcome: Outcome): void => this.#report({ direction: route.direction, from: route.from, sessionId, message, verdict, outcome });
    // The sender gave up on the request while it was inspected: it expects no answer.
    if (key !== undefined && book.cancelledWhileInspected(key, route.signal?.aborted === true)) return report('dropped');
    const disposition = verdict.disposition;
    const outbound = route.direction === 'outbound';
    // Only a client waits on the server: the requests it sent are tracked for a server that goes away.
    const tracks = this.#side === 'client';
    let pending: Promise<void> | undefined;
    if (disposition.kind === 'forward') {
      // Most messages: no targets to build. What the peer was sent waits; what reached the local side answers.
      if (tracks) {
        if (outbound) this.#out.sent(shape, key);
        else this.#out.settled(shape);
      }
      pending = route.pass(message);
    } else {
      const id = shape.kind === 'request' ? shape.id : undefined;
      if (disposition.kind === 'respond' && key !== undefined) book.answered(key);
      pending = carryOut(disposition, {
        forward: () => undefined,
        pass: (replacement) => {
          if (tracks && !outbound) this.#out.settled(classifyMessage(replacement));
          return route.pass(replacement);
        },
        answer: (response) => route.answer(response, id),
      });
    }
    if (pending) await pending;
    report(outcomeOf(disposition));
  }

  /**
   * The wrapped transport closed. If the local side did not close it, the peer went away: every request
   * still waiting for it is answered as `guard.decide({ kind: 'server-gone' })` says (`-32000`), as the
   * stdio proxy answers them, before the local side hears of the close.
   */
  async #peerClosed(): Promise<void> {
    if (this.#closed) return;
    const waiting = this.#out.drainWaiting();
    if (!this.#closing && this.#side === 'client') {
      for (const id of waiting) {
        const verdict: Verdict = await this.#guard.decide(
          { kind: 'server-gone', id, reason: 'The MCP server closed the connection before answering' },
          { sessionId: this.guardSession, ...(this.#options.serverId === undefined ? {} : { serverId: this.#options.serverId }) },
        );
        void carryOut(verdict.disposition, { forward: () => undefined, pass: () => undefined, answer: (response) => void this.#deliver(response, undefined) });
        this.#report({ direction: 'outbound', from: this.#side, sessionId: this.guardSession, message: { jsonrpc: '2.0', id }, verdict, outcome: outcomeOf(verdict.disposition) });
      }
    }
    this.#closed = true;
    this.slots.onclose?.();
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

  /** The principal of an inbound message (remembered for outbound ones), from the option or `authInfo`. */
  #principalFrom(extra: unknown): Principal | undefined {
    const source = this.#options.principal;
    if (typeof source !== 'object') {
      const view: MessageExtra | undefined = isRecord(extra) ? extra : undefined;
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
