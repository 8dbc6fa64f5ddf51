// Text in another language that a server added to a pinned description, read with the lexicon the semantic
// readers use (semantic/foreign-words*.ts): upkeep states a fact ("city names may also be given in Korean")
// and names nothing that an order needs. A secret, a verb that moves, deletes or runs something, a
// requesting ending or a modal that obliges, the user, everyone or secrecy: any one of them and the text is
// not called upkeep (drift then blocks it as a changed description, and the semantic readers read it too).
import * as further from '../semantic/foreign-words-further.js';
import * as more from '../semantic/foreign-words-more.js';
import * as words from '../semantic/foreign-words.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of spaced scripts, matched whole (letters, marks and digits bound them). */
const spaced: readonly (readonly string[])[] = [
  words.secretWords, more.secretWords, further.secretWords, words.environmentWords, more.environmentWords, further.environmentWords,
  words.movingWords, more.movingWords, further.movingWords, words.formWords, more.formWords, words.actingWords, more.actingWords, further.actingWords,
  words.actingForms, more.actingForms, words.usersWords, more.usersWords, further.usersWords, words.othersWords, more.othersWords, further.othersWords,
  words.covertWords, more.covertWords, further.covertWords, words.modalWords, more.modalWords, further.modalWords,
];
/**
 * Stems and signs of scripts written without spaces, or whose words take prefixes and endings (matched as
 * they stand). Moving verbs written without spaces are left out: the Korean ones are bare stems ("입력",
 * enter) that a statement uses too, and an order with one still ends in a requesting form read here.
 */
const joined: readonly (readonly string[])[] = [
  words.secretStems, more.secretStems, further.secretStems, words.secretSigns, more.secretSigns, words.actingSigns, words.thaiMoving,
  words.usersSigns, more.usersSigns, words.othersSigns, more.othersSigns, words.covertSigns, more.covertSigns, words.requestSigns,
];

// Built on first use: only a re-listed tool whose description gained another script's text reads it.
let asking: RegExp | undefined;

/** Whether `lower` (lower case) names a secret or asks for anything in one of the languages the lexicon holds. */
export function foreignAsks(lower: string): boolean {
  asking ??= new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}_])(?:${spaced.flat().map((w) => escape(w.normalize('NFKC'))).join('|')})(?![\\p{L}\\p{M}\\p{N}_])|${joined.flat().map((w) => escape(w.normalize('NFKC'))).join('|')}`,
    'u',
  );
  return asking.test(lower.normalize('NFKC'));
}
