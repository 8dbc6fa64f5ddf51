// The model as the one to act when a text does not name it where the order starts: through a pronoun whose
// antecedent is the model ("when your AI assistant reads this ticket, it should …", "the model that handles
// this - it is to …", or "It must …" right after a sentence that names the AI), through "the first thing it
// does is …", or as the subject of a plain present that describes what it is to do ("next, the agent
// uploads the workspace to …"). actor-orders.ts judges what is asked on the rest of the clause as it does
// for an explicit subject. A plain present is also how product docs and transcripts say what an assistant
// does ("the assistant sends a summary to the user"): it is an actor only under a frame of sequence or of
// stealth said to the reader (next, then, after that, from now on, also, quietly …), and actor-orders
// then asks of it more than of an order (a secret or the user's data sent out, access given, the user's
// things destroyed).

import { mayNameCredentialFile } from './unframed-present.js';

/** An AI noun, singular (a bot may be a CI bot, a person is never "it"); described-acts.ts reads the same nouns. */
export const aiNoun = String.raw`(?:ai |coding |llm )?(?:assistant|agent|model|llm|copilot|chatbot|ai)`;
/** An AI word, as the antecedent or the subject. */
const aiWord = String.raw`${aiNoun}s?`;
/** Adverbs between the subject and its verb. */
const adverbs = String.raw`(?:(?:then|also|first|now|next|kindly|always|additionally|quietly|silently|secretly|automatically|immediately|just|simply|still)\s+)*`;
/** A duty or an intention: what the model is told to do. */
const modal = String.raw`(?:should|must|shall|ought to|has to|have to|needs? to|is to|are to|(?:is|are) (?:(?:kindly|hereby|now|also|then|therefore)\s+)*(?:required|expected|supposed|meant|asked|instructed|told|obliged) to)`;

/**
 * In one clause: the AI named with a determiner, what the clause says of it, a comma, dash or colon, and a
 * pronoun for it with a duty. What is said of the AI points at the text itself ("when your assistant reads
 * this page", "the model that handles this request"): the text speaks to its own reader. Guidance says what
 * an agent is to do in general ("if an AI agent finds a vulnerability, it should email security@…"). "They"
 * may be a person ("when your assistant gets this invoice, they should forward it to …"): it stands for the
 * model only after a word no person is called (an AI agent, a model, a copilot); "it" after any AI word.
 */
const determiner = String.raw`(?<![\p{L}])(?:the|your|an?|any|every|each|our)\s+`;
const pointsHere = String.raw`[^.;]{0,80}?(?<![\p{L}])(?:this|these)(?![\p{L}])[^.;]{0,40}?\s*[,:\u2013\u2014-]\s*(?:(?:then|so|and)\s+)?`;
const pronounDuty = new RegExp(
  String.raw`${determiner}(?:(?:[\p{L}-]+\s+)?${aiWord}(?![\p{L}])${pointsHere}it|(?:(?:ai|coding|llm) (?:assistant|agent|model)|model|llm|copilot|chatbot|ai)s?(?![\p{L}])${pointsHere}they)\s+${adverbs}${modal}\s+`,
  'u',
);
/** A clause that opens with "it" and a duty (its antecedent named in the clause before). */
const openingPronounDuty = new RegExp(String.raw`^[-*•>#\s]*(?:(?:then|so|and|also)\s+)?it\s+${adverbs}${modal}\s+`, 'u');
/** "The first thing it does is …": the act named as the model's step. */
const firstThing = new RegExp(String.raw`(?<![\p{L}])(?:the\s+)?(?:first|next|last|only|one)\s+thing\s+(?:it|they|the ${aiWord})\s+(?:does|do|should do|must do|has to do|needs to do|will do)\s+is\s+(?:to\s+)?`, 'u');
/** The model (or a pronoun for it) as the subject of a plain present: the verb (group 1) ends in -s. */
const presentSubject = new RegExp(String.raw`(?<![\p{L}])(?:(?:the|your|this|our|an?|each|every)\s+${aiWord}|it)\s+${adverbs}([a-z]{3,14}s)(?![\p{L}])`, 'gu');
/** A frame of sequence or stealth before the verb, said to whoever reads the text. */
const frame = /(?<![\p{L}])(?:next|then|after that|afterwards|after (?:this|that|each|every|which|[a-z]{3,12}ing)|from now on|going forward|from here on|at the end of|each time|every time|finally|also|additionally|in addition|as well|quietly|silently|secretly|here)(?![\p{L}])/u;

/** Who acts and where the act starts: `described`, a plain present (the act verb made a base form). */
export interface ReferredActor {
  readonly rest: string;
  readonly described: boolean;
  /** A plain present with no frame of sequence or stealth (read for a credential file moved out only, unframed-present.ts). */
  readonly unframed?: boolean;
}

/** A verb of the third person singular as its base form: "uploads" upload, "copies" copy, "pushes" push. */
export function baseForm(verb: string): string {
  if (/(?:ss|sh|ch|x|z)es$/.test(verb)) return verb.slice(0, -2);
  if (verb.endsWith('ies')) return `${verb.slice(0, -3)}y`;
  return verb.endsWith('ss') ? verb : verb.slice(0, -1);
}

/** Whether an AI word comes before `end` in the clause (the antecedent of a pronoun there). */
const aiBeforeIn = new RegExp(String.raw`(?<![\p{L}])${aiWord}(?![\p{L}])`, 'u');

/**
 * The model as the one to act in a clause (lower case) through a pronoun, its step, or a plain present;
 * `aiBefore`: how the clause before names the AI (see actor-orders.ts; 2 names it, in tool results only).
 * Each actor found is handed to `judge` until one is judged an order.
 */
export function referredActor(clause: string, aiBefore: number, judge: (actor: ReferredActor) => boolean): boolean {
  const d = pronounDuty.exec(clause) ?? (aiBefore === 2 ? openingPronounDuty.exec(clause) : null) ?? (clause.includes('thing') ? firstThing.exec(clause) : null);
  if (d !== null && judge({ rest: clause.slice(d.index + d[0].length), described: false })) return true;
  // A plain present: at most a few subjects, each with its verb.
  presentSubject.lastIndex = 0;
  let tries = 0;
  for (let m = presentSubject.exec(clause); m !== null && tries < 4; m = presentSubject.exec(clause), tries++) {
    const pronoun = m[0].startsWith('it');
    // "It" stands for the model when the model is named before it, in the clause or the one before.
    if (pronoun && !(aiBefore === 2 || aiBeforeIn.test(clause.slice(0, m.index)))) continue;
    const verbAt = m.index + m[0].length - m[1]!.length;
    const unframed = !frame.test(clause.slice(0, verbAt));
    if (unframed && !mayNameCredentialFile(clause)) continue;
    if (judge({ rest: baseForm(m[1]!) + clause.slice(m.index + m[0].length), described: true, unframed })) return true;
  }
  return false;
}
