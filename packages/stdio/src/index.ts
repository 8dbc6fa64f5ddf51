// Public API of @vanguard/stdio: a stdio proxy that spawns an MCP server and guards both directions.
export { createStdioProxy, defaultShutdownTimeoutMs } from './proxy.js';
export type { ProxyExit, StdioProxy, StdioProxyOptions } from './proxy.js';
export {
  defaultMaxBufferedBytes,
  defaultMaxMessageBytes,
  guardStreams,
  recoverId,
  serverGoneErrorCode,
} from './streams.js';
export type {
  GuardedStreams,
  GuardStreamsCommonOptions,
  GuardStreamsOptions,
  LaneStats,
  Outcome,
  VerdictEvent,
} from './streams.js';
export { LineSplitter, edgeBytes } from './lines.js';
export type { Line, OversizeLine } from './lines.js';
export { readEnvelope } from './envelope.js';
export type { Envelope, EnvelopeKind } from './envelope.js';
