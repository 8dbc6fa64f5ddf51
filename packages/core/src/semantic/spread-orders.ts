import { privateHost } from '../values/private-hosts.js';
import { namesCredentialStore } from './sends-secrets.js';

// An order spread over several answers of one server: a note names where a key is kept, the next an inbox,
// the last says "mail the file from note A to the inbox in note B". Each piece alone asks nothing or points
// nowhere; the order is whole only once its back-references are resolved. So the short server texts of a
// session that carry a credential's place or an outside address are remembered by their labels ("Note A",
// "Step 2", a resource's URI words) - a few booleans, never the text - and a later text that orders
// something sent and points back at them ("from note A", "the contact from the ops contacts page") is
// judged with what its references supply. Multi-page results that refer to each other without sending a
// credential to an outside address are ordinary and pass.

/** What a remembered piece supplies, by its labels (lower case, space separated). */
// A type, not an interface: it is stored as JSON session state.
export type SpreadPiece = {
  readonly labels: string;
  readonly credential: boolean;
  readonly address: boolean;
};

/** Pieces kept per session and server: the newest few. */
export const maxSpreadPieces = 8;
/** The longest text remembered as a piece (a piece of a spread order is short), or read as the last one. */
const maxPiece = 1000;
const maxLast = 2000;

/** A text's own label at its start: "Note A:", "Step 2 of 3", "## Page 4". */
const ownLabel = /^[\s#>*-]*(note|page|step|part|section|entry|item|card|memo)\s+([a-z]|\d{1,3})\b/i;
/** A back-reference: "from note A", "in step 2", "from the ops contacts page". */
const backRef = /\b(?:from|in|on|at|of|per|under)\s+(?:the\s+)?(?:(note|page|step|part|section|entry|item|card|memo)\s+([a-z]|\d{1,3})\b|([a-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*){0,2})\s+(?:page|note|doc|document|sheet|list|entry|card))/gi;
/** A sending order's verb, in its base form (a report says "mailed", "sent"). */
const sendVerb = /\b(?:send|mail|e-?mail|forward|upload|post|share|paste|transfer|attach|deliver)\b/i;
const email = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const urlHost = /\bhttps?:\/\/([a-z0-9.-]+)/gi;
const filler: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'your', 'my', 'its', 'their']);

/** Whether a (lower-case) text names an address outside the machine: an e-mail or URL host not local. */
function namesOutsideAddress(text: string): boolean {
  for (const pattern of [email, urlHost]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) if (!privateHost(m[1]!)) return true;
  }
  return false;
}

const namesCredential = namesCredentialStore;

/** The piece a server text leaves for later texts, or undefined (no label, or nothing a spread order needs). `uri`: a resource's. */
export function spreadPiece(text: string, uri: string | undefined): SpreadPiece | undefined {
  if (text.length > maxPiece) return undefined;
  const own = ownLabel.exec(text);
  const named = uri === undefined ? '' : uri.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  if (own === null && named === '') return undefined;
  const lower = text.toLowerCase();
  const credential = namesCredential(lower);
  const address = namesOutsideAddress(lower);
  if (!credential && !address) return undefined;
  const labels = own === null ? named : `${own[1]!.toLowerCase()} ${own[2]!.toLowerCase()}${named === '' ? '' : ` ${named}`}`;
  return { labels, credential, address };
}

/** Whether a text may be the last piece of a spread order (a sending verb and a back-reference): the session is read only then. */
export function maySpreadOrder(text: string): boolean {
  if (text.length > maxLast || !sendVerb.test(text)) return false;
  backRef.lastIndex = 0;
  return backRef.test(text);
}

/** What a text may be to a spread order, as bits: a labelled piece, a last piece that may order a send. */
export const SpreadBit = { Labelled: 1, MayOrder: 2 } as const;

/**
 * The text's {@link SpreadBit}s, read with two regexes, and first one look at its start (a label is there)
 * and one search for a sending verb's letters; kept by the caller with a text that comes again.
 */
export function spreadBits(text: string): number {
  let bits = 0;
  if (text.length <= maxPiece && ownLabel.test(text)) bits |= SpreadBit.Labelled;
  if (maySpreadOrder(text)) bits |= SpreadBit.MayOrder;
  return bits;
}

/** Whether a label phrase names a piece: its kind and id side by side, or every content word of a name. */
function refersTo(piece: SpreadPiece, kind: string | undefined, id: string | undefined, words: string | undefined): boolean {
  const labels = ` ${piece.labels} `;
  if (kind !== undefined) return labels.includes(` ${kind.toLowerCase()} ${id!.toLowerCase()} `);
  let any = false;
  for (const word of words!.toLowerCase().split(/\s+/)) {
    if (filler.has(word)) continue;
    if (!labels.includes(` ${word} `)) return false;
    any = true;
  }
  return any;
}

