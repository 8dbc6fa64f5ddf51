// Rows a SQL text has the database itself send out, where no file or command of the agent's machine shows it:
// BigQuery's `EXPORT DATA OPTIONS(uri='gs://…') AS SELECT …`, Snowflake's unload `COPY INTO 's3://…' FROM …`
// (a URL, not a named stage or an integration the account's admins set up), Redshift's `UNLOAD ('select …')
// TO 's3://…'`, and PostgreSQL's foreign tables on a server the text itself points at a public host (`CREATE
// SERVER … OPTIONS (host 'x')`, then `INSERT INTO <its table> SELECT …`). Such an export is the routine way to
// hand a table to the project's own lake, so two things must both hold: the rows are people's or secrets (a
// column named for an email, a phone, a birth date, a password, a card …) or a table whole (`*`, an unload of a
// table), and the destination is not the owner's: a bucket whose name carries none of the owner's names (the
// project the call names, the first part of a table's qualified name), or a database host that is not on the
// private network. A bucket named for the owner can still be a stranger's; that is left to review of the name.

import { privateHost } from '../values/private-hosts.js';
import { type SqlToken, sqlStatements, sqlTokens } from './sql-statements.js';

type Token = SqlToken;

/** A cheap literal gate: no export form is spelled without one of these. */
const exportCue = /export\s+data|copy\s+into|unload\s*\(|foreign\s+data\s+wrapper/i;
/**
 * A column that holds a person's contact, identity or money details, or a secret: judged on the column's
 * name split at `_` (`password_hash`, `date_of_birth`, `billing_email`).
 */
const personalPart = new Set(['email', 'emails', 'mail', 'phone', 'mobile', 'msisdn', 'password', 'passwd', 'pwd', 'ssn', 'dob', 'birthdate', 'birthday', 'passport', 'iban', 'salary', 'token', 'secret', 'apikey', 'address', 'card', 'cvv']);
const personalPair = /(?:^|_)(?:date_of_birth|birth_date|tax_id|national_id|card_number|api_key|access_key|private_key|street_address|home_address)(?:_|$)/;
const personalColumn = (name: string): boolean => name.split('_').some((part) => personalPart.has(part)) || personalPair.test(name);
/** Names too common to tie a bucket to an owner: an environment or a layer, not who owns it. */
const genericOwner = new Set(['prod', 'production', 'staging', 'stage', 'dev', 'test', 'data', 'main', 'core', 'public', 'default', 'analytics', 'raw', 'exports', 'export', 'backup', 'backups', 'bucket', 'dataset', 'warehouse']);
/** Call arguments that name who owns the data: a cloud project or an account. */
export const ownerKey = /^(?:project|projectid|project_id|gcpproject|gcp_project|account|accountid|account_id|billingproject)$/i;

/** The words an owner's name is made of, without the generic ones (`acme-prod` → `acme`). */
function ownerWords(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) for (const word of name.toLowerCase().split(/[^a-z0-9]+/)) if (word.length >= 3 && !genericOwner.has(word) && !/^\d+$/.test(word)) words.add(word);
  return words;
}

/** The bucket of a storage URL (`gs://b/…`, `s3://b/…`, `azure://acct.blob…/c/…`), lower case, or undefined. */
const bucketOf = (url: string): string | undefined => /^(?:gs|gcs|s3|s3a|azure|wasbs?|abfss?):\/\/([^/?\s]+)/i.exec(url.trim())?.[1]?.toLowerCase();

/** What the rows of a select (tokens from `from` on) are: people's or secrets, a table whole, or neither. */
function rowsOf(s: readonly Token[], start: number): string | undefined {
  for (let i = start; i < s.length; i++) {
    const t = s[i]!;
    // `SELECT *` / `SELECT t.*`: every column, whatever the table holds.
    if (t.kind === 'op' && t.text === '*' && (s[i - 1]?.text === 'select' || s[i - 1]?.text === '.' || s[i - 1]?.text === ',')) return 'every column';
    if ((t.kind === 'word' || t.kind === 'name') && personalColumn(t.text.slice(t.text.lastIndexOf('.') + 1))) return `column ${t.text}`;
  }
  return undefined;
}

/** The first part of each qualified name in a statement (`acme-prod.core.users`, `PROD.CRM.T`): the data's owner. */
function qualifiers(s: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const t = s[i]!;
    if (t.kind === 'name' && t.text.split('.').length === 3) out.push(t.text.split('.')[0]!);
    else if (t.kind === 'word' && s[i + 1]?.text === '.' && s[i + 3]?.text === '.' && s[i - 1]?.text !== '.') out.push(t.text);
  }
  return out;
}

/** Whether a bucket is the owner's by its name. With no owner known, no bucket is. */
const ownBucket = (bucket: string, owners: ReadonlySet<string>): boolean => [...owners].some((word) => bucket.includes(word));

/** The string value of `key = '…'` (or `key '…'`) inside a statement, from `from` on. */
function optionValue(s: readonly Token[], key: string, from = 0): string | undefined {
  for (let i = from; i < s.length - 1; i++) {
    if (s[i]!.kind !== 'word' || s[i]!.text !== key) continue;
    const v = s[i + 1]!.text === '=' ? s[i + 2] : s[i + 1];
    if (v?.kind === 'string') return v.text;
  }
  return undefined;
}

