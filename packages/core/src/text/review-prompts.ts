// A prompt template's sentence that asks the model only to read and report: "To the AI assistant: check that
// legal hold LH-7 covers its custodians and write a summary for the general counsel; delete nothing", "À
// l'assistente AI: verificate … è fate un riassuntu …; ùn sguassate nunda". A `prompts/get` answer is the
// user's own request, written to the model by design: its address to the AI ("To the assistant:") is no forged
// turn there, and checking, comparing or summarising changes nothing. The sentence is read as such when each of
// its clauses (after the address) opens with a reading or reporting act, or forbids every change ("delete
// nothing"); a clause that releases, deletes, sends, pays, grants or keeps anything from anyone is no such act,
// and neither may an address (a mail address, a URL), account digits or such a verb stand anywhere in the
// clauses that read. The closed classes
// are per language (English, Corsican, Italian, French, Spanish, Portuguese), imperative forms only. A word
// that is "and" in one language and an article in another (Italian "e", Corsican "e" = "the") splits a clause
// either way: the reading then passes less, never more.

import { sentencesBlanked } from './agent-guidance.js';

/** An address to the AI opening the sentence ("To the AI assistant:", "À l'assistente AI:", "Assistant,"). */
const addressToAi =
  /^[\s"'*>•-]*(?:(?:to|for|note to|note for|à|a|al|all'|à l'|a l'|per|para|pour|ao|à la|para el|para o)\s*(?:the\s+|l'|el\s+|la\s+|le\s+|o\s+|il\s+)?)?(?:ai\s+|ia\s+)?(?:assistant|assistente|asistente|agent|agente|model|modèle|modello|modelo)(?:\s+(?:ai|ia))?\s*[:,]\s*/iu;

/** Reading or reporting acts, as imperatives, opening a clause. */
const readsOrReports = new RegExp(
  String.raw`^(?:please\s+|kindly\s+|per piacere\s+|s'il vous plaît\s+|por favor\s+)?(?:` +
    [
      // English
      String.raw`check|verify|review|confirm|compare|read|examine|assess|identify|list|count|flag|note|explain|describe|summari[sz]e|(?:write|draft|prepare|give(?: me)?|produce)\s+(?:a|an|the)\s+(?:short\s+|brief\s+)?(?:summary|overview|memo|report|note|list)`,
      // Corsican
      String.raw`verificate|verificà|cuntrullate|cuntrullà|leghjite|paragunate|listate|spiecate|fate\s+(?:un|una)\s+(?:riassuntu|riassuntu scrittu|rapportu|lista|nota)`,
      // Italian
      String.raw`verifica|verificate|controlla|controllate|rivedi|rivedete|confronta|confrontate|leggi|leggete|esamina|esaminate|elenca|elencate|riassumi|riassumete|spiega|spiegate|(?:fai|fate|scrivi|scrivete|prepara|preparate)\s+(?:un|una)\s+(?:riassunto|sintesi|rapporto|elenco|nota)`,
      // French
      String.raw`vérifiez|vérifie|contrôlez|contrôle|relisez|relis|comparez|compare|examinez|examine|listez|liste|résumez|résume|expliquez|(?:faites|fais|rédigez|rédige|préparez|prépare)\s+(?:un|une)\s+(?:résumé|synthèse|rapport|liste|note)`,
      // Spanish and Portuguese
      String.raw`verifica|verifique|comprueba|compruebe|revisa|revise|compara|compare|lee|lea|examina|examine|enumera|enumere|resume|resuma|explica|explique|confira|leia|liste|(?:haz|haga|escribe|escriba|prepara|prepare|faça|faz|escreva)\s+(?:un|una|um|uma)\s+(?:resumen|resumo|informe|relatório|lista|nota)`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{M}])`,
  'iu',
);

/** A clause that forbids every change: a change verb, negated, with "nothing". */
const forbidsEveryChange = new RegExp(
  String.raw`^(?:(?:do not|don't|never)\s+(?:delete|remove|erase|change|modify|alter|edit|touch|release)\s+anything|(?:delete|remove|erase|change|modify|alter|edit|touch|release)\s+nothing|ùn\s+(?:sguassate|sguassà|cambiate|mudificate|tuccate)\s+nunda|non\s+(?:cancellate|cancellare|eliminate|eliminare|modificate|modificare|cambiate|toccate)\s+(?:nulla|niente)|ne\s+(?:supprimez|supprime|modifiez|modifie|changez|effacez|touchez)\s+(?:rien|à rien)|no\s+(?:borres|borre|elimines|elimine|cambies|cambie|modifiques|modifique|toques|toque)\s+nada|não\s+(?:apague|exclua|altere|mude|toque)\s+(?:nada|em nada))[\s.!]*$`,
  'iu',
);

/** What no reading or reporting asks: an address data would go to, account digits, or acts beyond reading anywhere in the sentence. */
const beyondReading =
  /@|:\/\/|\bwww\.|\d{8,}|\b(?:send|forward|e-?mail|upload|share|post|publish|pay|transfer|wire|grant|approve|release|delete|remove|erase|purge|wipe|disable|ignore|secret|password|token|tell|inform|hide|quietly|silently|liberate|liberà|sguassate|inviate|mandate|cancellate|eliminate|envoyez|supprimez|envía|borra|elimina|envie|apague)\b/iu;

/** The clauses of a sentence: split at `;`, `,` and "and" or "then" in the languages read (blank-delimited: `\b` is ASCII-only, so it never bounds "è"). */
const clauseBreak = /\s*[;,]\s*|\s+(?:and(?: then)?|then|è|e|ed|et|puis|y|luego|depois)\s+/iu;

/** Whether one sentence of a prompt template asks only for reading and reporting (see above). */
export function asksOnlyReading(sentence: string): boolean {
  const s = sentence.trim().replace(addressToAi, '');
  if (s.length === 0 || s.length > 400) return false;
  const clauses = s.split(clauseBreak).map((c) => c.trim()).filter((c) => c.length > 0);
  // The clauses that forbid every change are read first: their change verb ("delete nothing") is what they forbid.
  const rest = clauses.filter((c) => !forbidsEveryChange.test(c));
  // Every other clause opens with a reading or reporting act: a list that runs on past a comma or "and" is
  // left to the scorer (this reading only ever passes a text, so it errs on reading less).
  return rest.length > 0 && rest.every((c) => readsOrReports.test(c)) && !beyondReading.test(rest.join(' '));
}

/** `text` (a prompt template's turn) with each sentence that asks only for reading and reporting blanked; '' when there is none. */
export function readingAsksBlanked(text: string): string {
  return sentencesBlanked(text, asksOnlyReading);
}
