import type { RecentTexts } from '../recent.js';
import type { OnItsOwn } from '../secrets/transformed.js';
import { secretFile } from '../paths/write-targets.js';
import { describedPaths } from '../text/described-paths.js';
import { sentByPronoun } from '../text/sent-by-pronoun.js';
import { dataUrlText } from './data-urls.js';
import { decodedWhole, encodedProse, leetSpelled, maxUnaskedLeet, rot13Named, rot13Spelled } from '../text/encoded-prose.js';
import { spacedSpelled } from '../text/spaced-letters.js';
import { mayBeReversed, reversedSpelled, reverseHint } from '../text/reversed-prose.js';
import { type CanonicalText, canonicalize, canonicalizeNotPlain, type NormalizeLimits, plainCanonical } from '../text/normalize.js';
import { unquoted } from '../text/quoted.js';
import type { MessagePath, ScannedValue, ValueKind } from '../types.js';
import { kindsOfShape, startsWithProgram } from './classify.js';
import type { RawValue, ValueSink } from './extract.js';
import { commandForm, pathDrop, pathForm, urlForm } from './forms.js';
import { commitMessageSpans } from '../commands/commit-messages.js';
import { encodedCommandScripts } from '../commands/powershell-encoded.js';
import { databaseLoadSpans } from '../commands/database-loads.js';
import { envLoadSpans } from '../commands/env-loads.js';
import { sedScriptSpans } from '../commands/sed-scripts.js';
import { keyUseSpans } from '../commands/key-uses.js';
import { podCommandSpans } from '../commands/pod-commands.js';
import { sqlDataSpans } from '../commands/sql-data-literals.js';
import { commandsWithEnvironment, environmentParent } from './command-env.js';
import { joinedArgv } from './joined-argv.js';
import { joinedParts } from './joined-parts.js';
import { jsonTextUnescaped, jsonTextValues } from './json-text.js';
import { KeyFact, keyFacts } from './key-facts.js';
import { manifestText, yamlTextValues } from './yaml-text.js';
import { allKinds, Kind, kindNamesOf } from './kinds.js';
import { pathOf, type PathTable, type ValuePath } from './value-path.js';

// Arguments that carry a file's or a message's body, whatever the tool calls them (see key-facts.ts).
const contentKey = (key: string): boolean => (keyFacts(key) & KeyFact.Content) !== 0;

// Files a coding agent reads as its own instructions: what is written there speaks to a model later.
const agentInstructions = /(?:^|\/)(?:agents|claude|gemini)\.md$|(?:^|\/)\.(?:cursorrules|windsurfrules|clinerules)$|(?:^|\/)\.cursor\/rules\/|(?:^|\/)\.github\/(?:copilot-instructions\.md|instructions\/)/;
const commandOnly = (kinds: number): boolean => (kinds & Kind.Command) !== 0 && (kinds & Kind.Text) === 0;
const topKey = (at: ValuePath): string | number | undefined => {
  const path = pathOf(at);
  return path[1] === 'arguments' ? path[2] : undefined;
};

/**
 * Where a client request writes a file: the top-level argument declared a path (not also text) of a call
 * that also carries text, or undefined. Its siblings that carry text are that file's content.
 */
function writeDestination(raws: readonly RawValue[]): RawValue | undefined {
  let destination: RawValue | undefined;
  let content = false;
  // Indexed: an iterator result per value otherwise (a message of 190,000 URLs, 8 MB).
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    if (pathOf(raw.path).length !== 3 || topKey(raw.path) === undefined) continue;
    if (raw.kinds & Kind.Path && !(raw.kinds & Kind.Text)) destination ??= raw;
    else if (raw.kinds & Kind.Text || contentKey(raw.key)) content = true;
  }
  return content ? destination : undefined;
}

/**
 * Whether `raw` is the body of the file a call writes at `destination`: a sibling of the path that carries
 * text, named as a file's content or running over lines (a one-line `q` beside a path may still be a query).
 */
function writtenBody(raw: RawValue, destination: RawValue | undefined): boolean {
  if (destination === undefined || topKey(raw.path) === topKey(destination.path)) return false;
  return contentKey(raw.key) || ((raw.kinds & Kind.Text) !== 0 && raw.raw.includes('\n'));
}

// The query of a search tool (web, code, issues, documents): its words are matched against documents, not
// read as orders ("ignore case regex javascript", a search for the text of an injection). A tool that only
// has a `query` (ask, chat) may hand it to a model; a long or multi-line query is read as prose all the same.
const searchTool = /search|find|lookup|look_up|grep|google|bing|brave|tavily|serp|duckduckgo/i;
const searchKey = (key: string): boolean => (keyFacts(key) & KeyFact.Search) !== 0;
const maxSearchQuery = 400;

