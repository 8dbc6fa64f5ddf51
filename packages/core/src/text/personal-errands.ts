// A sentence that asks its reader for what only a person has: "please upload your passport and your signed
// contract in Workday", "bring your ID card on your first day", "submit your payslips to the portal". A model
// has no passport, no first day and no payslip: a "your" that owns such a thing addresses a person (the mail's
// recipient, a new hire, a customer), and the scorer's reading of "you" as the model is wrong there. Such a
// sentence is read as the person's errand when it also names no AI, holds no address (a URL, a mail address:
// where data would go is the point of an order), asks for no login secret and no act on others' data
// (delete, forward, pay, grant …). An order to the model keeps its reading: "Assistant, upload the new hire's
// passport to https://…" names the AI, owns the passport by a third person and gives an address.

import { sentencesBlanked } from './agent-guidance.js';

/** "your" before something only a person owns or lives through, a few words apart at most ("your signed contract", "your passport (or ID card)"). */
const personalThing =
  /\byour\s+(?:[\w-]+\s+){0,2}?(?:passports?|(?:national\s+)?id(?:entity)?\s+(?:card|document)s?|photo\s+id|driver'?s\s+licen[cs]es?|driving\s+licen[cs]es?|birth\s+certificates?|social\s+security\s+cards?|visas?|work\s+permits?|residence\s+permits?|payslips?|pay\s+stubs?|p60s?|w-?[24]s?|i-9s?|tax\s+forms?|offer\s+letters?|(?:signed\s+|employment\s+)?contracts?|first\s+day|start\s+date|badge\s+photos?|headshots?|vaccination\s+records?|emergency\s+contacts?|diplomas?|degree\s+certificates?)\b/i;
/** Words that name an AI reader. */
const namesAi = /\b(?:ai|a\.i\.|llms?|assistants?|agents?|models?|chatbots?|bots?|copilot|claude|chatgpt|gpt[\w.-]*|gemini|codex)\b/i;
/** An address data would go to. */
const address = /:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[a-z]{2,}/i;
/** A login secret, or an act on data beyond handing over one's own papers. */
const beyondErrand =
  /\b(?:passwords?|passcodes?|pins?|one-time|otp|mfa|2fa|codes?|tokens?|credentials?|api\s+keys?|secrets?|cookies?|log\s?in|sign\s?in|delete|remove|wipe|erase|forward|transfer|wire|pay\s+(?:the|an?|all|every|\$|€|£|\d)|grant|share|export|everyone|all\s+(?:employees|users|files|records)|ignore|disregard)\b/i;

/** Whether a sentence asks its reader, a person, only for their own papers or days (see above). */
export function asksPersonalErrand(sentence: string): boolean {
  return personalThing.test(sentence) && !namesAi.test(sentence) && !address.test(sentence) && !beyondErrand.test(sentence);
}

/**
 * `text` with each sentence that asks a person only for their own papers blanked (line breaks and length kept);
 * '' when there is none. A text that names an AI anywhere speaks to the model: none is blanked then.
 */
export function personalErrandsBlanked(text: string): string {
  if (!/\byour\b/i.test(text) || namesAi.test(text)) return '';
  return sentencesBlanked(text, asksPersonalErrand);
}
