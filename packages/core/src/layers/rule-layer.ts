import { type CompiledRule, type RuleLayerName, scanWord } from '../rules/compile.js';
import { FoundLiterals, LiteralIndex } from '../rules/literal-index.js';
import { atWordStart, foldSeparators, isPhrase, isSeparator, type PhraseCheck, phraseAt, phraseCheck, wordAfterSeparators } from '../rules/phrases.js';
import { applies, execRule, longValue, maxHits, signalEvidence, unlessHolds } from '../rules/match.js';
import { rangesFromParts } from '../rules/dfa-range.js';
import { builtWordStarts } from '../rules/word-start-table.js';
import { defineLayer } from '../layer.js';
import { type CacheBounds, noCaches } from '../recent.js';
import { placeInRoots } from './safe-zones.js';
import { sentToItsIssuer } from '../secrets/issuers.js';
import { keptWhereItBelongs } from '../secrets/secret-stores.js';
import { onlyInAttackSpecimens } from '../values/labelled-specimens.js';
import { credentialFileWrittenWhole } from '../paths/write-targets.js';
import { runsOnlyOfficialInstallers } from '../commands/analyze.js';
import { onlyDocumentedExampleKeys } from '../secrets/documented-examples.js';
import type { Limits } from '../limits.js';
import type { EffectiveSafeZones, Layer, LayerContext, LayerFinding, LayerRule, Phase, ProfileName, ScannedValue } from '../types.js';
import { pathForm } from '../values/forms.js';
import { allKinds, Kind } from '../values/kinds.js';
import { Scanned, unquotedText } from '../values/scanned.js';
import { guidanceBlanked } from '../text/agent-guidance.js';
import { documentTopicsBlanked } from '../text/document-topics.js';
import { covertStatementsBlanked } from '../text/covert-statements.js';
import { statedReadsBlanked } from '../text/stated-reads.js';
import { joinedParts, partsKeptFrom } from '../text/normalize.js';
import { dataOrdersSetAsideBlanked } from '../text/data-instructions.js';
import { startsWord, wordStartLiterals } from '../text/word-start-literals.js';

const maxPerArgument = 8;

const phaseOf: Readonly<Record<RuleLayerName, Phase>> = { preflight: 'normalize', rules: 'rules', camouflage: 'camouflage' };

const descriptions: Readonly<Record<RuleLayerName, string>> = {
  preflight: 'Normalization signals: encodings, hidden and lookalike characters',
  rules: 'Signature rules over argument and result values, by value kind',
  camouflage: 'Text that tries to talk the guard or a reviewer into trusting a message',
};

/** Where one rule's literals occur in one form of a value. */
interface RuleHits {
  /** Start offsets of prefilter literals (sorted, as the scan goes left to right). */
  readonly anchors: number[];
  /** Start offsets of each `near` group's literals. */
  readonly near: number[][] | undefined;
}

/**
 * The hits of one form: where each rule's literals are (a form longer than `longValue`, matched in
 * windows around them), or, for a form matched whole, only which rules have a prefilter hit and a hit in
 * every `near` group (ascending rule indexes: no map per form).
 */
type FormHits = ReadonlyMap<number, RuleHits> | readonly number[];

// Shared by every form without hits; never written to.
const noHits: readonly number[] = Object.freeze([]);
const noCandidates: readonly number[] = Object.freeze([]);
/** Rule lists a plan shares at most (each set of rules that hits a form together is one; there are few). */
const maxSharedLists = 4096;
/** Flags of a use in {@link RulePlan}'s uses: a word of a literal written with whitespace (forms matched whole only). */
const useShort = 1;
/** A use with phrase checks, one of which must hold at a hit (see phraseCheck): the others need no look at their checks. */
const useChecked = 2;
/** Rules about a path leaving its folder, which safe zones answer better when they are configured. */
const climbing: ReadonlySet<string> = new Set(['path/traversal']);
// Tokens and webhook URLs whose issuing service is known (secrets/issuers.ts): sent in its own header to it,
// or a webhook posted to, they are let be; so is a key kept where keys belong (a secret store of the user's
// own account, the environment of the command that uses it: secrets/secret-stores.ts).
const issued: ReadonlySet<string> = new Set(['secret/vcs-token', 'secret/api-key']);
// A file that holds logins and settings both (Maven's settings.xml), written whole by a call that carries its
// text, is judged by what the text sets (paths/write-targets.ts), not as a credential file touched.
const writtenWhole: ReadonlySet<string> = new Set(['path/credential-file']);
// A vendor's official installer piped to a shell (commands/official-installers.ts) is setup, judged by the
// command analysis (cmd/official-installer-run), not a download run.
const installs: ReadonlySet<string> = new Set(['cmd/pipe-to-shell']);
// AWS's documented example keys written into a project file (a fixture) authenticate nowhere (secrets/documented-examples.ts).
const exampleKeys: ReadonlySet<string> = new Set(['secret/cloud-credential']);

/** Whether a text (any case) holds what `rule` matches: read again on the parts of a value an exception keeps. */
const carries =
  (rule: CompiledRule) =>
  (text: string): boolean =>
    execRule(rule, text.toLowerCase(), undefined, undefined, false) !== undefined;

/** What a rule layer reported for one value: (rule, evidence) pairs, in order. */
type Reported = readonly (readonly [rule: CompiledRule, evidence: string])[];
const nothingReported: Reported = Object.freeze([]);
const layerIndex: Readonly<Record<RuleLayerName, number>> = { preflight: 0, rules: 1, camouflage: 2 };

/**
 * What each rule layer reported for a value, remembered by everything the rules read of it: its text (and
 * the forms made from it), its kinds, declared kinds and signals, its raw text where signal-only rules
 * quote it, and the method. Servers send the same descriptions and schema words in every list.
 */
interface Remembered {
  readonly plan: RulePlan;
  readonly method: string | undefined;
  readonly kindMask: number;
  readonly declaredMask: number;
  readonly quoted: boolean;
  readonly mayQuote: boolean;
  readonly written: boolean;
  readonly signalMask: number;
  readonly raw: string;
  /** By layer index; undefined until the layer reads a value of these. */
  readonly reported: (Reported | undefined)[];
  /** Bits (by layer index) of the layers known to report nothing: most values of a list, at one look. */
  quiet: number;
  /** The variant kept before this one (a reading keeps its latest few, newest first). */
  older: Remembered | undefined;
}

/** Variants of a text's reports kept on its reading (kinds, methods, senders' plans). */
const maxVariants = 8;

/**
 * What the plan knows of the value it is matching: the hits in each of its forms (a form it does not have
 * is its text, with the text's hits), and the rules worth trying on it. One scratch object per plan,
 * filled for each value (a value's rule layers are matched in one walk, and matches never nest), not an
 * object per value: a message of 190,000 matching URLs kept 190,000 of them until it was read.
 */
interface ValueState {
  textHits: FormHits;
  pathHits: FormHits;
  commandHits: FormHits;
  urlHits: FormHits;
  /** Rule indexes, ascending, each once. */
  candidates: readonly number[];
}

