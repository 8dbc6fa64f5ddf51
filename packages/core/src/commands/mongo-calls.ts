// What a MongoDB shell script (mongosh, `db.…` calls) will do to the data: a delete or remove whose filter is
// empty (`{}`: every document, as a DELETE without WHERE), a collection's drop, a database's drop. Read from
// the calls as the shell parses them: the method after a dot, blanks allowed, then its argument list.

/** The longest script read; a script longer than this is read up to it. */
const maxScript = 64 * 1024;
/** `.deleteMany({})`, `.remove({})`, `.remove()` (every document), `.drop()`, `.dropDatabase()`. */
const wipe = /\.\s*(deleteMany|remove)\s*\(\s*(?:\{\s*\}\s*)?[,)]|\.\s*(drop|dropDatabase)\s*\(\s*\)/g;

// A user made or given a role over every database or the cluster (`{createUser: …, roles: [{role: "root"}]}`,
// `db.grantRolesToUser("svc", ["userAdminAnyDatabase"])`): MongoDB's GRANT ALL or SUPERUSER.
const userCommand = /\b(?:createUser|updateUser|grantRolesToUser|createRole|grantPrivilegesToRole|grantRolesToRole)\b/;
const allPowerfulRole = /["'](?:root|__system|userAdminAnyDatabase|dbAdminAnyDatabase|readWriteAnyDatabase|clusterAdmin)["']/;
function grantsAll(text: string): string | undefined {
  const command = userCommand.exec(text);
  if (command === null) return undefined;
  const role = allPowerfulRole.exec(text.slice(command.index));
  return role === null ? undefined : `${command[0]} with role ${role[0].slice(1, -1)}`;
}

/** The call, written out, when `script` wipes a collection or drops a collection or database, else undefined. */
export function destructiveMongo(script: string): string | undefined {
  // Most values hold no such method name: one indexOf each decides.
  if (script.includes('User') || script.includes('Role')) {
    const granted = grantsAll(script.length > maxScript ? script.slice(0, maxScript) : script);
    if (granted !== undefined) return granted;
  }
  if (!script.includes('drop') && !script.includes('deleteMany') && !script.includes('remove')) return undefined;
  const text = script.length > maxScript ? script.slice(0, maxScript) : script;
  wipe.lastIndex = 0;
  const m = wipe.exec(text);
  if (m === null) return undefined;
  return m[1] !== undefined ? `${m[1]} of every document` : m[2] === 'drop' ? 'drop of a collection' : 'drop of a database';
}

// The same operations spelled in a document store tool's fields (`{"collection": "users", "operation":
// "deleteMany", "filter": {}}`): a delete whose filter is empty or missing takes every document, and a drop
// takes the collection. Only a call that names a collection is read: `remove` of a file is not this.
const operationKeys = ['operation', 'op', 'action', 'method', 'command'] as const;
const filterKeys = ['filter', 'query', 'selector', 'where', 'criteria'] as const;
const wipes = new Set(['deletemany', 'remove', 'deleteall', 'removeall']);
const drops = new Set(['drop', 'dropcollection', 'dropdatabase']);

/** The operation written out when a call's own fields wipe or drop a collection, else undefined. */
export function wipedByFields(args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const fields = args as Record<string, unknown>;
  if (typeof fields['collection'] !== 'string') return undefined;
  let operation: string | undefined;
  for (const key of operationKeys) {
    const value = fields[key];
    if (typeof value === 'string' && value.length <= 40) {
      operation = value.toLowerCase();
      break;
    }
  }
  if (operation === undefined) return undefined;
  if (drops.has(operation)) return `${operation} of collection ${fields['collection'].slice(0, 60)}`;
  if (!wipes.has(operation)) return undefined;
  const filter = filterKeys.find((k) => fields[k] !== undefined);
  // No filter, or an empty one (`{}`, `""`, `"{}"`): every document matches.
  const value = filter === undefined ? undefined : fields[filter];
  const empty = value === undefined || value === null || (typeof value === 'string' ? /^\s*(?:\{\s*\})?\s*$/.test(value) : typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
  return empty ? `${operation} of every document in ${fields['collection'].slice(0, 60)}` : undefined;
}

/** A database command's own name key (`{createUser: "x", roles: […]}`), as a server's run-command tool takes it. */
const userCommandKeys = new Set(['createUser', 'updateUser', 'grantRolesToUser', 'createRole', 'grantPrivilegesToRole', 'grantRolesToRole']);

/**
 * The grant written out when a call's fields hold a database command object (at the top or one level down,
 * `{command: {createUser: …, roles: ["root"]}}`) that gives a role over every database or the cluster.
 */
export function grantedByFields(args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const fields = args as Record<string, unknown>;
  // Every call passes here: keys are looked at in place, nothing is allocated until a command key is found.
  if (namesUserCommand(fields)) return grantedIn(fields);
  for (const k in fields) {
    const value = fields[k];
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && namesUserCommand(value as Record<string, unknown>)) return grantedIn(value);
  }
  return undefined;
}

function namesUserCommand(record: Record<string, unknown>): boolean {
  for (const k in record) if (userCommandKeys.has(k)) return true;
  return false;
}

function grantedIn(record: unknown): string | undefined {
  const text = JSON.stringify(record);
  return grantsAll(text.length > maxScript ? text.slice(0, maxScript) : text);
}