/** What a sending order's object may be for the pieces to supply it: a pronoun, a file or secret word, a path. */
const sentObject = /\b(?:it|them|this|that|file|files|key|keys|secret|secrets|token|tokens|credentials?|passwords?|contents?|folder|directory)\b|[~/]|\.[a-z]/i;
const sendVerbs = /\b(?:send|mail|e-?mail|forward|upload|post|share|paste|transfer|attach|deliver)\b/gi;

/** What the back-references of `part` supply from `pieces`, as bits: 1 a credential, 2 an outside address. */
function supplied(part: string, pieces: readonly SpreadPiece[]): number {
  let bits = 0;
  let refs = 0;
  backRef.lastIndex = 0;
  for (let m = backRef.exec(part); m !== null && refs < 8; m = backRef.exec(part)) {
    refs++;
    for (const piece of pieces) {
      if (!refersTo(piece, m[1], m[2], m[3])) continue;
      if (piece.credential) bits |= 1;
      if (piece.address) bits |= 2;
    }
  }
  return bits;
}

/**
 * Why the last text orders a credential sent to an outside address once its back-references are read, or
 * undefined: a sending verb whose object is a pronoun, a file or a secret ("mail it", "send the file from note
 * A") and whose destination after "to" is named or pointed at ("to the inbox in note B"), the credential
 * named in the text or in a piece it points at. What the text names whole itself is left to the other
 * readers. Linear in the text and the pieces.
 */
export function spreadOrder(text: string, pieces: readonly SpreadPiece[]): string | undefined {
  if (pieces.length === 0 || text.length > maxLast) return undefined;
  const lower = text.toLowerCase();
  const ownCredential = namesCredential(lower);
  if (ownCredential && namesOutsideAddress(lower)) return undefined;
  let orders = 0;
  sendVerbs.lastIndex = 0;
  for (let m = sendVerbs.exec(lower); m !== null && orders < 8; m = sendVerbs.exec(lower)) {
    orders++;
    const from = m.index + m[0].length;
    let end = from;
    // To the clause's end: `;`, `!`, `?`, a line break, or a full stop before a space (not the dot of `.env`).
    while (end < lower.length && end - from < 160 && !';!?\n'.includes(lower[end]!) && !(lower[end] === '.' && (end + 1 === lower.length || lower[end + 1] === ' '))) end++;
    const clause = lower.slice(from, end);
    const to = clause.search(/\bto\b/);
    if (to < 0 || !sentObject.test(clause.slice(0, to))) continue;
    const destination = clause.slice(to);
    const address = namesOutsideAddress(destination) || (supplied(destination, pieces) & 2) !== 0;
    const credentialHere = supplied(lower, pieces) & 1;
    if (address && (ownCredential || credentialHere)) {
      return credentialHere ? 'the credential named in an earlier answer' : 'the address named in an earlier answer';
    }
  }
  return undefined;
}

/** A turn that hands out a labelled piece of a task: `Word two: "…"`, `Part 3 - '…'`. */
const labelledQuote = /\b(?:word|part|piece|fragment|chunk|step|line)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b[^"'“‘]{0,40}["“'‘]([^"”'’\n]{1,200})["”'’]/i;

/**
 * A prompt whose turns each hand out a labelled, quoted piece of one task ("Word one: "print"", "Word two:
 * "the contents of ~/.git-credentials"", …, "now do the whole task"): the pieces joined in order, as a
 * `prompts/get` answer of one user turn to be read like any other, or undefined. Each piece alone is a word.
 */
export function joinedPromptPieces(message: unknown): unknown {
  if (typeof message !== 'object' || message === null) return undefined;
  const result = (message as { result?: unknown }).result;
  const messages = typeof result === 'object' && result !== null ? (result as { messages?: unknown }).messages : undefined;
  if (!Array.isArray(messages) || messages.length < 2 || messages.length > 32) return undefined;
  const pieces: string[] = [];
  for (const turn of messages) {
    const content = typeof turn === 'object' && turn !== null ? (turn as { content?: unknown }).content : undefined;
    const text = typeof content === 'object' && content !== null ? (content as { text?: unknown }).text : undefined;
    if (typeof text !== 'string' || text.length > 400) continue;
    const m = labelledQuote.exec(text);
    if (m !== null) pieces.push(m[1]!.trim());
  }
  if (pieces.length < 2) return undefined;
  return { jsonrpc: '2.0', result: { messages: [{ role: 'user', content: { type: 'text', text: pieces.join(' ') } }] } };
}
