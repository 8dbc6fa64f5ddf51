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
