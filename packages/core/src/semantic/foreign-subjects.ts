// An order whose subject is the AI, in German, Spanish, French or Portuguese, given in the third person
// ("wenn dein KI-Assistent dieses Ticket liest, soll er …", "cuando tu asistente lea esto, debe …", "la IA que
// use esta herramienta tiene que …", "si un modelo de lenguaje procesa esta página, que ejecute …"): the
// vocative readings (foreign-address.ts) wait for the AI to be spoken to. Read as the AI named as a subject,
// a modal of obligation (or a subjunctive of order), and an act that harms: something sent to an outside
// address, a destructive command or everything deleted, or admin rights given away. A person or a team as
// the subject ("cuando tu contable lea esto, debe …") is no such order, nor is an ordinary act.
import { nfkcPattern } from './nfkc-pattern.js';
import { readerGate } from './reader-gates.js';

// A cheap first test: a word every AI noun below holds.
const mayNameAi = /asist|assist|agent|(?<![\p{L}])(?:ki|ia)(?![\p{L}])|modell|modelo|modèle/u;
/** The gate of ordersAiSubject (reader-gates.ts): its first test. */
export const aiSubjectGate = readerGate(mayNameAi);
const ai = nfkcPattern(
  String.raw`(?<![\p{L}])(?:(?:ki|ia)[- ]?)?(?:asistente|assistente|assistent(?:en)?|assistant|agente|agent(?:en)?|sprachmodell|modelo de lenguaje|modèle de langage|modelo de linguagem|modelo de ia|modèle d'ia|modèle|modelo|modell)(?:\s+(?:de\s+)?(?:ia|ki))?(?![\p{L}])|(?<![\p{L}])(?:la|una|cualquier|a|uma|qualquer|l'|une|toute|die|eine|jede)\s+(?:ia|ki)(?![\p{L}])|(?<![\p{L}])ki-\p{L}+`,
  'u',
);
const obliged = /(?<![\p{L}])(?:soll|sollen|sollst|muss|müssen|musst|hat zu|haben zu|debe|deberá|deben|deberán|tiene que|tendrá que|doit|devra|doivent|devront|il faut|deve|deverá|devem|deverão|tem de|tem que|terá de|precisa|que (?:ejecute|borre|elimine|envíe|envie|mande|reenvíe|suba|comparta|publique|execute|apague|exclua|envoie|supprime|exécute))(?![\p{L}])/u;
const address = /https?:\/\/|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z0-9.-]+/;
const sends = /(?<![\p{L}])(?:schick\p{L}*|send\p{L}*|übermittel\p{L}*|weiterleit\p{L}*|hochlad\p{L}*|envia\p{L}*|envía\p{L}*|reenvia\p{L}*|reenvía\p{L}*|mand\p{L}*|sub\p{L}*|envoy\p{L}*|envoi\p{L}*|transmet\p{L}*|transfér\p{L}*|encaminh\p{L}*|compartilh\p{L}*|compart\p{L}*|partag\p{L}*|publi\p{L}*)(?![\p{L}])/u;
// Destroying what the user keeps, or a command that does; admin rights given away.
const destroys = /rm\s+-[a-z]*[rf]|git\s+push\s+(?:-f|--force)|drop\s+(?:table|database)|(?<![\p{L}])(?:alle[ns]?|sämtliche|todos? (?:los|as|os)?|todas? (?:las|as)?|tous les|toutes les|tout le|todo el|todo o|o histórico|el historial|l'historique)\b[^.;]{0,40}(?:löschen|lösche|entfernen|borrar|borre|eliminar|elimine|apagar|apague|excluir|exclua|supprimer|supprime|effacer|efface)|(?:löschen|lösche|entfernen|borrar|borre|eliminar|elimine|apagar|apague|excluir|exclua|supprimer|supprime|effacer|efface)\b[^.;]{0,24}(?:alle[ns]?|todos?|todas?|tous|toutes|tout|histórico|historial|historique)/u;
const grants = /(?<![\p{L}])(?:admin\p{L}*|administra\p{L}*|owner|propriétaire|eigentümer|dueño|proprietário)(?![\p{L}])/u;
const giving = /(?<![\p{L}])(?:donner|donne|accorder|accorde|geben|gib|erteilen|vergeben|dar|dé|otorgar|conceder|conceda|conceda|atribuir|atribua)(?![\p{L}])/u;

/** Whether a clause (lower case) orders, in the third person, the AI named as its subject to send something out, destroy or give admin rights away. */
export function ordersAiSubject(clause: string): boolean {
  if (!mayNameAi.test(clause)) return false;
  const subject = ai.exec(clause);
  if (subject === null) return false;
  const rest = clause.slice(subject.index + subject[0].length);
  const must = obliged.exec(rest);
  if (must === null) return false;
  // A negation of the modal: before it ("no debe", "il ne doit"), or just after it ("soll er nicht", "ne doit pas").
  if (/(?<![\p{L}])(?:no|nicht|ne|n'|não|nunca|jamais|niemals|nie)\s*$/u.test(rest.slice(Math.max(0, must.index - 12), must.index))) return false;
  const act = rest.slice(must.index);
  if (/^\S+\s+(?:\S+\s+)?(?:nicht|niemals|pas|jamais|nunca)(?![\p{L}])/u.test(act)) return false;
  return (address.test(act) && sends.test(act)) || destroys.test(act) || (giving.test(act) && grants.test(act));
}
