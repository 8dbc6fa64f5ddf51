// Public API of @vanguard/stdio: a stdio proxy that spawns an MCP server and guards both directions.
// Every name here is pinned by test/public-surface.test.ts.
export { createStdioProxy, defaultShutdownTimeoutMs } from './proxy.js';
export type { ProxyExit, StdioProxy, StdioProxyOptions } from './proxy.js';
export { defaultMaxBufferedBytes, defaultMaxMessageBytes, guardStreams } from './guard-streams.js';
export type { GuardedStreams, GuardStreamsCommonOptions, GuardStreamsOptions, VerdictEvent } from './guard-streams.js';
export type { LaneStats } from './read-lane.js';
