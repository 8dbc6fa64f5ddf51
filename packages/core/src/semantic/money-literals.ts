// Where money goes and how much, read one way by every reader that asks: payment-calls.ts (a payment tool's
// call spelled out), foreign-subjects.ts (a payment ordered in another language),
// stateful/prompt-arguments.ts (a prompt that pays the payee the user named), and the readers that compose
// an account into a longer sentence (payment-swaps, scheduled-calls, destination-swaps, metadata-calls,
// soft-asks, described-acts, sets-others-calls) from the shapes exported here. One reading, so a form of
// account or amount one of them learns the others see too.

/**
 * An IBAN: two letters, two check digits, then letters or digits in groups of four, run together or spaced,
 * and a shorter last group. Read by groups, so the word after a spaced IBAN is not taken into it.
 */
export const ibanShape = '[a-z](?<![a-z0-9][a-z])[a-z]\\d{2}(?:\\s?[a-z0-9]{4}){2,7}(?:\\s?[a-z0-9]{1,4})?(?![a-z0-9])';
/**
 * A long number: eight digits or more, a single space or dash allowed between them (a card or account number
 * as people write it; a line break is not, so a column of figures is none), a date (2026-12-15) not.
 */
// A digit read first, and only then what stands before it: most characters of a text are no digit, and
// the cold tools/list paid for a look-behind and a date look-ahead at each of them.
export const longNumberShape = '\\d(?<!\\d\\d)(?!\\d{3}-\\d\\d-\\d\\d(?!\\d))(?:[ -]?\\d){7,}(?!\\d)';
/** A crypto wallet: an Ethereum address, a Bitcoin bech32 address. The three shapes are regex sources (any case, for composing). */
export const walletShape = '0x[0-9a-f]{40}|bc1[a-z0-9]{20,}';

/**
 * A literal account money goes to: an IBAN, a long number named as an account ("account no. 12345678"; a bare
 * long number is as often an id or a timestamp), or a wallet. Global, any case.
 */
export const namedAccounts = new RegExp(`${ibanShape}|\\b(?:account|acct)(?:\\s+(?:no\\.?|number|#))?\\s*[:#=]?\\s*${longNumberShape}|${walletShape}`, 'gi');

/**
 * A literal account where the sentence already says it pays: an IBAN, any long number, or a wallet. Global,
 * any case; {@link literalAccount} is the same for a single test.
 */
export const literalAccounts = new RegExp(`${ibanShape}|${longNumberShape}|${walletShape}`, 'gi');
export const literalAccount = new RegExp(literalAccounts.source, 'i');

/**
 * An amount with its currency (lower case): digits then a currency code, sign or word ("86.40 eur", "5k usd",
 * "3 eth", "1,100 euros"), or a sign then digits ("$120").
 */
export const amount =
  /\d[\d.,\s]{0,12}\s?(?:k\s)?(?:eur|usd|gbp|chf|pln|czk|sek|try|rub|uah|idr|vnd|krw|jpy|cny|inr|€|\$|£|₩|¥|zł|kč|₽|₴|₫|(?:dollars?|pounds|btc|bitcoins?|eth|ether|sol)(?![\p{L}\p{N}]))|(?:€|\$|£)\s?\d/u;

/**
 * An IBAN's start: country, check digits and the first group ("gb33 bukb"), for a reader where a word ("to
 * IBAN …") already says an account follows and the text may cut the rest short. A regex source, any case.
 */
export const ibanStartShape = '[a-z](?<![a-z0-9][a-z])[a-z]\\d{2}\\s?[a-z0-9]{4}';
