// What an order spoken to the AI may hand it besides a secret, read by shape in a language no reader knows
// (stop 73; unread-handovers.ts finds the AI spoken to). Two things carry the harm whatever the verb, and are
// written alike in every language:
// - a bank account to pay or to put on a payee's record: an IBAN, a long number beside the name banks print
//   for an account's routing code (routing, SWIFT, BIC, IFSC, BSB, sort code, CLABE, CBU: untranslated
//   wherever money is wired), or a long number printed as banks and cards print accounts (see
//   printedAccount: "38-9017-0448812-00", "5500 0123 4567 8901"). A note that speaks to the AI and gives it
//   an account is a payee swapped or a payment ordered: an invoice or a ticket that pays its own account
//   names no AI. What it costs: a note in such a language that only asks the AI to check a literal account
//   reads as the swap too (server content seldom speaks to the AI about one);
// - a download run by a shell (`curl … | sudo bash`, `bash -c "$(curl …)"`), as destroys.ts reads it:
//   an AI told to run one is blocked in English ("the agent must run curl … | sh"), and a README that shows
//   one to people names no AI.
// A phone number, an order or ticket id (one run of digits), a date and an ISBN are no account.
import { pipesToShell, runsSubstitutedDownload } from './destroys.js';
import { ibanShape, longNumberShape } from './money-literals.js';

/** An IBAN as banks print it, in capitals (any case, "fy26 utekelezaji" would read as one). */
const iban = new RegExp(ibanShape, 'gi');
/** An account's number: eight digits or more, as people group them (not after `+`: a phone's). Global: read number by number. */
const accountNumbers = new RegExp(`(?<![+\\d]\\s?)${longNumberShape}`, 'g');
/** The names banks print for an account's routing code, untranslated in every language (a closed list: banking's own terms). */
const bankCode = /(?<![\p{L}])(?:routing|swift|bic|ifsc|bsb|sort[ -]?code|clabe|cbu)(?![\p{L}])/iu;
/**
 * An account's or a card's print: four groups or more, each of two digits or more, twelve digits in all
 * ("38-9017-0448812-00", "5500 0123 4567 8901"). A phone number (the French "06 12 34 56 78" has no group of
 * three digits or more and ten digits; the German "0171 123 45 67" eleven) and an ISBN (a one-digit group)
 * are none.
 */
function printedAccount(number: string): boolean {
  const groups = number.split(/[ -]/);
  return groups.length >= 4 && groups.every((g) => g.length >= 2) && number.replace(/\D/g, '').length >= 12;
}

/** Where the order (the text after the AI's name) names a bank account, or -1. */
export function accountIn(order: string): number {
  iban.lastIndex = 0;
  for (let m = iban.exec(order); m !== null; m = iban.exec(order)) if (m[0] === m[0].toUpperCase()) return m.index;
  const coded = bankCode.test(order);
  accountNumbers.lastIndex = 0;
  for (let m = accountNumbers.exec(order); m !== null; m = accountNumbers.exec(order)) {
    if (coded || printedAccount(m[0])) return m.index;
  }
  return -1;
}

/** Where the order (lower case) runs a download by a shell, or -1. */
export function downloadRunIn(order: string): number {
  const run = pipesToShell.exec(order) ?? runsSubstitutedDownload.exec(order);
  return run === null ? -1 : run.index;
}
