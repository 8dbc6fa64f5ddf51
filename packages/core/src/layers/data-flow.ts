import { defineLayer } from '../layer.js';
import { chain } from '../stateful/awaitable.js';
import { noLayerFindings as none } from '../stateful/no-findings.js';
import type { Awaitable, Layer, LayerContext, LayerFinding, ScannedValue, ToolInventory } from '../types.js';
import type { BehaviourConfig } from '../stateful/behaviour-config.js';
import { Capability, capabilitiesOf } from '../stateful/capabilities.js';
import { foldedWords } from '../text/name-words.js';
import type { ToolNames } from '../commands/tool-names.js';
import { tokenHash, winnow } from '../stateful/fingerprints.js';
import { assignedSecrets, namesSecret } from '../stateful/assigned-secrets.js';
import { isShortSecret, shortSecretHash, shortWordHashes } from '../stateful/short-secrets.js';
import { numberHashes, oneTimeCodes } from '../stateful/one-time-codes.js';
import { flowViews } from '../stateful/flow-views.js';
import { addNewest } from '../stateful/newest-hashes.js';
import { sendOrders } from '../stateful/send-orders.js';
import { physicalActs, physicalOrders } from '../stateful/physical-orders.js';
import { type AnsweredPage, PageTool, answeredPage, clicksConsent, navigatedHost, pageToolOf, typesPassword, typesSecretElsewhere } from '../stateful/browser-pages.js';
import { wordsOfTool } from '../commands/field-grants.js';
import { type SensitiveMarks, secretPaths, sensitiveRequest } from '../stateful/sensitive.js';
import { type Reading, Scanned } from '../values/scanned.js';
import { sentToItsIssuer } from '../secrets/issuers.js';
import { inCommandEnvironment, type OwnersSeen, ownersNamed, storeKept, storedAsSecret } from '../secrets/secret-stores.js';
import { copiedInto, covers, folderForm, servedFolders } from '../stateful/served-folders.js';
import { Kind } from '../values/kinds.js';
import { hostPosesAs } from '../values/posing-hosts.js';
import { urlHost } from '../values/url-hosts.js';
import { mergedScope, outsideScope, scopeOf, type WrittenScope } from '../stateful/written-scope.js';
import { letThroughHit, maxCondemned, readsVerdicts, verdictsOf, type Verdicts } from '../stateful/condemned-indicators.js';
import { SecurityCall, securityCall } from '../stateful/security-calls.js';

/** Where remembered fingerprints came from (the tool, why it was sensitive, when). */
type Source = {
  readonly tool: string;
  readonly what: string;
  readonly at: number;
};

/** Fingerprints of sensitive results: hash → index into `sources`. */
type FingerprintSet = {
  h: number[];
  s: number[];
  /** The last 32 sources; `n` counts every source ever added, so source `k` is `sources[k - (n - sources.length)]`. */
  sources: Source[];
  n: number;
  /** 1 once a one-time code is among them: only then do sending calls look for one. */
  otp?: 1;
};

/** What one result gives to remember under one source: texts (their secret parts when `parts`) and one-time code hashes. */
type Remembered = { readonly texts: readonly string[]; readonly what: string; readonly parts: boolean; readonly codes: readonly number[] };

/** Files and folders a sensitive call copied a secret into (the newest 16), and what it copied. */
type HeldSet = { p: string[]; what: string[]; tool: string[] };

/** Where a call copies to: the last operand of a copy command, or a copy tool's destination argument. */
function copyTargets(ctx: LayerContext<unknown>): string[] {
  let out: string[] | undefined;
  const copyTool = ctx.tool !== undefined && foldedWords(ctx.tool).some((w) => copyWords.has(w));
  for (const v of ctx.values) {
    if (v.kindMask & Kind.Command) for (const t of copiedInto(v.raw)) (out ??= []).push(t);
    else if (copyTool && destinationKeys.has(v.key.toLowerCase())) (out ??= []).push(folderForm(v.raw));
  }
  return out ?? [];
}

const copyWords = new Set(['copy', 'cp', 'move', 'mv', 'duplicate']);
const destinationKeys = new Set(['destination', 'dest', 'target', 'to', 'destination_path', 'destinationpath', 'target_path', 'new_path', 'newpath']);

/** Tokens (hashed) that appeared in tool results (`i`: 1 when that result was flagged as an injection) and in client messages. */
type ProvenanceSets = {
  r: number[];
  i: number[];
  c: number[];
};

const outbound = Capability.Network | Capability.Send | Capability.Write | Capability.Execute;
const recipientWords = new Set('to cc bcc recipient recipients email address account iban wallet destination dest target channel user username phone number url uri endpoint webhook host domain repo repository owner org organization payee beneficiary'.split(' '));
const resultMethods = new Set(['tools/call', 'resources/read', 'prompts/get']);

const email = /^[^@\s]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const scheme = /^[a-z][a-z0-9+.-]*:\/\//;
const wallet = /^0x[0-9a-f]{40}$/;
const domain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
const slug = /^[a-z0-9_-][a-z0-9_.-]*\/[a-z0-9_-][a-z0-9_.-]*$/;
const fileName = /\.[a-z0-9]{1,5}$/;
const accountNumber = /^[a-z]{0,4}[0-9][0-9-]{6,}[0-9]$/;
/** An IBAN: country, check digits, then 11 to 30 letters and digits (`gb29nwbk60161331926819`). */
const iban = /^[a-z]{2}[0-9]{2}[a-z0-9]{11,30}$/;

/** The piece without trailing sentence punctuation (`.`, `:`, `!`, `?`). */
function withoutTrailingPunctuation(piece: string): string {
  let end = piece.length;
  for (;;) {
    const c = piece.charCodeAt(end - 1);
    if (c === 0x2e || c === 0x3a || c === 0x21 || c === 0x3f) end--;
    else break;
  }
  return end === piece.length ? piece : piece.slice(0, end);
}

/**
 * What each ASCII character is to {@link tokensOf}, as bits: 1 ends a token (whitespace and the
 * punctuation around addresses in prose, JSON and markup), 2 marks a token worth a close look (`@ . / :`),
 * 4 is `@`, 8 a digit. Letters (most characters) are 0 and cost one look-up.
 */
const tokenEnd = 1;
const marked = 2;
const atSign = 4;
const digit = 8;
const charKinds = new Uint8Array(128);
for (const c of ' \t\n\r\f\v<>"\'`()[]{},;|') charKinds[c.charCodeAt(0)] = tokenEnd;
for (const c of './:') charKinds[c.charCodeAt(0)] = marked;
charKinds[0x40] = marked | atSign;
for (let c = 0x30; c <= 0x39; c++) charKinds[c] = digit;

function classify(piece: string, emit: (token: string) => void): void {
  const token = withoutTrailingPunctuation(piece);
  if (token.length < 4) return;
  if (scheme.test(token)) {
    const host = urlHost(token);
    if (host !== undefined) emit(host);
  } else if (token.includes('@')) {
    if (email.test(token)) emit(token);
  } else if (wallet.test(token) || accountNumber.test(token) || iban.test(token) || (domain.test(token) && !token.includes('/')) || (slug.test(token) && !fileName.test(token))) emit(token);
}

/**
 * Recipient-like tokens of a (lower-case) text: email addresses, URL hosts, domains, wallet addresses,
 * account numbers and `owner/repo` slugs. One pass; a piece is only looked at closely when it holds one
 * of `@ . / :` or a run of digits, so ordinary prose and code cost a scan.
 */
