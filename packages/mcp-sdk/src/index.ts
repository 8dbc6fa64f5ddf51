// Public API of @vanguard/mcp-sdk. Every name here is pinned by test/public-surface.test.ts.
export { guardTransport } from './guard-transport.js';
export type { GuardTransportEvent, GuardTransportOptions, MessageExtra, TransportLike, TransportSide } from './options.js';
export { guardServerFactory } from './server-factory.js';
