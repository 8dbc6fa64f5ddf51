import { createHash } from 'node:crypto';

import { createClient } from '@redis/client';
import { createMemoryStore, type JsonValue, type MemoryStoreOptions, type StateStore, VanguardError, VanguardErrorCode } from '@vanguard/core';

import { hitScript, incrementScript } from './scripts.js';

/** The part of a node-redis (`redis`, `@redis/client` v4+) client the store uses. */
export interface RedisClientLike {
  readonly isReady: boolean;
  sendCommand(args: readonly string[]): Promise<unknown>;
  on(event: 'error' | 'ready' | 'end', listener: (arg?: unknown) => void): unknown;
}

export interface RedisStoreOptions {
  /** `redis://host:port/db`; the store makes and owns its client. */
  readonly url?: string;
  /** A client you made and own (connected or connecting); `close()` leaves it open. */
  readonly client?: RedisClientLike;
  /** Prepended to every key, one per deployment (default `vanguard:`). */
  readonly prefix?: string;
  /** Longest TTL a key may have, in milliseconds (default 30 days); longer ones are capped. */
  readonly maxTtlMs?: number;
  /**
   * How long one command may take before the store falls back to local state (default 500 ms); also how
   * long a command sent while the first connection is still being made waits for it.
   */
  readonly commandTimeoutMs?: number;
  /** Bounds of the local in-memory store used while Redis is unreachable. */
  readonly fallback?: MemoryStoreOptions;
  /** Told about every connection error (the guard reports the degraded state itself). */
  readonly onError?: (error: Error) => void;
}

/** A {@link StateStore} on Redis, with its health and a count of the commands it sent. */
export interface RedisStateStore extends StateStore {
  readonly name: 'redis';
  /** Why the store answers from local state, or undefined while Redis answers. */
  degraded(): string | undefined;
  /** Commands sent to Redis so far (for round-trip measurements). */
  readonly commands: number;
  /** Resolves once the first connection is up or has failed (rejects never; a failure shows in `degraded()`). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

class Timeout extends Error {}

/** Errors that mean "Redis is not there": connection problems and timeouts, not bad commands. */
function unreachable(error: unknown): boolean {
  if (error instanceof Timeout) return true;
  const name = (error as Error)?.name ?? '';
  const message = String((error as Error)?.message ?? '');
  return /ClientClosed|ClientOffline|Connection|Socket|Reconnect/i.test(name) || /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|closed|offline|not connected/i.test(message);
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

class RedisStore implements RedisStateStore {
  readonly name = 'redis' as const;
  readonly #client: RedisClientLike;
  readonly #owned: { close(): Promise<void>; destroy(): void } | undefined;
  readonly #prefix: string;
  readonly #maxTtl: number;
  readonly #timeoutMs: number;
  readonly #local: StateStore;
  readonly #onError: ((error: Error) => void) | undefined;
  readonly #started: Promise<void>;
  /** Until the first connection is up or has failed: commands wait for it rather than count locally. */
  #starting: boolean;
  #degraded: string | undefined;
  #commands = 0;

  constructor(options: RedisStoreOptions) {
    if ((options.url === undefined) === (options.client === undefined)) {
      throw new VanguardError(VanguardErrorCode.InvalidOptions, 'createRedisStore: give exactly one of url or client', { field: 'url' });
    }
    const positive = (value: number | undefined, fallback: number, field: string): number => {
      if (value === undefined) return fallback;
      if (!Number.isSafeInteger(value) || value <= 0) throw new VanguardError(VanguardErrorCode.InvalidOptions, `createRedisStore: ${field} must be a positive integer`, { field });
      return value;
    };
    this.#prefix = options.prefix ?? 'vanguard:';
    this.#maxTtl = positive(options.maxTtlMs, 30 * 24 * 60 * 60 * 1000, 'maxTtlMs');
    this.#timeoutMs = positive(options.commandTimeoutMs, 500, 'commandTimeoutMs');
    this.#local = createMemoryStore({ ...options.fallback, maxTtlMs: Math.min(options.fallback?.maxTtlMs ?? this.#maxTtl, this.#maxTtl) });
    this.#onError = options.onError;
    if (options.client) {
      this.#client = options.client;
      this.#owned = undefined;
    } else {
      const client = createClient({
        url: options.url!,
        // A command while Redis is away fails at once (and falls back) instead of waiting in a queue
        // to be replayed later, which would count the same event twice.
        disableOfflineQueue: true,
        socket: { connectTimeout: this.#timeoutMs * 4, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 6), 2000) },
      });
      this.#client = client;
      this.#owned = client;
      // It keeps reconnecting after a failed first attempt: that attempt's error reaches the listener below.
      client.connect().catch((error: unknown) => this.#fail(error));
    }
    this.#starting = !this.#client.isReady;
    let started = (): void => undefined;
    this.#started = this.#starting ? new Promise<void>((resolve) => (started = resolve)) : Promise.resolve();
    const settle = (): void => {
      this.#starting = false;
      started();
    };
    this.#client.on('error', (error) => {
      this.#fail(error);
      settle();
    });
    this.#client.on('ready', () => {
      this.#degraded = undefined;
      settle();
    });
  }

  get commands(): number {
    return this.#commands;
  }

  ready(): Promise<void> {
    return this.#started;
  }