export function tokensOf(text: string, emit: (token: string) => void, maxChars = 65_536): void {
  const end = Math.min(text.length, maxChars);
  let start = 0;
  // The kinds seen in the current piece (marked, at sign) and its digits.
  let seen = 0;
  let digits = 0;
  for (let i = 0; i <= end; i++) {
    // Read as the literal index reads (see literal-index.ts): `text.charCodeAt` turns into a generic look-up
    // once this has seen strings of many forms, as it does reading every value of a message.
    const c = i < end ? String.prototype.charCodeAt.call(text, i) : 32;
    const kind = c < 128 ? charKinds[c]! : 0;
    if (kind === 0) continue;
    if (kind === tokenEnd) {
      const length = i - start;
      // An IBAN written in groups of four (`DE44 5001 0517 …`), as a person writes one: its groups joined.
      if (length === 4 && c === 0x20) {
        if (ibanStart(text, start)) spacedIban(text, start, end, emit);
        // A card number written in groups (`4916 3385 0608 2832`), as a chat or a ticket writes one: its digits joined.
        else if (seen === digit && digits === 4 && (start === 0 || !isDigit(text.charCodeAt(start - 1)))) spacedCard(text, start, end, emit);
      }
      // Every token but an email address starts with [a-z0-9_-]: a path (`../x`, `/etc`) is not sliced.
      if ((seen & marked || digits >= 8) && length >= 4 && length <= 256 && (seen & atSign || startsToken(text.charCodeAt(start)))) classify(text.slice(start, i), emit);
      start = i + 1;
      seen = 0;
      digits = 0;
    } else {
      seen |= kind;
      digits += kind >> 3;
    }
  }
}

const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** Whether the four characters at `at` are an IBAN's country and check digits (`de44`). */
const ibanStart = (text: string, at: number): boolean =>
  isLower(text.charCodeAt(at)) && isLower(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3)) && (at === 0 || !isLower(text.charCodeAt(at - 1)));

/** Emits the IBAN whose first group starts at `at` and whose groups of four are split by single spaces, if it is one. */
function spacedIban(text: string, at: number, end: number, emit: (token: string) => void): void {
  let joined = text.slice(at, at + 4);
  let i = at + 4;
  // Up to eight more groups: four characters each, the last one to four.
  for (let groups = 0; groups < 8 && i < end && text.charCodeAt(i) === 0x20; groups++) {
    let j = i + 1;
    while (j < end && j - i <= 4 && (isLower(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
    const size = j - i - 1;
    if (size === 0 || size > 4 || (j < end && (isLower(text.charCodeAt(j)) || isDigit(text.charCodeAt(j))))) break;
    joined += text.slice(i + 1, j);
    i = j;
    if (size < 4) break;
  }
  if (joined.length >= 15 && iban.test(joined)) emit(joined);
}

/** Emits the digits of the card number whose first group of four starts at `at`, its groups split by single spaces, if it is one (13 to 19 digits). */
function spacedCard(text: string, at: number, end: number, emit: (token: string) => void): void {
  let joined = text.slice(at, at + 4);
  let i = at + 4;
  for (let groups = 0; groups < 4 && i < end && text.charCodeAt(i) === 0x20; groups++) {
    let j = i + 1;
    while (j < end && j - i <= 6 && isDigit(text.charCodeAt(j))) j++;
    const size = j - i - 1;
    if (size < 3 || size > 6 || (j < end && (isLower(text.charCodeAt(j)) || isDigit(text.charCodeAt(j))))) break;
    joined += text.slice(i + 1, j);
    i = j;
  }
  if (joined.length >= 13 && joined.length <= 19) emit(joined);
}

/** Whether a token may start with `c`: the first character every pattern of {@link classify} but `email` takes. */
const startsToken = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;

// The hashes of the text being read by tokensOf (one text at a time), through one callback, in a scratch
// list copied out at its exact size: a list per value grown by push took ~150 bytes for its one hash.
const found: number[] = [];
let foundCount = 0;
const addHash = (token: string): void => {
  found[foundCount++] = tokenHash(token);
};
const noHashes: readonly number[] = Object.freeze([]);

/**
 * A slot of a text's reading (values/scanned.ts) that data flow fills with what one reader makes of the text.
 * Named loads in a slot's own `get`/`set`, not `reading[slot]`: one keyed load site fed five names went megamorphic
 * and cost the small pair ~1.6k instructions (callgrind, stop 76).
 */
interface FlowSlot<T> {
  readonly get: (reading: Reading) => T | undefined;
  readonly set: (reading: Reading, made: T) => void;
  readonly read: (text: string) => T;
}

/**
 * What `slot.read` makes of a value's text, kept with the text's reading (agents repeat their arguments; a tool
 * that answers alike every time is read once). A value without a reading (a text met once) is read anew.
 */
function keptOnReading<T>(value: ScannedValue, slot: FlowSlot<T>): T {
  const reading = value instanceof Scanned ? value.reading : undefined;
  if (reading === undefined) return slot.read(value.text);
  const kept = slot.get(reading);
  if (kept !== undefined) return kept;
  const made = slot.read(value.text);
  slot.set(reading, made);
  return made;
}

/** The token hashes of a text (most texts have none: no list is made for them). */
function hashesIn(text: string): readonly number[] {
  foundCount = 0;
  tokensOf(text, addHash);
  return foundCount === 0 ? noHashes : found.slice(0, foundCount);
}

/** Appends the token hashes of a value's text to `out`; a text met once (no reading) makes no list of its own. */
function addHashesOf(value: ScannedValue, out: number[] | undefined): number[] | undefined {
  if (!(value instanceof Scanned) || value.reading === undefined) {
    foundCount = 0;
    tokensOf(value.text, addHash);
    for (let h = 0; h < foundCount; h++) (out ??= []).push(found[h]!);
    return out;
  }
  const hashes = keptOnReading(value, tokenHashesSlot);
  for (let h = 0; h < hashes.length; h++) (out ??= []).push(hashes[h]!);
  return out;
}

const isKeyChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d || c === 0x2e || c === 0x22 || c === 0x27 || c === 0x20 || c === 0x5b || c === 0x5d;

/**
 * Where the key of a `key = value` or `key: value` line starting at `start` ends (its `=` or `:`), or -1: a
 * key of up to 64 characters after up to 16 spaces, followed by a value (not `=`, `/` or the line's end,
 * so base64 padding and a URL are not read as a key).
 */
function keyEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && i - start < 16 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const key = i;
  while (i < text.length && i - key < 64 && isKeyChar(text.charCodeAt(i))) i++;
  if (i === key || i >= text.length - 1) return -1;
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (!((c === 0x3d || c === 0x3a) && next !== 0x3d && next !== 0x2f && next !== 0x0a)) return -1;
  // A key that names a secret stays when its value is short: sent with it (`DB_PASSWORD=…`), it makes a short
  // secret a long run. A value long enough to be fingerprinted alone goes without it: its key, written again
  // in a template (`STRIPE_SECRET_KEY=sk_test_replace_me` in .env.example), is no part of the secret.
  return secretKey.test(text.slice(key, i)) && valueLength(text, i + 1) < ownRun ? -1 : i;
}

/** The characters of a value fingerprinted without its key: a run of 17 makes one fingerprint; a few more keep it off the line's end. */
const ownRun = 24;

/** The length of the value starting at `from` (blanks and quotes skipped), to the line's end, a blank or a quote. */
function valueLength(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x22 || text.charCodeAt(i) === 0x27)) i++;
  const start = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09 || c === 0x22 || c === 0x27) break;
    i++;
  }
  return i - start;
}

const secretKey = /pass|secret|token|key|auth|cred|pwd|private|session|cookie|signature|salt/;

