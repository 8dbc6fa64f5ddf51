// A leaf module (it imports nothing), so the parser, the preflight walk and the differential scan can all
// share one test without an import cycle.

/** Whether `v` is a JSON object: not null and not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `Object.prototype` has an enumerable key: for-in then lists it for every object that inherits it. */
export function prototypeLendsKeys(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/** Whether an object's prototype is `Object.prototype` (JSON.parse makes only such objects) or none. */
export function hasPlainPrototype(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether for-in lists `value`'s own keys alone, in `Object.keys` order (a plain prototype that lends none):
 * asked once for an object, not Object.hasOwn of each key (~130 instructions a key).
 */
export const listsOwnKeysOnly = (value: object): boolean => hasPlainPrototype(value) && !prototypeLendsKeys();
