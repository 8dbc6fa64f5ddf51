// A markdown link's title (`[docs](https://… "title")`, `[docs]: https://… "title"`): text the page's author
// attached to a link, shown nowhere but read by the model. The sentence splitter gives it clauses of its own
// and quoted.ts reads it as no quotation; both ask this one test.
import { isSpace } from './char-classes.js';

/** How far back a link destination is looked for, in characters. */
const destinationReach = 512;

/**
 * Whether the `"` at `i` opens a markdown link's title: after blanks that follow a link destination (a token
 * of up to {@link destinationReach} characters, maybe in `<…>`) that `](` or a reference definition's `]:` opens.
 */
export function opensLinkTitle(text: string, i: number): boolean {
  let j = i - 1;
  if (j < 0 || (text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0x09)) return false;
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
  const stop = Math.max(0, j - destinationReach);
  const last = j;
  while (j >= stop && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x28) j--;
  if (j === last || j < stop) return false;
  // `](destination "title"`
  if (text.charCodeAt(j) === 0x28) return j > 0 && text.charCodeAt(j - 1) === 0x5d;
  // `[label]: destination "title"`
  while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
  return j > 0 && text.charCodeAt(j) === 0x3a && text.charCodeAt(j - 1) === 0x5d;
}

/** Whether the `"` at `i` closes a link title ({@link opensLinkTitle} at the `"` before it, and `)` after it). */
export function closesLinkTitle(text: string, i: number): boolean {
  if (text.charCodeAt(i + 1) !== 0x29) return false;
  const open = text.lastIndexOf('"', i - 1);
  return open >= 0 && i - open <= destinationReach && opensLinkTitle(text, open);
}
