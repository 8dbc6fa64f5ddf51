import { type CanonicalText, canonicalize, type NormalizeLimits } from '../text/normalize.js';
import type { MessagePath, ScannedValue, ValueKind } from '../types.js';
import { kindsOfShape } from './classify.js';
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

/** A string of the message with its canonical text and lazily built kind-specific forms. */
export class Scanned implements ScannedValue {
  readonly path: MessagePath;
  readonly key: string;
  readonly raw: string;
  readonly text: string;
  readonly kindMask: number;
  readonly declaredMask: number;
  readonly signalMask: number;
  /** The rule plan's work on this value (hits and candidate rules), shared by the three rule layers. */
  ruleState: unknown = undefined;
  #path: string | undefined;
  #command: string | undefined;
  #url: string | undefined;

  constructor(raw: RawValue, canonical: CanonicalText, extraKinds = 0) {
    this.path = raw.path;
    this.key = raw.key;
    this.raw = raw.raw;
    this.text = canonical.text;
    this.signalMask = canonical.signals;
    this.declaredMask = raw.kinds;
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

// Absolute, home and relative paths, and paths into a dot-folder (`.kube/config`, `.ssh/id_rsa`).
const pathToken = /^(?:\/|~\/|\.{1,2}\/|[a-z]:\/|\.[a-z0-9_-]+\/\S)[^\s]*$/;
const urlToken = /^[a-z][a-z0-9+.-]{1,30}:\/\/\S+$/;
// Streams every script redirects to, and a file one folder up from where the command runs (`python3
// ../repro.py`): neither reaches past what the command could reach anyway.
const harmlessToken = /^\/dev\/(?:null|stdout|stderr|stdin|tty|zero|u?random|fd\/[0-9])$|^\.\.\/[^/.][^/]*$/;

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
  let seen: Set<string> | undefined;
  forEachSlashToken(source, (token) => {
    // A token taken once is not read again (a line repeating a path or URL costs one look-up per repeat).
    if (seen?.has(token)) return;
    const kind = token.includes('://') && urlToken.test(token) ? Kind.Url : isCommand && pathToken.test(token) ? Kind.Path : 0;
    if (kind === 0 || token === value.text || harmlessToken.test(token)) return;
    (seen ??= new Set<string>()).add(token);
    out.push(new Scanned({ path: value.path, key: value.key, raw: token, kinds: 0, byShape: false }, canonicalize(token, limits), kind));
  });
}

/**
 * Calls `visit` with each token of `text` (split at JavaScript's `\s` and ``;&|<>()`'"=,``) that holds a
 * `/`, in order. Every URL token holds `://` and every path token a `/`, so only those are cut out: a
 * megabyte of prose is read in place, not split into a million strings.
 */
export function forEachSlashToken(text: string, visit: (token: string) => void): void {
  let start = 0;
  let slash = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (!isTokenSeparator(c)) {
      if (c === 0x2f) slash = true;
    } else {
      if (slash) visit(text.slice(start, i));
      start = i + 1;
      slash = false;
    }
  }
}

/** Token separators: JavaScript's `\s` and ``;&|<>()`'"=,``. */
const separatorChars = new Uint8Array(128);
for (const c of ' \t\n\v\f\r;&|<>()`\'"=,') separatorChars[c.charCodeAt(0)] = 1;
const isTokenSeparator = (c: number): boolean => (c < 128 ? separatorChars[c] === 1 : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

export function scanValues(raws: readonly RawValue[], limits: NormalizeLimits, side: 'client' | 'server'): Scanned[] {
  const out: Scanned[] = [];
  for (const raw of raws) {
    const value = new Scanned(raw, canonicalize(raw.raw, limits));
    out.push(value);
    if (side !== 'client') continue;
    embeddedValues(value, out, limits);
    // Arguments sent as JSON text are read as the server will decode them (a file's content is not).
    if (!isBody(raw, raw.raw)) {
      for (const inner of jsonTextValues(raw)) {
        const decoded = new Scanned(inner, canonicalize(inner.raw, limits));
        out.push(decoded);
        embeddedValues(decoded, out, limits);
      }
    }
  }
  return out;
}
