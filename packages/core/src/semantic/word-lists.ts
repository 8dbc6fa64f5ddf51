// An array of words reads as one sentence to a model that sees the JSON (`["send", "the", "key",
// "to", …]`): a document gives such an array as one line of its items joined by spaces, not a line per
// item, so an order spelled a word or two per item is read as the order it spells. A list of names (an
// enum of modes, tags) joined this way reads as a list of names still; an array holding a sentence is read
// item by item, as before.

/** Fewest items an array needs to be read as words. */
const minWords = 4;
/** Most characters of one item (a URL or a path is one word of an order). */
const maxWord = 256;
/** Most spaces in one item: a word or a short phrase (`no one`, `right now`), not a sentence. */
const maxSpaces = 2;

/** Whether `item` is a word or a short phrase: a string, not empty, short, on one line, with few spaces. */
function isWords(item: unknown): boolean {
  if (typeof item !== 'string' || item.length === 0 || item.length > maxWord) return false;
  let spaces = 0;
  for (let i = 0; i < item.length; i++) {
    const c = item.charCodeAt(i);
    if (c === 0x20 && ++spaces > maxSpaces) return false;
    // Any other white space (a line break, a tab) or a control character: not a word of a sentence.
    if (c < 0x20 || c === 0x85 || c === 0xa0 || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

/**
 * The items of `items` joined by spaces when every one is a word or a short phrase (see {@link isWords}),
 * at least {@link minWords} of them; else undefined. Stops at the first item that is neither.
 */
export function wordLine(items: readonly unknown[]): string | undefined {
  if (items.length < minWords) return undefined;
  for (let i = 0; i < items.length; i++) if (!isWords(items[i])) return undefined;
  return items.join(' ');
}
