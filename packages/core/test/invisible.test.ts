import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { InvisibleSignal, invisibleSignals, withoutInvisible } from '../src/text/invisible.js';
import { canonicalize, TextSignal } from '../src/text/normalize.js';

// The regexes the one-pass reading replaced, applied as they were: the reference it must agree with.
// eslint-disable-next-line no-misleading-character-class -- each code point is removed on its own
const zeroWidth = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]|\udb40[\udd00-\uddef]/g;
const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const tags = /\udb40[\udc00-\udc7f]/g;
const flag = /\ud83c\udff4(?:\udb40[\udc20-\udc7e])+\udb40\udc7f/g;
const has = (regex: RegExp, text: string): boolean => new RegExp(regex.source).test(text);

// The selectors and joiners of emoji, which are no signal: VS15/VS16 after a pictograph or before a keycap
// mark, ZWJ between two pictographs (the first may end in VS16).
const pictographEnd = String.raw`(?:[\u2000-\u2bff\u00a9\u00ae\u3030\u303d\u3297\u3299]|[\ud83c-\ud83e][\udc00-\udfff])`;
const pictographStart = String.raw`(?:[\ud83c-\ud83e\u2000-\u2bff\u00a9\u00ae])`;
// ZWNJ and ZWJ between two letters of a script that spells with them (Arabic-script, Indic) are no signal either.
const joinerScript = String.raw`[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\ufb50-\ufdff\ufe70-\ufefe]`;
const emojiParts = new RegExp(String.raw`(?<=${pictographEnd})[\ufe0e\ufe0f]|(?<=[0-9#*])[\ufe0e\ufe0f](?=\u20e3)|(?<=${pictographEnd}\ufe0f?)\u200d(?=${pictographStart})|(?<=${joinerScript})[\u200c\u200d](?=${joinerScript})`, 'g');

function referenceSignals(text: string): number {
  const withoutFlags = text.replace(flag, '\u{1f3f4}');
  // Each emoji part found is read as a visible character (not removed: that would join its neighbours).
  const withoutEmojiParts = text.replace(emojiParts, 'x');
  return (
    (has(tags, withoutFlags) ? TextSignal.TagCharacters : 0) |
    (has(/[\u202a-\u202e\u2066-\u2069]/, text) ? TextSignal.BidiControl : 0) |
    (has(zeroWidth, withoutEmojiParts) || has(/[\u061c\u200e\u200f]/, text) ? TextSignal.ZeroWidth : 0)
  );
}

function referenceWithout(text: string): { text: string; hidden: string } {
  const withoutFlags = text.replace(flag, '\u{1f3f4}');
  const hidden = [...withoutFlags.matchAll(tags)].map((m) => String.fromCharCode(m[0].codePointAt(0)! - 0xe0000)).join('');
  return { text: withoutFlags.replace(tags, '').replace(bidi, '').replace(zeroWidth, ''), hidden };
}

