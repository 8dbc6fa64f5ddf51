// What a SQL text will do to the data, read statement by statement the way a server reads it: comments
// and quotes taken out, `;` ending a statement, a DELETE or UPDATE judged by its WHERE clause (absent, or
// one that holds for every row: `1=1`, `TRUE`, `'a'='a'`, `id = id`, `x OR 1`), DROP and TRUNCATE, a role
// made superuser, and the calls that reach the server's files and shell (MySQL's versioned comments run). One pass over the text; no pattern backtracks.

import { credentialPath } from '../semantic/credential-files.js';

export type SqlToken = Token;
type Token = { readonly kind: 'word' | 'number' | 'string' | 'name' | 'op'; readonly text: string };

const maxTokens = 20_000;
const maxDepth = 32;
/** DELETE or UPDATE bodies judged per statement. */
const maxJudged = 16;

/** The tokens of a SQL text (words lower case), without comments; undefined quotes run to the end. */
export function sqlTokens(sql: string): Token[] {
  const out: Token[] = [];
  const n = sql.length;
  let i = 0;
  // Versioned comments open at `i`: their closing marks end them, not an ordinary comment.
  let versioned = 0;
  while (i < n && out.length < maxTokens) {
    const c = sql[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v') {
      i++;
    } else if ((c === '-' && sql[i + 1] === '-') || c === '#') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (c === '/' && sql[i + 1] === '*' && (sql[i + 2] === '!' || (sql[i + 2] === 'M' && sql[i + 3] === '!'))) {
      // MySQL and MariaDB run what a versioned comment holds (`/*!50000 DROP */`): only its marks go.
      i += sql[i + 2] === '!' ? 3 : 4;
      while (i < n && sql.charCodeAt(i) >= 0x30 && sql.charCodeAt(i) <= 0x39) i++;
      versioned++;
    } else if (versioned > 0 && c === '*' && sql[i + 1] === '/') {
      versioned--;
      i += 2;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"' || c === '`' || c === '[') {
      const close = c === '[' ? ']' : c;
      let end = i + 1;
      let text = '';
      for (;;) {
        const at = sql.indexOf(close, end);
        if (at < 0) {
          text += sql.slice(end);
          end = n;
          break;
        }
        text += sql.slice(end, at);
        // A doubled quote is one quote inside the literal.
        if (close !== ']' && sql[at + 1] === close) {
          text += close;
          end = at + 2;
          continue;
        }
        end = at + 1;
        break;
      }
      out.push({ kind: c === "'" ? 'string' : 'name', text: c === "'" ? text : text.toLowerCase() });
      i = end;
    } else if (c === '$' && /^\$[a-z_]*\$/i.test(sql.slice(i, i + 34))) {
      // PostgreSQL dollar quoting: $$…$$ or $tag$…$tag$.
      const tag = /^\$[a-z_]*\$/i.exec(sql.slice(i, i + 34))![0];
      const end = sql.indexOf(tag, i + tag.length);
      out.push({ kind: 'string', text: sql.slice(i + tag.length, end < 0 ? n : end) });
      i = end < 0 ? n : end + tag.length;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      let end = i + 1;
      while (end < n && /[0-9.e]/i.test(sql[end]!)) end++;
      out.push({ kind: 'number', text: sql.slice(i, end) });
      i = end;
    } else if (/[\p{L}_@]/u.test(c)) {
      let end = i + 1;
      while (end < n && /[\p{L}\p{N}_$@]/u.test(sql[end]!)) end++;
      out.push({ kind: 'word', text: sql.slice(i, end).toLowerCase() });
      i = end;
    } else {
      const two = sql.slice(i, i + 2);
      const op = two === '<>' || two === '!=' || two === '<=' || two === '>=' || two === '==' || two === '||' || two === '&&' ? two : c;
      out.push({ kind: 'op', text: op });
      i += op.length;
    }
  }
  return out;
}

/** Statements: token runs between `;`. */
export function sqlStatements(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'op' && t.text === ';') out.push([]);
    else out[out.length - 1]!.push(t);
  }
  return out.filter((s) => s.length > 0);
}

/** Where a WHERE clause's condition ends: a clause that follows it, or the statement's end. */
const afterCondition = new Set(['returning', 'order', 'limit', 'group', 'having', 'window', 'union', 'except', 'intersect', 'offset', 'fetch', 'for', 'option']);

