import { type MessageShape, OrderedLane, PendingRequests } from '@vanguard/core';

/** How many answered request ids a direction remembers, to drop their late cancellations. */
const answeredMemory = 1024;

/**
 * One direction of traffic: core's `OrderedLane` (messages are handled one after the other, so their
 * order is kept) and what the direction must remember about requests: those under inspection (and
 * whether their sender cancelled them meanwhile), those the wrapper answered itself (their cancellations
 * go nowhere), and those forwarded and not answered yet (a peer that goes away must not leave them
 * hanging).
 */
export class Direction {
  readonly lane = new OrderedLane();
  /** Requests under inspection, by id (a Map keeps `1` and `"1"` apart): id → cancelled while inspected. */
  readonly #inspecting = new Map<string | number, boolean>();
  /** Insertion-ordered, bounded. */
  readonly #answered = new Set<string | number>();
  /** Requests passed on and not answered yet (core's PendingRequests: no table made per request). */
  readonly #waiting = new PendingRequests();
  #passing: Promise<void> | undefined;

  /**
   * Runs a task in the lane's order. With nothing queued (the usual case: one message at a time) it starts
   * at once, inside the caller's call, instead of a promise turn later; what is queued after it still waits
   * for it. A task that started at once and was done when it returned (undefined) costs the lane nothing,
   * and nothing is returned to wait for.
   */
  run(task: () => Promise<void> | undefined): Promise<void> | undefined {
    if (this.lane.pending !== 0) return this.lane.run(task);
    let running: Promise<void> | undefined;
    try {
      running = task();
    } catch (error) {
      running = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return this.started(running);
  }

  /**
   * What {@link run} does with what a task it started at once returned (a throw as a rejection), for a
   * caller that started it itself, without a closure to hand over, because nothing was queued.
   */
  started(running: Promise<void> | undefined): Promise<void> | undefined {
    const passing = this.#passing;
    this.#passing = undefined;
    return running === undefined || running === passing ? running : this.#queue(running);
  }

  // The lane waits for the task's own promise (no task that returns it, no promise adopted turns later).
  #queue(running: Promise<void>): Promise<void> {
    return this.lane.follow(running);
  }

  /**
   * Marks what a task that started at once returns as the wrapped transport's send alone (its verdict was
   * had at once): later messages need not wait for it in the lane, as they are sent after it anyway.
   */
  passing(sent: Promise<void> | undefined): Promise<void> | undefined {
    this.#passing = sent;
    return sent;
  }

  /**
   * The id of a request, its key here (undefined for anything else), or notes the cancellation of a request still under
   * inspection. A request is noted as under inspection only once its handling outlasts the call that sent
   * or received it ({@link inspecting}): handled within that call, nothing can cancel it meanwhile, and a
   * Map that gains and loses an entry per message makes a new table each time (V8 shrinks an emptied Map),
   * which the one before it points to, a chain the young-generation collections keep and promote.
   */
  queued(shape: MessageShape): string | number | undefined {
    if (shape.kind === 'request') return shape.id;
    if (shape.kind === 'notification' && shape.cancels !== undefined) {
      const key = shape.cancels;
      if (this.#inspecting.has(key)) this.#inspecting.set(key, true);
    }
    return undefined;
  }

  /** Notes a request (`key` from {@link queued}) whose handling waits (queued in the lane, or for its verdict): a cancellation may arrive meanwhile. */
  inspecting(key: string | number | undefined): void {
    if (key !== undefined && !this.#inspecting.has(key)) this.#inspecting.set(key, false);
  }

  /** Whether the sender cancelled this request (`key` from {@link queued}) while it was inspected; it then counts as answered. */
  cancelledWhileInspected(key: string | number, aborted: boolean): boolean {
    const noted = this.#inspecting.get(key);
    // Deleting an absent key costs nothing; only a request noted as waiting has an entry.
    if (noted !== undefined) this.#inspecting.delete(key);
    const cancelled = noted === true || aborted;
    if (cancelled) this.answered(key);
    return cancelled;
  }

  /** The wrapper answered (or dropped) this request (`key` from {@link queued}) itself. */
  answered(key: string | number): void {
    this.#answered.add(key);
    if (this.#answered.size > answeredMemory) this.#answered.delete(this.#answered.values().next().value as string | number);
  }

  /** Whether a message is the cancellation of a request the wrapper answered itself. */
  cancelsAnswered(shape: MessageShape): boolean {
    return shape.kind === 'notification' && shape.cancels !== undefined && this.#answered.has(shape.cancels);
  }

  /** Something was passed on to the peer: its requests now wait for an answer, its cancellations end a wait. */
  sent(shape: MessageShape): void {
    if (shape.kind === 'request') this.#waiting.add(shape.id);
    else if (shape.kind === 'notification' && shape.cancels !== undefined) this.#waiting.delete(shape.cancels);
    else if (shape.kind === 'batch') for (const item of shape.items) this.sent(item);
  }

  /** Something reached the local side from the peer: the requests it answers wait no more. */
  settled(shape: MessageShape): void {
    if (shape.kind === 'response' && shape.id !== undefined) this.#waiting.delete(shape.id);
    else if (shape.kind === 'batch') for (const item of shape.items) this.settled(item);
  }

  /** Forgets the requests still waiting and returns their ids. */
  drainWaiting(): (string | number)[] {
    return this.#waiting.drain();
  }
}
