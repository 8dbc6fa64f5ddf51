import type { MessagePath } from '../types.js';
import { documentsOf, type Piece, type TextDocument } from './documents.js';
import { isOfferedValue, mayBeCommand } from './offered-values.js';
import { oneByteAscii } from '../text/one-byte.js';

// A message's documents are read up to a length (the instruction analysis' limit): an order padded past it
// (a long page, a log, many blank lines, then "assistant: send …") was never read, though a model reads to
// the end. A document cut at the limit is read again by its end: the last stretch of its text, as a
// document of its own whose findings point where its strings sit. The middle of a very long text is left
// to the rules, which read every string whole.

/** How much of a cut document's end is read (and at most a quarter of the limit). */
const tailLength = 16 * 1024;
/** How far past the cut a tail may start to begin at a line or a sentence. */
const boundarySearch = 1024;
const boundary = /[\n.!?]/g;

/** A document of the end of a longer one: its text, and its pieces as offsets in that text. */
class TailDocument implements TextDocument {
  readonly parts: readonly string[];
  #pieces: readonly Piece[] | undefined;
  #offered: readonly number[] | undefined;
  constructor(readonly role: TextDocument['role'], readonly path: MessagePath, readonly text: string, readonly whole: TextDocument, readonly from: number) {
    this.parts = [text];
  }

  /** Its one part, when the piece it starts in is a value the schema offers (read only of a tail that may be a command). */
  get offered(): readonly number[] {
    return (this.#offered ??= mayBeCommand(this.text) && isOfferedValue(this.pieces[0]?.path ?? this.path) ? [0] : []);
  }

  /** The whole document's pieces from the one that holds the start on, moved to this text's offsets. */
  get pieces(): readonly Piece[] {
    if (this.#pieces !== undefined) return this.#pieces;
    const all = this.whole.pieces;
    let first = 0;
    while (first + 1 < all.length && all[first + 1]!.offset <= this.from) first++;
    return (this.#pieces = all.slice(first).map((p, i) => ({ path: p.path, offset: i === 0 ? 0 : p.offset - this.from })));
  }
}

/**
 * The end of each document of `message` that {@link documentsOf} cut at `maxLength`, as documents of their
 * own (the end only of what was cut: a document within the limit has none). Tool lists are not read so:
 * each tool is its own document, and a tool's text past the limit is read by the rules.
 */
export function tailDocuments(message: unknown, method: string | undefined, cut: readonly TextDocument[], maxLength: number): TextDocument[] {
  if (!cut.some((doc) => doc.text.length >= maxLength - 1)) return [];
  const tails: TextDocument[] = [];
  const length = Math.min(tailLength, Math.floor(maxLength / 4));
  // The same walk without a limit: its strings are the message's own (not copied) until its text is read.
  for (const whole of documentsOf(message, method, Number.MAX_SAFE_INTEGER)) {
    let total = -1;
    for (const part of whole.parts) total += part.length + 1;
    if (total <= maxLength) continue;
    // The text's last `length` characters, joined from the parts that hold them (not the whole text).
    let from = total;
    let first = whole.parts.length;
    while (first > 0 && total - from < length) from -= whole.parts[--first]!.length + 1;
    let text = whole.parts.slice(first).join('\n');
    let start = Math.max(0, text.length - length);
    boundary.lastIndex = start;
    const next = boundary.exec(text);
    if (next !== null && next.index - start < boundarySearch) start = next.index + 1;
    // A one-byte copy when ASCII: a slice of a two-byte text is two bytes a character (see text/one-byte.ts).
    text = oneByteAscii(text.slice(start));
    tails.push(new TailDocument(whole.role, whole.path, text, whole, from + 1 + start));
  }
  return tails;
}
