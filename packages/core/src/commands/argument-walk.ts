// The walk the field readers make over a call's arguments: every object inside them, bounded in the nodes it
// takes and in depth, so a call of any size or nesting costs each reader at most its bounds. One walk with the
// bounds as parameters; what a reader reads of each object, and what it carries down (the key above, a
// trigger or criteria block it is inside), is its own.
//
// The cheap gate for new readers: most calls' arguments are flat (strings and numbers under a few keys: a
// command line, a path, a URL), and such a record is visited alone with no stack made for it, so a reader
// that walks pays only its own visit of the keys. Gate that visit on facts kept per key name
// (values/key-facts.ts) or per tool name (tool-names.ts), not on a new scan or lower-casing of each key.

/** How far a walk goes: the nodes (objects and arrays) it takes off its stack at most, and the deepest it enters. */
export interface WalkBounds {
  readonly nodes: number;
  /** A value at this depth (the arguments are at 0) is read by its object's visit but not entered. */
  readonly depth: number;
}

/** Puts `value` (when it is an object or array within the depth) on the walk, to be visited with `context`. */
export type Descend<C> = (value: unknown, context: C) => void;

/** Whether `value` is a plain object none of whose values is an object or array (nothing below it to walk). */
function flatRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const k in value) {
    const v = (value as Record<string, unknown>)[k];
    if (typeof v === 'object' && v !== null) return false;
  }
  return true;
}

/**
 * Calls `visit` on each plain object inside `root` (root included), depth first (the last put on the walk
 * first), within `bounds`; an array's objects are put on the walk with the array's context. `visit` reads one
 * object at `depth`, hands `descend` the values to enter (with the context they are read in), and returns
 * true to end the walk.
 */
export function walkRecords<C>(
  root: unknown,
  context: C,
  bounds: WalkBounds,
  visit: (record: Record<string, unknown>, context: C, descend: Descend<C>, depth: number) => boolean | void,
): void {
  if (bounds.nodes > 0 && flatRecord(root)) {
    // A flat record is visited with no stack made; a reader may still enter a value it parsed (a policy given
    // as a JSON string): what it enters is walked on from depth 1 as usual.
    let entered: unknown[] | undefined;
    let enteredContexts: C[] | undefined;
    const enter: Descend<C> = (value, inner) => {
      if (typeof value !== 'object' || value === null || bounds.depth <= 0) return;
      (entered ??= []).push(value);
      (enteredContexts ??= []).push(inner);
    };
    if (visit(root, context, enter, 0) === true || entered === undefined) return;
    walkStack(entered, entered.map(() => 1), enteredContexts!, 1, bounds, visit);
    return;
  }
  walkStack([root], [0], [context], 0, bounds, visit);
}

/** The walk proper: takes nodes off the stack (`taken` of the bound already used) and visits their objects. */
function walkStack<C>(
  nodes: unknown[],
  depths: number[],
  contexts: C[],
  taken: number,
  bounds: WalkBounds,
  visit: (record: Record<string, unknown>, context: C, descend: Descend<C>, depth: number) => boolean | void,
): void {
  let depth = 0;
  const descend: Descend<C> = (value, inner) => {
    if (typeof value !== 'object' || value === null || depth >= bounds.depth) return;
    nodes.push(value);
    depths.push(depth + 1);
    contexts.push(inner);
  };
  while (nodes.length > 0 && taken++ < bounds.nodes) {
    const node = nodes.pop();
    const at = contexts.pop() as C;
    depth = depths.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) descend(item, at);
      continue;
    }
    if (visit(node as Record<string, unknown>, at, descend, depth) === true) return;
  }
}