type Value = { readonly kind: 'number'; readonly n: number } | { readonly kind: 'string'; readonly s: string } | { readonly kind: 'bool'; readonly b: boolean } | { readonly kind: 'null' } | { readonly kind: 'column'; readonly name: string } | { readonly kind: 'now' } | { readonly kind: 'unknown' };
const unknown: Value = { kind: 'unknown' };
/** The moment the statement runs: `now()`, `CURRENT_TIMESTAMP`, `GETDATE()` and their kin. */
const nowWords = new Set(['now', 'current_timestamp', 'current_date', 'localtimestamp', 'getdate', 'sysdate', 'getutcdate', 'sysdatetime']);
/**
 * A column that holds when its row was made (`created_at`, `inserted_at`, `date_created`): every row was made
 * before the statement runs, so `created_at < now()` holds for every row, as `1=1` does.
 */
const madeAtColumn = /(?:^|\.)(?:created|created_at|created_on|createdat|createdon|created_date|creation_date|creation_time|date_created|inserted_at|insertedat|insert_time|added_at)$/;

/** Reads a condition and says whether it holds for every row (true), for none (false), or depends on the row (undefined). */
class Condition {
  i: number;
  readonly tokens: readonly Token[];
  readonly end: number;
  constructor(tokens: readonly Token[], start: number, end: number) {
    this.tokens = tokens;
    this.i = start;
    this.end = end;
  }

  peek(): Token | undefined {
    return this.i < this.end ? this.tokens[this.i] : undefined;
  }

  isWord(text: string): boolean {
    const t = this.peek();
    return t !== undefined && t.kind === 'word' && t.text === text;
  }

  or(depth: number): boolean | undefined {
    let result = this.and(depth);
    while (this.isWord('or') || (this.peek()?.kind === 'op' && this.peek()!.text === '||')) {
      this.i++;
      const right = this.and(depth);
      result = result === true || right === true ? true : result === false && right === false ? false : undefined;
    }
    return result;
  }

  and(depth: number): boolean | undefined {
    let result = this.not(depth);
    while (this.isWord('and') || (this.peek()?.kind === 'op' && this.peek()!.text === '&&')) {
      this.i++;
      const right = this.not(depth);
      result = result === false || right === false ? false : result === true && right === true ? true : undefined;
    }
    return result;
  }

  not(depth: number): boolean | undefined {
    if (this.isWord('not') || (this.peek()?.kind === 'op' && this.peek()!.text === '!')) {
      this.i++;
      if (depth >= maxDepth) return undefined;
      const inner = this.not(depth + 1);
      return inner === undefined ? undefined : !inner;
    }
    return this.comparison(depth);
  }

  comparison(depth: number): boolean | undefined {
    const left = this.operand(depth);
    const t = this.peek();
    if (t === undefined) return truth(left);
    if (t.kind === 'op' && ['=', '==', '<>', '!=', '<', '>', '<=', '>='].includes(t.text)) {
      this.i++;
      return compare(left, t.text, this.operand(depth));
    }
    if (t.kind === 'word' && t.text === 'is') {
      this.i++;
      const negated = this.isWord('not');
      if (negated) this.i++;
      const right = this.operand(depth);
      if (right.kind !== 'null' || left.kind === 'column' || left.kind === 'unknown') return undefined;
      return (left.kind === 'null') !== negated;
    }
    if (t.kind === 'word' && (t.text === 'like' || t.text === 'ilike')) {
      this.i++;
      const right = this.operand(depth);
      // `x LIKE '%'` holds for every value but NULL.
      return right.kind === 'string' && /^%+$/.test(right.s) && left.kind !== 'null' ? true : undefined;
    }
    return truth(left);
  }

  operand(depth: number): Value {
    const t = this.peek();
    if (t === undefined) return unknown;
    this.i++;
    if (t.kind === 'number') return { kind: 'number', n: Number(t.text) };
    if (t.kind === 'string') return { kind: 'string', s: t.text };
    if (t.kind === 'op' && t.text === '(') {
      if (depth >= maxDepth) return unknown;
      const inner = this.or(depth + 1);
      if (this.peek()?.text === ')') this.i++;
      return inner === undefined ? unknown : { kind: 'bool', b: inner };
    }
    if (t.kind === 'op' && t.text === '-' && this.peek()?.kind === 'number') return { kind: 'number', n: -Number(this.tokens[this.i++]!.text) };
    if (t.kind === 'word' || t.kind === 'name') {
      if (t.kind === 'word' && (t.text === 'true' || t.text === 'false')) return { kind: 'bool', b: t.text === 'true' };
      if (t.kind === 'word' && t.text === 'null') return { kind: 'null' };
      let name = t.text;
      while (this.peek()?.text === '.' && this.tokens[this.i + 1] !== undefined) {
        name += `.${this.tokens[this.i + 1]!.text}`;
        this.i += 2;
      }
      if (t.kind === 'word' && nowWords.has(name)) {
        if (this.peek()?.text === '(' && this.tokens[this.i + 1]?.text === ')') this.i += 2;
        return { kind: 'now' };
      }
      // A call or anything else: what it gives depends on the row or the server.
      if (this.peek()?.text === '(') {
        this.skipGroup();
        return unknown;
      }
      return { kind: 'column', name };
    }
    return unknown;
  }

