// What a query changes, read in the language it is written in: a GraphQL document that holds a mutation
// operation; SQL that inserts, updates, deletes, merges or changes the schema or grants - as a statement, as
// a data-modifying CTE inside a SELECT (`WITH gone AS (DELETE …) SELECT …`), as a statement a function runs
// from a string (`dblink_exec('…', 'UPDATE …')`), or one prepared from a literal (`PREPARE s FROM 0x…`, hex
// decoded); a MongoDB pipeline stage that writes a collection (`$out`, `$merge`). A server that declares its
// tool read-only (readOnlyHint) expects none of these; an agent sending one was steered there.
// One pass over the tokens; strings read as SQL go at most two levels deep.

import { hexText, sqlTokens } from './sql-statements.js';

type Token = ReturnType<typeof sqlTokens>[number];

/** The longest text read; a longer one is read up to it. */
const maxQuery = 64 * 1024;
/** How deep a statement inside a string inside a statement is read. */
const maxNesting = 2;

/** Statement words that change data, schema or privileges, and the word or kind that must follow for the statement to be one. */
const writes = new Map<string, (next: Token | undefined, rest: readonly Token[]) => boolean>([
  ['insert', (next) => next?.text === 'into' || next?.kind === 'name' || next?.kind === 'word'],
  ['update', (next, rest) => (next?.kind === 'word' || next?.kind === 'name') && rest.some((t) => t.kind === 'word' && t.text === 'set')],
  ['delete', (next) => next?.text === 'from' || next?.kind === 'name' || next?.kind === 'word'],
  ['merge', (next) => next?.text === 'into'],
  ['replace', (next) => next?.text === 'into'],
  ['upsert', (next) => next?.text === 'into'],
  ['drop', (next) => next?.kind === 'word'],
  ['truncate', (next) => next?.kind === 'word' || next?.kind === 'name'],
  ['alter', (next) => next?.kind === 'word'],
  ['create', (next) => next?.kind === 'word'],
  ['grant', (next) => next?.kind === 'word'],
  ['revoke', (next) => next?.kind === 'word'],
  ['rename', (next) => next?.kind === 'word'],
]);

/** Words before `(` that open a list of values or a subquery, not a call: a string inside is data. */
const notCalls = new Set(['in', 'values', 'exists', 'any', 'all', 'some', 'as', 'not', 'and', 'or', 'on', 'from', 'join', 'where', 'select', 'array']);

/** The first thing `text` changes when a server runs it as a query, written out, or undefined. */
export function queryWrite(text: string): string | undefined {
  const query = text.length > maxQuery ? text.slice(0, maxQuery) : text;
  return graphqlMutation(query) ?? (mongoStage.test(query) ? `a MongoDB ${mongoStage.exec(query)![1]} stage` : undefined) ?? sqlWrite(query, 0);
}

