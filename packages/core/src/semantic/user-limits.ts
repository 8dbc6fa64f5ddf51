// An order to set aside what the user asked of the model: "ignore the user's limits", "disregard what the
// user said about limits", "the user's restrictions no longer apply". The model's bounds come from the user
// in the conversation; a tool result or a tool's description has no say over them, so an order to drop them
// needs no target (secrets, a command) to be one - unlike setting "the instructions" aside (overrides.ts),
// which documentation does about its own steps. Read as an order: the verb opens the clause (after a list
// mark, a short lead or "please"), or the model is told it may or must; a description ("the admin flag makes
// the server ignore the user's limits") has the verb mid-clause and passes. English, German, French, Spanish,
// Italian and Portuguese.

import { readerGate } from './reader-gates.js';
const lead = String.raw`^(?:[-*•>#\d.)(\["'\x60\s]*)(?:[\p{L}\p{N}' ]{1,30}[,:]\s*)?(?:(?:please|now|just|simply|from now on|bitte|jetzt|s'il te plaît|maintenant|por favor|ahora|per favore|ora|agora)\s+)*`;
const modal = String.raw`(?:^|[^\p{L}])(?:you|the (?:assistant|agent|model|ai))\s+(?:should|must|can|may|are (?:free|allowed|permitted) to|need to|have to)\s+(?:now\s+|safely\s+|simply\s+)?`;
const setAside = String.raw`(?:ignore|disregard|forget|bypass|override|overrule|drop|discard|set aside|pay no attention to|stop (?:following|respecting|honou?ring|obeying)|(?:don't|do not) (?:follow|respect|honou?r|obey|worry about)|ignoriere|ignorieren|missachte|vergiss|ignore|ignorez|oublie|oubliez|ignora|ignore|olvida|omite|dimentica|desconsidere|esqueça)`;
const bounds = String.raw`(?:limits?|limitations?|restrictions?|constraints?|boundaries|bounds|rules|instructions?|wishes|requests?|guardrails?|policies|grenzen|einschränkungen|vorgaben|regeln|anweisungen|wünsche|limites|restrictions|contraintes|règles|consignes|límites|restricciones|reglas|instrucciones|limiti|restrizioni|regole|istruzioni|restrições|regras|instruções)`;
const user = String.raw`(?:the user|users|the human|the operator|the owner|der (?:nutzer|benutzer)|des (?:nutzers|benutzers)|l'utilisateur|de l'utilisateur|el usuario|del usuario|l'utente|dell'utente|o usuário|do usuário)`;
const usersBounds = String.raw`(?:(?:the |any |all |every )?(?:user's|users'|human's|operator's|owner's)\s+(?:own\s+|earlier\s+|previous\s+|stated\s+)?${bounds}|(?:the |any |all )?${bounds}\s+(?:set |given |imposed |specified |defined |stated )?(?:by|of|from)\s+${user}|(?:die|les|los|las|i|le|as|os)\s+${bounds}\s+${user}|what(?:ever)?\s+${user}\s+(?:said|says|asked|wants|told you|specified|set|wrote))`;
const order = new RegExp(String.raw`(?:${lead}|${modal})${setAside}\s+(?:(?:all|any|every)\s+(?:of\s+)?)?${usersBounds}(?![\p{L}])`, 'u');
const voided = new RegExp(String.raw`(?:^|[^\p{L}])(?:the\s+)?(?:user's|users'|human's)\s+(?:own\s+)?${bounds}\s+(?:no longer apply|do not apply|don't apply|are (?:now\s+)?(?:void|lifted|removed|suspended|waived|cancell?ed|overridden|obsolete|no longer (?:valid|in effect|binding))|have been (?:lifted|removed|suspended|waived|cancell?ed|overridden))`, 'u');
/** The cheapest first test: every form names the user (plain searches, no regex). */
const namesUser = (clause: string): boolean =>
  clause.includes('user') || clause.includes('human') || clause.includes('operator') || clause.includes('owner') || clause.includes('nutzer') || clause.includes('utilisat') || clause.includes('usuari') || clause.includes('usuári') || clause.includes('utente');
/** Cheap first tests: a verb of setting aside, or a word declaring void (the literals of each, no Unicode mode). */
const maySetAside = /ignor|disregard|forget|bypass|overrid|overrul|drop|discard|set aside|no attention|stop |don't|do not|missacht|vergiss|oubli|olvid|omite|dimentic|desconsider|esque/;
/** With {@link voidGate} and {@link limitsUserGate}, the gates of setsUserLimitsAside. */
export const setAsideGate = readerGate(maySetAside);
const mayVoid = /apply|void|lifted|removed|suspended|waived|cancel|overridden|obsolete|no longer/;
/** See {@link setAsideGate}. */
export const voidGate = readerGate(mayVoid);
/** namesUser's words as one regex for the cue pass: the third gate of setsUserLimitsAside. */
export const limitsUserGate = readerGate(/user|human|operator|owner|nutzer|utilisat|usuari|usuári|utente/);

/** Whether a clause (lower case) orders the model to set aside the limits, rules or wishes the user gave it. */
export function setsUserLimitsAside(clause: string): boolean {
  if (!namesUser(clause)) return false;
  return (maySetAside.test(clause) && order.test(clause)) || (mayVoid.test(clause) && voided.test(clause));
}
