import { flat } from './field-grants.js';

// A shop's discount code that gives its goods away: the whole price taken off (100 percent, Shopify's `value:
// -100.0` with `value_type: 'percentage'`, Stripe's `percent_off: 100`, WooCommerce's `discount_type: 'percent'`
// with `amount: '100'`) and no limit on how often it is used (`usage_limit: null`, none given, -1, 'unlimited'),
// nor on who may use it. Whoever learns the code empties the shop. A code with a use limit (a goodwill code, test
// orders), one kept to named customers, a partial discount, and a code made in a development or staging store pass.
// Top-level and one level down (Shopify's `discount_code: { … }`); findings are data, nothing throws.

/** Words of a tool's name for a discount code (`shopify_create_discount_code`, `create_coupon`, `promotion_codes.create`; a price rule's two words apart). */
const codeWords = new Set(['discount', 'discounts', 'coupon', 'coupons', 'promo', 'promotion', 'promotions', 'voucher', 'vouchers', 'gutschein', 'cupon', 'cupom', 'buono']);
/** Verbs of making or changing one. */
const makeWords = new Set(['create', 'add', 'new', 'make', 'generate', 'update', 'set', 'edit', 'patch', 'upsert', 'issue']);
/** Keys of a percentage the code takes off (when the call says the value is a percentage, the value itself). */
const percentKeys = new Set(['percentoff', 'percentage', 'percent', 'discountpercent', 'percentdiscount', 'percentageoff']);
const valueKeys = new Set(['value', 'amount', 'discountvalue', 'rate', 'couponamount']);
const typeKeys = new Set(['valuetype', 'discounttype', 'type', 'kind']);
/** Keys of how many times a code may be used in all. */
const limitKeys = new Set(['usagelimit', 'maxredemptions', 'maxuses', 'usagecount', 'uses', 'limit', 'totalusagelimit', 'redemptionlimit']);
/** Keys that keep a code to named customers (Shopify's prerequisite customers, WooCommerce's e-mail restrictions). */
const customerKeys = new Set(['prerequisitecustomerids', 'customerids', 'customerid', 'customer', 'emailrestrictions', 'allowedemails', 'customersegmentprerequisiteids']);
/** A store named as one for development or tests (`meadowhome-dev.myshopify.com`, `staging-shop`). */
const devStore = /(?:^|[^a-z])(?:dev|development|staging|stage|test|testing|sandbox|qa|demo)(?:[^a-z]|$)/i;
const storeKeys = new Set(['shop', 'store', 'domain', 'storeurl', 'shopdomain', 'site', 'siteurl', 'environment', 'env']);

const numberOf = (v: unknown): number | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.length <= 12) {
    const n = Number(v.trim().replace(/%$/, ''));
    return Number.isFinite(n) && v.trim() !== '' ? n : undefined;
  }
  return undefined;
};

interface Seen {
  whole: boolean;
  percentType: boolean;
  value?: number;
  limited: boolean;
  narrowed: boolean;
  dev: boolean;
}

function read(record: Record<string, unknown>, seen: Seen): void {
  for (const k in record) {
    if (k.length > 48) continue;
    const key = flat(k);
    const value = record[k];
    if (percentKeys.has(key) && Math.abs(numberOf(value) ?? 0) >= 100) seen.whole = true;
    if (typeKeys.has(key) && typeof value === 'string' && /^percent/i.test(value.trim())) seen.percentType = true;
    const n = valueKeys.has(key) ? numberOf(value) : undefined;
    if (n !== undefined) seen.value = n;
    if (limitKeys.has(key)) {
      const n = numberOf(value);
      if (n !== undefined && n > 0) seen.limited = true;
    }
    if (customerKeys.has(key) && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) seen.narrowed = true;
    if (key === 'customerselection' && typeof value === 'string' && !/^all$/i.test(value.trim())) seen.narrowed = true;
    if (storeKeys.has(key) && typeof value === 'string' && value.length <= 200 && devStore.test(value)) seen.dev = true;
  }
}

/** The giveaway a call's arguments make (a sentence), or undefined. `words` are the tool's name as words. */
export function giveawayCode(words: readonly string[], args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const named = words.some((w) => codeWords.has(w)) || (words.includes('price') && words.includes('rule'));
  if (!named || !words.some((w) => makeWords.has(w))) return undefined;
  const seen: Seen = { whole: false, percentType: false, limited: false, narrowed: false, dev: false };
  const top = args as Record<string, unknown>;
  read(top, seen);
  for (const k in top) {
    const inner = top[k];
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) read(inner as Record<string, unknown>, seen);
  }
  const whole = seen.whole || (seen.percentType && Math.abs(seen.value ?? 0) >= 100);
  if (!whole || seen.limited || seen.narrowed || seen.dev) return undefined;
  return 'a discount code that takes the whole price off, for anyone, with no limit on its uses';
}
