import { fileURLToPath } from 'node:url';

import { describePublicSurface } from '../../../test/shared/public-surface.js';

describePublicSurface('@vanguard/stdio', fileURLToPath(new URL('..', import.meta.url)), {
  values: ['createStdioProxy', 'defaultMaxBufferedBytes', 'defaultMaxMessageBytes', 'defaultShutdownTimeoutMs', 'guardStreams'],
  types: ['GuardStreamsCommonOptions', 'GuardStreamsOptions', 'GuardedStreams', 'LaneStats', 'ProxyExit', 'StdioProxy', 'StdioProxyOptions', 'VerdictEvent'],
});