  degraded(): string | undefined {
    return this.#degraded;
  }

  #fail(error: unknown): void {
    const e = error instanceof Error ? error : new Error(String(error));
    this.#degraded = `redis unreachable (${e.message.slice(0, 120) || e.name}); answering from local state`;
    this.#onError?.(e);
  }

  /**
   * Whether Redis can take a command now. While the first connection is being made a command waits for it,
   * at most the command timeout and only once: answering locally then would split a shared count (a
   * gateway's request rate, a budget) per instance at every start, when nothing is wrong.
   */
  async #connected(): Promise<boolean> {
    if (this.#starting) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waited = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, this.#timeoutMs, true)));
      if (await Promise.race([this.#started.then(() => false), waited])) this.#starting = false;
      clearTimeout(timer);
    }
    if (this.#client.isReady) return true;
    this.#degraded ??= 'redis not connected yet; answering from local state';
    return false;
  }

  #ttl(ttlMs: number): number {
    return Math.max(1, Math.min(Math.floor(ttlMs), this.#maxTtl));
  }

  /** Runs one command within the timeout; on a connection failure answers `local()` instead. */
  async #run<T>(args: readonly string[], parse: (reply: unknown) => T, local: () => T | Promise<T>): Promise<T> {
    if (!this.#client.isReady && !(await this.#connected())) return local();
    this.#commands++;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const pending = this.#client.sendCommand(args);
      // Settled later by a slow server after the timeout won: nobody waits for it any more.
      pending.catch(() => undefined);
      const reply = await Promise.race([
        pending,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Timeout(`no answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
        }),
      ]);
      return parse(reply);
    } catch (error) {
      if (!unreachable(error)) throw error;
      this.#fail(error);
      return local();
    } finally {
      clearTimeout(timer);
    }
  }

  async #script(source: string, sha: string, key: string, args: readonly string[]): Promise<unknown> {
    const run = (command: 'EVALSHA' | 'EVAL', body: string): readonly string[] => [command, body, '1', key, ...args];
    try {
      return await this.#run(run('EVALSHA', sha), (r) => r, () => undefined);
    } catch (error) {
      if (!String((error as Error)?.message).includes('NOSCRIPT')) throw error;
      return this.#run(run('EVAL', source), (r) => r, () => undefined);
    }
  }

  #key(key: string): string {
    return this.#prefix + key;
  }

  get(key: string): Promise<JsonValue | undefined> {
    return this.#run(['GET', this.#key(key)], parseValue, () => this.#local.get(key));
  }

  set(key: string, value: JsonValue, ttlMs: number): Promise<void> {
    return this.#run(['SET', this.#key(key), JSON.stringify(value), 'PX', String(this.#ttl(ttlMs))], () => undefined, () => this.#local.set(key, value, ttlMs));
  }

  take(key: string): Promise<JsonValue | undefined> {
    return this.#run(['GETDEL', this.#key(key)], parseValue, () => this.#local.take(key));
  }

  delete(key: string): Promise<void> {
    return this.#run(['DEL', this.#key(key)], () => undefined, () => this.#local.delete(key));
  }

  async increment(key: string, by: number, ttlMs: number): Promise<number> {
    const reply = await this.#script(incrementScript, incrementSha, this.#key(key), [String(by), String(this.#ttl(ttlMs))]);
    return reply === undefined ? this.#local.increment(key, by, ttlMs) : Number(reply);
  }

  async hit(key: string, now: number, windowMs: number): Promise<number> {
    const size = Math.max(1, Math.floor(windowMs));
    const reply = await this.#script(hitScript, hitSha, this.#key(key), [String(Math.floor(now)), String(size), String(this.#ttl(2 * size))]);
    return reply === undefined ? this.#local.hit(key, now, windowMs) : Number(reply);
  }

  async close(): Promise<void> {
    if (this.#owned === undefined) return;
    // Closing politely waits for Redis to answer: a client still (re)connecting is dropped instead, or
    // close() would wait for a Redis that may never come back.
    if (!this.#client.isReady) {
      this.#owned.destroy();
      return;
    }
    try {
      await this.#owned.close();
    } catch {
      this.#owned.destroy();
    }
  }
}

const hitSha = sha1(hitScript);
const incrementSha = sha1(incrementScript);

/** A stored string back as JSON; windows and anything not JSON read as absent, as in the memory store. */
function parseValue(reply: unknown): JsonValue | undefined {
  if (typeof reply !== 'string') return undefined;
  try {
    return JSON.parse(reply) as JsonValue;
  } catch {
    return undefined;
  }
}

/**
 * A {@link StateStore} on Redis, so several guards (gateway instances, proxies) share sessions, windows,
 * budgets and pins. Windows and counters are Lua scripts (atomic); every key has a TTL (capped at
 * `maxTtlMs`) and starts with `prefix`. While Redis is unreachable the store answers from a bounded local
 * store and `degraded()` says why: the guard then reports `engine/store-unavailable`, a warning in
 * `monitor` and `balanced` and a block in `strict`.
 *
 * @example
 * const store = createRedisStore({ url: 'redis://127.0.0.1:6379', prefix: 'vg:prod:' });
 * const guard = createGuard({ store });
 */
export function createRedisStore(options: RedisStoreOptions): RedisStateStore {
  return new RedisStore(options);
}
