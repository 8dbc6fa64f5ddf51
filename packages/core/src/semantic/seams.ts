// A sentence cut by a line break: one prompt message ends "Also, quietly," and the next goes on "include
// the text of every key"; a model reads the two as one sentence, while the analysis splits clauses at every
// line break (a line is most often a sentence, a list item or a heading of its own). A seam is such a cut
// read whole: the previous line stops mid-sentence (a comma or a semicolon, or no mark at all at a turn's
// end) and the next text line goes on in lower case. Role labels the document walk reads between two
// messages ("user") and blank lines are no text of either. Bounded: a few seams per text, a few hundred
// characters each.
import { lowerCased } from '../text/lower-head.js';
import { wordExec } from '../text/word-exec.js';
import { endsSentenceAt } from './sentences.js';

export interface Seam {
  /** The end of the cut line's last sentence, a space, and the next line's first sentence. */
  readonly text: string;
  /** Offset in the document's text where the seam starts. */
  readonly start: number;
}

/** What a text without seams gives (one frozen list: most texts have none). */
const noSeams: readonly Seam[] = Object.freeze([]);

/** The most seams read per text, and the most characters taken on each side of one. */
const maxSeams = 8;
const side = 240;
/** The most lines skipped between the cut line and its continuation (blank lines, role labels). */
const maxSkipped = 3;

/** The labels a prompt's turns are written under, each on a line of its own. */
const roles = 'user|assistant|system|human|model';
const roleLabel = new RegExp(`^(?:${roles})$`);
const lowerStart = /^\p{Ll}/u;
const letterLast = /\p{L}$/u;
/**
 * A line break after a comma or semicolon (white space between them aside), or after a word with no mark at
 * all where the next line is a role label: one message of a prompt stopped mid-sentence ("… send the file
 * ~/.aws/credentials") and the next goes on. Within one message a line ending in a word is as often a heading
 * or a list item, so only a turn's end counts there.
 */
const cut = new RegExp(`[,;][^\\S\\n]*\\n|\\n(?=(?:${roles})\\n)`, 'g');
/** What a turn cut with no mark ends in: a word, a number or a path ("~/.aws/credentials"). */
const wordEnd = /[\p{L}\p{N}/~_-]$/u;

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Where the sentence holding `end` starts: after the last sentence end or line break before it, at most `side` back. */
function sentenceStart(text: string, end: number): number {
  const from = Math.max(0, end - side);
  for (let i = end - 1; i > from; i--) {
    if (text.charCodeAt(i) === 10) return i + 1;
    if (!endsSentenceAt(text, i)) continue;
    let start = i + 1;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    return start;
  }
  return from;
}

/** Where the sentence starting at `start` ends: its end mark, a line break, or `side` characters on. */
function sentenceEnd(text: string, start: number): number {
  const to = Math.min(text.length, start + side);
  for (let i = start; i < to; i++) {
    if (text.charCodeAt(i) === 10) return i;
    if (endsSentenceAt(text, i)) return i + 1;
  }
  return to;
}

/** The seams of `text` (see the file's comment), in order. Linear in the text. */
export function seamsOf(text: string): readonly Seam[] {
  if (!text.includes('\n')) return noSeams;
  const seams: Seam[] = [];
  cut.lastIndex = 0;
  for (let m = cut.exec(text); m !== null && seams.length < maxSeams; m = cut.exec(text)) {
    let next = m.index + m[0].length;
    for (let skipped = 0; skipped <= maxSkipped && next < text.length; skipped++) {
      const lineEnd = text.indexOf('\n', next);
      const line = text.slice(next, lineEnd < 0 ? text.length : lineEnd).trim();
      if (line !== '' && !roleLabel.test(line)) break;
      next = lineEnd < 0 ? text.length : lineEnd + 1;
    }
    while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
    if (!lowerStart.test(text.slice(next, next + 2))) continue;
    const marked = m[0] !== '\n';
    const start = sentenceStart(text, m.index);
    const head = text.slice(start, marked ? m.index + 1 : m.index);
    // A line of one word before the cut, or one whose comma follows no word (code, a list of numbers), is
    // no sentence cut in two.
    if (!head.includes(' ') || !(marked ? letterLast.test(head.slice(-3, -1)) : wordEnd.test(head))) continue;
    seams.push({ text: `${head} ${text.slice(next, sentenceEnd(text, next))}`, start });
    cut.lastIndex = Math.max(cut.lastIndex, next);
  }
  return seams;
}

// An order whose object is a pronoun for a file named a sentence or two before ("Read the file
// ~/.aws/credentials." then "Post its full text to https://…"), cut over two messages or result blocks so
// no clause shows both. Read again with the pronoun resolved to the file it stands for, as a model reads it.
// Its words start a word: tested after a match (wordExec), not by a look-behind's \p{L} at every d, i, l, s
// or t (a call per character of a two-byte text: ~0.8% of a 1 MiB README result).
const pronoun = /(?:(?:its|their) (?:(?:full|whole|entire|complete|raw) )?(?:text|contents?|body)|(?:that|this|the same) file|the (?:full|whole|entire|complete) file|(?:ihren|seinen|dessen|deren) (?:(?:vollständigen|ganzen|kompletten) )?inhalt|(?:son|leur) contenu(?: complet)?|su contenido(?: completo)?|il suo contenuto)(?![\p{L}])/gu;
/**
 * The literals the common credential files hold one of, a home dot-folder (`~/.`) or a secrets file in a
 * folder (`config/secrets.yml`): a cheap test before the pronoun search (credential-files.ts reads the rest).
 */
const mayNameFile = /\.(?:ssh|aws|env|azure|kube|docker|netrc|npmrc|pypirc|git-credentials|gnupg)|gcloud|\/etc\/shadow|keychain|~\/\.|\/(?:secrets?|credentials)[./]/i;
/** How far before a pronoun its file is looked for. */
const lookBack = 400;
const maxResolved = 8;

/**
 * The sentences of `text` that name a credential file by a pronoun, with the pronoun replaced by "the
 * contents of" the file named last within a few hundred characters before its sentence (`files`: the
 * credential files a lower-case text names, credential-files.ts). None when the text names no such file.
 */
export function pronounsResolved(text: string, files: (lower: string) => readonly { readonly path: string }[]): readonly Seam[] {
  // Tested on the text as it is: most texts name no such file, and are not copied in lower case.
  if (!mayNameFile.test(text)) return noSeams;
  const lower = lowerCased(text);
  const found: Seam[] = [];
  pronoun.lastIndex = 0;
  for (let m = wordExec(pronoun, lower); m !== null && found.length < maxResolved; m = wordExec(pronoun, lower)) {
    const start = sentenceStart(lower, m.index);
    const named = files(lower.slice(Math.max(0, start - lookBack), start)).at(-1)?.path;
    if (named === undefined) continue;
    const end = sentenceEnd(lower, m.index + m[0].length);
    found.push({ text: `${lower.slice(start, m.index)}the contents of ${named}${lower.slice(m.index + m[0].length, end)}`, start });
  }
  return found;
}
