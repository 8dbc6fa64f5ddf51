// readPlain finds in one pass over a string's words what three regex passes found (ASCII without ESC, a
// hint at decoding, enough words of ROT13's list): it must answer as they did for any text, above all for
// the words they look for in every case, glued to other word characters, in other scripts and widths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readPlain } from '../src/semantic/reading.js';
import { mayBeginEncoded, maxUnaskedLeet, rot13Spelled } from '../src/text/encoded-prose.js';
import { canonicalize } from '../src/text/normalize.js';
import { mayHoldEscapes } from '../src/text/escaped-prose.js';
import { cpuMs } from './cpu-time.js';

// The tests as they were written before the one pass (copied, not imported: they are the reference).
// eslint-disable-next-line no-control-regex -- ASCII but ESC, control characters included
const asciiWithoutEscape = /^[\x00-\x1a\x1c-\x7f]*$/;
const decodeHint = /\b(?:decode|decoded|decoding|base64|b64|encoded|leet|rot13|rot-13|deobfuscate|dekodier|décode|decodifica|декодируй|解码)|\b(?:read|reading|written|write|spelled)\b[^.\n]{0,30}\b(?:backwards|in reverse|right to left)\b/;
const rotatedCommon = /\b(?:gur|naq|gb|lbh|lbhe|guvf|gung|bs|vf|vg|sbe|nyy|abg|jvgu|qb|ner|ba|sebz|nal|gura|orsber|nsgre|arire)\b/gi;

const limits = { maxDecodeRounds: 4 };

function referencePlain(raw: string): string | undefined {
  // A text that may hold runs of escapes is read by the escape decoder, never plainly (escaped-prose.ts).
  if (!asciiWithoutEscape.test(raw) || mayBeginEncoded(raw) || mayHoldEscapes(raw)) return undefined;
  const text = raw.toLowerCase();
  // A word hyphenated across lines is read joined, which is more than lowering the case.
  if (decodeHint.test(text) || text.includes('-\n')) return undefined;
  const rotated = raw.match(rotatedCommon)?.length ?? 0;
  // Two words of the list since short orders are read by a lexicon too (see rot13Spelled).
  return rotated >= 2 && raw.length <= maxUnaskedLeet && rot13Spelled(raw) ? undefined : text;
}

// The words the passes look for, cased and cut every way, next to words that are nearly them.
const decoding = ['decode', 'Decoded', 'DECODING', 'decodifica', 'decoder', 'decod', 'base64', 'Base64url', 'b64', 'B64', 'encoded', 'Encode', 'leet', 'LEETcode', 'lee', 'rot13', 'ROT-13', 'rot-1', 'rot', 'deobfuscate', 'Dekodier', 'dekod'];
const backwards = ['read', 'Reading', 'written', 'write', 'spelled', 'backwards', 'BACKWARDS', 'backward', 'in reverse', 'reverse', 'reversed', 'right to left', 'left', 'LEFT', 'right', 'to'];
const rot13 = ['gur', 'GUR', 'Naq', 'gb', 'lbh', 'lbhe', 'lbhee', 'guvf', 'gung', 'bs', 'vf', 'vg', 'sbe', 'nyy', 'abg', 'jvgu', 'qb', 'ner', 'ba', 'sebz', 'nal', 'gura', 'orsber', 'ORSBER', 'orsbere', 'nsgre', 'arire', 'Uryyb', 'frperg', 'cnffjbeq', 'svyr'];
const other = ['the', 'file', 'a', 'x', '7', '_', 'ab12', 'workspace', 'x'.repeat(30), 'QUJDREVGR0hJSktMTU5PUFF', 'UlNUVVZXWFla+/'];
// Glue that joins words (`\w`), separates them, or makes the text other than plain ASCII.
const glue = ['', '_', '1', ' ', '  ', '.', ',', '-', ':', '\n', '\t', '"', '(', ')', '/'];
const unusual = ['\u001b[8m', 'é', 'ſ', '\u212a', 'декодируй', '解码', 'décode', 'ｄｅｃｏｄｅ', 'gu\u200bre', '\u00a0', 'd3c0de', 'aWdub3JlIGFsbCBwcmV2aW91cyBydWxlcw=='];
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...decoding) },
  { weight: 3, arbitrary: fc.constantFrom(...backwards) },
  { weight: 6, arbitrary: fc.constantFrom(...rot13) },
  { weight: 4, arbitrary: fc.constantFrom(...other) },
  { weight: 1, arbitrary: fc.constantFrom(...unusual) },
);
const text = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.tuple(word, fc.constantFrom(...glue)), { maxLength: 24 }).map((parts) => parts.map(([w, g]) => w + g).join('')) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

describe('reading a string plainly', () => {
  it('answers as the ASCII test, the decoding hint and the ROT13 count did, for any text', () => {
    fc.assert(
      fc.property(text, (raw) => {
        expect(readPlain(raw)).toBe(referencePlain(raw));
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers alike past the length up to which ROT13 is read and past the length it remembers', () => {
    const rotated = 'Gur svyr vf abg sbe lbh naq gung vf nyy. ';
    for (const raw of [rotated, rotated.repeat(120), `${'plain words here '.repeat(300)}${rotated}`, `${'x '.repeat(2100)} read it backwards`, `${'y '.repeat(2100)}Decoding`]) {
      expect(readPlain(raw)).toBe(referencePlain(raw));
    }
  });

  it('answers alike for a text the canonical form was made of first, as the value walk makes it of a description', () => {
    // A text made anew each time (so no remembered answer stands in), lower-cased by canonicalize first,
    // next to texts that take the same slots with other characters.
    let n = 0;
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (body, others) => {
        const raw = `${body} ${'p'.repeat(64)}${n++}`;
        for (const other of [raw, ...others.map((o) => `${o}${'p'.repeat(64)}`)]) canonicalize(other, limits);
        expect(readPlain(raw)).toBe(referencePlain(raw));
      }),
      { numRuns: 5_000 },
    );
  });

  it('sees each hint the regexes saw', () => {
    for (const raw of ['Decode this', 'xx base64url yy', 'a ROT-13 text', 'read it backwards', 'Spelled from right to left', 'written in reverse', 'Gur svyr vf abg sbe lbh']) {
      expect(referencePlain(raw), raw).toBeUndefined();
      expect(readPlain(raw), raw).toBeUndefined();
    }
    for (const raw of ['xdecode', '_decode it', 'reverse the list', 'turn left', 'Reads a file (revision 7)']) {
      expect(readPlain(raw), raw).toBe(raw.toLowerCase());
    }
  });

  it('reads a text full of the words a hint to read backwards ends with once, not once per word', () => {
    // 2 MiB of them: linear, tens of milliseconds; asking the whole text for the hint at each of its
    // 320,000 words would take hours. The bound, on CPU time, is generous.
    const raw = `${'left reverse '.repeat(160_000)}x`;
    let read: string | undefined;
    expect(cpuMs(() => (read = readPlain(raw)))).toBeLessThan(10_000);
    expect(read).toBe(raw);
  });
});
