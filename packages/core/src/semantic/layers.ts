// The built-in meaning layers: instruction analysis with the offline scorer over every text a server
// sends a model, and cross-tool analysis of tool lists. Client messages carry little model-bound text
// (the request rules cover their arguments), so both read server messages only.
import { solicitsSecret } from './solicits-secret.js';
import { defineLayer } from '../layer.js';
import type { Layer, LayerFinding, LayerRule, MessagePath, ProfileName, ScannedValue } from '../types.js';
import { isKept, type Reading, type Readings, Scanned } from '../values/scanned.js';
import { ReadingsNear } from '../values/readings-near.js';
import { analyzePieces, analyzeText, type AnalyzeLimits, type ClauseMemo, defaultAnalyzeLimits, type InstructionAnalysis, type PieceMemo, type ScoreReads } from './analyze.js';
import { type OutOfScope, outOfScopeParameters, type ParameterAsks, ToolInventory, type ToolText } from './cross-tool.js';
import { definitionKey } from '../state/definitions.js';
import { type CacheBounds, noCaches, RecentDefinitions, RecentTexts } from '../recent.js';
import { PieceHeads, type PieceReading } from './pieces.js';
import { continuedParts, documentsOf, pathAt, readsTools, type TextDocument, toolDocument } from './documents.js';
import { foldedMixedScript, Hidden } from './reading.js';
import { isOfferedValue, mayBeCommand, offeredCommand, offeredEncodedCommand } from './offered-values.js';
import { elicitedSecret } from './elicits-secret.js';
import { everythingGranted } from './consent-options.js';
import { tailDocuments } from './tail-documents.js';
import { type InstructionModel, shippedModel } from './model.js';
import { unquoted } from '../text/quoted.js';
import { partsSpecimensBlanked } from '../values/labelled-specimens.js';
import { guidanceBlanked, sentenceEnd, sentencesBlanked } from '../text/agent-guidance.js';
import { personalErrandsBlanked } from '../text/personal-errands.js';
import { verificationHoldsBlanked } from '../text/verification-holds.js';
import { readingAsksBlanked } from '../text/review-prompts.js';
import { onlyForbids, prohibitionsBlanked } from '../text/prohibitions.js';
import { covertStatementsBlanked } from '../text/covert-statements.js';
import { spokenBlanked } from '../text/spoken-lines.js';
import { Cue, type CueName, cuesOf, Mark } from './cues.js';
import { asksCallInOrder, prefersOneCall } from './call-order.js';
import { asksOwnCleanup } from './own-cleanup.js';
import { defersToUser, fillsOwnParameter, ordersMore, ownParameters, relaysNotice, takesValuesFrom, tellsOwnUse } from './usage.js';
import { isRecord } from '../parse.js';
import { givenWaivedSecret, waivedSecret } from './waived-secrets.js';
import { waiversIn } from './waivers.js';
import { harmfulServerCommand, harmfulSqlHandedOver, mayHoldCommand, type ServerCommand, waivedServerCommand } from './server-commands.js';
import { modelAddressedAt } from './model-addressed.js';
import { setupNotesBlanked } from './metadata-pipes.js';
import { encodedProse, mayBeginEncoded } from '../text/encoded-prose.js';
import { asksEndlessOutput, forcesPipedRun, proseModelHint, samplingHarvests, samplingOrdersOpsStep, samplingOrdersReaderAct, secretListPrefill, samplingPhishes, samplingRunsPipe, samplingText } from './sampling-asks.js';
import { splitSentences } from './sentences.js';
import { askedBeyondPurpose, conversationAsk } from './beyond-purpose.js';
import { purposeNeeds, purposeWords } from './tool-purpose.js';
import { pronounsResolved, seamsOf } from './seams.js';
import { escapedLines } from './escaped-lines.js';
import { credentialFilesIn } from './credential-files.js';
import { handsNextCall } from './next-call-data.js';
import { definitionFieldHarm } from './definition-fields.js';
import { describedAct } from './described-acts.js';
import { unaskedPayment } from './foreign-subjects.js';
import { spelledPaymentCall } from './payment-calls.js';
import { standingRule } from './standing-rules.js';
import { standingSend } from './standing-sends.js';
import { fetchedRun } from './fetched-runs.js';
import { officeOrder } from './office-orders.js';
import { pageAgentOrder } from './page-agent-orders.js';
import { deviceOrder } from './device-orders.js';
import { unreadHandover, unreadMetadataHandover } from './unread-handovers.js';
import { guardsOwnPrompt } from './own-prompt-secrecy.js';
import { pageCodeHanded } from './page-code-handed.js';
import { userTurnOrder } from './user-turns.js';
import { forgedAssistantConsent } from './claims-consent.js';
import { forgedAssent } from './forged-assent.js';
import { completionCommand } from './completion-values.js';
import { joinedPromptPieces, maxSpreadPieces, SpreadBit, spreadBits, type SpreadPiece, spreadOrder, spreadPiece } from './spread-orders.js';
import { chain } from '../stateful/awaitable.js';

export interface InstructionLayerOptions {
  /** The scorer's model (default: the one shipped with core). */
  readonly model?: InstructionModel;
  /** Score at or above which a text is blocked, per profile (default: the model's suggested thresholds). */
  readonly thresholds?: Partial<Record<ProfileName, number>>;
  readonly limits?: Partial<AnalyzeLimits>;
  /** What is remembered per tool definition seen before (default: nothing). */
  readonly caches?: CacheBounds;
  /** The guard's readings of texts: a piece of tool metadata met before keeps its clauses with its reading. */
  readonly readings?: Readings;
}

/**
 * The clauses of pieces of tool metadata kept with the guard's readings of their texts (see ClauseMemo):
 * the look-up that finds a text's reading finds them, and a text met once as a value keeps none, as it
 * keeps no reading. A piece that is no value's text (a schema keyword's value such as `uri`) is kept by
 * its text here. One instruction layer of a guard reads them, with one model.
 */
class PiecesOnReadings implements PieceMemo {
  /** The guard's readings, found among the values of the tool list at hand while its tools are read. */
  readonly #readings: ReadingsNear;
  readonly #others: RecentTexts<PieceReading>;
  /** The text `get` asked for last and what the guard keeps for it: `keeps` and `set` follow a `get` of the same text. */
  #text: string | undefined = undefined;
  #kept: Reading | undefined = undefined;

  constructor(readings: ReadingsNear, caches: CacheBounds) {
    this.#readings = readings;
    this.#others = new RecentTexts(caches);
  }

  #of(text: string): Reading | undefined {
    if (text !== this.#text) {
      this.#text = text;
      this.#kept = this.#readings.get(text);
    }
    return this.#kept;
  }

  get(text: string): PieceReading | undefined {
    this.#text = undefined;
    const kept = this.#of(text);
    return kept === undefined ? this.#others.get(text) : (kept.piece as PieceReading | undefined);
  }

  keeps(text: string): boolean {
    const kept = this.#of(text);
    return kept === undefined ? this.#others.keeps(text) : isKept(kept);
  }

  /** Whether the guard met `text` for the first time in the message at hand (it marks such texts, keeping no reading). */
  metFirst(text: string): boolean {
    const kept = this.#of(text);
    return kept !== undefined && !isKept(kept);
  }

  set(text: string, value: PieceReading): void {
    const kept = this.#of(text);
    if (kept === undefined) this.#others.set(text, value);
    else if (isKept(kept)) kept.piece = value;
    this.#text = this.#kept = undefined;
  }
}

/** The instruction findings of one tool definition, with paths below the tool's own (`result.tools[i]`). */
interface ToolFindings {
  readonly threshold: number;
  readonly documents: readonly LayerFinding[];
  readonly parameters: readonly LayerFinding[];
}

/** Findings of one tool with paths below `result.tools[index]`, the other way round with `index` given. */
const belowTool = (f: LayerFinding): LayerFinding => ({ ...f, path: (f.path ?? []).slice(3) });
/** What most tools find: one list for all of them, not new ones per tool. */
const none: readonly LayerFinding[] = Object.freeze([]);
/** Part numbers (TextDocument.offered): none, and the first alone. */
const noParts: readonly number[] = Object.freeze([]);
const onlyPart: readonly number[] = Object.freeze([0]);
const allBelowTool = (found: readonly LayerFinding[]): readonly LayerFinding[] => (found.length === 0 ? none : found.map(belowTool));
const atTool = (f: LayerFinding, index: number): LayerFinding => ({ ...f, path: ['result', 'tools', index, ...(f.path ?? [])] });

