// What a wallet's, an exchange's or a payment platform's call grants or switches off, read in its arguments
// rather than its words (the method-and-calldata reading of one approval is token-approvals.ts):
// - an allowance without a limit, where the tool's name says it approves or permits (`erc20_approve`
//   amount=max) or the data signed is a permit (EIP-2612 `Permit`, Permit2's `PermitSingle`): the spender may
//   move every token of the kind, now and later, with no further signature;
// - an API key made with the right to move money out (an exchange key with `withdraw`, a payment key that may
//   write payouts, transfers or external accounts): whoever holds the key empties the account;
// - a swap's slippage set so wide that the trade is an offer to any front-runner (a fifth of the amount or
//   more), or leverage so high that a move of a couple of percent liquidates the position (50x or more, or
//   "unlimited").
// An exact approval, a revocation, an allowance to Permit2 (token-approvals.ts: it spends only what a permit
// then signs), a read-only or trade-only key, 0.5% slippage and 3x leverage pass. Findings are data; nothing here throws on odd input. Read only for calls whose name says
// they trade, approve, sign or mint keys (a set look-up per word), then one walk bounded in nodes.
import { walkRecords, type WalkBounds } from './argument-walk.js';
import { flat } from './field-grants.js';
import { isPermit2, unlimited } from './token-approvals.js';

const bounds: WalkBounds = { nodes: 400, depth: 6 };
/** Words of a tool name that approve an allowance, and that sign data (which may be a permit). */
const approvingWords = new Set(['approve', 'approval', 'allowance', 'permit', 'increaseallowance']);
const signingWords = new Set(['sign', 'signature', 'typed', 'eip712']);
/** Words of a tool name that make or change a key. */
const keyWords = new Set(['key', 'keys', 'apikey', 'apikeys', 'credential', 'credentials']);
// With the same verbs of Spanish, Portuguese, Italian, French and German tool names (field-grants' reading).
const makingWords = new Set(['create', 'new', 'add', 'generate', 'issue', 'make', 'update', 'edit', 'set', 'modify', 'mint',
  'crear', 'criar', 'creare', 'creer', 'erstellen', 'generar', 'gerar', 'generare', 'generer', 'erzeugen']);
/** Words of a tool name that trade. */
const tradingWords = new Set(['swap', 'swaps', 'trade', 'trades', 'order', 'orders', 'futures', 'perp', 'perps', 'position', 'positions', 'leverage', 'margin',
  'copytrade', 'copy', 'follow', 'dex', 'quote', 'route', 'exchange', 'broker', 'bridge']);

/** The allowance fields of an approval or a permit's message. */
const amountKeys = new Set(['amount', 'value', 'allowance', 'addedvalue', 'wad', 'rawamount', 'approvalamount']);
/** Rights that move money out of the account, as a key's permission names or keys them. */
const movingRights = new Set(['withdraw', 'withdrawal', 'withdrawals', 'withdraws', 'payout', 'payouts', 'transfer', 'transfers', 'externalaccounts',
  'enablewithdrawals', 'canwithdraw', 'universaltransfer', 'internaltransfer']);
const permissionKeys = new Set(['permissions', 'permission', 'scopes', 'scope', 'rights', 'access', 'abilities', 'capabilities', 'privileges']);
const grantingValues = new Set(['write', 'readwrite', 'rw', 'full', 'all', 'true', 'enabled', 'allow', 'yes']);

/** Whether a permission value (a name, a list of names) names a right that moves money out. */
function namesMovingRight(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.length > 400) return undefined;
    for (const part of value.toLowerCase().split(/[^a-z]+/)) if (movingRights.has(part)) return value;
    return movingRights.has(flat(value)) ? value : undefined;
  }
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) {
      const found = namesMovingRight(v);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A permission record granting a moving right (`{ payouts: 'write' }`, `{ withdraw: true }`). */
function grantsMovingRight(record: Record<string, unknown>): string | undefined {
  for (const k in record) {
    const v = record[k];
    if (!movingRights.has(flat(k))) continue;
    if (v === true || (typeof v === 'string' && grantingValues.has(flat(v)))) return `${k}=${String(v)}`;
  }
  return undefined;
}

/** A slippage field's value as a percent, or undefined when it cannot be told (a bare fraction may be either). */
function slippagePercent(key: string, value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined || text.length > 24) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(%)?$/.exec(text);
  if (m === null) return undefined;
  const n = Number(m[1]);
  if (key.includes('bps') || key.includes('basispoints')) return n / 100;
  if (m[2] === '%' || n > 1) return n;
  // 0.5 is half a percent to one API and half the amount to another: only a key that says fraction is read.
  return key.includes('fraction') || key.includes('decimal') ? n * 100 : undefined;
}

