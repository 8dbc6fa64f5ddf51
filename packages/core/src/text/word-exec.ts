// The next match of a global regex that no letter stands before: a pattern's `(?<![\p{L}])` tested after
// a match, not as a look-behind at every character. Over a two-byte text irregexp tests \p{L} by a call per
// character: such look-behinds cost the 1 MiB README row 8% (stop 68, standing-rules.ts).

const letter = /\p{L}/u;

/** The next match of the global `re` from its lastIndex that no letter stands before. */
export function wordExec(re: RegExp, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    if (at === 0) return m;
    const code = text.charCodeAt(at - 1);
    // A low surrogate: the letter test reads the whole code point before it.
    const before = code >= 0xdc00 && code <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
    if (!letter.test(before)) return m;
    re.lastIndex = at + 1;
  }
  return null;
}
