import type { Guard } from '@vanguard/core';

import { GuardedTransport, type Inner, type Slots } from './guarded-transport.js';
import { checkArguments, defaultSide, type GuardTransportOptions, type TransportLike } from './options.js';

type Slot = keyof Slots;
const slots: ReadonlySet<PropertyKey> = new Set<PropertyKey>(['onmessage', 'onclose', 'onerror']);
const methods: ReadonlySet<PropertyKey> = new Set<PropertyKey>(['start', 'send', 'close']);

/**
 * Wraps an MCP SDK transport so that every message in both directions goes through `guard.inspect`
 * before it is passed on. The result is a drop-in for the transport it wraps (SDK v1 and v2, client or
 * server side): pass it to `client.connect()` or `server.connect()` instead of the bare transport.
 *
 * The wrapper carries out `verdict.disposition` and nothing more:
 * - `respond`: an **outbound request** is never forwarded; the local side receives the disposition's error
 *   as its answer (the SDK rejects with an `McpError`/`ProtocolError` whose `data.rule` names the rule). An
 *   **inbound request** is never delivered; the error goes back to the peer through the wrapped transport,
 *   on the stream of the request (`relatedRequestId`).
 * - `replace`: a response is replaced by the error with the same id, or by the `tools/list` answer with
 *   its poisoned tools removed. `drop`: nothing is passed on (a blocked notification). `forward`: as sent.
 * - Each direction is inspected in order (core's `OrderedLane`), so `initialize` →
 *   `notifications/initialized` → requests keep their order; a request cancelled while it is inspected is
 *   dropped with its cancellation, and every refused request is answered exactly once.
 * - On the client side, when the server closes the connection with requests in flight, each is answered
 *   as `guard.decide({ kind: 'server-gone' })` says (`-32000`), as the stdio proxy does.
 *
 * Everything else is delegated through a `Proxy`: `sessionId`, `setProtocolVersion`, `terminateSession`,
 * `finishAuth`, `protocolVersion`, `hasPerRequestStream`, stdio `pid`/`stderr`, and members added by later
 * SDK versions. `onmessage`/`onclose`/`onerror` are plain settable slots; send options (`relatedRequestId`,
 * resumption tokens, v2 `headers`/`requestSignal`) pass through untouched. `instanceof` still matches the
 * wrapped class, and a v2 client's `server/discover` probe on a disposable sibling of a stdio transport
 * runs through a guarded sibling.
 *
 * @param transport The SDK transport to guard. The wrapper takes it over: do not use it directly afterwards.
 * @param guard A guard from `createGuard()` of `@vanguard/core`.
 * @param options Which side the transport is, session, server and principal for the guard, a verdict listener.
 * @returns A transport of the same type that guards the traffic.
 * @throws VanguardError `VG_ERR_INVALID_OPTIONS` if the arguments are not a transport, a guard and valid options.
 *
 * @example
 * ```ts
 * import { createGuard } from '@vanguard/core';
 * import { guardTransport } from '@vanguard/mcp-sdk';
 * import { Client } from '@modelcontextprotocol/sdk/client/index.js';
 * import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
 *
 * const guard = createGuard({ profile: 'balanced' });
 * const client = new Client({ name: 'agent', version: '1.0.0' });
 * await client.connect(guardTransport(new StdioClientTransport({ command: 'mcp-server-filesystem', args: [dir] }), guard));
 * ```
 */
export function guardTransport<T extends TransportLike>(transport: T, guard: Guard, options?: GuardTransportOptions): T {
  checkArguments(transport, guard, options);
  const inner = transport as unknown as Inner;
  const wrapper = new GuardedTransport(inner, guard, options ?? {}, options?.side ?? defaultSide(inner));
  const overrides = new Map<PropertyKey, unknown>();
  const bound = new WeakMap<object, unknown>();
  let siblingConstructor: unknown;

  const { sessionId: _shared, ...siblingOptions } = options ?? {};
  const own = (prop: PropertyKey): unknown => {
    switch (prop) {
      case 'start':
        return wrapper.start;
      case 'send':
        return wrapper.send;
      default:
        return wrapper.close;
    }
  };

  return new Proxy(transport, {
    get(target, prop) {
      if (slots.has(prop)) return wrapper.slots[prop as Slot];
      if (overrides.has(prop)) return overrides.get(prop);
      if (methods.has(prop)) return own(prop);
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (prop === 'constructor') {
        // A v2 client probes a stdio server on a sibling built with `new transport.constructor(params)`:
        // build the sibling guarded too, so the probe and its answer are inspected like everything else.
        siblingConstructor ??= new Proxy(value, {
          construct: (ctor, args) => guardTransport(Reflect.construct(ctor, args) as TransportLike, guard, siblingOptions),
        });
        return siblingConstructor;
      }
      // Methods run on the real instance (private fields), with a stable identity per method.
      let fn = bound.get(value);
      if (fn === undefined) {
        fn = (value as (...args: unknown[]) => unknown).bind(target);
        bound.set(value, fn);
      }
      return fn;
    },
    set(target, prop, value) {
      if (slots.has(prop)) {
        wrapper.slots[prop as Slot] = value as never;
        return true;
      }
      // The SDK swaps start/close on the object it was given (v2 era negotiation): keep those on the wrapper.
      if (methods.has(prop)) {
        if (value === own(prop)) overrides.delete(prop);
        else overrides.set(prop, value);
        return true;
      }
      return Reflect.set(target, prop, value, target);
    },
    deleteProperty(target, prop) {
      if (slots.has(prop)) {
        wrapper.slots[prop as Slot] = undefined;
        return true;
      }
      if (methods.has(prop)) return overrides.delete(prop) || true;
      return Reflect.deleteProperty(target, prop);
    },
    has(target, prop) {
      return slots.has(prop) || methods.has(prop) || Reflect.has(target, prop);
    },
  });
}