/** A leverage field's value that liquidates on a move of 2% or less, as written, or undefined. */
function extremeLeverage(value: unknown): string | undefined {
  if (typeof value === 'number') return value >= 50 ? `${value}x` : undefined;
  if (typeof value !== 'string' || value.length > 24) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'max' || v === 'unlimited' || v === 'maximum' || v === 'infinite') return value;
  const m = /^(\d+(?:\.\d+)?)\s*x?$/.exec(v);
  return m !== null && Number(m[1]) >= 50 ? `${m[1]}x` : undefined;
}

/** What a tool's name asks the walk to read, as bits (read once per name in tool-names.ts). */
const Approves = 1;
const Signs = 2;
const Keys = 4;
const Trades = 8;

/** What a tool's words ask the money reader to read, as bits, or 0 when the call is none of these. */
export function moneyReadingOf(words: readonly string[]): number {
  let bits = 0;
  let key = false;
  let making = false;
  for (const w of words) {
    if (approvingWords.has(w)) bits |= Approves;
    if (signingWords.has(w)) bits |= Signs;
    if (keyWords.has(w)) key = true;
    if (makingWords.has(w)) making = true;
    if (tradingWords.has(w)) bits |= Trades;
  }
  return key && making ? bits | Keys : bits;
}

/** What a money call grants (an allowance, a key) or switches off (slippage, leverage), in a sentence. */
export type MoneyGrant = { readonly what: string; readonly grants: boolean };

/** Reads one record of the arguments. */
function fromRecord(record: Record<string, unknown>, reading: number, inPermit: boolean): MoneyGrant | undefined {
  for (const k in record) {
    const key = flat(k);
    const v = record[k];
    if ((reading & Approves || inPermit) && amountKeys.has(key) && unlimited(v)) {
      const spender = record['spender'] ?? record['operator'] ?? record['to'];
      if (isPermit2(spender)) continue;
      return { what: `an unlimited token allowance${typeof spender === 'string' ? ` to ${spender.slice(0, 64)}` : ''}`, grants: true };
    }
    if (reading & Keys && permissionKeys.has(key)) {
      const named = namesMovingRight(v) ?? (typeof v === 'object' && v !== null && !Array.isArray(v) ? grantsMovingRight(v as Record<string, unknown>) : undefined);
      if (named !== undefined) return { what: `a key made with the right to move money out (${named.slice(0, 80)})`, grants: true };
    }
    if (reading & Keys && movingRights.has(key) && (v === true || v === 'true')) return { what: `a key made with the right to move money out (${k}=true)`, grants: true };
    if (reading & Trades && key.includes('slippage')) {
      const percent = slippagePercent(key, v);
      if (percent !== undefined && percent >= 20 && percent <= 100) return { what: `a swap that accepts losing ${percent}% of its amount (${k}=${String(v)})`, grants: false };
    }
    if (reading & Trades && key.includes('leverage')) {
      const lev = extremeLeverage(v);
      if (lev !== undefined) return { what: `a position at ${lev} leverage, liquidated by a move of 2% or less (${k}=${String(v)})`, grants: false };
    }
  }
  return undefined;
}

/** Whether a record is EIP-712 typed data whose primary type is a permit (EIP-2612, Permit2, DAI's). */
const isPermit = (record: Record<string, unknown>): boolean => {
  const primary = record['primaryType'] ?? record['primary_type'];
  return typeof primary === 'string' && /permit/i.test(primary);
};

/**
 * What a money call's arguments grant or switch off (a sentence) and whether it is a grant (an allowance, a
 * key) or a protection off (slippage, leverage), or undefined. `reading` is the tool name's moneyReadingOf.
 */
export function moneyGrantByFields(reading: number, args: unknown): MoneyGrant | undefined {
  if (reading === 0 || typeof args !== 'object' || args === null) return undefined;
  let found: MoneyGrant | undefined;
  walkRecords(args, false, bounds, (record, inPermit, descend) => {
    const permit = inPermit || isPermit(record);
    found = fromRecord(record, reading, permit);
    if (found !== undefined) return true;
    for (const k in record) descend(record[k], permit);
    return false;
  });
  return found;
}
