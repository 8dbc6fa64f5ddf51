// What a JSON filter (jq and its clones) lets through of a credential printer's output. A filter that keeps
// only the names of what was printed (`jq -r '.items[].metadata.name'`, `jq 'keys'`, `jq '.items | length'`)
// hands on no secret value: listing a cluster's secrets by name is routine. Any other filter, or one read
// from a file, may print the value (`jq .SecretAccessKey`, `jq .data`).

const filters = new Set(['jq', 'gojq', 'jaq', 'yq']);
/** Flags that change only how the output is written, not what is selected. */
const plainFlags = /^-(?:[rcjaSMCe]+|-(?:raw-output|compact-output|join-output|ascii-output|sort-keys|monochrome-output|color-output|exit-status))$/;
/** Stages whose output is names or counts, whatever came in. */
const namingStage = /^(?:keys|keys_unsorted|keys\[\]|length|type|map\(keys\)|\[\.\[\]\|length\])$/;
/** A path: `.a.b`, `.items[]`, `.items[]?`, `.["a"]`. */
const pathStage = /^(?:\.[A-Za-z_][\w-]*(?:\[\])?\??|\.?\[\]\??|\.\["[^"]*"\])+$/;
/** A field that only names or identifies what holds it (a secret's name, namespace, labels or ARN). */
const identityLeaf = /^(?:name|names|namespace|arn|id|uid|kind|type|labels|creationtimestamp)$/i;

/**
 * Whether a path (as written in a filter) ends in a name: an identity field at the top or under `metadata`.
 * Not `metadata` whole: kubectl's last-applied-configuration annotation holds the secret's data.
 */
function pathNames(path: string): boolean {
  const fields = path.split(/[.[\]?"]+/).filter((f) => f !== '');
  let start = fields[0] === 'items' ? 1 : 0;
  if (fields[start] === 'metadata') start++;
  return fields.length === start + 1 && identityLeaf.test(fields[start] ?? '');
}

/** Whether a filter's program, split at its top-level pipes, reaches names only before anything else. */
function filterNamesOnly(program: string): boolean {
  let text = program.replace(/\s+/g, '');
  // `[ … ]` and `map( … )` collect what the inside selects.
  for (;;) {
    if (text.startsWith('[') && text.endsWith(']') && !text.startsWith('[]')) text = text.slice(1, -1);
    else if (text.startsWith('map(') && text.endsWith(')')) text = text.slice(4, -1);
    else break;
  }
  for (const raw of text.split('|')) {
    let stage = raw;
    if (stage.startsWith('map(') && stage.endsWith(')')) stage = stage.slice(4, -1);
    if (namingStage.test(stage)) return true;
    if (stage === '.' || stage === '.[]' || stage === '.items[]' || stage === '.items') continue;
    if (!pathStage.test(stage)) return false;
    if (pathNames(stage)) return true;
  }
  return false;
}

/**
 * Whether `argv` (wrappers read) is a JSON filter whose program keeps only names or counts of its input,
 * so a stored credential piped into it goes no further than its name.
 */
export function selectsNamesOnly(argv: readonly string[], program: string): boolean {
  if (!filters.has(program)) return false;
  let i = 1;
  // `yq e`/`yq eval` name the mode first.
  if (program === 'yq' && (argv[1] === 'e' || argv[1] === 'eval')) i = 2;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-')) return filterNamesOnly(a);
    if (!plainFlags.test(a)) return false;
  }
  return false;
}

// What `kubectl get secret -o …` prints. A secret's `data` holds its values, but some of them are public by
// what they are: the certificate of a TLS secret (`tls.crt`, `ca.crt`), which every client it is served to
// gets. An output that keeps only names (`-o name`) or only such certificates (`-o jsonpath='{.data.tls\.crt}'`)
// prints no secret; any other (yaml, json, a template that reaches a key, a password, `data` whole) may.
/** A data key that holds a certificate (public): `tls.crt`, `ca.crt`, `server.cert`. */
const certificateKey = /^[\w-]*(?:\.|_)?(?:crt|cert)$/i;
/** A jsonpath piece that prints nothing of the secret: a loop's end, a literal string. */
const inertPiece = /^(?:end|"[^"]*"|'[^']*')$/;

/** Whether a jsonpath field path (`.data.tls\.crt`, `.items[*].metadata.name`) reaches a name or a certificate only. */
function publicField(path: string): boolean {
  const fields = path.replace(/\\\./g, '\uE000').split(/[.[\]*]+/).filter((f) => f !== '').map((f) => f.replace(/\uE000/g, '.'));
  let start = fields[0] === 'items' ? 1 : 0;
  if (fields[start] === 'data' && fields.length === start + 2) return certificateKey.test(fields[start + 1]!);
  if (fields[start] === 'metadata') start++;
  return fields.length === start + 1 && identityLeaf.test(fields[start] ?? '');
}

/** Whether a jsonpath template prints only names and certificates (every `{…}` a public field, a loop over items, or a literal). */
function jsonpathPublic(template: string): boolean {
  const pieces = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!.trim());
  if (pieces.length === 0) return false;
  for (const piece of pieces) {
    if (inertPiece.test(piece)) continue;
    const loop = /^range\s+(\S+)$/.exec(piece);
    if (loop !== null ? !/^\.items(?:\[\*\])?$/.test(loop[1]!) : !/^\.[\w.\\[\]*-]+$/.test(piece) || !publicField(piece)) return false;
  }
  return true;
}

/**
 * Whether a `kubectl get secret` (argv, wrappers read) asks for an output that holds no secret value: names
 * only, or a jsonpath or custom columns that reach names, types and certificates only.
 */
export function secretOutputPublic(argv: readonly string[]): boolean {
  let output: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^(?:-o=?|--output=)(.+)$/.exec(a);
    if (m !== null) output = m[1];
    else if ((a === '-o' || a === '--output') && i + 1 < argv.length) output = argv[++i];
  }
  if (output === undefined) return false;
  const plain = output.replace(/^(["'])(.*)\1$/, '$2');
  if (plain === 'name') return true;
  const jsonpath = /^jsonpath(?:-as-json)?=(.+)$/s.exec(plain);
  if (jsonpath !== null) return jsonpathPublic(jsonpath[1]!.replace(/^(["'])(.*)\1$/s, '$2'));
  // custom-columns=HEADER:FIELD,…: a table of the fields named, public when every field is.
  const columns = /^custom-columns=(.+)$/s.exec(plain);
  return columns !== null && columns[1]!.split(',').every((column) => {
    const field = column.slice(column.indexOf(':') + 1).trim();
    return column.includes(':') && /^\.[\w.\\[\]*-]+$/.test(field) && publicField(field);
  });
}

// `vault kv get -field=F` (`vault read -field=F`) prints that one field of the secret alone: a login name, a host or
// a port is how the secret is used, not the secret itself; any other field (or none: the whole secret) may be one.
const vaultPublicField = /^(?:user(?:name)?|login|email|account|host(?:name)?|port|url|address|database|db|namespace|region)$/i;

/** Whether a `vault kv get`/`vault read` (argv, wrappers read) prints only a public field of the secret. */
export function vaultFieldPublic(argv: readonly string[]): boolean {
  let field: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const m = /^--?field=(.*)$/.exec(argv[i]!);
    if (m !== null) field = m[1];
    else if ((argv[i] === '-field' || argv[i] === '--field') && i + 1 < argv.length) field = argv[++i];
  }
  return field !== undefined && vaultPublicField.test(field.replace(/^(["'])(.*)\1$/, '$2'));
}