  skipGroup(): void {
    let depth = 0;
    for (; this.i < this.end; this.i++) {
      const text = this.tokens[this.i]!.text;
      if (text === '(') depth++;
      else if (text === ')' && --depth === 0) {
        this.i++;
        return;
      }
    }
  }
}

function truth(v: Value): boolean | undefined {
  if (v.kind === 'bool') return v.b;
  if (v.kind === 'number') return v.n !== 0;
  if (v.kind === 'null') return false;
  return undefined;
}

function compare(a: Value, op: string, b: Value): boolean | undefined {
  // A row's creation time against the moment the statement runs: every row is older.
  if (a.kind === 'column' && b.kind === 'now' && madeAtColumn.test(a.name)) return op === '<' || op === '<=' ? true : op === '>' || op === '>=' || op === '=' ? false : undefined;
  if (a.kind === 'now' && b.kind === 'column' && madeAtColumn.test(b.name)) return op === '>' || op === '>=' ? true : op === '<' || op === '<=' || op === '=' ? false : undefined;
  // The same column on both sides holds for every row where it is not NULL (`id = id`).
  if (a.kind === 'column' && b.kind === 'column' && a.name === b.name) return op === '=' || op === '==' || op === '<=' || op === '>=' ? true : op === '<>' || op === '!=' ? false : undefined;
  const x = a.kind === 'number' ? a.n : a.kind === 'string' ? a.s : a.kind === 'bool' ? Number(a.b) : undefined;
  const y = b.kind === 'number' ? b.n : b.kind === 'string' ? b.s : b.kind === 'bool' ? Number(b.b) : undefined;
  if (x === undefined || y === undefined || typeof x !== typeof y) return undefined;
  switch (op) {
    case '=':
    case '==':
      return x === y;
    case '<>':
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    default:
      return x >= y;
  }
}

/** The calls and clauses that make the server read or write its own files or run a program. */
const serverReach = new Set(['xp_cmdshell', 'sp_oacreate', 'sp_configure', 'load_file', 'pg_read_file', 'pg_read_binary_file', 'pg_ls_dir', 'lo_import', 'lo_export', 'load_extension',
  // PostgreSQL's roles that let a login run programs (COPY … PROGRAM) and read or write any file of the server.
  'pg_execute_server_program', 'pg_write_server_files', 'pg_read_server_files']);
/**
 * A file SQLite's ATTACH creates and writes its pages into, named where something runs it: a web page or
 * script by its extension, a shell start-up file, a crontab, authorized_keys, a system folder.
 */
const runnableFile = /\.(?:php\d?|phtml|phar|jsp|jspx|aspx?|ashx|cgi|pl|sh|bash|zsh|py|rb|js|mjs|cjs|ps1|bat|cmd)$|(?:^|[\\/])\.(?:bashrc|bash_profile|bash_login|profile|zshrc|zprofile|zshenv|zlogin)$|(?:^|[\\/])(?:authorized_keys|crontab)$|^\/(?:etc|var\/spool\/cron)\//i;
/**
 * The SQLite files the system or a browser keeps protected, and what SQL handed to a client may not do with
 * each: attach it (its tables then read like the app's own, and a SELECT takes the sessions or saved logins
 * out), or write into it (a row in macOS's privacy grants, `…/com.apple.TCC/TCC.db` per user or for the
 * system, lets an app record the screen, read every file or use the camera with no prompt to the user; reading
 * it is left alone). A secret store is what semantic/credential-files.ts calls a credential file (browser
 * profiles' Cookies, Login Data, key4.db, logins.json, keychains, ~/.ssh, ~/.gnupg …). `cue` is a literal
 * every path of a store that may not be written holds (any case): a shell line without one is not split for it.
 */
