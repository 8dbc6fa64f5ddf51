import type { Awaitable, JsonValue, Principal, SessionView, StateStore, StateView, ToolInventory } from '../types.js';
import { stateKey } from './keys.js';

/**
 * Most keys one {@link SessionKeys} keeps per layer. Names can hold tool names and request ids, which may
 * not come again: past this many, a layer's further keys are made for each use (the first names a layer
 * uses, its fixed ones, are kept).
 */
const maxNames = 32;

/**
 * Slots for the correlation keys one {@link SessionKeys} keeps per requester for answers to come: a request's
 * key goes in the slot its id picks (ids count up, so the last this many requests have a slot each), where a
 * later id that picks the same slot replaces it, and an answer whose key is gone has it made anew.
 */
const inFlightSlots = 16;

/** The correlation keys of one requester's recent requests with number ids, by slot (see inFlightSlots). */
class InFlight {
  /** NaN in a free slot: no id equals it. */
  readonly ids = new Float64Array(inFlightSlots).fill(Number.NaN);
  readonly keys: string[] = new Array<string>(inFlightSlots).fill('');
}

/** The slot of a number id (any number: a fraction or a huge one picks some slot; only an equal id finds its key there). */
const slotOf = (id: number): number => (id >>> 0) & (inFlightSlots - 1);

/**
 * The state keys of one session (with its server and principal), each made once and then reused: a Map
 * keeps a string's hash in the string, so a key that is the same string every message costs one look-up,
 * where a key built anew is joined and hashed on every read (measured: about 150 ns of a 200 ns read of
 * the memory store). The keys are the same strings either way.
 */
export class SessionKeys {
  readonly sessionId: string;
  readonly serverId: string;
  readonly principal: string | undefined;
  /** Where the server's tool inventory for this session lives. */
  readonly inventory: string;
  /** See {@link roots}: made when first asked (most sessions never declare roots nor need them). */
  #roots: string | undefined = undefined;
  readonly #correlation: string;
  /**
   * {@link correlation}'s keys up to the id, for each requester: by the id's type. Made when the requester
   * first asks, as the rest below: a session keeps what it was made with as long as it is remembered (4096
   * sessions by default), and one met once, or whose server sends no requests, never asks for most of it.
   */
  #clientPrefixes: Prefixes | undefined = undefined;
  #serverPrefixes: Prefixes | undefined = undefined;
  /**
   * The correlation keys of requests let through with a number id, by requester (the last ones, see
   * inFlightSlots): the answer then reads the very string the store hashed when it wrote it (its hash kept in
   * it, and compared by identity), not one joined again, hashed and compared character by character.
   */
  #clientInFlight: InFlight | undefined = undefined;
  #serverInFlight: InFlight | undefined = undefined;
  #layerPrefix: string | undefined;
  #serverPrefix: string | undefined;
  #layer: Map<string, Map<string, string>> | undefined = undefined;
  #server: Map<string, Map<string, string>> | undefined = undefined;

  constructor(sessionId: string, serverId: string, principal: string | undefined) {
    this.sessionId = sessionId;
    this.serverId = serverId;
    this.principal = principal;
    this.inventory = inventoryKey(sessionId, serverId);
    this.#correlation = stateKey('corr', sessionId, serverId, undefined, '');
  }

