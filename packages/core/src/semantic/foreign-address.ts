// An order addressed to the AI reading a text, in a language other than English: the English rules read
// "Assistant, delete …" and "Note to the AI: call …" (injection/addressed-to-model); this reads the same
// move by its parts. A vocative opens the clause - the AI named ("Asistente,", "Ассистент,", "助手，",
// "AIアシスタントへ：", "어시스턴트님,", "أيها المساعد،"), after a note's opener when there is one - and
// the rest of the clause orders an act: an imperative of sending, deleting, running, calling, paying,
// downloading or sharing among its first words (or, in languages that mark the imperative in the verb or
// write without spaces, anywhere after the vocative), not negated. A text that speaks about the assistant
// ("El asistente elimina los archivos temporales") opens with no vocative, and a greeting that asks nothing
// ("Asistente, gracias por la ayuda") orders no act.
import { nfkcPattern } from './nfkc-pattern.js';
import { moreReaderGate } from './reader-gates.js';
import * as w from './foreign-words.js';
import * as m from './foreign-words-more.js';
import * as f from './foreign-words-further.js';
import * as o from './foreign-words-office.js';
import * as ops from './foreign-words-ops.js';
import { opsRisk } from './ops-steps.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const start = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
const bound = String.raw`(?![\p{L}\p{M}\p{N}_])`;

/** The AI, as a text names it when it speaks to it. */
const aiNoun = String.raw`(?:(?:ki|ai|ia|ии|ші)[- ]?)?(?:asistente|assistente|assistenten|assistent|assistant|asystent(?:ka|ko)?|asystencie|asistentule|asistent|asistan|ассистент|помощник|асистенте|асистент|asisten|trợ lý|agente|agent|chatbot|bot)(?:\s+(?:de|di|ia|ai|ki|ии|ші|ảo)\s*(?:ia|ai)?)?|ki|ia|ai|ии|ші|модель|modelo de ia|modello`;
/** A note's opener: "note for", "Hinweis an", "к сведению". */
const note = String.raw`(?:nota|notă|note|hinweis|remarque|mensaje|mensagem|messaggio|nachricht|opmerking|uwaga|not|примечание|примітка|к сведению|до уваги|catatan|pesan|lưu ý|gửi|atención|attention|achtung|attenzione|atenção|внимание|увага)\s*(?:para|pour|an|für|per|voor|dla|pentru|для|untuk|cho|à|a|al|ao)?\s*(?:el|la|les|le|l['’]|den|die|das|il|lo|o|a|de|het)?\s*`;
/** The vocatives: the AI named, then a comma or "!" (a colon after a note or "to the AI"). */
const vocatives = (): string =>
  [
    String.raw`(?:${[...o.aiVocatives, ...ops.aiVocatives].map(escape).join('|')})\s*[,!]`,
    String.raw`(?:(?:hola|hallo|hey|hi|salut|ciao|olá|oi|hej|cześć|привет|привіт|merhaba|halo|chào|querido|querida|lieber|liebe|cher|chère|caro|cara|prezado|beste|drogi|dragă|дорогой|дорогий|sevgili)[,\s]+)?(?:${aiNoun})(?:\s+ơi)?\s*[,!]`,
    String.raw`${note}(?:${aiNoun})\s*[:,]`,
    // A noun in the vocative case is spoken to, so a colon may follow it ("Asystencie AI:", "асистенте:").
    String.raw`(?:asystencie|asistentule|асистенте|агенте)(?:\s+(?:ai|ші|ии))?\s*:`,
    // A label "to the AI" in the dative, which a speaker's name never takes ("Asistentam:", "Asistentui:", "Assistendile:").
    String.raw`(?:asistentam|asistentui|asistentovi|assistendile|avustajalle)(?:\s+(?:ai|mi|ti))?\s*:`,
    // A label "for the AI" with a preposition ("Pro asistenta:", "Для ассистента:", "Dla asystenta:").
    String.raw`(?:pro|для|dla|za|per|para|pour|für|voor)\s+(?:(?:ai|ki|ia|ии|ші)[- ]?)?(?:asistenta|asystenta|ассистента|асистента|агента|agenta|assistente|asistente|assistant|assistenten|agente|agent)(?:\s+(?:ai|ия|ші|ии))?\s*:`,
    // Chinese, Japanese, Korean, Arabic and Hindi: the noun, a particle of address, a mark.
    String.raw`(?:致|给|寄)?(?:ai|人工智能)?\s*助手(?:们)?\s*[，,:：!！]`,
    String.raw`(?:ai|ＡＩ)?\s*アシスタント(?:さん)?(?:へ|に告ぐ)?\s*[、,:：!！]`,
    String.raw`(?:ai\s*)?어시스턴트(?:님)?(?:에게|께)?\s*[,:：!]`,
    String.raw`(?:أيها|يا|عزيزي|إلى)\s+(?:ال)?مساعد(?:\s+الذكي)?\s*[،,:!]`,
    String.raw`(?:प्रिय\s+)?(?:एआई\s+)?सहायक(?:\s+के\s+लिए)?\s*[,:!]`,
    ].join('|');
