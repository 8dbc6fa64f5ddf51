/** One sentence or clause of a text, as the instruction analysis reads it. */
export interface Sentence {
  /** The clause, trimmed (lower case when the input was). */
  readonly text: string;
  /** Offset of the clause in the text it came from. */
  readonly start: number;
}

export interface SplitLimits {
  /** Most sentences returned; the rest of the text is not split further. */
  readonly maxSentences: number;
  /** Longest sentence; longer runs are cut at a space near this length. */
  readonly maxSentenceLength: number;
}

const defaults: SplitLimits = { maxSentences: 400, maxSentenceLength: 400 };

// Sentence ends, line breaks, and the seams of serialized data (`', '` / `": "`), which put a value that
// opens with an order ("...'content': 'Please move...'") at the start of its own clause.
const boundary = /[.!?。！？]+(?=["'”’)\]]*(?:\s|$))["'”’)\]]*|[;\n\r\u2028\u2029]+|["']\s*[:,]\s*["'{[(]|[{}[\]]|<\/?[a-z_][\w-]*\s*\/?>|\s[-*•]\s/gi;

/**
 * Whether a match of `boundary` can start at or just before a character: every match starts with one of
 * `.!?。！？;\n\r\u2028\u2029"'{}[]<`, or with white space before one of `-*•`.
 */
const opensBoundary = new Uint8Array(128);
for (const c of '.!?;\n\r"\'{}[]<-*') opensBoundary[c.charCodeAt(0)] = 1;
const opensBoundaryBeyondAscii = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2028 || c === 0x2029 || c === 0x2022;

/** Where `boundary` may first match in `text`: before this offset no match can start (text.length: none at all). */
function firstBoundary(text: string): number {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? opensBoundary[c] === 1 : opensBoundaryBeyondAscii(c)) return i > 0 ? i - 1 : 0;
  }
  return length;
}

/** Whether a clause is trimmed of the character: white space as `\s` matches it, and quotes (" ' `). */
function isTrimmed(c: number): boolean {
  if (c === 0x20 || c === 0x22 || c === 0x27 || c === 0x60 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Splits text into sentences and clauses in one pass (linear in the text). Empty clauses are dropped;
 * clauses are never longer than `maxSentenceLength`.
 */
export function splitSentences(text: string, limits: SplitLimits = defaults): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number): void => {
    let s = from;
    while (s < end && out.length < limits.maxSentences) {
      let e = Math.min(end, s + limits.maxSentenceLength);
      if (e < end) {
        const space = text.lastIndexOf(' ', e);
        if (space > s + limits.maxSentenceLength / 2) e = space;
      }
      // Quotes around a clause belong to the data it came from, not to the sentence.
      let first = s;
      let last = e;
      while (first < last && isTrimmed(text.charCodeAt(first))) first++;
      while (last > first && isTrimmed(text.charCodeAt(last - 1))) last--;
      if (last - first > 1) {
        const clause = text.slice(first, last);
        if (/[\p{L}\p{N}]/u.test(clause)) out.push({ text: clause, start: first });
      }
      s = e;
    }
  };
  // Most short texts (a property's description) hold no boundary at all: the regex runs from the first
  // character that may open one.
  const first = firstBoundary(text);
  if (first === text.length) {
    push(text.length);
    return out;
  }
  boundary.lastIndex = first;
  for (let m = boundary.exec(text); m !== null && out.length < limits.maxSentences; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    // Keep the sentence's own punctuation with it; a seam or tag starts a new clause.
    const cut = /^[.!?。！？]/.test(m[0]) ? end : m.index;
    push(cut);
    from = end;
    if (m[0].length === 0) boundary.lastIndex++;
  }
  if (out.length < limits.maxSentences) push(text.length);
  return out;
}
