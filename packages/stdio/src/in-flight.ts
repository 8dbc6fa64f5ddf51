import { classifyMessage, type MessageShape, PendingRequests } from '@vanguard/core';

/**
 * Host requests the server has not answered yet: when the server goes away, each of them still gets an
 * answer. Fed with what was really delivered to each side, after the guard's disposition was carried out.
 */
export class InFlight {
  // Core's PendingRequests: answers mark entries instead of deleting them (no table made per request).
  readonly #ids = new PendingRequests();

  get size(): number {
    return this.#ids.size;
  }

  /** Something the server received from the host: its requests now wait, its cancellations end a wait. */
  toServer(shape: MessageShape): void {
    if (shape.kind === 'request') this.#ids.add(shape.id);
    // A cancelled request may never be answered; it must not get a "server gone" error later.
    else if (shape.kind === 'notification' && shape.cancels !== undefined) this.#ids.delete(shape.cancels);
    else if (shape.kind === 'batch') for (const item of shape.items) this.toServer(item);
  }

  /** Something the host received from the server (an answer, or the error that replaced one). */
  toHost(shape: MessageShape): void {
    if (shape.kind === 'response' && shape.id !== undefined) this.#ids.delete(shape.id);
    else if (shape.kind === 'batch') for (const item of shape.items) this.toHost(item);
  }

  /** A message the proxy built (a replacement) delivered to the host. */
  toHostMessage(message: unknown): void {
    this.toHost(classifyMessage(message));
  }

  /** Forgets every request and returns their ids. */
  drain(): (string | number)[] {
    return this.#ids.drain();
  }
}
