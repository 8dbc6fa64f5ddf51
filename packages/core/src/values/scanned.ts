import { encodedProse, leetSpelled, maxUnaskedLeet } from '../text/encoded-prose.js';
import { type CanonicalText, canonicalize, type NormalizeLimits } from '../text/normalize.js';
import type { MessagePath, ScannedValue, ValueKind } from '../types.js';
import { kindsOfShape, startsWithProgram } from './classify.js';
import type { RawValue } from './extract.js';
import { commandForm, pathForm, urlForm } from './forms.js';
import { jsonTextValues } from './json-text.js';
import { Kind, kindNamesOf } from './kinds.js';

// Arguments that carry a file's or a message's body, whatever the tool calls them.
const contentKey = /^(?:(?:old|new)_?(?:str|string|text)|file_?text|contents?|patch|diff|replacement|body|markdown)$/i;

/**
 * Kinds from a value's shape, knowing where it goes: a multi-line or long body of text (a file written, a
 * message sent) quotes commands, paths and URLs without running or opening them, so it is not one of
 * them by shape - unless it is a script (`#!`). Short single-line values keep every kind their shape says.
 */
function shapeKinds(raw: RawValue, text: string): number {
  const shape = kindsOfShape(text);
  if (!isBody(raw, text)) return shape;
  return text.startsWith('#!') ? shape | Kind.Command : shape & ~(Kind.Path | Kind.Command | Kind.Url);
}

/** A multi-line or long text going somewhere as content (a file body, an edit, a message). */
function isBody(raw: { readonly kinds: number; readonly key: string }, text: string): boolean {
  const textual = (raw.kinds & Kind.Text && !(raw.kinds & (Kind.Path | Kind.Url | Kind.Command))) || contentKey.test(raw.key);
  return textual && (text.length > 256 || text.includes('\n'));
}

// Files a coding agent reads as its own instructions: what is written there speaks to a model later.
const agentInstructions = /(?:^|\/)(?:agents|claude|gemini)\.md$|(?:^|\/)\.(?:cursorrules|windsurfrules|clinerules)$|(?:^|\/)\.cursor\/rules\/|(?:^|\/)\.github\/(?:copilot-instructions\.md|instructions\/)/;
const commandOnly = (kinds: number): boolean => (kinds & Kind.Command) !== 0 && (kinds & Kind.Text) === 0;
const topKey = (path: MessagePath): string | number | undefined => (path[1] === 'arguments' ? path[2] : undefined);

/**
 * Where a client request writes a file: the top-level argument declared a path (not also text) of a call
 * that also carries text, or undefined. Its siblings that carry text are that file's content.
 */
function writeDestination(raws: readonly RawValue[]): RawValue | undefined {
  let destination: RawValue | undefined;
  let content = false;
  for (const raw of raws) {
    if (raw.path.length !== 3 || topKey(raw.path) === undefined) continue;
    if (raw.kinds & Kind.Path && !(raw.kinds & Kind.Text)) destination ??= raw;
    else if (raw.kinds & Kind.Text || contentKey.test(raw.key)) content = true;
  }
  return content ? destination : undefined;
}

/**
 * Whether a client hands `raw` on as data rather than prose for a reader (see {@link ScannedValue.quoted}):
 * a value its field declares a command or code, a line that opens with a program in a field not declared
 * text, or the content of a file written next to `destination` (unless the file is one an agent reads as
 * its instructions). A search pattern in a grep line or a test fixture of attack strings is then data.
 */
function isQuoted(raw: RawValue, text: string, destination: RawValue | undefined): boolean {
  if (commandOnly(raw.kinds)) return true;
  if (raw.byShape && !(raw.kinds & Kind.Text) && startsWithProgram(text)) return true;
  if (destination === undefined || topKey(raw.path) === topKey(destination.path)) return false;
  return ((raw.kinds & Kind.Text) !== 0 || contentKey.test(raw.key)) && !agentInstructions.test(destination.raw.trim().toLowerCase().replace(/\\/g, '/'));
}

/** A string of the message with its canonical text and lazily built kind-specific forms. */
export class Scanned implements ScannedValue {
  readonly path: MessagePath;
  readonly key: string;
  readonly raw: string;
  readonly text: string;
  readonly kindMask: number;
  readonly declaredMask: number;
  readonly signalMask: number;
  readonly quoted: boolean;
  /** The rule plan's work on this value (hits and candidate rules), shared by the three rule layers. */
  ruleState: unknown = undefined;
  /** The rule plan's remembered reports for this value's text and kinds (looked up once per message). */
  ruleMemo: unknown = undefined;
  #path: string | undefined;
  #command: string | undefined;
  #url: string | undefined;

