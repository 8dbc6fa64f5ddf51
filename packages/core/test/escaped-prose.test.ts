import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { encodedProse } from '../src/text/encoded-prose.js';
import { escapedProse, formEncodedProse, mayHoldEscapes, quotedPrintable, uriEncodedProse } from '../src/text/escaped-prose.js';
import { canonicalize } from '../src/text/normalize.js';
import { cpuMs } from './cpu-time.js';

const sentence = 'Please copy the release notes into the wiki page';
const bytes = (s: string): number[] => [...Buffer.from(s)];

describe('escapedProse', () => {
  it.each([
    ['decimal character references', [...sentence].map((c) => `&#${c.charCodeAt(0)};`).join('')],
    ['hex character references without semicolons', [...sentence].map((c) => `&#x${c.charCodeAt(0).toString(16)}`).join('')],
    ['percent-escapes', bytes(sentence).map((b) => `%${b.toString(16)}`).join('')],
    ['\\u escapes', [...sentence].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
    ['\\x escapes', bytes(sentence).map((b) => `\\x${b.toString(16)}`).join('')],
    ['octal escapes', bytes(sentence).map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('')],
    ['a hex list', bytes(sentence).map((b) => `0x${b.toString(16)}`).join(', ')],
    ['spaced hex pairs', bytes(sentence).map((b) => b.toString(16)).join(' ')],
    ['binary octets', bytes(sentence).map((b) => b.toString(2).padStart(8, '0')).join(' ')],
  ])('reads a sentence written as %s', (_what, encoded) => {
    expect(escapedProse(`note: ${encoded} (end)`)).toEqual([sentence]);
  });

  it('reads UTF-8 spread over percent-escapes, and plain letters between escapes', () => {
    expect(escapedProse(bytes('Grüße an das Team, bis Montag').map((b) => `%${b.toString(16)}`).join(''))).toEqual(['Grüße an das Team, bis Montag']);
    expect(escapedProse('&#83;&#101;nd &#116;&#104;e &#110;&#111;tes &#116;&#111; &#77;ax')).toEqual(['Send the notes to Max']);
  });

  it('leaves a few escapes, control bytes and binary data alone', () => {
    expect(escapedProse('https://example.org/search?q=how%20to%20send%20an%20email%20in%20python')).toEqual([]);
    expect(escapedProse('Tom &amp; Jerry &ndash; &copy; 2024 &#8211; caf&eacute;')).toEqual([]);
    expect(escapedProse('00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52')).toEqual([]);
    expect(escapedProse('00000001 00000010 00000100 00001000 11111111')).toEqual([]);
    expect(escapedProse('RED = "\\x1b[31m"; RESET = "\\x1b[0m"; BOLD = "\\033[1m"')).toEqual([]);
  });

  it('stays linear on long runs of escapes and of near-escapes', () => {
    for (const unit of ['&#65;', '%41', '\\x41', '0x41, ', '41 ', '&#', '%4', '\\u00', '01000001 ', '=4', '&amp;']) {
      const text = unit.repeat(Math.ceil(400_000 / unit.length));
      const spent = cpuMs(() => {
        escapedProse(text);
        encodedProse(text);
      });
      expect(spent).toBeLessThan(2000);
    }
  });
});

describe('quotedPrintable', () => {
  it('joins soft line breaks and decodes bytes once a text has two of them', () => {
    expect(quotedPrintable('Caf=C3=A9 opens at ni=\r\nne; the kitchen clo=\r\nses at ten.')).toBe('Café opens at nine; the kitchen closes at ten.');
    expect(quotedPrintable('x=41 and y=\nonly one break')).toBe('');
    // Code wraps lines after an operator, and indents the next one.
    expect(quotedPrintable('opts.strict ??=\n    user.strict === true;\nopts.lib ??=\n    defaults.lib;\nconst x = 0x0A; // =0A')).toBe('');
  });

  it('takes a soft break after a letter of any script, a digit or closing punctuation, and not after an operator or a space', () => {
    const cyrillic = [...Buffer.from('Перешли')].map((b) => `=${b.toString(16).toUpperCase()}`).join('');
    expect(quotedPrintable(`${cyrillic} the re=\nport (attach=\nment) today`)).toBe('Перешли the report (attachment) today');
    expect(quotedPrintable('the unit "v2"=\nready and 42=\nrows=2E')).toBe('the unit "v2"ready and 42rows.');
    expect(quotedPrintable('a ==\nb and c =\nd, e=\n f=41')).toBe('');
  });

  it('stays linear on a text full of `=` and of soft breaks', () => {
    const spent = cpuMs(() => {
      expect(quotedPrintable('é='.repeat(32 * 1024))).toBe('');
      expect(quotedPrintable('ж=\n'.repeat(21 * 1024) + '=41')).toBe('');
      expect(quotedPrintable('word ='.repeat(16 * 1024))).toBe('');
    });
    expect(spent).toBeLessThan(2000);
  });
});

describe('encodedProse', () => {
  it('reads base64 of base64, and not base64 of random bytes', () => {
    const twice = Buffer.from(Buffer.from(sentence).toString('base64')).toString('base64');
    expect(encodedProse(`blob ${twice}`)).toEqual([sentence]);
    const random = Buffer.from(Buffer.from(Array.from({ length: 90 }, (_, i) => (i * 53 + 7) % 256)).toString('base64')).toString('base64');
    expect(encodedProse(`blob ${random}`)).toEqual([]);
  });
});

describe('formEncodedProse', () => {
  it('reads a form-encoded value with + for spaces, and not base64 or arithmetic', () => {
    expect(formEncodedProse(`a=1&note=${encodeURIComponent(`${sentence}, today`).replace(/%20/g, '+')}&b=2`)).toEqual([`${sentence}, today`]);
    // Without a percent-escape a token of words and + is read as it is written.
    expect(formEncodedProse(`note=${sentence.replace(/ /g, '+')}`)).toEqual([]);
    expect(formEncodedProse('x = a+b+c+d+e; y = c++ + d++')).toEqual([]);
    expect(formEncodedProse(`key ${Buffer.from(Array.from({ length: 120 }, (_, i) => (i * 29 + 251) % 256)).toString('base64')}`)).toEqual([]);
  });
});

describe('uriEncodedProse', () => {
  it('reads a URI-component encoded value in a data: URL, and not a URL with one escaped space', () => {
    expect(uriEncodedProse(`see data:text/plain,${encodeURIComponent(`${sentence}, today`)} for details`)).toEqual([`${sentence}, today`]);
    expect(uriEncodedProse('https://docs.example/My%20Guide/setup.html?lang=en')).toEqual([]);
    expect(uriEncodedProse('name=a%20b c%20d e%20f g%20h')).toEqual([]);
  });
});

// The two share one token reader (markedProse): each keeps its marker, its decoding and its budget.
describe('form- and URI-encoded tokens', () => {
  it('passes over a token whose escape does not decode, and reads the next', () => {
    const good = encodeURIComponent(`${sentence}, today`);
    expect(uriEncodedProse(`a=Bad%20%E0%A4%A%20escape%20here%20now ${good}`)).toEqual([`${sentence}, today`]);
    expect(formEncodedProse(`a=Bad+%E0%A4%A+escape+here+now b=${good.replace(/%20/g, '+')}`)).toEqual([`${sentence}, today`]);
  });

  it('stops reading when the decoded characters pass the budget', () => {
    const one = encodeURIComponent(`${sentence}, today`);
    expect(uriEncodedProse(`${one} ${one} ${one}`, 10)).toHaveLength(1);
    expect(formEncodedProse(`${one.replace(/%20/g, '+')} ${one.replace(/%20/g, '+')}`, 10)).toHaveLength(1);
  });

  it('stays linear on a megabyte of markers with no prose', () => {
    const start = performance.now();
    expect(formEncodedProse('+'.repeat(1 << 20))).toEqual([]);
    expect(uriEncodedProse('%20'.repeat(350_000))).toEqual([]);
    expect(formEncodedProse('a+%2'.repeat(250_000))).toEqual([]);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});

describe('encodedProse of UTF-16 text', () => {
  it('reads base64 of UTF-16LE text, as PowerShell encodes a command', () => {
    expect(encodedProse(`-EncodedCommand ${Buffer.from(sentence, 'utf16le').toString('base64')}`)).toEqual([sentence]);
  });
});

describe('mayHoldEscapes', () => {
  // The one regex of every start a run may have, as it was before the byte lists were looked for from spaces
  // (with Ascii85's `<~` marker, read by encodedProse, added since).
  const reference = /<~|&#|&[a-z]{2,8};|%[0-9a-f]{2}|\\(?:[ux][0-9a-f{]|[0-3][0-7]{2})|0x[0-9a-f]{2}|=[0-9A-F]{2}|(?<![0-9a-z])(?:[0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}|[01]{8} [01]{8})(?![0-9a-z])/i;
  const referenceMay = (t: string): boolean => reference.test(t) || t.includes('=\n') || t.includes('=\r\n');
  const piece = fc.constantFrom('ab', 'c3', '0F', 'ee', '01010101', '0110100', '1', '0', ' ', '  ', 'x', 'g', 'Z', '&', '#', ';', '%', '2f', '\\', 'u', '=', '\n', 'é', 'the', '0x', '7', '<', '~', '<~');
  it('answers as the one regex did, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.string({ maxLength: 40 })), (t) => {
        expect(mayHoldEscapes(t)).toBe(referenceMay(t));
      }),
      { numRuns: 5000 },
    );
  });

  // Upper case, the edges of each escape (a brace, a CR, nine letters before `;`) and gaps of byte lists that overlap.
  const edge = fc.constantFrom('\\', 'U', 'X', '0X', '{', '7', '3', '4', '8', '&', 'AMP', 'abcdefgh', 'abcdefghi', ';', '#', '%', 'F', '=', '\r', '\n', ' ', ' 4a ', 'ab', '1', '0', '01100001', '-');
  it('answers as the one regex did for every case and edge of an escape', () => {
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 24 }).map((p) => p.join('')), (t) => {
        expect(mayHoldEscapes(t)).toBe(referenceMay(t));
      }),
      { numRuns: 5000 },
    );
  });

  // A long text the value walk found plain (no `%`, `&`, `\` or line break) is read by a shorter regex: the
  // answer must not change with it, for plain texts and for texts that only decode to themselves.
  it('answers as the one regex did for a long text the value walk read first', () => {
    const head = 'Reads a file in the workspace and returns it with its metadata, ';
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 30 }), fc.array(edge, { maxLength: 24 })), (pieces) => {
        const t = head + pieces.join('');
        canonicalize(t, { maxDecodeRounds: 3 });
        expect(mayHoldEscapes(t)).toBe(referenceMay(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds each kind of escape start in upper and lower case, and none in plain prose', () => {
    for (const t of ['x &#65; y', 'Tom &AMP; Jerry', 'a%2Fb', '\\U0041', '\\x{41}', '\\101', '0XFF', '=3D', 'soft=\nbreak', 'soft=\r\nbreak', 'bytes 4a 6b 7c here', 'ab 4a 6b 7c', '01000001 01110011']) {
      expect(mayHoldEscapes(t), t).toBe(true);
    }
    for (const t of ['Reads a file in the workspace (revision 7)', 'Lists 10 of 12 files', '&abcdefghi; is too long', '\\481', '0x4', 'decaf bed cafe', 'be ad fade']) {
      expect(mayHoldEscapes(t), t).toBe(false);
    }
  });
});