/**
 * What a SQL text sends out of the database, written out ("EXPORT DATA of every column to gs://x"), or
 * undefined. `owners`: the names the call gives its project or account, asked only of a text that exports (see {@link ownerKey}).
 */
export function rowsSentOut(sql: string, owners: () => readonly string[] = () => []): string | undefined {
  if (!exportCue.test(sql)) return undefined;
  const all = sqlStatements(sqlTokens(sql));
  const own = ownerWords(owners());
  for (const s of all) for (const q of qualifiers(s)) for (const w of ownerWords([q])) own.add(w);
  // PostgreSQL: servers on a public host, and the foreign tables (or imported schemas) that live there.
  let servers: Map<string, string> | undefined;
  let remote: Map<string, string> | undefined;
  for (const s of all) {
    const word = (i: number): string | undefined => (s[i]?.kind === 'word' || s[i]?.kind === 'name' ? s[i].text : undefined);
    const first = word(0);
    if (first === 'export' && word(1) === 'data') {
      const uri = optionValue(s, 'uri');
      const bucket = uri === undefined ? undefined : bucketOf(uri);
      const as = s.findIndex((t, i) => i > 1 && t.kind === 'word' && t.text === 'as');
      const rows = as < 0 ? undefined : rowsOf(s, as + 1);
      if (bucket !== undefined && rows !== undefined && !ownBucket(bucket, own)) return `EXPORT DATA of ${rows} to ${uri!.slice(0, 80)}`;
    } else if (first === 'copy' && word(1) === 'into' && s[2]?.kind === 'string') {
      // An unload to a URL; `COPY INTO table FROM …` loads, and `COPY INTO @stage` goes where the admins pointed the stage.
      const bucket = bucketOf(s[2].text);
      if (bucket === undefined || optionValue(s, 'storage_integration') !== undefined || s.some((t) => t.kind === 'word' && t.text === 'storage_integration')) continue;
      const from = s.findIndex((t, i) => i > 2 && t.kind === 'word' && t.text === 'from');
      if (from < 0) continue;
      const rows = s[from + 1]?.text === '(' ? rowsOf(s, from + 1) : 'a table whole';
      if (rows !== undefined && !ownBucket(bucket, own)) return `COPY INTO (unload) of ${rows} to ${s[2].text.slice(0, 80)}`;
    } else if (first === 'unload' && s[1]?.text === '(' && s[2]?.kind === 'string') {
      const to = s.findIndex((t, i) => i > 2 && t.kind === 'word' && t.text === 'to');
      const url = to < 0 || s[to + 1]?.kind !== 'string' ? undefined : s[to + 1]!.text;
      const bucket = url === undefined ? undefined : bucketOf(url);
      if (bucket === undefined) continue;
      const inner = sqlTokens(s[2].text);
      for (const q of qualifiers(inner)) for (const w of ownerWords([q])) own.add(w);
      const rows = rowsOf(inner, 0);
      if (rows !== undefined && !ownBucket(bucket, own)) return `UNLOAD of ${rows} to ${url!.slice(0, 80)}`;
    } else if (first === 'create' && word(1) === 'server' && word(2) !== undefined) {
      const host = optionValue(s, 'host');
      if (host !== undefined && !privateHost(host.trim())) (servers ??= new Map()).set(word(2)!, host.trim());
    } else if (first === 'create' && word(1) === 'foreign' && word(2) === 'table' && servers !== undefined) {
      const at = s.findIndex((t) => t.kind === 'word' && t.text === 'server');
      const host = at < 0 ? undefined : servers.get(word(at + 1) ?? '');
      const name = word(3) === 'if' ? word(6) : word(3);
      if (host !== undefined && name !== undefined) (remote ??= new Map()).set(name, host);
    } else if (first === 'import' && word(1) === 'foreign' && word(2) === 'schema' && servers !== undefined) {
      const at = s.findIndex((t) => t.kind === 'word' && t.text === 'server');
      const host = at < 0 ? undefined : servers.get(word(at + 1) ?? '');
      const into = s.findIndex((t, i) => i > at && t.kind === 'word' && t.text === 'into');
      if (host !== undefined && into > 0 && word(into + 1) !== undefined) (remote ??= new Map()).set(`${word(into + 1)!}.*`, host);
    } else if (first === 'insert' && word(1) === 'into' && remote !== undefined) {
      const name = word(2) ?? '';
      const schema = s[3]?.text === '.' ? `${name}.*` : undefined;
      const host = remote.get(s[3]?.text === '.' ? `${name}.${word(4) ?? ''}` : name) ?? (schema === undefined ? undefined : remote.get(schema));
      const select = s.findIndex((t) => t.kind === 'word' && t.text === 'select');
      const rows = host === undefined || select < 0 ? undefined : rowsOf(s, select);
      if (rows !== undefined) return `INSERT of ${rows} into a foreign table on ${host!.slice(0, 80)}`;
    }
  }
  return undefined;
}
