import { LRUCache } from 'lru-cache';

import type { Sender } from './types.js';

/** What a request was, kept so its response can be inspected as what it answers. */
export interface PendingRequest {
  readonly method: string;
  readonly tool: string | undefined;
}

export interface CorrelationOptions {
  readonly maxEntries: number;
  readonly ttlMs: number;
}

// Ids collide across directions and sessions (both sides count from 0), and `1` and `"1"` are different
// ids: the key holds all of it.
const keyOf = (sessionId: string, serverId: string, requester: Sender, id: string | number): string =>
  `${sessionId}\u0000${serverId}\u0000${requester}\u0000${typeof id === 'number' ? 'n' : 's'}${id}`;

// An answered request is overwritten with this marker rather than deleted: lru-cache clears its whole
// backing store (arrays sized `max`) when the last entry is deleted, which in a one-request-at-a-time
// conversation happened on every response. Markers age out like any entry.
const answered: PendingRequest = Object.freeze({ method: '', tool: undefined });

/** Bounded request/response correlation per (session, server, requester, id). */
export class Correlator {
  readonly #pending: LRUCache<string, PendingRequest>;

  constructor(options: CorrelationOptions) {
    this.#pending = new LRUCache({ max: options.maxEntries, ttl: options.ttlMs, ttlAutopurge: false });
  }

  record(sessionId: string, serverId: string, requester: Sender, id: string | number, request: PendingRequest): void {
    this.#pending.set(keyOf(sessionId, serverId, requester, id), request);
  }

  /** The request a response answers; it is forgotten once answered. */
  take(sessionId: string, serverId: string, requester: Sender, id: string | number): PendingRequest | undefined {
    const key = keyOf(sessionId, serverId, requester, id);
    const found = this.#pending.get(key);
    if (found === undefined || found === answered) return undefined;
    this.#pending.set(key, answered);
    return found;
  }

  /** Requests still waiting for their response. */
  get size(): number {
    let waiting = 0;
    for (const value of this.#pending.values()) if (value !== answered) waiting++;
    return waiting;
  }
}