/**
 * `text` with what names rather than holds a secret cut out, each part left as a mark no text holds: the
 * keys of its `key = value` lines that name no secret (`NODE_ENV=`, `region =`), host names (of URLs, e-mail
 * addresses or alone) and URL schemes. A credential file names its settings and the registry, database
 * host or account it logs in to, and a later call that names those (`NODE_ENV=production` in a new
 * config, `nslookup registry.npmjs.org`, an issue quoting `db-main.internal:5432`) sends no secret. What
 * is left - tokens, keys, passwords, a URL's user and password, other values - is fingerprinted.
 */
function secretParts(text: string): string {
  let out: string | undefined;
  let from = 0;
  let run = -1;
  let dots = 0;
  let label = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i === 0 || text.charCodeAt(i - 1) === 0x0a) {
      const separator = keyEnd(text, i);
      if (separator > 0) {
        out = (out ?? '') + text.slice(from, i) + '\u0001';
        from = separator + 1;
        i = separator;
        run = -1;
        dots = 0;
        label = -1;
        continue;
      }
    }
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const letter = c >= 0x61 && c <= 0x7a;
    if (letter || (c >= 0x30 && c <= 0x39) || c === 0x2d || (c === 0x2e && run >= 0)) {
      if (run < 0) run = i;
      if (c === 0x2e) {
        dots++;
        label = i + 1;
      } else if (!letter && label >= 0) label = -1 - i;
      continue;
    }
    // A URL's scheme (`https://`): the key before it and the host after it would make a run of their own.
    if (c === 0x3a && run >= 0 && dots === 0 && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) {
      out = (out ?? '') + text.slice(from, run) + '\u0001';
      from = i + 3;
      i += 2;
      run = -1;
      label = -1;
      continue;
    }
    // A host name: two or more labels, the last of 2 to 24 letters (`registry.npmjs.org`, `db-main.internal`).
    if (run >= 0 && dots > 0 && label >= 0 && i - label >= 2 && i - label <= 24 && text.charCodeAt(run) !== 0x2e) {
      out = (out ?? '') + text.slice(from, run) + '\u0001';
      from = i;
    }
    run = -1;
    dots = 0;
    label = -1;
  }
  return out === undefined ? text : out + text.slice(from);
}

/** The generated-looking values keys naming a secret assign in `values` (undefined when none: most results). */
function assignedIn(values: readonly ScannedValue[]): string[] | undefined {
  let out: string[] | undefined;
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    // A value whose own key names the secret (`{"password": "…"}` read as JSON) is all the secret.
    if (value.key !== '' && value.text.length >= 12 && namesSecret(value.key.toLowerCase())) assignedSecrets(`${value.key.toLowerCase()}=${value.text}`, (s) => (out ??= []).push(s));
    else {
      const assigned = keptOnReading(value, assignedSlot);
      for (let a = 0; a < assigned.length; a++) (out ??= []).push(assigned[a]!);
    }
  }
  return out;
}

const noValues: readonly string[] = Object.freeze([]);

/** The hashes of the one-time codes a result's short values show (undefined when none: most results). */
function codesIn(values: readonly ScannedValue[]): number[] | undefined {
  let out: number[] | undefined;
  for (let v = 0; v < values.length; v++) {
    const value = values[v]!;
    // A code has four digits at least; a text longer than a message is not read for one (oneTimeCodes' maxCodeText).
    if (value.text.length < 4) continue;
    const codes = keptOnReading(value, codesSlot);
    for (let c = 0; c < codes.length; c++) (out ??= []).push(codes[c]!);
  }
  return out;
}

const noCodes: readonly number[] = Object.freeze([]);
/** The most values a result read for one-time codes has. */
const maxCodeValues = 64;

/** The hashes {@link oneTimeCodes} emits for a text. */
function codesInText(text: string): readonly number[] {
  let out: number[] | undefined;
  oneTimeCodes(text, (h) => (out ??= []).push(h));
  return out ?? noCodes;
}

/** The values {@link assignedSecrets} emits for a text. */
function assignedInText(text: string): readonly string[] {
  let out: string[] | undefined;
  assignedSecrets(text, (s) => (out ??= []).push(s));
  return out ?? noValues;
}

/** The flag of a result's token it told the agent to send or pay to, and of one it told to hand data or money to (not only to use). */
const toldSend = 2;
const toldHand = 3;

/**
 * The recipient-like tokens a result's values tell the agent to send or pay to (see stateful/send-orders.ts),
 * as pairs of a hash and its flag ({@link toldSend} or {@link toldHand}); undefined when none: most results.
 */
function orderedHashes(values: readonly ScannedValue[]): number[] | undefined {
  let out: number[] | undefined;
  for (let v = 0; v < values.length; v++) {
    const pairs = keptOnReading(values[v]!, orderedHashesSlot);
    for (let h = 0; h < pairs.length; h++) (out ??= []).push(pairs[h]!);
  }
  return out;
}

/** The (hash, flag) pairs of the tokens a text orders sent to. */
function orderedHashesInText(whole: string): readonly number[] {
  let out: number[] | undefined;
  // The first 64 KiB, as tokensOf reads (a page's orders are in its text, not 1 MiB down a file).
  const text = whole.length > 65_536 ? whole.slice(0, 65_536) : whole;
  sendOrders(text, (from, to, moves) => {
    tokensOf(text.slice(from, to), (token) => (out ??= []).push(tokenHash(token), moves ? toldHand : toldSend));
  });
  return out ?? noHashes;
}

/** Where each per-text reading of data flow is kept on the text's reading. */
const tokenHashesSlot: FlowSlot<readonly number[]> = { get: (r) => r.tokenHashes, set: (r, made) => { r.tokenHashes = made; }, read: hashesIn };
const codesSlot: FlowSlot<readonly number[]> = { get: (r) => r.codes, set: (r, made) => { r.codes = made; }, read: codesInText };
const assignedSlot: FlowSlot<readonly string[]> = { get: (r) => r.assigned, set: (r, made) => { r.assigned = made; }, read: assignedInText };
const orderedHashesSlot: FlowSlot<readonly number[]> = { get: (r) => r.orderedHashes, set: (r, made) => { r.orderedHashes = made; }, read: orderedHashesInText };
const physicalSlot: FlowSlot<number> = { get: (r) => r.physical, set: (r, made) => { r.physical = made; }, read: physicalOrders };

/** The physical acts an outsider asks for in a result's values (bits of stateful/physical-orders.ts's Act). */
/** What the session keeps of the page its browser is on: the host when it dresses as another's, `c` on a whole account's consent screen, `a` when it asked for a password. */
type PageState = { h?: string; c?: 1; a?: 1 };
/** What a call does on the page: types a password, approves a consent, or types a password-shaped value elsewhere. */
const PageAct = { Password: 1, Consent: 2, Handed: 3 } as const;

/** The page a browser's answer reports, the first value naming one. */
function pageIn(values: readonly ScannedValue[]): AnsweredPage | undefined {
  for (let v = 0; v < values.length && v < 64; v++) {
    const page = answeredPage(values[v]!.raw);
    if (page !== undefined) return page;
  }
  return undefined;
}

function physicalOrdersIn(values: readonly ScannedValue[]): number {
  let acts = 0;
  for (let v = 0; v < values.length; v++) {
    // A message someone left is short: a page or a file is not read (its raw length is known without its text).
    const length = values[v]!.raw.length;
    if (length >= 24 && length <= 4096) acts |= keptOnReading(values[v]!, physicalSlot);
  }
  return acts;
}

/** Whether a value is an item of a list (its path ends in an index). */
const isListItem = (path: ScannedValue['path']): boolean => path.length > 0 && typeof path[path.length - 1] === 'number';

/** Whether `path` is another item of the list `item` is in. */
function sameList(path: ScannedValue['path'], item: ScannedValue['path']): boolean {
  if (path.length !== item.length || typeof path[path.length - 1] !== 'number') return false;
  for (let i = 0; i < path.length - 1; i++) if (path[i] !== item[i]) return false;
  return true;
}

