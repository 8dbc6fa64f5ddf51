import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { fromBase64, fromHex } from '../src/secrets/transformed.js';

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

  it('decodes base64 runs into a reused buffer as into a new one, one run after another', () => {
    // The reader it replaced: a new array per run.
    const sextets = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const byNewArray = (run: string): string | undefined => {
      if (!/[A-Z]/.test(run) || !/[a-z]/.test(run)) return undefined;
      const bytes: number[] = [];
      let bits = 0;
      let value = 0;
      for (const c of run) {
        const v = c === '-' ? 62 : c === '_' ? 63 : sextets.indexOf(c);
        if (v < 0) continue;
        value = ((value << 6) | v) & 0xffffff;
        bits += 6;
        if (bits >= 8) {
          bits -= 8;
          bytes.push((value >> bits) & 255);
        }
      }
      const printable = bytes.filter((c) => (c >= 32 && c < 127) || c === 10 || c === 13 || c === 9).length;
      return bytes.length === 0 || printable / bytes.length < 0.9 ? undefined : String.fromCharCode(...bytes);
    };
    const chars = fc.constantFrom(...`${sextets}-_=`);
    const base64Run = fc.array(chars, { maxLength: 120 }).map((c) => c.join(''));
    const ofText = fc.string({ maxLength: 90 }).map((s) => Buffer.from(s, 'latin1').toString('base64'));
    // Runs in sequence: a long one, then shorter ones that must not read its leftovers.
    fc.assert(
      fc.property(fc.array(fc.oneof(base64Run, ofText), { minLength: 1, maxLength: 4 }), (runs) => {
        for (const run of runs) expect(fromBase64(run)).toBe(byNewArray(run));
      }),
      { numRuns: 10_000 },
    );
    const long = Buffer.from('x'.repeat(9000)).toString('base64');
    expect(fromBase64(long)).toBe('x'.repeat(9000));
  });
});
