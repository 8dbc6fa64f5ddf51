// A call of a payment tool written out in text a server sends, with the account it pays: "call
// payments_send with amount=4900, iban=LT60…", "I will move the reserve balance to NL91… with
// payments_transfer". A tool's name (snake case, a part of it pay, transfer, payout, withdraw, wire,
// remit), a literal account (an IBAN, a long account number, a wallet address) and an amount or a whole
// balance in one sentence are the call with its arguments filled: the text has chosen where the user's money
// goes, which is the user's to say in the conversation. Only a call ordered ("call …", "then use …") or
// promised in the first person ("I will … with payments_transfer") counts: a payment server's own results
// report calls made ("sent via bank_transfer", "created by create_payout", a payment_intent's JSON with its
// timestamps) and its docs say what the agent can call; neither orders one. An invoice names an account but
// no agent's tool; a tool's docs are metadata (fixed-payee.ts reads a schema's own account); a sentence that
// says never to call it, or names no account, pays no one.
import { amount, namedAccounts } from './money-literals.js';
import { sentenceAroundMatch } from './sentences.js';

/**
 * A snake-case name, as tools are called, ordered called (at a clause's start or after "then", "now",
 * "please" …: "call payments_send", "then use wire_out") or promised by the writer ("I will … with
 * payments_transfer"): group 1 is the name.
 */
const toolNames = /(?:(?:^|[,.;:!?(]\s*|\b(?:then|now|also|and|please|just|next|immediately)\s+)(?:call|invoke|use|run|execute|trigger)\s+(?:the\s+)?(?:tool\s+)?|\bi(?:'ll| will| shall| am going to)\b[^.;!?]{0,160}?\b(?:with|using|via|through|call)\s+(?:the\s+)?(?:tool\s+)?)([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w-])/g;
/** The parts of a tool's name that say it moves money. */
const moneyParts = new Set(['pay', 'pays', 'payment', 'payments', 'payout', 'payouts', 'transfer', 'transfers', 'withdraw', 'withdrawal', 'wire', 'remit', 'remittance', 'sepa', 'disburse']);
/** How much: an amount with its currency (money-literals.ts), an `amount=` argument, or a whole balance. */
const quantity = new RegExp(String.raw`${amount.source}|\bamount\s*[=:]\s*["']?\d|\b(?:balance|all (?:the |of the )?funds|full amount|whole amount|everything in)\b`, 'u');
/** The call forbidden, not ordered. */
const forbidden = /\b(?:never|not|don't|do not|must not|should not|shouldn't|cannot|can't)\s+(?:\w+\s+)?(?:call|use|invoke|run)\b/;

/** Whether a sentence (lower case) orders or promises a call of one of `moneyNames` (see moneyNamesIn). */
function namesPaymentTool(sentence: string, moneyNames: ReadonlySet<string>): boolean {
  toolNames.lastIndex = 0;
  for (let m = toolNames.exec(sentence); m !== null; m = toolNames.exec(sentence)) {
    if (moneyNames.has(m[1]!)) return true;
  }
  return false;
}

/** `[A-Za-z0-9_]`: a character of a snake-case name. */
const isNamePart = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/** A snake-case name one of whose parts is a money part (see moneyParts). */
const moneyName = new RegExp(`(?:^|_)(?:${[...moneyParts].join('|')})(?:_|$)`, 'i');

/**
 * The snake-case names of `text` (lower case) one of whose parts says it moves money, or undefined when there
 * is none. Linear: each name is read once, and a sentence's called tool is then looked up, not split again.
 */
function moneyNamesIn(text: string): ReadonlySet<string> | undefined {
  let found: Set<string> | undefined;
  for (let at = text.indexOf('_'); at >= 0; at = text.indexOf('_', at + 1)) {
    let from = at;
    while (from > 0 && isNamePart(text.charCodeAt(from - 1))) from--;
    let to = at + 1;
    while (to < text.length && isNamePart(text.charCodeAt(to))) to++;
    if (to - from <= 64) {
      const name = text.slice(from, to);
      if (moneyName.test(name)) (found ??= new Set()).add(name.toLowerCase());
    }
    at = to;
  }
  return found;
}

/** The sentence of `text` (a server's content, any case) that spells a payment tool's call to a literal account with an amount, or undefined. */
export function spelledPaymentCall(text: string): { readonly start: number; readonly evidence: string } | undefined {
  // A cheap gate first: a money tool's name, found from the text's underscores (a 1 MiB README holds ~1000;
  // the accounts pattern run over all of it cost ~5 ms). The names found are the ones a sentence may call.
  const moneyNames = moneyNamesIn(text);
  if (moneyNames === undefined) return undefined;
  return sentenceAroundMatch(text, namedAccounts, (sentence) => namesPaymentTool(sentence, moneyNames) && quantity.test(sentence) && !forbidden.test(sentence));
}
