// An order to keep something from the user, in languages other than English (the signature rule and the
// secrecy cue read English word orders exactly). Read by the grammar of such an order, as overrides.ts
// reads its move: the user (a noun of the language) and a verb of telling, mentioning or informing in a
// negated order - a negative imperative ("ne le dis pas", "no se lo digas", "non dirlo", "не говори",
// "bahsetme"), a verb-first imperative with a negation ("Sag dem Nutzer nichts davon"), or an instruction's
// negated infinitive closing the clause ("dem Nutzer gegenüber nichts erwähnen"). A lexicon of grammar per
// language, not phrases of attacks: statements about users ("Der Nutzer wird nicht informiert", "wir können
// dem Nutzer nicht sagen, wann …", "o usuário não precisa informar …") have no such order, and an order
// about what to tell the user to do ("ne dites pas à l'utilisateur de redémarrer") is not secrecy.

import { covert, governed, model } from '../text/covert-statements.js';
import { nfkcPattern } from './nfkc-pattern.js';
import { readerGate } from './reader-gates.js';
import { chineseTelling, japaneseTelling, koreanTelling } from './telling-words.js';

const stems = (list: readonly string[]): string => String.raw`(?<![\p{L}\p{N}_-])(?:${list.join('|')})`;
const words = (list: readonly string[]): string => String.raw`${stems(list)}(?![\p{L}\p{N}_-])`;
/** Up to `n` words (with their trailing white space). */
const some = (n: number): string => String.raw`(?:[\p{L}'’]+[\s,]+){0,${n}}?`;

interface Language {
  /** The user, as the one kept uninformed. */
  readonly user: RegExp;
  /** A negated order to tell, mention or inform. */
  readonly order: RegExp;
  /** What follows the user when the order is about what to tell the user to do (an infinitive). */
  readonly toDo?: RegExp;
}

const language = (user: string, order: string, toDo?: string): Language => ({
  user: nfkcPattern(user),
  order: nfkcPattern(order),
  ...(toDo === undefined ? {} : { toDo: nfkcPattern(toDo) }),
});

