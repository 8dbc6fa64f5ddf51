import type { MessagePath } from '../types.js';

/**
 * The paths of one extraction walk of an answer, as a table of nodes: node `n` is the step `steps[n]` below
 * node `ups[n]` (-1: the walk's root path). A value's path is its node's number, and its array is made when
 * it is first read (a finding's path; most values are never asked) and kept, so every value at the path
 * gets the same array, as values sharing a path always did. A node costs 12 bytes in two flat arrays, where
 * an object per node cost 48 and one more object for the collector to trace (a tool list has thousands of
 * nodes, each value of it one). A request's few values all have their paths read, so its walk makes arrays
 * (values/extract.ts).
 */
export class PathTable {
  readonly root: MessagePath;
  /** The links, or undefined once a small table holds them in {@link #steps} (`[up, step, up, step, …]`, see {@link seal}). */
  #ups: Int32Array | undefined;
  #steps: (string | number)[];
  #count = 0;
  /** The arrays made, by node (made when the first is asked). */
  #made: (MessagePath | undefined)[] | undefined = undefined;

  /** `ups` and `steps`: where the walk writes its nodes (see {@link seal}). */
  constructor(root: MessagePath, ups: Int32Array, steps: (string | number)[]) {
    this.root = root;
    this.#ups = ups;
    this.#steps = steps;
  }

  /** The node one step below `up`, written at the end of the table (the walk's arrays have room, see extract.ts). */
  add(up: number, step: string | number): number {
    const node = this.#count++;
    this.#ups![node] = up;
    this.#steps[node] = step;
    return node;
  }

  /** How many nodes the table holds. */
  get count(): number {
    return this.#count;
  }

  /** Whether `add` has room for one more node in the array of links it was given. */
  get full(): boolean {
    return this.#count >= this.#ups!.length;
  }

  /**
   * Moves the nodes into arrays of their exact size: the walk's own arrays are lent to the next walk. A
   * small table goes to one plain array, links and steps in turn: a typed array is three objects and a
   * buffer outside the heap that the collector tracks (an answer of a few values would pay more for its
   * table than it did for an object per path).
   */
  seal(): void {
    const count = this.#count;
    const ups = this.#ups!;
    if (count > smallTable) {
      this.#ups = ups.slice(0, count);
      this.#steps = this.#steps.slice(0, count);
      return;
    }
    const nodes = new Array<string | number>(2 * count);
    for (let i = 0; i < count; i++) {
      nodes[2 * i] = ups[i]!;
      nodes[2 * i + 1] = this.#steps[i]!;
    }
    this.#ups = undefined;
    this.#steps = nodes;
  }

  /** Moves the nodes' links into `ups`, a larger array (the walk's was full); `steps` grows by itself. */
  grow(ups: Int32Array): void {
    ups.set(this.#ups!.subarray(0, this.#count));
    this.#ups = ups;
  }

  /** The node `at` is one step below. */
  #up(at: number): number {
    return this.#ups === undefined ? (this.#steps[2 * at] as number) : this.#ups[at]!;
  }

  /** The step from its node up to `at`. */
  #step(at: number): string | number {
    return this.#ups === undefined ? this.#steps[2 * at + 1]! : this.#steps[at]!;
  }

  /** The array of a node's path (-1: the root's), `[...root, ...steps]` in an array of its exact size. */
  pathOf(node: number): MessagePath {
    if (node < 0) return this.root;
    const made = (this.#made ??= []);
    const known = made[node];
    if (known !== undefined) return known;
    let depth = 0;
    for (let at = node; at >= 0; at = this.#up(at)) depth++;
    const root = this.root;
    const path = new Array<string | number>(root.length + depth);
    for (let i = 0; i < root.length; i++) path[i] = root[i]!;
    for (let i = path.length - 1, at = node; at >= 0; i--, at = this.#up(at)) path[i] = this.#step(at);
    made[node] = path;
    return path;
  }
}

/** Most nodes a table keeps its links of in a plain array (see {@link PathTable.seal}). */
const smallTable = 256;

/** A path as an array, or a node of the {@link PathTable} of the walk that found its value. */
export type ValuePath = MessagePath | number;

/** The array of a path (`paths`: the table a node path is of). */
export function pathOf(path: ValuePath, paths?: PathTable): MessagePath {
  if (typeof path !== 'number') return path;
  if (paths === undefined) throw new Error('a path node read without its table');
  return paths.pathOf(path);
}
