// A server that takes a filter, a where clause or a sort order splices it into a statement of its own
// (`SELECT … WHERE ${filter} ORDER BY ${sort}`). A fragment that ends that statement and starts another
// (`; DROP …`) or joins a second query's rows to the answer (`UNION SELECT … FROM other_table`) is an
// injection whatever it looks like otherwise. A whole statement (a query tool's `sql`) is not a fragment:
// UNION ALL in a report is ordinary, and the statement rules judge it.

/** Argument names (lower case, letters only) that hold a piece of a statement the server completes. */
const fragmentNames = new Set([
  'filter', 'filters', 'where', 'whereclause', 'condition', 'conditions', 'criteria', 'predicate', 'clause',
  'having', 'orderby', 'order', 'sort', 'sortby', 'sortorder', 'groupby', 'columns', 'fields', 'select',
]);
const statementStart = /^\s*\(*\s*(?:select|with|insert|update|delete|merge|upsert|replace|create|alter|drop|explain|values|copy|call|exec|execute|show|describe|pragma|begin|set|grant)\b/i;
const union = /\bunion\s+(?:all\s+|distinct\s+)?\(?\s*select\b/i;
const stacked = /;\s*(?:drop|delete|insert|update|create|alter|grant|revoke|truncate|exec|execute|copy|shutdown|attach|select|declare|waitfor|merge|load)\b/i;
/** A quote or `)` that closes the server's literal or parenthesis, then a second query joined to the answer. */
const closedThen = /['")]\s*union\s+(?:all\s+|distinct\s+)?\(?\s*select\b/i;
/** Module constants: a regex literal in the function body is a new RegExp object every call (every argument of every request). */
const unionWord = /union/i;
const notLetter = /[^a-z]/g;

/** The part of `value` that breaks out of the statement it is spliced into, or undefined. */
export function sqlBreakout(key: string, value: string): string | undefined {
  // The cheap test first: most arguments hold neither `;` nor `union`, and the statement-start regex costs more.
  if (value.length > 4096 || (!value.includes(';') && !unionWord.test(value)) || statementStart.test(value)) return undefined;
  // Any argument: a quote or parenthesis closed, then a second query (a stacked statement after a quote is
  // sql/injection-probe's; after `)` it is code as often: `print(x); import y`).
  const closed = closedThen.exec(value);
  if (closed !== null) return value.slice(closed.index, closed.index + 80);
  if (!fragmentNames.has(key.toLowerCase().replace(notLetter, ''))) return undefined;
  const hit = union.exec(value) ?? stacked.exec(value);
  return hit === null ? undefined : value.slice(hit.index, hit.index + 80);
}