const languages: readonly Language[] = [
  // German (the verb first in its clause, or after "und": "…, und sag dem Nutzer nichts"): "Sag dem Nutzer nichts davon", "Erwähne das dem Benutzer gegenüber nicht", "dem Anwender nichts davon mitteilen".
  language(
    stems(['nutzer', 'benutzer', 'anwender', 'kunde', 'kundin']),
    `(?:darf|dürfen)\\s+(?:davon\\s+|das\\s+|es\\s+)?(?:nichts|nicht|nie|niemals)\\s+(?:davon\\s+)?(?:erfahren|merken|mitbekommen|wissen)(?![\\p{L}])|(?:^(?:(?:bitte|und|aber|dann|also|doch)[\\s,]+)?|\\s(?:und|aber|dann)\\s+)${words(['sag', 'sage', 'erzähl', 'erzähle', 'erwähn', 'erwähne', 'verrat', 'verrate', 'informier', 'informiere', 'benachrichtige'])}.*${words(['nicht', 'nichts', 'kein', 'keine', 'keinen', 'keinem', 'nie', 'niemals'])}|${words(['nicht', 'nichts', 'nie', 'niemals'])}\\s+${some(3)}${words(['sagen', 'erzählen', 'erwähnen', 'verraten', 'mitteilen', 'informieren', 'benachrichtigen'])}\\s*[.!]?$`,
    `(?:nutzer|benutzer|anwender|kunden?|kundin)\\p{L}*,?\\s+zu\\s`,
  ),
  // French: "Ne le dis pas à l'utilisateur", "n'en parle jamais à l'utilisateur", "ne rien dire à l'utilisateur".
  language(
    stems(['utilisat']),
    `(?:${stems(['ne'])}\\s+(?:(?:le|la|les|lui|leur|rien|en)\\s+|l['’])*|${stems(['n'])}['’](?:en\\s+)?)${words(['dis', 'dites', 'mentionne', 'mentionnez', 'informe', 'informez', 'révèle', 'révélez', 'signale', 'signalez', 'préviens', 'prévenez', 'avertis', 'avertissez', 'raconte', 'racontez', 'parle', 'parlez'])}|${stems(['ne'])}\\s+(?:pas|jamais|rien)\\s+(?:(?:le|la|les|lui|leur|en)\\s+|l['’])*${words(['dire', 'mentionner', 'parler', 'informer', 'révéler', 'signaler', 'prévenir', 'avertir', 'raconter'])}`,
    `utilisat\\p{L}*\\s+(?:de\\s+|d['’])\\p{L}+(?:er|ir|re)(?![\\p{L}])`,
  ),
  // Spanish: "No se lo digas al usuario", "nunca le menciones nada al usuario".
  language(
    stems(['usuari']),
    `(?:^|[,;:]\\s*|\\sy\\s+)que\\s+(?:el|la|los)\\s+usuari\\p{L}*\\s+no\\s+(?:se\\s+|lo\\s+|le\\s+)?(?:entere|enteren|sepa|sepan|note|vea|dé\\s+cuenta|de\\s+cuenta)(?![\\p{L}])|${words(['no', 'nunca', 'jamás'])}\\s+(?:(?:se|le|les|lo|la|nada)\\s+)*${words(['digas', 'diga', 'digan', 'menciones', 'mencione', 'mencionen', 'informes', 'cuentes', 'cuente', 'cuenten', 'reveles', 'revele', 'avises', 'avise', 'comentes', 'comente', 'hables', 'hable'])}`,
    `usuari\\p{L}*\\s+(?:que\\s|a\\s+\\p{L}+(?:ar|er|ir)(?![\\p{L}]))`,
  ),
  // Italian: "Non dirlo all'utente", "non menzionare nulla all'utente".
  language(
    stems(['utent']),
    `${words(['senza', 'non'])}\\s+(?:farlo|farglielo|fargli|farle|far)\\s+sapere|${words(['non', 'mai'])}\\s+(?:(?:lo|la|gli|glielo|le|ne|nulla|niente)\\s+)*${words(['dire', 'dirlo', 'dirgli', 'dirglielo', 'dica', 'menzionare', 'menzionarlo', 'menzionargli', 'menzioni', 'informare', 'informarlo', 'informarla', 'informi', 'rivelare', 'rivelarlo', 'rivelargli', 'riveli', 'raccontare', 'raccontarlo', 'raccontargli', 'racconti', 'avvisare', 'avvisarlo', 'avvisi', 'parlarne', 'parlargli', 'segnalare', 'segnalarlo'])}`,
    `utent\\p{L}*\\s+di\\s+\\p{L}+(?:are|ere|ire)(?![\\p{L}])`,
  ),
  // Portuguese: "Não conte nada ao usuário", "nunca mencione isso ao utilizador".
  language(
    stems(['usuári', 'usuari', 'utilizador']),
    `${words(['não', 'nao', 'nunca', 'jamais'])}\\s+(?:(?:lhe|o|a|nada|isso|isto|disso|disto)\\s+)*${words(['diga', 'digas', 'conte', 'contes', 'mencione', 'menciones', 'informe', 'informes', 'revele', 'reveles', 'avise', 'avises', 'fale', 'fales', 'comente', 'comentes'])}`,
    `(?:usuári|usuari|utilizador)\\p{L}*\\s+(?:que\\s|para\\s+\\p{L}+(?:ar|er|ir)(?![\\p{L}]))`,
  ),
  // Dutch: "Vertel de gebruiker er niets over", "niets tegen de gebruiker zeggen".
  language(
    stems(['gebruiker']),
    `(?:^(?:(?:en|maar|dan)\\s+)?|\\s(?:en|maar|dan)\\s+)${words(['vertel', 'zeg', 'noem', 'informeer', 'verklap'])}.*${words(['niet', 'niets', 'nooit', 'geen'])}|${words(['niet', 'niets', 'nooit'])}\\s+${some(3)}${words(['vertellen', 'zeggen', 'noemen', 'informeren', 'verklappen'])}\\s*[.!]?$`,
    `gebruiker\\p{L}*\\s+(?:om|te)\\s`,
  ),
  // Polish: "Nie mów o tym użytkownikowi", "nic nie wspominaj użytkownikowi", "użytkownik nie musi o tym wiedzieć".
  language(
    stems(['użytkownik', 'uzytkownik']),
    `${words(['nie'])}\\s+(?:musi|powinien|potrzebuje)\\s+(?:o\\s+tym\\s+|tego\\s+)?(?:wiedzieć|wiedziec)|${words(['trzymaj', 'zachowaj', 'utrzymaj'])}\\s+(?:to\\s+|tę\\s+\\p{L}+\\s+)?w\\s+tajemnicy|${words(['nie'])}\\s+${words(['mów', 'mówcie', 'mow', 'wspominaj', 'wspominajcie', 'informuj', 'informujcie', 'zdradzaj', 'ujawniaj', 'powiadamiaj', 'opowiadaj'])}`,
  ),
  // Russian and Ukrainian: "Ничего не говори об этом пользователю", "не кажи користувачу".
  language(
    stems(['пользовател', 'користувач']),
    `${words(['не'])}\\s+${words(['говори', 'говорите', 'сообщай', 'сообщайте', 'упоминай', 'упоминайте', 'рассказывай', 'рассказывайте', 'раскрывай', 'раскрывайте', 'уведомляй', 'уведомляйте', 'кажи', 'кажіть', 'повідомляй', 'повідомляйте', 'згадуй', 'згадуйте', 'розповідай', 'розповідайте'])}`,
  ),
  // Turkish, whose negation is a suffix of the verb: "Kullanıcıya bundan bahsetme", "kullanıcıya söylemeyin".
  language(stems(['kullanıcı', 'kullanici']), words(['söyleme', 'söylemeyin', 'soyleme', 'bahsetme', 'bahsetmeyin', 'anlatma', 'anlatmayın', 'bildirme', 'bildirmeyin', 'söz etme', 'söz etmeyin', 'haber verme', 'haber vermeyin', 'belli etme'])),
  // Indonesian and Vietnamese, a negative particle before the verb: "jangan beri tahu pengguna", "đừng nói cho người dùng".
  language('pengguna', String.raw`${words(['jangan'])}\s+sampai\s+(?:\p{L}+\s+){0,2}?(?:tahu|mengetahui|sadar)(?![\p{L}])|${words(['jangan'])}\s+(?:${words(['beri tahu', 'memberi tahu', 'beritahu', 'memberitahu', 'bilang', 'katakan', 'sebutkan', 'kasih tahu', 'laporkan'])})`),
  language('người dùng', String.raw`${words(['đừng', 'không được'])}\s+(?:để|cho)\s+người dùng\s+(?:\p{L}+\s+)?(?:biết|phát hiện)(?![\p{L}])|${words(['đừng', 'không được'])}\s+(?:${words(['nói', 'báo', 'cho', 'kể', 'tiết lộ', 'thông báo', 'nhắc'])})`),
  // Arabic, Hebrew, Persian and Hindi: a negative imperative ("لا تخبر المستخدم", "אל תספר למשתמש", "به کاربر نگو", "उपयोगकर्ता को मत बताना").
  language('مستخدم', String.raw`(?:^|\s)(?:و|ف)?لا\s+(?:تخبر|تُخبر|تقل|تذكر|تُعلم|تعلم|تبلغ|تُبلغ|تخبري)(?![\p{L}])`),
  language('משתמש', String.raw`(?:^|\s)(?:ו)?אל\s+(?:תספר|תספרי|תגיד|תגידי|תודיע|תודיעי|תזכיר|תזכירי|תיידע|תדווח)(?![\p{L}])`),
  language('کاربر', String.raw`(?<![\p{L}])(?:نگو|نگویید|نگوييد|اطلاع نده|اطلاع ندهید|خبر نده|خبر ندهید|مطلع نکن|مطلع نکنید|چیزی نگو)(?![\p{L}])`),
  // "नहीं" with an imperative or with the duty of the infinitive ("नहीं बताना है": is not to tell), not with "चाहिए" (advice: "should not tell").
  language('उपयोगकर्ता|यूज़र|यूजर', String.raw`(?:मत|न)\s+(?:बताना|बताएं|बताएँ|बताओ|बताइए|बताइये|कहना|कहें|कहो)(?![\p{L}\p{M}])|नहीं\s+(?:बताएं|बताएँ|बताओ|बताइए|बताइये|कहें|कहो|(?:बताना|कहना)\s+है)(?![\p{L}\p{M}])`),
  // Romanian, a negation (joined to a pronoun: "nu-i spune") before the verb: "nu-i spune nimic utilizatorului", "fără ca utilizatorul să afle".
  language(
    stems(['utilizator']),
    String.raw`${stems(['nu'])}(?:-i|-le|-l)?\s+(?:(?:îi|ii|le|mai|nimic)\s+)*${words(['spune', 'spuneți', 'spuneti', 'menționa', 'mentiona', 'menționați', 'pomeni', 'pomeniți', 'zice', 'informa', 'informați', 'anunța', 'anunta', 'dezvălui'])}|fără\s+(?:ca\s+utilizator\p{L}*\s+)?să\s+(?:știe|afle|observe)`,
    String.raw`utilizator\p{L}*\s+(?:să|sa)\s`,
  ),
  // Kept out of the answer: the act (an anaphora: "en", "lo", "davon", 这件事) not to be written where the user reads.
  language(String.raw`(?:dans|en)\s+(?:ta|votre|la)\s+(?:réponse|résumé)`, String.raw`n['’]en\s+(?:dis|dites|parle|parlez|mentionne|mentionnez)\s+(?:rien|pas|jamais)|ne\s+(?:le|l['’])\s*(?:mentionne|mentionnez|dis|dites|signale|signalez)\s+(?:pas|jamais)`),
  language(String.raw`en\s+(?:tu|su)\s+respuesta`, String.raw`no\s+lo\s+(?:menciones|mencione|digas|diga|comentes|comente)|no\s+(?:digas|menciones|comentes)\s+nada`),
  language(String.raw`in\s+(?:deiner|ihrer|der)\s+antwort`, String.raw`(?:erwähne|erwähn|sag|sage)\s+(?:es\s+|das\s+|dies\s+)?(?:davon\s+)?(?:nicht|nichts)|nichts\s+davon`),
  language(String.raw`в\s+(?:сво[её]м\s+|тво[её]м\s+)?ответе`, String.raw`не\s+(?:упоминай|пиши|сообщай)\s+(?:об\s+этом|этого|это)|ничего\s+об\s+этом\s+не\s+(?:пиши|упоминай)`),
  language('回复|回答|答复', '(?:不要|别|切勿|请勿)(?:在[^，。]{0,8}?)?(?:提到|提及|说明|透露)(?:这件事|此事|这一点|这个)'),
  language('回答|返信', '(?:そのこと|このこと|これ)(?:は|を)?[^。]{0,12}?(?:書かないで|触れないで|言及しないで)'),
  // Thai, Japanese, Chinese and Korean, written without spaces.
  language('ผู้ใช้', '(?:อย่า|ไม่ต้อง)(?:บอก|แจ้ง|พูดถึง)'),
  language('ユーザー|利用者', `(?:${japaneseTelling.join('|')})ないで|(?:知らせ|伝え|言わ)ないこと|黙って(?:おいて|いて|おく)|内緒に(?:して|しておいて)|秘密に(?:して|しておいて)`),
  language('用户', `(?:不要|别|不必|无需|切勿|请勿)(?:${chineseTelling.join('|')}|提醒|透露|提及|提到|让[^，。]{0,4}知道)`),
  language('사용자', `(?:${koreanTelling.join('|')})\\s*(?:마|말)`),
  // Swahili, whose negative imperative is the subjunctive with "usi-" and the object joined to the verb
  // ("usimwambie mtumiaji": do not tell him; "usimjulishe", "usiseme"), or "bila" and the infinitive ("bila
  // kumwambia"). Secrecy about the act only when nothing else is told (the clause ends, or "anything" or
  // "about this" follows): "usimwambie mtumiaji mwingine nenosiri lako" is advice about a password.
  language(stems(['mtumiaji', 'watumiaji']), String.raw`(?<![\p{L}])(?:(?:usi|msi)(?:m|mw|wa)?(?:ambie|ambieni|julishe|julisheni|eleze|elezeni|arifu|arifuni)|usiseme|msiseme|usitaje|msitaje|bila\s+(?:kumwambia|kuwaambia|kumjulisha|kuwajulisha))(?:\s+(?:mtumiaji|watumiaji))?(?:\s+(?:chochote|lolote|(?:kuhusu|juu\s+ya)\s+(?:hili|hilo|haya|hayo|hii|jambo\s+hili)))?\s*[.!]?$`),
  // Tagalog, "huwag" before the verb of telling ("huwag sabihin sa user", "huwag ipaalam sa gumagamit"), alike
  // only when the user closes the clause (or "ito" / "ang tungkol dito": this).
  language(String.raw`gumagamit|sa user|ang user|kay user`, String.raw`(?<![\p{L}])(?:huwag|wag)\s+(?:(?:na|nang|mo|ninyo|nyo|itong|iyang)\s+)*(?:sabihin|ipaalam|banggitin|sabihan|ipagsabi)(?:\s+(?:ito|iyan|iyon|ang\s+tungkol\s+dito))?\s+(?:sa|kay)\s+(?:user|gumagamit)(?:\s+(?:ito|iyan|iyon|ang\s+tungkol\s+dito))?\s*[.!]?$`),
];