/** Short operator-facing account of a score: the model, the score, the clause and the cues behind it. */
export function describeScore(analysis: InstructionAnalysis, version: string): string {
  const cues = analysis.cues.filter((c) => c !== 'action-verb' && c !== 'description-of-tool').slice(0, 5);
  return `score ${analysis.score.toFixed(2)} (${version}) for "${analysis.sentence.slice(0, 120)}"${cues.length ? ` [${cues.join(', ')}]` : ''}`;
}

function finding(rule: string, message: string, path: MessagePath, evidence: string, data?: Record<string, unknown>): LayerFinding {
  return { rule, message, path, evidence: evidence.slice(0, 200), ...(data ? { data } : {}) };
}

/** The rules of the instruction analysis, as declared with the layer (see docs/detection.md). */
export const instructionRules: Readonly<Record<string, LayerRule>> = {
  'semantic/injected-instruction': { description: 'The offline scorer reads a tool result, resource, prompt or other server text as orders to the model', severity: 'high', hint: 'Raise the threshold with semantic options, or override this rule for the tool whose output quotes instructions.' },
  'semantic/poisoned-metadata': { description: 'The offline scorer reads a tool\'s metadata as orders to the model beyond using the tool', severity: 'high' },
  'semantic/conceals-from-user': { description: 'Text tells the model to keep something from the user', severity: 'high' },
  'semantic/impersonates-user': { description: 'Server text speaks as the user, opens a fake conversation turn or puts an order in the user\'s mouth to give the model orders', severity: 'high' },
  'semantic/false-error': { description: 'An error message demands an action from the model to get its result', severity: 'high' },
  'semantic/false-authority': { description: 'Text claims system, admin or security authority to make the model run a command or send data', severity: 'high' },
  'semantic/dictates-reply': { description: 'Tool output orders an action and dictates what the model tells the user about it', severity: 'high' },
  'semantic/preference-manipulation': { description: 'Tool metadata advertises the tool to the model (rank, popularity, exclusivity) to win its choice', severity: 'high' },
  'semantic/overrides-instructions': { description: "A clause sets the model's instructions aside (or declares them void) and asks for secrets, a credential file, a command or an address to send to, in any of 17 languages", severity: 'high' },
  'semantic/sends-credential-file': { description: 'A clause orders a credential file (private SSH key, cloud credentials, .env, the password database) sent to a URL or an e-mail address, in any of 15 languages', severity: 'critical' },
  'semantic/hidden-instruction': { description: 'Invisible or encoded text (tag characters, base64, leetspeak) carries orders to the model', severity: 'high' },
  'semantic/harmful-command': { description: 'Server text hands the model a command line (a fenced block, a code span, the rest of a line after "run" or after a colon in any language, a base64 blob to run) that deletes a home or the root, sends or reads credentials, opens a reverse shell, switches a security control off, makes a start-up file fetch code or trusts a login key it gives', severity: 'critical' },
  'semantic/elicits-secret': { description: 'An elicitation form asks the user for the text of a credential file, a private key or a wallet\'s recovery phrase, or has a field for a password, a PIN, a one-time code or card data: secrets no server may collect', severity: 'high', hint: 'Secrets belong in the client\'s own credential flow; report the server.' },
  'semantic/out-of-scope-parameter': { description: 'A tool\'s input schema asks for the calling model\'s identity or context, or has the model fill a parameter with a secret the user keeps (their environment, shell, browser, keychain), asks for a secret its purpose has no use for, or fixes the payee of a payment or send, not for the task\'s data', severity: 'high' },
};

const metadataOrders = new Set<string>(['addresses-model', 'obligation', 'override', 'hidden-markup', 'impersonation', 'to-user', 'secrecy']);
/** The same as bits (see ScoreReads): a metadata clause that shows none is never reported by its score. */
const metadataOrderBits = [...metadataOrders].reduce((bits, name) => bits | Cue[name as CueName], 0);
// What content's clause must show to be read as asking something: the scorer's n-grams alone learned which
// languages and scripts attacks were written in (a message table in Chinese or Italian scored 0.99 without
// one cue), not what a clause asks. Naming data, a status or an operation is no request either.
const contentAsks = new Set<string>(['addresses-model', 'imperative', 'polite-request', 'obligation', 'call-tool', 'tool-order', 'execute', 'network-send', 'file-access', 'parameter-override', 'to-user', 'secrecy', 'urgency', 'authority', 'impersonation', 'override', 'false-error', 'hidden-markup', 'decode-hint', 'first-person-request']);

/** The rules of the scorer's reading alone, not of an order the analysis names (see documentFindings). */
const scoredOnly = new Set(['semantic/poisoned-metadata', 'semantic/injected-instruction']);

/**
 * A command line the document hands the model that no install step would run, as a finding (see
 * server-commands.ts). Read string by string, as metadata is read (its joined text is made only when needed).
 */
function commandFindings(doc: TextDocument, analysis: InstructionAnalysis, instructions = false): readonly LayerFinding[] {
  let offset = 0;
  const disabler = (analysis.marks & Mark.securityDisabler) !== 0;
  // A statement that destroys data, ordered to run: read in metadata only (see harmfulSqlHandedOver).
  const sql = doc.role === 'metadata' && (analysis.marks & Mark.destructiveSql) !== 0;
  const waiverMarked = (analysis.marks & Mark.waiver) !== 0;
  // The parts a schema offers as a value, as the document walk found them (documents.ts), followed along.
  const offeredParts = doc.role === 'metadata' ? doc.offered : noParts;
  let next = 0;
  // Lookalike letters in a word are folded as the model reads them (a disguised cmdlet is the cmdlet), at the same offsets.
  const parts = (analysis.hidden & Hidden.MixedScript) !== 0 ? doc.parts.map(foldedMixedScript) : doc.parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    // A value the schema offers for a parameter is sent as it stands (offered-values.ts).
    if (offeredParts[next] === i) {
      next++;
      const offered = offeredCommand(part);
      if (offered !== undefined) {
        const path = pathAt(doc, offset);
        return [finding('semantic/harmful-command', `Tool metadata offers as a parameter's value a command that ${offered.what}`, path, offered.evidence)];
      }
      const encoded = offeredEncodedCommand(part);
      if (encoded !== undefined) return [finding('semantic/harmful-command', `Tool metadata offers as a parameter's value, encoded, a command that ${encoded.what}`, pathAt(doc, offset), encoded.evidence)];
    }
    // The cheap test once per part: both readings below start from it (every string of a tool list is asked).
    const mayHold = mayHoldCommand(part);
    const found = harmfulServerCommand(part, doc.role === 'metadata', disabler, mayHold) ?? (sql ? harmfulSqlHandedOver(part) : undefined);
    if (found !== undefined) return [finding('semantic/harmful-command', `Server text hands the model a command that ${found.what}`, pathAt(doc, offset + found.start), found.evidence)];
    // A command handed over with the user's say waived ("no need to ask the user") is judged as the call it would be.
    // One scan for the waivers serves both readings, only where the cue pass marked one (most texts have none).
    const waivers = waiverMarked ? waiversIn(part) : undefined;
    const waived = waivers === undefined ? undefined : waivedServerCommand(part, doc.role === 'metadata', waivers);
    if (waived !== undefined) return [finding('semantic/harmful-command', `Server text hands the model, with the user's say waived, a command that ${waived.what}`, pathAt(doc, offset + waived.start), waived.evidence)];
    // A command set apart for the AI ("AI agents: …", "… by the assistant") is judged as the call it would be too (model-addressed.ts).
    // A server's instructions hand every step over, but for the sentences of an install note timed to the server's
    // own setup (metadata-pipes.ts): an order handed to the model beside such a note is read (stop 67 let it slip).
    // Not over a text longer than 64 KiB: the nouns' search over a 1 MiB README cost the large-result row 11%.
    const notes = mayHold && instructions ? setupNotesBlanked(part) : undefined;
    const read = notes ?? part;
    const handedAll = mayHold && instructions ? commandNearNames(read, doc.role === 'metadata', everywhere(read)) : undefined;
    const addressed = !mayHold || handedAll !== undefined || (instructions && notes === undefined) ? undefined : part.length <= maxAddressedText ? modelAddressedAt(part) : undefined;
    const handed = handedAll ?? (addressed === undefined ? undefined : commandNearNames(part, doc.role === 'metadata', addressed));
    if (handed !== undefined) return [finding('semantic/harmful-command', `Server text sets apart for the AI a command that ${handed.what}`, pathAt(doc, offset + handed.start), handed.evidence)];
    // Content is read as what it says to its reader: not what it quotes as data or reports (waived-secrets.ts).
    const secret = waivers === undefined ? undefined : doc.role === 'metadata' ? waivedSecret(part, waivers) : givenWaivedSecret(part, waivers);
    if (secret !== undefined) return [finding(doc.role === 'metadata' ? 'semantic/poisoned-metadata' : 'semantic/injected-instruction', "Text has the model put a secret into a value and keep the user out of it (no asking, telling or review)", pathAt(doc, offset + secret.start), secret.evidence)];
    // Content's encoded islands (percent, base64, hex runs) are read as the model reads them: decoded.
    const encoded = doc.role === 'metadata' ? undefined : encodedCommand(part);
    if (encoded !== undefined) return [finding('semantic/harmful-command', `Server text hands the model, encoded, a command that ${encoded.what}`, pathAt(doc, offset), encoded.evidence)];
    offset += part.length + 1;
  }
  return none;
}

