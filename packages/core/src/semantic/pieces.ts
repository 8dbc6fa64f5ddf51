// A tool's document is its strings joined by line breaks (see documents.ts), and most of those strings
// recur: the same argument described alike in every tool, the same schema words. A string that reading
// changes only in case, and whose ends cannot join a clause boundary with the line break next to them, is
// split into the same clauses alone as inside the document: its clauses are read once per string and the
// document's are its strings' clauses one after the other (analyze.ts holds both readings equal).
import type { ClauseFacts, ClauseList } from './analyze.js';
import { bothHints, hintDecode, plainCandidate, plainGiven, textHints } from './reading.js';
import { primeBriefPrint, Recent } from '../recent.js';
import { clausesAreSlices, clauseStarts, clauseTexts, hangsAtEnd, opensWrapped, resumeClauses, splitClauses, type SplitHead, splitHead, type SplitLimits } from './sentences.js';

/**
 * A piece read on its own: its clauses (lower case), each with its offset in the piece and what it says on
 * its own. The clauses are one flat array (text, offset, facts in turn), not an object per clause in an
 * array grown by push: a reading is kept for every string the guard keeps (most of a tool list's), and
 * that was ~340 bytes for three clauses where this is ~160.
 */
export class PieceReading {
  readonly #clauses: (string | number | ClauseFacts)[];

  constructor(
    clauses: (string | number | ClauseFacts)[],
    /** Whether the piece may follow a line break without a clause boundary crossing it (see {@link pieceOpens}). */
    readonly opens: boolean,
    /** Whether it may be followed by one. */
    readonly closes: boolean,
  ) {
    this.#clauses = clauses;
  }

  /** How many clauses it holds. */
  get count(): number {
    return this.#clauses.length / 3;
  }

  /** The text (lower case) of clause `i`. */
  textAt(i: number): string {
    return this.#clauses[3 * i] as string;
  }

  /** The offset of clause `i` in the piece. */
  startAt(i: number): number {
    return this.#clauses[3 * i + 1] as number;
  }

  /** What clause `i` says on its own. */
  factsAt(i: number): ClauseFacts {
    return this.#clauses[3 * i + 2] as ClauseFacts;
  }
}

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * Whether a boundary of splitSentences can take in the line break between two pieces with a character on
 * one side of it, so the document splits there otherwise than the pieces do: a list mark between white
 * space (`\s[-*•]\s`: a piece ending with `-` or `*`; one starting with them is not, the break is matched
 * on its own first), a data seam (`["']\s*[:,]\s*["'{[(]`: a piece ending, white space aside, with a
 * quote, `:` or `,`), and white space inside a tag before its `>` or `/>` (a piece starting, white space
 * aside, with `>` or `/`). Every other boundary is the break itself or lies within one piece. This one:
 * whether a piece may follow a line break without a clause boundary crossing it.
 */
export function pieceOpens(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const firstSeen = i < text.length ? text.charCodeAt(i) : -1;
  // A piece opening with a path may be the object of the line before, wrapped (see softWrap in sentences.ts).
  return firstSeen !== 0x3e && firstSeen !== 0x2f && !(firstSeen === 0x7e || firstSeen === 0x2e || firstSeen === 0x24 ? opensWrapped(text) : false);
}

/** Whether a piece may be followed by a line break without a clause boundary crossing it (see {@link pieceOpens}). */
export function pieceCloses(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  let j = text.length - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  const lastSeen = j >= 0 ? text.charCodeAt(j) : -1;
  // A piece that stops on a word that cannot end a sentence goes on in the next (see softWrap in sentences.ts).
  return last !== 0x2d && last !== 0x2a && lastSeen !== 0x22 && lastSeen !== 0x27 && lastSeen !== 0x3a && lastSeen !== 0x2c && !hangsAtEnd(text);
}

/**
 * Whether the clauses {@link splitClauses} wrote (`count` of them) leave out of `text` no character of a
 * run {@link hintsOf} may match (a letter, a digit, `_` or `-`), between them or next to them: then the
 * text's hints are its clauses' (see plainClauses).
 */
