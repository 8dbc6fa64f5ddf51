import type { MessagePath } from '../types.js';
import { kindsOfKey } from './classify.js';
import { Kind } from './kinds.js';
import { isTextBlob } from './text-blobs.js';
import { PathTable, type ValuePath } from './value-path.js';
import { isRecord } from '../parse.js';
import { prototypeLendsKeys } from '../records.js';

/** A string pulled out of a message before normalization. */
export interface RawValue {
  readonly path: ValuePath;
  readonly key: string;
  readonly raw: string;
  /** Kinds known from where the value sits (field, argument name, tool schema). */
  readonly kinds: number;
  /** Whether the value's shape should add kinds (argument values: yes; model-bound prose: no). */
  readonly byShape: boolean;
}

/** Per-tool argument kinds learned from a `tools/list` answer (argument name → kind bits). */
export type ToolSchemaHints = ReadonlyMap<string, number>;

/**
 * Where a walk puts the strings it finds, field by field (no record made per string): a list of
 * {@link RawValue}s ({@link rawSink}), or a scanner that reads each one as it comes (values/scanned.ts).
 */
export interface ValueSink {
  /** The table the numbered paths given to {@link add} are nodes of: set by an extraction of an answer as it begins. */
  paths: PathTable | undefined;
  add(path: ValuePath, key: string, raw: string, kinds: number, byShape: boolean): void;
}

type Sink = ValueSink;

/** A sink that keeps every string as a {@link RawValue}, in `out`. */
export function rawSink(out: RawValue[]): ValueSink {
  const sink: ValueSink = {
    paths: undefined,
    // Its paths as arrays: what it keeps outlives the walk, and is read by code that knows no table.
    add: (path, key, raw, kinds, byShape) => void out.push({ path: typeof path === 'number' ? sink.paths!.pathOf(path) : path, key, raw, kinds, byShape }),
  };
  return sink;
}

export interface WalkOptions {
  /** Kinds every string gets. */
  readonly kinds: number;
  /** Add kinds from argument names. */
  readonly byKey: boolean;
  readonly byShape: boolean;
  /** Also scan object keys (as identifiers): tool schemas can hide text in property names. */
  readonly keys?: boolean;
  /**
   * With `keys`: keys not scanned themselves (their values are), unless their object is a `properties`
   * member's, whose keys are names: a schema's keywords.
   */
  readonly keywords?: ReadonlySet<string>;
  /** Keys whose values are not scanned (schema keywords that are not prose). */
  readonly skip?: ReadonlySet<string>;
  /** Entries not scanned, judged with their object (machine fields of content blocks). */
  readonly skipIf?: (parent: Record<string, unknown>, key: string, value: unknown) => boolean;
  readonly hints?: ToolSchemaHints | undefined;
}

const plainKey = /^[A-Za-z0-9_-]{1,64}$/;
const noPath: MessagePath = Object.freeze([]);

/**
 * The table of the running extraction's paths when it numbers them (an answer: thousands of values, whose
 * paths are read for findings only), undefined when it makes arrays (a request: a few values, every path
 * read to find where a call writes). Its nodes are written to the two arrays below, lent to each walk in
 * turn and kept between walks (a walk runs to its end before the next begins); the table takes a copy of
 * exact size when its extraction ends (see {@link numbered}).
 */
let table: PathTable | undefined;
const keptNodes = 4096;
let nodeUps = new Int32Array(keptNodes);
const nodeSteps: (string | number)[] = [];
/** The root's node number in a table. */
const rootNode = -1;

/** The path one step below `at`: a node of the running table, or `[...at, step]` in an array of its exact size. */
function childPath(at: ValuePath, step: string | number): ValuePath {
  if (typeof at === 'number') {
    if (table!.full) {
      nodeUps = new Int32Array(nodeUps.length * 2);
      table!.grow(nodeUps);
    }
    return table!.add(at, step);
  }
  const path = new Array<string | number>(at.length + 1);
  for (let i = 0; i < at.length; i++) path[i] = at[i]!;
  path[at.length] = step;
  return path;
}

