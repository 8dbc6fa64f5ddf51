// The texts a model will read in one server message, grouped into documents: each tool of a `tools/list`
// answer is one document (so a finding points at that tool), everything else in a message is one (so an
// instruction split across two content blocks is read as one). Schema keywords the model is shown but
// rules treat as syntax (`format`, `pattern`, `$id`, `$ref`, `required` items, `x-` keys) are included.
import type { MessagePath } from '../types.js';
import type { TextRole } from './features.js';
import { isRecord } from '../parse.js';
import { hasPlainPrototype, prototypeLendsKeys } from '../records.js';
import { nameWords } from '../text/name-words.js';
import { oneByteAscii } from '../text/one-byte.js';
import { blobText, isTextBlob } from '../values/text-blobs.js';
import { wordLine } from './word-lists.js';

/** One string of a document, with where it came from and where it starts in the joined text. */
export interface Piece {
  readonly path: MessagePath;
  readonly offset: number;
}

export interface TextDocument {
  readonly role: TextRole;
  /** Path of the tool, prompt or message this document stands for. */
  readonly path: MessagePath;
  /** The tool's name, for `tools/list` documents. */
  readonly tool?: string;
  readonly text: string;
  /** The strings `text` joins with line breaks, in order (each cut as it is in `text`). */
  readonly parts: readonly string[];
  /** The numbers of the parts a schema offers as a parameter's value (a `default`, a `const`, an `enum` item), ascending. */
  readonly offered: readonly number[];
  readonly pieces: readonly Piece[];
}

/**
 * Whether `k` is a machine field of the protocol (the keys the switch below holds), whose string or number no
 * model reads as text. Told by its length, then compared: asked of every string and number member a walk
 * reads, where a Set's look-up was ~90 instructions (~50k a fresh tool list).
 */
function isMachineKey(k: string): boolean {
  switch (k.length) {
    case 2:
      return k === 'id';
    case 3:
      return k === 'uri' || k === 'src';
    case 4:
      return k === 'type' || k === 'blob';
    case 5:
      return k === 'icons';
    case 6:
      return k === 'cursor';
    case 7:
      return k === 'jsonrpc' || k === 'version';
    case 8:
      return k === 'mimeType';
    case 10:
      return k === 'nextCursor';
    case 11:
      return k === 'uriTemplate';
    case 13:
      return k === 'progressToken';
    case 15:
      return k === 'protocolVersion';
    default:
      return false;
  }
}
const metadataMethods = new Set(['tools/list', 'prompts/list', 'resources/list', 'resources/templates/list', 'initialize']);

const walkValues: unknown[] = [];
const walkNodes: number[] = [];

const readsKey = 1;
const readsValue = 2;
/** A base64 blob of text, read as the text it holds (see values/text-blobs.ts). */
const readsDecoded = 4;

/** A resource template's variable names that read as sentences (see templateWords). */
const readsTemplate = 8;

/** What a walk reads of the entry `k` of `value` (whose value is `v`): its key, its value (bits), or nothing. */
function readOf(value: Record<string, unknown>, k: string, v: unknown): number {
  const scalar = typeof v === 'string' || typeof v === 'number';
  if (k === 'blob' && typeof v === 'string' && isTextBlob(value['mimeType'], v)) return readsDecoded;
  if (k === 'uriTemplate' && typeof v === 'string') return v.includes('{') && templateWords(v) !== undefined ? readsTemplate : 0;
  // A link's or a listed resource's description speaks of its uri ("read this and post it"): the host shows
  // the model both, so the uri is read as the text the description's "this" stands for.
  if (k === 'uri' && typeof v === 'string' && typeof value['description'] === 'string') return readsValue;
  if (scalar && isMachineKey(k)) return 0;
  if (k === 'data' && (value['type'] === 'image' || value['type'] === 'audio')) return 0;
  // Property names are shown to the model too; long ones can carry sentences.
  const named = k.length > 24 && keyWords(k) !== undefined;
  const walked = typeof v === 'string' || (typeof v === 'object' && v !== null);
  return (named ? readsKey : 0) | (walked ? readsValue : 0);
}

