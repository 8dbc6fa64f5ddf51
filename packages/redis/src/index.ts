// Public API of @vanguard/redis: a StateStore on Redis for guards that share state.
export { createRedisStore } from './redis-store.js';
export type { RedisClientLike, RedisStateStore, RedisStoreOptions } from './redis-store.js';
