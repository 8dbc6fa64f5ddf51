// A tool's document is its strings joined by line breaks (see documents.ts), and most of those strings
// recur: the same argument described alike in every tool, the same schema words. A string that reading
// changes only in case, and whose ends cannot join a clause boundary with the line break next to them, is
// split into the same clauses alone as inside the document: its clauses are read once per string and the
// document's are its strings' clauses one after the other (analyze.ts holds both readings equal).
import type { ClauseFacts, ClauseList } from './analyze.js';
import { readPlain } from './reading.js';
import { clauseStarts, clauseTexts, hangsAtEnd, opensWrapped, splitClauses, type SplitLimits } from './sentences.js';

/** One clause of a piece: its text (lower case), its offset in the piece, and what it says on its own. */
export interface PieceClause {
  readonly text: string;
  readonly start: number;
  readonly facts: ClauseFacts;
}

/** A piece read on its own. */
export interface PieceReading {
  readonly clauses: readonly PieceClause[];
  /** Whether the piece may follow a line break without a clause boundary crossing it (see {@link pieceOpens}). */
  readonly opens: boolean;
  /** Whether it may be followed by one. */
  readonly closes: boolean;
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
 * The clauses of one piece read alone, or undefined when reading it does more than lower its case (the
 * document is then read whole). `facts` gives each clause's facts, told whether the clause is the whole
 * piece (remembered with the piece, it needs no place of its own among remembered clauses).
 */
export function readPiece(raw: string, limits: SplitLimits, facts: (clause: string, whole: boolean) => ClauseFacts): PieceReading | undefined {
  const text = readPlain(raw);
  if (text === undefined || text.length === 0) return undefined;
  const count = splitClauses(text, limits);
  const whole = count === 1;
  const clauses: PieceClause[] = [];
  for (let i = 0; i < count; i++) {
    // Read before `facts` runs (the split's lists are shared).
    const clause = clauseTexts[i]!;
    const start = clauseStarts[i]!;
    clauses.push({ text: clause, start, facts: facts(clause, whole) });
  }
  return { clauses, opens: pieceOpens(text), closes: pieceCloses(text) };
}

/**
 * The clauses {@link readPiece} reads in `raw`, written to `list` from `at` on with `shift` added to each
 * offset, and no reading made of them (a piece nobody keeps): how many, or -1 when the piece is to be read
 * whole. Whether it opens and closes is the raw piece's (reading it only lowers its case).
 */
export function readPieceInto(raw: string, limits: SplitLimits, facts: (clause: string, whole: boolean) => ClauseFacts, list: ClauseList, at: number, shift: number): number {
  const text = readPlain(raw);
  if (text === undefined || text.length === 0) return -1;
  const count = splitClauses(text, limits);
  const whole = count === 1;
  for (let i = 0; i < count; i++) {
    // Read before `facts` runs (the split's lists are shared).
    const clause = clauseTexts[i]!;
    list.starts[at + i] = clauseStarts[i]! + shift;
    list.texts[at + i] = clause;
    list.facts[at + i] = facts(clause, whole);
  }
  return count;
}
