/**
 * Bounded lists of token hashes (data flow's provenance sets): each hash once, in the order first added,
 * the newest `max` kept. Adding a batch is as if its hashes were added one by one and the oldest then
 * dropped past `max`; a batch of more new hashes than that (a message of 190,000 URLs) is deduplicated in
 * a typed table, and only the newest `max` of them enter the list's set: a set entry per hash (a heap
 * number each, as hashes pass 2^31), deleted again at once, cost most of what reading such a message cost.
 */

/**
 * Adds to `list` (whose hashes `seen` holds, and will again) the hashes of `batch` it lacks, each once in the
 * order first met, then drops its oldest past `max`. `flags`, a list beside it (one entry per hash), gets
 * `flag` for each hash added and loses an entry for each dropped. Whether the list changed.
 */
export function addNewest(list: number[], seen: Set<number>, batch: readonly number[], max: number, flags?: number[], flag = 0): boolean {
  if (batch.length <= max) return addEach(list, seen, batch, max, flags, flag);
  const fresh = freshOf(batch, seen);
  const count = fresh.length;
  if (count === 0) return false;
  const drop = Math.max(0, list.length + count - max);
  const old = Math.min(drop, list.length);
  for (let k = 0; k < old; k++) seen.delete(list[k]!);
  dropFirst(list, old);
  if (flags !== undefined) dropFirst(flags, old);
  // The new hashes that would be dropped again as soon as added never enter the list or its set.
  for (let k = drop - old; k < count; k++) {
    const h = fresh[k]!;
    seen.add(h);
    list.push(h);
    flags?.push(flag);
  }
  return true;
}

/** {@link addNewest} one hash at a time: a batch of at most `max` (the usual message has none or a few). */
function addEach(list: number[], seen: Set<number>, batch: readonly number[], max: number, flags: number[] | undefined, flag: number): boolean {
  let changed = false;
  // Indexed: an iterator step per hash allocates.
  for (let k = 0; k < batch.length; k++) {
    const h = batch[k]!;
    if (seen.has(h)) continue;
    seen.add(h);
    list.push(h);
    flags?.push(flag);
    changed = true;
  }
  const drop = list.length - max;
  if (drop > 0) {
    for (let k = 0; k < drop; k++) seen.delete(list[k]!);
    dropFirst(list, drop);
    if (flags !== undefined) dropFirst(flags, drop);
  }
  return changed;
}

/** The hashes of `batch` not in `seen`, each once, in the order first met (one typed table, no set entry per hash). */
function freshOf(batch: readonly number[], seen: ReadonlySet<number>): Float64Array {
  // Open addressing, at most half full; -1 marks a free slot (hashes are never negative).
  let bits = 4;
  while (1 << bits < batch.length * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const table = new Float64Array(size).fill(-1);
  const fresh = new Float64Array(batch.length);
  let count = 0;
  for (let k = 0; k < batch.length; k++) {
    const h = batch[k]!;
    // The top bits of the hash's low 32 bits times the golden ratio (Fibonacci hashing).
    let slot = Math.imul(h >>> 0, 0x9e3779b1) >>> (32 - bits);
    let known = false;
    for (let at = table[slot]!; at !== -1; at = table[slot]!) {
      if (at === h) {
        known = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (known) continue;
    table[slot] = h;
    if (!seen.has(h)) fresh[count++] = h;
  }
  return fresh.subarray(0, count);
}

/** `list.splice(0, count)` without making the array of what it removes (moved down in place). */
function dropFirst(list: number[], count: number): void {
  if (count === 0) return;
  list.copyWithin(0, count);
  list.length -= count;
}
