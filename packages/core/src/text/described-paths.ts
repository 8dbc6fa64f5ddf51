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

/**
 * Where the next word "file" or "key" at `from` or after starts (-1: none), given where each was found
 * last (`at`: -2 not yet looked for, -1 none left). Plain searches of the lower-case words: a regex that
 * opens with the blank before them gets no skip ahead, and tried every character of a 1 MiB result.
 */
function nextWord(text: string, word: string, from: number, at: number): number {
  return at === -1 || at >= from ? at : text.indexOf(word, from);
}

/** Whether the character is one `\s` matches (the blanks around the word "file" or "key"). */
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
 * one per line; '' when it names none. The words "file" and "key" are read in lower case (the value walk
 * hands over the canonical text); the rest of the words in any case. Linear in the text: each "file" or
 * "key" is looked at once, the name read back from it and its place forward, a few dozen characters each.
 */
export function describedPaths(text: string): string {
  if (text.length < 24) return '';
  let out = '';
  let found = 0;
  // Where the last sentence read ends: a file named before it was read with it.
  let after = 0;
  // The word must start after `from`, with a blank before it at `from` or after (a blank read with a file before is not read again).
  let from = 0;
  let fileAt = -2;
  let keyAt = -2;
  while (found < maxFound) {
    fileAt = nextWord(text, 'file', from + 1, fileAt);
    keyAt = nextWord(text, 'key', from + 1, keyAt);
    if (fileAt < 0 && keyAt < 0) break;
    const index = keyAt < 0 || (fileAt >= 0 && fileAt < keyAt) ? fileAt : keyAt;
    const wordEnd = index + (index === fileAt ? 4 : 3);
    from = index;
    if (!isBlank(text.charCodeAt(index - 1)) || !isBlank(text.charCodeAt(wordEnd))) continue;
    let matchEnd = wordEnd + 1;
    while (isBlank(text.charCodeAt(matchEnd))) matchEnd++;
    from = matchEnd;
    place.lastIndex = matchEnd;
    const where = place.exec(text);
    if (where === null) continue;
    let start = index - 1;
    while (start > after && index - 1 - start < 44 && nameChar.test(text[start - 1]!)) start--;
    const name = text.slice(start, index - 1).replace(/^[\x60'"]+|[\x60'"]+$/g, '');
    const sub = where[1] ?? where.groups?.sub;
    // "the file in the .ssh folder" names the folder; "the file in the home folder", nothing to read.
    const named = name === '' || notAName.test(name) ? undefined : name;
    if (named === undefined && sub === undefined) continue;
    const end = place.lastIndex;
    const [s, e] = sentenceAround(text, start, end);
    out += `${out === '' ? '' : '\n'}${text.slice(s, start)}${pathOf(named, sub)}${text.slice(end, e)}`;
    found++;
    after = e;
    from = Math.max(from, e);
  }
  return out;
}