function clausesHoldWords(text: string, count: number): boolean {
  let at = 0;
  for (let i = 0; i < count; i++) {
    const start = clauseStarts[i]!;
    if (start < at) return false;
    for (let j = at; j < start; j++) if (isWordish(text.charCodeAt(j))) return false;
    at = start + clauseTexts[i]!.length;
    // A clause cut inside a word (at the longest clause) ends next to its next part.
    if (at < text.length && isWordish(text.charCodeAt(at)) && isWordish(text.charCodeAt(at - 1))) return false;
  }
  for (let j = at; j < text.length; j++) if (isWordish(text.charCodeAt(j))) return false;
  return true;
}

const isWordish = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x2d;

/** A piece's {@link SplitHead} with the facts of its clauses, usable once they are all written. */
interface PieceHead {
  readonly split: SplitHead;
  readonly facts: ClauseFacts[];
  ready: boolean;
}

/** Shortest piece whose head is kept (a shorter one costs less to split than to look up), and the longest (a head keeps its text). */
const headsFrom = 128;
const headsUpTo = 4096;
/** Characters of a piece's start its head is found by. */
const headKey = 48;

/**
 * The heads of long pieces split before (see SplitHead), found by their first characters, with their
 * clauses' facts, for one model and one set of limits: a piece that starts as one of them (a tool's next
 * description, a revision appended) is split and looked up only past that head. At most one head per start,
 * and none for a start met once (null marks it): most new pieces start anew, and a head kept for each would
 * be garbage.
 */
export class PieceHeads {
  readonly #heads: Recent<number, PieceHead | null>;
  #limits: SplitLimits | undefined = undefined;
  /** The key {@link of} looked up last, and whether it was met before (see {@link keep}, which follows it). */
  #key = 0;
  #met = false;

  constructor(capacity: number) {
    this.#heads = new Recent(capacity);
  }