const isRecipientKey = (key: string): boolean => foldedWords(key).some((w) => recipientWords.has(w));

const handingMethods = new Set(['post', 'put', 'patch']);

/** Whether a call that does not send hands something over: it writes, or reaches the network with a method that carries a body. */
function handsOver(ctx: LayerContext<unknown>, caps: number): boolean {
  if (caps & Capability.Write) return true;
  if (!(caps & Capability.Network)) return false;
  for (const v of ctx.values) if (v.key.toLowerCase() === 'method' && handingMethods.has(v.text)) return true;
  return false;
}

/**
 * The login of each URL in `text` (`postgres://app:Vx7-rT2q@db…`: `app:vx7-rt2q`), hashed apart from the
 * fingerprints: a password shorter than a fingerprint's run (17 characters) is missed by them once its host
 * is read away (see secretParts), yet with its user it names that login wherever it is sent. A password of
 * fewer than 6 characters, or the user's own name (`postgres:postgres`), is a local default.
 */
function logins(text: string, emit: (hash: number) => void): void {
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    let colon = -1;
    let end = at + 3;
    for (; end < text.length && end - at < 256; end++) {
      const c = text.charCodeAt(end);
      if (c === 0x40 /* @ */ || c === 0x2f /* / */ || c === 0x3f /* ? */ || c === 0x23 /* # */ || c <= 0x20) break;
      if (c === 0x3a /* : */ && colon < 0) colon = end;
    }
    if (colon < 0 || text.charCodeAt(end) !== 0x40) continue;
    const user = text.slice(at + 3, colon);
    const password = text.slice(colon + 1, end);
    if (password.length >= 6 && password !== user) emit(tokenHash(`login ${user}:${password}`));
  }
}

/**
 * Data flow: the content of sensitive results (a credential file read, secrets the secrets pack found, a
 * tool or path the user marked) is remembered as bounded fingerprints, never as values; a later argument
 * to a tool that can send, write or execute that carries one is `data-flow/sensitive-flow`, naming both
 * ends. Provenance: a recipient-like argument of a tool that sends, pays or publishes whose value appeared
 * in a tool result of this session and never in a client message is `provenance/from-tool-result`
 * (`provenance/from-injected-result` when that result was flagged as an injection).
 */
