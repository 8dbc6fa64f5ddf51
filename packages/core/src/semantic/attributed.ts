// An order the text says someone else gave: "the user wants you to …", "the account owner has asked that you
// …", "el usuario quiere que envíes …". Read by its grammar: a person the model works for (the user, the
// customer, the owner …) as the subject, a verb of wanting or asking, and the model as the one to act -
// named ("you", "the assistant", "tu", "du") or, in languages that drop the pronoun, in the person of the
// verb ("que envíes", "que mandes", "che invii"). A condition in front ("if the user wants you to deploy, …",
// "cuando el usuario quiere que …") makes it guidance, and a subject the order is for ("el usuario quiere que
// la aplicación envíe …") makes it a statement. The order must ask for something: in tool results any action
// or an outside address, in tool metadata, where the tool's author cannot know what the user wants, data
// moved or sent, an address, a file, a command or secrecy. English in tool results is left to the
// impersonation cue's rule (orders.ts), which reads the person only at the start of a clause or after a label:
// chats and mails between people relay what a manager or a client asked "you" to do.
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
