import type { Writable } from 'node:stream';

import { classifyMessage, type Disposition, type MessageShape } from '@vanguard/core';

import { jsonLine, write } from './write.js';

/** The two streams of one direction, and who wants to know what reached the receiver. */
export interface Route {
  /** Where an answer to the message's sender goes. */
  readonly sender: Writable;
  /** Where the message, or what replaces it, goes. */
  readonly receiver: Writable;
  /** Told the shape of every message the receiver gets (in-flight tracking). */
  readonly delivered: (shape: MessageShape) => void;
}

/**
 * Carries out the guard's disposition, and nothing more: `forward` passes the message on as read (the
 * caller says how: a whole line, or an oversize line as it streams), `replace` passes the replacement
 * on, `respond` answers the sender (and passes a batch's `replacement` on), `drop` does nothing.
 * Returns a promise only when a stream asks the caller to wait.
 */
export function carryOut(disposition: Disposition, route: Route, forward: () => Promise<void> | undefined): Promise<void> | undefined {
  switch (disposition.kind) {
    case 'forward':
      return forward();
    case 'replace':
      route.delivered(classifyMessage(disposition.message));
      return write(route.receiver, jsonLine(disposition.message));
    case 'respond': {
      const answered = write(route.sender, jsonLine(disposition.response));
      if (disposition.replacement === undefined) return answered;
      route.delivered(classifyMessage(disposition.replacement));
      const replaced = write(route.receiver, jsonLine(disposition.replacement));
      return answered && replaced ? Promise.all([answered, replaced]).then(() => undefined) : (answered ?? replaced);
    }
    case 'drop':
      return undefined;
  }
}
