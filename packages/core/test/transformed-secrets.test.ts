import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { bundledRules } from '../src/rules/bundled.js';
import { findTransformedSecrets, type OnItsOwn, runsOf, type TransformedSecret } from '../src/secrets/transformed.js';

// A plain reference for findTransformedSecrets: runs by regex, every text lower-cased and read by every
// secret rule, the seam of two fields read as the joined slices. It is slow on purpose and holds the fast
// one (one pass for all runs, literals read in place) to the same findings.

const secretRules = bundledRules().filter((r) => r.family === 'secret' && r.from !== 2 && r.regex !== undefined);
const literals = [...new Set(secretRules.flatMap((r) => r.prefilter ?? []))];
const longest = Math.max(...literals.map((l) => l.length));
const gated = (lower: string) => secretRules.filter((r) => r.prefilter === undefined || r.prefilter.some((l) => lower.includes(l)));
const secretIn = (text: string) => gated(text.toLowerCase()).find((r) => r.regex!.test(text.toLowerCase()))?.id;
const hasLiteral = (text: string) => gated(text.toLowerCase()).length > 0;

function decode(bytes: number[]): string | undefined {
  const ok = bytes.filter((c) => (c >= 32 && c < 127) || c === 10 || c === 13 || c === 9).length;
  return bytes.length === 0 || ok / bytes.length < 0.9 ? undefined : String.fromCharCode(...bytes);
}

function fromBase64(run: string): string | undefined {
  if (!/[A-Z]/.test(run) || !/[a-z]/.test(run)) return undefined;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const c of run) {
    const v = c === '-' ? 62 : c === '_' ? 63 : alphabet.indexOf(c);
    if (v < 0) continue;
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 255);
    }
  }
  return decode(bytes);
}

const fromHex = (run: string) => decode(Array.from({ length: run.length >> 1 }, (_, i) => parseInt(run.slice(2 * i, 2 * i + 2), 16)));

