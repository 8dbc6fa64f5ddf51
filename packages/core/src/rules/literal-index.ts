import { ByteScratch, littleEndian, maxCopied } from './byte-scratch.js';

/**
 * Aho–Corasick over every prefilter literal of a rule set: one pass over a value finds which rules can
 * match and where, so RE2 (which costs microseconds per call) only runs for candidates, and on long
 * values only in windows around the hits. ASCII transitions are a dense table; other characters fall
 * back to per-node maps.
 *
 * The scans read characters as `String.prototype.charCodeAt.call(text, i)`, with the length read once:
 * `text.charCodeAt(i)` and `text.length` are looked up on the string at every character, and once a scan
 * has seen strings of more than four representations (flat or sliced, joined, internalized, one or two
 * bytes a character: a guard sees them all), V8 makes those look-ups generic calls, several times the
 * cost of reading the character (a 1 MiB scan 4 → 12 ms after a run of small calls). The constant
 * function is read inline after one check that the receiver is a string, whatever the string's form.
 */
export class LiteralIndex {
  /**
   * The ASCII transitions, a row per node with a column per ASCII character of the literals (column 0 for
   * the others, which lead back to the root from anywhere): each entry is the target node times two, plus
   * one when a literal ends there. The scan's state is such an entry: one load and one test per character,
   * no look-up of a list that is usually empty. Entries are 16 bits while the nodes fit (32,768; the
   * bundled sets have ~6,600 and ~16,200): the rule set's table is 0.86 MB, not 1.7 MB as row starts of 32
   * bits, at the cost of a multiplication a step (by the row's width; an exact width, as a power of two
   * would round the server rules' 65 up to 128 and double the table).
   *
   * The rows start at {@link rowsAt}: before them, at `c`, is where ASCII character `c`'s column is read
   * (`rowsAt` + its column), and at 128 + `c` the same with A-Z read as a-z. A step is then two reads of one
   * array, `table[Math.imul(state >> 1, width) + table[c]]`, whose checks V8 makes once a character rather
   * than once for each of two arrays (the scan's loop makes them at every character: ~14% fewer instructions a step).
   * The byte scans write the index as `(row + column) | 0`: the sum is always far below 2^31, and without the
   * `| 0` V8 checks it for overflow at every step (a jump and a sign extension a character).
   */
  readonly #table: Uint16Array | Int32Array;
  /** Row length (a node's row starts at {@link rowsAt} + node × width). */
  readonly #width: number;
  readonly #other: (Map<number, number> | undefined)[];
  readonly #fail: Int32Array;
  /**
   * Literals ending at each node (including those reached through fail links), an (id, length) pair each:
   * `outIds[outStart[n] .. outStart[n + 1])`. The length beside the id: a hit reads one line, not two arrays.
   */
  readonly #outStart: Int32Array;
  readonly #outIds: Int32Array;
  /** The literals' lengths by id (the rule plan reads them too; never written after construction). */
  readonly lengths: Int32Array;
  /** Words of four characters a scan from the root reads before its state is that of a scan from further back: more than a longest literal. */
  readonly #lead: number;
  /**
   * Whether a long text may be read through its UTF-8 bytes ({@link #collectLong}): no literal holds a
   * surrogate or U+FFFD, the characters a lone surrogate and its UTF-8 replacement would be told apart by.
   */
  readonly #bytesExact: boolean;

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
    const column = new Uint8Array(128);
    let columns = 1;
    for (const literal of literals) {
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (c < 128 && column[c] === 0) column[c] = columns++;
      }
    }
    this.#width = columns;
    if (size * columns >= 1 << 30) throw new RangeError(`LiteralIndex: more than ${Math.floor(((1 << 30) - 1) / columns)} nodes`);
    const asciiNext = new Int32Array(size * 128);
    this.#other = new Array<Map<number, number> | undefined>(size);
    this.#fail = new Int32Array(size);
    const out = new Array<readonly number[] | undefined>(size);
    this.lengths = Int32Array.from(literals, (l) => l.length);
    this.#lead = (this.lengths.reduce((longest, l) => Math.max(longest, l), 0) >> 2) + 1;
    this.#bytesExact = littleEndian && !literals.some((literal) => /[\ud800-\udfff\ufffd]/.test(literal));
    // Breadth-first: a node's fail link and ASCII row are complete before its children need them.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      const fail = this.#fail[node]!;
      const outs = [...ends[node]!, ...(node === 0 ? [] : (out[fail] ?? []))];
      out[node] = outs.length ? outs : undefined;
      // A missing ASCII transition is the fail node's (the root's are 0): copy that row, then set the children.
      if (node !== 0) asciiNext.copyWithin(node * 128, fail * 128, fail * 128 + 128);
      const ascii = [...children[node]!.keys()].filter((c) => c < 128).sort((a, b) => a - b);
      for (const c of ascii) {
        const child = children[node]!.get(c)!;
        this.#fail[child] = node === 0 ? 0 : asciiNext[fail * 128 + c]!;
        asciiNext[node * 128 + c] = child;
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
    // Rows renumbered in breadth-first order: a scan spends most characters at the root and a few
    // characters deep, so those rows sit together at the start of the table rather than scattered through
    // it in the order the literals were added (fewer cache lines and pages walked per text).
    const rank = new Int32Array(size);
    for (let at = 0; at < size; at++) rank[queue[at]!] = at;
    const fails = this.#fail.slice();
    const others = this.#other.slice();
    this.#outStart = new Int32Array(size + 1);
    const ids: number[] = [];
    for (let at = 0; at < size; at++) {
      const node = queue[at]!;
      this.#outStart[at] = ids.length;
      for (const id of out[node] ?? []) ids.push(id, literals[id]!.length);
      this.#fail[at] = rank[fails[node]!]!;
      const other = others[node];
      this.#other[at] = other && new Map([...other].map(([c, child]) => [c, rank[child]!]));
    }
    this.#outStart[size] = ids.length;
    this.#outIds = Int32Array.from(ids);
    // Entries of up to 16 bits while the nodes fit (all the bundled sets): half the memory a scan walks.
    this.#table = size <= 1 << 15 ? new Uint16Array(rowsAt + size * columns) : new Int32Array(rowsAt + size * columns);
    for (let c = 0; c < 128; c++) {
      this.#table[c] = rowsAt + column[c]!;
      this.#table[lowerAt + c] = rowsAt + column[c >= 65 && c <= 90 ? c + 32 : c]!;
    }
    for (let at = 0; at < size; at++) {
      const node = queue[at]!;
      const row = rowsAt + at * columns;
      this.#table[row] = this.#entry(0);
      for (let c = 0; c < 128; c++) {
        if (column[c] !== 0) this.#table[row + column[c]!] = this.#entry(rank[asciiNext[node * 128 + c]!]!);
      }
    }
  }

  /** The scan state of being at `node`. */
  #entry(node: number): number {
    return (node << 1) | (this.#outStart[node + 1]! > this.#outStart[node]! ? 1 : 0);
  }

  /** Calls `hit` for the literals ending at the node of `state`, the last character read at `i`. */
  #hits(state: number, i: number, hit: (literal: number, start: number) => void): void {
    const node = state >> 1;
    for (let k = this.#outStart[node]!, end = this.#outStart[node + 1]!; k < end; k += 2) {
      const id = this.#outIds[k]!;
      hit(id, i + 1 - this.#outIds[k + 1]!);
    }
  }

  /**
   * Calls `hit(literalId, start)` for every occurrence of every literal in `text[from, to)` read with its
   * ASCII letters in lower case, `start` counted from `from` (the scan of a lower-cased slice of ASCII
   * text, without making either). Starts in `state` and returns the state it ends in, so a scan can go
   * on in another text (two slices read as joined).
   */
  scanAsciiLower(text: string, from: number, to: number, hit: (literal: number, start: number) => void, state = 0): number {
    const table = this.#table;
    const width = this.#width;
    for (let i = from; i < to; i++) {
      const c = String.prototype.charCodeAt.call(text, i);
      state = c < 128 ? table[Math.imul(state >> 1, width) + table[lowerAt + c]!]! : this.#nonAscii(state, c);
      if ((state & 1) !== 0) this.#hits(state, i - from, hit);
    }
    return state;
  }

  /**
   * {@link scanAsciiLower} over all of `text`, from `state`, when it is ASCII: returns the state it ends
   * in, or -1 at the first character outside ASCII (the rest is then not read). `start` of a literal that
   * began before `text` (in a text read before it, whose end state is `state`) is negative.
   */
  scanAscii(text: string, hit: (literal: number, start: number) => void, state = 0): number {
    const table = this.#table;
    const width = this.#width;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = String.prototype.charCodeAt.call(text, i);
      if (c >= 128) return -1;
      state = table[Math.imul(state >> 1, width) + table[lowerAt + c]!]!;
      if ((state & 1) !== 0) this.#hits(state, i, hit);
    }
    return state;
  }

  /** Calls `hit(literalId, start)` for every occurrence of every literal in `text`. */
  scan(text: string, hit: (literal: number, start: number) => void): void {
    const table = this.#table;
    const width = this.#width;
    const outStart = this.#outStart;
    const outIds = this.#outIds;
    let state = this.#entry(0);
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = String.prototype.charCodeAt.call(text, i);
      state = c < 128 ? table[Math.imul(state >> 1, width) + table[c]!]! : this.#nonAscii(state, c);
      if ((state & 1) === 0) continue;
      const node = state >> 1;
      for (let k = outStart[node]!, end = outStart[node + 1]!; k < end; k += 2) {
        const id = outIds[k]!;
        hit(id, i + 1 - outIds[k + 1]!);
      }
    }
  }

  /**
   * {@link scan} of `text` into `found` (emptied first): the same (literal, start) pairs, at most
   * `found.cap` per literal, written in the loop instead of through a call per hit (a megabyte of prose
   * has tens of thousands), with each literal found listed once.
   */
  collect(text: string, found: FoundLiterals): void {
    found.clear();
    // ASCII text of up to a scratch's length is read as its bytes, copied in one native call: a typed
    // array read costs a fraction of a character read, which dispatches on the string's form every time.
    if (littleEndian && text.length <= maxCopied) {
      const n = text.length;
      const copied = scratch.copy(text);
      if (copied.read === n && copied.written === n) {
        if (n < minWords) this.#collectShort(scratch.bytes, n, found);
        else this.#collectBytes(scratch.words, n, found, this.#entry(0), 0);
        return;
      }
    }
    if (text.length > maxCopied && this.#bytesExact) {
      this.#collectLong(text, found);
      return;
    }
    const table = this.#table;
    const width = this.#width;
    const outStart = this.#outStart;
    const outIds = this.#outIds;
    const counts = found.counts;
    const distinct = found.distinct;
    const cap = found.cap;
    let pairs = found.pairs;
    let length = 0;
    let distinctLength = 0;
    let state = this.#entry(0);
    const textLength = text.length;
    for (let i = 0; i < textLength; i++) {
      let c = String.prototype.charCodeAt.call(text, i);
      // A run of ASCII up to a hit, read by table look-ups alone: with no call in this loop, V8 checks the
      // tables once for the run rather than again at every character (~4-8% fewer instructions in a scan).
      while (c < 128) {
        state = table[Math.imul(state >> 1, width) + table[c]!]!;
        if ((state & 1) !== 0 || ++i >= textLength) break;
        c = String.prototype.charCodeAt.call(text, i);
      }
      if (c >= 128) state = this.#nonAscii(state, c);
      if ((state & 1) === 0) continue;
      const node = state >> 1;
      for (let k = outStart[node]!, end = outStart[node + 1]!; k < end; k += 2) {
        const id = outIds[k]!;
        const count = ++counts[id]!;
        if (count > cap) continue;
        if (count === 1) distinct[distinctLength++] = id;
        if (length + 2 > pairs.length) pairs = grown(pairs);
        pairs[length++] = id;
        pairs[length++] = i + 1 - outIds[k + 1]!;
      }
    }
    found.pairs = pairs;
    found.length = length;
    found.distinctLength = distinctLength;
  }

  /**
   * {@link collect} of ASCII text held as the first `n` bytes of `words` (found already cleared), read four
   * at a time: one typed-array read gives four characters, and the four steps between two reads are one
   * block, whose checks of the table V8 makes once (a loop of one step a byte made them at every byte,
   * ~35 instructions a character against ~20).
   *
   * A step waits for the one before it (its row is the state that step read), and a table of a megabyte
   * and more is mostly read from beyond the first cache: a scan is bound by that wait, not by its
   * instructions. So a text of some length is read as two halves at once, two chains of steps the
   * processor runs side by side: the second half from the root a little before its start (a longest
   * literal's length, past which the state is the one a scan from the text's start would be in), its
   * hits held until the first half's are all taken, so that they come in the order of one scan.
   *
   * Starts in `state` with the first byte at `base` in the text read (a piece of a longer one), and returns
   * the state it ends in.
   */
  #collectBytes(words: Int32Array, n: number, found: FoundLiterals, state: number, base: number): number {
    const table = this.#table;
    // `| 0`: read as an integer, V8 kept the width as a float in this loop and converted it at every word (a fresh list's rule scan 530k -> 507k).
    const width = this.#width | 0;
    const whole = n >> 2;
    let j = 0;
    // The first half is words [0, half); the second is read from word `from` on, from the root.
    const half = whole >> 1;
    const from = half - this.#lead;
    if (from > 0) {
      this.#takeHeld(this.#twoScans(words, from, half, found, state, base), found);
      // The rest is the second scan's alone.
      state = secondEnd;
      j = from + half;
    }
    for (; j < whole; j++) {
      const w = words[j]!;
      const a = table[(Math.imul(state >> 1, width) + table[w & 0xff]!) | 0]!;
      const b = table[(Math.imul(a >> 1, width) + table[(w >>> 8) & 0xff]!) | 0]!;
      const c = table[(Math.imul(b >> 1, width) + table[(w >>> 16) & 0xff]!) | 0]!;
      state = table[(Math.imul(c >> 1, width) + table[w >>> 24]!) | 0]!;
      if (((a | b | c | state) & 1) !== 0) this.#takeFour(a, b, c, state, base + (j << 2), found);
    }
    // The last one to three characters, a byte each (the rest of their word is another text's).
    for (let i = whole << 2; i < n; i++) {
      const w = words[i >> 2]!;
      state = table[(Math.imul(state >> 1, width) + table[(w >>> ((i & 3) << 3)) & 0xff]!) | 0]!;
      if ((state & 1) !== 0) this.#take(state, base + i, found);
    }
    return state;
  }

  /**
   * {@link #collectBytes}'s two scans at once, of words [0, half) from `state` and of [from, from + half)
   * from the root: takes the first one's hits, holds the second one's from `half` on in {@link pending}
   * (returns where they end) and leaves the second one's end state in {@link secondEnd}.
   *
   * A function that ends with its loop: the first long text compiles the loop while it runs (on-stack
   * replacement), and code after it that had never run yet (the taking of held hits) left that compiled
   * loop for the interpreter at every later call until the whole function was compiled (~360 deopts
   * in a first 1 MiB inspection).
   */
  #twoScans(words: Int32Array, from: number, half: number, found: FoundLiterals, state: number, base: number): number {
    const table = this.#table;
    const width = this.#width | 0;
    let other = state;
    let held = 0;
    for (let j = 0, k = from; j < half; j++, k++) {
      // Little-endian (see littleEndian): the first character is the low byte. The steps come before any
      // test of their states, a block with no branch: one test for each four (most words have no hit).
      const w = words[j]!;
      const v = words[k]!;
      const a = table[(Math.imul(state >> 1, width) + table[w & 0xff]!) | 0]!;
      const x = table[(Math.imul(other >> 1, width) + table[v & 0xff]!) | 0]!;
      const b = table[(Math.imul(a >> 1, width) + table[(w >>> 8) & 0xff]!) | 0]!;
      const y = table[(Math.imul(x >> 1, width) + table[(v >>> 8) & 0xff]!) | 0]!;
      const c = table[(Math.imul(b >> 1, width) + table[(w >>> 16) & 0xff]!) | 0]!;
      const z = table[(Math.imul(y >> 1, width) + table[(v >>> 16) & 0xff]!) | 0]!;
      state = table[(Math.imul(c >> 1, width) + table[w >>> 24]!) | 0]!;
      other = table[(Math.imul(z >> 1, width) + table[v >>> 24]!) | 0]!;
      if (((a | b | c | state) & 1) !== 0) this.#takeFour(a, b, c, state, base + (j << 2), found);
      // Hits of the second scan before the second half are the first one's.
      if (((x | y | z | other) & 1) !== 0 && k >= half) held = hold(x, y, z, other, base + (k << 2), held);
    }
    secondEnd = other;
    return held;
  }

  /**
   * {@link collect} of a text longer than a scratch (found already cleared), a piece at a time through its
   * UTF-8 bytes: a typed-array read of four characters costs a fraction of four character reads, which
   * on a long two-byte text (one emoji makes a README one) dispatch on the string's form every time
   * (~60 instructions a character against ~25 with the copy). A piece of ASCII alone is read as
   * {@link #collectBytes} reads a short text; a piece with other characters by {@link #collectUtf8}.
   * Each piece is copied once and read once: linear in the text.
   */
  #collectLong(text: string, found: FoundLiterals): void {
    scratch.grow(maxCopied);
    this.#collectPieces(text, found, this.#entry(0), 0);
  }

  /**
   * {@link collect} of `text`, the join of `parts`, read part by part: the same pairs, in the same order.
   * Parts of one byte a character (a long text's ASCII stretches, when the whole is two bytes a character)
   * are copied as bytes ten times faster than slices of the whole would be. A part that ends in the first
   * half of a surrogate pair, or begins with the second, is not read apart: the text is then read whole.
   */
  collectJoined(text: string, parts: readonly string[], found: FoundLiterals): void {
    if (!this.#bytesExact || !wellCut(parts)) {
      this.collect(text, found);
      return;
    }
    found.clear();
    scratch.grow(maxCopied);
    let state = this.#entry(0);
    let base = 0;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      state = this.#collectPieces(part, found, state, base);
      base += part.length;
    }
  }

  /** The scan of `text` at `base` in the text read, from `state`, a piece at a time as {@link #collectLong} reads it (returns the state it ends in). */
  #collectPieces(text: string, found: FoundLiterals, state: number, base: number): number {
    const length = text.length;
    for (let at = 0; at < length; ) {
      // As many characters as fit: encodeInto stops before a character whose bytes would not (never zero).
      // A piece never ends between the two halves of a pair, which would be copied as two U+FFFD.
      let end = Math.min(length, at + maxCopied);
      if (end < length && (String.prototype.charCodeAt.call(text, end - 1) & 0xfc00) === 0xd800) end--;
      const copied = scratch.copy(text.slice(at, end));
      const read = copied.read;
      const written = copied.written;
      state = read === written ? this.#collectBytes(scratch.words, written, found, state, base + at) : this.#collectUtf8(written, found, state, base + at);
      at += read;
    }
    return state;
  }

  /**
   * The scan of the UTF-8 bytes `scratch[0 .. n)`, a whole number of characters whose first is at `base` in
   * the text read, from `state` (returned as it ends): four ASCII bytes a step as {@link #collectBytes}
   * reads them, the words that hold other bytes a character at a time, each of those decoded to the one or
   * two UTF-16 units the text holds (positions stay the text's).
   */
  #collectUtf8(n: number, found: FoundLiterals, state: number, base: number): number {
    const table = this.#table;
    const width = this.#width | 0;
    const bytes = scratch.bytes;
    const words = scratch.words;
    const whole = n >> 2;
    // The text's position of byte i is `at + i`: each character of several bytes moves `at` back.
    let at = base;
    let i = 0;
    while (i < n) {
      if ((i & 3) === 0) {
        let j = i >> 2;
        for (; j < whole; j++) {
          const w = words[j]!;
          if ((w & 0x80808080) !== 0) break;
          const a = table[(Math.imul(state >> 1, width) + table[w & 0xff]!) | 0]!;
          const b = table[(Math.imul(a >> 1, width) + table[(w >>> 8) & 0xff]!) | 0]!;
          const c = table[(Math.imul(b >> 1, width) + table[(w >>> 16) & 0xff]!) | 0]!;
          state = table[(Math.imul(c >> 1, width) + table[w >>> 24]!) | 0]!;
          if (((a | b | c | state) & 1) !== 0) this.#takeFour(a, b, c, state, at + (j << 2), found);
        }
        i = j << 2;
        if (i >= n) break;
      }
      const lead = bytes[i]!;
      if (lead < 128) {
        state = table[(Math.imul(state >> 1, width) + table[lead]!) | 0]!;
        if ((state & 1) !== 0) this.#take(state, at + i, found);
        i++;
        continue;
      }
      // encodeInto writes whole, well-formed sequences (a lone surrogate as U+FFFD, which no literal holds).
      const p = at + i;
      if (lead >= 0xf0) {
        const point = (((lead & 7) << 18) | ((bytes[i + 1]! & 63) << 12) | ((bytes[i + 2]! & 63) << 6) | (bytes[i + 3]! & 63)) - 0x10000;
        state = this.#nonAscii(state, 0xd800 + (point >> 10));
        if ((state & 1) !== 0) this.#take(state, p, found);
        state = this.#nonAscii(state, 0xdc00 + (point & 0x3ff));
        if ((state & 1) !== 0) this.#take(state, p + 1, found);
        i += 4;
        at -= 2;
        continue;
      }
      const three = lead >= 0xe0;
      const c = three ? ((lead & 15) << 12) | ((bytes[i + 1]! & 63) << 6) | (bytes[i + 2]! & 63) : ((lead & 31) << 6) | (bytes[i + 1]! & 63);
      state = this.#nonAscii(state, c);
      if ((state & 1) !== 0) this.#take(state, p, found);
      i += three ? 3 : 2;
      at -= three ? 2 : 1;
    }
    return state;
  }

  /**
   * {@link collect} of a short ASCII text held as `bytes[0 .. n)` (found already cleared), a byte a step with
   * its hits taken in the loop: in a text of a few words the checks a word-at-a-time read saves cost less
   * than a call per hit (the small request and answer have mostly such texts).
   */
  #collectShort(bytes: Uint8Array, n: number, found: FoundLiterals): void {
    const table = this.#table;
    const width = this.#width | 0;
    const outStart = this.#outStart;
    const outIds = this.#outIds;
    const counts = found.counts;
    const distinct = found.distinct;
    const cap = found.cap;
    let pairs = found.pairs;
    let length = 0;
    let distinctLength = 0;
    let state = this.#entry(0);
    for (let i = 0; i < n; i++) {
      // Up to the next hit by look-ups alone: a loop with no store and no call.
      state = table[(Math.imul(state >> 1, width) + table[bytes[i]!]!) | 0]!;
      while ((state & 1) === 0 && ++i < n) state = table[(Math.imul(state >> 1, width) + table[bytes[i]!]!) | 0]!;
      if ((state & 1) === 0) break;
      const node = state >> 1;
      for (let k = outStart[node]!, end = outStart[node + 1]!; k < end; k += 2) {
        const id = outIds[k]!;
        const count = ++counts[id]!;
        if (count > cap) continue;
        if (count === 1) distinct[distinctLength++] = id;
        if (length + 2 > pairs.length) pairs = grown(pairs);
        pairs[length++] = id;
        pairs[length++] = i + 1 - outIds[k + 1]!;
      }
    }
    found.pairs = pairs;
    found.length = length;
    found.distinctLength = distinctLength;
  }

  /** {@link #take} for each (state, position) pair of `pending[0 .. held)` (a loop of its own, as #twoScans is). */
  #takeHeld(held: number, found: FoundLiterals): void {
    for (let h = 0; h < held; h += 2) this.#take(pending[h]!, pending[h + 1]!, found);
  }

  /** {@link #take} for each of four states that has hits, read at `i` .. `i + 3` (called only when one has). */
  #takeFour(a: number, b: number, c: number, d: number, i: number, found: FoundLiterals): void {
    if ((a & 1) !== 0) this.#take(a, i, found);
    if ((b & 1) !== 0) this.#take(b, i + 1, found);
    if ((c & 1) !== 0) this.#take(c, i + 2, found);
    if ((d & 1) !== 0) this.#take(d, i + 3, found);
  }

  /** Adds to `found` (within its cap) the literals ending at the node of `state`, the last character read at `i`: a call per hit keeps the scan's loop small. */
  #take(state: number, i: number, found: FoundLiterals): void {
    const node = state >> 1;
    const outIds = this.#outIds;
    const counts = found.counts;
    const cap = found.cap;
    for (let k = this.#outStart[node]!, end = this.#outStart[node + 1]!; k < end; k += 2) {
      const id = outIds[k]!;
      const count = ++counts[id]!;
      if (count > cap) continue;
      if (count === 1) found.distinct[found.distinctLength++] = id;
      let length = found.length;
      if (length + 2 > found.pairs.length) found.pairs = grown(found.pairs);
      const pairs = found.pairs;
      pairs[length++] = id;
      pairs[length++] = i + 1 - outIds[k + 1]!;
      found.length = length;
    }
  }

  /**
   * {@link collect} of `text` into `found`, and of `text` less its character at `drop` into `dropped` (a
   * URL's path form, whose `scheme://` is `scheme:/`), in one pass: up to `drop` both scans are one; past
   * it a second state reads on for the shorter text only until it reaches the node the first one is at
   * (within a literal's length, mostly at once), from where both scans are one again, a position apart.
   * The same pairs as two collects, without making or reading the shorter text.
   */
  collectDropping(text: string, drop: number, found: FoundLiterals, dropped: FoundLiterals): void {
    found.clear();
    dropped.clear();
    const table = this.#table;
    const width = this.#width;
    const length = text.length;
    let state = this.#entry(0);
    let i = 0;
    for (; i < drop; i++) {
      const c = String.prototype.charCodeAt.call(text, i);
      state = c < 128 ? table[Math.imul(state >> 1, width) + table[c]!]! : this.#nonAscii(state, c);
      if ((state & 1) === 0) continue;
      this.#add(state, i, found);
      this.#add(state, i, dropped);
    }
    // The dropped character, read by the longer text only: the shorter one's state stays before it.
    let other = state;
    if (i < length) {
      const c = String.prototype.charCodeAt.call(text, i);
      state = c < 128 ? table[Math.imul(state >> 1, width) + table[c]!]! : this.#nonAscii(state, c);
      if ((state & 1) !== 0) this.#add(state, i, found);
      i++;
    }
    // Two states until they meet (at the same node they read the same characters on alike)...
    for (; i < length && other !== state; i++) {
      const c = String.prototype.charCodeAt.call(text, i);
      state = c < 128 ? table[Math.imul(state >> 1, width) + table[c]!]! : this.#nonAscii(state, c);
      other = c < 128 ? table[Math.imul(other >> 1, width) + table[c]!]! : this.#nonAscii(other, c);
      if ((state & 1) !== 0) this.#add(state, i, found);
      if ((other & 1) !== 0) this.#add(other, i - 1, dropped);
    }
    // ...then one, whose hits are in both.
    for (; i < length; i++) {
      const c = String.prototype.charCodeAt.call(text, i);
      state = c < 128 ? table[Math.imul(state >> 1, width) + table[c]!]! : this.#nonAscii(state, c);
      if ((state & 1) === 0) continue;
      this.#add(state, i, found);
      this.#add(state, i - 1, dropped);
    }
  }

  /** Adds to `found` the literals ending at the node of `state`, the last character read at `i` (as {@link collect} does). */
  #add(state: number, i: number, found: FoundLiterals): void {
    const node = state >> 1;
    for (let k = this.#outStart[node]!, end = this.#outStart[node + 1]!; k < end; k += 2) {
      const id = this.#outIds[k]!;
      found.add(id, i + 1 - this.#outIds[k + 1]!);
    }
  }

  /** The transition from `state` on a character outside ASCII. */
  #nonAscii(state: number, c: number): number {
    let s = state >> 1;
    for (;;) {
      const next = this.#other[s]?.get(c);
      if (next !== undefined) return this.#entry(next);
      if (s === 0) return this.#entry(0);
      s = this.#fail[s]!;
    }
  }
}

