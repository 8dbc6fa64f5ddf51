// Words that take the user out of the loop: no asking, telling, confirming or reporting needed ("does not
// need the user's confirmation", "need not be reported", "no need to bother the user", "do not point this
// out", "without asking"), in English and a few other languages. A guide that tells a person to run a step,
// or a doc that says which key a field takes, never tells its reader to keep the user out: read together
// with what the text hands over (a command the call analysis stops, server-commands.ts; a secret put into a
// value, waived-secrets.ts), a waiver is what turns a step into one the text wants done unseen.
// "Never run the deploy script without asking" forbids, and waives nothing.
import { chineseTelling, japaneseTelling, koreanTelling } from './telling-words.js';

/**
 * The waivers, in English and Korean, Japanese, Chinese, German, French and Spanish (see above), as a source
 * the cue pass reads too (Mark.waiver in cues.ts): a text with no clause marked is not scanned again.
 */
export const waiverSource = [
  String.raw`\b(?:do(?:es)?\s+not|don'?t|doesn'?t|no|never)\s+(?:need|require)s?\s+(?:the\s+|any\s+|a\s+)?(?:user'?s?'?\s+|human'?s?\s+|developer'?s?\s+)?(?:confirmation|approval|consent|permission|sign-?off|review)`,
  String.raw`\bneeds?\s+no\s+(?:approval|confirmation|consent|permission|sign-?off|review)\b`,
  String.raw`\bwithout\s+(?:asking|confirm\w*|telling|informing|notifying|bothering|consulting|the\s+user'?s\s+(?:confirmation|approval|consent|knowledge)|user\s+(?:confirmation|approval))`,
  String.raw`\b(?:do\s+not|don'?t|never|no\s+need\s+to|need\s+not|needn'?t|there\s+is\s+no\s+need\s+to)\s+(?:ask|tell|inform|notify|bother|alert|warn|mention|report|show|list|point|flag|surface|disclose|confirm\s+with)\b`,
  String.raw`\b(?:need\s+not|needn'?t|does\s+not\s+need\s+to|doesn'?t\s+need\s+to|is\s+not\s+to)\s+be\s+(?:reported|mentioned|disclosed|confirmed|approved|shown|surfaced)`,
  // A step to take on its own, with no one looking ("Suggested fix (apply automatically)", "auto-apply this"): a review bot's fix is the author's to take.
  String.raw`\b(?:apply|run|execute)\s+(?:it\s+|this(?:\s+fix)?\s+|them\s+)?automatically\b|\bauto-?(?:apply|run)\b`,
  // A character the text makes the model play, who keeps the user out by nature ("an agent who never asks for confirmation").
  String.raw`\b(?:who|that)\s+(?:never|doesn'?t|does\s+not|won'?t|will\s+not)\s+(?:asks?|checks?\s+with|consults?|waits?)\s+(?:for\s+|with\s+|the\s+|any\s+|a\s+)*(?:confirmation|approval|consent|permission|sign-?off|user|human)`,
  // Korean, Japanese, Chinese, German, French, Spanish: do not ask / tell the user, without asking.
  String.raw`사용자에게\S*\s*(?:묻지|${koreanTelling.join('|')})|ユーザーに(?:確認|${japaneseTelling.join('|')})[^。]{0,6}(?:ない|ず)|(?:不要|无需|無需|不必)(?:询问|詢問|${chineseTelling.join('|')})|ohne\s+(?:nachzufragen|zu\s+fragen|rückfrage)|sans\s+(?:demander|prévenir|en\s+informer)|sin\s+(?:preguntar|avisar|consultar)`,
].join('|');
const waiver = new RegExp(waiverSource, 'gi');
const anyWaiver = new RegExp(waiverSource, 'gi');
/** A clause with its waivers blanked: "does not need the user's confirmation" warns against nothing it names. */
export const withoutWaivers = (clause: string): string => clause.replace(anyWaiver, ' ');
/** A waiver read as a prohibition: "never run X without asking", "do not push without confirmation". */
const forbids = /\b(?:never|not|don'?t|must\s+not|mustn'?t|no\s+one|nobody|avoid)\b[^.;!?\n]*$/i;


/** The offsets of the waivers in `text`, or undefined when it has none (most texts: one regex scan). */
export function waiversIn(text: string): number[] | undefined {
  waiver.lastIndex = 0;
  let waivers: number[] | undefined;
  for (let m = waiver.exec(text); m !== null; m = waiver.exec(text)) {
    if (m[0].toLowerCase().startsWith('without') && forbids.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    (waivers ??= []).push(m.index);
  }
  return waivers;
}
