// Secrets a result hands over by name rather than by format: `"password": "…"` in a vault read, `token: …` in
// a kubeconfig, `DB_PASS=…` in a printed config. The secrets pack knows a credential by its shape (`AKIA…`,
// `ghp_…`); a password or an opaque token has none, only the key that names it. What such a key holds, when it
// looks generated (letters and digits mixed, no placeholder), is remembered like any secret the session read.

/** The most characters of a result value read (a credential file or record is small; a page is not one). */
const maxChars = 64 * 1024;
const minValue = 12;
const maxValue = 256;

/** Words a key ends a secret's name with (a key's words are split at `_ . -`). */
const secretWord = /passw|passphrase|secret|token|credential/;
const secretWords = new Set(['pwd', 'pass', 'pw', 'auth', 'apikey', 'privatekey', 'secretkey', 'accesskey']);
/** Words before `key` that make it a credential (`api_key`, `private-key`), not an object's key or a map's. */
const keyOwners = new Set(['api', 'access', 'private', 'signing', 'master', 'encryption', 'secret', 'client', 'auth']);
/**
 * What names something about a secret rather than the secret: a page or sync token handed back to fetch the
 * next page, a CSRF token, a public key, a token's type or expiry, where a secret lives or how it is named.
 * Looked for anywhere in the key: a key read from text is lower case, so `nextPageToken` is one word.
 */
const notSecret = /page|next|cursor|continuation|sync|delta|csrf|xsrf|public|publishable|type|expir|url|endpoint|file|path|name|hint|policy|reset|format|ttl|scope|algorithm/;
const idWord = new Set(['id', 'ids']);
/** Every word a secret-naming key must contain one of (each of the sets above holds one of them). */
const keyWords = ['pass', 'pw', 'secret', 'token', 'credential', 'auth', 'key'];
/** Whether `text` holds one of {@link keyWords}: without one, no key in it names a secret. */
function holdsKeyWord(text: string): boolean {
  for (let w = 0; w < keyWords.length; w++) if (text.includes(keyWords[w]!)) return true;
  return false;
}
/** Placeholders a template or an example file writes where a secret goes. */
const placeholder = /example|replace|change|your|redacted|dummy|sample|placeholder|xxxx|\*\*\*|test_?key|not_?set|none|null|undefined/;

const isKeyChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x2e;
const isValueChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x2e || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x7e || c === 0x21 || c === 0x40 || c === 0x23 || c === 0x25 || c === 0x5e || c === 0x26;
const isQuote = (c: number): boolean => c === 0x22 || c === 0x27;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** Whether a (lower-case) key names a secret: `password`, `db_pass`, `client_secret`, `api-key`, `oauth_token`, not `next_page_token`. */
export function namesSecret(key: string): boolean {
  // Most keys (`text`, `path`, `id`) hold no key word: no regex, no split.
  if (!holdsKeyWord(key) || notSecret.test(key)) return false;
  const words = key.split(/[_.-]+/);
  let secret = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (idWord.has(w)) return false;
    if (secretWord.test(w) || secretWords.has(w) || (w === 'key' && i > 0 && keyOwners.has(words[i - 1]!))) secret = true;
  }
  return secret;
}

/** Whether a (lower-case) value looks generated: 12 to 256 characters, letters and digits mixed, varied, no placeholder or path. */
function looksGenerated(value: string): boolean {
  if (value.length < minValue || value.length > maxValue) return false;
  if (value.includes('://') || value.startsWith('/') || value.startsWith('.') || value.startsWith('~')) return false;
  let letters = 0;
  let digits = 0;
  const seen = new Set<number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) letters++;
    else if (c >= 0x30 && c <= 0x39) digits++;
    seen.add(c);
  }
  // A version, a date or a number has no run of letters; a word or a name has no digits.
  return letters >= 4 && digits >= 2 && seen.size >= 8 && !placeholder.test(value);
}

/**
 * Calls `emit` with each value of `text` (canonical, lower case) that a key naming a secret assigns
 * (`key = value`, `key: value`, `"key": "value"`) and that looks generated. One pass over the first
 * {@link maxChars} characters: a separator (`=` or `:`) is looked at closely only after a key character.
 */
export function assignedSecrets(text: string, emit: (value: string) => void): void {
  const end = Math.min(text.length, maxChars);
  // A key that names a secret holds one of these (see secretWord, secretWords, keyOwners): a text without any
  // of them has none, and most results are such texts (these searches are far cheaper than the pass below).
  if (end === text.length && !holdsKeyWord(text)) return;
  columnSecrets(text, end, emit);
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3d && c !== 0x3a) continue;
    // The key before the separator: optional blanks and a closing quote, then key characters.
    let k = i - 1;
    while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
    if (k >= 0 && isQuote(text.charCodeAt(k))) k--;
    const keyEnd = k + 1;
    while (k >= 0 && keyEnd - k <= 64 && isKeyChar(text.charCodeAt(k))) k--;
    if (keyEnd - (k + 1) < 2) continue;
    // The value after it: optional blanks and an opening quote, then value characters.
    let v = i + 1;
    // `==` and `:=`-free: a comparison or a URL's `://` assigns nothing.
    if (v < end && (text.charCodeAt(v) === 0x3d || text.charCodeAt(v) === 0x2f)) continue;
    while (v < end && isBlank(text.charCodeAt(v))) v++;
    if (v < end && isQuote(text.charCodeAt(v))) v++;
    const start = v;
    while (v < end && v - start <= maxValue && isValueChar(text.charCodeAt(v))) v++;
    if (v - start < minValue) continue;
    if (!namesSecret(text.slice(k + 1, keyEnd))) continue;
    const value = text.slice(start, v);
    if (looksGenerated(value)) emit(value);
    i = v - 1;
  }
}

/** Cell separators of a table a query tool prints: CSV, TSV, psql's and markdown's `|`. */
const cellSeparators = [0x2c, 0x09, 0x7c];
/** A column's name as a query prints it. */
const columnName = /^[a-z0-9_.-]{1,64}$/;
/** A psql or markdown rule under a header (`---+---`, `|---|---|`). */
const ruleLine = /^[\s|:+-]+$/;

/**
 * Calls `emit` with the generated-looking cells of a table's columns whose header names a secret: a query
 * tool answers `email,password_hash` then a row per user, and no cell has a key of its own. The table is
 * the text's first line as a header, split at its separator; every later line is a row split alike.
 */
function columnSecrets(text: string, end: number, emit: (value: string) => void): void {
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || firstEnd > 1024) return;
  const header = text.slice(0, firstEnd);
  if (!holdsKeyWord(header)) return;
  const separator = cellSeparators.find((c) => header.includes(String.fromCharCode(c)));
  if (separator === undefined) return;
  const cut = String.fromCharCode(separator);
  const names = header.split(cut).map((n) => n.trim());
  const columns: number[] = [];
  // A column's name is one identifier (`password_hash`): a first line of prose that mentions a token is no header.
  for (let c = 0; c < names.length; c++) if (columnName.test(names[c]!) && namesSecret(names[c]!)) columns.push(c);
  if (columns.length === 0) return;
  let from = firstEnd + 1;
  while (from < end) {
    let to = text.indexOf('\n', from);
    if (to < 0 || to > end) to = end;
    const line = text.slice(from, to);
    from = to + 1;
    if (ruleLine.test(line)) continue;
    const cells = line.split(cut);
    for (const c of columns) {
      const cell = cells[c]?.trim();
      if (cell !== undefined && looksGenerated(cell)) emit(cell);
    }
  }
}
