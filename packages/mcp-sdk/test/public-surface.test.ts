import { fileURLToPath } from 'node:url';

import { describePublicSurface } from '../../../test/shared/public-surface.js';

describePublicSurface('@vanguard/mcp-sdk', fileURLToPath(new URL('..', import.meta.url)), {
  values: ['guardServerFactory', 'guardTransport'],
  types: ['GuardTransportEvent', 'GuardTransportOptions', 'MessageExtra', 'TransportLike', 'TransportSide'],
});
