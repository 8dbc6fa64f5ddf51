// An order, in any language, to do with what no language translates - a credential file, the key folder,
// a secret variable, a download piped into a shell, a command that destroys (`rm -rf ~`, `git push
// --force`) - while keeping it from the user: the user (or a confirmation asked of one) negated next to it
// ("bez informowania użytkownika", "huwag sabihin sa user", "ห้ามบอกผู้ใช้", "صارف سے تصدیق مت لینا"). The
// verb of moving or running is the part each language spells its own way, so it is not read: what it acts
// on is spelt alike everywhere, and secrecy toward the user about such a thing is no guide's business. The
// lexicon is one noun and a few negation markers per language (kept-words.ts), read where each language puts
// them: before the noun, joined to the verb, or after the noun where the verb comes last.
//
// What passes: a secret named with the user and no negation by them ("the user's token lives in .env"), a
// negation after the user in a verb-first language ("użytkownik nie musi edytować ~/.aws/credentials" - the
// user as subject, a statement), such a statement in a verb-last language unless an address or a field is
// named, an act that is itself negated ("nigdy nie uruchamiaj git push --force bez potwierdzenia": a rule of
// care, not secrecy), and English prose (its own readers: conceals.ts, destroys.ts, the signature rules).
import { namesCredentialFile } from './credential-files.js';
import { destructiveCommand, pipesToShell, runsSubstitutedDownload } from './destroys.js';
import { keyFolder, secretVariable } from './foreign-orders.js';
import { consentNouns, negationAffixes, negationAfterEndings, negationAfterWords, negationSigns, negationWords, userNouns } from './kept-words.js';
import { nfkcPattern } from './nfkc-pattern.js';
import { moreReaderGate } from './reader-gates.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]): string => list.map((x) => escape(x.normalize('NFKC'))).join('|');

/** The first test: a user noun or a consent noun, as plain literals (the cue pass reads it as a gate). */
const nouns = new RegExp(`${alternation(userNouns)}|${alternation(consentNouns)}`);
/** The gate of keepsPayloadFromUser (read-orders.ts). */
export const keptGate = moreReaderGate(nouns);

const user = new RegExp(alternation(userNouns), 'g');
const consent = new RegExp(alternation(consentNouns), 'g');
/** A negation ending in the text just before a noun (at most three words between, or a joined sign); Hebrew and Arabic join "and" to its front ("ואל"). */
const before = nfkcPattern(
  String.raw`(?:(?<![\p{L}\p{M}'’])(?:ו|و)?(?:${alternation(negationWords)})(?![\p{L}\p{M}])|${negationAffixes})(?:[\s,]+[\p{L}\p{M}'’-]+){0,3}[\s,]*[\p{L}\p{M}'’]{0,3}$|(?:${alternation(negationSigns)})[\p{L}\p{M}]{0,12}$`,
  'u',
);
const after = nfkcPattern(String.raw`(?<![\p{L}\p{M}])(?:${alternation(negationAfterWords)})(?![\p{L}\p{M}])|${alternation(negationAfterEndings)}|${negationAffixes}`, 'u');
/** Any negation: one standing just before the act makes it a prohibition. */
const anyNegation = nfkcPattern(String.raw`(?<![\p{L}\p{M}'’])(?:${alternation(negationWords)})(?![\p{L}\p{M}])|${negationAffixes}|${alternation(negationSigns)}`, 'gu');
/** Where a secret may go that a statement would not name: an address, a field or a call (`notes`, save_report). */
const destination = /https?:\/\/|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]{2,}|`[a-z_][\w.-]*`|(?<![\w$])[a-z]+_[a-z]+(?![\w])/;
/** Whether `text` names a destination other than a secret variable's own name. */
const leadsSomewhere = (text: string): boolean => destination.test(text.replace(secretVariableAll, ' '));
const secretVariableAll = new RegExp(secretVariable.source, 'g');
/** English function words: two of them make the clause English, read by the English readers. */
const english = /(?<![\p{L}])(?:the|and|of|is|are|with|your|you|will|this|that|for|it|to)(?![\p{L}])/gu;
/**
 * Whether a clause (lower case) reads as English: two of its function words (unread-handovers.ts leaves it to
 * the English readers too). The search stops at the second: a long English clause is not read to its end.
 */
