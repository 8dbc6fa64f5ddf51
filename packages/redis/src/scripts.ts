/**
 * Lua scripts, so that every read-modify-write is one atomic step on the Redis server whatever the number
 * of guards sharing it. They compute exactly what the in-memory store computes (the shared StateStore
 * suite checks it).
 */

/**
 * Sliding-window hit (`advanceWindow` + `slidingWindowCount` of @vanguard/core). The window is one string
 * `w:<start>:<current>:<previous>`: not JSON, so `get` reads it as absent, as the memory store does.
 * KEYS[1] key; ARGV now, windowMs, ttlMs. Returns the count.
 */
export const hitScript = `
local now = tonumber(ARGV[1])
local size = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local bucket = now - (now % size)
local start, current, previous = bucket, 0, 0
local raw = redis.call('GET', KEYS[1])
if raw then
  local s, c, p = string.match(raw, '^w:(%-?%d+):(%d+):(%d+)$')
  if s then start, current, previous = tonumber(s), tonumber(c), tonumber(p) end
end
if bucket ~= start then
  if bucket - start == size then previous = current else previous = 0 end
  current = 0
  start = bucket
end
current = current + 1
redis.call('SET', KEYS[1], 'w:' .. string.format('%d', start) .. ':' .. current .. ':' .. previous, 'PX', ttl)
local elapsed = math.min(math.max(now - start, 0), size)
return current + math.ceil((previous * (size - elapsed)) / size)
`;

/**
 * Counter increment that keeps the TTL the counter was created with. KEYS[1] key; ARGV by, ttlMs.
 * Returns the new value as a string (it may be fractional).
 */
export const incrementScript = `
local value = redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value
`;
