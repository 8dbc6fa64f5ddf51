/**
 * Aho–Corasick over every prefilter literal of a rule set: one pass over a value finds which rules can
 * match and where, so RE2 (which costs microseconds per call) only runs for candidates, and on long
 * values only in windows around the hits. ASCII transitions are a dense table; other characters fall
 * back to per-node maps.
 */
export class LiteralIndex {
  readonly #ascii: Int32Array;
  readonly #other: (Map<number, number> | undefined)[];
  readonly #fail: Int32Array;
  /** Literal ids ending at each node (including those reached through fail links). */
  readonly #out: (readonly number[] | undefined)[];
  readonly #lengths: readonly number[];

  constructor(literals: readonly string[]) {
    const children: Map<number, number>[] = [new Map<number, number>()];
    const ends: number[][] = [[]];
    literals.forEach((literal, id) => {
      let node = 0;
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        let next = children[node]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[node]!.set(c, next);
        }
        node = next;
      }
      ends[node]!.push(id);
    });
    const size = children.length;
    this.#ascii = new Int32Array(size * 128);
    this.#other = new Array<Map<number, number> | undefined>(size);
    this.#fail = new Int32Array(size);
    this.#out = new Array<readonly number[] | undefined>(size);
    this.#lengths = literals.map((l) => l.length);
    // Breadth-first: a node's fail link and ASCII row are complete before its children need them.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      const fail = this.#fail[node]!;
      const outs = [...ends[node]!, ...(node === 0 ? [] : (this.#out[fail] ?? []))];
      this.#out[node] = outs.length ? outs : undefined;
      // A missing ASCII transition is the fail node's (the root's are 0): copy that row, then set the children.
      if (node !== 0) this.#ascii.copyWithin(node * 128, fail * 128, fail * 128 + 128);
      const ascii = [...children[node]!.keys()].filter((c) => c < 128).sort((a, b) => a - b);
      for (const c of ascii) {
        const child = children[node]!.get(c)!;
        this.#fail[child] = node === 0 ? 0 : this.#ascii[fail * 128 + c]!;
        this.#ascii[node * 128 + c] = child;
        queue.push(child);
      }
      for (const [c, child] of children[node]!) {
        if (c < 128) continue;
        (this.#other[node] ??= new Map()).set(c, child);
        let f = fail;
        let target = 0;
        if (node !== 0) {
          for (;;) {
            const t = this.#other[f]?.get(c);
            if (t !== undefined && t !== child) {
              target = t;
              break;
            }
            if (f === 0) break;
            f = this.#fail[f]!;
          }
        }
        this.#fail[child] = target;
        queue.push(child);
      }
    }
  }

  /**
   * Calls `hit(literalId, start)` for every occurrence of every literal in `text[from, to)` read with its
   * ASCII letters in lower case, `start` counted from `from` (the scan of a lower-cased slice of ASCII
   * text, without making either). Starts in `state` and returns the state it ends in, so a scan can go
   * on in another text (two slices read as joined).
   */
  scanAsciiLower(text: string, from: number, to: number, hit: (literal: number, start: number) => void, state = 0): number {
    const ascii = this.#ascii;
    const out = this.#out;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      state = c < 128 ? ascii[state * 128 + (c >= 65 && c <= 90 ? c + 32 : c)]! : this.#nonAscii(state, c);
      const ids = out[state];
      if (ids !== undefined) for (const id of ids) hit(id, i + 1 - from - this.#lengths[id]!);
    }
    return state;
  }

  /**
   * {@link scanAsciiLower} over all of `text`, from `state`, when it is ASCII: returns the state it ends
   * in, or -1 at the first character outside ASCII (the rest is then not read). `start` of a literal that
   * began before `text` (in a text read before it, whose end state is `state`) is negative.
   */
  scanAscii(text: string, hit: (literal: number, start: number) => void, state = 0): number {
    const ascii = this.#ascii;
    const out = this.#out;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) return -1;
      state = ascii[state * 128 + (c >= 65 && c <= 90 ? c + 32 : c)]!;
      const ids = out[state];
      if (ids !== undefined) for (const id of ids) hit(id, i + 1 - this.#lengths[id]!);
    }
    return state;
  }

  /** Calls `hit(literalId, start)` for every occurrence of every literal in `text`. */
  scan(text: string, hit: (literal: number, start: number) => void): void {
    const ascii = this.#ascii;
    const out = this.#out;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = c < 128 ? ascii[state * 128 + c]! : this.#nonAscii(state, c);
      const ids = out[state];
      if (ids !== undefined) for (const id of ids) hit(id, i + 1 - this.#lengths[id]!);
    }
  }

  /** The transition from `state` on a character outside ASCII. */
  #nonAscii(state: number, c: number): number {
    let s = state;
    for (;;) {
      const next = this.#other[s]?.get(c);
      if (next !== undefined) return next;
      if (s === 0) return 0;
      s = this.#fail[s]!;
    }
  }
}
