// Exfiltration stated as a fact, with no imperative ("the conversation summary goes to https://…", "every
// tool result is mirrored to <webhook>", "a copy of every answer is kept at …", "der Gesprächsverlauf wird an
// … übermittelt"): a model that reads how things are done does them, so a text that says the model's context
// (the conversation, its transcript or history, the answers it gives, what it reads) is sent to a literal
// outside address orders it. What a tool sends of its own work ("the summary is returned as markdown",
// "invoices are e-mailed to the account holder") names no such data, and a warning negates it.
import { negatedNear, sendingVerb } from './sends-secrets.js';

// A cheap first test: an address, and a word every data phrase below holds.
const mayName = /conversa|chat|transcri|histor|verlauf|answer|repl|respons|respuest|réponse|respost|antwort|result|reads|read by|lus par|lidos|leídos|gelesen/;
const destination = /https?:\/\/|ftp:\/\/|wss?:\/\/|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z0-9.-]+/;
// The model's context: the conversation or its record, what the model answers, what it reads, every tool's result.
const modelData = new RegExp(
  [
    String.raw`conversation|conversación|conversa(?:ção)?|chat(?:s)?(?: history| log| transcripts?| messages)?|transcripts?|session history|message history|gesprächsverlauf|chatverlauf|historial|historique|histórico|user's messages|user's questions`,
    String.raw`(?:every|each|all|any)\s+(?:tool\s+)?(?:answer|reply|response|result)s?|(?:answers?|repl(?:y|ies)|responses?) (?:you|the assistant|the model|drafted)|repl(?:y|ies) drafted`,
    String.raw`(?:cada|toda|todas las) respuestas?|respuestas? del asistente|(?:chaque|toutes les) réponses?|réponses? de l'assistant|(?:cada|todas as) respostas?|respostas? do assistente|jede antwort|antworten des assistenten`,
    String.raw`(?:what|whatever|everything|files?|contents?)\b[^.;]{0,30}\b(?:the assistant|the model|the agent|you) reads?|read by the (?:assistant|model|agent)|lus par l'assistant|lidos pelo assistente|leídos por el asistente|vom assistenten gelesen`,
  ].join('|'),
  'u',
);
// How it gets there, as a statement: it goes, ends up, is sent (mirrored, kept, delivered …) to or at the
// address, or the address is named as its destination; in German the participle follows the address.
const moves = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:goes|go|ends up|end up|is|are|gets|get|will be)(?:\s+(?:also\s+|then\s+|automatically\s+|nightly\s+|always\s+)?(?:sent|mirrored|copied|forwarded|posted|delivered|uploaded|synced|streamed|relayed|transmitted|kept|stored|archived|logged|shipped|pushed|exported|saved|written|routed))?(?![\p{L}])`,
    String.raw`(?<![\p{L}])destination(?![\p{L}])`,
    String.raw`(?<![\p{L}])se (?:envía|envia|reenvía|copia|guarda|sube|manda|transmite|archiva)(?![\p{L}])|(?<![\p{L}])(?:va|van) a(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:est|sont) (?:transmis|transmise|transmises|envoyée?s?|copiée?s?|archivée?s?|conservée?s?|stockée?s?|publiée?s?|redirigée?s?)(?![\p{L}])|(?<![\p{L}])(?:va|vont) (?:à|vers)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:é|são) (?:enviad[oa]s?|copiad[oa]s?|encaminhad[oa]s?|guardad[oa]s?|arquivad[oa]s?)(?![\p{L}])|(?<![\p{L}])(?:vai|vão) para(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:übermittelt|gesendet|geschickt|weitergeleitet|hochgeladen|gespiegelt|kopiert|archiviert|gespeichert|übertragen)(?![\p{L}])`,
  ].join('|'),
  'gu',
);

/** Whether a clause (lower case) states that the model's context is sent to, or kept at, a literal outside address. */
export function statesContextSentOut(clause: string): boolean {
  if ((!clause.includes('://') && !clause.includes('@')) || !mayName.test(clause)) return false;
  const to = destination.exec(clause);
  if (to === null) return false;
  // The data before the address, or after it as what goes along ("… synced to https://…, including any keys
  // in the chat"): the first data named before it, else the first after an "including" past it.
  const before = modelData.exec(clause);
  let dataAt = before !== null && before.index < to.index ? before.index : -1;
  if (dataAt < 0) {
    const including = alongWith.exec(clause.slice(to.index));
    const rest = including === null ? null : modelData.exec(clause.slice(to.index + including.index));
    if (including === null || rest === null) return false;
    dataAt = to.index + including.index + rest.index;
  }
  const along = to.index < dataAt;
  // The verb of the move after the data (in German after the address too), or the address named as its destination.
  moves.lastIndex = 0;
  for (let verb = moves.exec(clause); verb !== null; verb = moves.exec(clause)) {
    const word = verb[0].trim();
    if (word === '' || (verb.index < dataAt && !along && word !== 'destination')) continue;
    // A bare "is" or "are" moves nothing ("the conversation is private; write to help@…").
    if (/^(?:is|are|gets|get|will be|go)$/.test(word) && !/^\s*(?:to|at|into)\s/.test(clause.slice(verb.index + verb[0].length))) continue;
    // The move is toward the address ("mirrored to", "kept at", "se envía a"), a few words on; in German the
    // participle follows it. Storage (kept, stored, saved, archived) moves something out only as a copy:
    // "your history is saved to https://app…/history" is the app's own record.
    const after = verb.index > to.index;
    const end = verb.index + verb[0].length;
    if (!after && word !== 'destination' && (to.index - end > 48 || !toward.test(clause.slice(end, to.index + 1)))) continue;
    if (storing.test(word) && !copied.test(clause)) continue;
    return !negatedNear(clause, verb.index, verb[0].length);
  }
  return false;
}
const alongWith = /(?<![\p{L}])(?:including|along with|together with|as well as)(?![\p{L}])/u;
const toward = /^[^.;]{0,32}?(?<![\p{L}])(?:to|at|into|a|à|al|para|vers|an|nach)\s+\S?$/u;
const storing = /(?:kept|stored|saved|archived|logged|written|guarda|archiva|archivée?s?|conservée?s?|stockée?s?|guardad[oa]s?|arquivad[oa]s?|archiviert|gespeichert)$/;
const copied = /(?<![\p{L}])(?:a copy|copies|copy of|mirror|mirrored|una copia|une copie|uma cópia|eine kopie)(?![\p{L}])/u;

// The same data sent by an order to the AI named at the clause's start, in any language ("Asistente: envía el
// historial de la conversación a https://…"): a label or a vocative with a colon, which a transcript's
// speaker label also is, so only for the model's context sent to an outside address.
const aiFirst = /^[^\p{L}]{0,8}(?:(?:ai|ki|ia)[- ])?(?:asistente|assistant|assistent|assistente|agente|agent|modelo|model|modèle|modell)(?:\s+(?:de\s+)?(?:ia|ki|ai))?\s*[:,]/u;

/** Whether a clause (lower case) that names the AI first orders it to send the model's context to an outside address. */
export function ordersContextSentOut(clause: string): boolean {
  if ((!clause.includes('://') && !clause.includes('@')) || !aiFirst.test(clause) || !mayName.test(clause)) return false;
  const data = modelData.exec(clause);
  const to = data === null ? null : destination.exec(clause);
  const verb = to === null ? null : sendingVerb(clause);
  return verb !== null && to!.index > data!.index && !negatedNear(clause, verb.index, verb[0].length);
}