// A name of five words or more run together: snake_case, kebab-case or camelCase (`always_send_the_key_to`).
// Words may hold digits (`id_ed25519`, `s3`): a name spelling a key file's path is still a sentence.
const joinedWords = /^[A-Za-z][a-z0-9]*(?:(?:[_-]+[A-Za-z0-9]|[A-Z])[a-z0-9]*){4,}$/;

/**
 * A long property name as the model reads it: as written when it holds spaces, its words apart when they are
 * run together, or undefined when it reads as no sentence (an id, a hash, a path).
 */
function keyWords(k: string): string | undefined {
  if (/\s/.test(k)) return k;
  return joinedWords.test(k) ? nameWords(k) : undefined;
}

// A value of five words or more joined by `-` or `_` (`full-and-first-send-…`): an enum item or a default the
// model reads, and sends, as a sentence. A name cannot hold a dot, so `dot-env` spells `.env`.
const joinedValue = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+){4,}$/i;
const spelledDot = /(^|[_-])dot[_-](?=[a-z])/gi;

/**
 * An offered value as the model reads it: its words apart when they are joined (each `-` or `_` a blank, a
 * spelled `dot-` a `.`), the same length, so the walk that finds pieces needs no change; else as written.
 */
export function offeredWords(value: string): string {
  if (value.length <= 24 || !joinedValue.test(value)) return value;
  return value.replace(spelledDot, (_, before: string) => `${before === '' ? '' : ' '}   .`).replace(/[_-]/g, ' ');
}

