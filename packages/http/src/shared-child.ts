import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

import { isId, isRecord } from './json-shape.js';

/** A message rebuilt from a checked record (ids and tokens swapped), as the SDK types it. */
const asMessage = (value: Record<string, unknown>): JSONRPCMessage => value as unknown as JSONRPCMessage;

/** What a session's bridge talks to: a spawned server of its own, or its share of a common one. */
export interface ChildLink {
  onmessage?: ((message: JSONRPCMessage) => void) | undefined;
  onclose?: (() => void) | undefined;
  start(): Promise<void>;
  send(message: JSONRPCMessage): Promise<void>;
  close(): Promise<void>;
}

interface Share extends ChildLink {
  /** Server requests sent to this session: the child's id, as the session answers it. */
  readonly serverRequests: Set<string>;
  /** Requests of this session in flight at the child, newest last. */
  inFlight: number;
}

/**
 * One stdio server shared by every session: request ids and progress tokens are renumbered on the way in
 * and restored on the way out, so sessions never see each other's traffic; the server is initialized once
 * and later sessions get its `initialize` answer; notifications that are not progress go to every session;
 * a server request goes to the session with requests in flight (the one that caused it, most likely).
 */
export class SharedChild {
  readonly #child: ChildLink;
  readonly #shares = new Set<Share>();
  readonly #pending = new Map<number, { share: Share; id: string | number; token?: string | number }>();
  readonly #tokens = new Map<string, { share: Share; token: string | number }>();
  #next = 0;
  #started: Promise<void> | undefined;
  #initialize: Promise<unknown> | undefined;
  #initialized = false;
  #initializeId: number | undefined;
  #onInitialized: ((result: unknown) => void) | undefined;

  constructor(child: ChildLink) {
    this.#child = child;
    child.onmessage = (message) => this.#fromChild(message);
    child.onclose = () => {
      for (const share of [...this.#shares]) share.onclose?.();
      this.#shares.clear();
    };
  }

  /** A link for one more session. */
  attach(): ChildLink {
    const share: Share = {
      serverRequests: new Set(),
      inFlight: 0,
      start: () => (this.#started ??= this.#child.start()),
      send: (message) => this.#fromSession(share, message),
      close: () => {
        this.#shares.delete(share);
        share.onclose?.();
        return Promise.resolve();
      },
    };
    this.#shares.add(share);
    return share;
  }

  close(): Promise<void> {
    return this.#child.close();
  }

  async #fromSession(share: Share, sent: JSONRPCMessage): Promise<void> {
    const message: unknown = sent;
    if (!isRecord(message)) return;
    const method = message['method'];
    const id = message['id'];
    if (typeof method === 'string' && isId(id)) {
      if (method === 'initialize' && this.#initialize) {
        // The server is initialized already: this session gets the same answer.
        const result = await this.#initialize;
        share.onmessage?.(asMessage({ jsonrpc: '2.0', id, result }));
        return;
      }
      const childId = ++this.#next;
      let params = message['params'];
      let token: string | number | undefined;
      if (isRecord(params) && isRecord(params['_meta']) && isId(params['_meta']['progressToken'])) {
        token = params['_meta']['progressToken'];
        const shared = `p${childId}`;
        this.#tokens.set(shared, { share, token });
        params = { ...params, _meta: { ...params['_meta'], progressToken: shared } };
      }
      this.#pending.set(childId, { share, id, ...(token === undefined ? {} : { token }) });
      share.inFlight++;
      if (method === 'initialize') {
        this.#initializeId = childId;
        this.#initialize = new Promise((resolve) => (this.#onInitialized = resolve));
      }
      await this.#child.send(asMessage({ ...message, id: childId, ...(params === undefined ? {} : { params }) }));
      return;
    }
    if (typeof method === 'string') {
      if (method === 'notifications/initialized') {
        if (this.#initialized) return;
        this.#initialized = true;
      }
      if (method === 'notifications/cancelled' && isRecord(message['params'])) {
        const cancelled = message['params']['requestId'];
        const entry = [...this.#pending].find(([, e]) => e.share === share && e.id === cancelled);
        if (!entry) return;
        await this.#child.send(asMessage({ ...message, params: { ...message['params'], requestId: entry[0] } }));
        return;
      }
      await this.#child.send(sent);
      return;
    }
    // An answer to a server request this session was given.
    if (isId(id) && share.serverRequests.delete(String(id))) await this.#child.send(sent);
  }

  #fromChild(received: JSONRPCMessage): void {
    const message: unknown = received;
    if (!isRecord(message)) return;
    const method = message['method'];
    const id = message['id'];
    if (typeof method !== 'string') {
      const entry = typeof id === 'number' ? this.#pending.get(id) : undefined;
      if (!entry) return;
      this.#pending.delete(id as number);
      entry.share.inFlight--;
      if (id === this.#initializeId) {
        // A failed initialize is not cached: the next session tries again.
        if ('result' in message) this.#onInitialized?.(message['result']);
        else this.#initialize = undefined;
      }
      for (const [shared, t] of this.#tokens) if (t.share === entry.share && t.token === entry.token) this.#tokens.delete(shared);
      entry.share.onmessage?.(asMessage({ ...message, id: entry.id }));
      return;
    }
    const params = message['params'];
    if (method === 'notifications/progress' && isRecord(params) && isId(params['progressToken'])) {
      const t = this.#tokens.get(String(params['progressToken']));
      t?.share.onmessage?.(asMessage({ ...message, params: { ...params, progressToken: t.token } }));
      return;
    }
    if (isId(id)) {
      const target = [...this.#shares].filter((s) => s.inFlight > 0).at(-1) ?? [...this.#shares][0];
      if (!target) return;
      target.serverRequests.add(String(id));
      target.onmessage?.(received);
      return;
    }
    for (const share of this.#shares) share.onmessage?.(received);
  }
}
