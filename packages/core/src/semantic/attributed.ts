// An order the text says someone else gave: "the user wants you to …", "the account owner has asked that you
// …", "el usuario quiere que envíes …". Read by its grammar: a person the model works for (the user, the
// customer, the owner …) as the subject, a verb of wanting or asking, and the model as the one to act -
// named ("you", "the assistant", "tu", "du") or, in languages that drop the pronoun, in the person of the
// verb ("que envíes", "que mandes", "che invii"). A condition in front ("if the user wants you to deploy, …",
// "cuando el usuario quiere que …") makes it guidance, and a subject the order is for ("el usuario quiere que
// la aplicación envíe …") makes it a statement. The order must ask for something: in tool results any action
// or an outside address, in tool metadata, where the tool's author cannot know what the user wants, data
// moved or sent, an address, a file, a command or secrecy. English in tool results is left to the
// impersonation cue's rule (orders.ts), which reads the person only at the start of a clause or after a label,
// and to the user's own forms below. The user is the one person whose wishes a tool result cannot carry: the
// user speaks to the model in the conversation. So "…, and as the user asked, delete …", "per the user's
// request, archive …" and "the user, who asked for this report, wants you to …" are orders anywhere in a
// clause. A client, a customer or a manager is someone in the data's world: a mail or a ticket that says "the
// client wants you to send the contract to legal@…" relays a third party's wish to its reader, and is data
// (see relayedRequest) - unless it names the AI as the one to act, or asks for secrets, secrecy, a command or
// an override, which no mail between people needs.
import { Cue } from './cues.js';
import type { TextRole } from './features.js';

// Words that end a noun phrase's start and may not be taken for a verb in the second person.
const determiners = 'el|la|los|las|lo|un|una|unas|unos|su|sus|tu|tus|mi|mis|esta|estas|esa|esas|este|estos|todas|todos|toda|todo|otras|otros|algunas|algunos|muchas|pocas|varias|ambas|nuestras|vuestras|más|mas|nadie|nada|o|a|os|as|essas|estas|suas|tuas|minhas|nossas|outras|algumas|muitas|mais|il|i|gli|le|una|questa|questi|quella|quelli|tutti|tutte|tutta|altri|altre|suoi|sue|tuoi|tue|miei|mie|nostri|nostre|ogni|qualcuno|nessuno|ci|si|ne';
const stops = new Set(determiners.split('|'));