interface ProtectedStore {
  readonly what: string;
  readonly holds: (path: string) => boolean;
  readonly attached: boolean;
  readonly written: boolean;
  readonly cue?: string;
}
const privacyStore = /(?:^|[\\/])com\.apple\.tcc[\\/]tcc\.db$/i;
const protectedStores: readonly ProtectedStore[] = [
  { what: 'a browser or system secret store', holds: credentialPath, attached: true, written: false },
  { what: 'the macOS privacy grants (TCC.db)', holds: (path) => privacyStore.test(path), attached: false, written: true, cue: 'tcc.db' },
];
const writtenStoreCue = new RegExp(protectedStores.flatMap((store) => (store.written && store.cue !== undefined ? [store.cue.replace(/[.]/g, '\\.')] : [])).join('|'), 'i');
/** The store a path as written is, for what a statement does to it (`attached` or `written`), or undefined. */
const protectedStore = (path: string, use: 'attached' | 'written'): ProtectedStore | undefined => protectedStores.find((store) => store[use] && store.holds(path));
/** The statements that write rows. */
const writes = new Set(['insert', 'replace', 'update', 'delete']);
const dropped = new Set(['table', 'database', 'schema', 'user', 'view', 'index', 'procedure', 'function', 'trigger', 'role', 'sequence', 'materialized', 'collection', 'keyspace']);

/** A statement's first word: a text (or a shell word) that starts with one, after comments and `(`, is SQL. */
const statementWords = new Set(['select', 'with', 'insert', 'update', 'delete', 'drop', 'truncate', 'alter', 'create', 'grant', 'copy', 'exec', 'execute', 'load', 'merge', 'replace', 'call', 'do', 'attach', 'prepare']);
/**
 * A session setting or database choice in SQL's own shape (`SET FOREIGN_KEY_CHECKS = 0;`, `SET statement_timeout
 * TO '5s';`, `USE shop;`, `BEGIN;`): what follows it is statements too. The shell's `set -e` has no `=` or TO.
 */