export function readsAsEnglish(clause: string): boolean {
  english.lastIndex = 0;
  return english.test(clause) && english.test(clause);
}
/** How far after a noun a verb-last language puts the negation. */
const afterSpan = 40;
/** How far before a noun the negation may stand (two words and the noun's article or prefix). */
const beforeSpan = 28;

/** Where in `text` a payload stands: a secret (`secret`) or a command that destroys or runs a download; `at` -1 where unknown. */
function payload(text: string): { at: number; end: number; secret: boolean } | undefined {
  const command = destructiveCommand.exec(text) ?? pipesToShell.exec(text) ?? runsSubstitutedDownload.exec(text);
  if (command !== null) return { at: command.index, end: command.index + command[0].length, secret: false };
  const held = secretVariable.exec(text) ?? keyFolder.exec(text);
  if (held !== null) return { at: held.index, end: held.index + held[0].length, secret: true };
  return namesCredentialFile(text) ? { at: -1, end: -1, secret: true } : undefined;
}

const afterAll = new RegExp(after.source, 'gu');

/** Whether a negation other than the one at [from, to) stands in `pattern`'s matches of text[start, stop). */
function negatedIn(pattern: RegExp, text: string, start: number, stop: number, from: number, to: number): boolean {
  pattern.lastIndex = Math.max(0, start);
  for (let m = pattern.exec(text); m !== null && m.index < stop; m = pattern.exec(text)) {
    if (m.index + m[0].length <= from || m.index >= to) return true;
  }
  return false;
}

/**
 * Whether the act itself is negated, by a negation other than the one at [from, to): one in the 30
 * characters before it, or a verb-last language's in the 30 after ("nigdy nie uruchamiaj git push --force
 * bez potwierdzenia", "사용자 확인 없이 git push --force를 실행하지 마세요"): the act is forbidden.
 */
function actNegated(text: string, act: { at: number; end: number }, from: number, to: number): boolean {
  if (act.at < 0) return false;
  return negatedIn(anyNegation, text, act.at - 30, act.at, from, to) || negatedIn(afterAll, text, act.end, act.end + 30, from, to);
}

/**
 * Where a noun of `nouns` in `clause` is negated: the span of the negation, and whether it came after the
 * noun (a verb-last language); undefined when none is.
 */
function negatedNoun(clause: string, nouns: RegExp): { from: number; to: number; after: boolean } | undefined {
  nouns.lastIndex = 0;
  for (let m = nouns.exec(clause); m !== null; m = nouns.exec(clause)) {
    const start = Math.max(0, m.index - beforeSpan);
    const b = before.exec(clause.slice(start, m.index));
    if (b !== null) return { from: start + b.index, to: m.index, after: false };
    const end = m.index + m[0].length;
    const a = after.exec(clause.slice(end, end + afterSpan));
    if (a !== null) return { from: end + a.index, to: end + a.index + a[0].length, after: true };
  }
  return undefined;
}

/**
 * Whether a clause (lower case), with the clause before it (`previous`, may be empty), orders a secret or a
 * harmful command kept from the user in a language the English readers do not read (see the file comment).
 */
export function keepsPayloadFromUser(clause: string, previous: string): boolean {
  if (!nouns.test(clause)) return false;
  const here = payload(clause);
  const found = here ?? (previous === '' ? undefined : payload(previous));
  if (found === undefined) return false;
  if (readsAsEnglish(clause)) return false;
  // The user kept uninformed; for a command, also the user's confirmation waived.
  const kept = negatedNoun(clause, user) ?? (found.secret ? undefined : negatedNoun(clause, consent));
  if (kept === undefined) return false;
  if (here !== undefined ? actNegated(clause, here, kept.from, kept.to) : actNegated(previous, found, -1, -1)) return false;
  // A second negation in the clause negates what it does ("nunca … sem ele, o usuário não consegue …",
  // "사용자 확인 없이 배포되지 않습니다": nothing is done without the user): a rule of care, not secrecy.
  if (negatedIn(anyNegation, clause, 0, clause.length, kept.from, kept.to) || negatedIn(afterAll, clause, 0, clause.length, kept.from, kept.to)) return false;
  // A negation after the noun may be a statement about the user; an address or a field (not the secret's own name) tells an order.
  return !kept.after || !found.secret || leadsSomewhere(clause) || (previous !== '' && leadsSomewhere(previous));
}
