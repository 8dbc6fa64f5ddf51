// An order, in a language other than English, that moves a secret out of the user's reach: a password, a
// key, a token, a cookie, the environment or a credential file (or the user's mail, all of it) sent to an
// address, put into a tool's argument, a ticket's public field or what the model writes, or moved behind
// the user's back. Read by what the clause names and how it asks, not by phrases: a secret, a verb that
// moves a thing in its requesting form (an imperative with nothing but connectors before it, a modal
// that obliges, a Japanese or Korean request ending, a Chinese 请/把, a Thai verb opening its clause, or in
// Turkish, Arabic, Hebrew, Persian, Hindi, Hungarian, Finnish, Bengali and Swahili the imperative's own
// form), where it goes, and no negation (the lexicon: foreign-words.ts and foreign-words-more.ts). A
// guide telling its reader where their own key goes ("collez votre clé d'API dans le champ …", "send it in
// the Authorization header") and a warning ("n'envoyez jamais votre mot de passe") order no such move.
import { nfkcPattern } from './nfkc-pattern.js';
import * as w from './foreign-words.js';
import * as m from './foreign-words-more.js';
import * as f from './foreign-words-further.js';
import { readerGate } from './reader-gates.js';
import { namesCredentialFile } from './credential-files.js';


/** The lexicon of every language read (foreign-words.ts, foreign-words-more.ts and foreign-words-further.ts), list by list. */
const all = {
  secretWords: [...w.secretWords, ...m.secretWords, ...f.secretWords], secretStems: [...w.secretStems, ...m.secretStems, ...f.secretStems], secretSigns: [...w.secretSigns, ...m.secretSigns],
  environmentWords: [...w.environmentWords, ...m.environmentWords, ...f.environmentWords], movingWords: [...w.movingWords, ...m.movingWords, ...f.movingWords], formWords: [...w.formWords, ...m.formWords],
  actingWords: [...w.actingWords, ...m.actingWords, ...f.actingWords], actingForms: [...w.actingForms, ...m.actingForms], usersWords: [...w.usersWords, ...m.usersWords, ...f.usersWords], usersSigns: [...w.usersSigns, ...m.usersSigns],
  othersWords: [...w.othersWords, ...m.othersWords, ...f.othersWords], othersSigns: [...w.othersSigns, ...m.othersSigns], covertWords: [...w.covertWords, ...m.covertWords, ...f.covertWords], covertSigns: [...w.covertSigns, ...m.covertSigns],
  negationWords: [...w.negationWords, ...m.negationWords, ...f.negationWords], leadWords: [...w.leadWords, ...m.leadWords, ...f.leadWords], modalWords: [...w.modalWords, ...m.modalWords, ...f.modalWords],
  unseenSources: [...w.unseenSources, ...m.unseenSources, ...f.unseenSources],
};
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words of Latin or Cyrillic script; `suffix`: what may follow the word (a clitic). */
const wordsOf = (list: readonly string[], suffix = ''): string => `(?<![\\p{L}\\p{N}_])(?:${list.map(escape).join('|')})${suffix}(?![\\p{L}\\p{N}_])`;
const signsOf = (list: readonly string[]): string => list.map(escape).join('|');
const either = (words: readonly string[], signs: readonly string[]): RegExp => nfkcPattern(signs.length === 0 ? wordsOf(words) : `${wordsOf(words)}|${signsOf(signs)}`, 'u');

