/** How many answered entries a table may keep before it is made again (see {@link PendingRequests}). */
const answeredKept = 32;

/**
 * Requests an adapter passed on and that were not answered yet, by id, so that a peer that goes away does
 * not leave them hanging: each still waiting gets an error answer. Ids keep their JSON type apart (`1` and
 * `"1"` are different requests; a Map compares them as SameValueZero, with no key string per id), and they
 * drain in the order they were sent.
 *
 * An answer marks its entry instead of deleting it: a Map that gains and loses one entry per request
 * shrinks to a new table whenever it empties, and each old table points to the next, a chain the
 * young-generation collections keep and promote into old space. The marked entries go with the whole Map,
 * made again once none waits or the marked outnumber the waiting (copying what still waits, so the work
 * stays linear in the requests).
 */
export class PendingRequests {
  /** id → whether it still waits (false: answered, kept until the table is made again). */
  #ids = new Map<string | number, boolean>();
  #waiting = 0;

  /** How many requests wait. */
  get size(): number {
    return this.#waiting;
  }

  /** Whether this request waits. */
  has(id: string | number): boolean {
    return this.#ids.get(id) === true;
  }

  /** A request was passed on: it waits. An id used again after its answer waits at the end, as a new one. */
  add(id: string | number): void {
    const state = this.#ids.get(id);
    if (state === true) return;
    if (state === false) this.#ids.delete(id);
    this.#ids.set(id, true);
    this.#waiting++;
  }

  /** The request was answered (or cancelled): it waits no more. Returns whether it was waiting. */
  delete(id: string | number): boolean {
    if (this.#ids.get(id) !== true) return false;
    this.#ids.set(id, false);
    this.#waiting--;
    const size = this.#ids.size;
    if (this.#waiting === 0 ? size >= answeredKept : size >= 2 * this.#waiting + answeredKept) this.#ids = this.#stillWaitingOnly();
    return true;
  }

  /** Forgets every request and returns the ids of those that waited, in the order they were sent. */
  drain(): (string | number)[] {
    const ids: (string | number)[] = [];
    for (const [id, waits] of this.#ids) if (waits) ids.push(id);
    this.#ids = new Map();
    this.#waiting = 0;
    return ids;
  }

  #stillWaitingOnly(): Map<string | number, boolean> {
    const fresh = new Map<string | number, boolean>();
    if (this.#waiting === 0) return fresh;
    for (const [id, waits] of this.#ids) if (waits) fresh.set(id, true);
    return fresh;
  }
}
