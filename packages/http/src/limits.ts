import type { Principal, StateStore } from '@vanguard/core';

import type { Refusal } from './refusal.js';

/** The gateway's limits. Every one is configurable; 0 turns a count limit off. */
export interface LimitOptions {
  /** Largest request body, in bytes (default 4 MiB); larger bodies get 413 and `-32011`. */
  readonly maxBodyBytes?: number | undefined;
  /** Requests per principal per minute, sliding window (default 1200). */
  readonly ratePerMinute?: number | undefined;
  /** Requests in flight per principal (default 64); an open SSE stream counts while it is open. */
  readonly concurrencyPerPrincipal?: number | undefined;
  /** Requests in flight in all (default 1024). */
  readonly concurrency?: number | undefined;
  /** Open sessions per principal (default 32). */
  readonly sessionsPerPrincipal?: number | undefined;
  /** Open sessions in all (default 4096). */
  readonly sessions?: number | undefined;
  /** A session unused this long is ended, upstream too (default 30 minutes). */
  readonly sessionIdleMs?: number | undefined;
}

/** Every limit, resolved. */
export type ResolvedLimits = { readonly [K in keyof LimitOptions]-?: number };

export const defaultLimits: ResolvedLimits = {
  maxBodyBytes: 4 * 1024 * 1024,
  ratePerMinute: 1200,
  concurrencyPerPrincipal: 64,
  concurrency: 1024,
  sessionsPerPrincipal: 32,
  sessions: 4096,
  sessionIdleMs: 30 * 60 * 1000,
};

interface SessionEntry {
  readonly subject: string;
  readonly serverId: string;
  lastSeen: number;
}

/** The principal a limit counts against: its subject, or `anonymous`. */
export const principalKey = (principal: Principal | undefined): string => principal?.subject ?? 'anonymous';

/**
 * Rate, concurrency and session limits. The request rate lives in the guard's `StateStore` (so several
 * gateway instances sharing a store share it); concurrency and sessions are per process.
 */
export class GatewayLimits {
  readonly options: ResolvedLimits;
  readonly #store: StateStore;
  readonly #now: () => number;
  readonly #inFlight = new Map<string, number>();
  #total = 0;
  readonly #sessions = new Map<string, SessionEntry>();
  readonly #perPrincipal = new Map<string, number>();
  #onExpire: ((sessionId: string, serverId: string) => void) | undefined;

  constructor(store: StateStore, options: LimitOptions = {}, now: () => number = Date.now) {
    this.options = { ...defaultLimits, ...(Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<ResolvedLimits>) };
    this.#store = store;
    this.#now = now;
  }

  /** Called for each session that idled out (the gateway ends it upstream). */
  onExpire(callback: (sessionId: string, serverId: string) => void): void {
    this.#onExpire = callback;
  }

  /** Counts one request against the principal's rate; a refusal when it is over. */
  async rate(principal: Principal | undefined): Promise<Refusal | undefined> {
    const limit = this.options.ratePerMinute;
    if (limit === 0) return undefined;
    const count = await this.#store.hit(`gateway\u0000rate\u0000${principalKey(principal)}`, this.#now(), 60_000);
    if (count <= limit) return undefined;
    return { rule: 'adapter/rate-limited', status: 429, reason: `more than ${limit} requests a minute`, headers: { 'retry-after': '60' }, data: { limit } };
  }

  /** Takes a concurrency slot; returns the release function, or a refusal. */
  acquire(principal: Principal | undefined): (() => void) | Refusal {
    const key = principalKey(principal);
    const mine = this.#inFlight.get(key) ?? 0;
    const { concurrency, concurrencyPerPrincipal } = this.options;
    if (concurrency && this.#total >= concurrency) return { rule: 'adapter/busy', status: 503, reason: `the gateway has ${concurrency} requests in flight`, headers: { 'retry-after': '1' } };
    if (concurrencyPerPrincipal && mine >= concurrencyPerPrincipal) {
      return { rule: 'adapter/busy', status: 429, reason: `more than ${concurrencyPerPrincipal} requests in flight`, headers: { 'retry-after': '1' } };
    }
    this.#inFlight.set(key, mine + 1);
    this.#total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#total--;
      const left = (this.#inFlight.get(key) ?? 1) - 1;
      if (left === 0) this.#inFlight.delete(key);
      else this.#inFlight.set(key, left);
    };
  }

  /** Whether the principal may open one more session. */
  canOpenSession(principal: Principal | undefined): Refusal | undefined {
    this.sweep();
    const { sessions, sessionsPerPrincipal } = this.options;
    if (sessions && this.#sessions.size >= sessions) return { rule: 'adapter/session-limit', status: 503, reason: `the gateway has ${sessions} open sessions`, headers: { 'retry-after': '5' } };
    if (sessionsPerPrincipal && (this.#perPrincipal.get(principalKey(principal)) ?? 0) >= sessionsPerPrincipal) {
      return { rule: 'adapter/session-limit', status: 429, reason: `more than ${sessionsPerPrincipal} open sessions` };
    }
    return undefined;
  }

  /** Records a session the upstream opened for this principal. */
  openSession(sessionId: string, serverId: string, principal: Principal | undefined): void {
    if (this.#sessions.has(sessionId)) return;
    const subject = principalKey(principal);
    this.#sessions.set(sessionId, { subject, serverId, lastSeen: this.#now() });
    this.#perPrincipal.set(subject, (this.#perPrincipal.get(subject) ?? 0) + 1);
  }

  /** A request for a session: refused when the session is unknown, idle too long, or another principal's. */
  useSession(sessionId: string, serverId: string, principal: Principal | undefined): Refusal | undefined {
    const entry = this.#sessions.get(sessionId);
    const now = this.#now();
    if (entry && now - entry.lastSeen > this.options.sessionIdleMs) this.#expire(sessionId, entry);
    const live = this.#sessions.get(sessionId);
    // One answer for all three cases, so a caller cannot probe for other principals' sessions.
    if (!live || live.serverId !== serverId || live.subject !== principalKey(principal)) {
      return { rule: 'adapter/session-unknown', status: 404, reason: 'no such session (it expired, was ended, or belongs to another principal)' };
    }
    live.lastSeen = now;
    return undefined;
  }

  closeSession(sessionId: string): void {
    const entry = this.#sessions.get(sessionId);
    if (!entry) return;
    this.#sessions.delete(sessionId);
    const left = (this.#perPrincipal.get(entry.subject) ?? 1) - 1;
    if (left === 0) this.#perPrincipal.delete(entry.subject);
    else this.#perPrincipal.set(entry.subject, left);
  }

  /** Ends every session idle longer than `sessionIdleMs`. */
  sweep(): void {
    const now = this.#now();
    for (const [id, entry] of this.#sessions) if (now - entry.lastSeen > this.options.sessionIdleMs) this.#expire(id, entry);
  }

  get openSessions(): number {
    return this.#sessions.size;
  }

  get inFlight(): number {
    return this.#total;
  }

  #expire(sessionId: string, entry: SessionEntry): void {
    this.closeSession(sessionId);
    this.#onExpire?.(sessionId, entry.serverId);
  }
}