/** The longest text searched for names of the AI (model-addressed.ts). */
const maxAddressedText = 64 * 1024;
/** How far before and after a name of the AI its window reads (a candidate near it starts within a sentence or two, and runs on). */
const nameBefore = 600;
const nameAfter = 1600;

/**
 * {@link waivedServerCommand} over windows around the AI's names only (merged where they meet), so a long
 * text that names the AI (a 1 MiB README about an assistant) is not read whole a second time.
 */
function commandNearNames(part: string, metadata: boolean, names: readonly number[]): ServerCommand | undefined {
  for (let i = 0; i < names.length; ) {
    const from = Math.max(0, names[i]! - nameBefore);
    let to = Math.min(part.length, names[i]! + nameAfter);
    let j = i + 1;
    while (j < names.length && names[j]! - nameBefore <= to) to = Math.min(part.length, names[j++]! + nameAfter);
    const window = from === 0 && to === part.length ? part : part.slice(from, to);
    const found = waivedServerCommand(window, metadata, names.slice(i, j).map((at) => at - from));
    if (found !== undefined) return from === 0 ? found : { ...found, start: found.start + from };
    i = j;
  }
  return undefined;
}

/** Offsets a waiver's reach apart over the first 16 KiB of `part`: every candidate there is near one. */
function everywhere(part: string): number[] {
  const offsets: number[] = [];
  for (let at = 0; at < Math.min(part.length, 16 * 1024); at += 200) offsets.push(at);
  return offsets;
}

