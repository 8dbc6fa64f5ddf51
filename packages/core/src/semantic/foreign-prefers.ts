// A tool's metadata, in a language other than English, that tells the model to use this tool over the
// others (the persuasion cue reads "instead of any other tool", "always use this" in English): this tool
// named, the other tools named, and either a substitution ("en lugar de", "statt", "вместо", "而不是",
// "ではなく") or the other tools forbidden or set against the user's own choice ("no uses otras
// herramientas", "其他工具禁止使用", "aunque el usuario pida otra"). A description that compares its tool
// with another ("plus lent que web_search") or names the version it replaces sets nothing against them.
import { nfkcPattern } from './nfkc-pattern.js';
import { readerGate } from './reader-gates.js';

const start = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
const bound = String.raw`(?![\p{L}\p{M}\p{N}_])`;
const words = (list: string): string => `${start}(?:${list})${bound}`;

/** This tool, named by the text about it. */
const thisTool = nfkcPattern(
  [
    words(String.raw`esta herramienta|este tool|cet outil|cette fonction|dieses (?:tool|werkzeug)|diese funktion|questo (?:strumento|tool)|esta ferramenta|deze tool|dit hulpmiddel|to narzędzie|tego narzędzia|acest (?:instrument|tool)|această unealtă|bu araç\p{L}*|этот инструмент|этим инструментом|цей інструмент|alat ini|công cụ này`),
    '本工具|此工具|这个工具|該工具|このツール|이 도구|هذه الأداة|यह टूल|इस टूल|यह उपकरण',
  ].join('|'),
  'u',
);

/** The other tools: "any other tool", "the others", a tool of another server. */
const otherTools = nfkcPattern(
  [
    words(String.raw`(?:cualquier )?otras? herramientas?|las demás(?: herramientas)?|(?:les |des )?autres outils|tout autre outil|andere\p{L}* (?:[\p{L}-]+-)?(?:tools|werkzeuge)|andere[\p{L}-]*-tools|altri strumenti|qualsiasi altro strumento|outras ferramentas|qualquer outra ferramenta|andere tools|inne narzędzia|innych narzędzi|alte instrumente|diğer araç\p{L}*|başka (?:bir )?araç\p{L}*|други\p{L}* инструмент\p{L}*|остальны\p{L}* инструмент\p{L}*|інш\p{L}* інструмент\p{L}*|alat lain(?:nya)?|công cụ khác`),
    '其他[^，。]{0,6}?工具|别的工具|他のツール|다른 도구|الأدوات الأخرى|أي أداة أخرى|अन्य टूल|दूसरे टूल',
  ].join('|'),
  'u',
);

/** A substitution: instead of, in place of. */
const instead = nfkcPattern(
  [
    words(String.raw`en lugar de|en vez de|à la place d\p{L}*|au lieu d\p{L}*|statt|anstelle|anstatt|invece d\p{L}*|al posto d\p{L}*|em vez de|ao invés de|no lugar de|in plaats van|zamiast|în loc de|in loc de|yerine|вместо|замість|alih-alih|daripada|thay vì|thay cho`),
    '而不是|而非|代替|ではなく|の代わりに|대신|بدلا من|بدلاً من|के बजाय|की जगह',
  ].join('|'),
  'u',
);