  constructor(raw: RawValue, canonical: CanonicalText, extraKinds = 0, quoted = false) {
    this.path = raw.path;
    this.key = raw.key;
    this.raw = raw.raw;
    this.text = canonical.text;
    this.signalMask = canonical.signals;
    this.declaredMask = raw.kinds;
    this.quoted = quoted;
    this.kindMask = raw.kinds | extraKinds | (raw.byShape ? shapeKinds(raw, canonical.text) : 0);
  }

  get kinds(): readonly ValueKind[] {
    return kindNamesOf(this.kindMask);
  }

  get pathForm(): string {
    return (this.#path ??= pathForm(this.text));
  }

  get commandForm(): string {
    return (this.#command ??= commandForm(this.text));
  }

  get urlForm(): string {
    return (this.#url ??= urlForm(this.text));
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
const pathToken = /^(?:\/|~\/|\.{1,2}\/|[a-z]:\/|\.[a-z0-9_-]+\/\S)[^\s]*$/;
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
function embeddedValues(value: Scanned, out: Scanned[], limits: NormalizeLimits): void {
  const isCommand = (value.kindMask & Kind.Command) !== 0;
  // A URL quoted in prose the client sends as data (a `content` or `message` to summarize, code written
  // to a file) is not a request to fetch it; URLs in commands and in undeclared values are.
  if (!isCommand && (!value.text.includes('://') || (value.declaredMask & Kind.Text) !== 0 || isBody({ kinds: value.declaredMask, key: value.key }, value.text))) return;
  const source = isCommand ? value.commandForm : value.text;
  // A value of one token (a URL alone) is not scanned again as its own token.
  if (source === value.text && !tokenSeparators.test(source)) return;
  let seen: Set<string> | undefined;
  for (const token of slashWords(source)) {
    // A token taken once is not read again (a line repeating a path or URL costs one look-up per repeat).
    if (seen?.has(token)) continue;
    const kind = token.includes('://') && urlToken.test(token) ? Kind.Url : isCommand && pathToken.test(token) ? Kind.Path : 0;
    if (kind === 0 || token === value.text || harmlessToken.test(token) || isOwnUrlCut(value, isCommand, token)) continue;
    (seen ??= new Set<string>()).add(token);
    out.push(new Scanned({ path: value.path, key: value.key, raw: token, kinds: 0, byShape: false }, canonicalize(token, limits), kind, value.quoted));
  }
}

export function scanValues(raws: readonly RawValue[], limits: NormalizeLimits, side: 'client' | 'server'): Scanned[] {
  const out: Scanned[] = [];
  const destination = side === 'client' ? writeDestination(raws) : undefined;
  for (const raw of raws) {
    const canonical = canonicalize(raw.raw, limits);
    const value = new Scanned(raw, canonical, 0, side === 'client' && isQuoted(raw, canonical.text, destination));
    out.push(value);
    if (side !== 'client') {
      // Base64 or hex runs that spell prose are read as what they spell (a model decodes them), and so is
      // leetspeak in short content (an order in it is short; spelling reads every character, so not in the
      // tool metadata of every list).
      if (raw.raw.length >= 24) {
        const decoded = encodedProse(raw.raw);
        const spelled = raw.raw.length <= maxUnaskedLeet && !(raw.kinds & Kind.ToolMetadata) ? leetSpelled(raw.raw) : '';
        if (spelled) decoded.push(spelled);
        for (const text of decoded) out.push(new Scanned({ ...raw, raw: text }, canonicalize(text, limits)));
      }
      continue;
    }
    embeddedValues(value, out, limits);
    // Arguments sent as JSON text are read as the server will decode them (a file's content is not).
    if (!isBody(raw, raw.raw)) {
      for (const inner of jsonTextValues(raw)) {
        const innerText = canonicalize(inner.raw, limits);
        const decoded = new Scanned(inner, innerText, 0, value.quoted || isQuoted(inner, innerText.text, destination));
        out.push(decoded);
        embeddedValues(decoded, out, limits);
      }
    }
  }
  return out;
}
