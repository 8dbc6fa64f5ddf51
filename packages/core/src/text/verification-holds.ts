// A sentence that holds a change back until it is verified through a channel the reader already holds: "Please
// do not change anything until you have called us back on the number held on your vendor file", "No payment
// should be released before the new account is confirmed by a call-back to the number on file". A vendor's
// own mail says this to accounts payable; banks and payment policies say it too. It speaks to its reader as an
// order does, but obeying it changes nothing and sends nothing: the only act it asks is a check through the
// reader's own records. What keeps it a hold, not an order: no literal channel (a phone number, a mail
// address, a URL: the writer's own call-back line is the fraud this check exists to defeat), no AI named, no
// second ask (then, instead, but, and pay …), nothing kept from anyone, no secret.

import { sentencesBlanked } from './agent-guidance.js';

/** The hold: a prohibition, or a change that "should not be made", opening the clause. */
const holdHead =
  /^[\s"'*>•-]*(?:(?:important|note|please note)\s*:\s*)?(?:(?:please|kindly)\s+)?(?:(?:(?:you|we ask that you)\s+)?(?:do not|don't|must not|mustn't|should not|shouldn't|never)\s+|no\s+(?:[\w-]+\s+){0,3}?(?:changes?|updates?|payments?|amendments?)\s+(?:should|must|may|can|will|is to|are to)\s+be\s+(?:made|processed|released|applied|actioned|accepted)\s+)/i;
/** Until it is verified: the condition the hold waits for. */
const untilVerified =
  /\b(?:until|before|unless)\s+(?:(?:you|we|it|this|they|the (?:change|details|request|new (?:account|details|bank(?: details)?)))(?:'ve\s+|\s+(?:have|has)\s+(?:been\s+)?|\s+(?:is|are)\s+|\s+can\s+|\s+))?(?:(?:independently|personally|directly)\s+)?(?:called|call(?:ed)?\s+(?:us|them|the \w+)\s+back|rung|rang|phoned|verified|confirmed|checked|validated|authenticated|call-?back)\b/i;
/** The channel is one the reader holds: on file, in its own records, a contact it already has. */
const channelOnFile =
  /\b(?:on (?:your |our |the )?(?:vendor |supplier |customer )?file|(?:held|kept|stored|recorded) (?:on|in) (?:your|the) |you (?:already )?(?:hold|have on file|have on record)|(?:from|in|on) your (?:own )?(?:vendor |supplier |customer |master )?(?:files?|records?|master(?: data)?|system|onboarding)|(?:previously |already )?known (?:number|contact|channel)s?|verified (?:channel|number|contact)s?|independently (?:sourced|obtained))\b/i;
/**
 * What makes it more than a hold: a literal channel (digits of a phone number or an account, a mail address, a
 * URL), the AI named, a second ask, something kept from someone, a secret.
 */
const beyondHold =
  /\d[\d\s().-]{5,}\d|@|:\/\/|\bwww\.|\b(?:ai|a\.i\.|llms?|assistants?|agents?|models?|bots?|copilot)\b|;|\b(?:then|instead|but|rather|otherwise|and (?:then|also)?\s*(?:pay|send|release|approve|update|change|transfer|wire|forward|delete))\b|\b(?:tell|telling|inform|informing|notify|notifying|mention|reveal|disclose|secret|quiet|quietly|silently|password|passcode|pin|one-time|otp|credentials?|token)\b/i;

/** The longest sentence read as a hold (a long one holds more than one ask). */
const maxSentence = 260;

/** Whether one sentence (or a clause before `;`) only holds a change until it is verified through a channel on file. */
export function holdsUntilVerified(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length > maxSentence || !holdHead.test(s)) return false;
  const until = untilVerified.exec(s);
  return until !== null && channelOnFile.test(s.slice(until.index)) && !beyondHold.test(s);
}

/** `text` with each sentence that only holds a change until verification on file blanked (length and line breaks kept); '' when there is none. */
export function verificationHoldsBlanked(text: string): string {
  // Cheap gate: a hold's connector and a reader-held channel both appear somewhere.
  const lower = text.toLowerCase();
  if (!(lower.includes('until') || lower.includes('before') || lower.includes('unless')) || !(lower.includes('file') || lower.includes('record') || lower.includes('hold') || lower.includes('known') || lower.includes('verified') || lower.includes('master') || lower.includes('independently'))) return '';
  return sentencesBlanked(text, holdsUntilClause);
}

/** A sentence is blanked when it is a hold, or when its first clause before a `;` is and the rest only states. */
function holdsUntilClause(sentence: string): boolean {
  const semicolon = sentence.indexOf(';');
  return holdsUntilVerified(semicolon < 0 ? sentence : sentence.slice(0, semicolon)) && (semicolon < 0 || statesOnly(sentence.slice(semicolon + 1)));
}

/** A clause after the hold that only states (who takes the call, when the change applies): no request, no modal, no imperative opener. */
const asksAnything = /\b(?:please|kindly|you|your|must|should|need|needs|have to|has to|do|don't|then|instead|but|send|pay|release|approve|update|change|transfer|wire|forward|delete|ignore|skip)\b|@|:\/\/|\d{6,}/i;
const statesOnly = (clause: string): boolean => clause.length <= 120 && !asksAnything.test(clause);