/** A tool's name after a substitution ("statt read_file"). */
const namedAfter = /^\s*(?:de |di |d'|des |del |do |da |der |dem |den |the )?[`'"“«]?[a-z][a-z0-9]*[_.-][a-z0-9_.-]+/u;

/** The other tools forbidden: a negative imperative of using or calling, or a ban. */
const forbidden = nfkcPattern(
  [
    words(String.raw`no (?:uses|utilices|llames|invoques)|nunca (?:uses|utilices|llames)|n['’]utilise (?:pas|jamais)|n['’]appelle (?:pas|jamais)|ne (?:les )?(?:utilise|appelle) (?:pas|jamais)|interdit\p{L}*|prohibid\p{L}*|verwende (?:keine|nie)|nutze (?:keine|nie)|(?:darfst|dürfen) (?:du |sie )?(?:\p{L}+ ){0,2}?(?:nicht|nie|niemals)|verboten|non (?:usare|chiamare|utilizzare)|vietat\p{L}*|não (?:use|usar|utilize|chame)|nunca (?:use|utilize|chame)|proibid\p{L}*|gebruik (?:geen|nooit)|verboden|nie (?:używaj|wywołuj|korzystaj)|zabronion\p{L}*|nu (?:folosi|folosiți|apela|utiliza)|interzis\p{L}*|kullanma\p{L}*|çağırma\p{L}*|yasak\p{L}*|не (?:используй|используйте|вызывай|вызывайте|применяй)|запрещен\p{L}*|не (?:використовуй|використовуйте|викликай)|заборонен\p{L}*|jangan (?:gunakan|pakai|panggil)|dilarang|đừng (?:dùng|sử dụng|gọi)|không được (?:dùng|sử dụng|gọi)|cấm`),
    '不要(?:使用|调用|用)|别(?:使用|调用|用)|禁止(?:使用|调用)|不得(?:使用|调用)|使用禁止|使わないで|使用しないで|呼び出さないで|사용하지\\s?마|호출하지\\s?마|사용\\s?금지|لا تستخدم|لا تستدع|ممنوع|इस्तेमाल न|उपयोग न|मत (?:करो|करें)',
  ].join('|'),
  'u',
);

/** The user's own choice set aside: "even if the user asks for another". */
const againstUser = nfkcPattern(
  [
    words(String.raw`aunque el usuario|incluso si el usuario|même si (?:l['’]utilisat\p{L}*|on te|on vous)|auch wenn (?:der|die) (?:nutzer|benutzer|anwender)\p{L}*|anche se l['’]utente|mesmo que o (?:usuário|utilizador)|zelfs als de gebruiker|nawet jeśli użytkownik|chiar dacă utilizatorul|kullanıcı\p{L}* (?:\p{L}+ )?(?:istese|isterse) bile|даже если пользователь|навіть якщо користувач|bahkan jika pengguna|kể cả khi người dùng|ngay cả khi người dùng`),
    '即使用户|即便用户|哪怕用户|ユーザーが[^。]{0,20}?ても|사용자가[^.]{0,20}?(?:도|더라도)|حتى لو طلب المستخدم|भले ही उपयोगकर्ता',
  ].join('|'),
  'u',
);

/** A condition: guidance on when to use the tool ("en lugar de read_file cuando el archivo pesa más de 10 MB"). */
const condition = nfkcPattern(
  [
    words(String.raw`cuando|si|wenn|falls|sobald|quand|lorsque|quando|se|als|wanneer|gdy|kiedy|jeśli|când|dacă|daca|eğer|если|когда|якщо|коли|jika|ketika|apabila|khi|nếu|para (?:archivos|ficheros|arquivos)|pour les|für (?:große|kleine|dateien)|per (?:file|i file)`),
    '当|如果|場合|とき|時は|경우|때는|إذا|عندما|जब|अगर',
  ].join('|'),
  'u',
);

/** A first test: the words that name this tool, as plain literals (every description names a tool, few name it so). */
const quick = /esta herramienta|este tool|cet outil|cette fonction|dieses tool|dieses werkzeug|diese funktion|questo|esta ferramenta|deze tool|dit hulpmiddel|narzędzi|acest|această|bu araç|этот|этим|цей|alat ini|công cụ này|本工具|此工具|这个工具|該工具|このツール|이 도구|هذه الأداة|टूल|उपकरण/;
/** The gate of prefersItself (reader-gates.ts): its first test. */
export const prefersGate = readerGate(quick);

/** Whether a clause (lower case) of tool metadata tells the model, in another language, to use its tool over the others. */
export function prefersItself(clause: string): boolean {
  if (!quick.test(clause) || !thisTool.test(clause)) return false;
  const i = instead.exec(clause);
  const other = otherTools.exec(clause);
  if (i !== null && (other !== null || namedAfter.test(clause.slice(i.index + i[0].length))) && !condition.test(clause)) return true;
  if (other === null) return false;
  if (againstUser.test(clause)) return true;
  // The other tools forbidden: a negation or a ban next to them (before, or after in verb-last languages).
  return forbidden.test(clause.slice(Math.max(0, other.index - 24), other.index + other[0].length + 24));
}
