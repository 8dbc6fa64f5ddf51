import { askedOfReader, isMail, isMessage, relayedRequest } from './attributed.js';
import { keepsFromUser, keepsGate } from './conceals.js';
import { addressGate, mayHoldOpenUrl, sendsCredentialFile } from './sends-secrets.js';
import { Cue, cueBits, cueList, cuesAndMarksOf, cuesOf, lastGates, lastMoreGates, type CueName } from './cues.js';
import { type ClauseNgrams, clauseNgramsOnce, clauseScore, scoreWithNgrams, type TextRole } from './features.js';
import { type PieceHeads, type PieceReading, pieceCloses, pieceOpens, readPiece, readPieceInto } from './pieces.js';
import type { InstructionModel } from './model.js';
import type { RecentTexts, TextMemo } from '../recent.js';
import { type OrderMatch, orderIn } from './orders.js';
import { mayOverride, namesTarget, overrideGate, setsInstructionsAside } from './overrides.js';
import { proseDespiteKeyword } from './prose-keywords.js';
import { ClauseOrders, orderInCode, readOrder } from './read-orders.js';
import { readerAct } from './reader-acts.js';
import { pageCodeHanded } from './page-code-handed.js';
import { allGates } from './reader-gates.js';
import { clauseHints, Hidden, readText } from './reading.js';
import { pipesToShell, runsSubstitutedDownload } from './destroys.js';
import { addressedInMiddle, clauseStarts, clauseTexts, splitClauses, splitSentences, type SplitLimits } from './sentences.js';

/** A download piped or substituted into a shell (destroys.ts's two forms). */
const runsDownload = (clause: string): boolean => pipesToShell.test(clause) || runsSubstitutedDownload.test(clause);

/** What one text asks of the model, as the offline scorer judged it. */
export interface InstructionAnalysis {
  /**
   * Probability-like score in [0, 1] of the most instruction-like clause, discounted for texts of more than
   * 20 clauses (the maximum of many scores is higher by chance).
   */
  readonly score: number;
  /** That clause (lower case, at most 200 characters). */
  readonly sentence: string;
  /** Its offset in the text as read. */
  readonly start: number;
  /** The cues that clause shows. */
  readonly cues: readonly CueName[];
  /** Cues seen anywhere in the text (bitmask of {@link cueNames} order). */
  readonly textCues: number;
  /** Bits of `Hidden`: what the text hid (tag characters, ANSI, encodings ...). */
  readonly hidden: number;
  /** The marks of cues.ts (`Mark`) seen anywhere in the text: found in the cue pass, not scored. */
  readonly marks: number;
  /** The first clause whose cues alone break a rule (see orders.ts), with that clause. */
  readonly order?: OrderMatch & { readonly sentence: string; readonly start: number };
}

/**
 * When a caller reads a tool metadata analysis's score, sentence and cues: only where its top clause shows
 * one of `cues` and the score is at least `floor` (or an order is found, whose finding reports the score).
 */
export interface ScoreReads {
  readonly cues: number;
  readonly floor: number;
}

export interface AnalyzeLimits extends SplitLimits {
  /** Longest text read; the rest is not analysed. */
  readonly maxTextLength: number;
}

export const defaultAnalyzeLimits: AnalyzeLimits = { maxTextLength: 64 * 1024, maxSentences: 400, maxSentenceLength: 400 };

/** The cues of a text (27 bits) with its role, as one small integer. */
const contextOf = (text: number, role: TextRole): number => text * 2 + (role === 'metadata' ? 1 : 0);

/** The probability of a linear score (orders.ts works it out alike for the rules that read it). */
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The readings of a clause {@link ClauseFacts} keeps, a bit each, read in bits 0-3 and found in bits 4-7, with
 * its hints (plus one, 0 before they are read) from bit 8: one small integer, not a field each (a clause memo
 * holds thousands; a fresh list makes ~90, 8 bytes a field).
 */
const Reading = { setsAside: 1, keepsFromUser: 2, sendsCredentialFile: 4, prose: 8 } as const;
const readingsFound = 4;
const hintsShift = 8;

/**
 * The scores of one clause (see {@link ClauseFacts}): the n-gram part of its score, and the last scores
 * made of it with what else they were made of. Made at the clause's first score: most clauses of tool
 * metadata are never scored (a fresh list scores 1 of its 88 new clauses), and the nine fields (two of
 * them boxed numbers) were ~100 of the ~300 bytes every new clause allocated.
 */
