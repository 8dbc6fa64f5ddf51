// The lower case of the latest long printable-ASCII texts the canonical form was made of (normalize.ts):
// the instruction analysis reads the same strings of a server's answer right after the value walk (a
// tool's description, by the cross-tool check and by its pieces), and its plain reading needs what that
// walk knew already: that the text is ASCII, and its lower case (semantic/reading.ts). A text met for the
// first time is otherwise tested and lower-cased once more, a copy made for each.

/** Shorter texts are not kept: their test and lower case cost less than a slot. */
const minKept = 64;
/**
 * Slots, a power of two: a text takes the one its length and three characters pick (no hash of the text).
 * A new tool list walks ~100 texts this long before the analysis asks for its descriptions: with 256 slots
 * a later text had taken the slot of 5-6 of its 30 descriptions (each then tested and lowered again).
 */
const slots = 1024;
/** The bits of the slot's hash that pick a slot (32 minus log2 of {@link slots}). */
const slotShift = 22;
const texts: (string | undefined)[] = new Array<string | undefined>(slots).fill(undefined);
const lowered: (string | undefined)[] = new Array<string | undefined>(slots).fill(undefined);
// 1 where the slot's text holds no `%`, `&`, `\` and no line break (no escape can begin in it but a byte list,
// `0x` or `=XX`): what the escape prefilter then need not look for (text/escaped-prose.ts).
const bare = new Uint8Array(slots);

function slotOf(text: string): number {
  const n = text.length;
  const h = Math.imul(n, 0x9e3779b1) ^ text.charCodeAt(0) ^ (text.charCodeAt(n >> 1) << 7) ^ (text.charCodeAt(n - 1) << 14);
  return Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> slotShift;
}

/**
 * Notes that `text` is printable ASCII and `lower` its lower case (what `text.toLowerCase()` gives), in
 * the slot it picks (a later text picking it takes it: at most {@link slots} texts are held, however many come).
 */
export function keepPlainLowerCase(text: string, lower: string, withoutEscapeStart: boolean): void {
  if (text.length < minKept) return;
  const slot = slotOf(text);
  texts[slot] = text;
  lowered[slot] = lower;
  bare[slot] = withoutEscapeStart ? 1 : 0;
}

/**
 * The lower case of `text` when it is a printable-ASCII text noted by {@link keepPlainLowerCase} (or one
 * equal to it), else undefined: it is then ASCII without an escape character, and its lower case is
 * `text.toLowerCase()`.
 */
export function plainLowerCaseOf(text: string): string | undefined {
  if (text.length < minKept) return undefined;
  const slot = slotOf(text);
  return texts[slot] === text ? lowered[slot] : undefined;
}

/**
 * Whether `text` was noted by {@link keepPlainLowerCase} as holding no `%`, `&`, `\` and no line break (false
 * when it does not know): the value walk's plain test read that, so the escape prefilter need not again.
 */
export function knownWithoutEscapeStart(text: string): boolean {
  if (text.length < minKept) return false;
  const slot = slotOf(text);
  return texts[slot] === text && bare[slot] === 1;
}