  /** The number `text`'s head is kept under (its first {@link headKey} characters). */
  static #keyOf(text: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < headKey; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h ^ (h >>> 15)) & 0x3fffffff;
  }

  /** A head `text` starts with, read with `limits`, or undefined. */
  of(text: string, limits: SplitLimits): PieceHead | undefined {
    if (text.length < headsFrom || text.length > headsUpTo || limits !== (this.#limits ??= limits)) return undefined;
    const head = this.#heads.get((this.#key = PieceHeads.#keyOf(text)));
    this.#met = head !== undefined;
    if (head === undefined || head === null || !head.ready) return undefined;
    // A slice compared, not startsWith: V8 compares two strings' characters natively, startsWith one by one (~4× slower).
    const prefix = head.split.prefix;
    return text.length >= prefix.length && text.slice(0, prefix.length) === prefix ? head : undefined;
  }

  /**
   * Keeps the head of `text`, just split (or resumed from `resumed`, then updated in place), after {@link of}
   * was asked for it; not ready until its facts are written. Undefined when none is kept.
   */
  keep(text: string, limits: SplitLimits, resumed: PieceHead | undefined): PieceHead | undefined {
    if (text.length < headsFrom || text.length > headsUpTo || limits !== this.#limits) return undefined;
    if (resumed !== undefined) {
      // A head the split found no boundary to keep past stays as it was, ready.
      if (splitHead(text, 2, resumed.split) === undefined) return undefined;
      resumed.ready = false;
      return resumed;
    }
    // The start is marked the first time, and its head kept from the second on (of, just before, read the key).
    if (!this.#met) {
      this.#heads.set(this.#key, null);
      return undefined;
    }
    const split = splitHead(text, 2);
    if (split === undefined) return undefined;
    const head: PieceHead = { split, facts: [], ready: false };
    this.#heads.set(this.#key, head);
    return head;
  }
}

/**
 * The clauses of `raw` lower-cased, when that is what reading it gives (see readPlain): how many, or -1.
 * Their texts, offsets and facts (given by `facts`) are in {@link textsRead}, {@link startsRead} and {@link factsRead}. What
 * the clauses hint at (decoding words, ROT13) is kept with their facts: a piece of clauses met before (a
 * description whose last sentence changed) is not searched for it again.
 */
function plainClauses(raw: string, limits: SplitLimits, facts: (clause: string, whole: boolean) => ClauseFacts, heads: PieceHeads | undefined): number {
  const text = plainCandidate(raw);
  if (text === undefined || text.length === 0) return -1;
  // Split past the head of a piece split before that this one starts with (their clauses are the same).
  const known = heads?.of(text, limits);
  const reused = known === undefined ? 0 : known.split.count;
  const count = known === undefined ? splitClauses(text, limits) : resumeClauses(text, limits, known.split);
  // A piece of as many clauses as the limit is read whole (see clausesOfPieces).
  if (count >= limits.maxSentences) return -1;
  const kept = heads?.keep(text, limits, known);
  const keptCount = kept === undefined ? 0 : kept.split.count;
  const whole = count === 1;
  // The clauses' hints are the text's only when they hold all of its words; else the text is searched whole.
  const byClause = clausesHoldWords(text, count);
  // A clause of several is a slice of `text`: its print for the clause memo is read in `text` (see primeBriefPrint).
  const slices = !whole && clausesAreSlices();
  let hints = 0;
  for (let i = 0; i < count; i++) {
    // Read before `facts` runs (the split's lists are shared).
    const clause = clauseTexts[i]!;
    startsRead[i] = clauseStarts[i]!;
    textsRead[i] = clause;
    if (slices && i >= reused) primeBriefPrint(text, clauseStarts[i]!, clause);
    const made = i < reused ? known!.facts[i]! : facts(clause, whole);
    if (i < keptCount) kept!.facts[i] = made;
    if (byClause) {
      const own = made.hints(clause);
      if (own & hintDecode) return -1;
      hints = bothHints(hints, own);
    }
    factsRead[i] = made;
  }
  if (kept !== undefined) kept.ready = true;
  if (!byClause) hints = textHints(text);
  textRead = text;
  return plainGiven(raw, text, hints) ? count : -1;
}

// The clauses plainClauses read, in order, and the text it read them in (shared: one call at a time).
const textsRead: string[] = [];
const startsRead: number[] = [];
const factsRead: ClauseFacts[] = [];
let textRead = '';
/**
 * The clauses of one piece read alone, or undefined when reading it does more than lower its case (the
 * document is then read whole). `facts` gives each clause's facts, told whether the clause is the whole
 * piece (remembered with the piece, it needs no place of its own among remembered clauses).
 */
export function readPiece(raw: string, limits: SplitLimits, facts: (clause: string, whole: boolean) => ClauseFacts, heads?: PieceHeads): PieceReading | undefined {
  const count = plainClauses(raw, limits, facts, heads);
  if (count < 0) return undefined;
  const clauses = new Array<string | number | ClauseFacts>(3 * count);
  for (let i = 0; i < count; i++) {
    clauses[3 * i] = textsRead[i]!;
    clauses[3 * i + 1] = startsRead[i]!;
    clauses[3 * i + 2] = factsRead[i]!;
  }
  return new PieceReading(clauses, pieceOpens(textRead), pieceCloses(textRead));
}

/**
 * The clauses {@link readPiece} reads in `raw`, written to `list` from `at` on with `shift` added to each
 * offset, and no reading made of them (a piece nobody keeps): how many, or -1 when the piece is to be read
 * whole. Whether it opens and closes is the raw piece's (reading it only lowers its case).
 */
export function readPieceInto(raw: string, limits: SplitLimits, facts: (clause: string, whole: boolean) => ClauseFacts, list: ClauseList, at: number, shift: number, heads?: PieceHeads): number {
  const count = plainClauses(raw, limits, facts, heads);
  for (let i = 0; i < count; i++) {
    list.starts[at + i] = startsRead[i]! + shift;
    list.texts[at + i] = textsRead[i]!;
    list.facts[at + i] = factsRead[i]!;
  }
  return count;
}
