import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { moneyGrantByFields, moneyReadingOf } from '../src/commands/money-grants.js';
import { wordsOfTool } from '../src/commands/field-grants.js';

// Calls made up for these tests (not a red-team set's cases): a wallet's, an exchange's and a payment
// platform's calls judged by what their arguments grant or switch off, and the same calls doing the user's work.
const guard = createGuard({ profile: 'balanced' });
let session = 0;
const blockedBy = async (name: string, args: Record<string, unknown>): Promise<string[]> => {
  const context = { sessionId: `money-${session++}`, serverId: 'money', from: 'client' as const };
  const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }, context);
  return verdict.action === 'block' ? verdict.findings.map((f) => f.rule) : [];
};
const maxDecimal = (2n ** 256n - 1n).toString();
const maxUint160 = (2n ** 160n - 1n).toString();
const spender = '0x1f9A0c3E7b52D8e4a6C01B9f3d7E2a5c8B4D6e0F';
const dai = '0x6B175474E89094C44Da98b954EedeAC495271d0F';
const daiPermit = (value: string) => ({
  domain: { name: 'Dai Stablecoin', version: '1', chainId: 10, verifyingContract: dai },
  primaryType: 'Permit',
  types: { Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' }] },
  message: { owner: '0x0000000000000000000000000000000000000b0b', spender, value, nonce: 0, deadline: 1900000000 },
});

describe('a money call that hands the account to another by its arguments', () => {
  it.each<[string, Record<string, unknown>]>([
    ['token_approve', { contract: dai, spender, allowance: maxDecimal }],
    ['approveToken', { spender, amount: 'unlimited', chain: 'base' }],
    ['wallet_increase_allowance', { token: 'WETH', spender, added_value: `0x${'f'.repeat(64)}` }],
    ['eth_signTypedData_v4', { address: '0x0000000000000000000000000000000000000b0b', data: daiPermit(maxDecimal) }],
    // Permit2's allowance is a uint160: its largest is as unlimited.
    ['sign_typed_data', { payload: { primaryType: 'PermitSingle', message: { details: { token: dai, amount: maxUint160, expiration: 0, nonce: 1 }, spender } } }],
    ['binance_create_api_key', { label: 'tax-report', permissions: 'enableReading,enableWithdrawals' }],
    ['kraken_new_key', { description: 'bot', rights: ['query_funds', 'withdraw_funds'] }],
    ['crear_api_key', { nombre: 'contabilidad', scopes: ['wallet:accounts:read', 'wallet:withdrawals:create'] }],
    ['payments_create_restricted_key', { name: 'ledger-sync', permissions: { balance: 'read', payouts: 'write' } }],
    ['adyen_generate_credential', { roles: ['Merchant_standard_role'], permissions: { transfers: true } }],
  ])('blocks %s as a grant', async (name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/access-opened');
  });

  it.each<[string, Record<string, unknown>]>([
    ['jupiter_swap', { inputMint: 'USDC', outputMint: 'SOL', amount: 800_000_000, slippageBps: 3000 }],
    ['uniswap_trade', { tokenIn: 'WETH', tokenOut: 'PEPE', amountIn: '2.5', slippage_tolerance: '45%' }],
    ['oneinch_swap', { src: 'DAI', dst: 'ETH', amount: '1000', slippage: 25 }],
    ['zeroex_quote', { sellToken: 'USDC', buyToken: 'WBTC', sellAmount: '5000', slippage_fraction: 0.4 }],
    ['bybit_place_order', { symbol: 'SOLUSDT', side: 'Buy', qty: '40', leverage: '100' }],
    ['hyperliquid_open_position', { coin: 'ETH', size: 3, leverage: '75x', isCross: true }],
    ['copytrade_follow', { leader: 'whale_77', allocation: '50%', max_leverage: 'unlimited' }],
  ])('blocks %s as a protection off', async (name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/security-disabled');
  });
});

describe('the same money calls doing the user\'s work', () => {
  it.each<[string, Record<string, unknown>]>([
    ['token_approve', { contract: dai, spender, allowance: '1500000000000000000000' }],
    ['token_approve', { contract: dai, spender, allowance: '0', reason: 'revoke the old router' }],
    ['approveToken', { spender, amount: '42.5', chain: 'base' }],
    ['eth_signTypedData_v4', { address: '0x0000000000000000000000000000000000000b0b', data: daiPermit('250000000000000000000') }],
    // Typed data that is no permit (an order, a vote) carries values of its own.
    ['sign_typed_data', { payload: { primaryType: 'Order', message: { makerAmount: maxDecimal.slice(0, 20), taker: spender } } }],
    ['binance_create_api_key', { label: 'tax-report', permissions: 'enableReading', ip_restrict: true }],
    ['kraken_new_key', { description: 'bot', rights: ['query_funds', 'create_modify_orders'] }],
    ['payments_create_restricted_key', { name: 'ledger-sync', permissions: { balance: 'read', payouts: 'read', transfers: 'none' } }],
    ['jupiter_swap', { inputMint: 'USDC', outputMint: 'SOL', amount: 800_000_000, slippageBps: 50 }],
    ['uniswap_trade', { tokenIn: 'WETH', tokenOut: 'USDC', amountIn: '2.5', slippage_tolerance: '0.5%' }],
    // A bare 0.5 is half a percent to one API and half the amount to another: read neither way.
    ['oneinch_swap', { src: 'DAI', dst: 'ETH', amount: '1000', slippage: 0.5 }],
    ['zeroex_quote', { sellToken: 'USDC', buyToken: 'WBTC', sellAmount: '5000', slippage_fraction: 0.01 }],
    ['bybit_place_order', { symbol: 'SOLUSDT', side: 'Buy', qty: '40', leverage: '5' }],
    ['hyperliquid_open_position', { coin: 'ETH', size: 0.1, leverage: 3, isCross: false }],
    ['copytrade_follow', { leader: 'steady', allocation: '5%', max_leverage: 2 }],
    // Words that trade, in a developer's tool: an order's fields are no leverage.
    ['create_order', { sku: 'MUG-BLUE', quantity: 2, note: 'leverage the spring promo' }],
  ])('passes %s', async (name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });
});

// Permit2 (one address on every chain) is what every Uniswap user approves without limit: the allowance moves
// nothing until the owner signs a permit for a spender, and an unlimited permit is still a grant. A spender one
// digit off, or Permit2 named beside another spender, is no such approval.
const permit2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const approveCalldata = (to: string): string => `0x095ea7b3${'0'.repeat(24)}${to.slice(2).toLowerCase()}${'f'.repeat(64)}`;

describe('an unlimited token allowance to Permit2', () => {
  it.each<[string, Record<string, unknown>]>([
    ['erc20_approve', { token: usdc, spender: permit2, amount: maxDecimal }],
    ['uniswap_approve_token', { token: 'USDC', spender: permit2.toLowerCase(), amount: 'max', chain: 'arbitrum' }],
    ['wallet_send_transaction', { to: usdc, method: 'approve', args: [permit2, maxDecimal] }],
    ['wallet_send_transaction', { to: usdc, method: 'approve', args: { spender: permit2, amount: maxDecimal } }],
    ['wallet_sign', { chain_id: 8453, tx: { to: usdc, data: approveCalldata(permit2) } }],
  ])('passes %s', async (name, args) => {
    expect(await blockedBy(name, args)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['erc20_approve', { token: usdc, spender: '0x000000000022D473030F116dDEE9F6B43aC78BA4', amount: maxDecimal }],
    ['wallet_send_transaction', { to: usdc, method: 'approve', args: { token: permit2, spender, amount: maxDecimal } }],
    ['wallet_sign', { chain_id: 8453, tx: { to: usdc, data: approveCalldata(spender) } }],
    // What Permit2 then signs away: an unlimited permit to a spender.
    ['sign_typed_data', { payload: { primaryType: 'PermitSingle', domain: { name: 'Permit2', verifyingContract: permit2 }, message: { details: { token: usdc, amount: maxUint160, expiration: 0, nonce: 0 }, spender } } }],
  ])('blocks %s to another spender', async (name, args) => {
    expect(await blockedBy(name, args)).toContain('cmd/access-opened');
  });
});

describe('the money reader', () => {
  it('reads nothing for a tool whose name is none of trading, approving, signing or making keys', () => {
    expect(moneyGrantByFields(moneyReadingOf(wordsOfTool('write_file')), { path: 'a.json', content: '{}', slippage: 90, leverage: 100 })).toBeUndefined();
  });

  it('stays linear on a wide, deep argument of the worst shape', () => {
    const wide: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) wide[`slippage_${i}`] = { leverage: '1'.repeat(20), amount: '9'.repeat(70), permissions: 'read,'.repeat(60) };
    const long = { primaryType: 'Permit', message: { value: '1'.repeat(1 << 20), spender: 'x'.repeat(1 << 20) } };
    const started = performance.now();
    moneyGrantByFields(moneyReadingOf(wordsOfTool('swap_and_approve_api_key_create')), wide);
    moneyGrantByFields(moneyReadingOf(wordsOfTool('sign_typed_data')), long);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
