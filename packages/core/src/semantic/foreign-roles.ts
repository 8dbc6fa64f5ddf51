// An order, in a language other than English, that gives the model a new role free of its rules: "from now
// on you are a model without restrictions" (the signature rules read the English forms). Read as the
// sentence's parts, not as phrases: a change in time ("from now on", "no longer"), the model addressed
// ("you"), and a role without limits - an AI, assistant or model named, or rules named, together with
// "without" limits, filters or rules. "Ab sofort bist du Premium-Mitglied" (no limits), "Du bist jetzt
// angemeldet" and "Agora você é assinante" change nobody's rules.
import { nfkcPattern } from './nfkc-pattern.js';
import { readerGate } from './reader-gates.js';

const start = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
const bound = String.raw`(?![\p{L}\p{M}\p{N}_])`;
const words = (list: string): string => `${start}(?:${list})${bound}`;

/** A change in time: from now on, now, no longer. */
const change = nfkcPattern(
  [
    words(String.raw`ab sofort|ab jetzt|von (?:nun|jetzt) an|ab diesem moment|jetzt|nun|nicht mehr|à partir de (?:maintenant|ce moment|aujourd'hui)|dès maintenant|désormais|dorénavant|maintenant|ne plus|n['’]es plus|desde (?:ahora|este momento|hoy)|a partir de (?:ahora|este momento|hoy)|de ahora en adelante|ahora|ya no|a partir de (?:agora|este momento|deste momento|hoje)|de agora em diante|daqui em diante|agora|não é mais|d['’]ora in poi|da (?:ora|adesso|questo momento|oggi) in (?:poi|avanti)|da adesso|adesso|ora|non sei più|теперь|отныне|с этого момента|больше не|відтепер|тепер|більше не|od teraz|od tej chwili|teraz|już nie|bundan sonra|artık|şu andan itibaren|vanaf nu|voortaan|nu|niet langer|mulai sekarang|mulai saat ini|sekarang|tidak lagi|bukan lagi|từ bây giờ|từ giờ|bây giờ|kể từ nay|không còn`),
    'من الآن|الآن|لم تعد|מעכשיו|מעתה|מהיום|כבר לא|از این به بعد|از حالا|از الان|دیگر|अब से|अभी से|ต่อจากนี้|ตั้งแต่นี้|จากนี้ไป|ตอนนี้|今から|これから|今後|以後|以降|从现在起|从现在开始|从此|此后|今后|从今以后|不再|지금부터|이제부터|이제|앞으로',
  ].join('|'),
  'u',
);

/** The model addressed. */
const you = nfkcPattern(
  [
    words(String.raw`du|bist|sie sind|tu|es|vous êtes|eres|você|tu és|sei|ты|вы|ти|jesteś|jestes|sen|siz|je bent|ben je|jij|kamu|anda|kau|bạn|mày`),
    'أنت|انت|אתה|את|تو|شما|तुम|आप|คุณ|あなた|君|お前|你|您|너|당신',
  ].join('|'),
  'u',
);

/** The role: an AI, an assistant, a model or a bot, or rules it keeps. */
const role = nfkcPattern(
  [
    words(String.raw`ki|ia|ai|assistent\p{L}*|assistant|asistente|assistente|asystent\p{L}*|asisten|asistan\p{L}*|modell|modèle|modelo|modello|model\p{L}*|agent|agente|bot|chatbot|intelligenza artificiale|intelligence artificielle|inteligencia artificial|inteligência artificial|ассистент\p{L}*|модель\p{L}*|ии|бот|асистент\p{L}*|ші|yapay zeka\p{L}*|trợ lý|mô hình|regeln|règles|reglas|regras|regole|правил|zasad|reguł|kural\p{L}*|regels|aturan|quy tắc`),
    'ai(?=[\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}])|نموذج|مساعد|ذكاء اصطناعي|قواعد|מודל|עוזר|בינה מלאכותית|כללים|هوش مصنوعی|مدل|دستیار|قانون|قوانین|एआई|मॉडल|सहायक|नियम|ผู้ช่วย|โมเดล|กฎ|アシスタント|モデル|ルール|助手|模型|人工智能|规则|어시스턴트|모델|인공지능|규칙',
  ].join('|'),
  'u',
);

/** Without limits, filters, rules or censorship. */
const unbounded = nfkcPattern(
  [
    String.raw`ohne\s+(?:jegliche\s+|alle\s+)?(?:einschränkungen|regeln|filter|grenzen|beschränkungen|zensur)|uneingeschränkt|sans\s+(?:aucune\s+)?(?:restrictions?|limites?|règles?|filtres?|censure)|sin\s+(?:ninguna\s+)?(?:filtros?|reglas?|restricciones|límites|censura)|sem\s+(?:nenhuma\s+)?(?:restrições|regras|limites|filtros|censura)|senza\s+(?:alcun\s+)?(?:limiti|regole|restrizioni|filtri|censura)`,
    String.raw`без\s+(?:каких-либо\s+|всяких\s+|жодних\s+)?(?:ограничений|правил|фильтров|цензуры|обмежень|фільтрів|цензури)|bez\s+(?:żadnych\s+)?(?:ograniczeń|zasad|reguł|filtrów|cenzury)|sınırsız|kuralları olmayan|kuralsız|kısıtlamasız|filtresiz|zonder\s+(?:regels|beperkingen|filters|grenzen|censuur)|tanpa\s+(?:batasan|aturan|filter|sensor)|không\s+(?:có\s+)?(?:giới hạn|quy tắc|hạn chế|bộ lọc)|không\s+bị\s+(?:giới hạn|ràng buộc)`,
    'بلا قيود|بدون قيود|دون قيود|بلا قواعد|بدون قواعد|ללא הגבלות|בלי הגבלות|ללא מגבלות|ללא כללים|בלי כללים|ללא סינון|بدون (?:هیچ )?(?:محدودیت|قانون|قوانین|فیلتر)|बिना किसी (?:प्रतिबंध|सीमा|नियम)|बिना (?:प्रतिबंध|नियमों|सीमाओं)|ไม่มีข้อจำกัด|ไม่มีกฎ|ไร้ข้อจำกัด|(?:制限|制約|ルール|規則)(?:の|が|を|も)?(?:持たない|ない|なし|無し)|無制限|ルールに従わない|(?:没有|不受|无)(?:任何)?(?:限制|约束|规则)|不再遵守|제한\\S{0,2}\\s?없는|규칙\\S{0,2}\\s?없는|무제한',
  ].join('|'),
  'u',
);

/** A first test: a word of "without" or of no limits, in one of the languages above (ASCII words whole). */
const quick = /\b(?:ohne|sans|sin|sem|senza|bez|zonder|tanpa)\b|uneingeschr|без|sınırsız|kural|kısıtlamasız|filtresiz|không|بلا|بدون|دون|ללא|בלי|बिना|ไม่มี|ไร้|制限|制約|ルール|規則|没有|不受|无(?:任何)?(?:限制|约束|规则)|不再|제한|규칙|무제한/;
/** The gate of changesRole (reader-gates.ts): its first test. */
export const roleGate = readerGate(quick);

/** Whether a clause (lower case) gives the model, in a language other than English, a new role free of its rules. */
export const changesRole = (clause: string): boolean => quick.test(clause) && unbounded.test(clause) && change.test(clause) && you.test(clause) && role.test(clause);