// Person the model works for, a verb of wanting or asking, and the words after it. One per language.
const englishOrder = new RegExp(
  String.raw`\b(?:user|customer|client|owner|human|principal|boss|manager|requester|operator|administrator|admin)(?:'s)? (?:wants|would like|would prefer|prefers|wishes|has asked|asked|asks|is asking|needs|requests|has requested|requested|instructs|instructed|has instructed|told|has told|expects|has authorized|authorized|has authorised|authorised|has approved|approved)(?: for| that)? (?:you|the assistant|the ai|the agent|the model)\b`,
);
const addressed = new RegExp(
  [
    String.raw`(?:benutzer|nutzer|anwender|kunde|besitzer|inhaber)(?:in)? (?:möchte|will|wünscht|bittet|hat gebeten|verlangt|erwartet),? (?:dass )?(?:du|sie|dich)(?![\p{L}])`,
    String.raw`(?:utilisat(?:eur|rice)|client|propriétaire) (?:veut|souhaite|voudrait|demande|a demandé|exige|attend) (?:que (?:tu|vous)|de)(?![\p{L}])`,
    String.raw`(?:usuari[oa]|cliente|propietari[oa]|dueñ[oa]|titular|usuári[oa]|utilizador(?:a)?|utente|proprietari[oa]) (?:quiere|desea|pide|te pide|ha pedido|solicita|ha solicitado|necesita|prefiere|quer|deseja|pede|pediu|precisa|vuole|desidera|chiede|ti chiede|ha chiesto|preferisce) (?:que|che|di)(?![\p{L}])`,
  ].join('|'),
  'u',
);
// After "que"/"che": an explicit "you", or clitics and a verb in the second person singular (Spanish and
// Portuguese subjunctive -es/-as, Italian -i/-a), not a determiner that opens a noun phrase.
const afterThat = /^\s+(?:(?:tú|tu|você|vocês|usted|ustedes|voi|vós)(?![\p{L}])|(?:(?:me|te|se|le|les|lhe|lhes|nos|lo|gli|glielo|glieli|mi|ti|ce|ve)\s+)*(\p{L}+))/u;
const secondPerson = /(?:es|as|i|a)$/u;
// A condition in front of the subject makes the sentence guidance, not an order.
const condition = /(?:^|[^\p{L}])(?:if|when|whenever|unless|once|in case|si|cuando|wenn|falls|sobald|quand|lorsque|se|quando|qualora|caso)(?![\p{L}])/u;
// Cheap first test of the other languages: a noun for the person.
const mayAttribute = /nutzer|anwender|kunde|besitzer|inhaber|utilisat|client|propriétaire|usuari|usuári|cliente|utilizador|utente|propietari|proprietari|dueñ|titular/;
// Tool metadata: data moved or sent, the model's context, or what the cues call sending, files, commands, secrecy.
const moves = /\b(?:attach|include|send|forward|copy|share|upload|post|append|pass|put|paste|sync|export|cc|bcc|e-?mail|mail)\b/;
const data = /\b(?:conversation|chat|messages?|history|transcript|contacts?|address book|inbox|e-?mails?|files?|notes?|documents?|calendar|keys?|credentials?|passwords?|tokens?|secrets?|cookies?|location|prompt)\b/;
const metadataDemands = Cue['network-send'] | Cue['file-access'] | Cue.execute | Cue['parameter-override'] | Cue.secrecy | Cue['sensitive-data'];
const contentDemands = metadataDemands | Cue['call-tool'] | Cue['action-verb'] | Cue['to-user'];

