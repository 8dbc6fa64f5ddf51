import { idKey, type MessageShape, OrderedLane } from '@vanguard/core';

/** How many answered request ids a direction remembers, to drop their late cancellations. */
const answeredMemory = 1024;
/** How many answered requests #waiting keeps marked before it is made again (see Direction's #unwait). */
const answeredKept = 32;

/**
 * One direction of traffic: core's `OrderedLane` (messages are handled one after the other, so their
 * order is kept) and what the direction must remember about requests: those under inspection (and
 * whether their sender cancelled them meanwhile), those the wrapper answered itself (their cancellations
 * go nowhere), and those forwarded and not answered yet (a peer that goes away must not leave them
 * hanging).
 */
export class Direction {
  readonly lane = new OrderedLane();
  /** Requests under inspection: key → cancelled while inspected. */
  readonly #inspecting = new Map<string, boolean>();
  /** Insertion-ordered, bounded. */
  readonly #answered = new Set<string>();
  /** Requests passed on and not answered yet: key → id; undefined once answered (see {@link #unwait}). */
  #waiting = new Map<string, string | number | undefined>();
  /** How many of #waiting's entries still wait. */
  #stillWaiting = 0;
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

  // Apart from started: a function with a closure makes the closure's variables a context object at every
  // call, whichever branch then runs.
  #queue(running: Promise<void>): Promise<void> {
    return this.lane.run(() => running);
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
   * The key of a request (undefined for anything else), or notes the cancellation of a request still under
   * inspection. A request is noted as under inspection only once its handling outlasts the call that sent
   * or received it ({@link inspecting}): handled within that call, nothing can cancel it meanwhile, and a
   * Map that gains and loses an entry per message makes a new table each time (V8 shrinks an emptied Map),
   * which the one before it points to, a chain the young-generation collections keep and promote.
   */
  queued(shape: MessageShape): string | undefined {
    if (shape.kind === 'request') return idKey(shape.id);
    if (shape.kind === 'notification' && shape.cancels !== undefined) {
      const key = idKey(shape.cancels);
      if (this.#inspecting.has(key)) this.#inspecting.set(key, true);
    }
    return undefined;
  }

  /** Notes a request (`key` from {@link queued}) whose handling waits (queued in the lane, or for its verdict): a cancellation may arrive meanwhile. */
  inspecting(key: string | undefined): void {
    if (key !== undefined && !this.#inspecting.has(key)) this.#inspecting.set(key, false);
  }

  /** Whether the sender cancelled this request (`key` from {@link queued}) while it was inspected; it then counts as answered. */
  cancelledWhileInspected(key: string, aborted: boolean): boolean {
    const noted = this.#inspecting.get(key);
    // Deleting an absent key costs nothing; only a request noted as waiting has an entry.
    if (noted !== undefined) this.#inspecting.delete(key);
    const cancelled = noted === true || aborted;
    if (cancelled) this.answered(key);
    return cancelled;
  }

  /** The wrapper answered (or dropped) this request (`key` from {@link queued}) itself. */
  answered(key: string): void {
    this.#answered.add(key);
    if (this.#answered.size > answeredMemory) this.#answered.delete(this.#answered.values().next().value as string);
  }

  /** Whether a message is the cancellation of a request the wrapper answered itself. */
  cancelsAnswered(shape: MessageShape): boolean {
    return shape.kind === 'notification' && shape.cancels !== undefined && this.#answered.has(idKey(shape.cancels));
  }

  /** Something was passed on to the peer: its requests now wait for an answer, its cancellations end a wait. */
  sent(shape: MessageShape, key: string | undefined): void {
    if (shape.kind === 'request') {
      const waitKey = key ?? idKey(shape.id);
      if (this.#waiting.get(waitKey) === undefined) {
        // An id used again after its answer: waits at the end, as a new entry would.
        this.#waiting.delete(waitKey);
        this.#stillWaiting++;
      }
      this.#waiting.set(waitKey, shape.id);
    } else if (shape.kind === 'notification' && shape.cancels !== undefined) this.#unwait(idKey(shape.cancels));
    else if (shape.kind === 'batch') for (const item of shape.items) this.sent(item, undefined);
  }

  /** Something reached the local side from the peer: the requests it answers wait no more. */
  settled(shape: MessageShape): void {
    if (shape.kind === 'response' && shape.id !== undefined) this.#unwait(idKey(shape.id));
    else if (shape.kind === 'batch') for (const item of shape.items) this.settled(item);
  }

  /**
   * Ends a wait. The entry is marked, not deleted (a delete that empties the Map makes it a new table, see
   * {@link queued}); the marked ones go with the whole Map, made again once none waits or the marked
   * outnumber the waiting (copying what still waits, so the work stays linear in the requests).
   */
  #unwait(key: string): void {
    if (this.#waiting.get(key) === undefined) return;
    this.#waiting.set(key, undefined);
    this.#stillWaiting--;
    const size = this.#waiting.size;
    if (this.#stillWaiting === 0 ? size >= answeredKept : size >= 2 * this.#stillWaiting + answeredKept) this.#waiting = this.#stillWaitingOnly();
  }

  #stillWaitingOnly(): Map<string, string | number | undefined> {
    const fresh = new Map<string, string | number | undefined>();
    if (this.#stillWaiting === 0) return fresh;
    for (const [key, id] of this.#waiting) if (id !== undefined) fresh.set(key, id);
    return fresh;
  }

  /** Forgets the requests still waiting and returns their ids. */
  drainWaiting(): (string | number)[] {
    const ids: (string | number)[] = [];
    for (const id of this.#waiting.values()) if (id !== undefined) ids.push(id);
    this.#waiting = new Map();
    this.#stillWaiting = 0;
    return ids;
  }
}
