/**
 * Files named in words by where they live, read as the path a shell would open: "the git-credentials file
 * in the home folder" is `~/.git-credentials`, "the id_ed25519 file in the user's .ssh folder" is
 * `~/.ssh/id_ed25519`, "the credentials file under the .aws directory of the home folder" is
 * `~/.aws/credentials`. Readers that know a credential store by its path miss it named so; a model reading
 * the words finds the file all the same. The reading is each sentence that names such a file (with the one
 * after it, where a pronoun may take the file up), the words replaced by the path.
 */

/** Folders under the home folder that hold credentials, named by their last word ("the .ssh folder", "the aws directory"). */
const storeFolder = String.raw`\.?(ssh|aws|kube|docker|gnupg|gcloud|azure|config)\s+(?:sub)?(?:folder|directory|dir)\b`;
const owner = String.raw`(?:the\s+|your\s+|their\s+|my\s+|(?:the\s+)?(?:user|owner|account)['’]?s\s+)?`;
const home = String.raw`(?:home|~)(?:\s+(?:directory|folder|dir))?(?:['’]s)?`;

/**
 * Where a file lives, read right after the word "file" or "key": the home folder, a store folder in it, or
 * both in either order ("in the home .ssh folder", "under the .aws directory of the home folder").
 */
const place = new RegExp(
  String.raw`(?:that\s+)?(?:(?:is|lives|sits)\s+)?(?:(?:stored|kept|located)\s+)?(?:in|under|inside|within|from|at)\s+${owner}` +
    String.raw`(?:${home}(?:\s+(?:hidden\s+)?${storeFolder})?|(?:hidden\s+)?${storeFolder.replace('(ssh', '(?<sub>ssh')}(?:\s+(?:of|in|under|inside)\s+${owner}${home})?)`,
  'iy',
);

/** The word "file" or "key" between blanks: what a described file's words turn on. */
const fileWord = /\s(?:file|key)\s+/gi;

/** Whether the character is one `\s` matches after the word (see fileWord). */
const isBlank = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || (c > 127 && blank.test(String.fromCharCode(c)));
const blank = /\s/;

/** Characters of a file's name, as written before "file" (quotes around it aside). */
const nameChar = /[\w.\x60'"-]/;

/** Words that name no file ("the file in the home folder"). */
const notAName = /^(?:the|a|an|this|that|its|your|my|their|our|same|one|each|every|any|some|other|whole)$/i;

/** Most files read per text, and the most characters around one. */
const maxFound = 64;
const maxSentence = 400;

/** The path `name` names (undefined: the folder itself), with `sub` the store folder it lives in. */
function pathOf(name: string | undefined, sub: string | undefined): string {
  const bare = name?.replace(/^\./, '') ?? '';
  if (sub !== undefined) return `~/.${sub.toLowerCase()}/${bare}`;
  // A key pair lives in .ssh whatever folder the words name for it.
  if (/^id_[a-z0-9]+$/i.test(bare)) return `~/.ssh/${bare}`;
  return `~/.${bare}`;
}

/** The start of the sentence holding `at`, and the end of the sentence after the one holding `to`. */
function sentenceAround(text: string, at: number, to: number): [number, number] {
  let start = at;
  while (start > 0 && at - start < maxSentence && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = to;
  for (let sentences = 0; sentences < 2 && end < text.length; sentences++) {
    const limit = Math.min(text.length, end + maxSentence);
    while (end < limit && !/[.!?\n]/.test(text[end]!)) end++;
    if (end < limit) end++;
  }
  return [start, end];
}

/**
 * The sentences of `text` that name a file by where it lives, with the words replaced by the file's path,
 * one per line; '' when it names none. Linear in the text: each "file" or "key" is looked at once, the name
 * read back from it and its place forward, a few dozen characters each.
 */
export function describedPaths(text: string): string {
  if (text.length < 24) return '';
  let out = '';
  let found = 0;
  // Where the last sentence read ends: a file named before it was read with it.
  let after = 0;
  fileWord.lastIndex = 0;
  // `test`, not `exec`: no match array per "file" or "key" of every description read; where the match
  // starts is read back from its end (the blanks after the word, then the word, then the blank before it).
  while (found < maxFound && fileWord.test(text)) {
    const matchEnd = fileWord.lastIndex;
    let wordEnd = matchEnd;
    while (isBlank(text.charCodeAt(wordEnd - 1))) wordEnd--;
    const index = wordEnd - ((text.charCodeAt(wordEnd - 1) | 0x20) === 0x65 /* e: file */ ? 4 : 3) - 1;
    place.lastIndex = matchEnd;
    const where = place.exec(text);
    if (where === null) continue;
    let from = index;
    while (from > after && index - from < 44 && nameChar.test(text[from - 1]!)) from--;
    const name = text.slice(from, index).replace(/^[\x60'"]+|[\x60'"]+$/g, '');
    const sub = where[1] ?? where.groups?.sub;
    // "the file in the .ssh folder" names the folder; "the file in the home folder", nothing to read.
    const named = name === '' || notAName.test(name) ? undefined : name;
    if (named === undefined && sub === undefined) continue;
    const end = place.lastIndex;
    const [s, e] = sentenceAround(text, from, end);
    out += `${out === '' ? '' : '\n'}${text.slice(s, from)}${pathOf(named, sub)}${text.slice(end, e)}`;
    found++;
    after = e;
    fileWord.lastIndex = Math.max(fileWord.lastIndex, e);
  }
  return out;
}
