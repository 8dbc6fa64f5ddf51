// A regular expression with nested unbounded repetition (`(a+)+`, `(([a-z])+.)+`, `(\w+\s?)*$`): on a long
// line that almost matches, a backtracking engine (the one in Python, JavaScript, Java, PCRE) tries every way
// of splitting the line between the loops, exponentially many, and the tool that runs it hangs. Handed with
// an input built to almost match (a character or a short word repeated hundreds of times), it is a denial of service;
// alone it may be a mistake of the user's own, so it is only reported.

const maxPattern = 4096;

/** Whether a pattern repeats, without bound, a group that itself repeats without bound (star height two). Linear. */
export function nestedRepetition(pattern: string): boolean {
  if (pattern.length > maxPattern) return false;
  // Per open group: whether something inside it repeats without bound.
  const groups: boolean[] = [false];
  const unboundedAt = (i: number): boolean => {
    const c = pattern[i];
    if (c === '+' || c === '*') return true;
    if (c !== '{') return false;
    return /^\{\d*,\}/.test(pattern.slice(i, i + 12));
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      if (unboundedAt(i + 1)) groups[groups.length - 1] = true;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      i = j;
      if (unboundedAt(i + 1)) groups[groups.length - 1] = true;
    } else if (c === '(') {
      groups.push(false);
    } else if (c === ')') {
      const inner = groups.length > 1 ? groups.pop()! : false;
      const repeated = unboundedAt(i + 1);
      if (inner && repeated) return true;
      if (inner || repeated) groups[groups.length - 1] = true;
    } else if (c !== undefined && c !== '|' && c !== '^' && c !== '$' && unboundedAt(i + 1)) {
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
