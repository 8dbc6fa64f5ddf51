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
 * A file's name, `file` (or `key`), and where it lives: the home folder, a store folder in it, or both in
 * either order. Applied to a window around a word of a place (see {@link describedPaths}).
 */
const described = new RegExp(
  String.raw`(?<![\w.-])[\x60'"]?(\.?[a-z0-9_][\w.-]{0,40}?)[\x60'"]?\s+(?:file|key)\s+(?:(?:that\s+)?(?:is\s+|lives\s+|sits\s+)?(?:stored\s+|kept\s+|located\s+)?)?` +
    String.raw`(?:in|under|inside|within|from|at)\s+${owner}` +
    String.raw`(?:${home}(?:\s+(?:hidden\s+)?${storeFolder})?|(?:hidden\s+)?${storeFolder.replace('(ssh', '(?<sub>ssh')}(?:\s+(?:of|in|under|inside)\s+${owner}${home})?)`,
  'gi',
);

/** Words that name no file ("the file in the home folder"). */
const notAName = /^(?:the|a|an|this|that|its|your|my|their|our|same|one|each|every|any|some|other|whole)$/i;

/** Where a place is named: the windows the reading looks in. */
const placeWord = /home|folder|director|~/gi;

const maxFound = 8;
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

/** The word a described file ends on (see {@link described}). */
const fileWord = /\s(?:file|key)\s/gi;

/**
 * The sentences of `text` that name a file by where it lives, with the words replaced by the file's path,
 * one per line; '' when it names none. Linear in the text: a window is read only around a word of a place
 * that follows the word "file" or "key" closely, and both searches move forward only.
 */
export function describedPaths(text: string): string {
  if (text.length < 24) return '';
  let out = '';
  let found = 0;
  // Where the last sentence read ends: no place word before it is read again.
  let after = 0;
  // The next "file"/"key" at or after a point; -1 when there is none left.
  fileWord.lastIndex = 0;
  let file = fileWord.exec(text)?.index ?? -1;
  placeWord.lastIndex = 0;
  for (let m = placeWord.exec(text); m !== null && file >= 0 && found < maxFound; m = placeWord.exec(text)) {
    if (m.index < after) continue;
    if (file < m.index - 120) {
      fileWord.lastIndex = m.index - 120;
      file = fileWord.exec(text)?.index ?? -1;
    }
    if (file < 0 || file > m.index) continue;
    const from = Math.max(after, file - 50);
    const window = text.slice(from, Math.min(text.length, m.index + 80));
    described.lastIndex = 0;
    for (let d = described.exec(window); d !== null; d = described.exec(window)) {
      const sub = d[2] ?? d.groups?.sub;
      // "the file in the .ssh folder" names the folder; "the file in the home folder", nothing to read.
      const name = notAName.test(d[1]!) ? undefined : d[1]!;
      if (name === undefined && sub === undefined) continue;
      const start = from + d.index;
      const end = start + d[0].length;
      const [s, e] = sentenceAround(text, start, end);
      out += `${out === '' ? '' : '\n'}${text.slice(s, start)}${pathOf(name, sub)}${text.slice(end, e)}`;
      found++;
      after = e;
      placeWord.lastIndex = Math.max(placeWord.lastIndex, e);
      break;
    }
  }
  return out;
}