// An RFC 6570 expression: an operator, then variables, each maybe with a prefix length or an explode star.
const expression = /\{[+#./;?&]?([^{}]{1,256})\}/g;

/**
 * The variables of a resource template (`notes://{id}{?always_attach_the_users_ssh_key}`) whose names read as
 * sentences, as {@link keyWords} reads a property name (the model is shown the template), one line each; or
 * undefined. `{owner}`, `{?state,labels}` read as none. Linear: at most 16 expressions.
 */
function templateWords(template: string): string | undefined {
  let words: string | undefined;
  expression.lastIndex = 0;
  for (let m = expression.exec(template), n = 0; m !== null && n < 16; m = expression.exec(template), n++) {
    for (const variable of m[1]!.split(',')) {
      const said = keyWords(variable.trim().replace(/(?::\d+|\*)$/, ''));
      if (said !== undefined && !/\s/.test(variable.trim())) words = words === undefined ? said : `${words}\n${said}`;
    }
  }
  return words;
}

/**
 * The strings of `node` a walk of {@link DocumentBuilder} gathers (keys read too), in order and cut alike at
 * `maxLength`: the walk without where each one sits (a tool's pieces are found by walking it again when a
 * finding needs them), so without a node stack.
 */
function partsOf(node: unknown, maxLength: number): string[] {
  const parts: string[] = [];
  gather(node, maxLength, parts, 0);
  return parts;
}

/**
 * Where {@link gather} writes the numbers of the parts a schema offers, from {@link offeredCount} on: a
 * room kept by the module, not an array per document (a tool list's 30 tools each grew one to 17 slots
 * for its few `enum` items). It holds small integers, so its stores take no write barrier though it is
 * old. A walk takes what it wrote at its exact number (see {@link takeOffered}).
 */
let offeredRoom: number[] = [];
let offeredCount = 0;
/** Most slots the room keeps between walks (a larger one, a huge message's, is let go). */
const maxOfferedRoom = 4096;
/** No part offered (most documents): one list for all of them. */
const noneOffered: readonly number[] = Object.freeze([]);

/**
 * Lists of up to three part numbers below 512, shared by what they hold: the tools of a list (and of every
 * list of a server) offer values at the same parts (an `enum` of each tool's `sort`), one frozen list each.
 * Emptied when full.
 */
const sharedOffered = new Map<number, readonly number[]>();
const maxShared = 1024;

/** The part numbers written since `from` (where {@link offeredCount} was when the walk began), the room emptied back to it. */
function takeOffered(from: number): readonly number[] {
  const count = offeredCount - from;
  let offered = noneOffered;
  if (count > 0 && count <= 3 && offeredRoom[offeredCount - 1]! < 512) {
    // Ascending, so the last is the largest: the count in two bits, each number in nine.
    let key = count;
    for (let i = from; i < offeredCount; i++) key = (key << 9) | offeredRoom[i]!;
    const shared = sharedOffered.get(key);
    if (shared !== undefined) offered = shared;
    else {
      if (sharedOffered.size >= maxShared) sharedOffered.clear();
      sharedOffered.set(key, (offered = Object.freeze(offeredRoom.slice(from, offeredCount))));
    }
  } else if (count > 0) offered = offeredRoom.slice(from, offeredCount);
  offeredCount = from;
  if (from === 0 && offeredRoom.length > maxOfferedRoom) offeredRoom = [];
  return offered;
}

/**
 * Marks on the walk's stack, popped just before the value they mark: a string the schema offers as a
 * parameter's value (see offered-values.ts), and a list of them (an `enum`).
 */
const offerMark = Symbol('offered');
const enumMark = Symbol('enum');

/**
 * Appends to `parts` the strings {@link partsOf} reads of `node`, the text so far `length` long, and to
 * {@link offeredRoom} the numbers of those a schema offers as a value (a string under `default` or `const`,
 * a string item of an `enum` that is no word line); gives the length after.
 */
function gather(node: unknown, maxLength: number, parts: string[], length: number): number {
  const lent = prototypeLendsKeys();
  // The shared stack, unless a walk is using it (a getter of an object handed in that builds a document).
  const shared = !gathering;
  const values = shared ? takeStack() : [];
  gathering = true;
  let top = 0;
  values[top++] = node;
  let marked: symbol | undefined;
  try {
    while (top > 0 && length < maxLength) {
      const value = values[--top];
      values[top] = undefined;
      const mark = marked;
      marked = undefined;
      if (typeof value === 'string') {
        if (value.length === 0) continue;
        // The head of a string cut at the limit: a one-byte copy when it is ASCII (see text/one-byte.ts).
        const piece = length + value.length > maxLength ? oneByteAscii(value.slice(0, maxLength - length)) : value;
        if (mark === offerMark) offeredRoom[offeredCount++] = parts.length;
        parts.push(mark === offerMark ? offeredWords(piece) : piece);
        length += piece.length + 1;
      } else if (Array.isArray(value)) {
        const words = wordLine(value);
        if (words !== undefined) values[top++] = words;
        else
          for (let i = value.length - 1; i >= 0; i--) {
            const item: unknown = value[i];
            if (typeof item === 'string') {
              values[top++] = item;
              if (mark === enumMark) values[top++] = offerMark;
            } else if (typeof item === 'object' && item !== null) values[top++] = item;
          }
      } else if (typeof value === 'symbol') {
        marked = value;
      } else if (isRecord(value)) {
        const first = top;
        // A plain object lists only its own keys to for-in while Object.prototype lends none (JSON.parse
        // makes only such objects): one look at its prototype, not a test of each key.
        const own = !lent && hasPlainPrototype(value);
        for (const k in value) {
          if (!own && !Object.hasOwn(value, k)) continue;
          const v = value[k];
          const read = readOf(value, k, v);
          if (read & readsKey) values[top++] = keyWords(k);
          if (read & readsValue) {
            // Pushed in the order popped (the keys' values are reversed below): the mark, then its value.
            if (k === 'default' || k === 'const' ? typeof v === 'string' : k === 'enum' && Array.isArray(v)) values[top++] = k === 'enum' ? enumMark : offerMark;
            values[top++] = v;
          }
          if (read & readsDecoded) values[top++] = blobText(v as string);
          if (read & readsTemplate) values[top++] = templateWords(v as string);
        }
        for (let i = first, j = top - 1; i < j; i++, j--) {
          const held = values[i];
          values[i] = values[j];
          values[j] = held;
        }
      }
    }
  } finally {
    // What a walk cut short left on the stack is let go (nothing of a message stays reachable from it).
    while (top > 0) values[--top] = undefined;
    if (shared) gathering = false;
  }
  return length;
}

/**
 * The stack {@link gather} walks with, kept between walks: one made per tool was grown twice by push (~200
 * bytes of garbage a tool). Made anew every {@link renewStackAfter} walks: kept, it is in the old generation,
 * where each push of a message's young object took the write barrier's slow path (a remembered-set entry);
 * a new one is young for the tens of lists until two scavenges have passed, where a store is only a store.
 */
let stack: unknown[] = [];
let stackWalks = 0;
const renewStackAfter = 128;
/** Whether a walk is using {@link stack}. */
let gathering = false;

function takeStack(): unknown[] {
  if (++stackWalks > renewStackAfter || stack.length > maxStack) {
    stack = [];
    stackWalks = 0;
  }
  return stack;
}
/** Most slots the kept stack may have (a larger one, a huge message's, is let go at the next walk). */
const maxStack = 4096;

/**
 * Collects strings under `node` (iteratively), appending them to a document under construction. Where
 * each string and container sits is kept as its parent's number and its own key or index, in two arrays:
 * a piece's path is made only when asked for (a finding points at it), not one array per node walked.
 */
class DocumentBuilder {
  /** Per node: its parent's number, or -1 - n for the start of the n-th walk; and its key or index. */
  readonly #parents: number[] = [];
  readonly #steps: (string | number)[] = [];
  readonly #starts: MessagePath[] = [];
  /** Per piece: its offset in the text and its node. */
  readonly #offsets: number[] = [];
  readonly #nodes: number[] = [];
  #length = 0;
  constructor(readonly maxLength: number) {}

  add(text: string, node: number): void {
    if (this.#length >= this.maxLength || text.length === 0) return;
    this.#offsets.push(this.#length);
    this.#nodes.push(node);
    // The piece's length as the parts were cut (see gather): the text itself is in the document's parts.
    this.#length += Math.min(text.length, this.maxLength - this.#length) + 1;
  }

  #child(parent: number, step: string | number): number {
    this.#parents.push(parent);
    this.#steps.push(step);
    return this.#parents.length - 1;
  }

  walk(node: unknown, path: MessagePath): void {
    this.#starts.push(path);
    // Parallel stacks, and only strings and containers pushed (nothing else is read): no tuple per node.
    // Shared by every walk (one runs at a time), emptied when it starts (a getter may have thrown out of
    // the last one) and when it ends (nothing of a message kept).
    const values = walkValues;
    const nodes = walkNodes;
    if (values.length > 0) values.length = nodes.length = 0;
    values.push(node);
    nodes.push(-this.#starts.length);
    while (values.length && this.#length < this.maxLength) {
      const value = values.pop();
      const at = nodes.pop()!;
      if (typeof value === 'string') this.add(value, at);
      else if (Array.isArray(value)) {
        // A list of single words is one line (see word-lists.ts), at the array's path.
        const words = wordLine(value);
        if (words !== undefined) {
          values.push(words);
          nodes.push(at);
          continue;
        }
        for (let i = value.length - 1; i >= 0; i--) {
          const item: unknown = value[i];
          if (typeof item !== 'string' && (typeof item !== 'object' || item === null)) continue;
          values.push(item);
          nodes.push(this.#child(at, i));
        }
      } else if (isRecord(value)) {
        // Own keys in order (for-in reads them without a new array of keys, and V8 reads `value[k]` from
        // the object's enumeration cache), pushed as they come and then reversed, to be popped in order.
        const first = values.length;
        for (const k in value) {
          if (!Object.hasOwn(value, k)) continue;
          const v = value[k];
          const read = readOf(value, k, v);
          if (read === 0) continue;
          const child = this.#child(at, k);
          if (read & readsKey) {
            values.push(keyWords(k));
            nodes.push(child);
          }
          if (read & readsValue) {
            values.push(v);
            nodes.push(child);
          }
          if (read & readsDecoded) {
            values.push(blobText(v as string));
            nodes.push(child);
          }
          if (read & readsTemplate) {
            values.push(templateWords(v as string));
            nodes.push(child);
          }
        }
        for (let i = first, j = values.length - 1; i < j; i++, j--) {
          const value = values[i];
          values[i] = values[j];
          values[j] = value;
          const node = nodes[i]!;
          nodes[i] = nodes[j]!;
          nodes[j] = node;
        }
      }
    }
    if (values.length > 0) values.length = nodes.length = 0;
  }

  #pathOf(node: number): MessagePath {
    const steps: (string | number)[] = [];
    let n = node;
    for (; n >= 0; n = this.#parents[n]!) steps.push(this.#steps[n]!);
    const path = [...this.#starts[-n - 1]!];
    for (let i = steps.length - 1; i >= 0; i--) path.push(steps[i]!);
    return path;
  }

  /** Each piece's path and offset (paths are made here, when a finding needs them). */
  pieces(): Piece[] {
    return this.#offsets.map((offset, i) => ({ path: this.#pathOf(this.#nodes[i]!), offset }));
  }

}

/**
 * A part that says it goes on from the one before: "Part 2: …", "(2/3) …", "continued: …" (not a first part). An order cut over
 * a schema's fields so that no field holds a sentence reads whole when its parts are labelled so.
 */
const continues = /^\s*(?:part\s*(?:[2-9]|\d{2})(?:\s*(?:of|\/)\s*\d{1,2})?\s*[:.)-]|\(\s*(?:[2-9]|\d{2})\s*\/\s*\d{1,2}\s*\)|(?:[2-9]|\d{2})\s*\/\s*\d{1,2}\s*[:.)-]|cont(?:inued|'d|\.)\s*[:.)-]?)/i;
const goesOn = (part: string): boolean => {
  const c = part.charCodeAt(0) | 32;
  return (c === 112 || c === 40 || c === 99 || (c >= 48 && c <= 57) || c === 32) && continues.test(part);
};
/** The parts joined by line breaks, save before a part that continues the one before (a space: one sentence, same length). */
function joinedParts(parts: readonly string[]): string {
  if (parts.length === 0) return '';
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i++) text += goesOn(parts[i]!) ? ` ${parts[i]!}` : `\n${parts[i]!}`;
  return text;
}

/** `parts` with each part that continues the one before joined to it by a space (see continues); `parts` itself when none does. */
export function continuedParts(parts: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 1; i < parts.length; i++) {
    if (!goesOn(parts[i]!)) {
      out?.push(parts[i]!);
      continue;
    }
    out ??= parts.slice(0, i);
    out[out.length - 1] += ` ${parts[i]!}`;
  }
  return out ?? parts;
}

/**
 * A document with its pieces read from its builder when first asked for. A class: an object literal with
 * a getter (and a closure for it) took about 0.7 µs to make, a good part of inspecting a small tool result.
 */
class BuiltDocument implements TextDocument {
  readonly role: TextRole;
  /** Its path, or the index of the tool it stands for (the path `result.tools[index]` made when first read: a finding's, mostly). */
  #path: MessagePath | number;
  declare readonly tool?: string;
  readonly parts: readonly string[];
  readonly offered: readonly number[];
  #text: string | undefined;
  #pieces: readonly Piece[] | undefined;
  /** What is walked again for the pieces (a tool, or a message's documents), and the length the parts were cut at. */
  #source: unknown;
  readonly #maxLength: number;

  constructor(role: TextRole, path: MessagePath | number, tool: string | undefined, parts: readonly string[], offered: readonly number[], source: unknown, maxLength: number) {
    this.role = role;
    this.#path = path;
    if (tool !== undefined) (this as { tool?: string }).tool = tool;
    this.parts = parts;
    this.offered = offered;
    this.#source = source;
    this.#maxLength = maxLength;
  }

  get path(): MessagePath {
    const path = this.#path;
    return typeof path === 'number' ? (this.#path = ['result', 'tools', path]) : path;
  }

  /** Joined when first read: tool metadata is read string by string. */
  get text(): string {
    // One part (a result's one text block, mostly) is its text: not copied by a join.
    return (this.#text ??= this.parts.length === 1 ? this.parts[0]! : joinedParts(this.parts));
  }

  get pieces(): readonly Piece[] {
    if (this.#pieces === undefined) {
      // The source, not a closure over it: a closure and its context per tool of every list were garbage at once.
      const builder = new DocumentBuilder(this.#maxLength);
      // A tool's document has the tool's path; a message's, none.
      if (typeof this.#path === 'number' || this.#path.length > 0) builder.walk(this.#source, this.path);
      else walkDocuments(builder, this.#source as Record<string, unknown>);
      this.#pieces = builder.pieces();
      this.#source = undefined;
    }
    return this.#pieces;
  }
}

/** Whether the documents of a message are its tools, one each (see {@link toolDocument}). */
export function readsTools(message: Record<string, unknown>, method: string | undefined): boolean {
  const result = message['result'];
  return method === 'tools/list' || (method === undefined && isRecord(result) && Array.isArray(result['tools']));
}

/**
 * The document of the `index`-th tool of a `tools/list` answer. Where its pieces sit is found by walking
 * the tool again when first asked for (a finding points at a piece; most tools have none), so the tool
 * must not change in between: read a document's pieces in the inspection that made it.
 */
export function toolDocument(tool: unknown, index: number, maxLength: number): TextDocument {
  const from = offeredCount;
  let parts: string[];
  try {
    parts = partsOf(tool, maxLength);
  } catch (error) {
    // A walk that throws (a getter of an object handed in) leaves the room as it found it: not grown for good.
    offeredCount = from;
    throw error;
  }
  return new BuiltDocument('metadata', index, isRecord(tool) && typeof tool['name'] === 'string' ? tool['name'] : undefined, parts, takeOffered(from), tool, maxLength);
}

const documentKeys = ['result', 'params', 'error'] as const;

/** Walks the documents of a message (see documentsOf) into `builder`. */
function walkDocuments(builder: DocumentBuilder, message: Record<string, unknown>): void {
  for (const key of documentKeys) if (key in message) builder.walk(message[key], [key]);
}

/**
 * Documents of one message sent by a server (its result, its params for server-initiated requests, or
 * its error). `method` is the method the message carries or answers.
 */
export function documentsOf(message: unknown, method: string | undefined, maxLength: number): TextDocument[] {
  if (!isRecord(message)) return [];
  const result = message['result'];
  if (readsTools(message, method)) {
    const tools = isRecord(result) && Array.isArray(result['tools']) ? result['tools'] : [];
    return tools.map((tool, i) => toolDocument(tool, i, maxLength));
  }
  const role: TextRole = method !== undefined && metadataMethods.has(method) ? 'metadata' : 'content';
  // The strings alone; where they sit is found by walking the message again when a finding asks (most
  // messages have none), as a tool's pieces are. So the message must not change before its pieces are read.
  const parts: string[] = [];
  const from = offeredCount;
  let length = 0;
  try {
    for (let k = 0; k < documentKeys.length; k++) {
      const key = documentKeys[k]!;
      if (key in message) length = gather(message[key], maxLength, parts, length);
    }
  } catch (error) {
    offeredCount = from;
    throw error;
  }
  const offered = takeOffered(from);
  if (parts.length === 0) return [];
  return [new BuiltDocument(role, [], undefined, parts, offered, message, maxLength)];
}

/** The path of the piece that holds `offset` of a document's text. */
export function pathAt(document: TextDocument, offset: number): MessagePath {
  let found = document.pieces[0]?.path ?? document.path;
  for (const p of document.pieces) {
    if (p.offset > offset) break;
    found = p.path;
  }
  return found;
}
