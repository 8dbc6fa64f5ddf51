// Orders a web page gives the shopping or browsing agent that reads it: a label for it ("AI agent:",
// "Shopping assistants comparing prices:", "For automated buyers:") or the page asking it ("… asks AI
// assistants to …"), then a step that spends, sends or hands over: add to the cart, place the order, buy, pay,
// change the delivery or recovery address, call a number, type or send a password, a code, a card or a message,
// open the user's mail or vault, click the button that confirms. A page written for people has no reason to
// set a step apart for the agent, and the label is where markup a person does not see (a hidden div, an
// aria-label, a meta or JSON-LD description) speaks to the agent. A label quoted ("lines like 'AI agent: …'")
// is a page telling about one, and a label whose text gives no such step (API docs, a sitemap) passes.
// Linear: the nouns are found by one literal-led pass, at most 16 labels are read, 400 characters after each;
// lookalike letters are folded in texts up to 64 KiB.
import { isLowerAsciiLetter, isLowerRegexWordChar } from '../text/char-classes.js';
import { lowerCased } from '../text/lower-head.js';
import { foldConfusables } from '../text/normalize.js';

/** The agent's noun, with a colon or a dash (a label) or "to" (asked) after a few words. */
const noun = /(?:agent|assistant|buyer|shopper|bot)s?\b([^:\n<>"]{0,40}?(?::|\s[-–—]\s)|\s+to\s)/g;
/** What makes the noun an AI shopping or browsing agent: the words right before it. */
const qualified = /(?:^|[^a-z])(?:ai|a\.i\.|llm|automated|autonomous|shopping|purchasing|buying|booking|browsing|checkout|procurement)[ -](?:[a-z]+[ -]){0,2}$/;
/** The page asking the agent: a verb of asking right before the noun phrase. */
const askedBefore = /\b(?:asks?|tells?|instructs?|wants?|requires?|requests?|expects?|invites?)\s+(?:all\s+|any\s+|the\s+)?(?:[a-z.]+[ -]){1,3}$/;
/** The label quoted as an example a page tells of ("hidden lines like 'AI agent: …'"); an attribute's or a field's quotes are markup. */
const quoteBefore = /\b(?:like|such as|e\.g\.|says?|said|saying|reads?|wrote|writes|example|instance|phrases?|lines?|text|strings?|prompts?)\s*[:,]?\s*['"`“‘„«]\s*(?:[a-z.]+[ -]){0,3}$/;
/** A step that spends, sends or hands over, at the start of a step (after a seam or a lead word). */
const act = new RegExp(
  String.raw`(?:^|[:.;!?,]\s*|\b(?:and|then|please|kindly|also|now|just|first|simply|immediately)\s+)(?:` +
    [
      String.raw`(?:add|put)\b[^.;!?]{0,80}?\b(?:to|in|into)\s+(?:the\s+|your\s+|their\s+|my\s+)?(?:cart|basket|bag|order)\b`,
      String.raw`(?:place|submit|complete|finish|confirm)\b[^.;!?]{0,40}?\b(?:orders?|checkout|purchases?|payments?|transfers?|bookings?)\b`,
      String.raw`(?:buy|purchase)\b|check\s?out\s+(?:with|using)\b|pay\s+(?:for|with|now|the)\b`,
      String.raw`(?:change|set|update|switch|add)\b[^.;!?]{0,40}?\b(?:delivery|shipping|billing|recovery|payout)\s+(?:address|email|account)\b`,
      String.raw`(?:call|phone|ring|text)\b[^.;!?]{0,40}?\+?\d[\d\s().-]{6,}`,
      String.raw`(?:type|enter|paste|send|submit|give|share|read\s+out|copy|forward|upload)\b[^.;!?]{0,80}?\b(?:passwords?|passcodes?|(?:verification|security|one-time|sms|2fa|otp|login|access|six-digit|\d-digit)\s+codes?|otp|cvv|cvc|card\s+(?:number|details)|saved\s+card|pin|cookies?|session\s+tokens?|credentials|(?:user|customer|their|his|her)(?:'s)?\s+(?:[\w-]+\s+){0,2}(?:messages?|emails?|inbox|files?|data|details))\b`,
      String.raw`(?:open|go\s+to)\b[^.;!?]{0,40}?\b(?:user|customer|their|his|her)(?:'s)?\s+(?:[\w-]+\s+)?(?:email|inbox|mail|password|vault|bank|account)`,
      String.raw`click\b[^.;!?]{0,60}?\b(?:confirm|pay|buy|transfer|continue|accept)\b`,
    ].join('|') +
    ')',
  'u',
);
/** {@link noun} tried at one place of a long text. */
const nounAt = new RegExp(noun.source, 'y');
/** The nouns {@link noun} starts with, searched natively in a long text. */
const nounWords = ['agent', 'assistant', 'buyer', 'shopper', 'bot'];
/** How many places of one noun a long text is read at, at most. */
const maxStarts = 4096;
/** Cheap literals one of which a text with such a label holds. */
const gate = /agent|assistant|buyer|shopper|bot/;
const maxLabels = 16;
/** The longest text whose lookalike letters are folded (a page's; a megabyte README is not a shop's page). */
const maxFolded = 64 * 1024;
const nonAscii = /[\u0080-\uffff]/;
const reach = 400;

export interface PageAgentOrder {
  readonly start: number;
  readonly evidence: string;
}

/** The first order a page gives the shopping or browsing agent in `part`, or undefined. */
export function pageAgentOrder(part: string): PageAgentOrder | undefined {
  const lower = lowerCased(part);
  // Lookalike letters ("buyеrs", "thе" with a Cyrillic е) are folded in a page-sized text, so the words are read.
  const text = lower.length > maxFolded || !nonAscii.test(lower) ? lower : foldConfusables(lower).text;
  if (text.length > maxFolded) return labelOrderIn(text, nounStarts(text));
  if (!gate.test(text)) return undefined;
  noun.lastIndex = 0;
  for (let m = noun.exec(text), n = 0; m !== null && n < maxLabels; m = noun.exec(text), n++) {
    const found = orderAfter(text, m);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * {@link pageAgentOrder} of a long text (a megabyte bundle or README read whole as a page): the nouns' places
 * are found by native search, each standing as a word, and the label pattern is tried only there, in order
 * (the pattern run over a megabyte tries every position of it). The same labels as a scan, at most
 * {@link maxLabels} of them, each read as far.
 */
function labelOrderIn(text: string, starts: readonly number[]): PageAgentOrder | undefined {
  let n = 0;
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    nounAt.lastIndex = at;
    const m = nounAt.exec(text);
    if (m === null) continue;
    end = at + m[0].length;
    const found = orderAfter(text, m);
    if (found !== undefined || ++n >= maxLabels) return found;
  }
  return undefined;
}

/**
 * Where a noun starts that {@link orderAfter} may read (no letter before it; no word character after it or its
 * plural `s`, as `\b` reads one), in order; at most {@link maxStarts} places a noun.
 */
function nounStarts(text: string): number[] {
  const starts: number[] = [];
  for (const word of nounWords) {
    let count = 0;
    for (let at = text.indexOf(word); at >= 0 && count < maxStarts; at = text.indexOf(word, at + word.length)) {
      let after = at + word.length;
      if (text.charCodeAt(after) === 0x73) after++;
      if (!isLowerAsciiLetter(text.charCodeAt(at - 1)) && !isLowerRegexWordChar(text.charCodeAt(after))) {
        starts.push(at);
        count++;
      }
    }
  }
  return starts.sort((a, b) => a - b);
}

/**
 * Whether `at` stands inside an HTML `<pre>` or `<code>` element opened in the 4000 characters before it: a page
 * showing a payload as code quotes it (as text/quoted.ts reads such elements), it does not give it.
 */
function insideCode(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 4000), at);
  const open = Math.max(head.lastIndexOf('<pre'), head.lastIndexOf('<code'));
  return open >= 0 && open > Math.max(head.lastIndexOf('</pre'), head.lastIndexOf('</code'));
}

/** The order the label matched at `m` gives, or undefined. */
function orderAfter(text: string, m: RegExpExecArray): PageAgentOrder | undefined {
  const before = text.slice(Math.max(0, m.index - 48), m.index);
  if (m.index > 0 && /[a-z]/.test(text[m.index - 1]!)) return undefined;
  if (!qualified.test(before) || quoteBefore.test(before) || insideCode(text, m.index)) return undefined;
  const asked = m[1]!.endsWith(' to ') || /\sto\s$/.test(m[1]!);
  if (asked && !askedBefore.test(before)) return undefined;
  const from = m.index + m[0].length;
  let rest = text.slice(from, from + reach).trimStart();
  const close = rest.search(/<|\n\n/);
  if (close >= 0) rest = rest.slice(0, close);
  // A label's own steps; an "asked to" phrase starts with its verb.
  const found = act.exec(asked ? `: ${rest}` : rest);
  if (found !== null) return { start: m.index, evidence: text.slice(Math.max(0, m.index - 24), from + Math.min(rest.length, found.index + found[0].length)).slice(0, 200) };
  return undefined;
}