const preamble = /^\s*(?:set\s+(?:(?:session|local|global|persist)\s+)?@{0,2}[\w.]+\s*(?:=|to\b)[^;]*|use\s+[\w`"]+\s*|begin(?:\s+transaction)?\s*|start\s+transaction\s*);/i;
const preambleWords = new Set(['set', 'use', 'begin', 'start']);
const isStatement = (text: string): boolean => {
  // Most values start with a word or with neither a word nor a comment: read without tokenizing.
  const head = /^[\s(]*([A-Za-z]+)/.exec(text);
  if (head !== null) return statementWords.has(head[1]!.toLowerCase()) || (preambleWords.has(head[1]!.toLowerCase()) && preamble.test(text.length > 512 ? text.slice(0, 512) : text));
  if (!/^[\s(]*(?:\/\*|--|#)/.test(text)) return false;
  // Nothing but MySQL and MariaDB write a versioned comment (`/*!40101 SET NAMES utf8mb4 */`, a dump's header).
  if (/^[\s(]*\/\*M?!\d{5}/.test(text)) return true;
  const first = sqlTokens(text.slice(0, 200)).find((t) => t.text !== '(');
  return first !== undefined && first.kind === 'word' && statementWords.has(first.text);
};

/**
 * {@link destructiveSql} of a text in an argument declared a query or a command: the text itself when it is
 * SQL, else each word of its shell line that is a statement (`psql -c "DROP TABLE users"`).
 */
export function destructiveSqlIn(text: string, shellWords: (text: string) => readonly string[]): string | undefined {
  if (isStatement(text)) return destructiveSql(text);
  // A statement in a shell line is one argument of several words: quoted, or its blanks escaped.
  if (!text.includes('"') && !text.includes("'") && !text.includes('\\')) return undefined;
  const storeWritten = writtenStoreCue.test(text);
  if (!storeWritten && !/\/\*M?!|\b(?:drop|truncate|delete|update|grant|superuser|xp_cmdshell|load_file|pg_read|pg_ls_dir|lo_import|lo_export|load_extension|outfile|dumpfile|infile|program|shutdown|attach|\w+_command)\b/i.test(text)) return undefined;
  const scratch = localTestDatabase(text);
  // A SQL write handed to sqlite3 for a protected system store: the store is one word, the write another.
  let store: ProtectedStore | undefined;
  let write: string | undefined;
  for (const word of shellWords(text)) {
    if (storeWritten && store === undefined) store = protectedStore(word.trim(), 'written');
    // A statement handed to a client is one quoted argument of several words; a program's own words
    // (`kubectl delete pod x`, `git update-index`) are not SQL.
    if (!/\s/.test(word.trim()) || !isStatement(word)) continue;
    if (storeWritten && write === undefined) {
      const first = sqlTokens(word.slice(0, 200)).find((t) => t.text !== '(');
      if (first !== undefined && first.kind === 'word' && writes.has(first.text)) write = first.text;
    }
    if (store !== undefined && write !== undefined) break;
    const found = destructiveSql(word, scratch);
    if (found !== undefined) return found;
  }
  return store !== undefined && write !== undefined ? `${write} into ${store.what}` : undefined;
}

/**
 * What a SQL text does that destroys data or reaches the server's files or shell, written out, or
 * undefined: DROP, TRUNCATE, DELETE or UPDATE of every row, GRANT ALL, and server-side file and program calls.
 */
export function destructiveSql(sql: string, scratch = false, depth = 0): string | undefined {
  let stacked = false;
  let made: Set<string> | undefined;
  // MySQL's user variables set to a text (`SET @q = 0x44524f50…`), which a PREPARE … FROM @q makes a statement.
  let held: Map<string, string> | undefined;
  for (const s of sqlStatements(sqlTokens(sql))) {
    // SHUTDOWN after another statement stops the server; alone it is as often the operating system's command.
    if (stacked && s[0]!.kind === 'word' && s[0]!.text === 'shutdown') return 'shutdown';
    const first = s[0]!.kind === 'word' ? s[0]!.text : '';
    if (first === 'set' && s[1]?.kind === 'word' && s[1].text.startsWith('@') && (s[2]?.text === '=' || s[2]?.text === ':')) {
      const text = literalText(s, s[2].text === ':' ? 4 : 3);
      if (text !== undefined) (held ??= new Map()).set(s[1].text, text);
    } else if (first === 'prepare' && depth < 2 && s[2]?.kind === 'word' && s[2].text === 'from') {
      const text = s[3]?.kind === 'word' && s[3].text.startsWith('@') ? held?.get(s[3].text) : literalText(s, 3);
      const found = text === undefined ? undefined : destructiveSql(text, scratch, depth + 1);
      if (found !== undefined) return found;
    }
    const found = destructiveStatement(s, scratch, made ?? noTables, depth);
    if (found !== undefined) return found;
    const table = s[0]!.text === 'create' ? madeTable(s) : undefined;
    if (table !== undefined) (made ??= new Set()).add(table);
    stacked = true;
  }
  return undefined;
}

/**
 * Whether a shell line connects to a test or development database on this machine (`psql
 * postgres://…@localhost:5432/app_test`, `mysql -h 127.0.0.1 -D shop_dev`), or through the project's test
 * database variable (see testDatabaseVariable): the agent's own scratch data, which it empties and rebuilds as
 * it drops and recreates test databases (rules/programs.yaml leaves dropdb out).
 */
const localHost = /(?:@|\s-h\s*|\s--host[=\s])(?:localhost|127\.0\.0\.1|\[?::1\]?)(?=[:/\s'"]|$)/i;
const testName = String.raw`[\w-]*(?:^|[_-]|\b)(?:test|tests|testing|dev|development|local|e2e|ci)(?:[_-][\w-]*)?`;
const localDatabase = new RegExp(String.raw`(?:localhost|127\.0\.0\.1|\])(?::\d+)?\/(${testName})(?=[?'"\s]|$)|\s(?:-d\s*|--dbname[=\s]|-D\s*|--database[=\s])(${testName})(?=[\s'"]|$)`, 'i');
export function localTestDatabase(line: string): boolean {
  if (localHost.test(line)) return localDatabase.test(line);
  return testDatabaseVariable(line);
}

/**
 * Whether a shell line connects only through a variable named for a test database (`psql "$TEST_DATABASE_URL"`,
 * `mysql -D "$E2E_DB"`): the project's test setup points it at the database its tests empty and rebuild. A line
 * that also names a host or a URL, another database variable, or sets the variable (or libpq's or MySQL's own)
 * itself is not read so: what it reaches is then up to the line.
 */
const variableWord = /\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g;
const databaseVariable = /(?:^|_)(?:DATABASE|DB|DSN|PG|POSTGRES|MYSQL|MARIADB|MONGO|CONN|CONNECTION)(?:_|$)/;
const testVariable = /(?:^|_)(?:TEST|TESTS|TESTING|E2E)(?:_|$)/;
const namesServer = /:\/\/|(?:^|\s)(?:-h|--host)(?:[=\s]|(?=\S))|(?:^|[\s;&|(])(?:PG|MYSQL)[A-Z_]*=/;
function testDatabaseVariable(line: string): boolean {
  if (namesServer.test(line)) return false;
  let test = false;
  for (const m of line.matchAll(variableWord)) {
    const name = m[1]!.toUpperCase();
    if (!databaseVariable.test(name)) continue;
    if (!testVariable.test(name) || new RegExp(String.raw`(?:^|[\s;&|(])${m[1]}=`).test(line)) return false;
    test = true;
  }
  return test;
}

/**
 * The first thing a statement does that destroys data or reaches the server's files or shell. On a local test
 * database (`scratch`) emptying or dropping its tables is the work itself; reaching files, a shell or
 * privileges still counts.
 */
function destructiveStatement(s: readonly Token[], scratch: boolean, made: ReadonlySet<string>, depth: number): string | undefined {
  const word = (i: number): string | undefined => (s[i]?.kind === 'word' ? s[i].text : undefined);
  // Read once, so the pass stays linear: whether COPY came before, where the last SET is, and how many DELETE
  // or UPDATE bodies were judged (each is read to its end: a few per statement, not one per token).
  let copied = false;
  let lastSet = -1;
  for (let j = s.length - 1; j >= 0 && lastSet < 0; j--) if (word(j) === 'set') lastSet = j;
  let judged = 0;
  for (let i = 0; i < s.length; i++) {
    const w = word(i);
    if (w === undefined) continue;
    if (w === 'copy') copied = true;
    if (serverReach.has(w)) return w;
    if (w === 'into' && (word(i + 1) === 'outfile' || word(i + 1) === 'dumpfile')) return `into ${word(i + 1)}`;
    if (w === 'load' && word(i + 1) === 'data' && word(i + 2) === 'infile') return 'load data infile';
    if (w === 'program' && copied && (word(i - 1) === 'from' || word(i - 1) === 'to')) return `copy … ${word(i - 1)} program`;
    if (w === 'grant' && word(i + 1) === 'all') return 'grant all';
    // PostgreSQL runs the program an `…_command` setting names (archive_command for every WAL segment it archives).
    if (w === 'system' && i === 1 && word(0) === 'alter' && word(2) === 'set' && (word(3) ?? '').endsWith('_command')) return `alter system set ${word(3)}`;
    if (w === 'attach') {
      const file = s[i + 1]?.kind === 'string' ? s[i + 1]! : word(i + 1) === 'database' && s[i + 2]?.kind === 'string' ? s[i + 2]! : undefined;
      if (file !== undefined && (runnableFile.test(file.text.trim()) || protectedStore(file.text.trim(), 'attached') !== undefined)) return `attach of ${file.text.trim().slice(0, 80)}`;
    }
    // A login given every privilege: CREATE or ALTER of a ROLE or USER with SUPERUSER (PostgreSQL's attribute).
    if (w === 'superuser' && (word(0) === 'create' || word(0) === 'alter') && (word(1) === 'role' || word(1) === 'user')) return `${word(0)} ${word(1)} … superuser`;
    // What a PL/pgSQL block runs (`DO $$ … $$`) and the text an EXECUTE builds (`'DR' || 'OP TABLE ' || t`) are
    // statements of their own: read as the server will run them, what the pieces join to with a name for each value.
    if (depth < 2 && w === 'do' && i === 0) {
      const body = s.slice(1).find((t) => t.kind === 'string');
      const found = body === undefined ? undefined : destructiveSql(body.text, scratch, depth + 1);
      if (found !== undefined) return found;
    }
    const piece = s[i + 1]?.text === '(' ? i + 2 : i + 1;
    const built = s[piece]?.kind === 'string' || (s[piece]?.kind === 'word' && (s[piece].text === 'chr' || s[piece].text === 'char') && s[piece + 1]?.text === '(');
    if (depth < 2 && (w === 'execute' || w === 'exec') && built) {
      const found = destructiveSql(joinedText(s, i + 1), scratch, depth + 1);
      if (found !== undefined) return found;
    }
    if (scratch) continue;
    if (w === 'drop' && dropped.has(word(i + 1) ?? '') && (i === 0 || word(i - 1) !== 'alter') && !scratchTables(s, i + 2, made)) return `drop ${word(i + 1)}`;
    if (w === 'truncate' && (i === 0 || s[i - 1]!.text === '(' || word(i - 1) === 'as' || (depth > 0 && blockOpeners.has(word(i - 1) ?? ''))) && !scratchTables(s, word(i + 1) === 'table' ? i + 2 : i + 1, made, true)) return 'truncate';
    if (w === 'delete' || w === 'update') {
      // A statement that starts here (first, inside a CTE's parentheses, or after a WITH's CTEs): the WHERE at
      // its own parenthesis depth judges it. A MERGE's THEN DELETE takes the rows its ON matched.
      if (i > 0 && s[i - 1]!.text !== '(' && !(s[i - 1]!.text === ')' && word(0) === 'with') && !(depth > 0 && blockOpeners.has(word(i - 1) ?? ''))) continue;
      if (w === 'update' && lastSet <= i) continue;
      if (++judged > maxJudged) continue;
      const every = everyRow(s, i + 1);
      if (every) return `${w} of every row`;
    }
  }
  return undefined;
}

/**
 * Whether the tables a DROP TABLE names from `start` on are all scratch tables by their names (`tmp_import_2026_11`,
 * `orders_scratch`, `temp_ids`): the leftovers of an import or a one-off query, dropped when done. A drop that
 * CASCADEs takes whatever depends on them too, and is not one.
 */
function scratchTables(s: readonly Token[], start: number, made: ReadonlySet<string>, emptied = false): boolean {
  if (!emptied && s[start - 1]?.text !== 'table') return false;
  let i = start;
  if (s[i]?.text === 'if' && s[i + 1]?.text === 'exists') i += 2;
  if (emptied && s[i]?.text === 'only') i++;
  let names = 0;
  for (; i < s.length; i++) {
    const t = s[i]!;
    if (t.text === ',') continue;
    if (t.kind !== 'word' && t.kind !== 'name') return false;
    // A qualified name (`staging.tmp_x`) is judged by its last part.
    if (s[i + 1]?.text === '.') {
      i++;
      continue;
    }
    const name = t.text.toLowerCase();
    if (!scratchName.test(name) && !made.has(name) && !(emptied && stagingName.test(name))) return false;
    names++;
  }
  return names > 0;
}
const scratchName = /^(?:tmp|temp|scratch)_[a-z0-9_]+$|^[a-z0-9_]+_(?:tmp|temp|scratch)$/;
/** A staging table (`leads_staging`, `stg_orders`): an import's landing area, emptied before or after each load. */
const stagingName = /^(?:stg|staging)_[a-z0-9_]+$|^[a-z0-9_]+_(?:stg|staging)$/;

/**
 * The table a CREATE TABLE statement makes (`CREATE [TEMP] TABLE x …`): dropping or emptying it later in the
 * same text removes what the script made, not data that was there before it. `IF NOT EXISTS` may find the
 * user's table there already, and is not read.
 */
function madeTable(s: readonly Token[]): string | undefined {
  let i = 1;
  while (s[i]?.kind === 'word' && (s[i]!.text === 'temp' || s[i]!.text === 'temporary' || s[i]!.text === 'unlogged' || s[i]!.text === 'global' || s[i]!.text === 'local')) i++;
  if (s[i]?.text !== 'table' || s[i + 1]?.text === 'if') return undefined;
  i++;
  // A qualified name is judged by its last part, as scratchTables reads it.
  while (s[i + 1]?.text === '.') i += 2;
  const t = s[i];
  return t === undefined || (t.kind !== 'word' && t.kind !== 'name') ? undefined : t.text.toLowerCase();
}
const noTables: ReadonlySet<string> = new Set();

/** Words of a PL/pgSQL body after which a statement starts (`BEGIN DELETE FROM …`, `LOOP UPDATE …`). */
const blockOpeners = new Set(['begin', 'loop', 'then', 'else']);

/** The text an EXECUTE runs, from `start`: its string pieces joined by `||` or `+`, a name (`x`) for each other value. */
function joinedText(s: readonly Token[], start: number): string {
  let text = '';
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const t = s[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (--depth < 0) break;
      if (depth === 0 && i > start && s[start]!.text === '(') break;
    } else if (depth <= (s[start]!.text === '(' ? 1 : 0)) {
      if (t.kind === 'string') text += t.text;
      else if (t.kind === 'op' && (t.text === '||' || t.text === '+')) continue;
      else if (t.kind === 'word' && (t.text === 'chr' || t.text === 'char') && s[i + 1]?.text === '(') {
        // `chr(68) || chr(82)`: the letters the codes stand for are the statement's text.
        const codes = charCodes(s, i + 1);
        text += codes?.text ?? ' x ';
        if (codes !== undefined) i = codes.end;
      }
      else if (t.kind === 'word' && (t.text === 'using' || t.text === 'into')) break;
      else if (t.kind !== 'op') text += ' x ';
    }
  }
  return text;
}

/** Whether the DELETE or UPDATE whose body starts at `start` has no WHERE (nor LIMIT) at its depth, or one that holds for every row. */
function everyRow(s: readonly Token[], start: number): boolean {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const t = s[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) return true;
      depth--;
    } else if (depth === 0 && t.kind === 'word') {
      if (t.text === 'limit' || t.text === 'top' || t.text === 'current') return false;
      if (t.text === 'where') {
        let end = i + 1;
        let d = 0;
        for (; end < s.length; end++) {
          const e = s[end]!;
          if (e.text === '(') d++;
          else if (e.text === ')' && d-- === 0) break;
          else if (d === 0 && e.kind === 'word' && afterCondition.has(e.text)) break;
        }
        if (s.slice(end).some((e) => e.kind === 'word' && e.text === 'limit')) return false;
        const condition = new Condition(s, i + 1, end);
        return condition.or(0) === true && condition.i >= end;
      }
    }
  }
  return true;
}

/** The character codes of `chr(68)` or `char(68, 82)` whose `(` is at `open`, as text, and the index of its `)`. */
function charCodes(s: readonly Token[], open: number): { text: string; end: number } | undefined {
  let text = '';
  for (let i = open + 1; i < s.length && i < open + 512; i++) {
    const t = s[i]!;
    if (t.text === ')') return text === '' ? undefined : { text, end: i };
    if (t.text === ',') continue;
    const code = t.kind === 'number' ? Number(t.text) : Number.NaN;
    if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) return undefined;
    text += String.fromCodePoint(code);
  }
  return undefined;
}

const hexDigits = /^[0-9a-f]+$/i;

/**
 * The bytes of a SQL hex literal's digits as text (`44524f50` is `DROP`), or undefined when they are not an
 * even number of hex digits; with `printable`, also when a byte is not printable ASCII (tab and newline
 * pass) or the digits pass 8192: a statement a query prepares from one (query-writes.ts).
 */
export function hexText(digits: string, printable = false): string | undefined {
  if (digits.length === 0 || digits.length % 2 !== 0 || (printable && digits.length > 8192) || !hexDigits.test(digits)) return undefined;
  let text = '';
  for (let i = 0; i < digits.length; i += 2) {
    const code = parseInt(digits.slice(i, i + 2), 16);
    if (printable && ((code < 0x20 && code !== 0x0a && code !== 0x09) || code > 0x7e)) return undefined;
    text += String.fromCharCode(code);
  }
  return text;
}

/**
 * The text a MySQL value from `start` to the statement's end spells: a string, a hex literal (`0x4452…`,
 * `X'4452…'`), UNHEX('…'), CHAR(68, 82 …), or CONCAT of these; undefined for anything else (a column, a call).
 */
function literalText(s: readonly Token[], start: number): string | undefined {
  let text = '';
  let i = start;
  const concat = s[i]?.kind === 'word' && s[i]!.text === 'concat' && s[i + 1]?.text === '(';
  if (concat) i += 2;
  for (; i < s.length; i++) {
    const t = s[i]!;
    if (concat && t.text === ')') return text;
    if (t.text === ',' && concat) continue;
    if (t.kind === 'string') text += t.text;
    else if (t.kind === 'number' && t.text === '0' && s[i + 1]?.kind === 'word' && /^x[0-9a-f]+$/.test(s[i + 1]!.text)) {
      const bytes = hexText(s[++i]!.text.slice(1));
      if (bytes === undefined) return undefined;
      text += bytes;
    } else if (t.kind === 'word' && t.text === 'x' && s[i + 1]?.kind === 'string') {
      const bytes = hexText(s[++i]!.text);
      if (bytes === undefined) return undefined;
      text += bytes;
    } else if (t.kind === 'word' && t.text === 'unhex' && s[i + 1]?.text === '(' && s[i + 2]?.kind === 'string' && s[i + 3]?.text === ')') {
      const bytes = hexText(s[i + 2]!.text);
      if (bytes === undefined) return undefined;
      text += bytes;
      i += 3;
    } else if (t.kind === 'word' && (t.text === 'char' || t.text === 'chr') && s[i + 1]?.text === '(') {
      const codes = charCodes(s, i + 1);
      if (codes === undefined) return undefined;
      text += codes.text;
      i = codes.end;
    } else return undefined;
    if (!concat) return i === s.length - 1 ? text : undefined;
  }
  return concat ? undefined : text === '' ? undefined : text;
}
