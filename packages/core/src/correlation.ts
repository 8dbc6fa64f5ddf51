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
    if (found) this.#pending.delete(key);
    return found;
  }

  get size(): number {
    return this.#pending.size;
  }
}