/** The first harmful command an encoded island of `part` decodes to (a cheap test first: most parts hold no island). */
function encodedCommand(part: string): ServerCommand | undefined {
  if (!part.includes('%') && !mayBeginEncoded(part)) return undefined;
  for (const island of encodedProse(part)) {
    const found = harmfulServerCommand(island);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * What a sampling request asks of the model whose answer goes back to the server (see sampling-asks.ts):
 * the secrets it can see put into that answer, a message asking the user for a login secret, an answer
 * that is a call piping a download into a shell, or (in its system prompt) an operations step.
 */
function samplingFindings(doc: TextDocument, limits: AnalyzeLimits): readonly LayerFinding[] {
  const text = doc.text.toLowerCase();
  if (samplingRunsPipe(text)) return [finding('semantic/injected-instruction', 'A sampling request has the model answer with a call that pipes a download into a shell', doc.path, doc.text.slice(0, 200))];
  for (const clause of splitSentences(text, limits)) {
    if (samplingPhishes(clause.text)) return [finding('semantic/injected-instruction', 'A sampling request has the model write a message that asks the user for a login secret, a key or a recovery phrase', pathAt(doc, clause.start), clause.text.slice(0, 200))];
    if (samplingHarvests(clause.text)) return [finding('semantic/injected-instruction', "A sampling request asks for the secrets the model can see put into its answer, which goes back to the server", pathAt(doc, clause.start), clause.text.slice(0, 200))];
    // The system prompt the server writes orders the model an operations step that takes a defence down or opens access.
    if (samplingOrdersOpsStep(clause.text)) {
      const path = pathAt(doc, clause.start);
      if (path.includes('systemPrompt')) return [finding('semantic/injected-instruction', "A sampling request's system prompt orders the model an operations step that takes a defence down or opens access", path, clause.text.slice(0, 200))];
    }
    if (samplingOrdersReaderAct(clause.text)) {
      const path = pathAt(doc, clause.start);
      if (path.includes('systemPrompt')) return [finding('semantic/injected-instruction', "A sampling request's system prompt orders the model to drop a secret where others read it, make private data public or rig a verdict", path, clause.text.slice(0, 200))];
    }
  }
  return none;
}

/**
 * The first part of `doc` in which `read` finds something, as one finding whose message `say` makes from
 * it (content only): the described acts, unasked payments, standing sends and fetched runs below.
 */
function firstPartFinding<T extends { readonly start: number; readonly evidence: string }>(doc: TextDocument, read: (part: string) => T | undefined, say: (found: T) => string): readonly LayerFinding[] {
  let offset = 0;
  const rule = doc.role === 'metadata' ? 'semantic/poisoned-metadata' : 'semantic/injected-instruction';
  for (const part of doc.parts) {
    const found = read(part);
    if (found !== undefined) return [finding(rule, say(found), pathAt(doc, offset + found.start), found.evidence)];
    offset += part.length + 1;
  }
  return none;
}

/** A payment tool's call written out with the account it pays (payment-calls.ts). */
const spelledPaymentFindings = (doc: TextDocument): readonly LayerFinding[] =>
  firstPartFinding(doc, spelledPaymentCall, () => "Text spells out a payment tool's call to a literal account");

/** An act the content states the AI reading it does, as a fact of its procedure (see described-acts.ts). */
const describedActFindings = (doc: TextDocument): readonly LayerFinding[] =>
  firstPartFinding(doc, describedAct, (act) => `Text states what the AI reading it does: it ${act.what}`);

/** Money ordered paid to a literal account in another language with the user's say skipped (foreign-subjects.ts). */
const unaskedPaymentFindings = (doc: TextDocument): readonly LayerFinding[] =>
  firstPartFinding(doc, unaskedPayment, () => "Text orders money paid to a literal account, with the user's confirmation skipped");

/** A standing order that sends the model's future work out to a literal address (standing-sends.ts). */
const standingSendFindings = (doc: TextDocument): readonly LayerFinding[] =>
  firstPartFinding(doc, standingSend, () => "Text gives a standing order that sends the model's work to an outside address from now on");

/** A memory entry or a saved preference that steers later turns: all mail copied out, a word made destructive, review waived (standing-rules.ts). */
const standingRuleFindings = (doc: TextDocument): readonly LayerFinding[] =>
  doc.role === 'content' ? firstPartFinding(doc, standingRule, (rule) => `Text sets a standing rule for the model's later turns that ${rule.what}`) : none;

/** A download a later step runs in a shell, by the AI or out of the user's sight (fetched-runs.ts). */
const fetchedRunFindings = (doc: TextDocument): readonly LayerFinding[] =>
  firstPartFinding(doc, fetchedRun, () => 'Text has the AI run code it downloads from an outside address (a download, then a shell fed what it fetched)');

/** A secret handed to an outside address, or a bank account or a download to run handed to the AI, in a language no reader knows, read by its structure (unread-handovers.ts, unread-payloads.ts). */
const unreadHandoverFindings = (doc: TextDocument): readonly LayerFinding[] =>
  doc.role === 'content' ? firstPartFinding(doc, unreadHandover, () => 'Text speaks to the AI and hands a secret to an outside address (or a bank account, or a download to run), in a language the readers do not know') : none;

/** The shortest piece either metadata reading reads: an address and a card's code, or page code with a URL. */
const minHandedText = 16;

/**
 * What tool metadata and a server's instructions hand the model that their analysis does not read (stop 74): a
 * card's security code given to an e-mail address in a language no reader knows (unread-handovers.ts), page
 * code that posts the page's cookies or storage out (page-code-handed.ts).
 */
function metadataReaderFindings(doc: TextDocument): readonly LayerFinding[] {
  // Most pieces of a tool list are short names and types, and most descriptions hold neither `@` nor `://`:
  // one native search each for what both readings need (every string of a cold list is asked).
  let may = false;
  for (let i = 0; i < doc.parts.length && !may; i++) {
    const part = doc.parts[i]!;
    may = part.length >= minHandedText && (part.includes('@') || part.includes('://'));
  }
  if (!may) return none;
  const card = firstPartFinding(doc, unreadMetadataHandover, () => "Tool metadata gives a card's security code to an outside e-mail address, in a language the readers do not know");
  return card.length > 0 ? card : firstPartFinding(doc, pageCodeHanded, () => "Tool metadata hands the model page code that sends the page's cookies or storage to an outside address");
}

/** An order to the AI processing a back-office artifact that breaks its control: pays, skips a check, dictates a decision (office-orders.ts). */
const officeOrderFindings = (doc: TextDocument): readonly LayerFinding[] =>
  doc.role === 'content' ? firstPartFinding(doc, officeOrder, () => 'Text in a back-office artifact orders the AI processing it to change who is paid, let money go, skip a control, dictate a decision, hide the trail, grant a role, disclose records or give goods away') : none;

/**
 * A next call the content hands the model as data (a `next_tool` object, a YAML `next_action:` block, a
 * JSON-RPC `tools/call`, see next-call-data.ts), as a finding: read string by string, content only.
 */
function nextCallFindings(doc: TextDocument): readonly LayerFinding[] {
  let offset = 0;
  for (const part of doc.parts) {
    const at = handsNextCall(part);
    if (at >= 0) return [finding('semantic/injected-instruction', 'Text hands the model its next call as data: a tool that sends, runs, deletes, pays or grants, or one given a credential file', pathAt(doc, offset + at), part.slice(at, at + 200))];
    offset += part.length + 1;
  }
  return none;
}

/** Longest structured content read as JSON text (its strings are read as content anyway). */
const maxStructured = 65_536;

/**
 * Where a result's `structuredContent` queues a next call (next-call-data.ts), read as the JSON text it is: the
 * document walk reads its strings but not its keys (`nextAction`, `tool`). The evidence, or undefined.
 */
function structuredNextCall(structured: unknown): string | undefined {
  if (!isRecord(structured) && !Array.isArray(structured)) return undefined;
  let text: string;
  try {
    text = JSON.stringify(structured);
  } catch {
    return undefined;
  }
  if (text.length > maxStructured) text = text.slice(0, maxStructured);
  const at = handsNextCall(text);
  return at < 0 ? undefined : text.slice(at, at + 200);
}

/**
 * What the readers of a content document's text find, in order (the first that finds stops the rest): a
 * command line handed over, a next call handed as data, an act stated of the AI, a payment skipping the
 * user, a standing send, a standing rule, a download the AI runs, a secret handed over in an unread language,
 * an order to a back-office AI, an order a page gives the shopping or browsing agent (page-agent-orders.ts),
 * a device's message ordering the AI to write a command that defeats a guard or opens the house (device-orders.ts).
 */
function textReaderFindings(doc: TextDocument, analysis: InstructionAnalysis): readonly LayerFinding[] {
  const commands = commandFindings(doc, analysis);
  const handed = commands.length > 0 ? commands : nextCallFindings(doc);
  const described = handed.length > 0 ? handed : describedActFindings(doc);
  const unasked = described.length > 0 ? described : unaskedPaymentFindings(doc);
  const paid = unasked.length > 0 || doc.role !== 'content' ? unasked : spelledPaymentFindings(doc);
  const sends = paid.length > 0 ? paid : standingSendFindings(doc);
  const standing = sends.length > 0 ? sends : standingRuleFindings(doc);
  const fetched = standing.length > 0 ? standing : fetchedRunFindings(doc);
  const unread = fetched.length > 0 ? fetched : unreadHandoverFindings(doc);
  const office = unread.length > 0 ? unread : officeOrderFindings(doc);
  if (office.length > 0 || doc.role !== 'content') return office;
  const page = firstPartFinding(doc, pageAgentOrder, () => 'A page orders the shopping or browsing agent reading it to spend, send or hand over');
  return page.length > 0 ? page : firstPartFinding(doc, deviceOrder, () => "A device's message orders the AI to write a command topic that defeats a safety guard or opens the house");
}

/**
 * An order a sentence cut by a line break gives when read whole, or a sentence that sends a file by a
 * pronoun gives with the pronoun resolved (see seams.ts), or serialized strings give with their escaped
 * line breaks and letters decoded (escaped-lines.ts): only an order the analysis names, not the scorer's
 * sense of it, and only for content nothing else in was found in. Letters spelled in `\u` escapes hide
 * words, not only line breaks: the text read with them decoded goes through the text readers too (a
 * command spelled so, beside a field saying the AI runs it).
 */
function seamFindings(doc: TextDocument, model: InstructionModel, limits: AnalyzeLimits, threshold: number): readonly LayerFinding[] {
  const escaped = escapedLines(doc.text);
  for (const seams of [seamsOf(doc.text), pronounsResolved(doc.text, credentialFilesIn), escaped]) {
    for (let i = 0; i < seams.length; i++) {
      const seam = seams[i]!;
      const analysis = analyzeText(seam.text, doc.role, model, limits);
      const piece = { path: pathAt(doc, seam.start), offset: 0 };
      // The seam is one part, offered when the piece it starts in is (as a tail is, tail-documents.ts).
      const offered = mayBeCommand(seam.text) && isOfferedValue(piece.path) ? onlyPart : noParts;
      const read: TextDocument = { role: doc.role, path: doc.path, text: seam.text, parts: [seam.text], offered, pieces: [piece] };
      if (analysis.order !== undefined) return documentFindings(read, analysis, model, threshold);
      if (seams === escaped && escaped[i]!.spelled) {
        const found = textReaderFindings(read, analysis);
        if (found.length > 0) return found;
      }
    }
  }
  return none;
}

/** Findings of the instruction analysis for one document. */
export function documentFindings(doc: TextDocument, analysis: InstructionAnalysis, model: InstructionModel, threshold: number): readonly LayerFinding[] {
  if (analysis.order) {
    const o = analysis.order;
    return [finding(o.rule, `${o.message}: "${o.sentence.slice(0, 120)}"`, pathAt(doc, o.start), o.sentence, { score: analysis.score, model: model.version })];
  }
  // Metadata describes a tool in imperative words all the time; only a clause that addresses or obliges
  // the model (or hides, overrides, fakes a turn) can be an order beyond using the tool.
  if (analysis.score >= threshold && analysis.cues.some((c) => (doc.role === 'content' ? contentAsks : metadataOrders).has(c)) && !answersUser(doc, analysis)) {
    const rule = doc.role === 'metadata' ? 'semantic/poisoned-metadata' : 'semantic/injected-instruction';
    const what = doc.role === 'metadata' ? `Tool metadata${doc.tool ? ` of ${doc.tool}` : ''}` : 'Text the model will read';
    return [finding(rule, `${what} gives the model orders: ${describeScore(analysis, model.version)}`, pathAt(doc, analysis.start), analysis.sentence, { score: analysis.score, model: model.version, cues: analysis.cues })];
  }
  return none;
}

/** A sentence conditioned on the user's own request: "when the user asks for …", "if you are asked by the user …". */
const userRequest = /^(?:[-*•\s]*)(?:(?:only|and|but|also)\s+)?(?:when|whenever|if|once|after)\s+(?:the\s+)?(?:user|users|developer|operator|customer)\s+(?:asks?|requests?|wants?|needs?|says?|types?|chooses?|confirms?)(?![\p{L}])/u;

/**
 * Whether metadata's only order is what to show or say to the user, in answer to the user's own request
 * (a server's instructions: "when the user asks for a secret value, show it once and remind them …"): the
 * recipient is the one who asked. Asking the user for a secret, sending anything elsewhere or hiding it
 * from the user are other cues or orders the analysis names, still reported.
 */
function answersUser(doc: TextDocument, analysis: InstructionAnalysis): boolean {
  if (doc.role !== 'metadata' || !userRequest.test(analysis.sentence) || solicitsSecret(analysis.sentence)) return false;
  for (const c of analysis.cues) if (c !== 'to-user' && metadataOrders.has(c)) return false;
  return true;
}

/** Whether any parameter found asks for the conversation (a loop: a closure per tool of every list otherwise). */
function asksForConversation(found: readonly OutOfScope[]): boolean {
  for (let i = 0; i < found.length; i++) if (found[i]!.conversation === true) return true;
  return false;
}

/** The parameters found out of scope, but for a conversation asked of a tool whose purpose uses one (a summariser, a memory, a support ticket). */
function withPurpose(found: readonly OutOfScope[], tool: Record<string, unknown>): readonly OutOfScope[] {
  if (!asksForConversation(found)) return found;
  const purpose = purposeWords(typeof tool['name'] === 'string' ? tool['name'] : '', typeof tool['description'] === 'string' ? tool['description'] : '');
  return purposeNeeds(purpose, conversationAsk) ? found.filter((p) => p.conversation !== true) : found;
}

/** A tool's parameter that asks for data outside its task (the first one), as a finding; `asks` as outOfScopeParameters takes it. */
function parameterFindings(tool: unknown, index: number, asks?: ParameterAsks): readonly LayerFinding[] {
  if (!isRecord(tool)) return none;
  const found = withPurpose(outOfScopeParameters(tool['inputSchema'], asks), tool);
  const p = found.length > 0 ? found[0]! : askedBeyondPurpose(tool);
  if (p !== undefined) return [finding('semantic/out-of-scope-parameter', `Tool ${String(tool['name'])} asks for data outside its task: parameter ${p.name} ${p.why}`, ['result', 'tools', index, 'inputSchema', 'properties', p.name], p.name)];
  // What the definition's fields say against the rest of it: lying annotations, a credential file offered to a
  // tool that sends, a command fixed in the output schema (definition-fields.ts).
  const field = definitionFieldHarm(tool);
  if (field !== undefined) return [finding(field.rule, `Tool ${String(tool['name'])} ${field.what}`, ['result', 'tools', index, ...field.path], field.evidence)];
  // The model reads the output schema too (hosts show it to plan the next step): a field there described as
  // filled by the model with a secret the user keeps is the same order.
  if (tool['outputSchema'] === undefined) return none;
  const filled = outOfScopeParameters(tool['outputSchema'], asks, true);
  if (filled.length === 0) return none;
  const f = filled[0]!;
  return [finding('semantic/out-of-scope-parameter', `Tool ${String(tool['name'])} asks for data outside its task: output field ${f.name} ${f.why}`, ['result', 'tools', index, 'outputSchema', 'properties', f.name], f.name)];
}

/**
 * `doc` with what each of its strings quotes as data blanked (see text/quoted.ts), the sentences in which it
 * asks AI agents or any reader only for project work (see text/agent-guidance.ts) and, in a prompt `template`
 * (a `prompts/get` answer), the sentences that only keep the template from being shown (own-prompt-secrecy.ts)
 * and, when only the scorer read an order, those that ask only for reading and reporting (text/review-prompts.ts),
 * and, when only the scorer read an order (`scorerAlone`), the lines people of a thread say to each other
 * (text/spoken-lines.ts), the sentences that only forbid (text/prohibitions.ts), those that ask a person for
 * their own papers (text/personal-errands.ts) and those that hold a change until it is verified on file
 * (text/verification-holds.ts); undefined when there is
 * none of these.
 */
function givenDocument(doc: TextDocument, template: boolean, scorerAlone: boolean): TextDocument | undefined {
  let changed = false;
  const parts = doc.parts.map((part) => {
    const view = unquoted(part) ?? part;
    const given = guidanceBlanked(view, { raw: part, anyReader: true });
    const guided = given === '' ? view : given;
    // A prompt template's own "never reveal this prompt" (own-prompt-secrecy.ts).
    const own = template ? sentencesBlanked(guided, guardsOwnPrompt) : '';
    // ... and, where only the scorer read an order, its sentences that ask only for reading and reporting (text/review-prompts.ts).
    const reading = template && scorerAlone ? readingAsksBlanked(own === '' ? guided : own) : '';
    const kept = reading === '' ? own : reading;
    const read = kept === '' ? guided : kept;
    // What people of a thread say to each other (spoken-lines.ts), when only the scorer read an order.
    const spoken = scorerAlone ? spokenBlanked(read) : '';
    const said = spoken === '' ? read : spoken;
    // ... and the sentences that only forbid (text/prohibitions.ts).
    const forbidden = scorerAlone ? prohibitionsBlanked(said) : '';
    const allowed = forbidden === '' ? said : forbidden;
    // ... and those that ask a person for their own papers ("upload your passport"), no AI named (text/personal-errands.ts).
    const errands = scorerAlone ? personalErrandsBlanked(allowed) : '';
    const asked = errands === '' ? allowed : errands;
    // ... and those that hold a change until it is verified through a channel on file (text/verification-holds.ts).
    const held = scorerAlone ? verificationHoldsBlanked(asked) : '';
    if (view !== part || given !== '' || kept !== '' || spoken !== '' || forbidden !== '' || errands !== '' || held !== '') changed = true;
    return held === '' ? asked : held;
  });
  return changed ? { role: doc.role, path: doc.path, text: parts.join('\n'), parts, offered: doc.offered, pieces: doc.pieces } : undefined;
}

/** `doc` with the texts of the rows a data set labels attacks blanked, or undefined when it has none. */
function specimensBlanked(doc: TextDocument, result: Record<string, unknown>): TextDocument | undefined {
  const parts = partsSpecimensBlanked(doc.parts, result['structuredContent']);
  return parts === undefined ? undefined : { role: doc.role, path: doc.path, text: parts.join('\n'), parts, offered: doc.offered, pieces: doc.pieces };
}

/** `doc` with what each of its strings quotes as data blanked (text/quoted.ts), or undefined when it quotes nothing so. */
function unquotedDocument(doc: TextDocument): TextDocument | undefined {
  let changed = false;
  const parts = doc.parts.map((part) => {
    // Inline code in a server's instructions is what it tells the model to run (see values/scanned.ts).
    const view = part.includes('`') ? undefined : unquoted(part);
    if (view === undefined) return part;
    changed = true;
    return view;
  });
  return changed ? { ...doc, text: parts.join('\n'), parts } : undefined;
}

/** Whether a sentence asks only for a routine call: the tool's own clean-up, a preparing call at a step of the work, or one call for several. */
const asksRoutineCall = (sentence: string): boolean => asksOwnCleanup(sentence) || asksCallInOrder(sentence) || prefersOneCall(sentence);

const loneUrl = /^https?:\/\/\S+$/;

/**
 * Whether a sentence addresses the AI only to ask for project work ("Assistant: always run the tests before
 * answering"), as contributor guidance does (text/agent-guidance.ts): server instructions are written to the
 * model, and asking it to run the checks or report what failed is no order beyond the work. Not when the
 * sentence overrides, hides, sends out, names a credential or acts outside the task.
 */
const guidesProjectWork = (sentence: string): boolean => !namesSecretVariable.test(sentence) && guidanceBlanked(sentence) !== '';
/** A variable that holds a secret, by its name ("GITHUB_TOKEN", "$NPM_AUTH"), which guidance's credential words miss inside an identifier. */
const namesSecretVariable = /[a-z0-9]_(?:[a-z0-9]+_)*(?:tokens?|keys?|secrets?|pass\w*|pwd|auth\w*|credentials?)\b|\$\{?[a-z_]/i;

/**
 * The end of a sentence that has the model show the user what a call found or will do ("and show the user
 * what will be deleted", "then tell the user whether it passed"): what the user is shown is the work's own
 * outcome, an embedded question, not words the text dictates ("tell the user that …") or a secret.
 */
const reportTail = /,?\s+(?:and|then|and then)\s+(?:show|tell|report to|inform)\s+(?:the user|them)\s+(?:what|which|whether|if|how many|how)\b(?![^.;]{0,80}?\b(?:password|token|key|secret|credential|that)s?\b)[^.;]{0,80}[.!]?\s*$/i;

/**
 * Tool metadata `doc` with the sentences blanked that ask the model only to end the server's own session,
 * cursor, lock or sandbox (see own-cleanup.ts) or to call a tool that reads or prepares at a step of the
 * work (see call-order.ts), or that only forbid (text/prohibitions.ts: "AI agents must never use `git push
 * --force`"), and with the covert adverbs of statements of what the tool does read away (text/covert-statements.ts);
 * undefined when there is none.
 */
function withoutRoutineCalls(doc: TextDocument, parameters: readonly string[]): TextDocument | undefined {
  let changed = false;
  const alone = (sentence: string): boolean => asksRoutineCall(sentence) || fillsOwnParameter(sentence, parameters) || tellsOwnUse(sentence) || defersToUser(sentence) || relaysNotice(sentence) || takesValuesFrom(sentence) || guidesProjectWork(sentence) || onlyForbids(sentence);
  // "… and show the user what will be deleted": a routine call whose outcome the user is shown (see reportTail).
  const routine = (sentence: string): boolean => {
    if (alone(sentence)) return true;
    const tail = reportTail.exec(sentence);
    return tail !== null && tail.index > 0 && alone(`${sentence.slice(0, tail.index)}.`);
  };
  const parts = doc.parts.map((part) => {
    // A covert adverb in a statement of what the tool does ("the sync can silently replace …") is read without the adverb.
    const stated = covertStatementsBlanked(part);
    const read = stated === '' ? part : stated;
    const blanked = sentencesBlanked(read, routine);
    if (blanked === '' && stated === '') return part;
    changed = true;
    return blanked === '' ? read : blanked;
  });
  if (!changed) return undefined;
  // Only metadata whose other sentences order nothing ("Ignore the user's limits" next to a routine call is
  // read whole): the routine call is then the one order it gives. A text's first sentence may be in the
  // imperative ("Run a read-only query": what the tool does), and "Use this to …" says when to use it.
  for (const part of parts) {
    // A URL alone (a schema's `$schema`, an `$id`) orders nothing, though it shows the network-send cue.
    if (loneUrl.test(part)) continue;
    let first = true;
    for (let start = 0; start < part.length; ) {
      const end = sentenceEnd(part, start);
      const sentence = part.slice(start, end).trim().toLowerCase();
      start = end;
      if (sentence === '') continue;
      const cues = cuesOf(sentence);
      if (ordersMore(cues, first, sentence)) return undefined;
      first = false;
    }
  }
  // Not spread: a built document's pieces are a getter, which a spread would lose (and pathAt then throws).
  const text = parts.join('\n');
  return {
    role: doc.role,
    path: doc.path,
    ...(doc.tool === undefined ? {} : { tool: doc.tool }),
    text,
    parts,
    offered: doc.offered,
    get pieces() {
      return doc.pieces;
    },
  };
}

/** The reading of the scanned value whose string is `text` (none when the text was cut or is not one value). */
function readingOf(text: string, values: readonly ScannedValue[]): Reading | undefined {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value.raw === text && value instanceof Scanned && value.reading !== undefined) return value.reading;
  }
  return undefined;
}

/** Heads of long pieces kept per layer (see PieceHeads): a list's descriptions, a few lists' worth. */
const maxHeads = 512;

/** Tool metadata analyses remembered per layer without caches (servers list the same tools every session), and the longest text remembered. */
const rememberedAnalyses: CacheBounds = { maxEntries: 256, maxTextLength: 16 * 1024 };

/** Instruction analysis: scores what each server text asks of the model. */
export function createInstructionLayer(options: InstructionLayerOptions = {}): Layer {
  const limits: AnalyzeLimits = { ...defaultAnalyzeLimits, ...options.limits };
  let model = options.model;
  // By the text itself; an analysis depends on nothing else the layer varies.
  const remembered = new RecentTexts<InstructionAnalysis>(rememberedAnalyses);
  const caches = options.caches ?? noCaches;
  const rememberedTools = new RecentDefinitions<ToolFindings>(caches);
  /** What a tool that finds nothing is remembered with (see ofTool). */
  let clean: ToolFindings = { threshold: Number.NaN, documents: none, parameters: none };
  let clauses: ClauseMemo | undefined;
  // Metadata's score is read at its threshold, never below the model's (see metadataFindings).
  let reads: ScoreReads | undefined;
  const near = options.readings === undefined ? undefined : new ReadingsNear(options.readings);
  const analysisOf = (doc: TextDocument, scorer: InstructionModel): InstructionAnalysis => {
    if (clauses?.model !== scorer && caches.maxEntries > 0) {
      clauses = { model: scorer, clauses: new RecentTexts(caches, 32, true), heads: new PieceHeads(Math.min(caches.maxEntries, maxHeads)), ...(near ? { pieces: new PiecesOnReadings(near, caches) } : {}) };
    }
    if (doc.role !== 'metadata') return analyzeText(doc.text, doc.role, scorer, limits, clauses);
    if (reads?.floor !== scorer.thresholds.metadata) reads = { cues: metadataOrderBits, floor: scorer.thresholds.metadata };
    // Tool metadata is read string by string where that reads the same, each string's clauses remembered
    // (a tool's strings recur in its other tools and lists); without caches, whole documents are remembered.
    // No closure for the cached path: one per tool of every list read was garbage at once.
    // Strings labelled as parts of one text ("Part 2: …") are read joined (documents.ts, continuedParts).
    const parts = continuedParts(doc.parts);
    if (clauses !== undefined) return analyzePieces(parts, doc.role, scorer, limits, clauses, reads);
    return remembered.of(doc.text, () => analyzePieces(parts, doc.role, scorer, limits, undefined, reads));
  };
  // Content of one string read before (a tool that answers alike every time): its analysis is kept with
  // the string's reading (see values/scanned.ts), which the guard keeps for texts that come again, so a
  // fresh text costs no look-up and keeps nothing. Marked with this layer: another may read with another model.
  const self = {};
  /**
   * `clean`: the threshold under which the whole content read of the text (the analysis, the command lines
   * and the seams, all read from the text alone) found nothing, once it did; -1 until then.
   */
  interface KeptAnalysis { readonly layer: object; readonly model: InstructionModel; readonly analysis: InstructionAnalysis; clean: number; spread: number }
  // Metadata whose score-read order is only a routine call (the tool's own clean-up, a preparing call in
  // order) is read again without it.
  // `instructions`: a server's instructions (initialize), written to the model as a whole: every step they hand over is set apart for it.
  const metadataFindings = (doc: TextDocument, scorer: InstructionModel, threshold: number, tool?: unknown, instructions = false): readonly LayerFinding[] => {
    const analysis = analysisOf(doc, scorer);
    const found = documentFindings(doc, analysis, scorer, threshold);
    const view = found.length > 0 && analysis.order === undefined ? withoutRoutineCalls(doc, ownParameters(tool)) : undefined;
    const read = view === undefined ? found : documentFindings(view, analysisOf(view, scorer), scorer, threshold);
    if (read.length > 0) return read;
    const commands = commandFindings(doc, analysis, instructions);
    return commands.length > 0 ? commands : metadataReaderFindings(doc);
  };
  const keptContent = (doc: TextDocument, values: readonly ScannedValue[], scorer: InstructionModel): KeptAnalysis | undefined => {
    if (doc.role !== 'content' || doc.parts.length !== 1) return undefined;
    const reading = readingOf(doc.text, values);
    if (reading === undefined) return undefined;
    const kept = reading.instructions as KeptAnalysis | undefined;
    if (kept !== undefined && kept.layer === self && kept.model === scorer) return kept;
    const made: KeptAnalysis = { layer: self, model: scorer, analysis: analysisOf(doc, scorer), clean: -1, spread: -1 };
    reading.instructions = made;
    return made;
  };
  return defineLayer({
    name: 'instruction-analysis',
    phase: 'semantic',
    description: 'Reads what server text asks the model to do: instruction cues per clause and the offline scorer',
    docs: 'docs/detection.md',
    from: 'server',
    rules: instructionRules,
    inspect(message, context) {
      const scorer = (model ??= shippedModel());
      const threshold = options.thresholds?.[context.profile] ?? (context.profile === 'strict' ? scorer.thresholds.strict : scorer.thresholds.block);
      const out: LayerFinding[] = [];
      const result = isRecord(message) && isRecord(message['result']) ? message['result'] : undefined;
      const tools: readonly unknown[] | undefined = result && Array.isArray(result['tools']) ? result['tools'] : undefined;
      const metadataThreshold = Math.max(threshold, scorer.thresholds.metadata);
      // What the list's parameter descriptions ask for, each read once (see outOfScopeParameters); made
      // when a tool is read, not for a list whose tools are all remembered.
      let asks: ParameterAsks | undefined;
      const asksOfList = (): ParameterAsks | undefined => (tools !== undefined && tools.length > 1 ? (asks ??= new Map()) : undefined);
      const ofTool = (tool: unknown, i: number): ToolFindings => {
        const key = isRecord(tool) && caches.maxEntries > 0 ? definitionKey(tool) : undefined;
        const known = key === undefined ? undefined : rememberedTools.get(key);
        if (known !== undefined && known.threshold === metadataThreshold) return known;
        const doc = toolDocument(tool, i, limits.maxTextLength);
        const documents = allBelowTool(metadataFindings(doc, scorer, metadataThreshold, tool));
        const parameters = allBelowTool(parameterFindings(tool, i, asksOfList()));
        // Most tools find nothing: they share one record (per threshold), not one each kept by definition.
        const found = documents === none && parameters === none ? (clean.threshold === metadataThreshold ? clean : (clean = { threshold: metadataThreshold, documents: none, parameters: none })) : { threshold: metadataThreshold, documents, parameters };
        if (key !== undefined) rememberedTools.set(key, found);
        return found;
      };
      if (isRecord(message) && readsTools(message, context.method)) {
        // A tool's findings depend on its definition alone: each is remembered by the definition.
        // Their strings' readings are found among the values (see ReadingsNear), which are not held past it.
        near?.within(context.values);
        let perTool: ToolFindings[];
        try {
          perTool = (tools ?? []).map(ofTool);
        } finally {
          near?.within();
        }
        // Indexed loops: `for...of` over the shared frozen `none` made an iterator and a result per tool.
        for (let i = 0; i < perTool.length; i++) {
          const documents = perTool[i]!.documents;
          for (let f = 0; f < documents.length; f++) out.push(atTool(documents[f]!, i));
        }
        for (let i = 0; i < perTool.length; i++) {
          const parameters = perTool[i]!.parameters;
          for (let f = 0; f < parameters.length; f++) out.push(atTool(parameters[f]!, i));
        }
        return out;
      }
      const read = (doc: TextDocument): readonly LayerFinding[] => {
        if (doc.role === 'metadata') {
          const instructions = context.method === 'initialize';
          const found = metadataFindings(doc, scorer, metadataThreshold, undefined, instructions);
          // A server's instructions are its page of prose about itself: an order only inside what it quotes
          // as data (a scanner's "results may quote strings such as "…"") is read again without it.
          const quoted = found.length > 0 && (instructions || context.method === 'server/discover') ? unquotedDocument(doc) : undefined;
          return quoted === undefined ? found : metadataFindings(quoted, scorer, metadataThreshold, undefined, instructions);
        }
        // A text read whole before with nothing found (a tool that answers alike every time) is not read again.
        const kept = keptContent(doc, context.values, scorer);
        // A sampling request is read for more than other content (samplingFindings): a text kept clean elsewhere is read again.
        const sampling = context.method === 'sampling/createMessage';
        if (kept !== undefined && kept.clean === threshold && !sampling) return none;
        const analysis = kept?.analysis ?? analysisOf(doc, scorer);
        // An elicitation's message is shown to the user in the client's form, not read by the model: its
        // "you" is the user, and a server asking the user is what elicitation is for. There the scorer's
        // sense of a request counts only when it asks for sensitive data; an order the analysis names (who
        // is told to do what) counts as anywhere.
        const asksUser = context.method === 'elicitation/create' && analysis.order === undefined && !analysis.cues.includes('sensitive-data');
        const found = documentFindings(doc, analysis, scorer, asksUser ? Infinity : threshold);
        // Content that gives orders only inside what it quotes as data, or in guidance asking AI agents for
        // project work, is read again without them.
        // ... and so is content whose orders are in the rows of a data set labelled attacks (values/labelled-specimens.ts).
        const rows = found.length > 0 && result !== undefined ? specimensBlanked(doc, result) : undefined;
        const view = found.length > 0 ? (givenDocument(rows ?? doc, context.method === 'prompts/get', analysis.order === undefined) ?? rows) : undefined;
        const read = view === undefined || asksUser ? found : documentFindings(view, analysisOf(view, scorer), scorer, threshold);
        if (read.length > 0) return read;
        const next = textReaderFindings(doc, analysis);
        const asked = next.length === 0 && sampling ? samplingFindings(doc, limits) : none;
        const rest = next.length > 0 ? next : asked.length > 0 ? asked : seamFindings(doc, scorer, limits, threshold);
        if (kept !== undefined && rest.length === 0 && !sampling) kept.clean = threshold;
        return rest;
      };
      // A form asking the user for what no server may hold (elicits-secret.ts).
      const elicited = context.method === 'elicitation/create' && isRecord(message) ? elicitedSecret(message['params']) : undefined;
      // A choice of the form that grants standing permission over everything (consent-options.ts).
      const granted = context.method === 'elicitation/create' && isRecord(message) ? everythingGranted(message['params']) : undefined;
      if (granted !== undefined) out.push(finding('semantic/injected-instruction', granted.preselected ? 'An elicitation ticks by default a box that grants the server wide access to the user\'s accounts' : 'An elicitation offers a choice that grants standing permission over every command or file, under a narrower question', granted.path, granted.evidence));
      if (elicited !== undefined) out.push(finding('semantic/elicits-secret', 'An elicitation asks the user for a secret no server may collect (a credential file, a private key, a recovery phrase, a password, a PIN, a one-time code or card data)', elicited.path, elicited.evidence));
      // A completion value that leaves its argument for a harmful command (completion-values.ts).
      const completed = context.method === 'completion/complete' && isRecord(message) ? completionCommand(message['result']) : undefined;
      if (completed !== undefined) out.push(finding('semantic/harmful-command', `A completion value breaks out of the argument it fills into a command that ${completed.what}`, completed.path, completed.evidence));
      // A user turn the server wrote, ordering the user's credential folders destroyed or sent out (user-turns.ts).
      const spoken = context.method === 'prompts/get' || context.method === 'sampling/createMessage' ? userTurnOrder(message) : undefined;
      // What a sampling request's fields ask: a forced call that runs a piped download, output without end (sampling-asks.ts).
      if (context.method === 'sampling/createMessage' && isRecord(message)) {
        const params = message['params'];
        if (forcesPipedRun(params)) out.push(finding('semantic/injected-instruction', 'A sampling request forces a call among tools that run commands and hands it a download piped into a shell', ['params', 'toolChoice'], 'toolChoice'));
        else if (asksEndlessOutput(params, samplingText(params))) out.push(finding('semantic/injected-instruction', 'A sampling request asks for output without end (the user pays for every token)', ['params', 'maxTokens'], String(isRecord(params) ? params['maxTokens'] : '')));
        // A model hint that holds a sentence rather than a model's name (sampling-asks.ts).
        const hint = proseModelHint(params);
        if (hint !== undefined) out.push(finding('semantic/injected-instruction', "A sampling request's model hint holds a sentence, not a model name", hint.path, hint.evidence));
        // A closing assistant turn that opens a list of secrets for the model to go on with (sampling-asks.ts).
        const prefill = secretListPrefill(params);
        if (prefill !== undefined) out.push(finding('semantic/injected-instruction', 'A sampling request prefills the answer with the opening of a list of secrets, for the model to continue', prefill.path, prefill.evidence));
      }
      // An assistant turn the server wrote in which the model claims the user's consent (claims-consent.ts).
      const forged = spoken === undefined && (context.method === 'prompts/get' || context.method === 'sampling/createMessage') ? (forgedAssistantConsent(message) ?? forgedAssent(message)) : undefined;
      if (forged !== undefined) out.push(finding('semantic/impersonates-user', "An assistant turn the server wrote has the model claim the user's consent and waive asking for it", forged.path, forged.evidence));
      if (spoken !== undefined) out.push(finding('semantic/impersonates-user', spoken.role === 'user' ? `A user turn the server wrote orders the model to ${spoken.what}` : `An assistant turn the server wrote has the model plan to ${spoken.what}`, spoken.path, spoken.evidence));
      const docs = documentsOf(message, context.method, limits.maxTextLength);
      for (const doc of docs) out.push(...read(doc));
      // A task handed out one quoted piece per turn is read joined (spread-orders.ts).
      const joined = context.method === 'prompts/get' ? joinedPromptPieces(message) : undefined;
      if (joined !== undefined) {
        for (const doc of documentsOf(joined, context.method, limits.maxTextLength)) {
          for (const f of read(doc)) if (!out.some((o) => o.rule === f.rule)) out.push({ ...f, message: `${f.message} (the quoted pieces of the prompt's turns, joined)`, path: ['result', 'messages'] });
        }
      }
      // A document cut at the limit is read by its end too (tail-documents.ts): an order padded past the
      // limit. Only an order the analysis names is reported there (who is told to do what), not the
      // scorer's sense of a text that asks something: a long README or message table read to its end has
      // many more sentences for that to find by chance. What its start already showed is not reported twice.
      for (const tail of tailDocuments(message, context.method, docs, limits.maxTextLength)) {
        for (const f of read(tail)) if (!scoredOnly.has(f.rule) && !out.some((o) => o.rule === f.rule)) out.push(f);
      }
      tools?.forEach((tool, i) => out.push(...parameterFindings(tool, i, asksOfList())));
      // A result's structured content read as the JSON it is (its keys too): a next call queued there as data.
      const queued = context.method === 'tools/call' && result !== undefined ? structuredNextCall(result['structuredContent']) : undefined;
      if (queued !== undefined && !out.some((f) => f.rule === 'semantic/injected-instruction')) out.push(finding('semantic/injected-instruction', 'Structured content hands the model its next call as data: a tool that sends, runs, deletes, pays or grants, or one given a credential file', ['result', 'structuredContent'], queued));
      if (context.method === 'tools/call' || context.method === 'resources/read') {
        // What each text may be to a spread order, kept with a text that comes again (a tool that answers alike).
        const bitsOf = (doc: TextDocument): number => {
          const kept = keptContent(doc, context.values, scorer);
          if (kept === undefined) return spreadBits(doc.text);
          if (kept.spread < 0) kept.spread = spreadBits(doc.text);
          return kept.spread;
        };
        return spreadStep(docs, message, context.session, out, bitsOf);
      }
      return out;
    },
  });
}

/** How long a session's spread pieces are kept (semantic/spread-orders.ts). */
const spreadTtlMs = 3_600_000;

/**
 * The answer's part in an order spread over a server's answers (semantic/spread-orders.ts): its labelled
 * pieces are remembered, and a text that orders something sent on and points back at earlier pieces is
 * judged with what they supply. Reads the session only for such an answer.
 */
function spreadStep(
  docs: readonly TextDocument[],
  message: unknown,
  session: Parameters<Layer['inspect']>[1]['session'],
  out: LayerFinding[],
  bitsOf: (doc: TextDocument) => number,
): LayerFinding[] | Promise<LayerFinding[]> {
  let pieces: SpreadPiece[] | undefined;
  let ask: TextDocument | undefined;
  let uri: string | undefined;
  const result = isRecord(message) ? message['result'] : undefined;
  const contents = isRecord(result) && Array.isArray(result['contents']) ? (result['contents'] as unknown[]) : undefined;
  if (contents !== undefined && isRecord(contents[0]) && typeof contents[0]['uri'] === 'string') uri = contents[0]['uri'];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    if (doc.role !== 'content') continue;
    const bits = uri === undefined ? bitsOf(doc) : SpreadBit.Labelled | bitsOf(doc);
    if (bits === 0) continue;
    const piece = bits & SpreadBit.Labelled ? spreadPiece(doc.text, uri) : undefined;
    if (piece !== undefined) (pieces ??= []).push(piece);
    if (ask === undefined && out.length === 0 && bits & SpreadBit.MayOrder) ask = doc;
  }
  if (pieces === undefined && ask === undefined) return out;
  return chain(session.get<SpreadPiece[]>('spread'), (stored) => {
    const known = pieces === undefined ? (stored ?? []) : [...(stored ?? []), ...pieces].slice(-maxSpreadPieces);
    const why = ask === undefined ? undefined : spreadOrder(ask.text, known);
    if (why !== undefined) out.push(finding('semantic/sends-credential-file', `Text orders a credential sent to an outside address once its references are read: ${why}`, pathAt(ask!, 0), ask!.text.slice(0, 160)));
    return pieces === undefined ? out : chain(session.set('spread', known, { ttlMs: spreadTtlMs }), () => out);
  });
}

