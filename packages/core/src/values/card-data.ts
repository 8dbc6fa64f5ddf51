// A payment card written out whole in a text a call sends: its full number (one that passes the Luhn check or
// that the text labels a card's, not a processor's published test number) with its security code labelled
// beside it. Whoever receives the message can pay with the card; no shop, bank or friend needs it sent so (a
// card is updated on the payee's own page).
// "the card ending 4417", an order number, a number without its code and Stripe's 4242… pass.

/** A security code, labelled: "CVC 613", "cvv2: 0421", "security code 512". */
const codeLabel = /(?:cvc2?|cvv2?|cvn|csc|card (?:verification|security) (?:code|value|number)|security code)(?![a-z])[^\d\n]{0,12}\d{3,4}(?!\d)/i;
/** A label that says the digits after it are a card's number: "Card number", "card no.", "PAN:". */
const cardLabel = /(?:card|credit|debit|visa|mastercard|amex)\s*(?:number|no\.?|num|#)?\s*[:#-]?\s*$|(?<![a-z])pan\s*[:#-]?\s*$/i;
/** A run of 13 to 19 digits, grouped by spaces or dashes as cards are written. */
const digitRun = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
/** Published test numbers of card processors (Stripe, Adyen, Braintree docs): tests send them on purpose. */
const testNumbers = new Set(['4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210', '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '3056930009020004', '36227206271667', '3566002020360505', '6200000000000005', '4111111111111111', '4012888888881881', '5454545454545454', '4000000000000002', '4000000000009995']);
/** The longest text read. */
const maxText = 64 * 1024;

/** Whether a card number's digits pass the Luhn check. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** A cheap first test: the labels of a security code. */
export const mayHoldCardCode = (text: string): boolean => /cv[cvn]|csc|security code|verification (?:code|value)/i.test(text.length > maxText ? text.slice(0, maxText) : text);

/**
 * The card a text spells out whole with its security code, as evidence that shows only its last four digits
 * ("card ending 4417 with its security code"), or undefined.
 */
export function cardWithCode(text: string): string | undefined {
  const head = text.length > maxText ? text.slice(0, maxText) : text;
  if (!codeLabel.test(head)) return undefined;
  digitRun.lastIndex = 0;
  for (let m = digitRun.exec(head), n = 0; m !== null && n < 64; m = digitRun.exec(head), n++) {
    const digits = m[0].replace(/[ -]/g, '');
    // Cards start with 2 to 6 (Mastercard's 2-series, Amex, Visa, Mastercard, Discover and UnionPay).
    if (digits[0]! < '2' || digits[0]! > '6' || testNumbers.has(digits)) continue;
    // A number the text labels a card's counts as one whatever its check digit (a typo still pays, or is retried).
    if (!luhn(digits) && !cardLabel.test(head.slice(Math.max(0, m.index - 24), m.index))) continue;
    return `card ending ${digits.slice(-4)} with its security code`;
  }
  return undefined;
}