/** A vocative at the clause's start; one anchor, so a clause costs its first characters. */
const vocative = nfkcPattern(
  // An HTML or a markdown comment may open the clause: a page hides its note to the AI there.
  String.raw`^[-*•>"'«„“「【(\[\s#/;]*(?:<!--\s*|\[\/\/\]:\s*#\s*\(\s*)?(?:${vocatives()})`,
  'u',
);
/**
 * A vocative after a short label: a comment's, a field's or a speaker's ("Komenti nga drejtori:", "Disgrifiad:",
 * "Speaker 2:"), a few words at most, so the anchor still costs a clause its first characters. A label turns a
 * field's text to the AI, which a plain description never does, but an ordinary colleague's note may ask it to
 * write or add: only the acts of {@link strongFirst} count after one.
 */
const labelledVocative = nfkcPattern(String.raw`^[-*•>"'«„“\s]*[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'’-]{0,40}:\s+(?:${vocatives()})`, 'u');

/**
 * The nouns of the AI these lexicons read as a vocative, then a colon ("Asistanto: plenumu …"): a speaker's
 * label in a transcript too, so, as after a label, only the acts of {@link strongFirst} or an operations
 * step ({@link opsOrder}) count after one.
 */
const colonVocative = nfkcPattern(String.raw`^[-*•>"'«„“\s]*(?:${[...o.aiVocatives, ...ops.aiVocatives].map(escape).join('|')})\s*:\s+`, 'u');

/**
 * A comment of a script or a config file labelled for the AI ("# asistente: ejecuta …", "// KI-Agent: lösche …"):
 * a transcript's speaker label has the same colon, but no comment mark before it.
 */
const commentLabel = nfkcPattern(String.raw`^\s*(?:#+|\/\/+|;+|--|<!--|\[\/\/\]:\s*#\s*\()\s*(?:${aiNoun}|model|llm)\s*:`, 'u');
/** The gate of addressedOrder: a vocative or a comment's label (every reading, a cell's too, needs one), as one regex for the cue pass. */
export const addressedGate = moreReaderGate(new RegExp(`${vocative.source}|${labelledVocative.source}|${colonVocative.source}|${commentLabel.source}`, 'u'));

