// A SQL statement's string literals are mostly data: a value a column is compared with (`path = '/etc/x'`),
// listed in an IN list or inserted. Such a literal names no file the server opens, so a path in it is not one
// to read. Only where a literal is an argument of something else (a function such as load_file, COPY … FROM,
// INTO OUTFILE, ATTACH) may the server open it, and there it keeps its reading.

/** A statement, not a fragment: what a query tool runs as it is. */
const statementStart = /^\s*\(*\s*(?:select|with|insert|update|delete|merge|upsert|replace)\b/;
/** What stands before a literal that is a value compared with a column (lower case, blanks trimmed). */
const comparedAfter = /(?:[=<>]|\b(?:like|ilike|glob|regexp|rlike|similar\s+to|between|and|in\s*\(|values\s*\())$/;

/**
 * The spans (start, end: the quotes included) of a SQL statement's data literals; empty when the text is no
 * statement or has none. Linear in the text.
 */
export function sqlDataSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!text.includes("'") || !statementStart.test(text)) return spans;
  let from = 0;
  let previousData = false;
  let i = text.indexOf("'");
  while (i >= 0) {
    // The literal runs to the next quote that is not doubled ('' is a quote inside it).
    let end = i + 1;
    for (;;) {
      end = text.indexOf("'", end);
      if (end < 0 || text.charCodeAt(end + 1) !== 0x27) break;
      end += 2;
    }
    if (end < 0) break;
    const before = text.slice(Math.max(from, i - 24), i).trimEnd();
    // A list goes on after a comma where the item before the comma was data (`IN ('/a', '/b')`).
    const data: boolean = comparedAfter.test(before) || (previousData && /^\s*,\s*$/.test(text.slice(from, i)));
    previousData = data;
    if (data) spans.push([i, end + 1]);
    from = end + 1;
    i = text.indexOf("'", from);
  }
  return spans;
}