/** A pipeline stage that writes its documents into a collection: `$out`, `$merge` (as a key). */
const mongoStage = /["']?(\$(?:out|merge))["']?\s*:/;
/** The operation keywords a GraphQL document's definitions start with. */
const graphqlStart = /^(?:\s|,|#[^\n]*\n)*(?:query|mutation|subscription|fragment|\{)/;

/**
 * Whether a GraphQL document holds a mutation: a definition at brace depth 0 that starts with `mutation`,
 * strings (`"…"`, `"""…"""`) and `#` comments skipped, so a field or a string named mutation is none.
 */
function graphqlMutation(doc: string): string | undefined {
  if (!graphqlStart.test(doc)) return undefined;
  let depth = 0;
  const n = doc.length;
  for (let i = 0; i < n; i++) {
    const c = doc[i]!;
    if (c === '#') {
      const end = doc.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (c === '"') {
      const block = doc.startsWith('"""', i);
      const close = block ? doc.indexOf('"""', i + 3) : closingQuote(doc, i + 1);
      if (close < 0) break;
      i = block ? close + 2 : close;
    } else if (c === '{' || c === '(') {
      depth++;
    } else if (c === '}' || c === ')') {
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && c === 'm' && doc.startsWith('mutation', i) && (i === 0 || !nameChar(doc.charCodeAt(i - 1))) && !nameChar(doc.charCodeAt(i + 8))) {
      const name = /^mutation\s*([A-Za-z_]\w*)?/.exec(doc.slice(i, i + 80))?.[1];
      return name === undefined ? 'a GraphQL mutation' : `the GraphQL mutation ${name}`;
    }
  }
  return undefined;
}

/** Where the string opened before `from` ends (its closing quote, past escaped ones), or -1. */
function closingQuote(doc: string, from: number): number {
  for (let i = from; i < doc.length; i++) {
    if (doc[i] === '\\') i++;
    else if (doc[i] === '"') return i;
    else if (doc[i] === '\n') return -1;
  }
  return -1;
}

const nameChar = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;

/** A SQL write in `sql`: its first statement word that changes data, read where a statement starts. */
function sqlWrite(sql: string, nesting: number): string | undefined {
  // Most values are no SQL at all: a statement word opens the text (after blanks, parentheses and comments).
  if (!/^[\s(]*(?:[a-z]|--|\/\*|#)/i.test(sql)) return undefined;
  const tokens = sqlTokens(sql);
  // Whether each open parenthesis opens a call's arguments (a string there may be a statement the call runs).
  const calls: boolean[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = i > 0 ? tokens[i - 1] : undefined;
    if (t.kind === 'op') {
      if (t.text === ';') start = i + 1;
      else if (t.text === '(') calls.push(prev !== undefined && prev.kind === 'word' && !notCalls.has(prev.text));
      else if (t.text === ')') calls.pop();
      continue;
    }
    if (t.kind === 'string') {
      // A string a function runs (`dblink_exec(conn, 'UPDATE …')`, `EXECUTE IMMEDIATE '…'`) is a statement too.
      const argument = calls.length > 0 && calls[calls.length - 1] === true && (prev?.text === '(' || prev?.text === ',');
      const immediate = prev?.kind === 'word' && prev.text === 'immediate';
      const prepared = prev?.kind === 'word' && prev.text === 'from' && preparing(tokens, start);
      if ((argument || immediate || prepared) && nesting < maxNesting) {
        const inner = sqlWrite(t.text, nesting + 1);
        if (inner !== undefined) return `${inner}, run from a string`;
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    // MySQL's hex literal `0x…` (tokens `0` and `x…`) or `X'…'` after PREPARE … FROM: the statement it spells.
    if (prev?.kind === 'word' && prev.text === 'from' && preparing(tokens, start) && nesting < maxNesting) {
      const hex = t.text === 'x' && tokens[i + 1]?.kind === 'string' ? tokens[i + 1]!.text : undefined;
      const decoded = hex === undefined ? undefined : hexText(hex, true);
      const inner = decoded === undefined ? undefined : sqlWrite(decoded, nesting + 1);
      if (inner !== undefined) return `${inner}, prepared from a hex literal`;
    }
    if (t.kind === 'word' && prev?.kind === 'number' && prev.text === '0' && /^x[0-9a-f]+$/.test(t.text) && preparing(tokens, start) && nesting < maxNesting) {
      const decoded = hexText(t.text.slice(1), true);
      const inner = decoded === undefined ? undefined : sqlWrite(decoded, nesting + 1);
      if (inner !== undefined) return `${inner}, prepared from a hex literal`;
    }
    const shape = writes.get(t.text);
    if (shape === undefined) continue;
    // A statement starts here: the text's or a `;`'s start, inside `(` (a CTE's body), or after a WITH's CTEs.
    const opens = i === start || prev?.text === '(' || (prev?.text === ')' && tokens[start]?.text === 'with' && calls.length === 0);
    if (!opens) continue;
    const end = statementEnd(tokens, i);
    if (shape(tokens[i + 1], tokens.slice(i + 1, end))) return i === start ? `${t.text.toUpperCase()} statement` : `${t.text.toUpperCase()} inside a statement`;
  }
  return undefined;
}

/** Whether the statement that starts at `start` is a PREPARE (`PREPARE name FROM …`). */
const preparing = (tokens: readonly Token[], start: number): boolean => tokens[start]?.kind === 'word' && tokens[start].text === 'prepare';

/** Where the statement holding token `i` ends: the next `;`, or the end. */
function statementEnd(tokens: readonly Token[], i: number): number {
  // Bounded: a SET is near its verb, and reading further would make the pass quadratic on many statements.
  const last = Math.min(tokens.length, i + 64);
  let end = i;
  while (end < last && tokens[end]!.text !== ';') end++;
  return end;
}

