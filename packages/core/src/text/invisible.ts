// Invisible characters (zero-width and other default-ignorable format characters, direction marks, bidi
// controls, Unicode tags) found and removed in one pass over a text. Reading them with a regex per class
// made a text dense with them (a zero-width character every few letters) cost a match object or a
// replacement per character, four times over: 16 MiB of such a tool result took 21× its JSON parse.

/** The signal bits this pass reports; `TextSignal` in normalize.ts takes these three from here. */
export const InvisibleSignal = { ZeroWidth: 1 << 6, BidiControl: 1 << 7, TagCharacters: 1 << 8 } as const;

// What a code unit is to the pass: nothing, one of the three removed classes, or the first half of a pair it must look at.
const other = 0;
/** Zero-width and other default-ignorable format characters. */
const zeroWidth = 1;
/** ALM, LRM, RLM: removed, and counted with the zero-width characters (ordinary in Hebrew and Arabic). */
const directionMark = 2;
/** Embeddings, overrides, isolates: the controls that reorder whole runs (Trojan Source). */
const bidi = 3;
/** U+DB40: with U+DC00–U+DC7F a tag character, with U+DD00–U+DDEF a variation selector (zero-width). */
const planeFourteen = 4;
/** U+D83C: with U+DFF4, the black flag an emoji flag's tag sequence follows. */
const flagLead = 5;
/** VS15, VS16 and ZWJ: zero-width, unless they shape an emoji (see emojiPart). */
const presentation = 6;

const units = new Uint8Array(0x10000);
const mark = (from: number, to: number, unit: number): void => void units.fill(unit, from, to + 1);
for (const c of [0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x3164, 0xfeff, 0xffa0]) mark(c, c, zeroWidth);
mark(0x180b, 0x180f, zeroWidth);
mark(0x200b, 0x200d, zeroWidth);
mark(0x2060, 0x2064, zeroWidth);
mark(0x206a, 0x206f, zeroWidth);
mark(0xfe00, 0xfe0f, zeroWidth);
for (const c of [0x061c, 0x200e, 0x200f]) mark(c, c, directionMark);
mark(0x202a, 0x202e, bidi);
mark(0x2066, 0x2069, bidi);
mark(0xdb40, 0xdb40, planeFourteen);
mark(0xd83c, 0xd83c, flagLead);
for (const c of [0x200d, 0xfe0e, 0xfe0f]) mark(c, c, presentation);
/** The lowest code unit the pass looks at (U+00AD): below it, one comparison per character. */
const lowest = 0xad;

/**
 * Where the tag sequence of an emoji flag that starts at `at` (after its black flag) ends: one or more tags
 * U+E0020–U+E007E and the cancel tag U+E007F; -1 when there is none there.
 */
function flagEnd(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 0xdb40) {
    const low = text.charCodeAt(i + 1);
    if (low === 0xdc7f) return i > at ? i + 2 : -1;
    if (low < 0xdc20 || low > 0xdc7e) return -1;
    i += 2;
  }
  return -1;
}

// Emoji are written with these: "⚠️" is U+26A0 and VS16, "👩‍💻" two pictographs joined by ZWJ. Tool
// descriptions and READMEs are full of them; they split no word (an emoji stands on each side), so they are
// removed like any other but are no signal: reading them as hidden characters warned on ordinary servers.
/** Whether the code unit at `i` ends a pictograph: a symbol of U+2000–U+2BFF (arrows, ⚠, ✅, ⭐), ©, ®, or one of the SMP emoji blocks. */
function endsPictograph(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const high = text.charCodeAt(i - 1);
    return high >= 0xd83c && high <= 0xd83e;
  }
  return (c >= 0x2000 && c <= 0x2bff) || c === 0xa9 || c === 0xae || c === 0x3030 || c === 0x303d || c === 0x3297 || c === 0x3299;
}
/** Whether the code unit at `i` starts a pictograph (the same blocks). */
function startsPictograph(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2000 && c <= 0x2bff) || c === 0xa9 || c === 0xae;
}
/**
 * Whether the VS15, VS16 or ZWJ at `i` is part of an emoji: a selector after a pictograph (or a keycap's
 * digit, # or *, before U+20E3), a joiner between two pictographs (the first may end in VS16).
 */
export function emojiPart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x200d) {
    if (endsPictograph(text, i - 1)) return true;
    const before = text.charCodeAt(i - 1);
    return text.charCodeAt(i + 1) === 0x20e3 && ((before >= 0x30 && before <= 0x39) || before === 0x23 || before === 0x2a);
  }
  const last = text.charCodeAt(i - 1) === 0xfe0f ? i - 2 : i - 1;
  return endsPictograph(text, last) && startsPictograph(text, i + 1);
}

