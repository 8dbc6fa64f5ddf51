// A token approval without a limit, in a wallet call's fields: ERC-20 `approve(spender, amount)` (or
// `increaseAllowance`) with the largest amount the type holds, or `setApprovalForAll(operator, true)` of an
// NFT collection. Either lets the spender move every token of the kind the wallet holds, now and later, with
// no further signature: what a wallet drainer asks for. Read as a method and its arguments (an array or named
// fields), or as the raw calldata (the 4-byte selector, then 32-byte words). A fixed amount (the payment the
// user makes) and a revocation (amount 0, approved false) pass, and so does a token's allowance to Permit2 (see
// below). Findings are data; nothing here throws on odd input. One pass over the arguments, bounded in nodes.
import { walkRecords, type WalkBounds } from './argument-walk.js';
import { KeyFact, keyFacts } from '../values/key-facts.js';

const bounds: WalkBounds = { nodes: 2000, depth: 6 };
/** keccak256 selectors: approve(address,uint256), increaseAllowance(address,uint256), setApprovalForAll(address,bool). */
const approveSelectors = ['095ea7b3', '39509351'];
const approveAllSelector = 'a22cb465';
/** The largest uint256 written in decimal, and its first digits (a value that large is no amount anyone means). */
const maxUintDecimalPrefix = '115792089237316195423570985008687907853269984665640564039457';
const maxUint160Decimal = '1461501637330902918203684832716283019655932542975';
const amountKeys = new Set(['amount', 'value', 'allowance', 'addedvalue', 'wad', 'rawamount']);
const flagKeys = new Set(['approved', 'approval', 'value']);
/** The keys of raw calldata; the rest of values/key-facts' contract-call keys name the method. */
const dataKeys = new Set(['data', 'input', 'calldata']);

/**
 * Uniswap's Permit2 contract, at this one address on every chain (deployed by CREATE2), which every Uniswap user
 * approves once per token without limit. The allowance moves nothing by itself: Permit2 spends a token only for
 * a spender the owner then signs a permit for (read apart: an unlimited one is a grant) or sets there.
 */
const permit2 = '0x000000000022d473030f116ddee9f6b43ac78ba3';
/** Whether a spender (as a call writes it) is Permit2. */
export const isPermit2 = (spender: unknown): boolean => typeof spender === 'string' && spender.length === 42 && spender.toLowerCase() === permit2;

/** Whether `value` is the largest uint256 (or near it), as a hex or decimal string, a bigint, or a name for it. */
export function unlimited(value: unknown): boolean {
  if (typeof value === 'bigint') return value >= 2n ** 159n;
  // A JSON number that large arrives rounded (1.157920892373162e+77): no token amount is written so.
  if (typeof value === 'number') return value >= 1e45;
  if (typeof value !== 'string' || value.length > 80) return false;
  const v = value.trim().toLowerCase();
  if (v === 'max' || v === 'unlimited' || v === 'maxuint256' || v === 'max_uint256' || v === 'maxuint160' || v === 'infinite') return true;
  if (/^0x[0-9a-f]{64}$/.test(v)) return v.startsWith('0xf') || v.startsWith('0x7f');
  // Permit2 allowances are uint160: its largest, 2^160-1, in hex (all forty digits f) or decimal.
  if (v === `0x${'f'.repeat(40)}` || v === maxUint160Decimal) return true;
  return /^\d{77,78}$/.test(v) && v.startsWith(maxUintDecimalPrefix.slice(0, 12));
}

/** What a method name or signature calls: 'approve', 'approveAll', or undefined. */
function methodKind(method: string): 'approve' | 'approveAll' | undefined {
  const name = method.trim().replace(/\(.*$/s, '').toLowerCase();
  if (name === 'approve' || name === 'increaseallowance') return 'approve';
  if (name === 'setapprovalforall') return 'approveAll';
  return undefined;
}

/** The unlimited approval raw calldata makes, or undefined. */
function fromCalldata(data: string): string | undefined {
  const hex = data.trim().toLowerCase().replace(/^0x/, '');
  if (hex.length < 8 + 128) return undefined;
  const selector = hex.slice(0, 8);
  const spender = `0x${hex.slice(8 + 24, 8 + 64)}`;
  const word = hex.slice(8 + 64, 8 + 128);
  if (approveSelectors.includes(selector) && (word.startsWith('f') || word.startsWith('7f')) && !isPermit2(spender)) return `an unlimited token approval to ${spender}`;
  if (selector === approveAllSelector && /^0{63}1$/.test(word)) return `every token of a collection approved to ${spender}`;
  return undefined;
}

/** The first address-like string of `list`, for the finding. */
const addressIn = (list: readonly unknown[]): string => (list.find((v) => typeof v === 'string' && /^0x[0-9a-f]{40}$/i.test(v)) as string | undefined) ?? 'a spender';

/** Reads one record: a method beside its arguments. */
function fromRecord(record: Record<string, unknown>): string | undefined {
  let kind: 'approve' | 'approveAll' | undefined;
  for (const k in record) {
    const v = record[k];
    // Whether a key names a method or calldata is kept per key: most calls' keys name neither.
    if (typeof v !== 'string' || !(keyFacts(k) & KeyFact.ContractCall)) continue;
    const data = dataKeys.has(k.toLowerCase().replace(/[_-]/g, ''));
    if (!data) kind ??= methodKind(v);
    if (data && v.length <= 4096 && /^(?:0x)?[0-9a-f]+$/i.test(v.trim())) {
      const found = fromCalldata(v);
      if (found !== undefined) return found;
    }
  }
  if (kind === undefined) return undefined;
  const positional = Object.values(record).find((v): v is unknown[] => Array.isArray(v) && v.length === 2);
  if (positional !== undefined) {
    const [, second] = positional;
    if (kind === 'approve' && unlimited(second) && !isPermit2(positional[0])) return `an unlimited token approval to ${addressIn(positional)}`;
    if (kind === 'approveAll' && (second === true || second === 'true')) return `every token of a collection approved to ${addressIn(positional)}`;
  }
  const named = record['args'] ?? record['params'] ?? record['arguments'] ?? record;
  if (typeof named !== 'object' || named === null || Array.isArray(named)) return undefined;
  const fields = named as Record<string, unknown>;
  const first = addressIn(Object.values(fields));
  // The spender by its name where the call names it (`approve(spender, amount)`; `guy` in WETH's and DAI's ABI).
  const spender = fields['spender'] ?? fields['_spender'] ?? fields['guy'] ?? first;
  for (const k in fields) {
    const key = k.toLowerCase().replace(/[_-]/g, '');
    const v = fields[k];
    if (kind === 'approve' && amountKeys.has(key) && unlimited(v) && !isPermit2(spender)) return `an unlimited token approval to ${first}`;
    if (kind === 'approveAll' && flagKeys.has(key) && (v === true || v === 'true')) return `every token of a collection approved to ${first}`;
  }
  return undefined;
}

/** The unlimited token approval a call's arguments make (a sentence), or undefined. */
export function unlimitedApprovalByFields(args: unknown): string | undefined {
  let found: string | undefined;
  walkRecords(args, undefined, bounds, (record, _, descend) => {
    found = fromRecord(record);
    if (found !== undefined) return true;
    for (const k in record) descend(record[k], undefined);
    return false;
  });
  return found;
}
