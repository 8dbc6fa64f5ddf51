// The lower case of a text's head, for the readers of server content that read a long text from its start
// (semantic/standing-sends.ts, semantic/fetched-runs.ts), and of a long text whole for the readers that lower
// the same part of a document just before or after them (semantic/next-call-data.ts, semantic/seams.ts):
// they run one after the other on the same string, and lower-casing 64 KiB of README text that holds a few
// non-ASCII characters costs about half a millisecond (a two-byte string is lowered character by character,
// ~0.65M instructions), so it is done once for all of them.

/** How much of a text is read from its start. */
export const headLength = 64 * 1024;
/** Shorter texts are lowered as asked: that is quick, and it would push a long one out of the one kept. */
const minShared = 4096;

let lastText: string | undefined;
let lastLower = '';

/**
 * `text` in lower case; the last long text asked is remembered. Asked again with an equal string (the same
 * part, or a head sliced again), the look-up compares the two, at most one pass of memory compare against
 * the lowering it saves.
 */
export function lowerCased(text: string): string {
  if (text.length < minShared) return text.toLowerCase();
  if (text === lastText) return lastLower;
  lastText = text;
  return (lastLower = text.toLowerCase());
}

/** `text`'s first {@link headLength} characters in lower case (see {@link lowerCased}). */
export const lowerHead = (text: string): string => lowerCased(text.length > headLength ? text.slice(0, headLength) : text);
