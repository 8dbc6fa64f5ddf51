// A browser agent's natural-language act (Stagehand's and Browserbase's `act`, a computer-use `task`) that moves
// what the user keeps secret - saved passwords or logins, a card's number, expiry or security code, a one-time
// code - into a place others read: a chat, a message or comment box, a review, a seller's or support's inbox.
// Filling a card into a checkout's own card field or a password into a login form is how a purchase or a QA
// login is done; typing an order number into the chat is support work. Invisible characters are removed first.
// Linear: a literal gate, then two bounded regexes over the sentence.
import { withoutInvisible } from '../text/invisible.js';

/** The keys browser-act tools take their instruction under (lower case). */
const actKeys = new Set(['action', 'instruction', 'instructions', 'task', 'goal']);
const gate = /password|login|cvv|cvc|card|security code|one-time|2fa|otp/;
/** The user's secret: saved logins or passwords, a card's number or code, a one-time code. */
const secret = /\b(?:(?:saved|stored|remembered)\s+(?:[\w-]+\s+){0,2}(?:logins?|passwords?|credentials|cards?)|(?:usernames?\s+and\s+)?passwords|(?:card|visa|mastercard|amex|credit[\s-]card|debit[\s-]card)(?:'s)?\s+(?:[\w-]+\s+)?(?:number|cvv|cvc|pin)|cvv|cvc|security\s+code|one-time\s+code|2fa\s+code|otp)\b/;
/** Typed, pasted or sent into a place others read. */
const intoChat = /\b(?:type|paste|enter|put|write|send|post|share|fill|copy)\b[^.!?]{0,160}?\b(?:into|in|to|on)\s+(?:the\s+|a\s+|this\s+|their\s+|our\s+)?(?:[\w'-]+\s+){0,4}(?:chat|live-chat|messages?|comments?|reviews?|replies|reply|dm|conversation|inbox|forum|thread|post)(?:\s+(?:box|field|window|widget|panel|input|area))?\b/;

/** The act that moves a secret of the user's into a chat or message, written out, or undefined. */
export function actSecretMoved(key: string, text: string): string | undefined {
  if (!actKeys.has(key) || text.length > 8192) return undefined;
  const plain = withoutInvisible(text).text.toLowerCase();
  if (!gate.test(plain)) return undefined;
  const what = secret.exec(plain);
  if (what === null) return undefined;
  const where = intoChat.exec(plain);
  return where === null ? undefined : `${what[0]} ${where[0].slice(0, 100)}`;
}
