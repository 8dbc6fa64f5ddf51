import type { Awaitable, JsonValue, Principal, SessionView, StateStore, StateView, ToolInventory } from '../types.js';
import { stateKey } from './keys.js';

/** Where one message's state lives: the store, the session's coordinates and the default TTL. */
export interface SessionCoordinates {
  readonly store: StateStore;
  readonly sessionId: string;
  readonly serverId: string;
  readonly principal: Principal | undefined;
  readonly ttlMs: number;
  readonly now: () => number;
  /** The server's inventory, read at most once per message and shared by every layer's view. */
  inventory?: Awaitable<ToolInventory | undefined>;
  /** The session's layer-key prefix (less the layer's name), built once per message for every layer's view. */
  layerPrefix?: string;
}

/**
 * State under one key prefix: every layer view is this, with the prefix saying whose state it is. The prefix
 * is built on first use (most layers never touch state).
 */
class PrefixedStateView implements StateView {
  protected readonly at: SessionCoordinates;
  readonly #makePrefix: () => string;
  #prefix: string | undefined;

  constructor(at: SessionCoordinates, makePrefix: () => string) {
    this.at = at;
    this.#makePrefix = makePrefix;
  }

  #key(name: string): string {
    this.#prefix ??= this.#makePrefix();
    return this.#prefix + name;
  }

  get<T extends JsonValue = JsonValue>(name: string): Awaitable<T | undefined> {
    return this.at.store.get(this.#key(name)) as Awaitable<T | undefined>;
  }

  set(name: string, value: JsonValue, options?: { readonly ttlMs?: number }): Awaitable<void> {
    return this.at.store.set(this.#key(name), value, options?.ttlMs ?? this.at.ttlMs);
  }

  delete(name: string): Awaitable<void> {
    return this.at.store.delete(this.#key(name));
  }

  increment(name: string, options?: { readonly by?: number; readonly ttlMs?: number }): Awaitable<number> {
    return this.at.store.increment(this.#key(name), options?.by ?? 1, options?.ttlMs ?? this.at.ttlMs);
  }

  hit(name: string, windowMs: number): Awaitable<number> {
    return this.at.store.hit(this.#key(name), this.at.now(), windowMs);
  }
}

/** A layer's view of its session: keys are namespaced by the layer, so layers cannot read each other's state. */
export class LayerSessionView extends PrefixedStateView implements SessionView {
  constructor(at: SessionCoordinates, layer: string) {
    super(at, () => (at.layerPrefix ??= stateKey('layer', at.sessionId, at.serverId, at.principal?.subject, '')) + `${layer}/`);
  }

  get id(): string {
    return this.at.sessionId;
  }

  get serverId(): string {
    return this.at.serverId;
  }

  get principal(): Principal | undefined {
    return this.at.principal;
  }

  tools(): Awaitable<ToolInventory | undefined> {
    if (!('inventory' in this.at)) this.at.inventory = this.at.store.get(inventoryKey(this.at.sessionId, this.at.serverId)) as Awaitable<ToolInventory | undefined>;
    return this.at.inventory;
  }
}

/** A layer's view of its server's state: keyed by the server id only, shared by all sessions and principals. */
export class LayerServerView extends PrefixedStateView {
  constructor(at: SessionCoordinates, layer: string) {
    super(at, () => stateKey('server', '', at.serverId, undefined, `${layer}/`));
  }
}

export const inventoryKey = (sessionId: string, serverId: string): string => stateKey('tools', sessionId, serverId, undefined, 'inventory');