class ClauseScores {
  /** The last score: the cues of the clause before, those of the text with the role (see contextOf), and the score. */
  previous = -1;
  context = -1;
  z = 0;
  /**
   * The three scores before it, as [previous, context, score] each (made at the second score). A plain
   * array of doubles: a Float64Array of nine is past the size V8 keeps on its heap, and its backing store
   * made and freed apart cost more than the scores it saves for a clause met once.
   */
  before: number[] | undefined = undefined;
  slot = 0;
  /** The names of the clause's cues, once asked (only a scored clause tops an analysis). */
  names: readonly CueName[] | undefined = undefined;

  constructor(
    /** The n-gram part of the clause's score (see ClauseNgrams), NaN when scored without it. */
    readonly ngramZ: number,
    readonly words: number,
    readonly shared: readonly number[] | undefined,
  ) {}
}

/**
 * What a clause says on its own: its cues and the n-gram part of its score under one model, and the last
 * scores made of them with what else they were made of (a recurring clause mostly sits where it sat before:
 * after the same clause, in a text showing one of a few sets of cues - the tools of a list differ in a verb).
 * What its grammar reads (orderAfter) is kept in the fields of the ClauseOrders it extends: one object a
 * clause, not a second made at its first order read (a fresh list leaves ~77 clauses alive past a scavenge);
 * its scores are a second object, made at its first score (see ClauseScores).
 */
export class ClauseFacts extends ClauseOrders {
  /** The clause's scores, undefined until its n-gram part is read (see {@link withNgrams}). */
  #scores: ClauseScores | undefined;
  /** The readings below read once (see {@link Reading}): a bit for each read, and one for each found; then the clause's {@link clauseHints} once asked. */
  #readings = 0;

  constructor(
    readonly cues: number,
    /** The clause's n-gram part, or undefined to read it at its first score (see {@link withNgrams}). */
    ngrams: ClauseNgrams | undefined,
    /** The clause's marks (cues.ts, `Mark`). */
    readonly marks = 0,
    /** The reader gates open for the clause (reader-gates.ts), found in the cue pass; all when not read. */
    readonly gates = allGates,
    /** The second word of them (moreReaderGate), alike. */
    readonly moreGates = allGates,
  ) {
    super();
    this.#scores = ngrams === undefined ? undefined : new ClauseScores(ngrams.z, ngrams.words, ngrams.shared);
  }

  /** The last score (see {@link scoreIn}); 0 for a clause never scored. */
  get z(): number {
    const scores = this.#scores;
    return scores === undefined ? 0 : scores.z;
  }

  /**
   * Reads the n-gram part of the clause's score (`clause`, the one these are the facts of) if it was not:
   * at the clause's first score, not when its facts are made, as most clauses of tool metadata are never
   * scored (see scored). Called before {@link scoreIn} for facts made without it.
   */
  withNgrams(weights: Float32Array, bias: number, clause: string): this {
    const scores = this.#scores;
    if (scores === undefined || Number.isNaN(scores.ngramZ)) {
      const ngrams = clauseNgramsOnce(weights, bias, clause);
      this.#scores = new ClauseScores(ngrams.z, ngrams.words, ngrams.shared);
    }
    return this;
  }

  /** The clause's linear score after a clause showing `previous`, in a text showing `text` (see scoreWithNgrams). */
  score(weights: Float32Array, previous: number, text: number, role: TextRole): number {
    this.scoreIn(weights, previous, text, role);
    return this.z;
  }