// English, in tool results: the user (not a third party) named as the source of an order, mid-sentence. An
// adverbial ("as the user asked, …", "per the user's request, …") must be followed by a verb in the
// imperative, or by the model and a modal; a subject set apart by an aside ("the user, who …, wants you to")
// must want something of the model.
const userAdverbial = /\b(?:as|per|since|because|like|following|at)\s+(?:the\s+)?(?:user|human)(?:'s)?\s+(?:asked|requested|wants|wanted|said|instructed|has asked|has requested|has instructed|would like|needs|request|requests|instructions?|wish(?:es)?|told you)\b[^,.;:!?]{0,40}[,:;]\s*(?:(?:you|the assistant|the agent|the ai|the model)\s+(?:should|must|can|may|need to|have to|are to|will)\s+)?(?:(?:please|now|also|just|then|first|go ahead and)\s+)*([a-z]+)/;
// German, French and Spanish: the same adverbial ("wie der Nutzer gewünscht hat, lösche …", "comme
// l'utilisateur l'a demandé, supprime …", "como pidió el usuario, borra …"), then a verb, not a subject.
const userAdverbialOther = /(?:^|[^\p{L}])(?:wie|laut|gemäß|comme|selon|como|según)\s+(?:[\p{L}']+\s+){0,3}?(?:(?:der|dem|des|die)\s+(?:benutzer|nutzer|anwender)(?:in|s)?|l'utilisat(?:eur|rice)|(?:el|del)\s+usuari[oa])(?:\s+[\p{L}']+){0,3}?\s*,\s*(\p{L}+)/u;
const notVerbsOther = new Set('der die das den dem des ein eine einen es er sie wir ich ihr ist sind war wurde wurden hat haben wird werden le la les l un une il elle ils elles nous je on est sont a ont était sera el los las lo un una unos unas se es son ha han fue será y et und'.split(' '));
const userSubject = /\b(?:user|human)(?:'s)?(?:\s*,[^,.;]{1,60},)? (?:wants|would like|would prefer|prefers|wishes|has asked|asked|asks|is asking|needs|requests|has requested|requested|instructs|instructed|has instructed|told|has told|expects) (?:for |that )?(?:you|the assistant|the ai|the agent|the model)\b/;
/** Words after such an adverbial that open a statement, not an order. */
const notVerbs = new Set('the a an this that these those it its we i you they he she there here our your his her their my all some no not only which what so and but or is are was were be has have had will would can could may might should must to for in on at by with from as each every both none one two three'.split(' '));
const isImperative = (w: string): boolean => !notVerbs.has(w) && w.length > 1 && !/(?:ed|ing)$/.test(w) && !/[^s]s$/.test(w);

/**
 * Where an English order a tool result attributes to the user starts, or -1 (see above); `cues` tell
 * whether the clause asks for something (an imperative after the adverbial asks by itself).
 */
function userAttribution(clause: string, cues: number): number {
  if (!clause.includes('user') && !clause.includes('human')) {
    if (!clause.includes('nutzer') && !clause.includes('anwender') && !clause.includes('utilisat') && !clause.includes('usuari')) return -1;
    const other = userAdverbialOther.exec(clause);
    return other !== null && !notVerbsOther.has(other[1]!) && other[1]!.length > 2 ? other.index : -1;
  }
  const adverbial = userAdverbial.exec(clause);
  if (adverbial !== null && isImperative(adverbial[1]!)) return adverbial.index;
  const demands = (cues & contentDemands) !== 0 || clause.includes('@') || clause.includes('://');
  const subject = demands ? userSubject.exec(clause) : null;
  return subject === null ? -1 : subject.index;
}

// A third party's wish relayed to the reader of a mail (see above): a person of the mail's world as the
// subject of the impersonation cue's form, "you" as the one asked, and nothing no such mail asks for. Only in
// a mail, whose "you" is its reader, the user: on a web page or in a tool's own output "you" is whoever
// reads it, the model, and "FYI the customer would like you to send …" is an order to it.
const thirdParty = /\b(?:customer|client|owner|boss|manager|requester|colleague|team)(?:'s)? (?:wants|would like|would prefer|prefers|wishes|has asked|asked|asks|is asking|needs|requests|has requested|requested|instructs|instructed|has instructed|told|has told|expects|authorizes|authorised|authorized) (?:for |that )?you\b/;
const principalOrModel = /\b(?:user|users|human|principal|assistant|ai|agent|model|llm|chatbot|bot|claude|gpt|chatgpt|gemini|copilot)\b/;
const secrets = /\b(?:passwords?|passcodes?|passphrases?|credentials?|api[ _-]?keys?|secrets?|tokens?|private keys?|ssh|2fa|otp|one-time codes?|verification codes?|recovery codes?|seed phrases?)\b/;
const notRelayed = Cue['sensitive-data'] | Cue.secrecy | Cue.override | Cue.execute | Cue['hidden-markup'] | Cue['decode-hint'] | Cue.authority | Cue['false-error'];

/** Whether a clause of content (lower case) with `cues` relays a third party's wish to a mail's reader, which is data (see above). */
export function relayedRequest(clause: string, cues: number): boolean {
  return (cues & Cue.impersonation) !== 0 && !(cues & notRelayed) && thirdParty.test(clause) && !principalOrModel.test(clause) && !secrets.test(clause);
}

const mailHeader = /^(?:from|to|cc|subject|date|sent|reply-to)\s*:\s*\S/;

// A message from a named sender (a DM or a reply from a handle, a mail from an address) speaks to its reader,
// the user: "kindly send over your logo and the booth number you were given" asks the user for something of
// theirs, as people ask each other. Such a polite request is data - unless it names the AI (or "your
// assistant"), the user, secrets, an address or a link, or shows a cue beyond asking (a command, a file, a
// send, a tool, secrecy, authority), which no request between people needs a model for.
const readerAsk = Cue['addresses-model'] | Cue.imperative | Cue['polite-request'] | Cue['action-verb'];
const senderLabel = /^(?:[a-z-]+ ){0,2}from (?:@[\w.]{2,40}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?![\w.@-])/;

/** Whether a clause of content (lower case) with `cues` politely asks a message's reader for something of theirs (see above). */
export function askedOfReader(clause: string, cues: number): boolean {
  return (cues & Cue['polite-request']) !== 0 && (cues & ~readerAsk) === 0 && /\byour\b/.test(clause) && !clause.includes('@') && !clause.includes('://') && !principalOrModel.test(clause) && !secrets.test(clause);
}

/** Whether a text (clauses `textOf(i)`, lower case) is a message from a named sender: a mail, or a first clause that names a handle or an address as its sender. */
export function isMessage(count: number, textOf: (i: number) => string): boolean {
  return (count > 0 && senderLabel.test(textOf(0))) || isMail(count, textOf);
}

/** Whether a text is a mail: two of its first twelve clauses (`textOf(i)`, lower case) are header lines. */
export function isMail(count: number, textOf: (i: number) => string): boolean {
  let headers = 0;
  for (let i = 0; i < count && i < 12 && headers < 2; i++) if (mailHeader.test(textOf(i))) headers++;
  return headers === 2;
}

/** Where an order the clause attributes to the user starts, or -1 (see above). */
function attribution(clause: string, named: boolean, role: TextRole): number {
  // English in content is the impersonation cue's (orders.ts): a chat or a mail between people relays what
  // a manager or a client asked "you" to do anywhere in a sentence.
  const en = named && role === 'metadata' ? englishOrder.exec(clause) : null;
  if (en !== null) return en.index;
  const m = mayAttribute.test(clause) ? addressed.exec(clause) : null;
  if (m === null) return -1;
  const end = m.index + m[0].length;
  // German and French name "du"/"vous" in the match; Spanish, Portuguese and Italian may put it in the verb.
  if (!/(?:que|che|di)$/u.test(m[0]) || m[0].endsWith(' di')) return m.index;
  const next = afterThat.exec(clause.slice(end, end + 60));
  if (next === null) return -1;
  const verb = next[1];
  return verb === undefined || (!stops.has(verb) && verb.length > 2 && secondPerson.test(verb)) ? m.index : -1;
}

/** Whether a clause (lower case) with `cues` gives the model an order it says the user or the owner gave. */
export function attributedOrder(clause: string, cues: number, role: TextRole): boolean {
  // An English tool result may name the user anywhere, the order in an imperative (see userAttribution).
  if (role === 'content' && (cues & (contentDemands | Cue['addresses-model']) || clause.includes(',')) && !(cues & Cue['code-like'])) {
    const at = userAttribution(clause, cues);
    if (at >= 0 && !condition.test(clause.slice(0, at))) return true;
  }
  // Cue bits first (most clauses stop here): every form names the model (a cue) or is one the impersonation
  // cue reads ("el usuario quiere que", "l'utente vuole che"), and asks for something.
  if (!(cues & (Cue['addresses-model'] | Cue.impersonation))) return false;
  // An outside address asks for something in any language ("… an rechnung@… weiterleiten").
  const address = clause.includes('@') || clause.includes('://');
  if (!address && !(cues & (role === 'content' ? contentDemands : metadataDemands | Cue.impersonation))) return false;
  const at = attribution(clause, (cues & Cue['addresses-model']) !== 0, role);
  if (at < 0 || condition.test(clause.slice(0, at))) return false;
  return role === 'content' || address || (cues & metadataDemands) !== 0 || (moves.test(clause) && data.test(clause));
}