export function createDataFlowLayer(config: BehaviourConfig['dataFlow'], marks: SensitiveMarks, names?: ToolNames): Layer {
  const max = config.maxFingerprints;
  const maxTokens = config.maxTokens;
  const ttlMs = config.ttlMs;
  const cache = new WeakMap<number[], Map<number, number>>();
  const indexOf = (set: FingerprintSet): Map<number, number> => {
    let index = cache.get(set.h);
    if (index === undefined) {
      index = new Map();
      for (let i = 0; i < set.h.length; i++) index.set(set.h[i]!, set.s[i]!);
      cache.set(set.h, index);
    }
    return index;
  };
  const setCache = new WeakMap<number[], Set<number>>();
  const setOf = (list: number[]): Set<number> => {
    let set = setCache.get(list);
    if (set === undefined) setCache.set(list, (set = new Set(list)));
    return set;
  };

  /**
   * Remembers what a result gave (`batches`, each a source of its own, added in order) in one read and one
   * write of the session's fingerprints: on a store whose get and set wait (Redis), two read-modify-writes
   * of one result would both read the old set, and the later write would drop what the other added.
   */
  function remember(ctx: LayerContext<unknown>, batches: readonly Remembered[]): Awaitable<void> {
    return chain(ctx.session.get<FingerprintSet>('fp'), (stored) => {
      const set: FingerprintSet = stored ?? { h: [], s: [], sources: [], n: 0 };
      for (let b = 0; b < batches.length; b++) add(ctx, set, batches[b]!);
      return ctx.session.set('fp', set, { ttlMs });
    });
  }

  /** Adds the fingerprints of a batch's texts (of their secret parts when `parts`: see secretParts) and codes as one source of `set`. */
  function add(ctx: LayerContext<unknown>, set: FingerprintSet, { texts, what, parts, codes }: Remembered): void {
    const index = indexOf(set);
    if (set.sources.length >= 32) set.sources.shift();
    const sourceIndex = set.n++;
    set.sources.push({ tool: ctx.tool ?? '', what: what.slice(0, 200), at: ctx.now() });
    let added = 0;
    const budget = Math.max(16, max >> 2);
    const keep = (h: number): void => {
      if (added >= budget || index.has(h)) return;
      set.h.push(h);
      set.s.push(sourceIndex);
      index.set(h, sourceIndex);
      added++;
    };
    for (const text of texts) {
      winnow(parts ? secretParts(text) : text, keep);
      logins(text, keep);
      // A value a key names is the whole secret: one too short for a run is kept whole as well.
      if (!parts && isShortSecret(text)) keep(shortSecretHash(text));
    }
    for (let i = 0; i < codes.length; i++) keep(codes[i]!);
    if (codes.length) set.otp = 1;
    const drop = set.h.length - max;
    if (drop > 0) {
      for (const h of set.h.splice(0, drop)) index.delete(h);
      set.s.splice(0, drop);
    }
  }

  function sourceOf(set: FingerprintSet, sourceIndex: number): Source | undefined {
    return set.sources[sourceIndex - (set.n - set.sources.length)];
  }

  function checkFlow(ctx: LayerContext<unknown>, findings: LayerFinding[], sends: boolean): Awaitable<void> {
    const stored = ctx.session.get<FingerprintSet>('fp');
    if (stored instanceof Promise) return stored.then((set) => flowFrom(ctx, set, findings, sends));
    return flowFrom(ctx, stored, findings, sends);
  }

  /** The first value that carries a fingerprint of `set`, as a finding. */
  function flowFrom(ctx: LayerContext<unknown>, set: FingerprintSet | undefined, findings: LayerFinding[], sends: boolean): Awaitable<void> {
    if (set === undefined || set.h.length === 0) return;
    const index = indexOf(set);
    const values = ctx.values;
    // A secret handed to a secret store: kept if the store is the user's own, which the session tells.
    let stored: { at: number; hit: number } | undefined;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      let hit: number | undefined;
      const look = (h: number): void => {
        if (hit === undefined) hit = index.get(h);
      };
      winnow(v.text, look);
      if (hit === undefined) logins(v.text, look);
      if (hit === undefined) shortWordHashes(v.text, look);
      // A one-time code goes into the form that asked for it: one a sending tool carries goes to a person.
      if (hit === undefined && sends && set.otp === 1) numberHashes(v.text, look);
      // A secret sent disguised (encoded, reversed, its groups split apart) keeps its runs in another form.
      if (hit === undefined && v.raw.length >= 17) {
        flowViews(v.raw, (text) => {
          if (hit === undefined) winnow(text, look);
          // A URL's login in a disguised form (rot13 keeps `://`, `:` and `@`).
          if (hit === undefined) logins(text, look);
        });
      }
      // A token read earlier, sent to the service that issued it in its own header, is that service's API call.
      if (hit === undefined || sentToItsIssuer(values, i)) continue;
      // A key handed to a command in its environment goes where that program sends it (secrets/environment-keys.ts).
      if (inCommandEnvironment(v, (text) => carriesFrom(index, text))) continue;
      // A secret put in a secret store is kept, not sent (see secrets/secret-stores.ts).
      if (storedAsSecret(ctx.tool, values, i)) {
        stored ??= { at: i, hit };
        continue;
      }
      findings.push(flowFinding(ctx, set, v, hit));
      return;
    }
    if (stored === undefined) return listFlow(ctx, set, index, findings);
    const kept = stored;
    return chain(ctx.session.get<ProvenanceSets>('prov'), (sets) => {
      if (storeKept(values, ownersSeen(sets))) listFlow(ctx, set, index, findings);
      else findings.push(flowFinding(ctx, set, values[kept.at]!, kept.hit));
    });
  }

  /** Whether `text` shares a fingerprint with the data `index` holds. */
  function carriesFrom(index: ReadonlyMap<number, number>, text: string): boolean {
    let found = false;
    winnow(text.toLowerCase(), (h) => {
      if (!found && index.has(h)) found = true;
    });
    return found;
  }

  /** `data-flow/sensitive-flow` for value `v`, which carries fingerprint source `hit` of `set`. */
  function flowFinding(ctx: LayerContext<unknown>, set: FingerprintSet, v: ScannedValue, hit: number): LayerFinding {
    const source = sourceOf(set, hit);
    return {
      rule: 'data-flow/sensitive-flow',
      path: v.path,
      message: `argument ${v.key || '(value)'} of ${ctx.tool} carries data from ${source ? `${source.what} returned by ${source.tool || 'a tool'}` : 'a sensitive result'}`,
      data: { source: source ?? null, sink: { tool: ctx.tool ?? null, argument: v.key } },
    };
  }

  /** What the session's provenance sets know of owners: those client calls named, repositories results named. */
  function ownersSeen(stored: ProvenanceSets | undefined): OwnersSeen {
    const clients = setOf(stored?.c ?? []);
    const results = setOf(stored?.r ?? []);
    return {
      named: (kind, owner) => clients.has(tokenHash(owner === undefined ? `owner ${kind}` : `owner ${kind} ${owner}`)),
      fromResult: (repository) => {
        const h = tokenHash(repository);
        return results.has(h) && !clients.has(h);
      },
    };
  }

  /**
   * A secret cut into the items of one list (three issue labels, tags, lines of an array) keeps its runs
   * once the items are put back together in order: each list of two or more items is read joined.
   */
  function listFlow(ctx: LayerContext<unknown>, set: FingerprintSet, index: Map<number, number>, findings: LayerFinding[]): void {
    const values = ctx.values;
    for (let i = 0; i < values.length; ) {
      const first = values[i]!;
      let j = i + 1;
      if (!isListItem(first.path)) {
        i = j;
        continue;
      }
      let joined = first.text;
      while (j < values.length && sameList(values[j]!.path, first.path)) joined += values[j++]!.text;
      const items = j - i;
      i = j;
      if (items < 2 || joined.length < 17) continue;
      let hit: number | undefined;
      winnow(joined, (h) => {
        if (hit === undefined) hit = index.get(h);
      });
      if (hit === undefined) continue;
      const source = sourceOf(set, hit);
      const list = first.path.slice(0, -1);
      const key = typeof list[list.length - 1] === 'string' ? (list[list.length - 1] as string) : '(list)';
      findings.push({
        rule: 'data-flow/sensitive-flow',
        path: list,
        message: `the items of ${key} of ${ctx.tool}, joined, carry data from ${source ? `${source.what} returned by ${source.tool || 'a tool'}` : 'a sensitive result'}`,
        data: { source: source ?? null, sink: { tool: ctx.tool ?? null, argument: key } },
      });
      return;
    }
  }

  /** `findings`: where a sending call's findings go (undefined for a call that does not send: it has none). */
  function provenance(ctx: LayerContext<unknown>, caps: number, findings: LayerFinding[] | undefined): Awaitable<void> {
    const hashes = withOwners(ctx, tokenHashes(ctx));
    if (hashes.length === 0 && !(caps & Capability.Send)) return;
    const stored = ctx.session.get<ProvenanceSets>('prov');
    if (stored instanceof Promise) return provenanceLater(ctx, stored, caps, hashes, findings);
    return provenanceIn(ctx, stored, caps, hashes, findings);
  }

  function provenanceLater(ctx: LayerContext<unknown>, stored: Promise<ProvenanceSets | undefined>, caps: number, hashes: readonly number[], findings: LayerFinding[] | undefined): Promise<void> {
    return stored.then((sets) => provenanceIn(ctx, sets, caps, hashes, findings));
  }

  /** Provenance of the recipient-like values against the session's sets, then the client's tokens learned. */
  function provenanceIn(ctx: LayerContext<unknown>, stored: ProvenanceSets | undefined, caps: number, hashes: readonly number[], findings: LayerFinding[] | undefined): Awaitable<void> {
    const sets = stored ?? { r: [], i: [], c: [] };
    const results = setOf(sets.r);
    const clients = setOf(sets.c);
    let flagged = false;
    // A call that does not send but hands something over (writes a payee or a forwarding address, uploads,
    // posts) is read for the recipients a result told the agent to hand data or money to, and for no other.
    const sends = (caps & Capability.Send) !== 0;
    if ((sends || handsOver(ctx, caps)) && results.size && findings !== undefined) {
      for (const v of ctx.values) {
        if (!isRecipientKey(v.key)) continue;
        let from: { token: string; injected: boolean; ordered: boolean } | undefined;
        tokensOf(v.text, (token) => {
          if (from !== undefined) return;
          const h = tokenHash(token);
          if (!results.has(h) || clients.has(h)) return;
          const flag = sets.i[sets.r.lastIndexOf(h)]!;
          if (!sends && flag !== toldHand) return;
          from = { token, injected: flag !== 0, ordered: flag >= toldSend };
        });
        if (from === undefined) continue;
        flagged = true;
        findings.push({
          rule: from.injected ? 'provenance/from-injected-result' : 'provenance/from-tool-result',
          path: v.path,
          message: `${v.key} of ${ctx.tool} names ${from.token.slice(0, 80)}, which came from a tool result${from.ordered ? ' telling the agent to send or pay to it' : from.injected ? ' flagged as an injection' : ''}, not from the client`,
          data: { sink: { tool: ctx.tool ?? null, argument: v.key }, injected: from.injected },
        });
      }
    }
    // A flagged value stays untrusted: it is not learned as the client's own.
    if (flagged) return;
    return record(ctx, sets, 'c', 0, hashes);
  }

  /**
   * A call's token hashes with the owners it names (`owner acme`, and `owner` for "some owner": see
   * secrets/secret-stores.ts) as tokens of their own: no token has a space, so none is taken for another.
   */
  function withOwners(ctx: LayerContext<unknown>, hashes: readonly number[]): readonly number[] {
    const owners = ownersNamed(ctx.values);
    if (owners === undefined) return hashes;
    const out = hashes.slice();
    for (const { kind, owner } of owners) out.push(tokenHash(`owner ${kind} ${owner}`), tokenHash(`owner ${kind}`));
    return out;
  }

  /** Hashes of the recipient-like tokens of a message's values (usually none: then no state is touched). */
  function tokenHashes(ctx: LayerContext<unknown>): readonly number[] {
    // Indexed: this runs once per message (maybe unoptimized), over every value. No list when none has a token.
    let out: number[] | undefined;
    const values = ctx.values;
    for (let v = 0; v < values.length; v++) out = addHashesOf(values[v]!, out);
    return out ?? noHashes;
  }

  function record(ctx: LayerContext<unknown>, sets: ProvenanceSets, into: 'r' | 'c', flag: number, hashes: readonly number[]): Awaitable<void> {
    if (!addNewest(sets[into], setOf(sets[into]), hashes, maxTokens, into === 'r' ? sets.i : undefined, flag)) return;
    return ctx.session.set('prov', sets, { ttlMs });
  }

  // (Every step after a store's promise is a function of its own: a function with a closure makes the
  // closure's variables a context object at every call, whichever branch then runs.)
  function onClient(ctx: LayerContext<unknown>): Awaitable<LayerFinding[]> {
    if (ctx.values.length === 0) return none;
    if (ctx.messageType !== 'request' || ctx.tool === undefined) {
      const hashes = tokenHashes(ctx);
      if (hashes.length === 0) return none;
      return learnClientTokens(ctx, hashes);
    }
    const tool = ctx.tool;
    const inventory = ctx.session.tools();
    if (inventory instanceof Promise) return callLater(ctx, tool, inventory);
    return onCall(ctx, capabilitiesOf(tool, inventory?.tools[tool], names));
  }

  function learnClientTokens(ctx: LayerContext<unknown>, hashes: readonly number[]): Awaitable<LayerFinding[]> {
    return chain(ctx.session.get<ProvenanceSets>('prov'), (stored) => chain(record(ctx, stored ?? { r: [], i: [], c: [] }, 'c', 0, hashes), () => none));
  }

  function callLater(ctx: LayerContext<unknown>, tool: string, inventory: Promise<ToolInventory | undefined>): Promise<LayerFinding[]> {
    return inventory.then((read) => onCall(ctx, capabilitiesOf(tool, read?.tools[tool], names)));
  }

  /** A tools/call request of a tool with capabilities `caps`: synchronous (no closure, no array of steps) unless the store is not. */
  function onCall(ctx: LayerContext<unknown>, caps: number): Awaitable<LayerFinding[]> {
    // Made only for a call whose checks can find something (an outbound or a sending tool's): most have none.
    let findings: LayerFinding[] | undefined;
    let pending: Promise<void>[] | undefined;
    const why = sensitiveRequest(ctx, marks);
    if (why !== undefined && ctx.id !== undefined) {
      const stored = ctx.session.set(`pending/${typeof ctx.id}:${ctx.id}`, why, { ttlMs: 600_000 });
      ctx.keepForAnswer();
      if (stored instanceof Promise) (pending ??= []).push(stored);
    }
    // A copy of a secret answers nothing to fingerprint: the place it copies to is remembered instead, when
    // the call is made (blocked or not: a session that tried to put a credential there and then publishes
    // that place is one to stop, however the copy got done).
    const targets = why === undefined ? undefined : copyTargets(ctx);
    if (targets !== undefined && targets.length) {
      const held = hold(ctx, targets, why!);
      if (held instanceof Promise) (pending ??= []).push(held);
    }
    if (caps & outbound) {
      const checked = checkFlow(ctx, (findings ??= []), (caps & Capability.Send) !== 0);
      if (checked instanceof Promise) (pending ??= []).push(checked);
      const served = servedBy(ctx);
      if (served !== undefined) {
        const published = checkServed(ctx, served, findings);
        if (published instanceof Promise) (pending ??= []).push(published);
      }
    }
    // A call that allows, unblocks, releases or un-contains (or writes to a sender) reads what the session's answers condemned.
    const security = securityCall(ctx.tool!, ctx.values, names);
    if (security & SecurityCall.MayLetThrough) {
      const judged = checkCondemned(ctx, security & SecurityCall.Lets, (findings ??= []));
      if (judged instanceof Promise) (pending ??= []).push(judged);
    }
    // A scanner's call reads the scope the session's answers wrote.
    if (security & SecurityCall.Scans) {
      const scoped = checkScope(ctx, (findings ??= []));
      if (scoped instanceof Promise) (pending ??= []).push(scoped);
    }
    // A door unlocked, the alarm disarmed, a garage opened, cameras off: read against what outsiders asked for.
    const acts = physicalActs(ctx.tool!, ctx.values, names?.of(ctx.tool!));
    if (acts !== 0) {
      const ordered = checkPhysical(ctx, acts, (findings ??= []));
      if (ordered instanceof Promise) (pending ??= []).push(ordered);
    }
    // The page the browser opens; a password typed into a page whose host dresses as another's, a consent
    // screen granting a whole account approved (stateful/browser-pages.ts).
    const pageTool = names === undefined ? pageToolOf(wordsOfTool(ctx.tool!)) : names.of(ctx.tool!).page;
    if (pageTool & (PageTool.Navigates | PageTool.Types | PageTool.Clicks)) {
      const paged = pageCall(ctx, pageTool, (findings ??= []));
      if (paged instanceof Promise) (pending ??= []).push(paged);
    }
    // Provenance reports on an outbound call only (see provenanceIn); it learns the client's tokens from every call.
    const traced = provenance(ctx, caps, caps & outbound ? (findings ??= []) : undefined);
    if (traced instanceof Promise) (pending ??= []).push(traced);
    if (pending === undefined) return findings ?? none;
    return allThen(pending, findings ?? none);
  }

  function allThen(pending: Promise<void>[], findings: LayerFinding[]): Promise<LayerFinding[]> {
    return Promise.all(pending).then(() => findings);
  }

  function onResult(ctx: LayerContext<unknown>): Awaitable<LayerFinding[]> {
    // The pending read is this layer's own record, kept when the call was made, blocked or not: an answer
    // that comes for a blocked read (the guard forgot its request, so its tool is unknown) still reaches the
    // model, and what it read is as sensitive. An ordinary call kept no pending read: its key is neither
    // built nor looked up.
    const pendingKey = ctx.id === undefined || !ctx.keptForAnswer ? undefined : `pending/${typeof ctx.id}:${ctx.id}`;
    const why = pendingKey === undefined ? undefined : ctx.session.get<string>(pendingKey);
    if (why instanceof Promise) return resultLater(ctx, pendingKey!, why);
    return afterResult(ctx, pendingKey, why);
  }

  function resultLater(ctx: LayerContext<unknown>, pendingKey: string, why: Promise<string | undefined>): Promise<LayerFinding[]> {
    return why.then((read) => afterResult(ctx, pendingKey, read));
  }

  /** A result, once its pending read (`why`) is known: synchronous (no closure, no steps array) unless the store is not. */
  function afterResult(ctx: LayerContext<unknown>, pendingKey: string | undefined, why: string | undefined): Awaitable<LayerFinding[]> {
    let pending: Promise<void>[] | undefined;
    // What the result gives to remember, in the order it is added: one write of the fingerprints for all of it.
    let batches: Remembered[] | undefined;
    if (why !== undefined) {
      (batches ??= []).push({ texts: ctx.values.map((v) => v.text), what: why, parts: true, codes: noHashes });
      // A password shorter than a run (17) is found only alone: the values keys naming a secret assign are kept so too.
      const assigned = assignedIn(ctx.values);
      if (assigned !== undefined) batches.push({ texts: assigned, what: why, parts: false, codes: noHashes });
    } else {
      const secrets = secretPaths(ctx);
      if (secrets.length) {
        const paths = new Set(secrets);
        (batches ??= []).push({ texts: ctx.values.filter((v) => paths.has(JSON.stringify(v.path))).map((v) => v.text), what: 'a secret', parts: true, codes: noHashes });
      }
      // A password or opaque token has no shape the secrets pack knows: the key that names it is what tells.
      // Only in the answer to a request let through (a late answer to a blocked one is not what it read).
      const assigned = ctx.tool === undefined ? undefined : assignedIn(ctx.values);
      if (assigned !== undefined) (batches ??= []).push({ texts: assigned, what: 'a secret named by its key', parts: false, codes: noHashes });
    }
    // A text message or a mail is a result of a few values; a page read into thousands (its paths and URLs) is not read for codes.
    const codes = ctx.values.length > maxCodeValues ? undefined : codesIn(ctx.values);
    if (codes !== undefined) (batches ??= []).push({ texts: noValues, what: 'a one-time code', parts: false, codes });
    // The pending read is settled before what it read is remembered (as it was, one step after the other).
    const step = why !== undefined ? rememberAfter(ctx, ctx.session.delete(pendingKey!), batches!) : batches !== undefined ? remember(ctx, batches) : undefined;
    if (step instanceof Promise) (pending ??= []).push(step);
    const verdicts = ctx.tool !== undefined && readsVerdicts(ctx.tool, names) ? verdictsOf(ctx.values) : undefined;
    if (verdicts !== undefined) {
      const kept = chain(ctx.session.get<number[]>('condemned'), (stored) => keepVerdicts(ctx, stored, verdicts));
      if (kept instanceof Promise) (pending ??= []).push(kept);
    }
    const scope = scopeOf(ctx.values);
    if (scope !== undefined) {
      const merged = chain(ctx.session.get<WrittenScope>('scope'), (stored) => ctx.session.set('scope', mergedScope(stored, scope), { ttlMs }));
      if (merged instanceof Promise) (pending ??= []).push(merged);
    }
    // The physical acts an outsider asked for in this result (stateful/physical-orders.ts): most results, none.
    const asked = ctx.tool === undefined ? 0 : physicalOrdersIn(ctx.values);
    if (asked !== 0) {
      const kept = chain(ctx.session.get<number>('physical'), (stored) => ctx.session.set('physical', (stored ?? 0) | asked, { ttlMs }));
      if (kept instanceof Promise) (pending ??= []).push(kept);
    }
    // The page a browser's answer says it is on (stateful/browser-pages.ts).
    const page = ctx.tool !== undefined && (names === undefined ? pageToolOf(wordsOfTool(ctx.tool)) : names.of(ctx.tool).page) & PageTool.Reads ? pageIn(ctx.values) : undefined;
    if (page !== undefined) {
      const kept = keepPage(ctx, page);
      if (kept instanceof Promise) (pending ??= []).push(kept);
    }
    const hashes = tokenHashes(ctx);
    if (hashes.length) {
      const injected = ctx.findings.some((f) => f.family === 'injection') ? 1 : 0;
      const ordered = injected ? undefined : orderedHashes(ctx.values);
      const stored = ctx.session.get<ProvenanceSets>('prov');
      const step = stored instanceof Promise
        ? recordLater(ctx, stored, injected, hashes, ordered)
        : recordResult(ctx, stored ?? { r: [], i: [], c: [] }, injected, hashes, ordered);
      if (step instanceof Promise) (pending ??= []).push(step);
    }
    return pending === undefined ? none : Promise.all(pending).then(() => none);
  }

  /** The session's condemned indicators with an answer's verdicts: cleared ones dropped, condemned ones added (the newest kept). */
  function keepVerdicts(ctx: LayerContext<unknown>, stored: number[] | undefined, verdicts: Verdicts): Awaitable<void> {
    const cleared = new Set(verdicts.cleared);
    const kept = (stored ?? []).filter((h) => !cleared.has(h));
    addNewest(kept, new Set(kept), verdicts.condemned, maxCondemned);
    return ctx.session.set('condemned', kept, { ttlMs });
  }

  /** `data-flow/condemned-let-through` when a value of a call that lets things through (`lets`) names an indicator the session's answers condemned. */
  function checkCondemned(ctx: LayerContext<unknown>, lets: number, findings: LayerFinding[]): Awaitable<void> {
    return chain(ctx.session.get<number[]>('condemned'), (stored) => {
      if (stored === undefined || stored.length === 0) return;
      const condemned = new Set(stored);
      const hit = letThroughHit(lets, ctx.values, (h) => condemned.has(h));
      if (hit === undefined) return;
      findings.push({
        rule: 'data-flow/condemned-let-through',
        path: hit.value.path,
        message: `${ctx.tool} ${hit.act} ${hit.value.raw.slice(0, 80)}, which an earlier answer of this session called malicious (a verdict, a detection or intel)`,
        data: { sink: { tool: ctx.tool ?? null, argument: hit.value.key } },
      });
    });
  }

  /** A browser tool's call (`pageTool`: its {@link PageTool} bits): the page it opens kept, or what it types or clicks there checked. */
  function pageCall(ctx: LayerContext<unknown>, pageTool: number, findings: LayerFinding[]): Awaitable<void> {
    const opened = pageTool & PageTool.Navigates ? navigatedHost(ctx.values) : undefined;
    if (opened !== undefined) return keepPage(ctx, { host: opened, consent: false, asksSecret: false });
    const act = pageTool & PageTool.Types
      ? typesPassword(ctx.values) ? PageAct.Password : typesSecretElsewhere(ctx.values) ? PageAct.Handed : 0
      : pageTool & PageTool.Clicks && clicksConsent(ctx.values) ? PageAct.Consent : 0;
    return act === 0 ? undefined : checkPage(ctx, act, findings);
  }

  /** Remembers what the page the browser is on is to the session (a host dressing as another's, a whole account's consent), else forgets the last one. */
  function keepPage(ctx: LayerContext<unknown>, page: AnsweredPage): Awaitable<void> {
    const lookalike = hostPosesAs(page.host) !== undefined;
    if (!lookalike && !page.consent && !page.asksSecret) return chain(ctx.session.delete('page'), () => undefined);
    const kept: PageState = lookalike ? { h: page.host.slice(0, 253) } : {};
    if (page.consent) kept.c = 1;
    if (page.asksSecret) kept.a = 1;
    return ctx.session.set('page', kept, { ttlMs });
  }

  /**
   * `data-flow/password-to-lookalike-host` when a password is typed while the browser is on a page whose host
   * dresses as another's; `data-flow/secret-typed-where-page-asked` when a password-shaped value goes into another field of a
   * page that asked for one; `data-flow/whole-account-consent-clicked` when a consent screen granting a whole account is approved.
   */
  function checkPage(ctx: LayerContext<unknown>, act: number, findings: LayerFinding[]): Awaitable<void> {
    return chain(ctx.session.get<PageState>('page'), (page) => {
      if (act === PageAct.Password && page?.h !== undefined) {
        findings.push({
          rule: 'data-flow/password-to-lookalike-host',
          path: ['params', 'arguments'],
          message: `${ctx.tool} types a password into a page on ${page.h}, a host that dresses as another service's (lookalike letters or a top-level name inside it)`,
          data: { sink: { tool: ctx.tool ?? null, host: page.h } },
        });
      } else if (act === PageAct.Handed && page?.a === 1) {
        findings.push({
          rule: 'data-flow/secret-typed-where-page-asked',
          path: ['params', 'arguments'],
          message: `${ctx.tool} types a password-shaped value into a field that is no password field, on a page that asked its reader to hand over a password (a chat or a form's message box)`,
          data: { sink: { tool: ctx.tool ?? null } },
        });
      } else if (act === PageAct.Consent && page?.c === 1) {
        findings.push({
          rule: 'data-flow/whole-account-consent-clicked',
          path: ['params', 'arguments'],
          message: `${ctx.tool} approves an OAuth consent screen that grants an app a whole account (every message or file, or full access to the mailbox)`,
          data: { sink: { tool: ctx.tool ?? null } },
        });
      }
    });
  }

  /** `provenance/physical-act-ordered` when a call does a physical act (bits `acts`) an outsider asked for in an earlier result. */
  function checkPhysical(ctx: LayerContext<unknown>, acts: number, findings: LayerFinding[]): Awaitable<void> {
    return chain(ctx.session.get<number>('physical'), (stored) => {
      if (stored === undefined || (stored & acts) === 0) return;
      findings.push({
        rule: 'provenance/physical-act-ordered',
        path: ['params', 'name'],
        message: `${ctx.tool} does what an outsider asked for in an earlier result of this session (a door unlocked, an alarm disarmed, a garage opened, cameras off or a car started)`,
        data: { sink: { tool: ctx.tool ?? null } },
      });
    });
  }

  /** `data-flow/outside-written-scope` when a scanner's target lies outside the scope the session read. */
  function checkScope(ctx: LayerContext<unknown>, findings: LayerFinding[]): Awaitable<void> {
    return chain(ctx.session.get<WrittenScope>('scope'), (scope) => {
      if (scope === undefined) return;
      const hit = outsideScope(scope, ctx.values);
      if (hit === undefined) return;
      findings.push({
        rule: 'data-flow/outside-written-scope',
        path: hit.value.path,
        message: `${ctx.tool} aims at ${hit.target}, outside the scope an earlier answer of this session wrote (${scope.in.length ? 'no in-scope range holds it' : 'an out-of-scope range'})`,
        data: { sink: { tool: ctx.tool ?? null, argument: hit.value.key } },
      });
    });
  }
  function rememberAfter(ctx: LayerContext<unknown>, deleted: Awaitable<void>, batches: readonly Remembered[]): Awaitable<void> {
    return chain(deleted, () => remember(ctx, batches));
  }

  /** Remembers the places a sensitive call copies its secret to (the newest 16 kept). */
  function hold(ctx: LayerContext<unknown>, places: readonly string[], what: string): Awaitable<void> {
    return chain(ctx.session.get<HeldSet>('held'), (stored) => {
      const held: HeldSet = stored ?? { p: [], what: [], tool: [] };
      for (const place of places) {
        held.p.push(place);
        held.what.push(what.slice(0, 200));
        held.tool.push(ctx.tool ?? '');
      }
      const drop = held.p.length - 16;
      if (drop > 0) {
        held.p.splice(0, drop);
        held.what.splice(0, drop);
        held.tool.splice(0, drop);
      }
      return ctx.session.set('held', held, { ttlMs });
    });
  }

  /** The folders a call's commands serve to other machines, with the value that serves them (undefined when none: most calls). */
  function servedBy(ctx: LayerContext<unknown>): { folders: string[]; value: ScannedValue } | undefined {
    for (const v of ctx.values) {
      if (!(v.kindMask & Kind.Command)) continue;
      const folders = servedFolders(v.raw);
      if (folders.length) return { folders, value: v };
    }
    return undefined;
  }

  /** A served folder that holds a secret a sensitive call copied there, as a finding. */
  function checkServed(ctx: LayerContext<unknown>, served: { folders: string[]; value: ScannedValue }, findings: LayerFinding[]): Awaitable<void> {
    return chain(ctx.session.get<HeldSet>('held'), (held) => {
      if (held === undefined) return;
      for (const folder of served.folders) {
        const at = held.p.findIndex((place) => covers(folder, place));
        if (at < 0) continue;
        const source = { tool: held.tool[at]!, what: held.what[at]!, at: 0 };
        findings.push({
          rule: 'data-flow/sensitive-flow',
          path: served.value.path,
          message: `${ctx.tool} serves ${folder || 'the current folder'} to other machines, where ${source.tool || 'a call'} copied (or tried to copy) ${source.what}`,
          data: { source, sink: { tool: ctx.tool ?? null, argument: served.value.key } },
        });
        return;
      }
    });
  }

  function recordLater(ctx: LayerContext<unknown>, stored: Promise<ProvenanceSets | undefined>, injected: number, hashes: readonly number[], ordered: readonly number[] | undefined): Promise<void> {
    return stored.then((sets) => recordResult(ctx, sets ?? { r: [], i: [], c: [] }, injected, hashes, ordered));
  }

  /** A result's tokens recorded, those it told the agent to send or pay to (`ordered`: hash and flag pairs) flagged 2 or 3 (kept flagged once so). */
  function recordResult(ctx: LayerContext<unknown>, sets: ProvenanceSets, injected: number, hashes: readonly number[], ordered: readonly number[] | undefined): Awaitable<void> {
    if (ordered === undefined) return record(ctx, sets, 'r', injected, hashes);
    const added = addNewest(sets.r, setOf(sets.r), hashes, maxTokens, sets.i, injected);
    let flagged = false;
    for (let p = 0; p < ordered.length; p += 2) {
      const at = sets.r.lastIndexOf(ordered[p]!);
      const flag = ordered[p + 1]!;
      // An injection's flag (1) stays; an order to hand something over outranks one to use.
      if (at >= 0 && sets.i[at] !== 1 && sets.i[at]! < flag) {
        sets.i[at] = flag;
        flagged = true;
      }
    }
    if (!added && !flagged) return;
    return ctx.session.set('prov', sets, { ttlMs });
  }

  return defineLayer({
    name: 'data-flow',
    phase: 'behavioral',
    description: 'Follows sensitive results into outbound arguments (fingerprints, never values) and checks where send recipients came from',
    docs: 'docs/stateful.md#data-flow',
    rules: {
      'data-flow/sensitive-flow': { description: 'An outbound argument carries data from a sensitive tool result (a credential file, a secret, a marked tool or path).', severity: 'critical', action: config.flow, hint: 'If this flow is intended, scope the rule off for the sending tool.' },
      'data-flow/condemned-let-through': { description: 'A call allows, unblocks, releases from quarantine or lifts the containment of an indicator (a hash, an address, a domain, a host), or writes to a sender, that an earlier answer of the session called malicious.', severity: 'critical', action: config.flow, hint: 'If the verdict was wrong, say so in the session (a result that clears it) or scope the rule off for this tool.' },
      'data-flow/outside-written-scope': { description: 'A scanner, exploit module or password spray aimed at an address range outside the scope an earlier answer of the session wrote (an engagement scope, rules of engagement).', severity: 'high', action: config.flow, hint: 'Widen the written scope first if the client agreed, or scope the rule off for this tool.' },
      'provenance/from-tool-result': { description: 'A recipient, account, host or repository of a send/pay/publish call came from a tool result, never from the client.', severity: 'medium', action: config.provenance, hint: 'Confirm the recipient with the user; scope the rule off for tools that legitimately reply to senders they read.' },
      'provenance/physical-act-ordered': { description: 'A call unlocks a door, disarms an alarm, opens a garage or gate, turns cameras off or deletes recordings, or starts a car, after a result of the session (a doorbell message, a notification, an SMS, a chat) in which an outsider asked for that act.', severity: 'critical', action: config.provenanceInjected, hint: 'Confirm with the owner who asked; scope the rule off for a tool that only acts on the owner\'s own messages.' },
      'data-flow/password-to-lookalike-host': { description: 'A password, passcode or PIN is typed into a page whose host dresses as another service\'s (lookalike letters of another script, punycode, or a top-level name inside the host: `shop.com-renew.help`), the page the session\'s browser opened or reported.', severity: 'critical', action: config.provenanceInjected, hint: 'Open the service\'s own address and log in there.' },
      'data-flow/secret-typed-where-page-asked': { description: 'A password-shaped value is typed into a field that is no password field (a chat or a form\'s message box) of a page whose text asked its reader to hand over a password.', severity: 'critical', action: config.provenanceInjected, hint: 'A password goes only into the service\'s own login field; tell the user what the page asked.' },
      'data-flow/whole-account-consent-clicked': { description: 'A click approves (Allow, Authorize, Accept) an OAuth consent screen the session\'s browser reported whose listed powers hand over a whole account: every message or file, or full access to the mailbox or repositories.', severity: 'critical', action: config.provenanceInjected, hint: 'Let the user approve the grant themselves, or ask the app for narrower scopes.' },
      'provenance/from-injected-result': { description: 'A recipient, account, host or repository of a send/pay/publish call came from a tool result that was flagged as a prompt injection, or that told the agent to send or pay to it.', severity: 'critical', action: config.provenanceInjected },
    },
    inspect(_message, ctx) {
      if (ctx.from === 'client') return onClient(ctx);
      if (ctx.messageType === 'response' && ctx.method !== undefined && resultMethods.has(ctx.method)) return onResult(ctx);
      return [];
    },
  });
}