/** Texts {@link LiteralIndex.collect} reads a byte a step (shorter) or a word of four bytes a step (at least this long). */
const minWords = 64;
/** The bytes {@link LiteralIndex.collect} copies a text into (scans never nest). */
const scratch = new ByteScratch();

/** The state the second of two scans run at once ends in (see LiteralIndex's #twoScans). */
let secondEnd = 0;

/** The hits {@link LiteralIndex} holds back while two scans run at once: (state, position of the last character) pairs. */
let pending: Int32Array = new Int32Array(64);

/** Holds the hits among four states read at `i` .. `i + 3` in {@link pending} from `held` on, returning where they end. */
function hold(a: number, b: number, c: number, d: number, i: number, held: number): number {
  if (held + 8 > pending.length) pending = grown(pending);
  if ((a & 1) !== 0) {
    pending[held++] = a;
    pending[held++] = i;
  }
  if ((b & 1) !== 0) {
    pending[held++] = b;
    pending[held++] = i + 1;
  }
  if ((c & 1) !== 0) {
    pending[held++] = c;
    pending[held++] = i + 2;
  }
  if ((d & 1) !== 0) {
    pending[held++] = d;
    pending[held++] = i + 3;
  }
  return held;
}

/** Whether no part ends in the first half of a surrogate pair or begins with the second (each is then copied whole). */
function wellCut(parts: readonly string[]): boolean {
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part.length === 0) continue;
    if ((part.charCodeAt(0) & 0xfc00) === 0xdc00 || (part.charCodeAt(part.length - 1) & 0xfc00) === 0xd800) return false;
  }
  return true;
}

