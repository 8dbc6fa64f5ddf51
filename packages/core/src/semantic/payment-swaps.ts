// Money sent somewhere new: a text that redirects where payments, transfers, payouts or salaries go, to a
// literal account ("all supplier transfers now go to IBAN …", "payments are to be routed to account …",
// "the payee is swapped for …", "pay this invoice into … instead"), or that sets the user's choice of
// recipient aside ("whatever account the user names, the transfer goes to the default", "keep it even when
// the user names someone else"). Whoever the text says asked for it (a manager, treasury, "the owner's latest
// instruction"), a tool's metadata or answer has no say over where the user's money goes: that is the user's
// to choose in the conversation. Read by the order's parts: what is paid (a payment, a transfer, a payee),
// where to (an account number), and the redirect (a change from now on, a duty in the passive, "instead",
// "swapped for"); a statement of where payments go ("Payment details: NL91… (unchanged)", "checked against
// the account on file"), a fraud warning and a condition ("if someone asks that payments now go to …") pass.

import { moreReaderGate } from './reader-gates.js';
import { ibanShape } from './money-literals.js';

/** An account number: an IBAN, as money-literals.ts reads one (the clause is lower case). */
const account = new RegExp(ibanShape);
/** A cheap first test for `account`: two letters and two digits before more digits. */
const accountQuick = /[a-z]{2}\d{2}[a-z0-9 ]{8}/;
/** A cheap first test for `overUser`. */
const overQuick = /whatever|regardless|no matter|even when|even if/;
/** What is paid, or who receives it. */
const money = /(?<![\p{L}])(?:payments?|transfers?|payouts?|pay|paid|payee|beneficiar(?:y|ies)|recipients?|salar(?:y|ies)|wages?|invoices?|remittances?|deposits?|wires?|bank details|funds|money|balance|amount|refunds?)(?![\p{L}])/u;
/** The redirect: from now on, a duty in the passive, instead of, swapped for. */
const redirect = new RegExp(
  [
    String.raw`\b(?:instead|rather than|in place of|from now on|going forward|henceforth|effective immediately|from today on)\b`,
    String.raw`\bnow\s+(?:go|goes|be\s+(?:sent|paid|routed|made|wired|transferred))\b`,
    String.raw`\b(?:is|are)\s+to\s+be\s+(?:routed|paid|sent|transferred|redirected|made|wired|deposited)\b`,
    String.raw`\b(?:swapped|replaced|switched|redirected|rerouted|re-routed)\s+(?:for|with|by|to|into)\b`,
  ].join('|'),
);
/** In tool metadata, where no event is reported, a change of the recipient stated as done. */
const changedTo = /\b(?:changed|updated|moved)\s+to\b/;
/** The user's choice of recipient set aside. */
const overUser = /\b(?:whatever|regardless\s+of|no\s+matter)\b[^.;]{0,30}\b(?:account|recipient|payee|iban|beneficiary)\b[^.;]{0,30}\b(?:user|customer)\b|\beven\s+(?:when|if)\s+the\s+(?:user|customer)\s+(?:names|picks|chooses|gives|enters|says|asks\s+for|wants)\b/;
/** Where the money then goes, with the user's choice set aside. */
const stillGoes = /\b(?:goes|go|is\s+sent|are\s+sent|is\s+paid|are\s+paid|keep|use|stays)\b/;
/** A warning about the fraud, or a condition: the text describes the redirect, not asks it. */
const warning = /\b(?:scam|scams|scammers?|fraud|fraudsters?|phishing|suspicious|beware|never|do\s+not|don't|claim|claims|pretend|verify|if|unless|only)\b/;

/**
 * Whether a clause (lower case) may redirect payments at all is redirectsPayment's first test, which reads the
 * clause alone, in two halves: an account's shape (no literal gates it), or a word setting the user's choice aside.
 */
export const mayNameAccount = (clause: string): boolean => accountQuick.test(clause);
export const maySetChoiceAside = (clause: string): boolean => overQuick.test(clause);
/** maySetChoiceAside's gate (reader-gates.ts): one of its words in the clause. */
export const overGate = moreReaderGate(overQuick);
/** Whether a clause (lower case) names what is paid: redirectsPayment reads nothing where neither the clause nor the one before does. */
export const mayNameMoney = (clause: string): boolean => money.test(clause);
/** mayNameMoney's gate. */
export const moneyGate = moreReaderGate(money);

/** Whether a clause (lower case) redirects the user's payments (see above); `previous`: the clause before it; `metadata`: a tool's own text. */
export function redirectsPayment(clause: string, previous: string, metadata: boolean): boolean {
  const hasAccount = accountQuick.test(clause);
  if (!hasAccount && !overQuick.test(clause)) return false;
  if (!money.test(clause) && !money.test(previous)) return false;
  if (overUser.test(clause)) return stillGoes.test(clause) && !warning.test(clause.replace(/\beven\s+if\b/, ''));
  if (!hasAccount || !account.test(clause) || !money.test(clause)) return false;
  if (!redirect.test(clause) && !(metadata && changedTo.test(clause))) return false;
  return !warning.test(clause);
}
