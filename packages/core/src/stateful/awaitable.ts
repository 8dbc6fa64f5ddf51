import type { Awaitable } from '../types.js';

/**
 * Applies `next` to a value that may or may not be a promise, staying synchronous when it is not: a guard
 * on the in-memory store then never yields to the event loop for state.
 */
export function chain<T, U>(value: Awaitable<T>, next: (value: T) => Awaitable<U>): Awaitable<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** Waits for every value that is a promise; synchronous when none is. */
export function all<T>(values: readonly Awaitable<T>[]): Awaitable<T[]> {
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as T[]);
}
