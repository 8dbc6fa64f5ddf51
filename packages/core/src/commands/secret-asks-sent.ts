// A message the agent sends or saves for others (a help-desk macro, a reply, a campaign, an SMS) that asks
// its readers to hand their password, sign-in code or card to the sender: "reply to this email with your
// current password", "send us the 6-digit code we texted you". No honest business asks that; whoever reads the
// replies signs in as the customer or pays with the card. A reset macro ("use Forgot password on the sign-in
// page"), a notice that "we will never ask for your password", a warning quoting what scammers send, and a code
// typed on the sign-in page itself pass. English; read only in calls of tools named for messages.
import { sentenceStartBefore } from '../semantic/sentences.js';
import { wordExec } from '../text/word-exec.js';
import { isRecord } from '../parse.js';

/** Words of a tool's name that say it writes or sends messages to people. */
const messageWords = new Set(['macro', 'macros', 'template', 'templates', 'campaign', 'campaigns', 'email', 'emails', 'mail', 'message', 'messages', 'reply', 'replies',
  'respond', 'comment', 'comments', 'broadcast', 'sms', 'newsletter', 'canned', 'snippet', 'snippets', 'ticket', 'tickets', 'conversation', 'chat', 'send', 'notify', 'notification']);
/** Words of a tool's name that say it only reads. */
const readWords = new Set(['get', 'list', 'read', 'search', 'fetch', 'view', 'show', 'find', 'describe', 'count']);

/** Whether a tool's name words say it sends or saves messages for people (not only reads them). */
export function namesMessages(words: readonly string[]): boolean {
  let message = false;
  for (const w of words) {
    if (readWords.has(w)) return false;
    if (messageWords.has(w)) message = true;
  }
  return message;
}

/**
 * A secret the reader holds, as theirs ("your current password", "the verification code"): a password, a
 * sign-in code by its kind, a card's number or CVV, a recovery phrase. A code by its digits alone ("the
 * 6-digit code") counts when the text says it was texted or sent to the reader (see {@link sentCode}).
 */
const secret = /(?:your|the)\s+(?:(?:current|old|existing|account|online[- ]banking|banking|login|sign-in|full|real|new|one-time|verification|security|sms|text|2fa|mfa|authenticator|authentication|otp|\d-digit|six-digit|\d+ digit)\s+){0,3}(password|passcode|passphrase|code|card number|card details|cvv|cvc|recovery codes?|recovery phrase|seed phrase|credentials|login details)/g;
/** Qualifiers that make a "code" a sign-in secret. */
const signInCode = /(?:one-time|verification|security|sms|text|2fa|mfa|authenticator|authentication|otp|login|sign-in)\s+(?:[\w-]+\s+)?code$/;
/** A code said to be texted or sent to the reader: "… code we just texted you", "… code from your authenticator". */
const sentCode = /^(?:\s+(?:that\s+)?(?:we|i)\s+(?:just\s+)?(?:texted|sent|emailed|messaged)|\s+(?:sent|texted)\s+to\s+(?:you|your)|\s+(?:from|in)\s+(?:your|the)\s+(?:authenticator|phone|text|sms))/;
/** A verb handing something to the message's sender, ending right before the secret's determiner. */
const handed = /(?:(?:reply|respond|write back|answer)(?:\s+to\s+(?:this|our|the|my)\s+(?:e-?mail|message|ticket|chat|text|sms))?\s+(?:with|including)|send(?:\s+(?:us|me|over|back|it to us))?|(?:e-?mail|text|dm|message|tell|give)\s+(?:us|me|our\s+(?:team|agent|staff))|share|provide(?:\s+(?:us|me)\s+with)?|include|paste|confirm\s+(?:to\s+us|here|below)|type)\s+(?:(?:both|also)\s+)?(?:[\w-]+(?:\s+[\w-]+){0,3}\s*(?:,|\s+and)\s+)?$/;
/** Words that make a sentence a warning or its negation, not an ask. */
const notAsked = /\b(?:never|not|no one|nobody|without|avoid|scam\w*|phish\w*|fraudsters?|impersonat\w*|suspicious|fake)\b|\b(?:someone|anyone|somebody|anybody|they|a caller|a stranger)\s+(?:asks?|asked|asking|tells?|requests?)\b|n't\b/;
/** Whether `before` ends inside a quotation (an example quoted, not the message's own ask). */
const inQuote = (before: string): boolean => (before.split('"').length - 1) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
/** After the secret: where a code is typed on the service itself (the sign-in page), not handed over. */
const onSite = /^[^.\n]{0,40}?\b(?:on|in|into|at)\s+(?:the|our)\s+(?:sign-in|login|log-in|app|website|site|page|form|portal|account settings)\b/;
/** Cheap literals one of which a text must hold before the scan. */
const literals = ['pass', 'code', 'card', 'cvv', 'cvc', 'phrase', 'credential', 'login'];
/** The most secrets read in one text, and the characters read back for the ask. */
const maxHits = 16;
const reachBack = 120;
const maxText = 65_536;
const maxNodes = 2000;

/** The sentence of `text` (lower case) that asks its reader to hand a secret to the sender, or undefined. */
export function asksForSecret(text: string): string | undefined {
  if (!literals.some((l) => text.includes(l))) return undefined;
  secret.lastIndex = 0;
  let hits = 0;
  for (let m = wordExec(secret, text); m !== null && hits++ < maxHits; m = wordExec(secret, text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (m[1] === 'code' && !signInCode.test(m[0]) && !sentCode.test(text.slice(end, end + 60))) continue;
    const start = sentenceStartBefore(text, at, Math.max(0, at - reachBack));
    const before = text.slice(start, at);
    if (!handed.test(before) || notAsked.test(before) || inQuote(before) || onSite.test(text.slice(end, end + 80))) continue;
    return text.slice(start, Math.min(text.length, end + 40)).trim();
  }
  return undefined;
}

/** The first string of a call's arguments that asks its readers for a secret (see above), or undefined. Bounded in nodes. */
export function secretAskedInMessage(args: unknown): string | undefined {
  const stack: unknown[] = [args];
  let nodes = 0;
  while (stack.length > 0 && nodes++ < maxNodes) {
    const node = stack.pop();
    if (typeof node === 'string') {
      const asked = asksForSecret((node.length > maxText ? node.slice(0, maxText) : node).toLowerCase());
      if (asked !== undefined) return asked;
    } else if (Array.isArray(node)) {
      for (const v of node) stack.push(v);
    } else if (isRecord(node)) {
      for (const k in node) stack.push(node[k]);
    }
  }
  return undefined;
}
