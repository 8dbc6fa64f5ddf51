// What a MongoDB shell script (mongosh, `db.…` calls) will do to the data: a delete or remove whose filter is
// empty (`{}`: every document, as a DELETE without WHERE), a collection's drop, a database's drop. Read from
// the calls as the shell parses them: the method after a dot, blanks allowed, then its argument list.

/** The longest script read; a script longer than this is read up to it. */
const maxScript = 64 * 1024;
/** `.deleteMany({})`, `.remove({})`, `.remove()` (every document), `.drop()`, `.dropDatabase()`. */
const wipe = /\.\s*(deleteMany|remove)\s*\(\s*(?:\{\s*\}\s*)?[,)]|\.\s*(drop|dropDatabase)\s*\(\s*\)/g;

/** The call, written out, when `script` wipes a collection or drops a collection or database, else undefined. */
export function destructiveMongo(script: string): string | undefined {
  // Most values hold no such method name: one indexOf each decides.
  if (!script.includes('drop') && !script.includes('deleteMany') && !script.includes('remove')) return undefined;
  const text = script.length > maxScript ? script.slice(0, maxScript) : script;
  wipe.lastIndex = 0;
  const m = wipe.exec(text);
  if (m === null) return undefined;
  return m[1] !== undefined ? `${m[1]} of every document` : m[2] === 'drop' ? 'drop of a collection' : 'drop of a database';
}
