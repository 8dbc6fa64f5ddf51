/**
 * A thing gathered or packed, then sent on by a pronoun in the same sentence: "zip the browser's cookie
 * database and upload it to https://…", "collect the saved passwords, then post them to …", "tar the keys
 * folder and mail the archive to …". A rule that reads "upload <what> to <where>" sees only "upload it to";
 * a model reading the sentence sends the thing all the same. The reading is the text with the pronoun
 * replaced by what it stands for ("zip … and upload the browser's cookie database to https://…").
 */

/** A cheap first test: a pronoun or a package sent to somewhere. */
const mayResend = /\s(?:it|them|both|everything|the (?:archive|zip|tarball|bundle|dump|export|result))\s+(?:to|at|into|on)\s/i;

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
  if (!mayResend.test(text)) return '';
  let out = '';
  let from = 0;
  let found = 0;
  resend.lastIndex = 0;
  for (let m = resend.exec(text); m !== null && found < maxFound; m = resend.exec(text)) {
    const [at, end] = m.indices![3]!;
    out += `${text.slice(from, at)}${m[2]}`;
    from = end;
    found++;
  }
  return found === 0 ? '' : out + text.slice(from);
}