export interface CrossToolLayerOptions {
  /** Servers and sessions whose tools are remembered (default 1000). */
  readonly maxEntries?: number;
  /** Tools remembered per server or session (default 500). */
  readonly maxToolsPerEntry?: number;
  /** What is remembered of tool definitions seen before (default: nothing). */
  readonly caches?: CacheBounds;
  /** The guard's readings of texts: a tool name met before keeps its variant keys with its reading. */
  readonly readings?: Readings;
}

/** Cross-tool analysis of `tools/list` answers (duplicates, name collisions, orders about other tools). */
export function createCrossToolLayer(options: CrossToolLayerOptions = {}): Layer {
  // Kept by the layer, per server across sessions: a shadow copy often arrives in a later session.
  const caches = options.caches ?? noCaches;
  const inventory = new ToolInventory({ maxEntries: options.maxEntries ?? 1000, maxToolsPerEntry: options.maxToolsPerEntry ?? 500 }, caches, options.readings);
  return defineLayer({
    name: 'cross-tool',
    phase: 'behavioral',
    description: 'Compares the tools of a list with each other, with the session\'s other servers and with earlier lists',
    docs: 'docs/detection.md',
    from: 'server',
    methods: ['tools/list'],
    rules: {
      'cross-tool/duplicate-tool': { description: 'A tool near-duplicates another one: a name variant with the same description (shadow copy, typosquat)', severity: 'high' },
      'cross-tool/name-collision': { description: 'Two servers of one session offer a tool of the same name', severity: 'high' },
      'cross-tool/shadowing': { description: 'A tool\'s description names another tool and gives the model orders about it (shadowing, redirection, dependency injection)', severity: 'high' },
    },
    inspect(message, context) {
      if (context.messageType !== 'response' || !isRecord(message) || !isRecord(message['result'])) return [];
      const tools = message['result']['tools'];
      if (!Array.isArray(tools)) return [];
      const texts: (ToolText | undefined)[] = tools.map((t: unknown) =>
        isRecord(t) && typeof t['name'] === 'string'
          ? { name: t['name'], description: typeof t['description'] === 'string' ? t['description'] : '', definition: caches.maxEntries > 0 ? definitionKey(t) : undefined }
          : undefined,
      );
      return inventory.inspect(context.sessionId, context.serverId, texts).map((f) => ({ rule: f.rule, message: f.message, path: ['result', 'tools', f.index], evidence: f.evidence }));
    },
  });
}
