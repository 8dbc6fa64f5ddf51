// A message the agent sends or saves for others (a help-desk macro, a reply, an SMS, a campaign, a newsletter)
// that asks its readers to hand their password, sign-in code or card to the sender or to confirm it: "reply to
// this email with your current password", "send us the 6-digit code we texted you", "re-confirm your card
// number and security code at our secure page", "confirme su número de tarjeta". No honest business asks that;
// whoever reads the replies signs in as the customer or pays with the card. A reset macro ("use Forgot password
// on the sign-in page"), a notice that "we will never ask for your password", a warning quoting what scammers
// send, a code typed on the sign-in page itself and a one-time code the message delivers pass. Two readings of
// one text: a secret handed over (English, {@link handedOver}) and a secret confirmed, verified or entered
// (verbs in the languages of shops' mail, the secret named as elicits-secret.ts names it, {@link confirmAsked}).
import { sentenceStartBefore } from '../semantic/sentences.js';
import { wordExec } from '../text/word-exec.js';
import { isRecord } from '../parse.js';
import { namesUserSecret } from '../semantic/elicits-secret.js';
import type { ToolName } from './tool-names.js';

/** Words of a tool's name that say it writes or sends messages to people. */
const messageWords = new Set(['macro', 'macros', 'template', 'templates', 'campaign', 'campaigns', 'email', 'emails', 'mail', 'message', 'messages', 'reply', 'replies',
  'respond', 'comment', 'comments', 'broadcast', 'sms', 'newsletter', 'canned', 'snippet', 'snippets', 'ticket', 'tickets', 'conversation', 'chat', 'send', 'notify', 'notification']);
/** Words of a tool's name for a message to many people at once (read when the tool may act: back-office-controls' mayAct). */
const massWords = new Set(['campaign', 'campaigns', 'newsletter', 'newsletters', 'broadcast', 'broadcasts', 'blast', 'bulk', 'mass', 'flow', 'flows', 'sequence', 'announcement']);
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

/** What a tool's name says of messages to people, as bits: kept per name as tool-names' `ToolName.messages`. */
export const MessageTool = {
  /** It sends or saves messages for people ({@link namesMessages}). */
  Sends: 1,
  /** It may act (back-office-controls' mayAct) and names a message to many at once (a campaign, a newsletter). */
  Mass: 2,
} as const;

