import { describe, expect, it } from 'vitest';

import { fixesPayee } from '../src/semantic/fixed-payee.js';

// A schema field fixing where value goes (semantic/fixed-payee.ts) is read by the words of its name and its
// parents' names, as every reader of a name's ASCII words reads them (text/name-words.ts's foldedWords).
describe('a schema that fixes the payee', () => {
  const pays = new Set(['send', 'payment']);
  const mails = new Set(['email', 'message']);

  it('reads a recipient word in a name of any case or separator, or in a parent name', () => {
    expect(fixesPayee(['beneficiaryIban'], 'DE44 5001 0517 5407 3249 31', pays)).toBeDefined();
    expect(fixesPayee(['payout', 'destination_wallet'], `0x${'ab12'.repeat(10)}`, pays)).toBeDefined();
    expect(fixesPayee(['cuentaDestino', 'IBAN'], 'ES9121000418450200051332', pays)).toBeDefined();
    expect(fixesPayee(['Archive-BCC'], 'records@mail-keep.example', mails)).toBeDefined();
  });

  it('reads the ASCII words of a name that holds accented letters', () => {
    expect(fixesPayee(['destinationÉtrangère'], '12345678901234', pays)).toBeDefined();
    expect(fixesPayee(['copieCachéeBcc'], 'audit@keep.example', mails)).toBeDefined();
  });

  it('leaves a fixed currency, rail or memo, and a tool that moves no value', () => {
    expect(fixesPayee(['currency'], 'EUR', pays)).toBeUndefined();
    expect(fixesPayee(['rail'], 'SEPA', pays)).toBeUndefined();
    expect(fixesPayee(['memoText'], '12345678901234', pays)).toBeUndefined();
    expect(fixesPayee(['destinationAccount'], 'DE44500105175407324931', new Set(['read', 'balance']))).toBeUndefined();
    expect(fixesPayee(['replyToAddress'], 'support@vendor.example', new Set(['search', 'tickets']))).toBeUndefined();
  });
});