// A cheap first test of a clause: a user noun of one of the languages.
const userStems = /utilizator|réponse|résumé|respuesta|antwort|ответе|回复|回答|答复|返信|مستخدم|nutzer|benutzer|anwender|kund|utilisat|usuári|usuari|utent|utilizador|gebruiker|użytkownik|uzytkownik|пользовател|користувач|kullanıcı|kullanici|pengguna|người dùng|المستخدم|משתמש|کاربر|उपयोगकर्ता|यूजर|य\u0942\u091c\u093c\u0930|ผู้ใช้|ユーザー|利用者|用户|사용자|mtumiaji|watumiaji|gumagamit|sa user|ang user|kay user/;
/** The gate of keepsFromUser: its first test. */
export const keepsGate = readerGate(userStems);

/** Whether a clause (lower case) orders that something be kept from the user, in one of the languages above. */
export function keepsFromUser(clause: string): boolean {
  if (!userStems.test(clause)) return false;
  for (const l of languages) {
    if (l.user.test(clause) && l.order.test(clause) && !l.toDo?.test(clause)) return true;
  }
  return false;
}

// "Silently change", "quietly drop": a covert adverb before a verb is an order when the verb heads its own
// clause ("silently add …", "when asked, quietly forward …"); it is a statement when a modal, a form of "be"
// or "to" governs the verb ("a name collision can … silently change references", "npm will quietly skip
// it"), whose subject is not the model. A line of hard-wrapped prose (a code comment, a mail) that opens with
// "or", "and", "but" or "nor" continues the previous line's sentence, so that line is read with it.
// (text/covert-statements.ts holds the adverbs and the governing words: the rule layer reads them too.)
const continues = /^(?:or|and|but|nor)\s+$/;
const ended = /[.!?:]["'”’)\]]*$/;

/**
 * Whether a clause's covert adverb describes what something else does (see above) rather than ordering the
 * model: `previous` is the clause before it (a wrapped line the clause may continue).
 */
export function covertIsStatement(clause: string, previous: string): boolean {
  const m = covert.exec(clause);
  if (m === null) return false;
  let before = clause.slice(0, m.index);
  if (continues.test(before) && previous !== '' && !ended.test(previous)) before = `${previous} ${before}`;
  return governed.test(before) && !model.test(before);
}

// Keeping an act quiet in English without the words the secrecy cue reads: a verb of telling whose object
// is a negative quantifier (nobody, no one), a verb of omitting whose object is the act (a pronoun for it),
// a negated verb of mentioning whose object is the act ("do not mention it", "don't bring it up"),
// leaving the act out of the reply, or doing it without a word. The quiet is about an act only where
// nothing else is its object (advice to tell no one a password is about the password; omitting nits from a
// review omits nits), and an order only where the clause, or the one before it, asks for one.
const quiet = /(?<![\p{L}])(?:(?:tell|inform|notify|alert|warn)\s+(?:nobody|no one|no-one)|mention\s+(?:it|this|that)\s+to\s+(?:nobody|no one|no-one)|(?:skip|avoid|omit|refrain from)\s+(?:mentioning|telling anyone about|reporting|disclosing|bringing up|noting)|(?:do not|don't|dont|never|no need to)\s+(?:mention|announce|point out|bring up|say (?:anything|a word)(?: about)?)|(?:do not|don't|dont|never)\s+bring\s+(?:it|this|that)\s+up|say nothing|keep (?:quiet|silent|mum)|(?:leave|keep) (?:it|this|that|these|those|them) out of (?:your|the) (?:reply|answer|summary|response|report|message|output|notes)|without (?:saying|uttering) (?:a word|anything)|without (?:mentioning|bringing up|flagging)|(?<=,\s{0,3})(?:silently|quietly|secretly|covertly|discreetly)(?=["'”’)\]]*\s*(?:[.!;]|$)))(?![\p{L}])/u;
/** What may follow the quiet when it is about the act: the end, an anaphora, a place or a time. */
const aboutAct = /^\s*(?:$|[.,;!)]|(?:about|of|regarding)\s+(?:it|this|that|these|those|the (?:change|call|step|transfer|upload|email|mail|deletion|command|request))(?![\p{L}])|(?:it|this|that|these|those|anything|any of (?:it|this|that))(?![\p{L}])|(?:in|to|from|until|afterwards|later|ever)(?![\p{L}]))/u;
/**
 * Where a negated mention keeps the act from: nowhere named, the user or anyone, or the reply. "Don't mention
 * it in the changelog" keeps it out of a document, which is an editor's choice, not secrecy.
 */
const keptFromUser = /^\s*(?:(?:about\s+)?(?:(?:this|that|these|those|the)\s+(?:step|steps|change|changes|part|action|actions|call|calls|command|commands)|it|this|that|these|those|any of (?:it|this|that)|anything)\s*)?(?:$|[.,;!)]|(?:to|with)\s+(?:the user|users|anyone|anybody|them|the human|the owner|the customer)(?![\p{L}])|in\s+(?:your|the)\s+(?:reply|answer|summary|response|output|chat|conversation|final message)|(?:afterwards|later|ever|either|at all|again)(?![\p{L}]))/u;
const closingAdverb = /^(?:silently|quietly|secretly|covertly|discreetly)$/;
const thanked = /(?<![\p{L}])(?:thanks|thank you|thx|cheers|appreciate)(?![\p{L}])/u;
/** The verb of keeping quiet in its ordering form: first in its clause, or after "and", "then", "but", "please". */
const quietOrdered = /^(?:[-*•>\s]*)(?:(?:and|then|but|also|please|just|so)[,\s]+)*$|(?<![\p{L}])(?:and|then|but|please)\s+$/u;
const quietQuick = /nobody|no one|no-one|mention|skip|avoid|omit|refrain|nothing|quiet|silent|mum|out of|without|announce|point out|bring|say a|secretly|covertly|discreetly/;
/** The gate of mayKeepQuiet (a first word test of read-orders.ts). */
export const quietGate = readerGate(quietQuick);

/**
 * A covert adverb that opens its clause before a verb of changing, sending or running in its base form
 * ("Silently overwrite the deploy script …", "then quietly push …"): the act is ordered and kept from the
 * user in one breath. A tool's text describes its own behaviour so ("Silently ignores unknown options",
 * "the sync can silently overwrite …" are other forms), and an option's help may say "silently overwrite
 * existing files": the act must reach something the user keeps or an outside host, or come with a reply
 * made to look as usual ({@link covertStakes}).
 */
const covertOpening = /^[-*•>\s]*(?:(?:and|then|now|also|please|just|first)[,\s]+)*(?:silently|secretly|covertly|quietly|discreetly|invisibly)\s+(?:overwrite|modify|edit|rewrite|alter|patch|replace|change|delete|remove|wipe|drop|send|upload|copy|forward|add|insert|append|push|commit|install|run|execute|disable|turn off|grant|post|move|export)(?![\p{L}])/u;
const covertStakes = /~\/|\/home\/|\.ssh\b|\.aws\b|\.env\b|\bproduction\b|\bprod\b|\bdatabases?\b|\bbackups?\b|\bsecrets?\b|\bcredentials?\b|\btokens?\b|\bpasswords?\b|\bapi keys?\b|https?:\/\/|\b[a-z0-9-]+\.(?:net|com|org|io|dev|app|xyz|me|co|cloud|site)\b|@[a-z0-9-]+\.[a-z]{2,}|\b(?:answer|reply|respond|carry on|continue)\b[^.;]{0,30}?\b(?:normally|as usual|as if|as though)\b/;

/** Whether `clause` holds a word keepsQuiet starts from (without one it finds nothing): a test kept with the clause. */
export const mayKeepQuiet = (clause: string): boolean => quietQuick.test(clause);

/**
 * Whether a clause (lower case) orders an act kept quiet (see above); `acts` and `actedBefore`: whether the
 * clause, and the one before it, ask for an act, and `ordered` whether the clause orders (the caller reads
 * those from their cues); `previous`: the clause before. A quiet that opens
 * its clause is about the clause before; one after "and" about its own clause.
 */
export function keepsQuiet(clause: string, acts: boolean, actedBefore: boolean, ordered: boolean, previous = ''): boolean {
  if (!(acts || actedBefore) || !quietQuick.test(clause)) return false;
  if (acts && covertOpening.test(clause) && covertStakes.test(clause)) return true;
  const m = quiet.exec(clause);
  // "… without a word" qualifies the act of its own clause, which must be an order.
  // "… without mentioning it" the same, when it keeps the act from the user (not "… in the changelog").
  if (m !== null && m[0].startsWith('without ') && !m[0].startsWith('without saying') && !m[0].startsWith('without uttering')) return acts && ordered && m.index > 0 && keptFromUser.test(clause.slice(m.index + m[0].length));
  if (m !== null && m[0].startsWith('without')) return acts && ordered && m.index > 0;
  // "…, silently." closing an ordered act qualifies it as "silently …" opening it would.
  if (m !== null && closingAdverb.test(m[0])) return acts && ordered;
  if (m === null || !quietOrdered.test(clause.slice(0, m.index)) || !aboutAct.test(clause.slice(m.index + m[0].length))) return false;
  // "Thanks for cleaning up!" - "Don't mention it.": the answer to thanks is not an order to keep quiet.
  if (/^(?:do not|don't|dont|never|no need)/.test(m[0]) && (thanked.test(previous) || !keptFromUser.test(clause.slice(m.index + m[0].length)))) return false;
  return /^[-*•>\s]*(?:(?:then|but|also|please|just|so)[,\s]+)*$/u.test(clause.slice(0, m.index)) ? actedBefore : acts;
}

// A negated telling that sets how the user is told rather than what is kept back: "never tell the user they
// are wrong without explaining why", "don't say a fix works without running the tests". What "without" names
// gives the user more (a reason, evidence, an alternative) or checks what is said first, so the order asks for
// more disclosure, not less; a delay or a cover ("without waiting a week", "without hiding the names") does not.
const toldOnCondition =
  /(?<![\p{L}])(?:never|do not|don't|must not|should not|shouldn't)\s+(?:tell|say|inform|report|answer|claim)(?![\p{L}])[^.;!?]{0,120}?(?<![\p{L}])without\s+(?:first\s+|also\s+)?(?:explaining|giving|showing|citing|offering|suggesting|providing|including|adding|stating|justifying|linking|quoting|running|testing|verifying|checking|confirming|reading|reviewing|reproducing|looking)(?![\p{L}])/u;

/** Whether a clause (lower case) orders the user told only with something more ({@link toldOnCondition}): no secrecy. */
export function toldOnlyWithMore(clause: string): boolean {
  return clause.includes('without') && toldOnCondition.test(clause);
}

// "Do not tell the user to reinstall": a negated telling whose object is told to do something (`tell X to
// VERB`) forbids advice, not disclosure. A purpose ("don't tell the user, to avoid alarming them" written
// without the comma: "to avoid", "to keep") or a topic ("to the change", "to this") after it still reads as
// keeping something from the user.
const toldWhatToDo =
  /\b(?:never|do not|don't|must not|should not|shouldn't)\s+tell\s+(?:the user|users?|your user|the human|the customer|them)\s+to\s+(?!(?:avoid|prevent|keep|spare|save|stop|not|never|limit|reduce|minimi[sz]e|make sure|ensure|protect|hide)\b)(?!(?:the|a|an|this|that|these|those|it|any|his|her|their|your|our|my)\b)[a-z]/g;

/**
 * Whether a clause (lower case) holds secrecy only as "do not tell the user to VERB" ({@link toldWhatToDo}):
 * with those phrases blanked, `secrecy` (the secrecy cue's pattern) no longer matches.
 */
export function toldOnlyWhatToDo(clause: string, secrecy: RegExp): boolean {
  if (!clause.includes('tell') || !clause.includes(' to ')) return false;
  const rest = clause.replace(toldWhatToDo, (told) => ' '.repeat(told.length));
  return rest !== clause && !secrecy.test(rest);
}