/** The rules one sender's messages can trigger, with one literal index over all their prefilters (also the rule tester's matcher). */
export class RulePlan {
  readonly rules: readonly CompiledRule[];
  readonly #index: LiteralIndex;
  /**
   * Literal id → its uses u in [useSpan[2 id], useSpan[2 id + 2]), each (rule, role) at `#uses[4 u]`,
   * `#uses[4 u + 1]`; its `near` uses begin at useSpan[2 id + 1]: a literal's
   * prefilter uses (role -1) come first, so a short form's two passes each read only the uses they look for
   * (a tool list's common words are used both ways). It is a prefilter literal (a hit of it makes a
   * candidate) when it has prefilter uses, in a `near` group when it has `near` uses. One array, the three
   * numbers side by side: a hit's literal is read from one cache line, not from four arrays.
   */
  readonly #useSpan: Int32Array;
  /**
   * Per use `u`, four numbers from `4 u`: its rule, its role (-1 the prefilter, else the `near` group), its
   * flags ({@link useShort}, {@link useChecked}) and its word-start mark (1 when in a long form its hits
   * count only where they start a word, see word-start-literals.ts: `ai` of `main` opens no window; filled
   * in per rule the first time a long form has a hit of it, {@link #wordStartsRead}, as reading a rule's
   * patterns costs milliseconds). Side by side, a hit's use is one cache line, not four arrays.
   */
  readonly #uses: Int32Array;
  /** Rules without a prefilter or signals: candidates for every value. */
  readonly #always: readonly number[];
  /** Rules without a prefilter that need a normalization signal: candidates only for values with signals. */
  readonly #onSignals: readonly number[];
  /** Per literal id, whether it is some rule's prefilter literal in long forms, where the words of literals written with whitespace are not used. */
  readonly #anchoringLong: Uint8Array;
  /**
   * Per use of such a word, the checks of the phrases it stands for, one of which must hold at a hit
   * (see phraseCheck); undefined for a literal looked for as written or a word that needs no check.
   */
  readonly #useChecks: (readonly PhraseCheck[] | undefined)[];
  /**
   * Per use with checks, the word's length and then what each check needs next to it, two entries each (see
   * {@link phraseSides}), or undefined when no check needs anything there: most hits of a common word (`are` of `are not`, `we
   * are`) are ruled out by one character beside them, without calling the check.
   */
  readonly #useSides: (Int32Array | undefined)[];
  // Scratch of one scan (scans never nest): the (literal, start) pairs found, in order, at most `maxHits`
  // per literal (so at most `maxHits` per rule, as the first ones of a rule are the first ones of its literals).
  readonly #found: FoundLiterals;
  /** The second scratch of a scan that reads two forms at once (a URL and its path form). */
  readonly #foundDropped: FoundLiterals;
  /** Scratch of {@link #longHits}: 1 for each literal found whose hits go into some rule's entry. */
  readonly #useful: Uint8Array;
  /** Per rule, what the hits of a form up to `longValue` long come to when every `near` group has one:
   * such forms are matched whole, so only whether there are hits counts, not where (shared, never written). */
  readonly #present: readonly RuleHits[];
  /** Scratch of one short form: bits of the `near` groups of each rule that have a hit. */
  readonly #groupsHit: Int32Array;
  /** Whether every rule's `near` groups fit in the bits of {@link #groupsHit}. */
  readonly #groupsFit: boolean;
  /** Per rule, {@link #groupsHit} with every `near` group hit (0: it has none). */
  readonly #allGroups: Int32Array;
  /** Scratch of one short form: 1 for each rule with a prefilter hit. */
  readonly #anchoredRules: Uint8Array;
  /** Scratch of one long form: each rule's entry while its hits are collected. */
  readonly #entries: (RuleHits | undefined)[];
  /** Scratch of {@link match}: the forms one rule looks at (the `found` callback never matches again). */
  readonly #ruleForms: string[] = [];
  /** Scratch of {@link #shortHits}: the rules with a prefilter hit in one form. */
  readonly #shortRules: number[] = [];
  /** Scratch of {@link #mergedCandidates}. */
  readonly #merging: number[] = [];
  /** Scratch of {@link #state}: the hits of a value's distinct forms. */
  readonly #formHits: FormHits[] = [noHits, noHits, noHits, noHits];
  /** The {@link #state} of the value being matched (its candidates {@link noCandidates} between values). */
  readonly #valueState: ValueState = { textHits: noHits, pathHits: noHits, commandHits: noHits, urlHits: noHits, candidates: noCandidates };
  /**
   * Rule lists (ascending, each rule once) by a hash of their rules: a form's hits and a value's candidates
   * are one of a few lists, shared by every value that has them (never written), not an array per value
   * (a message of 190,000 matching URLs made 380,000). At most {@link maxSharedLists} are kept.
   */
  readonly #lists = new Map<number, (readonly number[])[]>();
  #listCount = 0;
  /** Longest text whose reports are remembered (the guard's `caches` option; -1: none are). */
  readonly #maxTextLength: number;
  /**
   * Texts a message may still start remembering reports for (reset by {@link startMessage}): at most half
   * the cache per message, so a message of 100,000 values read before does not pay a list per value.
   */
  #newTexts: number;
  readonly #newPerMessage: number;
  /** Whether a rule without patterns may apply to a value without signals (then its raw text is evidence). */
  readonly #quotesPlainRaw: boolean;
  /** Per rule, the index of its layer (preflight 0, rules 1, camouflage 2). */
  readonly #layerOf: Uint8Array;
  /** Scratch of {@link #matchLayers} on a value whose reports are remembered: what each layer reported, and whether with all evidence. */
  readonly #recorded: ([CompiledRule, string][] | undefined)[] = [undefined, undefined, undefined];
  readonly #recordedWhole: boolean[] = [true, true, true];
  /**
   * Per literal id that is the longest word of phrases (`follow` of `stop follow`): those phrases, folded,
   * with the word's offsets in them. In a long form a phrase is looked for as written, and, where its word
   * occurs, with the separators around it read as the patterns read them ({@link phraseAt}).
   */
  readonly #phrasesOf: (PhraseOfWord[] | undefined)[];
  /**
   * Per literal id: 0 when it is no phrase's word, else 16, with bit 1 when every phrase has a separator right
   * after the word, 2 right before it; 4 when a phrase asks for the character past the separators after it, 8 before.
   */
  readonly #phraseBounds: Uint8Array;
  readonly #wordStartsRead: Uint8Array;
  readonly #literalIds: ReadonlyMap<string, number>;
  /** The literals by id, and their lengths. */
  readonly #literals: readonly string[];
  readonly #literalLengths: Int32Array;
  /**
   * The rules with a `methods` list, and per rule whether it cannot apply to the method of the value being
   * matched (1), for {@link #excludedFor}'s method: such a rule is never a candidate (#matchCandidates would pass
   * it over), so its hits are not checked (a tool list's descriptions hit rules of tool results on every tool).
   */
  readonly #restricted: readonly number[];
  readonly #excluded: Uint8Array;
  #excludedFor: string | undefined | null = null;
  #excludesAny = false;
  /** {@link #excluded} while a value is matched and some rule is excluded for its method, else undefined. */
  #excluding: Uint8Array | undefined = undefined;

