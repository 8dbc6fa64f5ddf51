import { type Guard, VanguardError, VanguardErrorCode } from '@vanguard/core';

import { guardTransport } from './guard-transport.js';
import type { GuardTransportOptions, TransportLike } from './options.js';

type Connectable = { connect(transport: TransportLike, ...rest: unknown[]): Promise<void> };

const isConnectable = (v: unknown): v is Connectable =>
  typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['connect'] === 'function';

/**
 * Wraps a server factory so that every server it builds connects through {@link guardTransport}
 * (server side). Use it where the SDK builds the transport itself and there is none to wrap: v2
 * `createMcpHandler(factory)` makes a server and a per-request transport for every HTTP request (both
 * protocol eras), and `serveStdio(factory)` connects the instance it picks to an internal channel.
 *
 * The factory may return an `McpServer` or a low-level `Server` (v1 or v2), directly or as a promise;
 * the low-level server's `connect` is wrapped, so `McpServer.connect` is covered too.
 *
 * @param factory The server factory the SDK calls (e.g. `(ctx) => new McpServer(...)`).
 * @param guard A guard from `createGuard()`.
 * @param options Options of each wrapper; `side` is always `server`.
 * @returns A factory with the same signature.
 * @throws VanguardError `VG_ERR_INVALID_OPTIONS` if `factory` is not a function.
 *
 * @example
 * ```ts
 * const handler = createMcpHandler(guardServerFactory(() => buildServer(), guard));
 * ```
 */
export function guardServerFactory<F extends (...args: never[]) => unknown>(factory: F, guard: Guard, options?: Omit<GuardTransportOptions, 'side'>): F {
  if (typeof factory !== 'function') throw new VanguardError(VanguardErrorCode.InvalidOptions, 'guardServerFactory: the factory must be a function');
  const guardProduct = (product: unknown): unknown => {
    const low: unknown = typeof product === 'object' && product !== null ? (product as Record<string, unknown>)['server'] : undefined;
    const target = isConnectable(low) ? low : product;
    if (!isConnectable(target)) return product;
    const connect = target.connect.bind(target);
    target.connect = (transport: TransportLike, ...rest: unknown[]) => connect(guardTransport(transport, guard, { ...options, side: 'server' }), ...rest);
    return product;
  };
  return ((...args: Parameters<F>) => {
    const product = factory(...args);
    return product instanceof Promise ? product.then(guardProduct) : guardProduct(product);
  }) as F;
}