/** Calling a tool, paying, downloading, installing: acts the lexicon of foreign-words.ts does not list. */
const moreActs: readonly string[] = [
  'llama', 'llame', 'invoca', 'invoque', 'paga', 'pague', 'transfiere', 'descarga', 'descargue', 'instala', 'instale', 'comparte', 'haz',
  'appelle', 'appelez', 'paie', 'payez', 'vire', 'virez', 'télécharge', 'téléchargez', 'installe', 'installez', 'partage',
  'rufe', 'ruf', 'bezahle', 'bezahl', 'überweise', 'überweis', 'installiere', 'gib', 'teile', 'führe',
  'chiama', 'paga', 'bonifica', 'scarica', 'installa', 'condividi', 'esegui',
  'chame', 'pague', 'transfira', 'baixe', 'instale', 'compartilhe', 'execute', 'rode',
  'roep', 'betaal', 'maak', 'download', 'installeer', 'deel', 'verwijder', 'voer',
  'wywołaj', 'wypchnij', 'zapłać', 'przelej', 'pobierz', 'zainstaluj', 'udostępnij', 'usuń', 'uruchom', 'wykonaj',
  'șterge', 'sterge', 'rulează', 'ruleaza', 'execută', 'executa', 'apelează', 'apeleaza', 'trimite', 'descarcă', 'descarca', 'transferă', 'plătește', 'instalează', 'partajează', 'copiază',
  'вызови', 'оплати', 'переведи', 'скачай', 'установи', 'поделись', 'удали', 'запусти', 'выполни', 'сотри', 'очисти',
  'виклич', 'оплати', 'переказуй', 'завантаж', 'встанови', 'видали', 'запусти', 'виконай',
  'panggil', 'bayar', 'transfer', 'unduh', 'pasang', 'instal', 'hapus', 'jalankan', 'bagikan', 'kirim',
  'gọi', 'trả', 'chuyển khoản', 'thanh toán', 'tải', 'cài', 'cài đặt', 'xóa', 'xoá', 'chạy', 'chia sẻ', 'gửi',
];
/** The same in languages that mark the imperative in the verb (matched anywhere after the vocative). */
const moreForms: readonly string[] = ['çağır', 'çağırın', 'öde', 'ödeyin', 'indir', 'indirin', 'kur', 'kurun', 'sil', 'silin', 'çalıştır', 'gönder', 'aktar', 'استدع', 'ادفع', 'نزّل', 'نزل', 'ثبّت', 'احذف', 'امسح', 'شغّل', 'نفّذ', 'أرسل', 'हटा दो', 'हटा दें', 'मिटा दो', 'चला दो', 'कॉल करो', 'कॉल करें', 'डाउनलोड करो', 'डाउनलोड करें', 'भुगतान करो', 'भेज दो'];
/** And in scripts without spaces. */
const moreSigns: readonly string[] = ['调用', '转账', '支付', '下载', '运行', '执行', '删除', '发送', '分享', '呼び出して', 'ダウンロードして', '送金して', '振り込んで', '実行して', '削除して', '送って', '送信して', '共有して', '호출', '다운로드', '송금', '이체', '삭제', '실행', '보내', '공유'];

const words = [...new Set([...w.movingWords, ...w.actingWords, ...m.movingWords, ...m.actingWords, ...f.movingWords, ...f.actingWords, ...moreActs, ...o.actWords, ...ops.actWords])];
/** Acts that no colleague's note asks of the AI: destroying, calling, paying, sharing, and the sending verbs of foreign-words-office.ts (not writing or adding). */
const strongWords = [...new Set([...w.actingWords, ...m.actingWords, ...f.actingWords, ...moreActs.filter((x) => x !== 'haz' && x !== 'maak'), ...o.actWords, ...ops.actWords])];
/** An act's imperative among the first words after the vocative (an adverb or a purpose may come first). */
const actFirst = nfkcPattern(String.raw`^\s*(?:[\p{L}\p{M}'’-]+[\s,]+){0,5}?(?:${words.map(escape).join('|')})(?:-?(?:los|las|lo|la|le|les|li|lo|ne|gli))?${bound}`, 'u');
const strongFirst = nfkcPattern(String.raw`^\s*(?:[\p{L}\p{M}'’-]+[\s,]+){0,5}?(?:${strongWords.map(escape).join('|')})${bound}`, 'u');
const officeForm = nfkcPattern(`${start}(?:${[...o.actForms, ...ops.actForms].map(escape).join('|')})${bound}`, 'u');
const actForm = nfkcPattern(`${start}(?:و|ف)?(?:${[...w.formWords, ...w.actingForms, ...m.formWords, ...m.actingForms, ...moreForms, ...o.actForms, ...ops.actForms].map(escape).join('|')})${bound}`, 'u');
const actSign = nfkcPattern([...w.movingSigns, ...w.actingSigns, ...moreSigns].map(escape).join('|'), 'gu');
/** A negation among the words before the act ("Asistente, no borres nada"). */
const negated = nfkcPattern(String.raw`^\s*(?:[\p{L}\p{M}'’-]+[\s,]+){0,5}?(?:no|non|não|nao|ne|n['’]|nicht|nie|niet|nu|не|ні|jangan|đừng|không|asla|لا|मत|न|never|jamais|nunca|mai|ikke|aldrig|aldri|nemoj|nemojte|nikoli|nikar|niekada|nekad|ära|ärge|moenie|${[...o.negationWords, ...ops.negationWords].join('|')})${bound}`, 'u');
const everydayAct = nfkcPattern(`${start}(?:${ops.everydayActs.map(escape).join('|')})${bound}`, 'u');
/** Sending verbs only (not writing, adding or copying, which a colleague's note may ask with an address in it). */
const sendingWords = [...o.actWords, ...ops.sendWords, 'pošalji', 'pošaljite', 'proslijedi', 'proslijedite', 'prosledi', 'prosledite', 'pošlji', 'pošljite', 'пошаљи', 'пошаљите', 'проследи'];
const sendingAlt = sendingWords.map(escape).join('|');
const addressAlt = String.raw`[\p{L}\p{N}._%+-]@[\p{L}\p{N}-]+\.\p{L}|https?:\/\/`;
/**
 * A sending imperative with an address or a URL next to it, anywhere after the vocative: after it ("…, then
 * send both keys to x@y"), or before it where the verb comes last ("… x@y પર મોકલો"). Bounded gaps.
 */