/** Begins an extraction whose paths are numbered in a new table rooted at `root`, given to `out`: its root node. */
function beginNumbered(root: MessagePath, out: Sink): number {
  out.paths = table = new PathTable(root, nodeUps, nodeSteps);
  return rootNode;
}

/**
 * Ends a numbered extraction (also one whose walk threw: values found before keep their paths): its table
 * takes arrays of its own, of exact size.
 */
function endNumbered(): void {
  const count = table!.count;
  table!.seal();
  table = undefined;
  // Nothing of the message stays reachable from the lent arrays, and a very large walk gives its room back.
  if (count > keptNodes) {
    nodeUps = new Int32Array(keptNodes);
    nodeSteps.length = 0;
  } else nodeSteps.fill(0, 0, count);
}

/** A number, boolean, null (or a value JSON has not): nothing under it is read, so it is not pushed. */
const inert = (value: unknown): boolean => typeof value !== 'string' && (typeof value !== 'object' || value === null);

// The pending nodes of a walk: four parallel stacks, kept between walks (a walk runs to its end before the
// next begins) and indexed by hand, so they keep their room: a message's few small walks allocate none.
// A popped node is cleared, so no message stays reachable from here; a very large walk gives its room back.
// The stacks that take the message's own objects and strings (and a request's path arrays) are made anew
// once an extraction has taken `renewAfter` nodes (see renewStacks).
let values: unknown[] = [];
let paths: ValuePath[] = [];
const names: string[] = [];
const kinds: number[] = [];
const keptRoom = 1024;

/** The height of the stacks in the running walk, and the most it reached. */
let top = 0;
let most = 0;

/** Nodes taken from the stacks since the running extraction began (see renewStacks). */
let taken = 0;
const renewAfter = 256;

/**
 * New arrays for the stacks that take a message's values, holding what they hold: kept between messages,
 * the old ones are in the old generation, where every store of a new object or string takes the write
 * barrier's slow path (a remembered-set entry, ~50 instructions: ~40k a cold tool list of 30 tools). A
 * new array is young, where a store is only a store. Once per large extraction (a small one never gets
 * here, so it still allocates nothing); called between nodes, when no entry is pending.
 */
function renewStacks(): void {
  values = values.slice(0, top);
  paths = paths.slice(0, top);
  entryValues = [];
}

function push(value: unknown, at: ValuePath, name: string, bits: number): void {
  values[top] = value;
  paths[top] = at;
  names[top] = name;
  kinds[top] = bits;
  if (++top > most) most = top;
}

/**
 * Walks every string under `node` without recursion, so depth never overflows the stack. The pending
 * nodes are four parallel stacks rather than a tuple each, and a key's path is one {@link PathStep} shared
 * by the key (when it is read as a value) and its value: a tool list has thousands of nodes.
 */
export function walk(node: unknown, path: MessagePath, key: string, options: WalkOptions, out: Sink, parsed = false): void {
  plain = !prototypeLendsKeys();
  json = parsed;
  taken = 0;
  const at = beginNumbered(path, out);
  try {
    walkFrom(node, at, key, options, out);
  } finally {
    endNumbered();
  }
}

