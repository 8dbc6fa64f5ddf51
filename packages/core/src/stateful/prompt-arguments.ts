import type { Finding, ScannedValue } from '../types.js';
import { amount, literalAccounts } from '../semantic/money-literals.js';
import { samePath } from './declared-roots.js';

/**
 * The arguments of a `prompts/get` request, kept for its answer. Prompts are chosen by the user (the
 * protocol calls them user-controlled), and their arguments are what the user typed into the client's form:
 * a value of the answer that is one of them came from the user, not from the server. Only a payment's payee
 * is read this way so far: a prompt that pays the payee the user named is the user's own request, while a
 * prompt that names an account the user did not give is the server's (see docs/stateful.md#prompt-arguments).
 */

/** At most this many argument values, each at most this long, are kept (a form has a few short fields). */
const keptValues = 16;
const keptLength = 256;

/** The string arguments of a `prompts/get` request's params, lower case, or undefined when it has none. */
export function promptArgumentsOf(params: unknown): readonly string[] | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const args = (params as { arguments?: unknown }).arguments;
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const given: string[] = [];
  for (const value of Object.values(args)) {
    if (typeof value !== 'string' || value.length > keptLength || given.length === keptValues) continue;
    if (value.trim() !== '') given.push(value.toLowerCase());
  }
  return given.length ? given : undefined;
}

/** The rule a payee named by the user lifts: an order to pay, read in server text. */
const paymentRule = 'injection/embedded-money-transfer';

/** Where a payment goes: the words after its `to` / `into`. */
const destination = /\b(?:to|into)\s+([^,;:.!?\n]+)/;

/** The words of a value that name something (three letters or more). */
const namingWords = (value: string): string[] => value.match(/[\p{L}\p{N}][\p{L}\p{N}'-]{2,}/gu) ?? [];

/** Whether every naming word of one of the user's values is in `text`. */
const namesGiven = (text: string, given: readonly string[]): boolean =>
  given.some((value) => {
    const words = namingWords(value);
    return words.length > 0 && words.every((word) => text.includes(word));
  });

/**
 * Whether a prompt's text pays only payees the user named: every sentence with an amount sends it to one of
 * the user's values, and no account number, IBAN or wallet appears that the user did not give. Accounts and
 * amounts are read as the payment detectors read them (semantic/money-literals.ts).
 */
function paysGivenPayees(text: string, given: readonly string[]): boolean {
  for (const found of text.matchAll(literalAccounts)) {
    const literal = found[0].replace(/[\s-]/g, '');
    if (!given.some((value) => value.replace(/[\s-]/g, '').includes(literal))) return false;
  }
  let payments = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!amount.test(sentence)) continue;
    payments++;
    const to = destination.exec(sentence);
    if (to === null || !namesGiven(to[1]!, given)) return false;
  }
  return payments > 0;
}

/**
 * Drops, in place, the payment orders of a `prompts/get` answer whose payees are values the user gave in
 * the request (`given`, from {@link promptArgumentsOf}). Every other finding stays.
 */
export function dropPaymentsToGivenPayees(findings: Finding[], values: readonly ScannedValue[], given: readonly string[]): void {
  for (let f = findings.length - 1; f >= 0; f--) {
    const finding = findings[f]!;
    if (finding.rule !== paymentRule) continue;
    const at = values.find((value) => samePath(value.path, finding.path));
    if (at !== undefined && paysGivenPayees(at.text, given)) findings.splice(f, 1);
  }
}