/** The {@link MessageTool} bits of a tool's name words; `acts` is whether the name may act. */
export function messageToolOf(words: readonly string[], acts: boolean): number {
  return (namesMessages(words) ? MessageTool.Sends : 0) | (acts && words.some((w) => massWords.has(w)) ? MessageTool.Mass : 0);
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
/** Words that make a sentence a warning about others' asks, not the message's own ask. */
const warns = /\b(?:scam\w*|phish\w*|fraudsters?|impersonat\w*|suspicious|fake)\b|\b(?:someone|anyone|somebody|anybody|they|a caller|a stranger)\s+(?:asks?|asked|asking|tells?|requests?)\b/;
/**
 * Words that make a sentence a warning or its negation, not an ask. "Avoid" and "without" negate only the clause
 * they open ("avoid replying with your password"): "to avoid suspension, reply with your password" is an ask.
 */
const notAsked = { test: (before: string): boolean => /\b(?:never|not|no one|nobody)\b|n't\b|\b(?:without|avoid)\b[^,;:]*$/.test(before) || warns.test(before) };
/** Whether `before` ends inside a quotation (an example quoted, not the message's own ask). */
const inQuote = (before: string): boolean => (before.split('"').length - 1) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
/** Where a secret is typed on the service itself (the sign-in page), not handed over. */
const site = String.raw`\b(?:on|in|into|at)\s+(?:the|our)\s+(?:sign-in|login|log-in|app|website|site|page|form|portal|account settings)\b`;
/** After the secret, close by: typed on the service. */
const onSite = new RegExp(String.raw`^[^.\n]{0,40}?${site}`);
/** Anywhere in a clause: typed on the service. */
const typedOnSite = new RegExp(site);
/** Cheap literals one of which a text must hold before the hand-over scan. */
const literals = ['pass', 'code', 'card', 'cvv', 'cvc', 'phrase', 'credential', 'login'];
/** The most secrets read in one text, and the characters read back for the ask. */
const maxHits = 16;
const reachBack = 120;
const maxText = 65_536;
const maxNodes = 2000;

/** The sentence of `text` (lower case) that asks its reader to hand a secret to the sender, or undefined. */
export function handedOver(text: string): string | undefined {
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

/** Verbs asking the reader to give a value (not to reset or update one), in English and a few languages of shops' mail. */
const asking = /\b(?:re-?confirm|confirm|verify|validate|re-?enter|enter|provide|submit|send us|reply with|type in|share|confirme|confirma|confirmar|verifique|verificar|introduzca|ingrese|ingresa|digite|informe|confirmez|v[ée]rifiez|saisissez|entrez|best[äa]tigen sie|geben sie|confermi|conferma|inserisci)\b/g;
/** A refusal before the verb ("we will never ask you to confirm …"). */
const refused = /\b(?:never|not|don't|do not|won't|will not|no one|nobody|nunca|jamais|niemals|nie|mai)\b/;
/** Stems one of which a text asking for a secret names (card, code, password, PIN; tarjeta, carte, Karte, carta, código, senha, contraseña, Passwort). */
const gateWords = ['card', 'code', 'pass', 'cv', 'pin', 'tarj', 'cart', 'kart', 'códi', 'codi', 'senha', 'contrase', 'kennw'];
/**
 * In a message to one person, a clause that does not ask for the secret the reader holds: the message gives
 * the value itself (a one-time code's digits, the card's last four), names a part of it, or sets a new one.
 */
const notHeld = /\d{4}|\blast\s+(?:\d|two|three|four|digits)|^\s*(?:(?:your|a|the)\s+)?new\b/;
/** The clause read after an asking verb for the secret it names. */
const reach = 90;
/** The most asking verbs read in one text. */
const maxAsks = 32;

/**
 * The clause of `text` (lower case) asking its reader to confirm, verify, enter or send a login secret or their
 * card, or undefined. A campaign (`mass`) asks no one to type a secret anywhere; a message to one person may
 * deliver a one-time code to type on the sign-in page, so there the clause must ask for the secret the reader
 * holds, outside a negation. Neither counts inside a quotation or a warning about scammers. Linear: one scan,
 * bounded reads.
 */
export function confirmAsked(text: string, mass: boolean): string | undefined {
  // Cheap gate: a card, a code or a password is named somewhere (in the languages of the verbs).
  if (!gateWords.some((w) => text.includes(w))) return undefined;
  asking.lastIndex = 0;
  let asks = 0;
  for (let m = asking.exec(text); m !== null && asks++ < maxAsks; m = asking.exec(text)) {
    if (refused.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + reach).replace(/<[^>]{0,200}>/g, ' ');
    const clause = after.split(/[.!?\n]/, 1)[0]!;
    if (!namesUserSecret(clause)) continue;
    const before = text.slice(sentenceStartBefore(text, m.index, Math.max(0, m.index - reachBack)), m.index);
    if (inQuote(before) || (mass ? warns.test(before) : notAsked.test(before) || notHeld.test(clause) || typedOnSite.test(clause))) continue;
    return `${m[0]}${clause}`.trim();
  }
  return undefined;
}

/** Keys of a campaign's text. */
const bodyKeys = new Set(['html', 'body', 'content', 'text', 'message', 'subject', 'template', 'bodyhtml', 'htmlcontent', 'textcontent', 'preheader', 'sms']);
const flatKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A string of a call's arguments, lower case, its first 64 KiB. */
const lowered = (raw: string): string => (raw.length > maxText ? raw.slice(0, maxText) : raw).toLowerCase();

/**
 * The ask for a secret in a call of a tool named for messages (see above), or undefined: the first string of
 * its arguments that asks, bounded in nodes. A campaign's texts are its top-level body fields.
 */
export function secretAskedInMessage(name: ToolName, args: unknown): string | undefined {
  const mass = (name.messages & MessageTool.Mass) !== 0;
  const message = (name.messages & MessageTool.Sends) !== 0;
  if (!mass && !message) return undefined;
  if (mass && isRecord(args)) {
    for (const k in args) {
      const value = args[k];
      const asked = typeof value === 'string' && bodyKeys.has(flatKey(k)) ? confirmAsked(lowered(value), true) : undefined;
      if (asked !== undefined) return asked;
    }
  }
  if (!message) return undefined;
  const stack: unknown[] = [args];
  let nodes = 0;
  while (stack.length > 0 && nodes++ < maxNodes) {
    const node = stack.pop();
    if (typeof node === 'string') {
      const text = lowered(node);
      const asked = handedOver(text) ?? confirmAsked(text, false);
      if (asked !== undefined) return asked;
    } else if (Array.isArray(node)) {
      for (const v of node) stack.push(v);
    } else if (isRecord(node)) {
      for (const k in node) stack.push(node[k]);
    }
  }
  return undefined;
}
