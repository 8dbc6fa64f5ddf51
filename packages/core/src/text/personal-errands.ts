// A sentence that asks its reader for what only a person has: "please upload your passport and your signed
// contract in Workday", "bring your ID card on your first day", "submit your payslips to the portal". A model
// has no passport, no first day and no payslip: a "your" that owns such a thing addresses a person (the mail's
// recipient, a new hire, a customer), and the scorer's reading of "you" as the model is wrong there. Such a
// sentence is read as the person's errand when it also names no AI, holds no address (a URL, a mail address:
// where data would go is the point of an order), asks for no login secret and no act on others' data
// (delete, forward, pay, grant …). An order to the model keeps its reading: "Assistant, upload the new hire's
// passport to https://…" names the AI, owns the passport by a third person and gives an address.
// The same reading for two more kinds of message to a person: a clinic's to its patient, once the text speaks
// of the reader's care ("your visit", "your evening dose": a model has no body), whose "please update your
// reminder time" asks the patient; and a customer's about their own purchase ("would you kindly refund my
// order?"), which asks the shop. Neither may name an AI, give an address, ask a secret, act on others' data or
// in bulk, or take a safeguard down (switch off, disable, unlock, approve …): that is what an order does.

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

/** "your" before the reader's care or body: what a clinic's message speaks of to its patient. */
const careOfPerson =
  /\byour\s+(?:[\w-]+\s+){0,2}?(?:visits?|appointments?|doses?|dosages?|medications?|medicines?|prescriptions?|refills?|insulin|glucose|blood\s+(?:pressure|sugar|tests?|work)|symptoms?|(?:test|lab|blood)\s+results?|treatments?|therap(?:y|ies)|check-?ups?|scans?|x-?rays?|surgery|operation|diagnosis|care\s+(?:team|plan)|doctor|gp|dentist|physician|nurse)\b/i;
/** The writer's own purchase asked after: "refund my order", "could you replace our parcel". */
const ownPurchase =
  /\b(?:refund|return|exchange|replace|repair|resend|reship|track|check\s+on|look\s+into)\s+(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:orders?|purchases?|parcels?|packages?|deliver(?:y|ies)|items?|bookings?|reservations?)\b/i;
/** A safeguard taken down, a door opened, a payment approved, something published or sent: beyond a person's own errand. */
const takesDown =
  /\b(?:(?:turn|switch|shut)\s+(?:[\w-]+\s+){0,4}?off|disable|disarm|unlock|open|mute|silence|stop|cancel|approve|confirm|authori[sz]e|post|publish|send|upload|email|every|each)\b/i;

/** What a text asks beyond a person's errand wherever it says it: a safeguard down, an approval, a door opened, an act in bulk. */
const overReach = /\b(?:(?:turn|switch|shut)\s+(?:[\w-]+\s+){0,4}?off|disable|disarm|unlock|mute|silence|approve|authori[sz]e|every|each)\b/i;

/** Whether a sentence of a text that speaks of the reader's care asks the patient, not an AI (see above). */
function asksCareErrand(sentence: string): boolean {
  return /\byour\b/i.test(sentence) && !namesAi.test(sentence) && !address.test(sentence) && !beyondErrand.test(sentence) && !takesDown.test(sentence);
}

/** Whether a sentence asks after the writer's own purchase, and nothing more (see above). */
export function asksAfterOwnPurchase(sentence: string): boolean {
  return ownPurchase.test(sentence) && !namesAi.test(sentence) && !address.test(sentence) && !beyondErrand.test(sentence) && !takesDown.test(sentence);
}

/** Whether a sentence asks its reader, a person, only for their own papers or days (see above). */
export function asksPersonalErrand(sentence: string): boolean {
  return personalThing.test(sentence) && !namesAi.test(sentence) && !address.test(sentence) && !beyondErrand.test(sentence);
}

/**
 * `text` with each sentence that asks a person only for their own papers or care, or after their own purchase,
 * blanked (line breaks and length kept); '' when there is none. A text that names an AI anywhere speaks to the
 * model: none is blanked then.
 */
export function personalErrandsBlanked(text: string): string {
  if (!/\b(?:your|my|our)\b/i.test(text) || namesAi.test(text)) return '';
  // The two later readings only for a text that asks nothing beyond anywhere: blanking the patient's or the
  // customer's own request must not leave another sentence's order to be scored alone, and lower.
  const plain = !address.test(text) && !beyondErrand.test(text) && !overReach.test(text);
  const care = plain && careOfPerson.test(text);
  const purchase = plain && ownPurchase.test(text);
  return sentencesBlanked(text, (sentence) => asksPersonalErrand(sentence) || (purchase && asksAfterOwnPurchase(sentence)) || (care && asksCareErrand(sentence)));
}
