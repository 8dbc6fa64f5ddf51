import { idKey, type MessageShape, OrderedLane } from '@vanguard/core';

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
  /** Requests under inspection: key → cancelled while inspected. */
  readonly #inspecting = new Map<string, boolean>();
  /** Insertion-ordered, bounded. */
  readonly #answered = new Set<string>();
  readonly #waiting = new Map<string, string | number>();

  /** Notes a request before it is queued, or the cancellation of one still under inspection. */
  queued(shape: MessageShape): void {
    if (shape.kind === 'request') this.#inspecting.set(idKey(shape.id), false);
    else if (shape.kind === 'notification' && shape.cancels !== undefined) {
      const key = idKey(shape.cancels);
      if (this.#inspecting.has(key)) this.#inspecting.set(key, true);
    }
  }

  /** Whether the sender cancelled this request while it was inspected (it is then forgotten as answered). */
  cancelledWhileInspected(id: string | number, aborted: boolean): boolean {
    const key = idKey(id);
    const cancelled = this.#inspecting.get(key) === true || aborted;
    this.#inspecting.delete(key);
    if (cancelled) this.answered(id);
    return cancelled;
  }

  /** The wrapper answered (or dropped) this request itself. */
  answered(id: string | number): void {
    this.#answered.add(idKey(id));
    if (this.#answered.size > answeredMemory) this.#answered.delete(this.#answered.values().next().value as string);
  }

  /** Whether a message is the cancellation of a request the wrapper answered itself. */
  cancelsAnswered(shape: MessageShape): boolean {
    return shape.kind === 'notification' && shape.cancels !== undefined && this.#answered.has(idKey(shape.cancels));
  }

  /** Something was passed on to the peer: its requests now wait for an answer, its cancellations end a wait. */
  sent(shape: MessageShape): void {
    if (shape.kind === 'request') this.#waiting.set(idKey(shape.id), shape.id);
    else if (shape.kind === 'notification' && shape.cancels !== undefined) this.#waiting.delete(idKey(shape.cancels));
    else if (shape.kind === 'batch') for (const item of shape.items) this.sent(item);
  }

  /** Something reached the local side from the peer: the requests it answers wait no more. */
  settled(shape: MessageShape): void {
    if (shape.kind === 'response' && shape.id !== undefined) this.#waiting.delete(idKey(shape.id));
    else if (shape.kind === 'batch') for (const item of shape.items) this.settled(item);
  }

  /** Forgets the requests still waiting and returns their ids. */
  drainWaiting(): (string | number)[] {
    const ids = [...this.#waiting.values()];
    this.#waiting.clear();
    return ids;
  }
}
