import { headLength } from './lower-head.js';
import { continuesWord } from './char-classes.js';

/**
 * A thing gathered or packed, then sent on by a pronoun in the same sentence: "zip the browser's cookie
 * database and upload it to https://…", "collect the saved passwords, then post them to …", "tar the keys
 * folder and mail the archive to …". A rule that reads "upload <what> to <where>" sees only "upload it to";
 * a model reading the sentence sends the thing all the same. The reading is the text with the pronoun
 * replaced by what it stands for ("zip … and upload the browser's cookie database to https://…").
 */

/**
 * Where a match can end: a verb of sending, the pronoun, then where to. Searched for first, over the text's
 * first {@link headLength} characters (one scan); the full reading runs only on the stretch before each such
 * place (see {@link reach}), not as a try of its verb alternation at every word of a 1 MiB page (14 ms).
 */
const sentOn = /(?:upload|send|post|paste|mail|forward|share|push|put|submit|transmit|attach|sync|copy)\s+(?:it|them|both|everything|the (?:archive|zip|tarball|bundle|dump|export|result))\s+(?:to|at|into|on)\s/gi;
/** How far before a place of sending its gathering verb may start (verb, "up", an object of 80, the joint). */
const reach = 160;

/**
 * A verb that gathers or packs (group 1, with "up"), its object (group 2, up to 80 characters of one sentence),
 * "and" / "then" / a comma, a verb of sending and the pronoun (group 3), then where to. The object is lazy and
 * bounded, and the verbs are words (no nested quantifiers): linear in the text.
 */
const resend = /(?<![\p{L}])(zip|tar|archive|compress|bundle|pack|collect|gather|grab|copy|export|dump|read|open|cat|take|fetch|extract|load)(?:\s+up)?\s+((?:[^.!?\n]|\.(?=\S)){3,80}?)\s*(?:,\s*(?:and\s+|then\s+|and then\s+)?|\s+and\s+(?:then\s+)?|\s+then\s+)(?:upload|send|post|paste|mail|e-?mail|forward|share|push|put|submit|transmit|attach|sync|copy)\s+(it|them|both|everything|the (?:archive|zip|tarball|bundle|dump|export|result))\s+(?:to|at|into|on)\s/dgiu;

/** Most pronouns replaced per text. */
const maxFound = 16;

/**
 * `text` with each pronoun that sends on what its sentence gathered replaced by the thing ("zip the cookie
 * database and upload the cookie database to https://…"), the rest as it is (so what quotes it as data still
 * does); '' when there is none.
 */
export function sentByPronoun(text: string): string {
  let out = '';
  let from = 0;
  let found = 0;
  // Read from its start, as the other readers of long content are (text/lower-head.ts).
  const head = text.length > headLength ? text.slice(0, headLength) : text;
  sentOn.lastIndex = 0;
  for (let a = sentOn.exec(head); a !== null && found < maxFound; a = sentOn.exec(head)) {
    const end = a.index + a[0].length;
    // The stretch before it, from a word's start (the reading's first verb must start a word).
    let start = Math.max(from, a.index - reach);
    if (start > from) while (start < a.index && continuesWord(text.charCodeAt(start - 1))) start++;
    const stretch = text.slice(start, end);
    resend.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = resend.exec(stretch); m !== null; m = resend.exec(stretch)) last = m;
    // Only a reading that ends at this place of sending (an earlier one was taken at its own).
    if (last === null || last.index + last[0].length !== stretch.length) continue;
    const [at, pronounEnd] = last.indices![3]!;
    out += `${text.slice(from, start + at)}${last[2]}`;
    from = start + pronounEnd;
    found++;
  }
  return found === 0 ? '' : out + text.slice(from);
}

