import type { ScannedValue } from '../types.js';
import { lookedUp, type Reading, type Readings } from './scanned.js';

/** How many values before and after the last one found a text is looked for among. */
const reach = 8;
const noValues: readonly ScannedValue[] = Object.freeze([]);

/**
 * The guard's readings of the texts of the message at hand, found among its scanned values rather than
 * looked up once more: the scanner looked each string up a moment before and left the answer with its
 * value. A layer that reads the strings in the order the extraction did (a tool's name, title, description,
 * then its schema's) finds each a few values past the last one, by `===` on the same string: a tools/list
 * asked the readings ~390 times for these. A text found nowhere near (a schema's `format`, an `enum` read as
 * one line) is looked up. A constant number of compares per text: linear.
 */
export class ReadingsNear {
  readonly readings: Readings;
  #values: readonly ScannedValue[] = noValues;
  /** Where the search for the next text starts: past the value found last. */
  #next = 0;

  constructor(readings: Readings) {
    this.readings = readings;
  }

  /** Reads the texts of `values` (a message's, in extraction order) until the next call; none holds nothing. */
  within(values: readonly ScannedValue[] = noValues): void {
    this.#values = values;
    this.#next = 0;
  }

  /** What `readings.get(text)` gives. */
  get(text: string): Reading | undefined {
    const values = this.#values;
    const next = this.#next;
    for (let v = next, end = Math.min(values.length, next + reach); v < end; v++) if (values[v]!.raw === text) return this.#found(v);
    for (let v = next - 1, end = Math.max(0, next - reach); v >= end; v--) if (values[v]!.raw === text) return this.#found(v);
    return this.readings.get(text);
  }

  #found(v: number): Reading | undefined {
    this.#next = v + 1;
    return lookedUp(this.#values[v]!, this.readings);
  }
}
