import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { fromHex } from '../src/secrets/transformed.js';

// A token made up here (the vcs-token shape: a prefix and 36 letters and digits), never a real one.
const token = `ghp_${'Zq7'.repeat(12)}`;
const call = (value: string) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'send', arguments: { payload: value } } });

describe('secrets sent transformed', () => {
  it('finds a token sent hex encoded, in either case', async () => {
    const guard = createGuard();
    for (const hex of [Buffer.from(token).toString('hex'), Buffer.from(token).toString('hex').toUpperCase()]) {
      const verdict = await guard.inspect(call(hex), { from: 'client' });
      expect(verdict.findings.some((f) => f.rule === 'secret/transformed' && f.evidence === 'hex decoding')).toBe(true);
    }
  });

  it('leaves hex of ordinary text alone', async () => {
    const verdict = await createGuard().inspect(call(Buffer.from('the quick brown fox jumps over the lazy dog').toString('hex')), { from: 'client' });
    expect(verdict.findings.filter((f) => f.rule === 'secret/transformed')).toEqual([]);
  });

  it('decodes hex digit by digit as parseInt does, on any run', () => {
    // The reader it replaced: a parseInt of each two-digit slice.
    const byParseInt = (run: string): string | undefined => {
      const bytes = Array.from({ length: run.length >> 1 }, (_, i) => parseInt(run.slice(2 * i, 2 * i + 2), 16));
      const printable = bytes.filter((c) => (c >= 32 && c < 127) || c === 10 || c === 13 || c === 9).length;
      return bytes.length === 0 || printable / bytes.length < 0.9 ? undefined : String.fromCharCode(...bytes);
    };
    const digits = fc.array(fc.constantFrom(...'0123456789abcdefABCDEF'), { maxLength: 80 }).map((d) => d.join(''));
    const printableHex = fc.string({ maxLength: 40 }).map((s) => Buffer.from(s, 'latin1').toString('hex'));
    fc.assert(
      fc.property(fc.oneof(digits, printableHex), (run) => {
        expect(fromHex(run)).toBe(byParseInt(run));
      }),
      { numRuns: 20_000 },
    );
  });
});
