// The transitions of re2js's lazy DFA that unanchored range tests have taken, kept again as one flat
// Int32Array: a step is one load (`table[row + class]`), where re2js's own states take three dependent
// ones (state → its `next` array → the element) and a fourth for `isMatch`. The window tests of a
// megabyte of prose step through ~500 KB this way (README of large-result-instructions.mjs: matchesBytes
// 34.9M instructions -> 20.4M an inspection; ~2x faster a byte in wall time). The table only mirrors re2js:
// a row is one of re2js's state objects, and a transition is written once re2js has it (in its state's
// `next`, or from its `stepOrReset`), so re2js is asked exactly what its own loop asked, gives up where it
// gave up, and a state of a cache it has cleared is never reached again (its rows are dropped then).

/** re2js's DFA state, as far as it is read here and in dfa-range.ts. */
export interface DfaState {
  readonly next: readonly (DfaState | null)[] | null;
  readonly nextAnchored: readonly (DfaState | null)[] | null;
  readonly nfaStates: readonly number[];
  readonly isMatch: boolean;
}

/** re2js's lazy DFA, as far as it is read here and in dfa-range.ts. */
export interface Dfa {
  readonly failed: boolean;
  readonly latin1Class: Int32Array;
  readonly numClasses: number;
  runeClass(rune: number): number;
  start(input: { context(pos: number): number }, pos: number): DfaState | null;
  stepOrReset(state: DfaState, cls: number, rune: number, anchor: number, pos: number, search: { resetPos: number }): DfaState | null;
}

/** An entry of the table: a transition not taken yet here; into a match state; the DFA gave up. A row (> 0) otherwise. */
export const unknown = 0;
export const matched = -1;
export const gaveUp = -2;

/** re2js's flag for an unanchored search. */
const unanchored = 0;
/** The first rows a table has room for. */
const firstRows = 16;

/** The transitions taken from the start state of one DFA (see the header), and the states they lead to. */
export class DfaTable {
  /** Entries a row: one a class of the DFA's characters (the end of the text is stepped by re2js). */
  readonly stride: number;
  /** `table[row + cls]`: where the state at `row` goes on a character of class `cls` (a row, or `unknown`/`matched`). Row 0 is left empty, so no row is 0. */
  table: Int32Array;
  /** The state of each row, at `row / stride`. */
  readonly #states: (DfaState | undefined)[] = [undefined];
  readonly #rows = new Map<DfaState, number>();
  /** The start state the table was built from: another one means re2js has cleared its cache since. */
  #start: DfaState | undefined;

  constructor(private readonly dfa: Dfa) {
    this.stride = dfa.numClasses;
    this.table = new Int32Array(firstRows * this.stride);
  }

  /** The row of `start` (re2js's start state of a test), the table first dropped when re2js has cleared its cache since it was built. */
  startRow(start: DfaState): number {
    if (start !== this.#start) {
      this.#drop();
      this.#start = start;
    }
    return this.#rowOf(start);
  }

  /** The state of a row. */
  stateAt(row: number): DfaState {
    return this.#states[row / this.stride]!;
  }

  /**
   * The entry of `row` on `rune` (of class `cls`, at `pos` of the text) after re2js has been asked for the
   * step, as its own loop asks: `gaveUp` when re2js gives up (`search` holds where it last cleared its cache).
   */
  learn(row: number, cls: number, rune: number, pos: number, search: { resetPos: number }): number {
    const state = this.stateAt(row);
    let next = state.next?.[cls] ?? null;
    if (next === null) {
      const resetAt = search.resetPos;
      next = this.dfa.stepOrReset(state, cls, rune, unanchored, pos, search);
      if (next === null) return gaveUp;
      if (search.resetPos !== resetAt) {
        // re2js cleared its cache to take this step: no state here is one of its states any more.
        this.#drop();
        return next.isMatch ? matched : this.#rowOf(next);
      }
    }
    const entry = next.isMatch ? matched : this.#rowOf(next);
    this.table[row + cls] = entry;
    return entry;
  }

  #rowOf(state: DfaState): number {
    const known = this.#rows.get(state);
    if (known !== undefined) return known;
    const row = this.#states.length * this.stride;
    if (row + this.stride > this.table.length) {
      const grown = new Int32Array(2 * this.table.length);
      grown.set(this.table);
      this.table = grown;
    }
    this.#states.push(state);
    this.#rows.set(state, row);
    return row;
  }

  #drop(): void {
    this.table.fill(unknown, 0, this.#states.length * this.stride);
    this.#states.length = 1;
    this.#rows.clear();
    this.#start = undefined;
  }
}

const tables = new WeakMap<Dfa, DfaTable>();

/** The table of `dfa`. */
export function tableOf(dfa: Dfa): DfaTable {
  let table = tables.get(dfa);
  if (table === undefined) {
    table = new DfaTable(dfa);
    tables.set(dfa, table);
  }
  return table;
}