// Its pattern is a regular expression or glob matched against files: `|` there is alternation ("spawn|exec",
// "TODO|FIXME|id"), not a pipe. A pattern holding what only a shell reads (`;`, `&`, a backquote, `$(`, a
// line break) is left to what its shape says.
const patternKey = (key: string): boolean => (keyFacts(key) & KeyFact.Pattern) !== 0;
const shellOnly = /[;&`\n\r]|\$\(/;

/** Whether `raw` is the one-line query or the search pattern of a search tool (the caller knows the tool searches). */
const isSearchQuery = (raw: RawValue, text: string): boolean =>
  text.length <= maxSearchQuery && (searchKey(raw.key) ? !text.includes('\n') : patternKey(raw.key) && !shellOnly.test(text));

/**
 * Whether a client hands `raw` on as data rather than prose for a reader (see {@link ScannedValue.quoted}):
 * a value its field declares a command or code, a one-line query of a search tool, a line that opens with a program in a field not declared
 * text, or the content of a file written next to `destination` (unless the file is one an agent reads as
 * its instructions). A search pattern in a grep line or a test fixture of attack strings is then data.
 */
function isQuoted(raw: RawValue, text: string, destination: RawValue | undefined, searching: boolean): boolean {
  if (commandOnly(raw.kinds)) return true;
  if (searching && isSearchQuery(raw, text)) return true;
  if (raw.byShape && !(raw.kinds & Kind.Text) && startsWithProgram(text)) return true;
  if (destination === undefined || topKey(raw.path) === topKey(destination.path)) return false;
  return ((raw.kinds & Kind.Text) !== 0 || contentKey(raw.key)) && !agentInstructions.test(destination.raw.trim().toLowerCase().replace(/\\/g, '/'));
}

// A field a server decodes before it acts on it: named for its encoding (`script_b64`, `command_hex`,
// `contentBase64`), or next to a field that declares it (`"encoding": "base64"`).
const encodedKey = (key: string): boolean => (keyFacts(key) & KeyFact.Encoded) !== 0;
const encodingKey = (key: string): boolean => (keyFacts(key) & KeyFact.Encoding) !== 0;
// Gzip then base64 is decoded as base64 is (decodedWhole inflates it).
const encodingName = /^(?:base64|b64|base64url|hex|base16|gzip|(?:gzip|gz)[+ _-]?(?:base64|b64)|(?:base64|b64)[+ _-]?(?:gzip|gz))$/i;
const parentOf = (at: ValuePath): string => pathOf(at).slice(0, -1).join('\u0000');

/** The parents of the fields a client call declares encoded by a sibling (`{"encoding": "base64", "script": …}`), or undefined. */
export function encodedParents(raws: readonly RawValue[]): Set<string> | undefined {
  let parents: Set<string> | undefined;
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    if (encodingKey(raw.key) && encodingName.test(raw.raw.trim())) (parents ??= new Set()).add(parentOf(raw.path));
  }
  return parents;
}

// A path sent as a list of its segments (`"segments": ["~", ".ssh", "id_rsa"]`), which the server joins.
const segmentsKey = (key: string): boolean => (keyFacts(key) & KeyFact.Segments) !== 0;
const segment = /^(?:~|\.{1,2}|[^/\\\s]{1,255})$/;
const maxSegments = 64;

/** The paths a client call sends as arrays of segments, joined as a server joins them (each a value at the array's path). */
export function joinedPaths(raws: readonly RawValue[]): RawValue[] | undefined {
  let joined: RawValue[] | undefined;
  for (let r = 0; r < raws.length; ) {
    const first = raws[r++]!;
    // The items of one array come one after another, in order, under the array's key.
    const path = pathOf(first.path);
    // Named a path's parts, or opening at a root (`["", "etc", "shadow"]`, `["~", ".ssh", …]`) whatever its name.
    if (typeof path[path.length - 1] !== 'number' || !(segmentsKey(first.key) || first.raw === '' || first.raw === '~')) continue;
    const parent = parentOf(first.path);
    const items = [first.raw];
    for (; r < raws.length && items.length < maxSegments && raws[r]!.key === first.key && parentOf(raws[r]!.path) === parent; r++) items.push(raws[r]!.raw);
    // A first segment that is empty is the root (`["", "etc", "shadow"]`).
    if (items.length < 2 || !items.every((item, i) => segment.test(item) || (i === 0 && item === ''))) continue;
    (joined ??= []).push({ path: path.slice(0, -1), key: first.key, raw: items.join('/'), kinds: first.kinds | Kind.Path, byShape: true });
  }
  return joined;
}

/** What {@link Forms.pathDrop} and {@link Reading.pathDrop} hold until a value asks. */
const dropUnread = -3;

/** The text's {@link pathDrop}, read once into `forms` (negative: the form is the text, or made the long way). */
function dropOf(forms: { pathDrop: number }, text: string): number {
  if (forms.pathDrop === dropUnread) forms.pathDrop = pathDrop(text);
  return forms.pathDrop;
}

/**
 * What depends on a raw text alone: its canonical form, the kinds its shape says (-1 until a value asks),
 * and what layers learned of it (each slot undefined until its layer reads a value of this text). A guard
 * keeps readings for the texts that come again (tool names, the paths, commands and URLs an agent
 * repeats), one entry per text for every layer. A value read from a kept reading also carries the kept
 * canonical string, whose hash every later look-up by text reuses.
 */
export class Reading implements CanonicalText {
  readonly text: string;
  readonly signals: number;
  readonly hidden: string;
  shape = -1;
  /** What the text shows on its own to the transformed-secrets reading (request analysis). */
  secrets: OnItsOwn | undefined = undefined;
  /** The value read before this text the last time its seam was read, and whether a secret literal crossed it (transformed.ts). */
  seamAfter: string | undefined = undefined;
  seamHit = false;
  /** Hashes of the recipient-like tokens of the canonical text (data flow). */
  tokenHashes: readonly number[] | undefined = undefined;
  /** Hashes of the tokens the text tells the agent to send or pay to, and the generated-looking values keys naming a secret assign in it (data flow). */
  orderedHashes: readonly number[] | undefined = undefined;
  assigned: readonly string[] | undefined = undefined;
  /** The physical acts the text asks for in an outsider's name, as bits (data flow, stateful/physical-orders.ts). */
  physical: number | undefined = undefined;
  /** Hashes of the one-time codes the text shows (data flow, stateful/one-time-codes.ts). */
  codes: readonly number[] | undefined = undefined;
  /** The address ranges the text puts in and out of scope, or null when it writes none (data flow, stateful/written-scope.ts). */
  scope: unknown = undefined;
  /** The text's path, command and URL forms (see forms.ts), made when a value asks; where the path form drops one character (see pathDrop). */
  pathForm: string | undefined = undefined;
  pathDrop = dropUnread;
  commandForm: string | undefined = undefined;
  urlForm: string | undefined = undefined;
  /** The paths and URLs inside the text as {@link embeddedValues} takes them, for one way of reading it. */
  embedded: { readonly as: number; readonly tokens: readonly Embedded[] } | undefined = undefined;
  /** The prose its base64 and hex runs spell, and the text spelled out of leetspeak ('' if it is not), when a server value asks. */
  encoded: readonly string[] | undefined = undefined;
  spelled: string | undefined = undefined;
  /** What the rule plans reported for values of this text, by the rest of what their rules read (rule-layer.ts). */
  rules: unknown = undefined;
  /** The text rotated back when it is written in ROT13 ('' if it is not), when a server value asks. */
  rotated: string | undefined = undefined;
  /** Its lines that hold letters spaced apart, read as the words they spell ('' if none), when a server value asks. */
  spaced: string | undefined = undefined;
  /** The text reversed when it is written backwards ('' if it is not), when a server value asks. */
  reversed: string | undefined = undefined;
  /** The text with its JSON string escapes decoded when it is JSON text that escapes line breaks or letters ('' if not), when a server value asks. */
  unescaped: string | undefined = undefined;
  /** Its sentences that name a file by where it lives, with the file's path for the words ('' if none), when a server value asks. */
  described: string | undefined = undefined;
  /** Its sentences that send on by a pronoun what they gathered, with the thing for the pronoun ('' if none), when a server value asks. */
  resent: string | undefined = undefined;
  /** The canonical text with what it quotes as data blanked ('' if it quotes nothing so), when a rule about orders to a model matched it (see text/quoted.ts). */
  unquoted: string | undefined = undefined;
  /** What the instruction analysis read in the text as a server's content, with the layer that read it (semantic/layers.ts). */
  instructions: unknown = undefined;
  /** The text's clauses read alone as a piece of tool metadata, with the layer that read them (semantic/layers.ts). */
  piece: unknown = undefined;
  /** What the request analysis found in the text read as a shell line (layers/request-analysis.ts). */
  commands: unknown = undefined;
  /** What the text, read as a shell line, leaves for a later call of the session, or null (layers/request-analysis.ts). */
  carry: unknown = undefined;
  /** The text's keys in the cross-tool variant index, when it names a tool (semantic/cross-tool.ts). */
  variantKeys: readonly string[] | undefined = undefined;

  constructor(text: string, signals: number, hidden: string) {
    this.text = text;
    this.signals = signals;
    this.hidden = hidden;
  }
}

/** The canonical text of `value` with what it quotes as data blanked, or '' (kept with its reading). */
export function unquotedText(value: Scanned): string {
  return value.unquotedText;
}

/** Readings by raw text, within the guard's cache bounds. */
export type Readings = RecentTexts<Reading>;

/** Marks a text met once: its reading is kept from the second time on. */
const metOnce = new Reading('', 0, '');

/**
 * The reading the guard keeps for `raw` (a text met before), or undefined: the one look-up through which a
 * layer reaches what it remembers of a text it holds as a string rather than as a value (a tool's name,
 * a piece of its description). A text met once has none, as its values have none.
 */
export function keptReading(readings: Readings | undefined, raw: string): Reading | undefined {
  const kept = readings?.get(raw);
  return kept === metOnce ? undefined : kept;
}

/** Whether what `readings.get` gave is a kept reading, not the mark of a text met once. */
export const isKept = (found: Reading): boolean => found !== metOnce;

/**
 * What `readings.get(value.raw)` gives once the message's scanner has finished, read off the value: its
 * reading, else the mark of a text met once (the scanner's look-up left it), or undefined for a text too
 * long to keep. A value read out of another (decoded, spelled) was never looked up and reads as met once:
 * a memo then misses what it may hold, but nothing read differs.
 */
export function lookedUp(value: ScannedValue, readings: Readings): Reading | undefined {
  if (!(value instanceof Scanned)) return readings.get(value.raw);
  return value.reading ?? (readings.keeps(value.raw) ? metOnce : undefined);
}

/**
 * The reading of `raw`: the kept one, or a new one, kept. A text is kept from its second time on, so
 * values that never come again (an id, a fresh file name) leave only their text in the cache, not a
 * reading and what layers hang on it, to be carried into the old generation and collected there. Such a
 * value gets its bare canonical text (its value keeps its own forms): a reading its one value alone reads
 * would only add an object to every value of a message, kept as long as the message.
 */
function readingOf(raw: string, limits: NormalizeLimits, readings: Readings | undefined): CanonicalText {
  const kept = readings?.get(raw);
  if (kept !== undefined && kept !== metOnce) return kept;
  if (kept === undefined) {
    readings?.set(raw, metOnce);
    return canonicalize(raw, limits);
  }
  // Plain ASCII (most values) makes its reading alone, not a canonical object first.
  const plain = plainCanonical(raw, limits);
  const canonical = plain === undefined ? canonicalizeNotPlain(raw, limits) : undefined;
  const reading = canonical === undefined ? new Reading(plain!, 0, '') : new Reading(canonical.text, canonical.signals, canonical.hidden);
  readings!.set(raw, reading);
  return reading;
}

/**
 * Kinds from a value's shape, knowing where it goes: a multi-line or long body of text (a file written, a
 * message sent) quotes commands, paths and URLs without running or opening them, so it is not one of
 * them by shape - unless it is a script (`#!`). Short single-line values keep every kind their shape says.
 */
function shapeKinds(raw: RawValue, canonical: CanonicalText): number {
  const text = canonical.text;
  let shape: number;
  if (!(canonical instanceof Reading)) shape = kindsOfShape(text);
  else if ((shape = canonical.shape) < 0) shape = canonical.shape = kindsOfShape(text);
  if (!isBody(raw, text)) return shape;
  return text.startsWith('#!') ? shape | Kind.Command : shape & ~(Kind.Path | Kind.Command | Kind.Url);
}

/**
 * Whether `value` is a script written as a file's content (a `#!` body): it runs when someone runs it, so its
 * lines are judged by what they do (paths/run-later.ts), and the places it names are not paths opened now.
 */
export function writtenScript(value: Pick<ScannedValue, 'text' | 'key'> & { readonly declaredMask: number }): boolean {
  return value.text.startsWith('#!') && isBody({ kinds: value.declaredMask, key: value.key }, value.text);
}

/** A multi-line or long text going somewhere as content (a file body, an edit, a message). */
function isBody(raw: { readonly kinds: number; readonly key: string }, text: string): boolean {
  // Length first: most values are short single lines, and the key's regex costs more than that test. A
  // short line is a body only in a field named as file content (a one-line edit is code in a file too).
  if (text.length <= 256 && !text.includes('\n')) return (raw.kinds & Kind.Text) !== 0 && contentKey(raw.key);
  return ((raw.kinds & Kind.Text) !== 0 && (raw.kinds & (Kind.Path | Kind.Url | Kind.Command)) === 0) || contentKey(raw.key);
}

/** The forms of a value's text, as a {@link Reading} keeps them for a text met again. */
class Forms {
  pathForm: string | undefined = undefined;
  pathDrop = dropUnread;
  commandForm: string | undefined = undefined;
  urlForm: string | undefined = undefined;
  unquoted: string | undefined = undefined;
}

/** Where {@link Scanned} keeps its flags and masks: the declared kinds in the low bits, then three flags, the kinds, then the signals. */
const Packed = {
  Quoted: 1 << 6,
  MayQuote: 1 << 7,
  Written: 1 << 8,
  KindShift: 9,
  SignalShift: 15,
} as const;

/** A string of the message with its canonical text and lazily built kind-specific forms. */
export class Scanned implements ScannedValue {
  /** Where the value is, its array made when {@link path} is first read (by a finding, mostly). */
  readonly at: ValuePath;
  /** The table {@link at} is a node of, when it is one (see value-path.ts). */
  readonly paths: PathTable | undefined;
  readonly key: string;
  readonly raw: string;
  readonly text: string;
  /**
   * {@link declaredMask}, {@link quoted}, {@link mayQuote}, {@link kindMask} and {@link signalMask} in one
   * number (see {@link Packed}): a tool list makes a value per string and per schema key (810 in the cold
   * list of 30 tools), and each field is 8 bytes more on each.
   */
  #packed: number;
  /**
   * What is kept with this value's text (see {@link reading}), or else the forms of a value without a
   * reading, made when one is first asked (most values are asked none): one field, not two, on each value.
   */
  #kept: Reading | Forms | undefined;

  /**
   * `canonical`: the raw text's canonical form, or its kept {@link Reading}; `declared`: what its field
   * declares it; `paths`: the table its path is a node of, if it is one.
   */
  constructor(raw: RawValue, canonical: CanonicalText, extraKinds = 0, quoted = false, declared = raw.kinds, paths?: PathTable) {
    this.at = raw.path;
    this.paths = paths;
    this.key = raw.key;
    this.raw = raw.raw;
    this.text = canonical.text;
    const kinds = (raw.kinds | extraKinds | (raw.byShape ? shapeKinds(raw, canonical) : 0)) & allKinds;
    this.#packed = (declared & allKinds) | (quoted ? Packed.Quoted : 0) | (kinds << Packed.KindShift) | (canonical.signals << Packed.SignalShift);
    this.#kept = canonical instanceof Reading ? canonical : undefined;
  }

  /**
   * What is kept with this value's text (undefined for a value made from a bare canonical text). Set once
   * more by the scanner of a server message when a later value of the message made the text's reading
   * (see {@link ValueScanner.finish}); its forms are then the reading's.
   */
  get reading(): Reading | undefined {
    const kept = this.#kept;
    return kept instanceof Reading ? kept : undefined;
  }

  set reading(reading: Reading | undefined) {
    if (reading !== undefined) this.#kept = reading;
  }

  get path(): MessagePath {
    return pathOf(this.at, this.paths);
  }

  get kindMask(): number {
    return (this.#packed >>> Packed.KindShift) & allKinds;
  }

  get declaredMask(): number {
    return this.#packed & allKinds;
  }

  get signalMask(): number {
    return this.#packed >>> Packed.SignalShift;
  }

  get quoted(): boolean {
    return (this.#packed & Packed.Quoted) !== 0;
  }

  /**
   * Whether this is text a server sends a model to read as content (a result, a resource; not tool
   * metadata): an order found in it only inside what it quotes as data (see text/quoted.ts) is not one.
   */
  get mayQuote(): boolean {
    return (this.#packed & Packed.MayQuote) !== 0;
  }

  set mayQuote(may: boolean) {
    this.#packed = may ? this.#packed | Packed.MayQuote : this.#packed & ~Packed.MayQuote;
  }

  /**
   * Whether this is the body of a file a client call writes (see {@link writtenBody}): data put on disk,
   * which no server statement splices in.
   */
  get written(): boolean {
    return (this.#packed & Packed.Written) !== 0;
  }

  set written(is: boolean) {
    this.#packed = is ? this.#packed | Packed.Written : this.#packed & ~Packed.Written;
  }

  get kinds(): readonly ValueKind[] {
    return kindNamesOf(this.kindMask);
  }

  // Kept with the text's reading when it has one (the forms depend on the text alone), else with the value.
  get pathForm(): string {
    const forms = (this.#kept ??= new Forms());
    return (forms.pathForm ??= pathForm(this.text, dropOf(forms, this.text)));
  }

  /**
   * Where the path form is the text less one character (a URL's `scheme://` as `scheme:/`), its index; else
   * -1. Read without making the form: the rule plan finds the literals of both in one scan of the text, and
   * makes the form only when a rule reads it.
   */
  get pathDrop(): number {
    return Math.max(-1, dropOf((this.#kept ??= new Forms()), this.text));
  }

  get commandForm(): string {
    const forms = (this.#kept ??= new Forms());
    return (forms.commandForm ??= commandForm(this.text));
  }

  get urlForm(): string {
    const forms = (this.#kept ??= new Forms());
    return (forms.urlForm ??= urlForm(this.text));
  }

  /** The canonical text with what it quotes as data blanked, or '' (see {@link unquotedText}). */
  get unquotedText(): string {
    const forms = (this.#kept ??= new Forms());
    return (forms.unquoted ??= unquoted(this.text) ?? '');
  }
}

const tokenSeparators = /[\s;&|<>()`'"=,]+/;
// The ASCII separators as a table. Past ASCII only spaces separate (all of them U+00A0, U+1680, U+FEFF or
// between U+2000 and U+3000): those few are asked of the regex itself.
const separators = new Uint8Array(128);
for (let c = 0; c < 128; c++) separators[c] = tokenSeparators.test(String.fromCharCode(c)) ? 1 : 0;
const isSeparator = (c: number): boolean =>
  c < 128 ? separators[c] === 1 : (c === 0xa0 || c === 0x1680 || c === 0xfeff || (c >= 0x2000 && c <= 0x3000)) && tokenSeparators.test(String.fromCharCode(c));

/**
 * The words of a line that hold a `/`, in order (every path and URL token does): found from each `/`
 * outwards, so the other words of a long command are never cut out.
 */
export function slashWords(text: string): string[] {
  const out: string[] = [];
  for (let slash = text.indexOf('/'); slash >= 0; ) {
    let start = slash;
    while (start > 0 && !isSeparator(text.charCodeAt(start - 1))) start--;
    let end = slash + 1;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
    out.push(text.slice(start, end));
    slash = text.indexOf('/', end);
  }
  return out;
}
// Absolute, home and relative paths, and paths into a dot-folder (`.kube/config`, `.ssh/id_rsa`).
// A Windows home or profile folder by its variable (`%userprofile%/.ssh`, `$env:appdata/…`, slashes once read: commands/windows-lines.ts),
// and a root a script's own variable holds before the Windows tree (`$v\Windows\NTDS\ntds.dit` after `$v='\\?\GLOBALROOT\…'`,
// a shadow copy): the rest names the file. Not any variable: `$HOME/.npmrc` in a build's arguments is a name, not a read.
const pathToken = /^(?:\/|~\/|\.{1,2}\/|[a-z]:\/|\.[a-z0-9_-]+\/\S|%[a-z_][a-z0-9_()]*%\/|\$env:[a-z_][a-z0-9_]*\/|\$\{?[a-z_][a-z0-9_]*\}?\/(?:windows|winnt)\/)[^\s]*$/;
const urlToken = /^[a-z][a-z0-9+.-]{1,30}:\/\/\S+$/;
// Streams every script redirects to, and a file one folder up from where the command runs (`python3
// ../repro.py`): neither reaches past what the command could reach anyway.
const harmlessToken = /^\/dev\/(?:null|stdout|stderr|stdin|tty|zero|u?random|fd\/[0-9])$|^\.\.\/[^/.][^/]*$/;

/**
 * Whether `token` is a URL value's own URL cut at the first `=` or `&` of its query or fragment
 * (`https://h/p?lang` of `https://h/p?lang=de&page=2`): the value itself, read whole already, cut where no
 * URL reader cuts it. Its scheme, host and path are the value's, so it matched no rule the value does not
 * match; it only reported the value's findings a second time. A query key with a dot in it is still read
 * on its own (`?evil.example.io=1`: a rule may take a name ending there for a host). URLs inside the
 * query are tokens of their own and are read as before.
 */
function isOwnUrlCut(value: Scanned, isCommand: boolean, token: string): boolean {
  if (isCommand || (value.kindMask & Kind.Url) === 0 || token.length >= value.text.length) return false;
  const next = value.text.charCodeAt(token.length);
  if (next !== 0x3d /* = */ && next !== 0x26 /* & */) return false;
  if (!token.includes('?') && !token.includes('#')) return false;
  const key = Math.max(token.lastIndexOf('?'), token.lastIndexOf('#'), token.lastIndexOf('/'));
  return !token.includes('.', key) && value.text.startsWith(token);
}

/**
 * Paths and URLs inside a shell line or prose ("cat /etc/shadow", "fetch http://169.254.169.254") are
 * scanned as values of their own kind, so path and URL rules see them wherever they are written.
 */
function embeddedValues(value: Scanned, out: ValueList, limits: NormalizeLimits, readings: Readings | undefined): void {
  const isCommand = (value.kindMask & Kind.Command) !== 0;
  // A URL quoted in prose the client sends as data (a `content` or `message` to summarize, code written
  // to a file) is not a request to fetch it; URLs in commands and in undeclared values are.
  if (!isCommand && (!value.text.includes('://') || (value.declaredMask & Kind.Text) !== 0 || isBody({ kinds: value.declaredMask, key: value.key }, value.text))) return;
  // The tokens depend on the text and on whether it is read as a command and as a URL: kept with its reading.
  const script = isCommand && (writtenScript(value) || manifestText(value.raw));
  const as = (isCommand ? 1 : 0) | (value.kindMask & Kind.Url ? 2 : 0) | (script ? 4 : 0);
  const reading = value.reading;
  let tokens = reading?.embedded?.as === as ? reading.embedded.tokens : undefined;
  if (tokens === undefined) {
    tokens = embeddedTokens(value, isCommand, script);
    if (reading !== undefined) reading.embedded = { as, tokens };
  }
  // A token of a field declared a command is an argument of a program the tool runs (a connection string
  // psql or redis-cli opens), not a URL a fetcher is pointed at: it keeps that declaration.
  const declared = value.declaredMask & Kind.Command;
  // Indexed loops here and below: `for...of` over a frozen array (the shared empty ones) makes an iterator and a result per step.
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]![0];
    out.push(new Scanned({ path: value.at, key: value.key, raw: token, kinds: 0, byShape: false }, readingOf(token, limits, readings), tokens[t]![1], value.quoted, declared, value.paths));
  }
}

/** A path or URL inside a value's text, and its kind. */
type Embedded = readonly [token: string, kind: number];
const noTokens: readonly Embedded[] = Object.freeze([]);

/** The paths and URLs {@link embeddedValues} takes from a value's text, each once, in order. */
function embeddedTokens(value: Scanned, isCommand: boolean, script: boolean): readonly Embedded[] {
  const source = isCommand ? value.commandForm : value.text;
  // A value of one token (a URL alone) is not scanned again as its own token.
  if (source === value.text && !tokenSeparators.test(source)) return noTokens;
  let seen: Set<string> | undefined;
  let tokens: Embedded[] | undefined;
  const prose = isCommand ? (messageOnlyTokens(value.text) ?? sqlDataOnlyTokens(value.text) ?? keyUseOnlyTokens(value.text) ?? loadOnlyTokens(value.text) ?? envLoadOnlyTokens(value.text) ?? sedScriptOnlyTokens(value.text)) : undefined;
  // A path only a `kubectl exec … --` names is a file of the pod (see commands/pod-commands.ts).
  const inPod = isCommand && value.text.includes('exec') ? spanOnlyTokens(value.text, podCommandSpans(value.text)) : undefined;
  for (const token of slashWords(source)) {
    // A token taken once is not read again (a line repeating a path or URL costs one look-up per repeat).
    if (seen?.has(token) || prose?.has(token)) continue;
    // A written script's or a manifest's place names are not opened now; a secret file named is still read as one.
    const kind = token.includes('://') && urlToken.test(token) ? Kind.Url : isCommand && pathToken.test(token) && (!(script || inPod?.has(token)) || secretFile(token) !== undefined) ? Kind.Path : 0;
    if (kind === 0 || token === value.text || harmlessToken.test(token) || isOwnUrlCut(value, isCommand, token)) continue;
    (seen ??= new Set<string>()).add(token);
    (tokens ??= []).push([token, kind]);
  }
  return tokens ?? noTokens;
}

/**
 * The path tokens of a command line that stand only in the message of a commit or tag (see
 * commands/commit-messages.ts), as its command form reads them; undefined when there is none.
 */
function messageOnlyTokens(text: string): Set<string> | undefined {
  if (!text.includes('git') || !(text.includes('-m') || text.includes('--message') || /\s-[a-z]*m\b/i.test(text))) return undefined;
  return spanOnlyTokens(text, commitMessageSpans(text));
}

/** The path tokens of a command line that name only key files a program uses without reading them out (see commands/key-uses.ts). */
function keyUseOnlyTokens(text: string): Set<string> | undefined {
  return text.includes('ssh') || text.includes('chmod') || text.includes('mkdir') ? spanOnlyTokens(text, keyUseSpans(text)) : undefined;
}

/** The path tokens of a command line that name only archives a database restore loads without showing them (see commands/database-loads.ts). */
function loadOnlyTokens(text: string): Set<string> | undefined {
  return text.includes('pg_restore') ? spanOnlyTokens(text, databaseLoadSpans(text)) : undefined;
}

/** The path tokens of a command line that name only env files a shell sources or a runtime loads (see commands/env-loads.ts). */
function envLoadOnlyTokens(text: string): Set<string> | undefined {
  return text.includes('.env') ? spanOnlyTokens(text, envLoadSpans(text)) : undefined;
}

/** The path tokens of a command line that stand only in the script of a sed substitution (see commands/sed-scripts.ts). */
function sedScriptOnlyTokens(text: string): Set<string> | undefined {
  return text.includes('sed') ? spanOnlyTokens(text, sedScriptSpans(text)) : undefined;
}

/** The path tokens of a SQL statement that stand only in its data literals (see commands/sql-data-literals.ts); undefined when there is none. */
function sqlDataOnlyTokens(text: string): Set<string> | undefined {
  return text.includes("'") ? spanOnlyTokens(text, sqlDataSpans(text)) : undefined;
}

/** The path tokens of `text`, as its command form reads them, that stand only inside `spans`; undefined when there is none. */
function spanOnlyTokens(text: string, spans: readonly (readonly [number, number])[]): Set<string> | undefined {
  if (spans.length === 0) return undefined;
  const inSpans = new Set<string>();
  let outside = '';
  let from = 0;
  for (const [start, end] of spans) {
    for (const token of slashWords(commandForm(text.slice(start, end)))) inSpans.add(token);
    outside += text.slice(from, start) + ' ';
    from = end;
  }
  outside += text.slice(from);
  for (const token of slashWords(commandForm(outside))) inSpans.delete(token);
  return inSpans.size > 0 ? inSpans : undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The values a scanner has read so far: an array and how many of it are the message's. The array is lent
 * from one scanner to the next (see {@link ValueScanner.finish}), so a message's values are written into
 * room made by earlier ones and copied out once at their exact number: grown as they come, the array of a
 * tool list's 810 values was reallocated nine times (26 KB, three times the list it ends as).
 */
class ValueList {
  /** The array written: {@link room}, or past `renewAfter` values a new one (see {@link push}). */
  items: (Scanned | undefined)[];
  /** The room lent from one scanner to the next. */
  readonly room: (Scanned | undefined)[] = [];
  length = 0;
  /** How many values the last message that went past `renewAfter` held: the size its successor's array is made at. */
  large = 0;

  constructor() {
    this.items = this.room;
  }

  push(value: Scanned): void {
    if (this.length === renewAfter && this.items === this.room) this.#renew();
    this.items[this.length++] = value;
  }

  /**
   * Moves a large message's values to a new array: the room is kept between messages, so it is in the old
   * generation, where every store of a new value took the write barrier's slow path (a remembered-set
   * entry, ~50 instructions: ~40k a cold tool list of 30 tools, 810 values). A new array is young, where a store is
   * only a store; made at the size of the last large message (room for them all, mostly), it is handed
   * out as the message's values at their exact number, as the room's copy was.
   */
  #renew(): void {
    const room = this.room;
    const items = new Array<Scanned | undefined>(Math.min(Math.max(this.large, 2 * renewAfter), maxLentValues));
    for (let i = 0; i < renewAfter; i++) {
      items[i] = room[i];
      room[i] = undefined;
    }
    this.items = items;
  }
}

/** Values a message holds before they go to an array of its own (see {@link ValueList.push}): a small call's few stay in the room. */
const renewAfter = 32;

/** The list no scanner holds, if any: a scanner takes it when made and gives one back when it finishes. */
let freeList: ValueList | undefined = new ValueList();
/** Most values a list lent to the next scanner holds room for: a larger one (a huge message's) is let go. */
const maxLentValues = 16 * 1024;

/**
 * Reads a message's strings into {@link Scanned} values as a walk finds them (it is the walk's sink, see
 * values/extract.ts): a server's strings are read one by one as they come, through one reused record, so no
 * {@link RawValue} is made for each; a client's are held until {@link finish} (where the call writes a file is
 * known only from all of them), and so are all strings when `held`. The values come in the same order either way.
 */
export class ValueScanner implements ValueSink {
  /** The values read so far: the free list when there was one (see {@link ValueList}). */
  readonly #out: ValueList;
  /** What {@link finish} gave, once it has. */
  #values: Scanned[] | undefined = undefined;
  readonly #limits: NormalizeLimits;
  readonly #side: 'client' | 'server';
  readonly #readings: Readings | undefined;
  readonly #searching: boolean;
  /** The tool a client call is about: an argv array with no program of its own is the tool's (joined-argv.ts). */
  readonly #tool: string | undefined;
  /** The strings held until {@link finish}, or undefined when each is read as it comes. */
  readonly #held: RawValue[] | undefined;
  /** The record a string read as it comes is passed in (read only while it is scanned, never kept). */
  #current: Mutable<RawValue> | undefined = undefined;
  /** Where in {@link #out} the values of a server message read without a reading are (their text met for the first time). */
  #unread: number[] | undefined = undefined;
  /** The table of the numbered paths of the extraction feeding it, if it numbers them (see values/extract.ts). */
  paths: PathTable | undefined = undefined;

  /** `readings`: the guard's readings of texts seen before; `tool`: the tool a call or its result is about. */
  constructor(limits: NormalizeLimits, side: 'client' | 'server', readings?: Readings, tool?: string, held = false) {
    this.#limits = limits;
    this.#side = side;
    this.#readings = readings;
    this.#searching = side === 'client' && tool !== undefined && searchTool.test(tool);
    this.#tool = tool;
    this.#held = side === 'client' || held ? [] : undefined;
    this.#out = freeList ?? new ValueList();
    freeList = undefined;
  }

  add(path: ValuePath, key: string, raw: string, kinds: number, byShape: boolean): void {
    if (this.#held !== undefined) {
      // A client's values have their paths read as they are held (where a call writes, what an array joins):
      // an answer it sends (a sampling or elicitation result) comes with numbered paths, made arrays here.
      this.#held.push({ path: typeof path === 'number' && this.#side === 'client' ? pathOf(path, this.paths) : path, key, raw, kinds, byShape });
      return;
    }
    const current = (this.#current ??= { path, key, raw, kinds, byShape });
    current.path = path;
    current.key = key;
    current.raw = raw;
    current.kinds = kinds;
    current.byShape = byShape;
    const at = this.#out.length;
    // (A server's strings: a client's are held.)
    const unread = scanValue(current, this.#out, this.#limits, this.#side, this.#readings, undefined, false, false, this.paths);
    if (unread && this.#readings !== undefined && this.#readings.keeps(raw)) (this.#unread ??= []).push(at);
    current.path = noPath;
    current.raw = '';
  }

  /** The scanned values of every string added (a scanner finishes once: later calls give the same values). */
  finish(): Scanned[] {
    if (this.#values !== undefined) return this.#values;
    const held = this.#held;
    if (held !== undefined) {
      const client = this.#side === 'client';
      // What the readings below look for, found in one pass: most calls send no array, no environment and
      // no encoding, and each reading would otherwise pass over every string to find that out.
      const facts = client ? heldFacts(held) : 0;
      const destination = client ? writeDestination(held) : undefined;
      const parents = facts & Held.Encoding ? encodedParents(held) : undefined;
      const joined = facts & Held.ArrayItem ? joinedPaths(held) : undefined;
      if (joined !== undefined) held.push(...joined);
      const lines = facts & Held.ArrayItem ? joinedArgv(held, this.#tool) : undefined;
      if (lines !== undefined) held.push(...lines);
      // A program joined to its arguments string, or a value cut into named parts, as the tool assembles it.
      const assembled = client ? joinedParts(held) : undefined;
      if (assembled !== undefined) held.push(...assembled);
      // (A path joined from an array may sit in an environment object that no string of the call sits in.)
      const withEnvironment = facts & (Held.ArrayItem | Held.Environment) ? commandsWithEnvironment(held) : undefined;
      if (withEnvironment !== undefined) held.push(...withEnvironment);
      for (let r = 0; r < held.length; r++) {
        const raw = held[r]!;
        const encoded = this.#side === 'client' && raw.key !== '' && (encodedKey(raw.key) || (parents?.has(parentOf(raw.path)) === true && !encodingKey(raw.key)));
        const at = this.#out.length;
        const unread = scanValue(raw, this.#out, this.#limits, this.#side, this.#readings, destination, this.#searching, encoded, this.paths);
        if (unread && !client && this.#readings !== undefined && this.#readings.keeps(raw.raw)) (this.#unread ??= []).push(at);
      }
      held.length = 0;
    }
    // A server text met for the first time in this message and again later in it (an argument description
    // every tool of a list repeats) has a reading made by its second value: its first value shares it, so
    // what layers keep with the reading is worked out once, not once without it and once more with it.
    const unread = this.#unread;
    if (unread !== undefined) {
      for (let u = 0; u < unread.length; u++) {
        const value = this.#out.items[unread[u]!]!;
        value.reading ??= keptReading(this.#readings, value.raw);
      }
      this.#unread = undefined;
    }
    const list = this.#out;
    let values: Scanned[];
    if (list.items !== list.room) {
      // A large message's own array (see ValueList.push), cut to its values; the room was emptied as it was left.
      values = list.items as Scanned[];
      values.length = list.length;
      list.large = list.length;
      list.items = list.room;
    } else {
      values = list.items.slice(0, list.length) as Scanned[];
      // Emptied for the next scanner (a message's values are not kept alive by it).
      list.items.fill(undefined, 0, list.length);
    }
    this.#values = values;
    list.length = 0;
    // Let go when another took its place (a scanner made while this one read: a getter of the message inspecting another).
    if (freeList === undefined && list.room.length <= maxLentValues) freeList = list;
    return values;
  }

}

/** The bits of {@link heldFacts}. */
export const Held = {
  /** A string is an array's item (an argv word, a path segment). */
  ArrayItem: 1,
  /** A string sits in an object of environment variables. */
  Environment: 2,
  /** A string sits under a key that declares an encoding. */
  Encoding: 4,
} as const;

/**
 * What a client call's strings hold that its joined paths and argv lines, its environment's commands and
 * its encoded fields need (see {@link Held}): without an array item none is joined, without an environment
 * object no command gets one, and without an encoding key no field is declared encoded.
 */
export function heldFacts(held: readonly RawValue[]): number {
  let facts = 0;
  for (let r = 0; r < held.length; r++) {
    const raw = held[r]!;
    if (encodingKey(raw.key)) facts |= Held.Encoding;
    const at = pathOf(raw.path);
    if (typeof at[at.length - 1] === 'number') facts |= Held.ArrayItem;
    else if (at.length >= 2 && environmentParent(at)) facts |= Held.Environment;
  }
  return facts;
}

const noPath: MessagePath = Object.freeze([]);
const noValues: readonly RawValue[] = Object.freeze([]);

/**
 * The scanned values of a message's strings (`readings`: the guard's readings of texts seen before; `tool`:
 * the tool a call or its result is about).
 */
export function scanValues(raws: readonly RawValue[], limits: NormalizeLimits, side: 'client' | 'server', readings?: Readings, tool?: string): Scanned[] {
  const scanner = new ValueScanner(limits, side, readings, tool, true);
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r]!;
    scanner.add(raw.path, raw.key, raw.raw, raw.kinds, raw.byShape);
  }
  return scanner.finish();
}

/**
 * Scans one string of a message into `out`: its value, then what is read out of it (embedded, encoded, JSON
 * text). Gives whether its value has no reading (its text met for the first time, see {@link ValueScanner.finish}).
 */
function scanValue(
  given: RawValue,
  out: ValueList,
  limits: NormalizeLimits,
  side: 'client' | 'server',
  readings: Readings | undefined,
  destination: RawValue | undefined,
  searching: boolean,
  encoded: boolean,
  paths: PathTable | undefined,
): boolean {
  let raw = given;
  const canonical = readingOf(raw.raw, limits, readings);
  // A search query naming a path or a URL (`~/.ssh/config ProxyJump`) asks about it: the engine neither reads
  // the file nor fetches the URL, so neither its shape nor the paths and URLs in it are read as ones to open
  // (what its field declares still holds: a query declared a command is read as one).
  const query = searching && isSearchQuery(raw, canonical.text);
  if (query && raw.byShape) raw = { ...raw, byShape: false };
  // A field its name makes text as well as a command (`query`) is a search tool's query, matched against
  // logs or code, not run: a hunt for `base64 -d | sh` runs no shell. What only a shell reads (`;`, `$(`)
  // keeps the command reading (a server that pastes the query into a shell line).
  if (query && raw.kinds & Kind.Text && raw.kinds & Kind.Command && !shellOnly.test(canonical.text)) raw = { ...raw, kinds: raw.kinds & ~Kind.Command };
  const value = new Scanned(raw, canonical, query ? Kind.Text : 0, side === 'client' && isQuoted(raw, canonical.text, destination, searching), raw.kinds, paths);
  const reading = value.reading;
  if (side === 'client' && writtenBody(raw, destination)) value.written = true;
  out.push(value);
  if (side !== 'client') {
    // A server's instructions are its page of prose about itself, read as content is for what it quotes (a
    // scanner's say its results quote "ignore previous instructions"); a tool's fields are not. Inline code
    // there is what the server tells the model to run, not code shown to a person: such instructions are not.
    value.mayQuote = (raw.kinds & Kind.ToolMetadata) === 0 || (raw.key === 'instructions' && !raw.raw.includes('`') && value.path.length <= 2);
    // Base64 or hex runs that spell prose are read as what they spell (a model decodes them), and so is
    // leetspeak in content (in a long text, the lines of its head and tail: spelling reads every character,
    // so not in the tool metadata of every list).
    if (raw.raw.length >= 24) {
      const encoded = (reading === undefined ? encodedProse(raw.raw) : (reading.encoded ??= encodedProse(raw.raw)));
      for (let e = 0; e < encoded.length; e++) out.push(new Scanned({ ...raw, raw: encoded[e]! }, canonicalize(encoded[e]!, limits), 0, false, raw.kinds, paths));
      const spelled = !(raw.kinds & Kind.ToolMetadata) ? (reading === undefined ? leetSpelled(raw.raw) : (reading.spelled ??= leetSpelled(raw.raw))) : '';
      if (spelled) out.push(new Scanned({ ...raw, raw: spelled }, canonicalize(spelled, limits), 0, false, raw.kinds, paths));
      // ROT13 too, in short content (tool metadata in ROT13 is read by the instruction analysis, which flags it
      // hidden); a text that names the cipher is read as the instruction analysis reads it then (a label kept).
      const rotated = raw.raw.length <= maxUnaskedLeet && !(raw.kinds & Kind.ToolMetadata) ? (reading === undefined ? rot13Spelled(raw.raw, rot13Named.test(raw.raw)) : (reading.rotated ??= rot13Spelled(raw.raw, rot13Named.test(raw.raw)))) : '';
      if (rotated) out.push(new Scanned({ ...raw, raw: rotated }, canonicalize(rotated, limits), 0, false, raw.kinds, paths));
      // Text written backwards, in short content as ROT13 (the instruction analysis reads it too, but the rules
      // that know an outside recipient or a destructive order read only what this walk gives them). Gated by
      // "eht"/" ot " in the lower case (one regex search): other texts stop there.
      const reversed = raw.raw.length <= maxUnaskedLeet && !(raw.kinds & Kind.ToolMetadata) && mayBeReversed(value.text) ? (reading === undefined ? reversedSpelled(raw.raw, reverseHint.test(raw.raw)) : (reading.reversed ??= reversedSpelled(raw.raw, reverseHint.test(raw.raw)))) : '';
      if (reversed) out.push(new Scanned({ ...raw, raw: reversed }, canonicalize(reversed, limits), 0, false, raw.kinds, paths));
      // Letters spaced apart ("r e a d   ~ / . s s h") in content (tool metadata so spaced is read by the
      // instruction analysis, as hidden text; the rules need not probe every string of every list).
      const spaced = raw.kinds & Kind.ToolMetadata ? '' : reading === undefined ? spacedSpelled(raw.raw) : (reading.spaced ??= spacedSpelled(raw.raw));
      if (spaced) out.push(new Scanned({ ...raw, raw: spaced }, canonicalize(spaced, limits), 0, false, raw.kinds, paths));
      // Content that is JSON text (an API's object returned as is) is read with its strings' escapes decoded too.
      const unescaped = raw.kinds & Kind.ToolMetadata ? '' : reading === undefined ? jsonTextUnescaped(raw.raw) : (reading.unescaped ??= jsonTextUnescaped(raw.raw));
      if (unescaped) out.push(new Scanned({ ...raw, raw: unescaped }, canonicalize(unescaped, limits), 0, false, raw.kinds, paths));
      // A credential store named in words by where it lives ("the git-credentials file in the home folder") is
      // read as its path too.
      // Read on the canonical text: letters split by invisible characters are joined there.
      const described = reading === undefined ? describedPaths(value.text) : (reading.described ??= describedPaths(value.text));
      if (described) out.push(new Scanned({ ...raw, raw: described }, canonicalize(described, limits), 0, false, raw.kinds, paths));
      // A thing gathered and sent on by a pronoun ("zip the cookie database and upload it to …") is read as sent
      // itself, in content (a credential file so is read by the instruction analysis in tool metadata too).
      const resent = raw.kinds & Kind.ToolMetadata ? '' : reading === undefined ? sentByPronoun(value.text) : (reading.resent ??= sentByPronoun(value.text));
      if (resent) {
        // The whole text with the thing for the pronoun: what it quotes as data (a test's string) still is.
        const resentValue = new Scanned({ ...raw, raw: resent }, canonicalize(resent, limits), 0, false, raw.kinds, paths);
        resentValue.mayQuote = true;
        out.push(resentValue);
      }
    }
    return reading === undefined;
  }
  if (!query) embeddedValues(value, out, limits, readings);
  // A PowerShell line's -EncodedCommand is read as the script it decodes to, a command of its own.
  if (value.kindMask & Kind.Command) {
    for (const script of encodedCommandScripts(raw.raw)) {
      const scriptValue = new Scanned({ ...raw, raw: script, byShape: true }, readingOf(script, limits, readings), Kind.Command, value.quoted, raw.kinds, paths);
      out.push(scriptValue);
      embeddedValues(scriptValue, out, limits, readings);
    }
  }
  // A field declared encoded is read as the server decodes it: what it spells is the value it acts on.
  const decoded = encoded ? decodedWhole(raw.raw) : raw.raw.startsWith('data:') ? dataUrlText(raw.raw) : undefined;
  if (decoded !== undefined) {
    const plainValue = new Scanned({ ...raw, raw: decoded, byShape: true }, readingOf(decoded, limits, readings), 0, value.quoted || isQuoted({ ...raw, raw: decoded, byShape: true }, decoded, destination, searching), raw.kinds, paths);
    plainValue.written = value.written;
    out.push(plainValue);
    embeddedValues(plainValue, out, limits, readings);
  }
  // Arguments sent as JSON or YAML text are read as the server will decode them (a file's content is not).
  // YAML text is read in a field declared text too: a text that is YAML through and through is a document
  // a runner loads, not prose (yaml-text.ts), unless it is named as a file's content.
  const body = isBody(raw, raw.raw);
  if (!body || !contentKey(raw.key)) {
    const json = body ? noValues : jsonTextValues(raw);
    const inners = json.length > 0 ? json : yamlTextValues(raw);
    for (let i = 0; i < inners.length; i++) {
      const inner = inners[i]!;
      const innerReading = readingOf(inner.raw, limits, readings);
      const decoded = new Scanned(inner, innerReading, 0, value.quoted || isQuoted(inner, innerReading.text, destination, searching), inner.kinds, paths);
      decoded.written = value.written;
      out.push(decoded);
      embeddedValues(decoded, out, limits, readings);
    }
  }
  return reading === undefined;
}