function reference(values: readonly { path: (string | number)[]; raw: string }[]): TransformedSecret[] {
  const out: TransformedSecret[] = [];
  const seen = new Set<string>();
  const report = (path: (string | number)[], rule: string, transform: TransformedSecret['transform']) => {
    const key = `${path.join('\u0000')}\u0000${transform}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path, rule, transform });
  };
  let previous: { path: (string | number)[]; raw: string } | undefined;
  for (const value of values) {
    const { raw, path } = value;
    for (const [run] of raw.matchAll(/[A-Za-z0-9+/_=-]{16,}/g)) {
      const rule = fromBase64(run) === undefined ? undefined : secretIn(fromBase64(run)!);
      if (rule) report(path, rule, 'base64 decoding');
    }
    for (const [run] of raw.matchAll(/[0-9a-fA-F]{24,}/g)) {
      const rule = fromHex(run) === undefined ? undefined : secretIn(fromHex(run)!);
      if (rule) report(path, rule, 'hex decoding');
    }
    for (const [run] of raw.matchAll(/[A-Za-z0-9+/_=.:-]{16,}/g)) {
      const rule = secretIn([...run].reverse().join(''));
      if (rule && secretIn(run) === undefined) report(path, rule, 'reversal');
    }
    const short = raw.length <= 256;
    if (previous !== undefined && short && secretIn(previous.raw) === undefined && secretIn(raw) === undefined) {
      const seam = previous.raw.slice(Math.max(0, previous.raw.length - (longest - 1))) + raw.slice(0, longest - 1);
      if (hasLiteral(previous.raw) || hasLiteral(raw) || hasLiteral(seam)) {
        const rule = secretIn(previous.raw + raw);
        if (rule) report(path, rule, 'joining two fields');
      }
    }
    previous = short ? value : undefined;
  }
  return out;
}

// Pieces of tokens, their encodings and reversals, with letters of both cases and characters that lower-case
// into ASCII (the Kelvin sign) or into two characters (İ).
const token = 'ghp_' + 'x1'.repeat(18);
const pieces = [
  'AKIA', 'QWERTYUIOPASDFGH', 'ghp_', 'x1'.repeat(9), 'sk_live_', 'z'.repeat(12), Buffer.from(token).toString('base64'),
  Buffer.from(token).toString('hex'), [...token].reverse().join(''), Buffer.from(`sk_live_${'a'.repeat(24)}`).toString('base64url'),
  ' ', '/', '.', ':', '=', '-', 'é', '\u212a', '\u0130', 'Ab', '0123456789abcdef',
];
const raw = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((parts) => parts.join(''));

describe('findTransformedSecrets', () => {
  it('finds what a plain reading of every run, value and seam finds', () => {
    fc.assert(
      fc.property(fc.array(raw, { minLength: 1, maxLength: 5 }), (raws) => {
        const values = raws.map((text, i) => ({ path: ['params', 'arguments', `a${i}`], raw: text }));
        expect(findTransformedSecrets(values)).toEqual(reference(values));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds the same when what a text shows on its own, and its seam, are kept from an earlier reading, wherever it comes again', () => {
    // One reading per text across every run: a value met again is not read again, only its seams with its
    // new neighbours. Values are pieces of texts cut anywhere, so remembered ones meet literals across their seams.
    // Its seam with the value before it is remembered too, for the last such value (the same pair again reads no seam).
    const readings = new Map<string, { secrets: OnItsOwn | undefined; seamAfter: string | undefined; seamHit: boolean }>();
    const readingOf = (text: string) => readings.get(text) ?? readings.set(text, { secrets: undefined, seamAfter: undefined, seamHit: false }).get(text)!;
    const parts = [token, 'AKIAQWERTYUIOPASDFGH', `sk_live_${'a'.repeat(24)}`, 'ghp_', 'xoxb-', 'word', ' ', '/', '=', 'é'];
    const cut = fc
      .array(fc.constantFrom(...parts), { minLength: 1, maxLength: 4 })
      .map((list) => list.join(''))
      .chain((t) => fc.nat(t.length).map((at): [string, string] => [t.slice(0, at), t.slice(at)]));
    const acrossLiterals = [token, 'AKIAQWERTYUIOPASDFGH', `sk_live_${'a'.repeat(24)}`].flatMap((t) => [1, 2, 3, 5, t.length - 2].map((at): [string, string] => [t.slice(0, at), t.slice(at)]));
    const halves = fc.constantFrom(...acrossLiterals, ...fc.sample(cut, { numRuns: 16, seed: 7 }));
    const run = fc.oneof(halves, halves.map(([a]) => [a]), halves.map(([, b]) => [b]), raw.map((r) => [r]));
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }).map((runs) => runs.flat()), (raws) => {
        const values = raws.map((text, i) => ({ path: ['params', 'arguments', `a${i}`], raw: text }));
        const remembered = values.map((v) => ({ ...v, reading: readingOf(v.raw) }));
        expect(findTransformedSecrets(remembered)).toEqual(reference(values));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds reversed tokens among runs that hold reversed literals, whole or cut by a separator', () => {
    // A value is read once for its literals and reversed literals; each run then asks whether one lies
    // inside it. Reversed literals here sit inside runs, across their ends and next to each other.
    const reversed = (text: string) => [...text].reverse().join('');
    const parts = [
      reversed(token), reversed('AKIAQWERTYUIOPASDFGH'), reversed(`sk_live_${'a'.repeat(24)}`), '_phg', 'AIKA', '-ks', '_evil_ks', reversed('glpat-') + 'x',
      'abcdefgh', 'ABCDEFGH', ' ', '/', '.', ':', '=', '(', 'é', '\u212a', '\u0130',
    ];
    const text = fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((list) => list.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const values = texts.map((t, i) => ({ path: ['params', 'arguments', `a${i}`], raw: t }));
        expect(findTransformedSecrets(values)).toEqual(reference(values));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds what a plain reading finds in texts cut in two anywhere, a literal across the cut included', () => {
    // Each value is read going on from where the previous one's reading ended: a literal that the cut
    // splits shows there, and nowhere else.
    const parts = [token, 'AKIAQWERTYUIOPASDFGH', `sk_live_${'a'.repeat(24)}`, 'ghp_', 'aws_secret_access_key', 'xoxb-', 'word', ' ', '/', '=', 'é'];
    const text = fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 6 }).map((list) => list.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), text, (t, cut, cut2, rest) => {
        const at = cut % (t.length + 1);
        const at2 = cut2 % (rest.length + 1);
        const raws = [t.slice(0, at), t.slice(at) + rest.slice(0, at2), rest.slice(at2)];
        const values = raws.map((r, i) => ({ path: ['params', 'arguments', `a${i}`], raw: r }));
        expect(findTransformedSecrets(values)).toEqual(reference(values));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the runs a regex finds: base64 of both letter cases, hex, token characters', () => {
    const spans = (text: string, pattern: RegExp, keep: (run: string) => boolean = () => true) =>
      [...text.matchAll(pattern)].filter(([run]) => keep(run)).flatMap((m) => [m.index, m.index + m[0].length]);
    const text = fc.array(fc.constantFrom('a', 'B', 'f', 'F', '0', '9', 'z', 'Z', '+', '/', '_', '-', '=', '.', ':', ' ', 'é', 'deadbeef', 'AbCd'), { maxLength: 80 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(runsOf(t)).toEqual({
          base64: spans(t, /[A-Za-z0-9+/_=-]{16,}/g, (run) => /[A-Z]/.test(run) && /[a-z]/.test(run)),
          hex: spans(t, /[0-9a-fA-F]{24,}/g),
          token: spans(t, /[A-Za-z0-9+/_=.:-]{16,}/g),
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a token split across two fields, encoded, or reversed', () => {
    const at = (raw: string, i = 0) => ({ path: ['params', 'arguments', `a${i}`], raw });
    expect(findTransformedSecrets([at(token.slice(0, 10)), at(token.slice(10), 1)]).map((s) => s.transform)).toEqual(['joining two fields']);
    expect(findTransformedSecrets([at(Buffer.from(token).toString('base64'))]).map((s) => s.transform)).toEqual(['base64 decoding']);
    expect(findTransformedSecrets([at(Buffer.from(token).toString('hex'))]).map((s) => s.transform)).toEqual(['hex decoding']);
    expect(findTransformedSecrets([at([...token].reverse().join(''))]).map((s) => s.transform)).toEqual(['reversal']);
  });
});
