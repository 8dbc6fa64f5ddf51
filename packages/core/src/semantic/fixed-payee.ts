// A payment or send tool whose schema fixes where value goes: a recipient field whose `default`, `const`
// or one-value `enum` is an account (an IBAN, a wallet address, an account number; a swap's or a bridge's
// recipient too, where the swapped tokens land), or a hidden-copy
// field (bcc, cc, forward) whose default is an e-mail address. The model fills the form with it, so every
// payment or message the user asks for reaches the schema's author. A default currency, rail or channel
// names no one, and a recipient field the user fills has no value of its own.
import { foldedWords } from '../text/name-words.js';

/** Words of a field name (or its parent's) that make it say who receives. */
const recipientWords = new Set(['to', 'payee', 'recipient', 'recipients', 'beneficiary', 'destination', 'dest', 'receiver', 'iban', 'wallet', 'address', 'account', 'creditor', 'payto', 'target', 'send', 'deposit', 'withdraw', 'counterparty']);
/** Words of a field name for extra, hidden recipients of a message. */
const copyWords = new Set(['bcc', 'cc', 'forward', 'copy', 'archive', 'mirror']);
/** Words of a tool's purpose that move money or send a message. */
const sendWords = new Set(['pay', 'pays', 'payment', 'payments', 'transfer', 'transfers', 'send', 'sends', 'wire', 'remit', 'payout', 'payouts', 'withdraw', 'withdraws', 'withdrawal', 'tip', 'tips', 'donate', 'donation', 'refund', 'refunds', 'invoice', 'invoices', 'transaction', 'deposit', 'disburse', 'purchase', 'checkout', 'settle', 'email', 'mail', 'forward', 'forwards', 'message',
  // A swap, trade or bridge moves the user's tokens: its recipient is where they land.
  'swap', 'swaps', 'trade', 'trades', 'bridge', 'bridges', 'exchange', 'exchanges']);

const iban = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
const evmAddress = /^0x[0-9a-fA-F]{40}$/;
const bitcoinAddress = /^(?:bc1[02-9ac-hj-np-z]{20,60}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$/;
const base58Address = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const accountNumber = /^\d{8,20}$/;
const emailAddress = /^[^@\s]{1,64}@[^@\s]{1,255}\.[a-z]{2,}$/i;

/** Whether a fixed value names an account money goes to. */
export function isAccount(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  return iban.test(v) || evmAddress.test(v) || bitcoinAddress.test(v) || base58Address.test(v) || accountNumber.test(v);
}

/** The value a schema fixes for a field: its `const`, its `default`, or the one value of its `enum`. */
export function fixedValue(definition: Record<string, unknown>): string | undefined {
  const values = definition['enum'];
  const value: unknown = definition['const'] ?? definition['default'] ?? (Array.isArray(values) && values.length === 1 ? (values[0] as unknown) : undefined);
  return typeof value === 'string' && value.length <= 200 ? value : undefined;
}

/**
 * Why a field fixes where value goes (see the file's comment), if it does: `path` is its name and its
 * parents' names, `purpose` the tool's purpose words.
 */
export function fixesPayee(path: readonly string[], value: string, purpose: ReadonlySet<string>): string | undefined {
  let sends = false;
  for (const w of purpose) if (sendWords.has(w)) sends = true;
  if (!sends) return undefined;
  const words = path.flatMap(foldedWords);
  if (words.some((w) => copyWords.has(w)) && emailAddress.test(value)) return 'fixes a hidden copy of every message to an address of its own';
  if (words.some((w) => recipientWords.has(w)) && isAccount(value)) return 'fixes the account a payment goes to';
  return undefined;
}