// Pieces an attacker mixes: letters, invisible characters of every class, tags, flag sequences whole and
// broken, lone surrogate halves, and lookalike neighbours of the classes' bounds.
const pieces = [
  'a', 'B', ' ', '.', 'é', '\u00ac', '\u00ad', '\u034f', '\u115f', '\u17b4', '\u180b', '\u180e', '\u180f', '\u1810', '\u200a',
  '\u200b', '\u200d', '\u200e', '\u200f', '\u2010', '\u202a', '\u202e', '\u202f', '\u2060', '\u2064', '\u2065', '\u2066', '\u2069',
  '\u206a', '\u206f', '\u061c', '\u3164', '\ufe00', '\ufe0f', '\ufeff', '\uffa0', '\udb40', '\udc41', '\udc7f', '\udd00',
  '\udb40\udc41', '\udb40\udc7f', '\udb40\udc20', '\udb40\udd00', '\udb40\uddef', '\udb40\uddf0', '\udb40\udc80', '\ud83c',
  '\ud83c\udff4', '\udff4', '\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc7f', '\ud83c\udff4\udb40\udc7f', '\u{1f600}',
  '\u26a0', '\u2705', '\u{1f6e1}', '\ufe0e', '1', '#', '\u20e3',
];
const mixed = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('invisible characters read in one pass', () => {
  it('uses the bits of the text signals', () => {
    expect(InvisibleSignal).toEqual({ ZeroWidth: TextSignal.ZeroWidth, BidiControl: TextSignal.BidiControl, TagCharacters: TextSignal.TagCharacters });
  });

  it('signals what the class regexes find in any text, well-formed or not', () => {
    fc.assert(fc.property(mixed, (text) => {
          expect(invisibleSignals(text)).toBe(referenceSignals(text));
        }), { numRuns: 3000 });
  });

  it('removes what the class regexes removed, one after another, from a well-formed text', () => {
    fc.assert(
      fc.property(
        mixed.filter((text) => text.isWellFormed()),
        (text) => {
          const one = withoutInvisible(text);
          expect({ text: one.text, hidden: one.hidden }).toEqual(referenceWithout(text));
          expect(one.signals).toBe(referenceSignals(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps an emoji flag and reads tags outside one as hidden text', () => {
    const scotland = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}';
    const hidden = [...'run rm'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    expect(withoutInvisible(`go ${scotland} team${hidden}!`)).toEqual({ text: `go \u{1f3f4} team!`, hidden: 'run rm', signals: TextSignal.TagCharacters });
    expect(withoutInvisible(`go ${scotland}`).signals).toBe(0);
  });

  it('reads the selectors and joiners of emoji as no signal, and the same characters elsewhere as zero-width', () => {
    for (const emoji of ['\u26a0\ufe0f Required', '\u{1f6e1}\ufe0f Guardrails', '\u{1f469}\u200d\u{1f4bb} pair', '\u{1f3f3}\ufe0f\u200d\u{1f308}', '1\ufe0f\u20e3 first', '\u00a9\ufe0f 2026']) {
      expect(withoutInvisible(emoji).signals, emoji).toBe(0);
    }
    for (const hiding of ['ig\ufe0fnore', 'ig\u200dnore', '\u26a0\u200dignore', 'rm\ufe0f -rf', '1\ufe0f2']) {
      expect(withoutInvisible(hiding).signals, hiding).toBe(TextSignal.ZeroWidth);
    }
    expect(withoutInvisible('\u26a0\ufe0f Required').text).toBe('\u26a0 Required');
  });

  it('reads a joiner Persian, Urdu or Bengali spells a word with as no signal, and one inside a Latin word as zero-width', () => {
    // Persian plural and verb prefixes, an Urdu compound, a Bengali conjunct written apart, a Hindi half form.
    for (const word of ['\u0645\u06cc\u200c\u0634\u0648\u0646\u062f', '\u06a9\u062a\u0627\u0628\u200c\u0647\u0627', '\u0646\u0627\u200c\u0645\u0645\u06a9\u0646', '\u0995\u09cd\u200c\u09b7', '\u0915\u094d\u200d\u0937']) {
      expect(withoutInvisible(`\u0646\u062a\u0627\u06cc\u062c ${word} .`).signals, word).toBe(0);
      expect(withoutInvisible(word).text, word).toBe(word.replace(/[\u200c\u200d]/g, ''));
    }
    for (const hiding of ['ig\u200cnore', '\u0645\u06cc\u200cnore', 'rm\u200c\u0634', '\u200c\u0634\u0648']) {
      expect(withoutInvisible(hiding).signals, hiding).toBe(TextSignal.ZeroWidth);
    }
  });

  it('canonicalizes a long text dense with zero-width characters as a short one of the same pattern', () => {
    const unit = 'Ig\u200bno\u2060re\u00ad ';
    const long = canonicalize(unit.repeat(20_000), { maxDecodeRounds: 4 });
    expect(long.text).toBe('ignore '.repeat(20_000));
    expect(long.signals).toBe(canonicalize(unit, { maxDecodeRounds: 4 }).signals);
    expect(long.signals & TextSignal.ZeroWidth).not.toBe(0);
  });
});
