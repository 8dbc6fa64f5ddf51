// A sentence that only forbids: "You must not read or print `secrets/*.enc` or call the production API",
// "Never commit .env", "Do not run migrations against staging". It speaks to the model as an order does, but
// what it asks is that something not be done; nothing happens if the model obeys it. What a prohibition must
// not hold to be read so: a second clause that asks something after all ("…; use mine instead", "… but send
// it to …", "… unless …"), a safeguard it switches off (never tell, ask, confirm, warn, check, show, refuse,
// stop: the user kept out), an order set aside (never follow the rules above), a tool it turns the model
// away from (never use the built-in tool: a preference asked), or secrecy. A placeholder offered in the
// forbidden value's stead ("never repeat secrets, write [redacted] instead") asks nothing more: it is how the
// prohibition is kept. A prohibition that ends a sentence after a `;` is read as the sentence's last clause
// (the clauses before it are judged as they are).

import { sentenceEnd } from './agent-guidance.js';

/** A sentence opening with a prohibition: a bullet or a short lead, then you / the assistant, then the modal. */
const forbids = /^[ \t]*(?:[-*•>]+[ \t]*|\d{1,2}[.)][ \t]*)?(?:(?:important|note|rule)[ \t]*:[ \t]*)?(?:(?:please|also)[ \t]+)?(?:(?:you|the (?:(?:ai|llm|coding)[ \t]+)?(?:assistant|agent|model|ai)|(?:(?:ai|llm|coding)[ \t]+)?(?:agents?|assistants?|models?))[ \t]+)?(?:must not|mustn't|must never|should not|shouldn't|should never|may not|cannot|can't|can never|do not|don't|never|are not (?:allowed|permitted) to|are (?:forbidden|prohibited) (?:to|from))[ \t]+\S/i;
/** What makes it more than a prohibition: a second clause that asks, or a safeguard, an order, a tool or the user set aside. */
const asksMore = /[;:]|\b(?:but|instead|rather|unless|until|except|otherwise|then|so that|because|since|only|whenever|when|if|use|using|prefer|tell|telling|mention|inform|notify|ask|asking|confirm|confirming|warn|show|showing|reveal|disclose|refuse|refusing|stop|question|check|checking|verify|wait|waiting|report|alert|log|display|follow|obey|apply|respect|honou?r|trust|the user|users?'s?|human|previous|prior|above|system|instructions?|rules?|prompt|policy|policies|guidelines?|limits?|restrictions?|safety|filters?|secrets? from|anyone|let)\b/i;

/**
 * A last clause that puts a placeholder where the forbidden value would go: "write [redacted] instead",
 * "use *** in its place", "replace them with <hidden>". The placeholder is a bracketed or starred word that
 * holds nothing, or the words "a placeholder"/"asterisks"; a clause that names anything else is a second ask.
 */
const placeholderInstead = /[,;]?[ \t]+(?:and[ \t]+)?(?:write|put|use|show|print|output|say|type|insert|replace (?:it|them|each|those) with|mask (?:it|them) (?:as|with))[ \t]+(?:["'`]?(?:\[[ \t]*(?:redacted|hidden|masked|removed|secret|omitted)[ \t]*\]|<[ \t]*(?:redacted|hidden|masked|removed|secret|omitted)[ \t]*>|\*{3,}|x{3,}|redacted|REDACTED)["'`]?|a placeholder|placeholders|asterisks)(?:[ \t]+(?:instead|in (?:its|their) place))?[ \t]*[.!]?[ \t]*$/i;

/**
 * "Use" or "run" of a command line (a program and its options: "never use `git push --force`", "do not run
 * rm -rf"): forbidding a command asks for no other tool, where "never use the built-in fetch tool" does.
 */
const usesCommand = /\b(?:use|using)[ \t]+(?=`?[a-z][\w.-]*(?:[ \t]+[\w.-]+){0,2}[ \t]+--?[a-z])/gi;

/** The longest sentence read as a prohibition (a long one holds more than one ask). */
const maxSentence = 160;

/** Whether one sentence only forbids. */
export function onlyForbids(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length > maxSentence || !forbids.test(s)) return false;
  // What follows the modal: the forbidden acts, of which none may be a safeguard and no second clause may ask
  // (a placeholder put in the forbidden value's place asks nothing).
  return !asksMore.test(s.replace(placeholderInstead, '').replace(forbids, (m) => m.slice(-1)).replace(usesCommand, ''));
}

/** `text` with its sentences (or a sentence's last clause after `;`) that only forbid blanked (same length, line breaks kept); '' when there is none. */
export function prohibitionsBlanked(text: string): string {
  if (!/\b(?:not|never|don't|mustn't|shouldn't|can't|cannot|forbidden|prohibited)\b/i.test(text)) return '';
  let out: string[] | undefined;
  let start = 0;
  while (start < text.length) {
    const end = sentenceEnd(text, start);
    const sentence = text.slice(start, end);
    let from = -1;
    if (onlyForbids(sentence)) from = start;
    else {
      // The clause after the sentence's last `;` (the ones before it are judged as written).
      const semicolon = sentence.lastIndexOf(';');
      if (semicolon > 0 && onlyForbids(sentence.slice(semicolon + 1))) from = start + semicolon + 1;
    }
    if (from >= 0) {
      out ??= text.split('');
      for (let i = from; i < end; i++) if (text[i] !== '\n') out[i] = ' ';
    }
    start = end;
  }
  return out === undefined ? '' : out.join('');
}
