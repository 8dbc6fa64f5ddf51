import { fileURLToPath } from 'node:url';

import { describePublicSurface } from '../../../test/shared/public-surface.js';

describePublicSurface('@vanguard/redis', fileURLToPath(new URL('..', import.meta.url)), {
  values: ['createRedisStore'],
  types: ['RedisClientLike', 'RedisStateStore', 'RedisStoreOptions'],
});