  /**
   * Makes {@link z} the clause's score after a clause showing `previous` in a text showing `text`: read as a
   * field, a score found again is not boxed as a returned number would be (a new heap number per clause).
   */
  scoreIn(weights: Float32Array, previous: number, text: number, role: TextRole): void {
    const context = contextOf(text, role);
    // Facts scored before their n-gram part was read score with it as NaN, as they always have.
    const scores = (this.#scores ??= new ClauseScores(Number.NaN, 0, undefined));
    if (previous !== scores.previous || context !== scores.context) this.#rescore(scores, weights, previous, context, text, role);
  }

  /** Makes the score after `previous` in `context` the last one: one kept before, or a new one. */
  #rescore(scores: ClauseScores, weights: Float32Array, previous: number, context: number, text: number, role: TextRole): void {
    let before = scores.before;
    if (before !== undefined) {
      for (let k = 0; k < before.length; k += 3) {
        if (before[k] !== previous || before[k + 1] !== context) continue;
        // The last score takes its place: each is a function of the clause and what it was made of.
        const z = before[k + 2]!;
        before[k] = scores.previous;
        before[k + 1] = scores.context;
        before[k + 2] = scores.z;
        scores.previous = previous;
        scores.context = context;
        scores.z = z;
        return;
      }
    }
    const z = scoreWithNgrams(weights, scores.ngramZ, scores.words, scores.shared, this.cues, previous, text, role);
    if (scores.previous >= 0) {
      // No clause's cues are negative: -1 matches none. A fraction in the score slots makes the array one of
      // doubles from the start (not of small integers turned into doubles at the first score kept).
      before ??= scores.before = [-1, -1, 0.5, -1, -1, 0.5, -1, -1, 0.5];
      before[scores.slot] = scores.previous;
      before[scores.slot + 1] = scores.context;
      before[scores.slot + 2] = scores.z;
      scores.slot = (scores.slot + 3) % 9;
    }
    scores.previous = previous;
    scores.context = context;
    scores.z = z;
  }

  /** {@link clauseHints} of the clause (`text`, the one these are the facts of), read once: a piece's plain reading is decided by its clauses' (see pieces.ts). */
  hints(text: string): number {
    const kept = this.#readings >> hintsShift;
    if (kept > 0) return kept - 1;
    const hints = clauseHints(text, this.moreGates);
    this.#readings |= (hints + 1) << hintsShift;
    return hints;
  }

  /** The names of the clause's cues (one frozen list, shared by every analysis this clause tops). */
  get cueNames(): readonly CueName[] {
    const scores = this.#scores;
    if (scores === undefined) return Object.freeze(cueList(this.cues));
    return (scores.names ??= Object.freeze(cueList(this.cues)));
  }