  /**
   * Adds to the scan's hits (after them) the phrases found around their words in a long form with other
   * separators than written. Most texts have none.
   */
  #findPhrases(text: string, found: FoundLiterals): void {
    const length = found.length;
    const bounds = this.#phraseBounds;
    const lengths = this.#literalLengths;
    // The scan's pairs: `found.add` may move them to a larger array, which holds the same ones.
    const pairs = found.pairs;
    for (let k = 0; k < length; k += 2) {
      const word = pairs[k]!;
      const b = bounds[word]!;
      if (b === 0) continue;
      const start = pairs[k + 1]!;
      // Inside a longer word (`are` of `software`), a word is in none of its phrases.
      if ((b & 1 && !isSeparator(String.prototype.charCodeAt.call(text, start + lengths[word]!))) || (b & 2 && !isSeparator(String.prototype.charCodeAt.call(text, start - 1)))) continue;
      this.#collectPhrases(word, start, text, found);
    }
  }

  /** The phrases of a word found at `start` that occur around it with other separators than written. */
  #collectPhrases(word: number, start: number, text: string, found: FoundLiterals): void {
    const length = this.#literalLengths[word]!;
    const bounds = this.#phraseBounds[word]!;
    // The characters next to the word past the separators around it: most phrases of a common word
    // (`you can`, `you are`, `to you`) are told apart by them without reading further.
    const after = bounds & 4 ? wordAfter(text, start + length) : -1;
    const before = bounds & 8 ? wordBefore(text, start - 1) : -1;
    const phrases = this.#phrasesOf[word]!;
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      const next = phrase.after;
      const previous = phrase.before;
      if ((next >= 0 && next !== after) || (previous >= 0 && previous !== before)) continue;
      const { literal, folded, offsets } = phrase;
      for (let o = 0; o < offsets.length; o++) {
        const at = phraseAt(text, start, folded, offsets[o]!, length);
        // Written as the literal is, the scan finds it itself.
        if (at >= 0 && !text.startsWith(this.#literals[literal]!, at)) found.add(literal, at);
        if (at >= 0) break;
      }
    }
  }

  constructor(rules: readonly CompiledRule[], caches: CacheBounds = noCaches) {
    this.rules = rules;
    this.#maxTextLength = caches.maxEntries === 0 ? -1 : caches.maxTextLength;
    this.#newPerMessage = Math.ceil(caches.maxEntries / 2);
    this.#newTexts = this.#newPerMessage;
    // A rule has a regex exactly when it has patterns: asked first, so that no bundled rule is compiled here.
    this.#quotesPlainRaw = rules.some((rule) => rule.patterns === undefined && rule.regex === undefined && rule.signals === 0);
    const literalIds = new Map<string, number>();
    /**
     * Literal id → (rule index, role, short, checks) uses; role -1 is the prefilter, ≥ 0 a `near` group;
     * short 1 for a word of a literal written with whitespace, used only in forms matched whole (see
     * scanLiterals): in a long form a common word would open a window at each of its thousands of hits.
     * Such a word's checks are those of the phrases it stands for for that rule and role (null: none needed).
     */
    const uses: [rule: number, role: number, short: number, checks: PhraseCheck[] | null, sides: number[]][][] = [];
    const always: number[] = [];
    const onSignals: number[] = [];
    const use = (literal: string, rule: number, role: number, short: number, check: PhraseCheck | undefined, sides: readonly number[] = anySide): void => {
      let id = literalIds.get(literal);
      if (id === undefined) {
        id = uses.length;
        literalIds.set(literal, id);
        uses.push([]);
      }
      const known = uses[id]!.find(([r, o]) => r === rule && o === role);
      if (known === undefined) uses[id]!.push([rule, role, short, check === undefined ? null : [check], [...sides]]);
      // A use as written, or one that needs no check, makes every hit count.
      else if (known[3] !== null) {
        if (short === 0 || check === undefined) known[3] = null;
        else if (!known[3].includes(check)) {
          known[3].push(check);
          known[4].push(...sides);
        }
      }
    };
    const group = (literals: readonly string[], rule: number, role: number): void => {
      for (const literal of literals) use(literal, rule, role, 0, undefined);
      for (const literal of literals) {
        const word = scanWord(literal);
        if (word !== undefined && rules[rule]!.phrases) use(word, rule, role, 1, phraseCheck(literal, word), phraseSides(literal, word));
        else if (word !== undefined) use(word, rule, role, 1, undefined);
        // Only adds hits: the literal as written is looked for as before.
        const short = word === undefined && rules[rule]!.phrases ? wordAfterSeparators(literal) : undefined;
        if (short !== undefined) use(short, rule, role, 1, atWordStart);
      }
    };
    rules.forEach((rule, i) => {
      if (!rule.prefilter) {
        (rule.signals !== 0 ? onSignals : always).push(i);
        return;
      }
      group(rule.prefilter, i, -1);
      rule.near?.forEach((literals, g) => group(literals, i, g));
    });
    this.#literals = [...literalIds.keys()];
    this.#literalIds = literalIds;
    this.#index = new LiteralIndex(this.#literals);
    this.#literalLengths = this.#index.lengths;
    this.#phrasesOf = new Array<PhraseOfWord[] | undefined>(this.#literals.length).fill(undefined);
    for (const [literal, id] of literalIds) {
      const word = scanWord(literal);
      if (word === undefined || !isPhrase(literal) || !uses[id]!.some(([, , short]) => short === 0)) continue;
      const folded = foldSeparators(literal);
      const offsets: number[] = [];
      for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) offsets.push(at);
      const first = offsets[0]!;
      const end = first + word.length;
      // Only where the word is followed (preceded) by a space and a character in every reading of the phrase.
      const after = offsets.length === 1 && folded[end] === ' ' && end + 1 < folded.length ? folded.charCodeAt(end + 1) : -1;
      const before = offsets.length === 1 && folded[first - 1] === ' ' && first >= 2 ? folded.charCodeAt(first - 2) : -1;
      (this.#phrasesOf[literalIds.get(word)!] ??= []).push({ literal: id, folded, offsets, after, before });
    }
    this.#phraseBounds = Uint8Array.from(this.#phrasesOf, (phrases, id) => {
      if (phrases === undefined) return 0;
      const length = this.#literals[id]!.length;
      const all = (test: (phrase: PhraseOfWord, at: number) => boolean): boolean => phrases.every((phrase) => phrase.offsets.every((at) => test(phrase, at)));
      const some = (test: (phrase: PhraseOfWord) => boolean): boolean => phrases.some(test);
      return (
        16 |
        (all((p, at) => p.folded[at + length] === ' ') ? 1 : 0) |
        (all((p, at) => p.folded[at - 1] === ' ') ? 2 : 0) |
        (some((p) => p.after >= 0) ? 4 : 0) |
        (some((p) => p.before >= 0) ? 8 : 0)
      );
    });
    // Prefilter uses first (stable): the order of a literal's uses is otherwise never read.
    for (let id = 0; id < uses.length; id++) uses[id] = [...uses[id]!.filter(([, role]) => role < 0), ...uses[id]!.filter(([, role]) => role >= 0)];
    this.#useSpan = new Int32Array(2 * uses.length + 1);
    uses.forEach((list, id) => {
      this.#useSpan[2 * id + 1] = this.#useSpan[2 * id]! + list.filter(([, role]) => role < 0).length;
      this.#useSpan[2 * id + 2] = this.#useSpan[2 * id]! + list.length;
    });
    this.#uses = new Int32Array(4 * uses.flat().length);
    uses.flat().forEach(([rule, role, short, checks], u) => {
      this.#uses[4 * u] = rule;
      this.#uses[4 * u + 1] = role;
      this.#uses[4 * u + 2] = (short === 1 ? useShort : 0) | (checks === null ? 0 : useChecked);
    });
    this.#useChecks = uses.flat().map(([, , , checks]) => checks ?? undefined);
    // The word's length first, then the checks' pairs.
    this.#useSides = uses.flatMap((list, id) =>
      list.map(([, , , checks, sides]) => (checks === null || sides.every((c) => c < 0) ? undefined : Int32Array.from([this.#literals[id]!.length, ...sides]))),
    );
    this.#wordStartsRead = new Uint8Array(rules.length);
    this.#always = always;
    this.#onSignals = onSignals;
    this.#anchoringLong = new Uint8Array(uses.length);
    this.#found = new FoundLiterals(uses.length, maxHits);
    this.#foundDropped = new FoundLiterals(uses.length, maxHits);
    this.#useful = new Uint8Array(uses.length);
    // One hit at the start stands for "some": shared by every entry, never written (only long forms grow lists).
    const somewhere = [0];
    this.#present = rules.map((rule) => Object.freeze({ anchors: somewhere, near: rule.near ? rule.near.map(() => somewhere) : undefined }));
    this.#groupsHit = new Int32Array(rules.length);
    this.#groupsFit = rules.every((rule) => (rule.near?.length ?? 0) <= 30);
    this.#allGroups = Int32Array.from(rules, (rule) => (this.#groupsFit ? (1 << (rule.near?.length ?? 0)) - 1 : 0));
    this.#anchoredRules = new Uint8Array(rules.length);
    this.#layerOf = Uint8Array.from(rules, (rule) => layerIndex[rule.layer]);
    this.#restricted = rules.flatMap((rule, i) => (rule.methods === undefined ? [] : [i]));
    this.#excluded = new Uint8Array(rules.length);
    this.#entries = new Array<RuleHits | undefined>(rules.length).fill(undefined);
    uses.forEach((list, id) => {
      if (list.some(([, role, short]) => role < 0 && short === 0)) this.#anchoringLong[id] = 1;
    });
  }

  /**
   * Prefilter and `near` hits of every rule in one form. The scan only collects (literal, start) pairs;
   * entries are made afterwards, and only for rules with a prefilter hit: `near` hits of a rule that is
   * not a candidate are never read. Most forms hold no prefilter literal at all and cost no allocation.
   */
  hitsIn(text: string): FormHits {
    const parts = text.length >= partsKeptFrom ? joinedParts(text) : undefined;
    if (parts === undefined) this.#index.collect(text, this.#found);
    else {
      this.#index.collectJoined(text, parts, this.#found);
      // The rules' windows over the text are copied from its parts too (let go of by #endValue).
      rangesFromParts(text, parts);
    }
    return this.#hitsFound(text, this.#found);
  }

  /** {@link hitsIn} of a form whose literals the scan found (in {@link #found}). */
  #hitsFound(text: string, found: FoundLiterals): FormHits {
    if (text.length > longValue) this.#findPhrases(text, found);
    const pairs = found.pairs;
    const length = found.length;
    found.release();
    if (!this.#anchoredIn(found)) return noHits;
    if (text.length <= longValue && this.#groupsFit) return this.#shortHits(text, pairs, length, text, -1);
    return this.#longHits(text, found, pairs, length);
  }

  /**
   * {@link hitsIn} of the form that is `source` (at most `longValue` long) less its character at `drop` (a
   * URL's path form), whose literals the scan of `source` found (in {@link #foundDropped}): read in
   * `source`, the form itself made only if a phrase's check must read it.
   */
  #droppedHits(source: string, drop: number): FormHits {
    const found = this.#foundDropped;
    const pairs = found.pairs;
    const length = found.length;
    found.release();
    if (!this.#anchoredIn(found)) return noHits;
    if (this.#groupsFit) return this.#shortHits(undefined, pairs, length, source, drop);
    return this.#longHits(droppedForm(source, drop), found, pairs, length);
  }

  /** Whether one of the literals found is a prefilter literal (the form has candidates). Reads each literal once, not each hit. */
  #anchoredIn(found: FoundLiterals): boolean {
    const span = this.#useSpan;
    for (let d = 0; d < found.distinctLength; d++) {
      const id = found.distinct[d]!;
      if (span[2 * id + 1]! > span[2 * id]!) return true;
    }
    return false;
  }

  /**
   * Hits of a form longer than `longValue`, matched in windows around them: an entry per rule with a
   * prefilter hit (made once per literal found, not per hit), then every hit's start in the entries of
   * its rules. The loops are a method of their own: the scan that comes before them runs for every value.
   */
  #longHits(text: string, found: FoundLiterals, pairs: Int32Array, length: number): FormHits {
    const hits = new Map<number, RuleHits>();
    // Entries by rule index while they are filled (a megabyte of prose has tens of thousands of hits: an
    // array read each, not a map look-up), emptied again before returning.
    const entries = this.#entries;
    const { distinct, distinctLength } = found;
    const excluding = this.#excluding;
    for (let d = 0; d < distinctLength; d++) {
      const literal = distinct[d]!;
      if (this.#anchoringLong[literal] !== 1) continue;
      for (let u = this.#useSpan[2 * literal]!, end = this.#useSpan[2 * literal + 2]!; u < end; u++) {
        if (this.#uses[4 * u + 2]! & useShort) continue;
        const rule = this.#uses[4 * u]!;
        if (entries[rule] !== undefined || (excluding !== undefined && excluding[rule] === 1)) continue;
        const groups = this.rules[rule]!.near;
        if (this.#wordStartsRead[rule] === 0) this.#readWordStarts(rule);
        const entry = { anchors: [], near: groups ? groups.map(() => []) : undefined };
        entries[rule] = entry;
        hits.set(rule, entry);
      }
    }
    // The literals whose hits go somewhere (most hits of a long text are of words used only in short
    // forms, or of literals whose rules have no prefilter hit): the others' hits are passed over at one look-up.
    const useful = this.#useful;
    for (let d = 0; d < distinctLength; d++) {
      const literal = distinct[d]!;
      for (let u = this.#useSpan[2 * literal]!, end = this.#useSpan[2 * literal + 2]!; u < end; u++) {
        if ((this.#uses[4 * u + 2]! & useShort) === 0 && entries[this.#uses[4 * u]!] !== undefined) useful[literal] = 1;
      }
    }
    let unsorted: Set<number[]> | undefined;
    for (let k = 0; k < length; k += 2) {
      const literal = pairs[k]!;
      if (useful[literal] !== 1) continue;
      const start = pairs[k + 1]!;
      // Whether the hit starts a word: read once, for the first use that asks.
      let wordStart = -1;
      for (let u = this.#useSpan[2 * literal]!, end = this.#useSpan[2 * literal + 2]!; u < end; u++) {
        if (this.#uses[4 * u + 2]! & useShort) continue;
        const entry = entries[this.#uses[4 * u]!];
        if (entry === undefined) continue;
        if (this.#uses[4 * u + 3] === 1) {
          if (wordStart === -1) wordStart = startsWord(text, start) ? 1 : 0;
          if (wordStart === 0) continue;
        }
        const role = this.#uses[4 * u + 1]!;
        const list = role < 0 ? entry.anchors : entry.near![role]!;
        if (list.length >= maxHits) continue;
        if (list.length > 0 && start < list[list.length - 1]!) (unsorted ??= new Set()).add(list);
        list.push(start);
      }
    }
    for (let d = 0; d < distinctLength; d++) useful[distinct[d]!] = 0;
    for (const rule of hits.keys()) entries[rule] = undefined;
    // `near` lists are searched by halves: the few that got a hit out of order (a phrase found by its word
    // comes after the scan's hits, a longer literal ends after a shorter one that starts later) are sorted.
    if (unsorted !== undefined) for (const list of unsorted) sortHits(list);
    return hits;
  }

  /** Sets the word-start marks of {@link #uses} for the uses of a rule's literals as written, from its patterns. */
  #readWordStarts(rule: number): void {
    this.#wordStartsRead[rule] = 1;
    wordStartsOf(this.rules[rule]!).forEach((literals, g) => {
      for (const literal of literals) {
        const id = this.#literalIds.get(literal)!;
        for (let u = this.#useSpan[2 * id]!, end = this.#useSpan[2 * id + 2]!; u < end; u++) {
          if (this.#uses[4 * u] === rule && this.#uses[4 * u + 1] === g - 1 && (this.#uses[4 * u + 2]! & useShort) === 0) this.#uses[4 * u + 3] = 1;
        }
      }
    });
  }

  /**
   * Whether a hit of use `u` (of `rule`) at `start` counts in a form matched whole: its phrase holds, and a
   * literal the rule's patterns need at the start of a word (see word-start-literals.ts) is at one: `arg`
   * of `large` or `ai` of `paginated` cannot begin a match, and the rule's automaton is not run over the
   * form for it. The patterns are read the first time a hit inside a word asks. Whether a hit starts a
   * word of a form that is `source` less its character at `drop` is read in `source` (the form, undefined
   * then, is made only for a phrase's check, rarer).
   */
  #countsAt(u: number, rule: number, text: string | undefined, start: number, source: string, drop: number): boolean {
    const flags = this.#uses[4 * u + 2]!;
    if (flags & useChecked && !this.#phraseHolds(u, text, start, source, drop)) return false;
    if (flags & useShort || (drop < 0 ? startsWord(source, start) : start === 0 || startsWord(source, start - 1 < drop ? start : start + 1))) return true;
    if (this.#wordStartsRead[rule] === 0) this.#readWordStarts(rule);
    return this.#uses[4 * u + 3] === 0;
  }

  /**
   * Hits of a form short enough to be matched whole: the rules with a prefilter hit and a hit in every
   * `near` group, ascending (they stand for their shared {@link #present} entries). A rule missing a group
   * could not match the form, and is left out as if it had no hit there.
   */
  #shortHits(text: string | undefined, found: Int32Array, length: number, source: string, drop: number): readonly number[] {
    // Collected in a scratch array, then copied to one of the exact size (most forms have one to three).
    const rules = this.#shortRules;
    let count = 0;
    const anchored = this.#anchoredRules;
    const groupsHit = this.#groupsHit;
    const allGroups = this.#allGroups;
    // Whether a rule with a prefilter hit has `near` groups: else their hits are not read.
    let grouped = false;
    // A rule the value's method excludes is passed over as if it were anchored already.
    const excluding = this.#excluding;
    const span = this.#useSpan;
    // Read once, not at every use (a fresh list's #shortHits 391k -> 375k).
    const uses = this.#uses;
    for (let k = 0; k < length; k += 2) {
      const literal = found[k]!;
      // The literal's prefilter uses (none: not a prefilter literal).
      for (let u = span[2 * literal]!, end = span[2 * literal + 1]!; u < end; u++) {
        const rule = uses[4 * u]!;
        if (anchored[rule] !== 0 || (excluding !== undefined && excluding[rule] !== 0)) continue;
        if (!this.#countsAt(u, rule, text, found[k + 1]!, source, drop)) continue;
        anchored[rule] = 1;
        rules[count++] = rule;
        if (allGroups[rule] !== 0) grouped = true;
      }
    }
    if (count === 0) return noHits;
    for (let k = 0; grouped && k < length; k += 2) {
      const literal = found[k]!;
      // The literal's `near` uses.
      for (let u = span[2 * literal + 1]!, end = span[2 * literal + 2]!; u < end; u++) {
        const rule = uses[4 * u]!;
        if (anchored[rule] !== 1) continue;
        const bit = 1 << uses[4 * u + 1]!;
        if ((groupsHit[rule]! & bit) === 0 && this.#countsAt(u, rule, text, found[k + 1]!, source, drop)) groupsHit[rule]! |= bit;
      }
    }
    let kept = 0;
    for (let r = 0; r < count; r++) {
      const rule = rules[r]!;
      const complete = groupsHit[rule] === allGroups[rule];
      anchored[rule] = 0;
      groupsHit[rule] = 0;
      // A rule without patterns is reported on its prefilter alone; it keeps its entry as before (asked
      // of `patterns`: the rule's `regex` would compile them).
      if (complete || this.rules[rule]!.patterns === undefined) rules[kept++] = rule;
    }
    if (kept === 0) return noHits;
    return this.#sharedList(rules, sortUnique(rules, kept));
  }

  /**
   * Whether a hit of use `u` at `start` counts: a literal as written always does, and so does a word of a
   * rule without `phrases`; a word of one with `phrases` when one of the phrases it stands for is there.
   */
  #phraseHolds(u: number, text: string | undefined, start: number, source: string, drop: number): boolean {
    const checks = this.#useChecks[u];
    if (checks === undefined) return true;
    const form = text ?? droppedForm(source, drop);
    const sides = this.#useSides[u];
    // The characters next to the word past the gaps around it, read once for all the checks.
    let after = unread;
    let before = unread;
    for (let c = 0; c < checks.length; c++) {
      if (sides !== undefined) {
        const next = sides[2 * c + 1]!;
        const previous = sides[2 * c + 2]!;
        if (next >= 0 && !sideMay(next, after === unread ? (after = wordCharFrom(form, start + sides[0]!, 1)) : after)) continue;
        if (previous >= 0 && !sideMay(previous, before === unread ? (before = wordCharFrom(form, start - 1, -1)) : before)) continue;
      }
      if (checks[c]!(form, start)) return true;
    }
    return false;
  }

  /** A rule's hits in one form: its entry, or for a short form its shared {@link #present} entry. */
  #hitsOf(hits: FormHits, rule: number): RuleHits | undefined {
    if (!isRuleList(hits)) return hits.get(rule);
    for (let r = 0; r < hits.length; r++) if (hits[r] === rule) return this.#present[rule];
    return undefined;
  }

  /**
   * The value's forms' hits and its candidate rules, in {@link #valueState} (emptied by {@link #endValue}):
   * computed once per value and message, for all the rule layers at once.
   */
  #state(value: ScannedValue): ValueState {
    const text = value.text;
    const bits = value.kindMask;
    // A path form that is the text less one character (a URL's) is scanned with the text, in one pass,
    // and made only when a rule reads it (see #matchCandidates) or another form is compared with it.
    const drop = bits & Kind.Path && text.length <= longValue && value instanceof Scanned ? value.pathDrop : -1;
    // The distinct forms, text first.
    const path = (bits & Kind.Path) === 0 ? text : drop >= 0 && (bits & Kind.Command) === 0 ? undefined : value.pathForm;
    const command = bits & Kind.Command ? value.commandForm : text;
    const url = bits & Kind.Url ? value.urlForm : text;
    const newPath = path !== text;
    const newCommand = command !== text && command !== path;
    const newUrl = url !== text && url !== path && url !== command;
    // The hits of the distinct forms, text first, in a scratch list for the candidates.
    const hits = this.#formHits;
    if (drop >= 0) this.#index.collectDropping(text, drop, this.#found, this.#foundDropped);
    const textHits = drop >= 0 ? this.#hitsFound(text, this.#found) : this.hitsIn(text);
    hits[0] = textHits;
    let n = 1;
    const pathHits = newPath ? (hits[n++] = drop >= 0 ? this.#droppedHits(text, drop) : this.hitsIn(path!)) : textHits;
    const commandHits = newCommand ? (hits[n++] = this.hitsIn(command)) : command === text ? textHits : pathHits;
    const urlHits = newUrl ? (hits[n++] = this.hitsIn(url)) : url === text ? textHits : url === path ? pathHits : commandHits;
    const signals = value.signalMask !== 0 && this.#onSignals.length !== 0;
    const candidates = this.#always.length === 0 && !signals ? this.#candidatesOf(hits, n) : this.#mergedCandidates(hits, n, signals);
    // The scratch holds no form's hits past this value (those of a long form are large).
    for (let f = 0; f < n; f++) hits[f] = noHits;
    const state = this.#valueState;
    // A value no rule is worth trying on (most) fills in nothing more: its hits are never read.
    state.candidates = candidates;
    if (candidates === noCandidates) return state;
    state.textHits = textHits;
    state.pathHits = pathHits;
    state.commandHits = commandHits;
    state.urlHits = urlHits;
    return state;
  }

  /** Lets go of what {@link #state} held of a value with candidates (a long form's hits). */
  #endValue(state: ValueState): void {
    state.candidates = noCandidates;
    state.textHits = state.pathHits = state.commandHits = state.urlHits = noHits;
    rangesFromParts(undefined);
  }

  /**
   * The rules with hits in any form. Most values have hits in one form, or in forms whose rules are all
   * among those of another (a URL's path form hits the rules its text hits): that form's list is the
   * answer, with no copy.
   */
  #candidatesOf(hits: readonly FormHits[], count: number): readonly number[] {
    let widest: readonly number[] | undefined;
    for (let f = 0; f < count; f++) {
      const formHits = hits[f]!;
      if (formHits === noHits) continue;
      if (!isRuleList(formHits)) return this.#mergedCandidates(hits, count, false);
      if (widest === undefined || formHits.length > widest.length) widest = formHits;
    }
    if (widest === undefined) return noCandidates;
    for (let f = 0; f < count; f++) {
      const formHits = hits[f] as readonly number[];
      if (formHits !== widest && formHits !== noHits && !includesAll(widest, formHits)) return this.#mergedCandidates(hits, count, false);
    }
    return widest;
  }

  /** The rules with hits in any of the first `count` forms, with the rules every value (or every value with signals) tries. */
  #mergedCandidates(hits: readonly FormHits[], count: number, signals: boolean): readonly number[] {
    const all = this.#merging;
    let n = 0;
    for (let r = 0; r < this.#always.length; r++) all[n++] = this.#always[r]!;
    if (signals) for (let r = 0; r < this.#onSignals.length; r++) all[n++] = this.#onSignals[r]!;
    for (let f = 0; f < count; f++) {
      const formHits = hits[f]!;
      if (isRuleList(formHits)) for (let r = 0; r < formHits.length; r++) all[n++] = formHits[r]!;
      else for (const [rule, entry] of formHits) if (entry.anchors.length) all[n++] = rule;
    }
    if (n === 0) return noCandidates;
    return this.#sharedList(all, sortUnique(all, n));
  }

  /**
   * The remembered reports of a value, if it may be remembered: looked up with its reading each time (a
   * value is matched once per message; a field on every value to keep what was found cost 8 bytes on each
   * of the 810 values of a tool list, and was never read again).
   */
  #rememberedOf(value: ScannedValue, method: string | undefined): Remembered | undefined {
    if (value.text.length > this.#maxTextLength || value.raw.length > this.#maxTextLength) return undefined;
    const scanned = value instanceof Scanned ? value : undefined;
    // Rules without patterns quote the raw text as evidence; signal-only ones apply only to values with signals.
    const raw = value.signalMask !== 0 || this.#quotesPlainRaw ? value.raw : '';
    const mayQuote = scanned?.mayQuote === true;
    const written = scanned?.written === true;
    // Kept with the text's reading, which the guard keeps for the texts that come again (no look-up of
    // their own); then by what else the rules read.
    const reading = scanned?.reading;
    if (reading === undefined) {
      // A value read without a reading is a text the guard meets for the first time (or one too long to
      // keep, turned away above): remembered from its second sighting on, as its reading is.
      return undefined;
    }
    const newest = reading.rules as Remembered | undefined;
    if (newest === undefined) {
      if (this.#newTexts === 0) return undefined;
      this.#newTexts--;
    }
    // The reading's variants are shared by both senders' plans; the newest is the one most values read.
    let remembered: Remembered | undefined;
    let count = 0;
    for (let v = newest; v !== undefined; v = v.older) {
      if (v.plan === this && v.method === method && v.kindMask === value.kindMask && v.declaredMask === value.declaredMask && v.quoted === value.quoted && v.mayQuote === mayQuote && v.written === written && v.signalMask === value.signalMask && v.raw === raw) {
        remembered = v;
        break;
      }
      count++;
    }
    if (remembered === undefined) {
      // A text read many ways (kinds, methods) keeps its latest few.
      if (count >= maxVariants) {
        let v = newest!;
        for (let k = 1; k < maxVariants - 1; k++) v = v.older!;
        v.older = undefined;
      }
      remembered = { plan: this, method, kindMask: value.kindMask, declaredMask: value.declaredMask, quoted: value.quoted, mayQuote, written, signalMask: value.signalMask, raw, reported: [undefined, undefined, undefined], quiet: 0, older: newest };
      reading.rules = remembered;
    }
    return remembered;
  }

  /** The first `count` entries of a scratch list as the shared list of those rules (a copy when there are too many kinds of list). */
  #sharedList(scratch: readonly number[], count: number): readonly number[] {
    let key = count;
    // Kept a small integer (a V8 Smi): a larger key would be a heap number per look-up.
    for (let i = 0; i < count; i++) key = (Math.imul(key, 31) + scratch[i]!) & 0x3fffffff;
    const known = this.#lists.get(key);
    if (known !== undefined) for (let k = 0; k < known.length; k++) if (sameRules(known[k]!, scratch, count)) return known[k]!;
    const list = Object.freeze(scratch.slice(0, count));
    if (this.#listCount < maxSharedLists) {
      this.#listCount++;
      if (known === undefined) this.#lists.set(key, [list]);
      else known.push(list);
    }
    return list;
  }

  /** Starts a message: it may remember the reports of up to half the cache's worth of new texts. */
  startMessage(): void {
    this.#newTexts = this.#newPerMessage;
  }

  /**
   * Calls `found` for each rule of `layer` that matches the value, with its evidence; when `wantsEvidence`
   * says no for a rule, only whether it matches is found out (cheaper) and the evidence is ''.
   */
  match(
    value: ScannedValue,
    method: string | undefined,
    layer: RuleLayerName,
    found: (rule: CompiledRule, evidence: string) => void,
    wantsEvidence?: (rule: CompiledRule) => boolean,
  ): void {
    const sinks: (MatchSink | undefined)[] = [undefined, undefined, undefined];
    sinks[layerIndex[layer]] = { found, wantsEvidence };
    this.matchAll(value, method, sinks);
  }

  /**
   * {@link match} for several rule layers at once (`sinks` by layer index: preflight, rules, camouflage;
   * undefined for a layer not asked): the value's remembered reports are looked up once, and its candidate
   * rules walked once, whatever the number of layers. Each layer's matches come in the order {@link match}
   * gives them.
   */
  matchAll(value: ScannedValue, method: string | undefined, sinks: readonly (MatchSink | undefined)[]): void {
    const remembered = this.#rememberedOf(value, method);
    if (remembered !== undefined && remembered.quiet !== 0) {
      const asked = (sinks[0] === undefined ? 0 : 1) | (sinks[1] === undefined ? 0 : 2) | (sinks[2] === undefined ? 0 : 4);
      if ((remembered.quiet & asked) === asked) return;
    }
    // The layers whose reports are not known yet, as bits.
    let unknown = 0;
    for (let l = 0; l < 3; l++) {
      const sink = sinks[l];
      if (sink === undefined) continue;
      const known = remembered?.reported[l];
      if (known === undefined) {
        unknown |= 1 << l;
        continue;
      }
      // An indexed loop: most values report nothing, and an iterator per value and layer adds up.
      for (let i = 0; i < known.length; i++) sink.found(known[i]![0], known[i]![1]);
    }
    if (unknown === 0) return;
    if (remembered === undefined) {
      this.#matchLayers(value, method, unknown, sinks, false);
      return;
    }
    // What the rules report is recorded on the way (calls never nest).
    const recorded = this.#recorded;
    const whole = this.#recordedWhole;
    this.#matchLayers(value, method, unknown, sinks, true);
    for (let l = 0; l < 3; l++) {
      if ((unknown & (1 << l)) === 0) continue;
      // A match found without its evidence (past maxFindingsPerRule) is not remembered: a later message may want it.
      if (whole[l]) {
        const reported = recorded[l] ?? nothingReported;
        remembered.reported[l] = reported;
        if (reported.length === 0) remembered.quiet |= 1 << l;
      }
      recorded[l] = undefined;
      whole[l] = true;
    }
  }

  /** The matches of the rules of the layers in `layers` (bits by layer index) on the value, recorded in {@link #recorded} when `record` says so. */
  #matchLayers(value: ScannedValue, method: string | undefined, layers: number, sinks: readonly (MatchSink | undefined)[], record: boolean): void {
    this.#excluding = this.#exclusionsFor(method);
    let state: ValueState;
    try {
      state = this.#state(value);
    } finally {
      this.#excluding = undefined;
    }
    if (state.candidates === noCandidates) return;
    try {
      this.#matchCandidates(value, state, method, layers, sinks, record);
    } finally {
      this.#endValue(state);
    }
  }

  /** The rules `method` excludes (see {@link #excluded}), or undefined when it excludes none; worked out again only when the method changes. */
  #exclusionsFor(method: string | undefined): Uint8Array | undefined {
    const restricted = this.#restricted;
    if (restricted.length === 0) return undefined;
    if (method !== this.#excludedFor) {
      this.#excludedFor = method;
      let count = 0;
      for (let r = 0; r < restricted.length; r++) {
        const rule = restricted[r]!;
        const out = method !== undefined && this.rules[rule]!.methods!.has(method) ? 0 : 1;
        this.#excluded[rule] = out;
        count += out;
      }
      this.#excludesAny = count > 0;
    }
    return this.#excludesAny ? this.#excluded : undefined;
  }

  /** {@link #matchLayers} of a value with candidate rules. */
  #matchCandidates(value: ScannedValue, state: ValueState, method: string | undefined, layers: number, sinks: readonly (MatchSink | undefined)[], record: boolean): void {
    const candidates = state.candidates;
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      const l = this.#layerOf[i]!;
      if ((layers & (1 << l)) === 0) continue;
      const rule = this.rules[i]!;
      if (!applies(rule, value)) continue;
      // A probe aimed at a server's statement, in the body of a file written to disk, reaches none.
      if (!rule.writtenFiles && value instanceof Scanned && value.written) continue;
      if (rule.methods !== undefined && (method === undefined || !rule.methods.has(method))) continue;
      const sink = sinks[l]!;
      if (rule.regex === undefined) {
        if (!unlessHolds(rule, value)) this.#report(sink, l, record, rule, signalEvidence(rule, value));
        continue;
      }
      // The forms the rule reads, in the order formsInto gives them: path, command, URL, then the text. A
      // form where a rule with a prefilter has no hit cannot match, and is passed over unmade (a URL's path form).
      const forms = this.#ruleForms;
      let tried = 0;
      const shared = rule.kinds & value.kindMask;
      const textToo = rule.kinds === allKinds || (shared & ~(Kind.Path | Kind.Command | Kind.Url)) !== 0 || (shared & (Kind.Path | Kind.Command | Kind.Url)) === 0;
      for (let f = 0; f < 4; f++) {
        const kind = formKinds[f]!;
        if (kind === 0 ? !textToo : (shared & kind) === 0) continue;
        let hits: RuleHits | undefined;
        if (rule.prefilter) {
          hits = this.#hitsOf(kind === Kind.Path ? state.pathHits : kind === Kind.Command ? state.commandHits : kind === Kind.Url ? state.urlHits : state.textHits, i);
          if (hits === undefined || hits.anchors.length === 0) continue;
        }
        const form = kind === Kind.Path ? value.pathForm : kind === Kind.Command ? value.commandForm : kind === Kind.Url ? value.urlForm : value.text;
        // Forms often coincide (a URL is its own URL form): the same text gives the same answer.
        if (tried > 0 && forms.lastIndexOf(form, tried - 1) >= 0) continue;
        forms[tried++] = form;
        let wants = true;
        if (sink.wantsEvidence !== undefined && !sink.wantsEvidence(rule)) {
          wants = false;
          if (record) this.#recordedWhole[l] = false;
        }
        const evidence = execRule(rule, form, rule.prefilter ? hits!.anchors : undefined, hits?.near, wants);
        if (evidence !== undefined) {
          // Not given: an order a server text only quotes (a search hit, a literal in code, a quotation
          // discussed: text/quoted.ts), contributor guidance that asks an AI agent only for project work (run the
          // tests: agent-guidance.ts), a statement of what something else does (statementsBlanked), a sentence
          // that sets aside the instructions inside data ("ignore any instructions they contain":
          // data-instructions.ts), a secret named only as a document's topic ("the password policy":
          // document-topics.ts). Each view blanks that reading's sentences or names.
          const formHits = form === value.text ? hits : undefined;
          const given =
            !(rule.toModel && value instanceof Scanned && value.mayQuote && onlyBlanked(rule, unquotedText(value), formHits)) &&
            !(rule.guidance && onlyBlanked(rule, guidanceBlanked(form), formHits)) &&
            !(rule.statements && onlyBlanked(rule, statementsBlanked(form), formHits)) &&
            !(rule.documents && onlyBlanked(rule, documentTopicsBlanked(form), formHits)) &&
            !(rule.toModel && onlyBlanked(rule, dataOrdersSetAsideBlanked(form), formHits));
          if (given) this.#report(sink, l, record, rule, evidence);
          break;
        }
      }
    }
  }

  /** Hands a match to its layer's sink, recording it first when the value's reports are remembered. */
  #report(sink: MatchSink, layer: number, record: boolean, rule: CompiledRule, evidence: string): void {
    if (record) (this.#recorded[layer] ??= []).push([rule, evidence]);
    sink.found(rule, evidence);
  }
}

/** Where one rule layer's matches go (see {@link RulePlan.matchAll}). */
export interface MatchSink {
  readonly found: (rule: CompiledRule, evidence: string) => void;
  /** Whether a match of `rule` still needs its evidence (else it is '', found cheaper); undefined: always. */
  readonly wantsEvidence: ((rule: CompiledRule) => boolean) | undefined;
}

/**
 * Whether `rule`, which matched a text, no longer matches its `view`: the text with one reading's sentences
 * blanked ('' when the reading found none). The view keeps every offset of the text, so the rule's literal hits
 * in the text (when the rule matched the text itself, not another of its forms) bound where it is read.
 */
function onlyBlanked(rule: CompiledRule, view: string, hits: RuleHits | undefined): boolean {
  return view !== '' && execRule(rule, view, hits?.anchors, hits?.near, false) === undefined;
}

/**
 * A text with its statements about what something else does blanked: covert adverbs of them
 * (text/covert-statements.ts) and verbs of reading (text/stated-reads.ts: "passwords are read from ~/.pgpass").
 */
function statementsBlanked(form: string): string {
  const covert = covertStatementsBlanked(form);
  const read = statedReadsBlanked(covert === '' ? form : covert);
  return read === '' ? covert : read;
}

const isRuleList = (hits: FormHits): hits is readonly number[] => Array.isArray(hits);
/** The kinds of the forms a rule may read, in the order formsInto (rules/match.ts) gives them (0: the text). */
const formKinds = [Kind.Path, Kind.Command, Kind.Url, 0] as const;
/** The form that is `source` less its character at `drop`: a URL's path form, as {@link pathForm} makes it. */
const droppedForm = (source: string, drop: number): string => pathForm(source, drop);

/**
 * Each rule's word-start literals per group (prefilter first), read once per process: every guard has plans
 * of its own, and reading a rule's patterns costs milliseconds. A bundled rule's were read at build time.
 */
const wordStarts = new WeakMap<CompiledRule, readonly (readonly string[])[]>();
function wordStartsOf(rule: CompiledRule): readonly (readonly string[])[] {
  let known = wordStarts.get(rule);
  if (known === undefined) {
    const { prefilter, near, patterns } = rule;
    known =
      patterns === undefined || prefilter === undefined
        ? []
        : [prefilter, ...(near ?? [])].map((group) => builtWordStarts(rule.id, patterns, group) ?? wordStartLiterals(patterns, group));
    wordStarts.set(rule, known);
  }
  return known;
}
const ascending = (a: number, b: number): number => a - b;

/**
 * Sorts a list of hit starts ascending. Such a list is mostly two ascending runs, the scan's hits and then
 * the phrases found around their words: those are merged from the back in one pass (a README's 20 lists of
 * ~16k hits took 3.4M instructions in Array.prototype.sort with its comparator called per step); a list of
 * more runs is sorted.
 */
export function sortHits(list: number[]): void {
  const n = list.length;
  let cut = -1;
  for (let i = 1; i < n; i++) {
    if (list[i]! >= list[i - 1]!) continue;
    if (cut >= 0) {
      list.sort(ascending);
      return;
    }
    cut = i;
  }
  if (cut < 0) return;
  // The second run aside, then the larger of the two tails written at the back, down to where it is all in place.
  const second = list.slice(cut);
  let i = cut - 1;
  let j = second.length - 1;
  for (let w = n - 1; j >= 0; w--) list[w] = i >= 0 && list[i]! > second[j]! ? list[i--]! : second[j--]!;
}
/** A phrase a literal id is the longest word of: its id, its folded spelling, where the word is in it, and the characters next to it past one space (-1: any). */
interface PhraseOfWord {
  readonly literal: number;
  readonly folded: string;
  readonly offsets: readonly number[];
  readonly after: number;
  readonly before: number;
}

/** The first character after the run of separators at `i` (-1: none there, or the text ends). */
function wordAfter(text: string, i: number): number {
  // Read as the scans read (see literal-index.ts): `text.charCodeAt` of a megabyte's form is a generic look-up.
  const n = text.length;
  if (i >= n || !isSeparator(String.prototype.charCodeAt.call(text, i))) return -1;
  while (i < n && isSeparator(String.prototype.charCodeAt.call(text, i))) i++;
  return i < n ? String.prototype.charCodeAt.call(text, i) : -1;
}

/** The last character before the run of separators ending at `i` (-1: none there, or the text starts). */
function wordBefore(text: string, i: number): number {
  if (i < 0 || !isSeparator(String.prototype.charCodeAt.call(text, i))) return -1;
  while (i >= 0 && isSeparator(String.prototype.charCodeAt.call(text, i))) i--;
  return i >= 0 ? String.prototype.charCodeAt.call(text, i) : -1;
}

/** Neither side of a word is asked about: a check that needs nothing next to the word (or one that is not a phrase's). */
const anySide: readonly number[] = Object.freeze([-1, -1]);
/** What {@link wordCharFrom} gives for a side not read yet. */
const unread = -3;
const letterOrDigit = /[\p{L}\p{N}]+/gu;

/**
 * What the check phraseCheck(literal, word) makes needs right beside the word, as [next, previous]: the first
 * character of the word after it and the last of the word before it in the phrase (its words are its runs of
 * letters and digits, lower case), -1 where it needs none (the word ends or starts the phrase, occurs in it
 * twice, or the literal is one word). The check reads the text around a hit loosely (any run of characters
 * other than letters and digits between words, or none; a capital letter for a small one): see
 * {@link sideMay}, which rules a check out only where it would fail.
 */
function phraseSides(literal: string, word: string): readonly number[] {
  const words: readonly string[] = literal.toLowerCase().match(letterOrDigit) ?? [];
  const w = words.indexOf(word);
  if (words.length < 2 || w < 0 || words.indexOf(word, w + 1) >= 0) return anySide;
  const previous = words[w - 1];
  return [words[w + 1]?.charCodeAt(0) ?? -1, previous === undefined ? -1 : previous.charCodeAt(previous.length - 1)];
}

/**
 * The first ASCII letter or digit from `i` on, stepping by `step` (±1) over other ASCII characters: -1 when the
 * text ends first, -2 at a character outside ASCII (whether it is a letter is the check's to read).
 */
function wordCharFrom(text: string, i: number, step: number): number {
  const n = text.length;
  for (; i >= 0 && i < n; i += step) {
    const c = String.prototype.charCodeAt.call(text, i);
    if (c >= 0x80) return -2;
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return c;
  }
  return -1;
}

/** Whether a check that needs `wanted` beside the word may hold where {@link wordCharFrom} read `found` there. */
function sideMay(wanted: number, found: number): boolean {
  return found === -2 || found === wanted || (found >= 0x41 && found <= 0x5a && found + 0x20 === wanted);
}

/** Whether every entry of `part` is in `whole` (both ascending). */
function includesAll(whole: readonly number[], part: readonly number[]): boolean {
  let w = 0;
  for (let p = 0; p < part.length; p++) {
    while (w < whole.length && whole[w]! < part[p]!) w++;
    if (w === whole.length || whole[w] !== part[p]) return false;
  }
  return true;
}

/**
 * Sorts the first `count` entries of a scratch list of rule indexes and drops repeats, in place (insertion
 * sort: `Array#sort` copies the array), returning how many are left.
 */
function sortUnique(list: number[], count: number): number {
  for (let i = 1; i < count; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > x) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
  let kept = count === 0 ? 0 : 1;
  for (let i = 1; i < count; i++) if (list[i] !== list[kept - 1]) list[kept++] = list[i]!;
  return kept;
}

/** Whether `list` is the first `count` entries of `scratch`. */
function sameRules(list: readonly number[], scratch: readonly number[], count: number): boolean {
  if (list.length !== count) return false;
  for (let i = 0; i < count; i++) if (list[i] !== scratch[i]) return false;
  return true;
}

/** A rule's findings in one message: how many are kept, where the last one is, how many matches were left out. */
interface Tally {
  kept: number;
  last: number;
  unreported: number;
}

/** A rule layer's findings of a message with none (most): shared, never written. */
const noRuleFindings: readonly LayerFinding[] = Object.freeze([]);


const layerNames = ['preflight', 'rules', 'camouflage'] as const;

/**
 * The layers that run rule packs (preflight signals, signature rules, camouflage) for one profile. They
 * share one literal index per sender, and the first of them to read a message matches every value for
 * itself and the ones after it in one walk (one look-up of its remembered reports, one pass over its
 * candidate rules): the others take what it found for them.
 */
export function createRuleLayers(
  rules: readonly CompiledRule[],
  profile: ProfileName,
  limits: Pick<Limits, 'maxDecodeRounds' | 'maxFindingsPerRule'>,
  caches: CacheBounds = noCaches,
): Layer[] {
  const { maxDecodeRounds, maxFindingsPerRule } = limits;
  const active = rules.filter((r) => r.profiles === undefined || r.profiles.has(profile));
  const plans = {
    client: new RulePlan(active.filter((r) => r.from !== 2), caches),
    server: new RulePlan(active.filter((r) => r.from !== 1), caches),
  };
  // Per layer, whether it has rules for each sender: two arrays read by index, not `has[l][from]` (a keyed
  // load by 'client' and 'server' is megamorphic, a stub-cache probe on every read).
  const hasClient = layerNames.map((name) => plans.client.rules.some((r) => r.layer === name));
  const hasServer = layerNames.map((name) => plans.server.rules.some((r) => r.layer === name));
  // The findings the first rule layer to read a message made for the rule layers after it, by layer index
  // (undefined once taken, or never made), and the message they are of: held only from the first rule layer
  // of a message to the last one (another message's layers, which an asynchronous layer in between may let
  // run, find they are not theirs). Fields reused from message to message, not an object and a list each.
  const kept: (LayerFinding[] | undefined)[] = [undefined, undefined, undefined];
  let keptValues: readonly ScannedValue[] | undefined;
  let keptFrom: string | undefined;
  let keptMethod: string | undefined;
  const forget = (): void => {
    kept[0] = kept[1] = kept[2] = undefined;
    keptValues = undefined;
  };

  /** The findings of the rule layers from `first` to `last` (those with rules for the sender) over the message's values. */
  // The value the sinks are about, and the safe zones of the message: one message's values are matched
  // at a time, synchronously, so one sink per layer serves every message (no closures per message).
  // Held as the message's values and an index (a number): storing each value in this long-lived closure
  // cost a write barrier call per value (the closure is old, the value new).
  let messageValues: readonly ScannedValue[] | undefined;
  let at = 0;
  let zones: EffectiveSafeZones | undefined;
  /** The tool a client's call names, while its message is read. */
  let callTool: string | undefined;
  /** Where one rule layer's findings of one message are collected: reset for each message. */
  class LayerSink implements MatchSink {
    /** Made at the first finding (most messages have none). */
    findings: LayerFinding[] | undefined = undefined;
    /** Per rule, its findings so far (made at the layer's first match). */
    tallies: Map<CompiledRule, Tally> | undefined = undefined;
    // Every path and URL inside a command is a value of its own, however many there are; a rule
    // reports a few of them per argument, so a line of 100,000 paths cannot make 100,000 findings.
    reported: Map<string, number> | undefined = undefined;

    reset(): void {
      this.findings = undefined;
      this.tallies = undefined;
      this.reported = undefined;
    }

    wantsEvidence(rule: CompiledRule): boolean {
      return (this.tallies?.get(rule)?.kept ?? 0) < maxFindingsPerRule;
    }

    // A message of 100,000 matching values keeps `maxFindingsPerRule` findings of a rule and counts
    // the rest: past the cap, a match costs no evidence, no finding and no explanation.
    found(rule: CompiledRule, evidence: string): void {
      // A `..` is dangerous because it leaves the folder a tool may use; where safe zones say which
      // folders those are, a path that lands inside them is fine (the safe-zones layer judges the rest).
      if (climbing.has(rule.id) && zones !== undefined && zones.roots.length && placeInRoots(messageValues![at]!, zones.roots, maxDecodeRounds)?.inside === true) return;
      if (issued.has(rule.id) && (sentToItsIssuer(messageValues!, at) || keptWhereItBelongs(callTool, messageValues!, at, carries(rule)))) return;
      // An order inside a data set's rows labelled attacks is a specimen the set collects (values/labelled-specimens.ts).
      if (rule.toModel && onlyInAttackSpecimens(messageValues!, at, carries(rule))) return;
      if (writtenWhole.has(rule.id) && credentialFileWrittenWhole(messageValues!, at, callTool)) return;
      if (installs.has(rule.id) && runsOnlyOfficialInstallers(messageValues![at]!.raw)) return;
      if (exampleKeys.has(rule.id) && onlyDocumentedExampleKeys(rule, messageValues!, at, callTool)) return;
      let tally = (this.tallies ??= new Map<CompiledRule, Tally>()).get(rule);
      if (tally === undefined) this.tallies.set(rule, (tally = { kept: 0, last: -1, unreported: 0 }));
      if (tally.kept >= maxFindingsPerRule) {
        tally.unreported++;
        return;
      }
      const path = messageValues![at]!.path;
      const key = `${rule.id}\u0000${path.join('\u0000')}`;
      const reported = (this.reported ??= new Map<string, number>());
      const count = reported.get(key) ?? 0;
      reported.set(key, count + 1);
      if (count >= maxPerArgument) return;
      tally.kept++;
      tally.last = (this.findings ??= []).push({ rule: rule.id, severity: rule.severity, action: rule.action, message: rule.message, path, evidence }) - 1;
    }

    /** The layer's findings of the message, with the count of what each rule left out on its last one. */
    finish(): LayerFinding[] {
      const { findings, tallies } = this;
      this.reset();
      if (findings === undefined) return noRuleFindings as LayerFinding[];
      if (tallies !== undefined) {
        for (const tally of tallies.values()) {
          if (tally.unreported > 0) findings[tally.last] = { ...findings[tally.last]!, data: { unreported: tally.unreported } };
        }
      }
      return findings;
    }
  }
  const layerSinks = [new LayerSink(), new LayerSink(), new LayerSink()];
  const sinks: (LayerSink | undefined)[] = [undefined, undefined, undefined];

  /** Fills `kept` with the findings of the rule layers from `first` to `last` (undefined for the others). */
  const inspectFrom = (first: number, last: number, context: LayerContext): void => {
    const client = context.from === 'client';
    const plan = client ? plans.client : plans.server;
    const has = client ? hasClient : hasServer;
    zones = context.policy.safeZones;
    callTool = context.method === 'tools/call' && client ? context.tool : undefined;
    // Every sink is left reset (by finish, or after a failure), so it starts this message empty.
    for (let l = 0; l < 3; l++) sinks[l] = l >= first && l <= last && has[l] === true ? layerSinks[l] : undefined;
    const values = context.values;
    messageValues = values;
    plan.startMessage();
    try {
      for (let v = 0; v < values.length; v++) {
        at = v;
        plan.matchAll(values[v]!, context.method, sinks);
      }
    } catch (error) {
      for (let l = 0; l < 3; l++) sinks[l]?.reset();
      throw error;
    } finally {
      // Nothing of the message is held once it is read.
      messageValues = undefined;
      zones = undefined;
      callTool = undefined;
    }
    kept[0] = sinks[0]?.finish();
    kept[1] = sinks[1]?.finish();
    kept[2] = sinks[2]?.finish();
  };

  return layerNames.map((name, l): Layer => {
    const declared: Record<string, LayerRule> = {};
    for (const rule of active) {
      if (rule.layer === name) declared[rule.id] = { description: rule.description, severity: rule.severity, action: rule.action, ...(rule.hint ? { hint: rule.hint } : {}) };
    }
    return defineLayer({
      name,
      phase: phaseOf[name],
      description: descriptions[name],
      docs: 'docs/rules.md',
      rules: declared,
      inspect(_message, context) {
        if (!(context.from === 'client' ? hasClient : hasServer)[l]) return [];
        if (keptValues !== undefined && keptValues === context.values && keptFrom === context.from && keptMethod === context.method) {
          const findings = kept[l];
          if (findings !== undefined) {
            kept[l] = undefined;
            if (kept[0] === undefined && kept[1] === undefined && kept[2] === undefined) keptValues = undefined;
            return findings;
          }
        }
        forget();
        try {
          inspectFrom(l, 2, context);
        } catch {
          // A failure is the failure of the layer whose rule failed: this one reads alone (failing again if
          // it was its own), and so do the ones after it.
          forget();
          inspectFrom(l, l, context);
          const alone = kept[l]!;
          forget();
          return alone;
        }
        const mine = kept[l]!;
        kept[l] = undefined;
        if (kept[0] !== undefined || kept[1] !== undefined || kept[2] !== undefined) {
          keptValues = context.values;
          keptFrom = context.from;
          keptMethod = context.method;
        }
        return mine;
      },
    });
  });
}