// Persian, Urdu and the Indic scripts write ZWNJ (and ZWJ) inside words: "می‌شوند" holds one by spelling,
// as "don't" holds an apostrophe. Between two letters of those scripts the joiner is orthography, no signal;
// it is still removed, and anywhere else (inside a Latin word) it is still read as hiding something.
/** Whether `c` is in Arabic (with its supplement, extended-A and presentation forms) or U+0900–U+0DFF (Devanagari to Sinhala). */
function writesJoiners(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0x0900 && c <= 0x0dff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}
/** Whether the ZWNJ or ZWJ at `i` stands between two letters of a script that spells with it. */
export function scriptJoiner(text: string, i: number): boolean {
  return writesJoiners(text.charCodeAt(i - 1)) && writesJoiners(text.charCodeAt(i + 1));
}

/** A text without its invisible characters, the ASCII its tags spelled, and its invisible-character signals. */
export interface WithoutInvisible {
  readonly text: string;
  readonly hidden: string;
  readonly signals: number;
}

/**
 * The tag, bidi-control and zero-width signals of `text` (the tags of emoji flags are none, nor are the
 * selectors and joiners of emoji), read code unit
 * by code unit as the regexes of normalize.ts read them: exact for any text.
 */
export function invisibleSignals(text: string): number {
  return readInvisible(text, false);
}

/**
 * `text` without its tags, bidi controls, direction marks and zero-width characters (an emoji flag keeps its
 * black flag only), the ASCII its tags spell, and its signals (as {@link invisibleSignals}). Exact for a
 * well-formed text, where removing one character cannot pair the two around it; the caller reads an
 * ill-formed one by regexes, removal after removal.
 */
export function withoutInvisible(text: string): WithoutInvisible {
  const signals = readInvisible(text, true);
  return { text: keptText, hidden: tagText, signals };
}

// What the last readInvisible with `remove` left (read at once by withoutInvisible).
let keptText = '';
let tagText = '';
/**
 * The code units kept, from the first one removed on (a text dense with invisible characters would be a
 * slice per character joined); reused up to this size, a longer text gets its own.
 */
const keptScratch = new Uint16Array(64 * 1024);

/** The signals of `text`; with `remove`, also what is left of it in {@link keptText} and {@link tagText}. */
function readInvisible(text: string, remove: boolean): number {
  let signals = 0;
  // Once a character is removed: the code units kept so far (`kept[0, length)`), from `text[0, from)`.
  let kept: Uint16Array | undefined;
  let length = 0;
  let copied = 0;
  let tags = '';
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < lowest) continue;
    const unit = units[c]!;
    if (unit === other) continue;
    let size = 1;
    if (unit === zeroWidth || unit === directionMark) {
      if (c !== 0x200c || !scriptJoiner(text, i)) signals |= InvisibleSignal.ZeroWidth;
    } else if (unit === presentation) {
      if (!emojiPart(text, i) && !scriptJoiner(text, i)) signals |= InvisibleSignal.ZeroWidth;
    } else if (unit === bidi) signals |= InvisibleSignal.BidiControl;
    else if (unit === planeFourteen) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdc7f) {
        signals |= InvisibleSignal.TagCharacters;
        if (remove) tags += String.fromCharCode(low - 0xdc00);
      } else if (low >= 0xdd00 && low <= 0xddef) signals |= InvisibleSignal.ZeroWidth;
      else continue;
      size = 2;
    } else {
      const end = text.charCodeAt(i + 1) === 0xdff4 ? flagEnd(text, i + 2) : -1;
      if (end < 0) continue;
      // The flag's black flag stays; its tags go, and are neither a signal nor hidden text.
      size = end - i - 2;
      i += 2;
    }
    if (remove) {
      kept ??= n <= keptScratch.length ? keptScratch : new Uint16Array(n);
      for (let k = copied; k < i; k++) kept[length++] = text.charCodeAt(k);
      copied = i + size;
    }
    i += size - 1;
  }
  if (remove) {
    if (kept === undefined) keptText = text;
    else {
      for (let k = copied; k < n; k++) kept[length++] = text.charCodeAt(k);
      keptText = charsOf(kept, length);
    }
    tagText = tags;
  }
  return signals;
}

// A decoder's one native pass, where `String.fromCharCode.apply` over chunks took a third of the time: the
// units kept are a well-formed text's (whole pairs removed), so none is replaced; a leading U+FEFF is kept.
const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const utf16 = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { ignoreBOM: true });

/** `codes[0, length)` as a string. */
const charsOf = (codes: Uint16Array, length: number): string => utf16.decode(new Uint8Array(codes.buffer, codes.byteOffset, length * 2));
