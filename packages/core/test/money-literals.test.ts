import { describe, expect, it } from 'vitest';

import { amount, literalAccount, literalAccounts, namedAccounts } from '../src/semantic/money-literals.js';
import { cpuMs } from './cpu-time.js';

// Every reader that asks where money goes and how much (a payment tool's call, a payment ordered in another
// language, a prompt paying the payee the user named) reads accounts and amounts here, one way.

const all = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((m) => m[0]);

describe('the literal accounts money goes to', () => {
  it('reads an IBAN written in groups or run together, a wallet, and a long number with spaces or dashes', () => {
    expect(all(literalAccounts, 'to de89 3704 0044 0532 0130 00 today')).toEqual(['de89 3704 0044 0532 0130 00']);
    expect(all(literalAccounts, 'iban nl20inga0001234567, please')).toEqual(['nl20inga0001234567']);
    expect(all(literalAccounts, 'wallet 0x52908400098527886e0f7030069857d2e4169ee7 now')).toEqual(['0x52908400098527886e0f7030069857d2e4169ee7']);
    expect(all(literalAccounts, 'card 4000 1234 5678 9010 or account 12-3456-7890')).toEqual(['4000 1234 5678 9010', '12-3456-7890']);
  });

  it('reads no date, short number or column of figures as an account', () => {
    expect(literalAccount.test('due 2026-12-15, ref 4471, order 1234-567')).toBe(false);
    expect(literalAccount.test('1\n2\n3\n4\n5\n6\n7\n8\n9')).toBe(false);
  });

  it('reads a long number as an account for a payment call only where a word names it one', () => {
    expect(all(namedAccounts, 'call payments_send, account no. 4411 0098 7731, 900 eur')).toEqual(['account no. 4411 0098 7731']);
    expect(all(namedAccounts, 'order 1733491200 shipped')).toEqual([]);
  });

  it('stays linear on a megabyte of digits, spaced digits and IBAN-like runs', () => {
    for (const shape of ['1', '1 ', '1-', 'de12 ', 'a1']) {
      const text = shape.repeat(Math.ceil(1_048_576 / shape.length));
      expect(cpuMs(() => all(literalAccounts, text)), shape).toBeLessThan(1500);
      expect(cpuMs(() => all(namedAccounts, `account ${text}`)), shape).toBeLessThan(1500);
    }
  });
});

describe('an amount with its currency', () => {
  it.each(['86.40 eur', '$120', '1,100 euros', '5k usd', '3 eth', '250 dollars', '€ 40', '1 200 zł', '900 chf'])('reads %s', (text) => {
    expect(amount.test(text)).toBe(true);
  });

  it.each(['3 solutions', '2 ethernet ports', '40 items', 'version 1.2'])('reads no amount in %s', (text) => {
    expect(amount.test(text)).toBe(false);
  });
});
