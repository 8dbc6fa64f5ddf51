import type { MessagePath } from '../types.js';

/**
 * A message path as the extraction walk of an answer makes it: one step below another path. Its array is
 * made when it is first read (a finding's path; most values are never asked) and kept, so every value at
 * the path gets the same array, as values sharing a path always did. A walk makes one per node, in
 * constant time and room, where an array per node cost its depth in both (a tool list has thousands of
 * nodes). A request's few values all have their paths read, so its walk makes arrays (values/extract.ts).
 */
export class PathStep {
  readonly up: ValuePath;
  readonly step: string | number;
  #path: MessagePath | undefined = undefined;

  constructor(up: ValuePath, step: string | number) {
    this.up = up;
    this.step = step;
  }

  get path(): MessagePath {
    return (this.#path ??= made(this));
  }
}

/** A path as an array, or a step below one (see {@link PathStep}). */
export type ValuePath = MessagePath | PathStep;

/** The array of a path. */
export const pathOf = (path: ValuePath): MessagePath => (path instanceof PathStep ? path.path : path);

/** `[...up, step]` in an array of its exact size, without recursion. */
function made(last: PathStep): MessagePath {
  let steps = 1;
  let up = last.up;
  for (; up instanceof PathStep; up = up.up) steps++;
  const root = up;
  const path = new Array<string | number>(root.length + steps);
  for (let i = 0; i < root.length; i++) path[i] = root[i]!;
  let at: ValuePath = last;
  for (let i = path.length - 1; at instanceof PathStep; i--, at = at.up) path[i] = at.step;
  return path;
}
