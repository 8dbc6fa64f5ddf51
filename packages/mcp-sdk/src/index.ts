// Public API of @vanguard/mcp-sdk.
export { guardTransport } from './guard-transport.js';
export type {
  GuardOutcome,
  GuardTransportEvent,
  GuardTransportOptions,
  MessageExtra,
  TransportLike,
  TransportSide,
} from './guard-transport.js';
export { guardServerFactory } from './server-factory.js';