/** Where {@link LiteralIndex}'s table holds the columns of ASCII characters read as a-z, and where its rows start. */
const lowerAt = 128;
const rowsAt = 256;


/** `pairs` copied into an array twice as long. */
function grown(pairs: Int32Array): Int32Array {
  const bigger = new Int32Array(pairs.length * 2);
  bigger.set(pairs);
  return bigger;
}

/**
 * Where {@link LiteralIndex.collect} writes what one scan found, reused from scan to scan: the (literal,
 * start) pairs in the order found (`pairs[0 .. length)`, two entries each, at most `cap` per literal) and
 * each literal found, once, in the order of its first hit (`distinct[0 .. distinctLength)`).
 */
export class FoundLiterals {
  pairs: Int32Array = new Int32Array(64);
  length = 0;
  readonly distinct: Int32Array;
  distinctLength = 0;
  /** Hits per literal in the current scan (0 for every literal not in `distinct`). */
  readonly counts: Int32Array;

  constructor(
    literalCount: number,
    readonly cap: number,
  ) {
    this.distinct = new Int32Array(literalCount);
    this.counts = new Int32Array(literalCount);
  }

  /** Forgets the last scan: counts back to 0 (literal by literal, not the whole table), no pairs. */
  clear(): void {
    for (let d = 0; d < this.distinctLength; d++) this.counts[this.distinct[d]!] = 0;
    this.length = 0;
    this.distinctLength = 0;
  }

  /** Adds a hit found outside the scan (a phrase spelled with other separators), within the same cap. */
  add(literal: number, start: number): void {
    const count = ++this.counts[literal]!;
    if (count > this.cap) return;
    if (count === 1) this.distinct[this.distinctLength++] = literal;
    if (this.length + 2 > this.pairs.length) this.pairs = grown(this.pairs);
    this.pairs[this.length++] = literal;
    this.pairs[this.length++] = start;
  }

  /**
   * Lets go of a large pair array (the caller keeps what it still reads). Up to 512 KB of it is kept between
   * messages: a megabyte of prose has ~50,000 hits (100,000 entries), which a smaller array would be grown
   * to again, doubling by doubling, for every such message; the hits of a 16 MiB message are not held.
   */
  release(): void {
    if (this.pairs.length > 1 << 17) this.pairs = new Int32Array(64);
  }
}