/** {@link walk} within an extraction, which asked whether `Object.prototype` is plain once for all its walks. */
function walkFrom(node: unknown, path: ValuePath, key: string, options: WalkOptions, out: Sink): void {
  // The options read once: a tool list walks each tool's fields, with options of several shapes.
  const { kinds: every, byKey, byShape, skip, skipIf, hints, keywords } = options;
  const keys = options.keys === true;
  // The key a walk starts at speaks for its value as any nested key would (`includeContext`, `url`).
  const own = byKey && key !== '' ? kindsOfKey(key) | (hints?.get(key) ?? 0) : 0;
  if (typeof node === 'string') {
    out.add(path, key, node, every | own, byShape);
    return;
  }
  // A module-level push, not a closure made per walk.
  top = 0;
  most = 0;
  push(node, path, key, own);
  while (top > 0) {
    if (++taken === renewAfter) renewStacks();
    top--;
    const value = values[top];
    const at = paths[top]!;
    const name = names[top]!;
    const inherited = kinds[top]!;
    values[top] = undefined;
    paths[top] = noPath;
    if (typeof value === 'string') {
      out.add(at, name, value, every | inherited, byShape);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (!inert(item)) push(item, childPath(at, i), name, inherited);
      }
    } else if (isRecord(value)) {
      for (let i = entriesOf(value) - 1; i >= 0; i--) {
        const k = entryKeys[i]!;
        const item = entryValues[i];
        entryKeys[i] = entryValues[i] = undefined;
        if (skip?.has(k) || skipIf?.(value, k, item)) continue;
        // A key that is not a plain name (`../../etc/passwd`, a shell line) is read as a value: servers
        // that take a map of paths or commands act on their keys.
        const oddKey = !keys && byShape && !plainKey.test(k);
        if (inert(item) && !keys && !oddKey) continue;
        let bits = inherited;
        if (byKey) bits |= kindsOfKey(k) | (hints?.get(k) ?? 0);
        const child = childPath(at, k);
        if (keys) {
          // A schema's own keyword is the keyword's text, nothing a server chose (what it holds is read as any
          // value): not read as an identifier. A property's name is, whatever it is.
          if (keywords === undefined || name === 'properties' || !(keywords === schemaKeywords ? (schemaKeyBits(k) & schemaKeyword) !== 0 : keywords.has(k))) out.add(child, k, k, Kind.Identifier | every, false);
        } else if (oddKey) {
          out.add(child, name, k, Kind.Identifier, true);
        }
        if (!inert(item)) push(item, child, k, bits);
      }
    }
  }
  if (most > keptRoom) values.length = paths.length = names.length = kinds.length = 0;
  if (entryKeys.length > keptRoom) entryKeys.length = entryValues.length = 0;
}

/**
 * The entries of the object being read, in `Object.keys` order, kept between objects (each is read to its
 * end before the next) and cleared as they are read: a tool list has hundreds of objects.
 */
const entryKeys: (string | undefined)[] = [];
let entryValues: unknown[] = [];
/** Whether `Object.prototype` had no enumerable property when the running extraction began (see {@link entriesOf}). */
let plain = true;
/**
 * Whether the running extraction reads a message JSON.parse made of its text, seen by no other code yet: its
 * objects all have `Object.prototype` for their prototype, not asked of each (a runtime call, ~120 instructions).
 */
let json = false;

/**
 * Puts the entries of `value` in {@link entryKeys} and {@link entryValues} and gives their number. The usual
 * object (parsed JSON) has them read in place by `for...in`, which gives its own keys in `Object.keys` order
 * when its prototype is `Object.prototype` and that has no enumerable property, without making their array
 * (and reads each value by the object's own layout).
 */
function entriesOf(value: Record<string, unknown>): number {
  let count = 0;
  if (plain && (json || Object.getPrototypeOf(value) === Object.prototype)) {
    for (const k in value) {
      entryKeys[count] = k;
      entryValues[count++] = value[k];
    }
  } else {
    const keys = Object.keys(value);
    for (; count < keys.length; count++) {
      entryKeys[count] = keys[count];
      entryValues[count] = value[keys[count]!];
    }
  }
  return count;
}


