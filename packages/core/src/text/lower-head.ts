// The lower case of a text's head, for the readers of server content that read a long text from its start
// (semantic/standing-sends.ts, semantic/fetched-runs.ts): they run one after the other on the same string, and
// lower-casing 64 KiB of README text that holds a few non-ASCII characters costs about half a millisecond
// (a two-byte string is lowered character by character), so it is done once for both.

/** How much of a text is read from its start. */
export const headLength = 64 * 1024;

let lastText: string | undefined;
let lastLower = '';

/** `text`'s first {@link headLength} characters in lower case (the last text asked is remembered). */
export function lowerHead(text: string): string {
  if (text === lastText) return lastLower;
  lastText = text;
  return (lastLower = (text.length > headLength ? text.slice(0, headLength) : text).toLowerCase());
}
