// A serialized record's value (`"body": "…"`, `'note': '…'`): the quote that opens it is the record's syntax,
// not a quotation. Text a server returns as JSON or a dict puts every third-party string behind one, so a
// reader that asks whether an order is quoted (an example, not said) or where a word starts asks this test
// first; a quotation inside the value is escaped (`\"…\"`) or of the other kind.

/** Whether `c` is blank (space, tab, line break). */
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Whether the quote at `i` of `text` (`"` or `'`) opens a field's value: after a colon, blanks around it,
 * that closes a key in the same quote (`"key": "`). A speaker's colon (`the bot refuses: "…"`) follows a word.
 */
export function opensFieldValue(text: string, i: number): boolean {
  const quote = text.charCodeAt(i);
  let j = i - 1;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  if (j < 0 || text.charCodeAt(j) !== 0x3a) return false;
  j--;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  return j > 0 && text.charCodeAt(j) === quote && text.charCodeAt(j - 1) !== 0x5c;
}