// JSON Schema's keywords (draft 2020-12 and the older drafts MCP servers still send): as keys of a schema
// they are not read as identifiers (see WalkOptions.keywords); a tool list holds hundreds (`description`, `enum`, `default`).
const schemaKeywords = new Set([
  '$schema', '$id', '$ref', '$anchor', '$dynamicRef', '$dynamicAnchor', '$defs', '$comment', '$vocabulary',
  'type', 'title', 'description', 'default', 'examples', 'enum', 'const', 'format', 'pattern', 'deprecated', 'readOnly', 'writeOnly', 'nullable',
  'properties', 'patternProperties', 'additionalProperties', 'propertyNames', 'required', 'dependentRequired', 'dependentSchemas', 'dependencies',
  'minProperties', 'maxProperties', 'items', 'prefixItems', 'additionalItems', 'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems',
  'unevaluatedItems', 'unevaluatedProperties', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength',
  'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'definitions', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);

// Schema keywords whose values are machine syntax, not text a model reads.
const schemaSyntax = new Set(['type', '$schema', '$id', '$ref', '$anchor', '$dynamicRef', 'format', 'pattern', 'required', 'contentEncoding', 'contentMediaType', 'x-mcp-header']);

/** What {@link schemaKeyBits} says of a key: one of {@link schemaKeywords}, one of {@link schemaSyntax}. */
const schemaKeyword = 1;
const syntaxKeyword = 2;

/**
 * Whether a key of a schema is a keyword, and one whose value is syntax: asked of every member of every
 * schema of a tool list. The same few keys recur (`type`, `description`, argument names): a key is looked
 * up in the sets once while it holds its slot, picked by its length and end characters, and compared by
 * `===` (keys only: nothing of a message is kept).
 */
function schemaKeyBits(key: string): number {
  // A schema's member is asked twice in a row (whether its value is syntax, then whether its key is a
  // keyword): the second time it is the key asked last, known by `===` alone (a cold tool list: ~700 keys,
  // ~70k instructions less than a second look-up in its slot).
  if (key === lastKey) return lastKeyBits;
  const n = key.length;
  if (n === 0 || n > keyMemoLength) return schemaKeyRead(key);
  // Two slots a key: keys that pick the same one and come together (`minimum`, `maximum`) keep both.
  const slot = (n * 14 + key.charCodeAt(0) * 62 + key.charCodeAt(n - 1) * 2) & (keyMemoSlots - 2);
  let bits: number;
  if (keyMemo[slot] === key) bits = keyMemoBits[slot]!;
  else if (keyMemo[slot + 1] === key) bits = keyMemoBits[slot + 1]!;
  else {
    bits = schemaKeyRead(key);
    keyMemo[slot + 1] = keyMemo[slot];
    keyMemoBits[slot + 1] = keyMemoBits[slot]!;
    keyMemo[slot] = key;
    keyMemoBits[slot] = bits;
  }
  lastKey = key;
  lastKeyBits = bits;
  return bits;
}

/** The key {@link schemaKeyBits} read last (a short one: keys only, nothing of a message is kept) and its bits. */
let lastKey = '';
// '' is neither a keyword nor syntax.
let lastKeyBits = 0;

const schemaKeyRead = (key: string): number => (schemaKeywords.has(key) ? schemaKeyword : 0) | (schemaSyntax.has(key) ? syntaxKeyword : 0);
const keyMemoSlots = 256;
const keyMemoLength = 64;
const keyMemo: (string | undefined)[] = new Array<string | undefined>(keyMemoSlots).fill(undefined);
const keyMemoBits = new Uint8Array(keyMemoSlots);
// Prose: three words. The model reads the whole schema, so a sentence moved into `pattern` or `format` is read.
const sentence = /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u;
/**
 * A schema keyword whose value is machine syntax as it should be: not scanned. A sentence hidden in it is, and
 * so is an object under such a name (a property called `pattern` or `type` has a description like any other).
 */
function schemaSyntaxValue(_parent: Record<string, unknown>, key: string, value: unknown): boolean {
  if ((schemaKeyBits(key) & syntaxKeyword) === 0) return false;
  if (typeof value === 'string') return !isSentence(value);
  // A list (`required`, a list of types) is names; one that holds a sentence is read.
  if (Array.isArray(value)) {
    // A loop, not `some` with a closure: every tool's `required` list made one.
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'string' && isSentence(item)) return false;
    }
    return true;
  }
  return typeof value !== 'object' || value === null;
}
const isSentence = (value: string): boolean => value.length > 16 && value.includes(' ') && sentence.test(value);
const metadata = Kind.ToolMetadata | Kind.Text;
const metadataWalk: WalkOptions = { kinds: metadata, byKey: false, byShape: false };
const schemaWalk: WalkOptions = { kinds: metadata, byKey: false, byShape: false, keys: true, keywords: schemaKeywords, skipIf: schemaSyntaxValue };
const iconsWalk: WalkOptions = { kinds: Kind.Url, byKey: false, byShape: true };

