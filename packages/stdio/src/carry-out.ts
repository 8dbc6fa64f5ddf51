import type { Writable } from 'node:stream';

import { carryOut as carryOutTo, classifyMessage, type Disposition, type MessageShape } from '@vanguard/core';

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
 * Core's `carryOut` onto the two streams of a direction: `forward` is the caller's (a whole line as
 * read, or an oversize line as it streams), replacements and answers are written as JSON lines.
 */
export function carryOut(disposition: Disposition, route: Route, forward: () => Promise<void> | undefined): Promise<void> | undefined {
  // Most messages are forwarded: no targets to build for them.
  if (disposition.kind === 'forward') return forward();
  return carryOutTo(disposition, {
    forward,
    pass: (message) => {
      route.delivered(classifyMessage(message));
      return write(route.receiver, jsonLine(message));
    },
    answer: (response) => write(route.sender, jsonLine(response)),
  });
}