  /** Whether the clause (`text`, the one these are the facts of) sets the model's instructions aside (see overrides.ts), read once. */
  setsAside(text: string): boolean {
    if (!(this.#readings & Reading.setsAside)) this.#keep(Reading.setsAside, (this.gates & overrideGate) !== 0 && setsInstructionsAside(text, this.cues));
    return (this.#readings & (Reading.setsAside << readingsFound)) !== 0;
  }

  /** Whether the clause orders something kept from the user in another language (see conceals.ts), read once. */
  keepsFromUser(text: string): boolean {
    if (!(this.#readings & Reading.keepsFromUser)) this.#keep(Reading.keepsFromUser, (this.gates & keepsGate) !== 0 && keepsFromUser(text));
    return (this.#readings & (Reading.keepsFromUser << readingsFound)) !== 0;
  }

  /** Whether the clause orders a credential file sent out (see sends-secrets.ts), read once. */
  sendsCredentialFile(text: string): boolean {
    if (!(this.#readings & Reading.sendsCredentialFile)) this.#keep(Reading.sendsCredentialFile, (this.gates & addressGate) !== 0 && sendsCredentialFile(text));
    return (this.#readings & (Reading.sendsCredentialFile << readingsFound)) !== 0;
  }

  /** Whether the clause, marked code-like, is prose all the same (see prose-keywords.ts), read once. */
  proseDespiteKeyword(text: string): boolean {
    if (!(this.#readings & Reading.prose)) this.#keep(Reading.prose, proseDespiteKeyword(text));
    return (this.#readings & (Reading.prose << readingsFound)) !== 0;
  }

  #keep(reading: number, found: boolean): void {
    this.#readings |= found ? reading | (reading << readingsFound) : reading;
  }

  /**
   * The order the clause (`text`, the one these are the facts of) gives by its grammar (readOrder, which
   * reads nothing but its arguments) in `role` after the clause `previous` whose facts are `before` (none
   * for the first clause): what it reads of each clause is kept with that clause's facts (see ClauseOrders).
   */
  orderAfter(text: string, role: TextRole, previous: string, before: ClauseFacts | undefined): OrderMatch | undefined {
    return this.after(text, role, previous, before);
  }
}

/**
 * Clause facts remembered by clause text, for one model (clauses recur: schema words, arguments described
 * alike), and the clauses of document pieces by piece (see pieces.ts).
 */
export interface ClauseMemo {
  readonly model: InstructionModel;
  readonly clauses: RecentTexts<ClauseFacts>;
  readonly pieces?: PieceMemo;
  /** The heads of long pieces split before, a piece that starts as one is split past it (see pieces.ts). */
  readonly heads?: PieceHeads;
}

/** What is remembered of document pieces, by piece. */
export interface PieceMemo extends TextMemo<PieceReading> {
  /** Whether `text` is met for the first time, as far as the memo can tell. */
  metFirst?(text: string): boolean;
}

/**
 * `lazy`: the clause's n-gram part is read at its first score, not now (tool metadata, where most clauses
 * are never scored: see ScoreReads). Other text scores every clause, and reads it now: made at its first
 * score there, the 1 MiB README result cost 3.6% more.
 */
function clauseFacts(text: string, model: InstructionModel, memo: ClauseMemo | undefined, lazy: boolean): ClauseFacts {
  const usable = memo !== undefined && memo.model === model ? memo : undefined;
  const known = usable?.clauses.get(text);
  if (known !== undefined) return known;
  const bits = cuesAndMarksOf(text);
  const gates = lastGates();
  const moreGates = lastMoreGates();
  const facts = new ClauseFacts(bits & cueBits, lazy ? undefined : clauseNgramsOnce(model.weights, model.bias, text), bits & ~cueBits, gates, moreGates);
  usable?.clauses.set(text, facts);
  return facts;
}

/**
 * The clauses of the text one analysis reads, in order, as three lists (text, offset in the text, facts)
 * shared by every call (one runs at a time, to its end; each writes from the start): not an object per
 * clause, nor lists grown anew per text. They hold the last text's clauses (at most 2 × maxSentences: a
 * piece past the limit is written before the document is read whole) until the next one overwrites them.
 */
const clauseList: ClauseList = { texts: [], starts: [], facts: [] };

/** Lists of clauses: each one's text, offset and facts (see pieces.ts). */
export interface ClauseList {
  readonly texts: string[];
  readonly starts: number[];
  readonly facts: ClauseFacts[];
}

/**
 * Scores every clause of `raw` and keeps the most instruction-like one. Linear in the text. `memo` keeps
 * what each clause says on its own; the analysis is the same with or without it. `reads` (tool metadata
 * only): where the caller reads the score; where it cannot, only the clauses that show one of its cues
 * are scored, and the analysis has the score 0 with no clause topping it.
 */
export function analyzeText(raw: string, role: TextRole, model: InstructionModel, limits: AnalyzeLimits = defaultAnalyzeLimits, memo?: ClauseMemo, reads?: ScoreReads): InstructionAnalysis {
  const reading = readText(raw, limits.maxTextLength, role === 'metadata' ? 'hidden' : 'plain');
  // A long text's middle is read where it names the AI (an order padded by hundreds of lines).
  const count = addressedInMiddle(reading.text, splitClauses(reading.text, limits), limits);
  const list = clauseList;
  for (let i = 0; i < count; i++) {
    // Read before clauseFacts runs (the split's lists are shared).
    const text = clauseTexts[i]!;
    list.starts[i] = clauseStarts[i]!;
    list.texts[i] = text;
    list.facts[i] = clauseFacts(text, model, memo, role === 'metadata');
  }
  // The whole text is tested only once a clause sets instructions aside (most texts have none, and the
  // cue pass's gate already closed every clause that lacks the nouns): not a pass over 64 KiB each time.
  return scored(list, count, reading.hiddenText, reading.hidden, reading.text, role, model, limits, reads);
}

/**
 * What {@link pieceFacts} reads with: the model and memo of the analyzePieces call under way (one runs at a
 * time, to its end), and whether the clause that is the whole piece at hand is looked up among remembered
 * clauses (see analyzePieces). Kept here, not in a closure made per call.
 */
const pieceReader: { model: InstructionModel | undefined; memo: ClauseMemo | undefined; wholeAlone: boolean } = { model: undefined, memo: undefined, wholeAlone: false };

/** The facts of a clause of a piece (see readPiece), as analyzePieces reads them. */
const pieceFacts = (clause: string, whole: boolean): ClauseFacts => clauseFacts(clause, pieceReader.model!, whole && pieceReader.wholeAlone ? undefined : pieceReader.memo, true);

/**
 * {@link analyzeText} of `pieces.join('\n')` (a document's strings, see documents.ts), read piece by piece
 * where that reads the same (see pieces.ts): `memo` then keeps each piece's clauses too.
 */
export function analyzePieces(pieces: readonly string[], role: TextRole, model: InstructionModel, limits: AnalyzeLimits = defaultAnalyzeLimits, memo?: ClauseMemo, reads?: ScoreReads): InstructionAnalysis {
  // Strings read alone read as tool metadata does: other text has its leetspeak spelled out, as a whole.
  if (role !== 'metadata') return analyzeText(pieces.join('\n'), role, model, limits, memo);
  const usable = memo !== undefined && memo.model === model ? memo : undefined;
  const reader = pieceReader;
  reader.model = model;
  reader.memo = usable;
  reader.wholeAlone = false;
  let count: number;
  try {
    count = clausesOfPieces(pieces, limits, usable?.pieces, usable?.heads);
  } finally {
    // Nothing of the call is held once it is done.
    reader.model = reader.memo = undefined;
  }
  // No test over the whole text here (it is never joined): each clause's own test decides alike.
  return count < 0 ? analyzeText(pieces.join('\n'), role, model, limits, memo, reads) : scored(clauseList, count, '', 0, undefined, role, model, limits, reads);
}

/**
 * The clauses of `pieces` read one by one into {@link clauseList} (see analyzePieces): how many, or -1 when
 * the document is to be read whole: a piece whose reading changes more than its case, one whose end may
 * join its neighbour's clause, or a document past the limits (it would be cut).
 */
function clausesOfPieces(pieces: readonly string[], limits: AnalyzeLimits, remembered: PieceMemo | undefined, heads: PieceHeads | undefined): number {
  const list = clauseList;
  const facts = pieceFacts;
  let count = 0;
  let offset = 0;
  let closes = true;
  for (const piece of pieces) {
    let reading = remembered?.get(piece);
    if (reading === undefined) {
      // A clause that is the whole piece is remembered with the piece when the piece is kept (a piece seen
      // again is not read again), and not at all when the piece is met for the first time: a new string's
      // one clause is most likely new too, and would only take a place among the remembered ones.
      const kept = remembered !== undefined && remembered.keeps(piece);
      pieceReader.wholeAlone = kept || remembered?.metFirst?.(piece) === true;
      // A piece whose reading nobody keeps (most of a list met for the first time) is read into the lists
      // directly: a reading of its own would be garbage as soon as its clauses were copied.
      if (!kept) {
        const read = closes && pieceOpens(piece) ? readPieceInto(piece, limits, facts, list, count, offset, heads) : -1;
        if (read < 0 || count + read >= limits.maxSentences) return -1;
        count += read;
        offset += piece.length + 1;
        closes = pieceCloses(piece);
        continue;
      }
      reading = readPiece(piece, limits, facts, heads);
      if (reading !== undefined) remembered.set(piece, reading);
    }
    if (reading === undefined || !(closes && reading.opens) || count + reading.count >= limits.maxSentences) return -1;
    for (let i = 0; i < reading.count; i++) {
      list.texts[count] = reading.textAt(i);
      list.starts[count] = reading.startAt(i) + offset;
      list.facts[count++] = reading.factsAt(i);
    }
    offset += piece.length + 1;
    closes = reading.closes;
  }
  return offset - 1 > limits.maxTextLength ? -1 : count;
}

/** The cue names of an analysis no clause tops. */
const noCues: readonly CueName[] = Object.freeze([]);

/**
 * Analyses no clause tops (most tool metadata's: its score is not read), by what else they hold, shared:
 * a list's tools show few sets of cues, and each made an object and an empty list that died at once. One
 * per slot; never written (an analysis is read-only), and nothing keys a table by one.
 */
const toppedByNone: (InstructionAnalysis | undefined)[] = Array.from({ length: 32 }, () => undefined);

/** The analysis with no top clause, no order, and these cues of the text, hidden bits and marks. */
function nothingTopped(textCues: number, hidden: number, marks: number): InstructionAnalysis {
  const slot = (textCues ^ (textCues >>> 5) ^ (textCues >>> 15) ^ hidden ^ (marks >>> 20)) & 31;
  const kept = toppedByNone[slot];
  if (kept !== undefined && kept.textCues === textCues && kept.hidden === hidden && kept.marks === marks) return kept;
  return (toppedByNone[slot] = { score: 0, sentence: '', start: 0, cues: noCues, textCues, hidden, marks });
}

/** What a clause of decoded text must show to ask something of whoever carries it out. */
const asksSomething = Cue.imperative | Cue['polite-request'] | Cue.obligation | Cue['addresses-model'] | Cue.execute | Cue['network-send'] | Cue['to-user'];

/** The cues under which orderIn reads a clause's score: an unscored text's clause showing one is scored all the same. */
const scoreReadingCues = Cue.secrecy | Cue['to-user'] | Cue.persuasion;

/**
 * The analysis of a text from the first `count` clauses of `list` in order, and what it hid; `overridable`:
 * the text {@link mayOverride} must pass before a clause may set the model's instructions aside (undefined:
 * none to pass); `reads`: see analyzeText.
 */
function scored(list: ClauseList, count: number, hiddenText: string, hidden: number, overridable: string | undefined, role: TextRole, model: InstructionModel, limits: AnalyzeLimits, reads?: ScoreReads): InstructionAnalysis {
  const texts = list.texts;
  const starts = list.starts;
  const factsOf = list.facts;
  let textCues = 0;
  let marks = 0;
  // Clauses that show a cue of any kind: the ones that could score high by chance.
  let cued = 0;
  for (let i = 0; i < count; i++) {
    textCues |= factsOf[i]!.cues;
    marks |= factsOf[i]!.marks;
    if (factsOf[i]!.cues !== 0) cued++;
  }
  // Tool metadata whose caller reads the score only where its top clause shows one of some cues (see
  // ScoreReads): the clauses that show none are scored only if the others' best score may be read, or an
  // order is found; orderIn reads the score of clauses showing some cues.
  const lean = role === 'metadata' && reads !== undefined;
  const scoredCues = lean ? reads.cues | scoreReadingCues : -1;
  let best = -Infinity;
  let at = -1;
  let order: InstructionAnalysis['order'];
  // Tool metadata hiding page code that posts the page's cookies or storage out (page-code-handed.ts): read
  // whole, as sentences would cut the code at its quotes and braces.
  const pageCode = hiddenText && role === 'metadata' ? pageCodeHanded(hiddenText) : undefined;
  if (pageCode !== undefined) order = { rule: 'semantic/hidden-instruction', message: "Encoded text in tool metadata hands the model page code that sends the page's cookies or storage out", sentence: pageCode.evidence, start: 0 };
  if (hiddenText) {
    // Hidden text that reads as an order is an attack on its own: nobody hides documentation.
    for (const s of splitSentences(hiddenText, limits)) {
      const c = cuesOf(s.text);
      const p = sigmoid(clauseScore(model.weights, model.bias, s.text, c, 0, c, role));
      // Text handed over to be carried out once decoded is an order when it asks anything at all.
      // A download piped or substituted into a shell asks nothing in words, but the text said to run it.
      const obeyed = (hidden & Hidden.Obeyed) !== 0 && ((c & asksSomething) !== 0 || runsDownload(s.text));
      const ran = obeyed && (c & asksSomething) === 0;
      // Encoded text that opens with an act no data may hand the model (reader-acts.ts: a defence lowered,
      // private data made public, a secret dropped where others read it) is an order whatever it scores.
      if (!order && !(c & Cue['code-like']) && p < model.thresholds.strict && !obeyed && readerAct(s.text)) {
        order = { rule: 'semantic/hidden-instruction', message: 'Hidden or encoded text carries instructions to the model', sentence: s.text.slice(0, 200), start: 0 };
      }
      if ((p >= model.thresholds.strict || obeyed) && (!(c & Cue['code-like']) || ran) && !order) {
        order = { rule: 'semantic/hidden-instruction', message: 'Hidden or encoded text carries instructions to the model', sentence: s.text.slice(0, 200), start: 0 };
      }
    }
  }
  // The last clause with a URL left open for a value: what fills it may come a few clauses later.
  let opener = -1;
  // Whether the text may set instructions aside at all, tested at the first clause that does.
  let overrides = overridable === undefined ? true : undefined;
  // Whether the text is a mail, read when a clause may relay a third party's wish (attributed.ts).
  let mail: boolean | undefined;
  // Whether the text is a message from a named sender, read when a clause may ask its reader (attributed.ts).
  let message: boolean | undefined;
  for (let i = 0; i < count; i++) {
    const facts = factsOf[i]!;
    const text = texts[i]!;
    let cues = facts.cues;
    const scoredHere = (cues & scoredCues) !== 0 || !lean;
    if (scoredHere) facts.withNgrams(model.weights, model.bias, text).scoreIn(model.weights, i > 0 ? factsOf[i - 1]!.cues : 0, textCues, role);
    // An unscored clause's z is read by nobody (see scoreReadingCues).
    const z = scoredHere ? facts.z : Number.NaN;
    // A mail relaying a third party's wish to its reader is data: never the top clause, no impersonation.
    const relayed = role === 'content' && (cues & Cue.impersonation) !== 0 && relayedRequest(text, cues) && (mail ??= isMail(count, (k) => texts[k]!));
    if (relayed) cues &= ~Cue.impersonation;
    // A message's polite request for something of its reader's asks the user, not the model: never the top clause.
    const asksReader = role === 'content' && !relayed && (cues & Cue['polite-request']) !== 0 && askedOfReader(text, cues) && (message ??= isMessage(count, (k) => texts[k]!));
    if (scoredHere && z > best && !relayed && !asksReader) {
      best = z;
      at = i;
    }
    const previous = i > 0 ? texts[i - 1]! : '';
    const before = i > 0 ? factsOf[i - 1] : undefined;
    if (!order && cues) {
      const found = orderIn(cues, role, z, text, previous);
      if (found) order = { ...found, sentence: text.slice(0, 200), start: starts[i]! };
    }
    // Orders read by their grammar and by what they name, in any language (read-orders.ts); a clause marked
    // code-like only by a keyword that is an English word here ("would let", "crm-import@…") is prose.
    if (!order && (!(cues & Cue['code-like']) || facts.proseDespiteKeyword(text))) {
      // What a clause's facts remember depends on the clause and the one before only: a URL left open further
      // back, or a relayed wish's masked cues, are read afresh.
      const far = opener >= 0 && opener < i - 1 && i - opener <= 4 ? texts[opener]! : '';
      const found = far === '' && !relayed ? facts.orderAfter(text, role, previous, before) : readOrder(text, facts, cues, role, previous, before?.cues ?? 0, far);
      if (found) order = { ...found, sentence: text.slice(0, 200), start: starts[i]! };
    }
    if (!order && cues & Cue['code-like']) {
      const found = orderInCode(text, role, facts.gates, previous, i > 1 ? texts[i - 2]! : '', facts.moreGates);
      if (found) order = { ...found, sentence: text.slice(0, 200), start: starts[i]! };
    }
    if (cues & Cue['network-send'] && mayHoldOpenUrl(text)) opener = i;
    if (!order && facts.setsAside(text) && (overrides ??= mayOverride(overridable!))) {
      const next = i + 1 < count ? i + 1 : i;
      if (namesTarget(text, cues) || namesTarget(texts[next]!, factsOf[next]!.cues)) {
        order = { rule: 'semantic/overrides-instructions', message: "Text sets the model's instructions aside and asks for secrets, a command or data sent out", sentence: text.slice(0, 200), start: starts[i]! };
      }
    }
  }
  // The maximum over many clauses grows with their number: long documents need a clearer clause. A clause
  // that shows no cue (a line of a log, a table, filler) is far less likely to score high by chance, so it
  // counts half: padding an order with such lines lowers its score less (at most by log 10, not log 20).
  const penalty = Math.max(0, Math.log((cued + (count - cued) / 2) / 20));
  if (lean) {
    // Below the floor, the best of the clauses showing a read cue (or more) tops no read score; else every
    // clause is scored, as without `reads`: the ones left unscored above now (no clause of metadata is
    // relayed). On a tie the earlier clause tops, as in one pass.
    if (!order && (at < 0 || sigmoid(best - penalty) < reads.floor)) return nothingTopped(textCues, hidden, marks);
    for (let i = 0; i < count; i++) {
      if ((factsOf[i]!.cues & scoredCues) !== 0) continue;
      const facts = factsOf[i]!.withNgrams(model.weights, model.bias, texts[i]!);
      facts.scoreIn(model.weights, i > 0 ? factsOf[i - 1]!.cues : 0, textCues, role);
      if (facts.z > best || (facts.z === best && i < at)) {
        best = facts.z;
        at = i;
      }
    }
  }
  if (at < 0) return nothingTopped(textCues, hidden, marks);
  const score = sigmoid(best - penalty);
  const sentence = texts[at]!.slice(0, 200);
  const start = starts[at]!;
  const cues = factsOf[at]!.cueNames;
  return order ? { score, sentence, start, cues, textCues, hidden, marks, order } : { score, sentence, start, cues, textCues, hidden, marks };
}