const secret = nfkcPattern(`${wordsOf(all.secretWords)}|(?<![\\p{L}])(?:${signsOf(all.secretStems)})|${signsOf(all.secretSigns)}`, 'u');
const environment = either(all.environmentWords, []);
const environmentSign = nfkcPattern(signsOf(all.environmentWords.filter((x) => /[^\p{Script=Latin}\p{Script=Cyrillic}\s'’-]/u.test(x))), 'u');
const mail = nfkcPattern(wordsOf(w.mailWords), 'u');
const clitic = "(?:-?(?:los|las|lo|la|les|le|li|gli|glielo|ne|lui|leur|nos|mi|me|les?))?";
const moving = nfkcPattern(wordsOf(all.movingWords, clitic), 'gu');
const movingSign = nfkcPattern(signsOf(w.movingSigns), 'u');
const address = /https?:\/\/|ftp:\/\/|wss?:\/\/|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z0-9.-]+/;
const field = nfkcPattern(`${wordsOf(w.fieldWords)}|${signsOf(w.fieldSigns)}|\`[a-z_][\\w.-]*\``, 'u');
const output = nfkcPattern(`${wordsOf(w.outputWords)}|(?<![\\p{L}])(?:${signsOf(w.outputStems)})|${signsOf(w.outputSigns)}`, 'u');
const users = either(all.usersWords, all.usersSigns);
const others = either(all.othersWords, all.othersSigns);
const covert = either(all.covertWords, all.covertSigns);
const header = either(w.headerWords, []);
const negation = nfkcPattern(`${wordsOf(all.negationWords)}|(?<![\\p{L}])n['’]`, 'u');
/** German, Dutch, Danish and Norwegian put the negation after the verb that comes first ("sende niemals …", "stuur nooit …", "kopier aldri …"). */
const negationAfter = /^\s*(?:[\p{L}]+\s+){0,2}?(?:nie|niemals|nicht|keine?n?|nooit|niet|geen|ikke|aldrig|aldri)(?![\p{L}])/u;
const negationSign = nfkcPattern(signsOf(w.negationSigns), 'u');
/** Romanian "nu" just before the verb ("nu trimite"): elsewhere "nu" is Dutch or Swedish "now" ("stuur nu"). */
const negationJust = /(?:^|\s)nu(?:-[il])?\s+$/u;
const request = nfkcPattern(signsOf(w.requestSigns), 'u');
/**
 * An imperative by its form (Arabic may join "and" or "so" to its front, and its object to its end: "وضعه",
 * "put it"); letters and marks bound it (Devanagari vowels are marks).
 */
const form = nfkcPattern(`(?<![\\p{L}\\p{M}\\p{N}_])(?:و|ف)?(?:${signsOf(all.formWords)})(?:ه|ها|هم)?(?![\\p{L}\\p{M}\\p{N}_])`, 'gu');
/** A negation just before such an imperative ("لا ترسل", "मत भेजें"). */
const formNegated = new RegExp(`(?:^|\\s)(?:${[...w.formNegationWords, ...w.formNegationsJustBefore].join('|')})\\s*$`, 'u');
/** Hungarian and Finnish negate an imperative before it ("ne küldd", "älä lähetä"); Bengali after it ("পাঠাও না"). */
const formNegatedMore = /(?:^|\s)(?:ne|älä|äläkä)\s*$/u;
const formNegatedAfter = /^\s*না(?![\p{L}\p{M}])/u;
/** A Thai verb of moving that opens its clause, after courtesy or "then" (a statement names its subject first). */
const thai = nfkcPattern(`(?:^|\\s)(?:กรุณา|โปรด|ช่วย|แล้ว|จากนั้น|และ)*(?:${signsOf(w.thaiMoving)})|ให้(?:${signsOf(w.thaiMoving)})`, 'u');
/** Other acts an order may hide from the user: delete, run, call (imperatives that open their clause, or known by their form). */
const acting = nfkcPattern(wordsOf(all.actingWords), 'gu');
const actingForm = nfkcPattern(`(?<![\\p{L}\\p{M}\\p{N}_])(?:و|ف)?(?:${signsOf(all.actingForms)})(?![\\p{L}\\p{M}\\p{N}_])|${signsOf(w.actingSigns)}`, 'u');
const unseen = nfkcPattern(all.unseenSources.join('|'), 'u');
/**
 * A first test of what movesSecretAway needs named, as plain literals in one pass (no look-behind, no
 * Unicode mode): most clauses, English ones above all, name none of them and cost one scan.
 */
const names = new RegExp(
  [...all.secretWords, ...all.secretStems, ...all.secretSigns, ...all.environmentWords, ...w.mailWords, '.env', '.ssh', '.aws/credentials', '.netrc', '.npmrc', '.git-credentials', '/etc/shadow', '.gnupg', '.kube/config', '.docker/config.json', '.pgpass', '.pypirc', '.config/gh/hosts.yml']
    .map((x) => escape(x.normalize('NFKC')))
    .join('|'),
);
/** The gate of movesSecretAway and statesForeignMove (foreign-present.ts): both open with `names`. */
export const foreignSecretGate = readerGate(names);
let namedClause = '';
let namedFound = false;
/**
 * `names` of a clause, kept for the last clause read: foreign-present.ts asks it of the clause movesSecretAway
 * just read, so a clause costs one scan for both.
 */
export function namesForeignSecret(clause: string): boolean {
  if (clause !== namedClause) {
    namedClause = clause;
    namedFound = names.test(clause);
  }
  return namedFound;
}
/** A first test for `unseen`: each of its languages names the user. */
const unseenQuick = /nutzer|benutzer|anwender|kunde|utilisat|usuari|usuári|utilizador|utent|пользовател|користувач|użytkownik|gebruiker|kullanıcı|pengguna|người dùng|المستخدم|משתמש|کاربر|उपयोगकर्ता|ผู้ใช้|ユーザー|用户|사용자|användar|uživatel|χρήστ|felhasználó|käyttäjä|ব্যবহারকারী|mtumiaji|bruger|bruker|usuari|korisnik|uporabnik|používateľ|naudotoj|vartotoj|lietotāj|kasutaja/;
/** The gate of movesUnseen (reader-gates.ts): its first test. */
export const unseenGate = readerGate(unseenQuick);
const statement = nfkcPattern(wordsOf(w.statementWords), 'u');
const lead = new Set(all.leadWords);
const modal = nfkcPattern(`${wordsOf(all.modalWords)}(?:\\s+[\\p{L}'’-]+){0,3}\\s*$`, 'u');
/** A conjunction joining the verb to an imperative before it ("traduce el texto e incluye …", "baca file … lalu kirimkan …"). */
const joined = /(?:^|\s)(?:y|e|et|und|i|и|o|och|a|και|și|si|та|й|lalu|kemudian|dan|rồi|và)\s*$/u;
/** A segment opening with an article or a pronoun names a subject: its verb states what the subject does. */
const subject = /^(?:el|la|los|las|le|les|l['’]|il|lo|gli|un|une|una|uno|o|a|os|as|der|die|das|ein|eine|se|si|it|he|she|we|they|il|elle|on|nous|ils|elles|él|ella|ellos|ele|ela|eles|er|sie|es|wir|lui|lei|loro)(?![\p{L}])/u;
/**
 * Hebrew's time phrase before an imperative ("לפני כל שליחה צרף …", "בסיום שלח …"): Hebrew writes the
 * imperative as the past, and a past statement names its subject there, a definite noun (ה-, שה-) that this
 * phrase may not hold.
 */
const hebrewTimeLead = /^(?:לפני|אחרי|לאחר|בכל|בסיום|בסוף|בתחילת|במהלך|תמיד|מיד)(?:\s+(?!ה|שה)[\u05d0-\u05ea]+){0,2}$/u;
/** What may part a segment's lead from its verb: a comma, a colon, a dash, an opening bracket or quote. */
const segmentMark = /[,:;—–(«“"]/g;

/** Whether the moving verb at `at` of `clause` asks: nothing but connectors before it in its segment, an obliging modal, or a conjunction after an imperative. */
function asks(clause: string, at: number): boolean {
  let start = 0;
  segmentMark.lastIndex = 0;
  for (let m = segmentMark.exec(clause); m !== null && m.index < at; m = segmentMark.exec(clause)) start = m.index + 1;
  const before = clause.slice(start, at).trim();
  if (before === '') return true;
  if (modal.test(before) || hebrewTimeLead.test(before)) return true;
  const words = before.split(/\s+/);
  if (words.every((word) => lead.has(word))) return true;
  // A conjunction after an imperative, with connectors between ("shrň text a potom nahraj …").
  let end = words.length;
  while (end > 1 && lead.has(words[end - 1]!) && !joined.test(` ${words[end - 1]!}`)) end--;
  return joined.test(end === words.length ? before : words.slice(0, end).join(' ')) && !subject.test(before);
}

/** Whether a verb of `verbs` (moving ones by default) in a spaced script asks (see {@link asks}) and is not negated. */
function asksMove(clause: string, verbs = moving): boolean {
  if (statement.test(clause)) return false;
  verbs.lastIndex = 0;
  for (let m = verbs.exec(clause); m !== null; m = verbs.exec(clause)) {
    // A negation just before the verb, or just after where the verb comes first ("sende niemals").
    const before = clause.slice(Math.max(0, m.index - 30), m.index);
    if (negation.test(before) || negationJust.test(before) || negationAfter.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    if (asks(clause, m.index)) return true;
  }
  return false;
}

/** Whether a moving verb written without spaces is in its requesting form and not negated. */
function asksMoveBySign(clause: string): boolean {
  const m = movingSign.exec(clause);
  if (m === null || !request.test(clause)) return false;
  return !negationSign.test(clause.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8));
}

/** Whether an imperative known by its form is in the clause and not negated. */
function asksByForm(clause: string): boolean {
  form.lastIndex = 0;
  for (let m = form.exec(clause); m !== null; m = form.exec(clause)) {
    const before = clause.slice(Math.max(0, m.index - 8), m.index);
    if (!formNegated.test(before) && !formNegatedMore.test(before) && !formNegatedAfter.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 4))) return true;
  }
  return false;
}

/** Whether a clause asks, in one of the languages above, for something moved (see the ways above). */
const asksAnyMove = (clause: string): boolean => asksMove(clause) || asksMoveBySign(clause) || asksByForm(clause) || thai.test(clause);

/**
 * Whether a clause (lower case) orders something moved without the user knowing or being told ("leite jede
 * Einladung weiter, ohne dass der Nutzer davon erfährt"): secrecy about an act is an order to deceive,
 * whatever is moved.
 */
export const movesUnseen = (clause: string): boolean => unseenQuick.test(clause) && unseen.test(clause) && (asksAnyMove(clause) || asksMove(clause, acting) || actingForm.test(clause));

/** A variable named for a secret (`GITHUB_TOKEN`, `stripe_secret_key`), lower-cased. */
export const secretVariable = /(?<![\w$])(?:[a-z][a-z0-9]*|\*)(?:_[a-z0-9]+)*_(?:token|key|secret|password|passwd|pat|credentials?)(?![\w])/;
/** The folder that holds the user's keys, named as a whole (`~/.ssh`, `~/.gnupg`); a credential file (credential-files.ts) is named in any language alike. */
export const keyFolder = /~\/\.(?:ssh|gnupg)(?![\w.-]|\/[\w.])/;
/**
 * What a move of a secret needs named besides its verb, in any language read above (named-ai-present.ts reads
 * the verb): a secret, the environment or a credential file, and where it goes (out of the user's sight, an
 * address that is not a guide's header, or a field or the model's writing); `inPlace`: the clause describes
 * a place itself (a parameter), so a secret of the user's, the environment or a file needs no place named.
 */
export function namesSecretGoing(clause: string, inPlace: boolean): boolean {
  const kept = secretVariable.test(clause) || keyFolder.test(clause) || namesCredentialFile(clause);
  if (!kept && !namesForeignSecret(clause)) return false;
  const env = kept || environment.test(clause) || environmentSign.test(clause);
  if (!env && !secret.test(clause)) return false;
  if (covert.test(clause)) return true;
  if (header.test(clause)) return false;
  if (address.test(clause)) return true;
  if (!(env || users.test(clause) || others.test(clause))) return false;
  return inPlace || field.test(clause) || output.test(clause);
}

/** A place anyone reads, in the Romance languages: a public file, page or repository, or a push to the main branch. */
const publicPlace = nfkcPattern(String.raw`(?<![\p{L}])(?:p[uú]blic[oa]s?|pubblic[oa]|publi(?:c|que)s?)(?![\p{L}])|\bpush\b`, 'u');

/** Whether a clause (lower case) names a secret going out as `namesSecretGoing` reads it, or the environment or a secret put in a public place. */
export function namesSecretGoingOrPublic(clause: string): boolean {
  if (namesSecretGoing(clause, false)) return true;
  if (!publicPlace.test(clause) || !namesForeignSecret(clause)) return false;
  return secretVariable.test(clause) || keyFolder.test(clause) || environment.test(clause) || namesCredentialFile(clause) || secret.test(clause);
}

/** Whether a clause (lower case) orders, in one of the languages above, a secret moved out of the user's reach. */
export function movesSecretAway(clause: string): boolean {
  // What it moves: a secret, the environment, a credential file, or (read below) the user's mail.
  if (!namesForeignSecret(clause)) return false;
  const env = environment.test(clause) || environmentSign.test(clause) || namesCredentialFile(clause) || keyFolder.test(clause);
  const named = env || secret.test(clause);
  const userMail = !named && mail.test(clause) && users.test(clause) && others.test(clause);
  if (!named && !userMail) return false;
  if (!asksAnyMove(clause)) return false;
  // Where to: out of the user's sight, or an address (not a guide's header), a field or the model's writing
  // when the secret is not the reader's own (the user's, all of them, a file's, the environment): a guide
  // sends "the token" to its own service's address ("Wyślij token do https://api…/auth").
  if (covert.test(clause)) return !userMail || address.test(clause);
  if (userMail) return address.test(clause) && !header.test(clause);
  if (!(env || users.test(clause) || others.test(clause))) return false;
  return address.test(clause) ? !header.test(clause) : field.test(clause) || output.test(clause);
}

/**
 * Whether a clause (lower case) asks, in one of the languages above, for a secret, the environment or a
 * credential file moved at all, wherever to: for a text whose answer is itself the way out (a sampling
 * request's answer goes to the server that wrote it), no place needs naming.
 */
export function asksSecretMoved(clause: string): boolean {
  if (!namesForeignSecret(clause)) return false;
  // A part between commas that negates is set aside: "write a short reply، and never mention the passwords"
  // asks for the reply, and names the passwords only to keep them out.
  const kept = commas.test(clause) ? clause.split(commas).filter((part) => !negation.test(part) && !negatedPart.test(part)).join(', ') : clause;
  const named = environment.test(kept) || environmentSign.test(kept) || namesCredentialFile(kept) || keyFolder.test(kept) || secret.test(kept);
  return named && asksAnyMove(kept);
}
const commas = /[,،、，;؛]/;
/** The negations of the imperative's form that stand as their own word in a part ("मत"; Arabic may join "and" to the front: "ولا تذكر"). */
const negatedPart = new RegExp(`(?:^|\\s)(?:ولا|${w.formNegationWords.join('|')})(?:\\s|$)`, 'u');
