// A regular expression with nested unbounded repetition (`(a+)+`, `(([a-z])+.)+`, `(\w+\s?)*$`): on a long
// line that almost matches, a backtracking engine (the one in Python, JavaScript, Java, PCRE) tries every way
// of splitting the line between the loops, exponentially many, and the tool that runs it hangs. Handed with
// an input built to almost match (a character or a short word repeated hundreds of times), it is a denial of service;
// alone it may be a mistake of the user's own, so it is only reported.

const maxPattern = 4096;

const plus = 43; // +
const star = 42; // *
const brace = 123; // {
const backslash = 92;
const openBracket = 91; // [
const closeBracket = 93; // ]
const caret = 94; // ^
const openParen = 40;
const closeParen = 41;
const bar = 124; // |
const dollar = 36;

/** Whether the quantifier at `i` (if any) is unbounded: `+`, `*`, `{n,}`. */
function unboundedAt(pattern: string, i: number): boolean {
  // Past the end is asked of every pattern's last character: reading there would make charCodeAt a call.
  if (i >= pattern.length) return false;
  const c = pattern.charCodeAt(i);
  if (c === plus || c === star) return true;
  return c === brace && /^\{\d*,\}/.test(pattern.slice(i, i + 12));
}

/** Whether a pattern repeats, without bound, a group that itself repeats without bound (star height two). Linear. */
export function nestedRepetition(pattern: string): boolean {
  if (pattern.length > maxPattern) return false;
  // Per open group: whether something inside it repeats without bound. Character codes, not one-character
  // strings: this runs on every regex argument of every call, mostly plain words.
  // Only a group's closing parenthesis completes one: a pattern without one (most are plain words) is read
  // no further, and nothing past the last one can.
  let last = pattern.length - 1;
  while (last >= 0 && pattern.charCodeAt(last) !== closeParen) last--;
  if (last < 0) return false;
  const groups: boolean[] = [false];
  for (let i = 0; i <= last; i++) {
    const c = pattern.charCodeAt(i);
    if (c === backslash) {
      i++;
      if (unboundedAt(pattern, i + 1)) groups[groups.length - 1] = true;
    } else if (c === openBracket) {
      let j = i + 1;
      if (j < pattern.length && pattern.charCodeAt(j) === caret) j++;
      if (j < pattern.length && pattern.charCodeAt(j) === closeBracket) j++;
      while (j < pattern.length && pattern.charCodeAt(j) !== closeBracket) j += pattern.charCodeAt(j) === backslash ? 2 : 1;
      i = j;
      if (unboundedAt(pattern, i + 1)) groups[groups.length - 1] = true;
    } else if (c === openParen) {
      groups.push(false);
    } else if (c === closeParen) {
      const inner = groups.length > 1 ? groups.pop()! : false;
      const repeated = unboundedAt(pattern, i + 1);
      if (inner && repeated) return true;
      if (inner || repeated) groups[groups.length - 1] = true;
    } else if (c !== bar && c !== caret && c !== dollar && unboundedAt(pattern, i + 1)) {
      groups[groups.length - 1] = true;
    }
  }
  return false;
}

/** Whether `text` repeats a unit of one to eight characters at least `times` times in a row: an input pumped to make a pattern backtrack. Linear. */
export function pumped(text: string, times = 500): boolean {
  for (let k = 1; k <= 8; k++) {
    let run = 0;
    for (let i = k; i < text.length; i++) {
      run = text.charCodeAt(i) === text.charCodeAt(i - k) ? run + 1 : 0;
      if (run >= times * k) return true;
    }
  }
  return false;
}
