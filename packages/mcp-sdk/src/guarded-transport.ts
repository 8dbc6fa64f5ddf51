import { carryOut, classifyMessage, type Guard, type InspectContext, inspectNow, type MessageShape, type Outcome, outcomeOf, type Principal, type Sender, type Verdict } from '@vanguard/core';

import { type GuardTransportOptions, isRecord, type MessageExtra, principalFromAuth, type TransportSide } from './options.js';
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

let wrappers = 0;
/** What send() returns for a message carried out at once that had nothing to wait for (shared: it never changes). */
const done: Promise<void> = Promise.resolve();
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
  /** The inspect contexts made last, outbound and inbound (see #context). */
  #lastOut: InspectContext | undefined;
  #lastIn: InspectContext | undefined;
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
    const principal = this.#principal;
    const out = this.#out;
    // Nothing queued (see Direction.run): started here, with no closure made for the lane.
    if (out.lane.pending === 0) return out.started(this.#attempt(message, shape, key, true, options, signal, principal)) ?? done;
    return this.#queued(out, message, shape, key, true, options, signal, principal) ?? done;
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
    const into = this.#in;
    const running = into.lane.pending === 0 ? into.started(this.#attempt(message, shape, key, false, extra, undefined, principal)) : this.#queued(into, message, shape, key, false, extra, undefined, principal);
    running?.catch(this.#reportError);
  }

  /** {@link #handle}, a throw as a rejection (as Direction.run takes a task's). */
  #attempt(message: unknown, shape: MessageShape, key: string | number | undefined, outbound: boolean, carry: unknown, signal: AbortSignal | undefined, principal: Principal | undefined): Promise<void> | undefined {
    try {
      return this.#handle(message, shape, key, outbound, carry, signal, principal);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** {@link #handle} in the lane, after what is queued in `book` (apart: see Direction's #queue). */
  #queued(book: Direction, message: unknown, shape: MessageShape, key: string | number | undefined, outbound: boolean, carry: unknown, signal: AbortSignal | undefined, principal: Principal | undefined): Promise<void> | undefined {
    book.inspecting(key);
    return book.run(() => this.#handle(message, shape, key, outbound, carry, signal, principal));
  }

  /**
   * Inspects one message and carries out its disposition. Outbound (`send`), `carry` is the send options
   * (passed on with the message); inbound, it is the transport's `extra` (delivered with it). A promise
   * only when something is still to wait for: the guard's verdict, or the wrapped transport's send.
   */
  #handle(message: unknown, shape: MessageShape, key: string | number | undefined, outbound: boolean, carry: unknown, signal: AbortSignal | undefined, principal: Principal | undefined): Promise<void> | undefined {
    const book = outbound ? this.#out : this.#in;
    // The cancellation of a request this wrapper answered or dropped goes nowhere.
    if (book.cancelsAnswered(shape)) return undefined;
    const sessionId = this.guardSession;
    const from = outbound ? this.#side : this.#peer;
    // The verdict as soon as the guard has it: an allowed message goes on in the turn it was sent or
    // received. A guard-like object that throws or rejects gets the guard-failure verdict.
    const verdict = inspectNow(this.#guard, message, this.#context(outbound, from, sessionId, principal, signal));
    if (verdict instanceof Promise) {
      book.inspecting(key);
      return this.#carryOutLater(verdict, message, shape, key, outbound, carry, signal, from, sessionId);
    }
    return book.passing(this.#carryOut(verdict, message, shape, key, outbound, carry, signal, from, sessionId));
  }

  /**
   * The inspect context of a message: the last one of its direction when it says the same (a connection's
   * messages mostly do), else a new one. Never changed once made, so messages may share it.
   */
  #context(outbound: boolean, from: Sender, sessionId: string, principal: Principal | undefined, signal: AbortSignal | undefined): InspectContext {
    const last = outbound ? this.#lastOut : this.#lastIn;
    if (last !== undefined && last.sessionId === sessionId && last.principal === principal && last.signal === signal) return last;
    const context: { -readonly [K in keyof InspectContext]: InspectContext[K] } = { from, sessionId };
    if (this.#options.serverId !== undefined) context.serverId = this.#options.serverId;
    if (principal !== undefined) context.principal = principal;
    if (signal !== undefined) context.signal = signal;
    if (outbound) this.#lastOut = context;
    else this.#lastIn = context;
    return context;
  }

  /** {@link #carryOut} once the verdict's promise settles (apart from #handle: see Direction's #queue). */
  #carryOutLater(verdict: Promise<Verdict>, message: unknown, shape: MessageShape, key: string | number | undefined, outbound: boolean, carry: unknown, signal: AbortSignal | undefined, from: Sender, sessionId: string): Promise<void> {
    return verdict.then((v) => this.#carryOut(v, message, shape, key, outbound, carry, signal, from, sessionId));
  }

  #carryOut(verdict: Verdict, message: unknown, shape: MessageShape, key: string | number | undefined, outbound: boolean, carry: unknown, signal: AbortSignal | undefined, from: Sender, sessionId: string): Promise<void> | undefined {
    const book = outbound ? this.#out : this.#in;
    // The sender gave up on the request while it was inspected: it expects no answer.
    if (key !== undefined && book.cancelledWhileInspected(key, signal?.aborted === true)) {
      this.#report(outbound, from, sessionId, message, verdict, 'dropped');
      return undefined;
    }
    const disposition = verdict.disposition;
    // Only a client waits on the server: the requests it sent are tracked for a server that goes away.
    const tracks = this.#side === 'client';
    let pending: Promise<void> | undefined;
    if (disposition.kind === 'forward') {
      // Most messages: no targets to build. What the peer was sent waits; what reached the local side answers.
      if (tracks) {
        if (outbound) this.#out.sent(shape);
        else this.#out.settled(shape);
      }
      pending = this.#pass(message, outbound, carry);
    } else {
      const id = shape.kind === 'request' ? shape.id : undefined;
      if (disposition.kind === 'respond' && key !== undefined) book.answered(key);
      pending = carryOut(disposition, {
        forward: () => undefined,
        pass: (replacement) => {
          if (tracks && !outbound) this.#out.settled(classifyMessage(replacement));
          return this.#pass(replacement, outbound, carry);
        },
        answer: (response) => this.#answer(response, outbound, id),
      });
    }
    // Reported once what was passed on is taken (nothing to wait for without a listener).
    if (pending === undefined) this.#report(outbound, from, sessionId, message, verdict, outcomeOf(disposition));
    else if (this.#options.onVerdict) return pending.then(() => this.#report(outbound, from, sessionId, message, verdict, outcomeOf(disposition)));
    return pending;
  }

  /** Passes a message on to where it was going: the peer (outbound, with its send options) or the local side. */
  #pass(message: unknown, outbound: boolean, carry: unknown): Promise<void> | undefined {
    if (outbound) return this.#inner.send(message, carry);
    this.#deliver(message, carry);
    return undefined;
  }

  /** Answers the sender of a message the guard refused. */
  #answer(response: unknown, outbound: boolean, id: string | number | undefined): Promise<void> | undefined {
    // Never forwarded: the local side gets the answer as if the peer had sent it, after send() resolved.
    if (outbound) {
      setTimeout(() => this.#deliver(response, undefined), 0);
      return undefined;
    }
    // Never delivered: the peer gets the answer on the stream its request came from.
    return this.#inner.send(response, id === undefined ? undefined : { relatedRequestId: id }).catch(this.#reportError);
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
        this.#report(true, this.#side, this.guardSession, { jsonrpc: '2.0', id }, verdict, outcomeOf(verdict.disposition));
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

  #report(outbound: boolean, from: Sender, sessionId: string, message: unknown, verdict: Verdict, outcome: Outcome): void {
    const listener = this.#options.onVerdict;
    if (!listener) return;
    try {
      listener({ direction: outbound ? 'outbound' : 'inbound', from, sessionId, message, verdict, outcome });
    } catch (error) {
      this.#reportError(error);
    }
  }

  readonly #reportError = (error: unknown): void => {
    try {
      this.slots.onerror?.(error instanceof Error ? error : new Error(String(error)));
    } catch {
      // An error handler that throws must not break the traffic.
    }
  };
}