function walkTool(tool: unknown, at: ValuePath, out: Sink): void {
  if (!isRecord(tool)) return walkFrom(tool, at, '', metadataWalk, out);
  // For-in, not Object.keys: an array of keys per tool of every list was garbage at once (own keys only, in
  // the same order). A tool JSON.parse made lists only its own keys while Object.prototype lends none (see
  // entriesOf): not asked of each key (Object.hasOwn, ~130 instructions a key: 15.6k a cold list of 30 tools).
  const own = plain && (json || Object.getPrototypeOf(tool) === Object.prototype);
  for (const k in tool) {
    if (!own && !Object.hasOwn(tool, k)) continue;
    const value = tool[k];
    const path = childPath(at, k);
    if (k === 'name') {
      if (typeof value === 'string') out.add(path, k, value, Kind.Identifier | Kind.ToolMetadata, false);
    } else if (k === 'inputSchema' || k === 'outputSchema' || k === 'requestedSchema') {
      walkFrom(value, path, k, schemaWalk, out);
    } else if (k === 'icons') {
      walkFrom(value, path, k, iconsWalk, out);
    } else {
      walkFrom(value, path, k, metadataWalk, out);
    }
  }
}

const typeTag = /^[A-Za-z0-9_.+-]{1,24}$/;
const mimeTag = /^[A-Za-z0-9_.+/-]{1,128}(?:;\s*[A-Za-z0-9_.-]{1,32}=[A-Za-z0-9_."-]{1,64}){0,4}$/;

/**
 * Machine fields of MCP content blocks, which no model reads as text: a `type` or `mimeType` tag, base64
 * `blob`s of binary media and the base64 `data` of image and audio blocks. A `type` holding prose is still
 * scanned, and so is a blob of text (read as the base64 it is: server strings are searched for base64
 * that spells prose, see text/encoded-prose.ts).
 */
function machineField(parent: Record<string, unknown>, key: string, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (key === 'type') return typeTag.test(value);
  if (key === 'mimeType') return mimeTag.test(value);
  if (key === 'blob') return !isTextBlob(parent['mimeType'], value);
  return key === 'data' && (parent['type'] === 'image' || parent['type'] === 'audio');
}

const unhintedArguments: WalkOptions = { kinds: 0, byKey: true, byShape: true, hints: undefined };
const argumentWalk = (hints: ToolSchemaHints | undefined): WalkOptions => (hints === undefined ? unhintedArguments : { kinds: 0, byKey: true, byShape: true, hints });
const proseWalk: WalkOptions = { kinds: Kind.Text, byKey: false, byShape: false, skipIf: machineField };
const genericWalk: WalkOptions = { kinds: 0, byKey: true, byShape: true };

/**
 * Strings of a request or notification's params, classified for its method. `parsed`: the message is what
 * JSON.parse made of its text, seen by no other code yet.
 */
export function extractParams(method: string, params: unknown, hints: ToolSchemaHints | undefined, out: Sink, parsed = false): void {
  const at: MessagePath = ['params'];
  plain = !prototypeLendsKeys();
  json = parsed;
  taken = 0;
  if (!isRecord(params)) return walkFrom(params, at, '', genericWalk, out);
  switch (method) {
    case 'tools/call':
    case 'prompts/get': {
      for (const k of Object.keys(params)) {
        const path = childPath(at, k);
        if (k === 'name' && typeof params[k] === 'string') {
          out.add(path, k, params[k], Kind.Identifier, false);
        } else if (k === 'arguments') {
          walkFrom(params[k], path, '', argumentWalk(method === 'tools/call' ? hints : undefined), out);
        } else if (k === 'inputResponses') {
          walkFrom(params[k], path, k, genericWalk, out);
        } else if (k !== 'requestState') {
          walkFrom(params[k], path, k, genericWalk, out);
        }
      }
      return;
    }
    case 'resources/read':
    case 'resources/subscribe':
    case 'resources/unsubscribe':
      return walkFrom(params, at, '', { kinds: 0, byKey: true, byShape: true, hints: new Map([['uri', Kind.Url | Kind.Path]]) }, out);
    case 'sampling/createMessage': {
      for (const k of Object.keys(params)) {
        if (k === 'tools') walkFrom(params[k], childPath(at, k), k, metadataWalk, out);
        else if (k === 'messages' || k === 'systemPrompt' || k === 'stopSequences') walkFrom(params[k], childPath(at, k), k, proseWalk, out);
        else walkFrom(params[k], childPath(at, k), k, genericWalk, out);
      }
      return;
    }
    case 'elicitation/create': {
      for (const k of Object.keys(params)) {
        if (k === 'requestedSchema') walkTool({ requestedSchema: params[k] }, at, out);
        else if (k === 'message') walkFrom(params[k], childPath(at, k), k, proseWalk, out);
        else walkFrom(params[k], childPath(at, k), k, genericWalk, out);
      }
      return;
    }
    // Log and progress text is read as prose a model sees: the protocol leaves to the host whether it shows
    // them, and agent hosts that surface server output (a log pane fed back into the context, a progress
    // line quoted in the answer) do; a host that only writes them to a file loses nothing by this.
    case 'notifications/message':
    case 'notifications/progress':
      return walkFrom(params, at, '', proseWalk, out);
    case 'initialize':
      return walkFrom(params['clientInfo'], childPath(at, 'clientInfo'), 'clientInfo', { kinds: Kind.Identifier, byKey: false, byShape: false }, out);
    default:
      return walkFrom(params, at, '', genericWalk, out);
  }
}

/** Strings of a result, classified for the method it answers (`parsed`: see {@link extractParams}). */
export function extractResult(method: string | undefined, result: unknown, out: Sink, parsed = false): void {
  plain = !prototypeLendsKeys();
  json = parsed;
  taken = 0;
  const at = beginNumbered(['result'], out);
  try {
    extractResultAt(method, result, at, out);
  } finally {
    endNumbered();
  }
}

// A list's `nextCursor` is read as its metadata: opaque to the client, but a string the server chose, and a
// host may show it (an order spelled in it, or in the base64 it is, reads as one; an offset reads as nothing).
const listWalk: WalkOptions = { kinds: metadata, byKey: true, byShape: false, skip: new Set(['mimeType']) };

function extractResultAt(method: string | undefined, result: unknown, at: number, out: Sink): void {
  if (!isRecord(result)) return walkFrom(result, at, '', proseWalk, out);
  switch (method) {
    case 'tools/list': {
      for (const k of Object.keys(result)) {
        const value = result[k];
        if (k === 'tools' && Array.isArray(value)) {
          const tools = childPath(at, k);
          for (let i = 0; i < value.length; i++) walkTool(value[i], childPath(tools, i), out);
        } else walkFrom(value, childPath(at, k), k, metadataWalk, out);
      }
      return;
    }
    case 'initialize':
    case 'server/discover': {
      for (const k of Object.keys(result)) {
        if (k === 'instructions' || k === 'serverInfo' || k === '_meta') walkFrom(result[k], childPath(at, k), k, metadataWalk, out);
      }
      return;
    }
    case 'prompts/list':
    case 'resources/list':
    case 'resources/templates/list':
      return walkFrom(result, at, '', listWalk, out);
    case 'roots/list':
    case 'elicitation/create':
    case 'completion/complete':
      return walkFrom(result, at, '', genericWalk, out);
    case 'ping':
    case 'logging/setLevel':
      return;
    default:
      // Tool results, resource contents, prompts, sampling answers and unknown results: text for a model.
      return walkFrom(result, at, '', proseWalk, out);
  }
}

/** Strings of an error response: their message and data reach the model too (`parsed`: see {@link extractParams}). */
export function extractError(error: unknown, out: Sink, parsed = false): void {
  walk(error, ['error'], 'error', proseWalk, out, parsed);
}
