import { Cue, cueList, cuesOf, type CueName } from './cues.js';
import { type ClauseNgrams, clauseNgrams, clauseScore, scoreWithNgrams, type TextRole } from './features.js';
import type { InstructionModel } from './model.js';
import type { RecentTexts } from '../recent.js';
import { type OrderMatch, orderIn } from './orders.js';
import { mayOverride, namesTarget, setsInstructionsAside } from './overrides.js';
import { readText } from './reading.js';
import { splitSentences, type SplitLimits } from './sentences.js';

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
  /** The first clause whose cues alone break a rule (see orders.ts), with that clause. */
  readonly order?: OrderMatch & { readonly sentence: string; readonly start: number };
}

export interface AnalyzeLimits extends SplitLimits {
  /** Longest text read; the rest is not analysed. */
  readonly maxTextLength: number;
}

export const defaultAnalyzeLimits: AnalyzeLimits = { maxTextLength: 64 * 1024, maxSentences: 400, maxSentenceLength: 400 };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** What a clause says on its own: its cues and the n-gram part of its score under one model. */
export interface ClauseFacts {
  readonly cues: number;
  readonly ngrams: ClauseNgrams;
}

/** Clause facts remembered by clause text, for one model (clauses recur: schema words, arguments described alike). */
export interface ClauseMemo {
  readonly model: InstructionModel;
  readonly clauses: RecentTexts<ClauseFacts>;
}

function clauseFacts(text: string, model: InstructionModel, memo: ClauseMemo | undefined): ClauseFacts {
  const usable = memo !== undefined && memo.model === model ? memo : undefined;
  const known = usable?.clauses.get(text);
  if (known !== undefined) return known;
  const facts = { cues: cuesOf(text), ngrams: clauseNgrams(model.weights, model.bias, text) };
  usable?.clauses.set(text, facts);
  return facts;
}

/**
 * Scores every clause of `raw` and keeps the most instruction-like one. Linear in the text. `memo` keeps
 * what each clause says on its own; the analysis is the same with or without it.
 */
export function analyzeText(raw: string, role: TextRole, model: InstructionModel, limits: AnalyzeLimits = defaultAnalyzeLimits, memo?: ClauseMemo): InstructionAnalysis {
  const reading = readText(raw, limits.maxTextLength, role === 'metadata' ? 'hidden' : 'plain');
  const sentences = splitSentences(reading.text, limits);
  const facts = sentences.map((s) => clauseFacts(s.text, model, memo));
  const cues = facts.map((f) => f.cues);
  let textCues = 0;
  for (const c of cues) textCues |= c;
  let best = -Infinity;
  let at = -1;
  let order: InstructionAnalysis['order'];
  if (reading.hiddenText) {
    // Hidden text that reads as an order is an attack on its own: nobody hides documentation.
    for (const s of splitSentences(reading.hiddenText, limits)) {
      const c = cuesOf(s.text);
      const p = sigmoid(clauseScore(model.weights, model.bias, s.text, c, 0, c, role));
      if (p >= model.thresholds.strict && !(c & Cue['code-like']) && !order) {
        order = { rule: 'semantic/hidden-instruction', message: 'Hidden or encoded text carries instructions to the model', sentence: s.text.slice(0, 200), start: 0 };
      }
    }
  }
  // One test over the whole text before any clause is looked at for it (most texts set nothing aside).
  const overrides = mayOverride(reading.text);
  for (let i = 0; i < sentences.length; i++) {
    const z = scoreWithNgrams(model.weights, facts[i]!.ngrams, cues[i]!, i > 0 ? cues[i - 1]! : 0, textCues, role);
    if (z > best) {
      best = z;
      at = i;
    }
    if (!order && cues[i]) {
      const found = orderIn(cues[i]!, role, sigmoid(z));
      if (found) order = { ...found, sentence: sentences[i]!.text.slice(0, 200), start: sentences[i]!.start };
    }
    const next = i + 1 < sentences.length ? i + 1 : i;
    if (!order && overrides && setsInstructionsAside(sentences[i]!.text, cues[i]!) && (namesTarget(sentences[i]!.text, cues[i]!) || namesTarget(sentences[next]!.text, cues[next]!))) {
      order = { rule: 'semantic/overrides-instructions', message: "Text sets the model's instructions aside and asks for secrets, a command or data sent out", sentence: sentences[i]!.text.slice(0, 200), start: sentences[i]!.start };
    }
  }
  if (at < 0) return { score: 0, sentence: '', start: 0, cues: [], textCues, hidden: reading.hidden };
  const top = sentences[at]!;
  // The maximum over many clauses grows with their number: long documents need a clearer clause.
  const penalty = Math.max(0, Math.log(sentences.length / 20));
  return {
    score: sigmoid(best - penalty),
    sentence: top.text.slice(0, 200),
    start: top.start,
    cues: cueList(cues[at]!),
    textCues,
    hidden: reading.hidden,
    ...(order ? { order } : {}),
  };
}