const sendsToAddress = nfkcPattern(String.raw`${start}(?:${sendingAlt})${bound}[^]{0,160}?(?:${addressAlt})|(?:${addressAlt})[^]{0,160}?${start}(?:${sendingAlt})${bound}`, 'u');
/** An everyday act with a risky step (ops-steps.ts: an everyday act ordered to the AI counts with one), or a sending one with where to: an order after a vocative wherever its verb stands. */
const opsOrder = (rest: string): boolean => (opsRisk.test(rest) && everydayAct.test(rest)) || sendsToAddress.test(rest);

/** A negation next to an act written without spaces ("不要删除", "削除しないで", "삭제하지 마세요"). */
const signNegated = /不要|别|請勿|请勿|切勿|しないで|ないで|ません|지\s?마|않/u;

/** Whether an act written without spaces is in `rest`, not negated next to it. */
function actBySign(rest: string): boolean {
  actSign.lastIndex = 0;
  for (let a = actSign.exec(rest); a !== null; a = actSign.exec(rest)) {
    if (!signNegated.test(rest.slice(Math.max(0, a.index - 3), a.index + a[0].length + 6))) return true;
  }
  return false;
}

/** Whether a clause (lower case) addresses the AI by a vocative, in another language, and orders it an act. */
export function addressedOrder(clause: string): boolean {
  // A quoted CSV cell opens a text of its own ("jan,jan@…,\"Asistan: …\""): read from the first one.
  const cell = clause.indexOf(',"');
  if (cell > 0 && cell < 160 && vocative.exec(clause) === null && commentLabel.exec(clause) === null) return addressedOrder(clause.slice(cell + 2));
  const v = vocative.exec(clause);
  if (v === null) {
    const l = labelledVocative.exec(clause) ?? colonVocative.exec(clause);
    if (l !== null) {
      const after = clause.slice(l[0].length);
      return !negated.test(after) && (strongFirst.test(after) || officeForm.test(after) || opsOrder(after));
    }
  }
  const label = v === null ? commentLabel.exec(clause) : null;
  if (v === null && label === null) return false;
  const rest = clause.slice((v ?? label)![0].length);
  if (negated.test(rest)) return false;
  // A comment labelled for the AI may order in English too (the English rules read no comment).
  return actFirst.test(rest) || actForm.test(rest) || actBySign(rest) || (v !== null && opsOrder(rest)) || (label !== null && englishActFirst.test(rest));
}
const englishActFirst = /^\s*(?:[\p{L}'’-]+[\s,]+){0,5}?(?:run|execute|delete|remove|send|upload|post|email|forward|call|pay|transfer|install|download|push)(?![\p{L}])/u;