  /** Where the roots the client declared to this server live (see stateful/declared-roots.ts). */
  get roots(): string {
    return (this.#roots ??= stateKey('roots', this.sessionId, this.serverId, undefined, 'declared'));
  }

  /** Whether these are the keys of (session, server, principal). */
  matches(serverId: string, principal: string | undefined): boolean {
    return this.serverId === serverId && this.principal === principal;
  }

  /** Where a request's method and tool wait for its answer: `requester:` and the id with its type. */
  correlation(requester: string, id: string | number): string {
    // The part before the id made once per requester and id type: the key is then one join, not four.
    const prefixes = requester === 'client' ? (this.#clientPrefixes ??= prefixesOf(this.#correlation, 'client')) : requester === 'server' ? (this.#serverPrefixes ??= prefixesOf(this.#correlation, 'server')) : undefined;
    if (prefixes === undefined) return `${this.#correlation}${requester}:${typeof id === 'number' ? 'n' : 's'}${id}`;
    return typeof id === 'number' ? prefixes.number + id : prefixes.string + id;
  }

  /** {@link correlation} of a request let through, kept for its answer (a number id; see #inFlight). */
  requestCorrelation(requester: string, id: string | number): string {
    const key = this.correlation(requester, id);
    const kept = typeof id === 'number' ? this.#keptFor(requester, true) : undefined;
    if (kept !== undefined) {
      const slot = slotOf(id as number);
      kept.ids[slot] = id as number;
      kept.keys[slot] = key;
    }
    return key;
  }

  /**
   * {@link correlation} of an answer's request: the key its request was written under when kept, else made
   * anew. Left in its slot (the kept string is the very key the id's request makes): slots, not a map, so
   * that neither a request nor its answer allocates here.
   */
  answerCorrelation(requester: string, id: string | number): string {
    const kept = typeof id === 'number' ? this.#keptFor(requester, false) : undefined;
    if (kept !== undefined) {
      const slot = slotOf(id as number);
      // (-0 finds the key of 0: both make the same string.)
      if (kept.ids[slot] === id) return kept.keys[slot]!;
    }
    return this.correlation(requester, id);
  }

  /** The requester's kept keys; made for a request (`make`), not for an answer (none was kept before it). */
  #keptFor(requester: string, make: boolean): InFlight | undefined {
    if (requester === 'client') return make ? (this.#clientInFlight ??= new InFlight()) : this.#clientInFlight;
    if (requester === 'server') return make ? (this.#serverInFlight ??= new InFlight()) : this.#serverInFlight;
    return undefined;
  }

  /** A layer's key in this session. */
  layer(layer: string, name: string): string {
    const byLayer = (this.#layer ??= new Map<string, Map<string, string>>());
    return byLayer.get(layer)?.get(name) ?? this.#keep(byLayer, layer, name, (this.#layerPrefix ??= stateKey('layer', this.sessionId, this.serverId, this.principal, '')));
  }

  /** A layer's key in this server's state, shared by every session. */
  server(layer: string, name: string): string {
    const byLayer = (this.#server ??= new Map<string, Map<string, string>>());
    return byLayer.get(layer)?.get(name) ?? this.#keep(byLayer, layer, name, (this.#serverPrefix ??= stateKey('server', '', this.serverId, undefined, '')));
  }

  #keep(byLayer: Map<string, Map<string, string>>, layer: string, name: string, prefix: string): string {
    let names = byLayer.get(layer);
    const key = `${prefix}${layer}/${name}`;
    if (names === undefined) byLayer.set(layer, (names = new Map<string, string>()));
    if (names.size < maxNames) names.set(name, key);
    return key;
  }
}

/** {@link SessionKeys.correlation}'s keys of one requester up to the id, by the id's type. */
interface Prefixes {
  readonly number: string;
  readonly string: string;
}

const prefixesOf = (correlation: string, requester: string): Prefixes => ({ number: `${correlation}${requester}:n`, string: `${correlation}${requester}:s` });

/** Where one message's state lives: the store, the session's keys and the default TTL. */
export interface SessionCoordinates {
  readonly store: StateStore;
  readonly keys: SessionKeys;
  readonly principal: Principal | undefined;
  readonly ttlMs: number;
  /** The guard's clock. */
  readonly clock: () => number;
  /**
   * The server's inventory, read at most once per message and shared by every layer's view: read when
   * `inventoryRead` (both always present, so every message's coordinates have one shape).
   */
  inventory: Awaitable<ToolInventory | undefined>;
  inventoryRead: boolean;
}

/** State under one namespace: every layer view is this, with `key` saying whose state it is. */
abstract class KeyedStateView implements StateView {
  protected readonly at: SessionCoordinates;
  protected layer: string;

  constructor(at: SessionCoordinates, layer: string) {
    this.at = at;
    this.layer = layer;
  }

  /**
   * The view, handed on to the next layer with the context it belongs to (see the layer runner's passTo):
   * only once the layer it was made for let go of it, so that a message's built-in layers share one view.
   */
  passTo(layer: string): void {
    this.layer = layer;
  }

  protected abstract key(name: string): string;

  get<T extends JsonValue = JsonValue>(name: string): Awaitable<T | undefined> {
    return this.at.store.get(this.key(name)) as Awaitable<T | undefined>;
  }

  set(name: string, value: JsonValue, options?: { readonly ttlMs?: number }): Awaitable<void> {
    return this.at.store.set(this.key(name), value, options?.ttlMs ?? this.at.ttlMs);
  }

  delete(name: string): Awaitable<void> {
    return this.at.store.delete(this.key(name));
  }

  increment(name: string, options?: { readonly by?: number; readonly ttlMs?: number }): Awaitable<number> {
    return this.at.store.increment(this.key(name), options?.by ?? 1, options?.ttlMs ?? this.at.ttlMs);
  }

  hit(name: string, windowMs: number): Awaitable<number> {
    return this.at.store.hit(this.key(name), this.at.clock(), windowMs);
  }
}

/** A layer's view of its session: keys are namespaced by the layer, so layers cannot read each other's state. */
export class LayerSessionView extends KeyedStateView implements SessionView {
  protected key(name: string): string {
    return this.at.keys.layer(this.layer, name);
  }

  get id(): string {
    return this.at.keys.sessionId;
  }

  get serverId(): string {
    return this.at.keys.serverId;
  }

  get principal(): Principal | undefined {
    return this.at.principal;
  }

  tools(): Awaitable<ToolInventory | undefined> {
    const at = this.at;
    if (!at.inventoryRead) {
      at.inventory = at.store.get(at.keys.inventory) as Awaitable<ToolInventory | undefined>;
      at.inventoryRead = true;
    }
    return at.inventory;
  }
}

/** A layer's view of its server's state: keyed by the server id only, shared by all sessions and principals. */
export class LayerServerView extends KeyedStateView {
  protected key(name: string): string {
    return this.at.keys.server(this.layer, name);
  }
}

export const inventoryKey = (sessionId: string, serverId: string): string => stateKey('tools', sessionId, serverId, undefined, 'inventory');
