import type { RecentDefinitions } from '../recent.js';
import type { JsonValue, ToolInventory, ToolRecord, ValueKind } from '../types.js';
import { kindsOfKey } from '../values/classify.js';
import type { ToolSchemaHints } from '../values/extract.js';
import { Kind, kindBits, kindNamesOf } from '../values/kinds.js';
import { type DefinitionKey, definitionKey, keepKey, keptKey, type Later } from './definitions.js';
import { sha256Hex } from './sha256.js';
import { declareKeyed } from './value-bytes.js';
import { isRecord } from '../parse.js';

const urlFormats = new Set(['uri', 'url', 'iri', 'uri-reference', 'hostname', 'ipv4', 'ipv6']);

/** Argument kinds learned from a tool's input schema: property names, `format` and descriptions. */
export function argumentKinds(schema: unknown): Record<string, readonly ValueKind[]> {
  const out: Record<string, readonly ValueKind[]> = {};
  const properties = isRecord(schema) ? schema['properties'] : undefined;
  if (!isRecord(properties)) return out;
  // By key, not by Object.entries: an array per property is most of what reading a schema allocated.
  const names = Object.keys(properties);
  for (let i = 0; i < names.length; i++) {
    const prop = names[i]!;
    const definition = properties[prop];
    let bits = 0;
    if (isRecord(definition)) {
      if (typeof definition['format'] === 'string' && urlFormats.has(definition['format'])) bits |= Kind.Url;
      const description = definition['description'];
      if (typeof description === 'string') bits |= kindsOfKey(description) & (Kind.Path | Kind.Url | Kind.Command);
    }
    if (!bits) continue;
    // A property named __proto__ is a key like any other: assigned, it would set the object's prototype
    // (to a frozen array, whose read-only length then breaks the next assignment).
    if (prop === '__proto__') Object.defineProperty(out, prop, { value: kindNamesOf(bits), enumerable: true, writable: true, configurable: true });
    else out[prop] = kindNamesOf(bits);
  }
  return out;
}

/** JSON text with object keys sorted, so a definition hashes the same whatever its key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (i in value) out += stableJson(value[i]);
    }
    return `${out}]`;
  }
  if (isRecord(value)) {
    const keys = sortedKeys(value);
    let out = '{';
    let first = true;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const member = value[k];
      if (member === undefined) continue;
      out += `${first ? '' : ','}${JSON.stringify(k)}:${stableJson(member)}`;
      first = false;
    }
    return `${out}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An object's keys in sort order: the few keys of a schema object by insertion, without sort's work array. */
function sortedKeys(value: Record<string, unknown>): string[] {
  const keys = Object.keys(value);
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    // The order of Array.prototype.sort without a comparator: by UTF-16 code units.
    for (; j >= 0 && keys[j]! > key; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = key;
  }
  return keys;
}

/** A plain JSON value copied with every object's keys in sort order, and its stable JSON text. */
export interface SortedCopy {
  /** What `JSON.parse(stableJson(value))` gives. */
  readonly copy: unknown;
  /** `stableJson(value)`. */
  readonly text: string;
}

const arrayIndex = /^(?:0|[1-9][0-9]*)$/;

/**
 * {@link SortedCopy} of a plain JSON value (see {@link definitionKey}), made without parsing its stable
 * text: the copy's keys go in by sort order, so the native JSON.stringify writes the stable text. Not when
 * an object has a key that reads as an array index: an object lists those first whatever the order they
 * went in, so then the text is written by {@link stableJson}.
 */
export function sortedCopy(value: unknown): SortedCopy {
  indexKeys = false;
  const copy = copySortedFrom(value);
  return { copy, text: indexKeys ? stableJson(value) : JSON.stringify(copy) };
}

// Whether the copy being made has a key that reads as an array index (copySorted runs to its end unbroken).
let indexKeys = false;

// An object's keys are sorted here, each object's above its parent's (released when its copy is made): the
// own keys read with for-in make no array per object, as Object.keys would.
const keyStack: string[] = [];
let keyTop = 0;

/** {@link copySorted} from the top: the key stack is left as found also when a getter throws. */
function copySortedFrom(value: unknown): unknown {
  const base = keyTop;
  try {
    return copySorted(value);
  } finally {
    keyTop = base;
    if (base === 0 && keyStack.length > 4096) keyStack.length = 0;
  }
}

// Equal strings of the copies made in one withSharedStrings call, kept once: servers repeat argument
// descriptions across tools ("Opaque pagination cursor…"), JSON.parse makes a string per occurrence, and a
// pin keeps its copy as long as the server is remembered. Short strings are internalized by JSON.parse already.
let sharedStrings: Map<string, string> | undefined;
const sharedFrom = 16;

/** Runs `make` with the sorted copies it makes sharing one string per distinct string value (see sharedStrings). */
export function withSharedStrings<T>(make: () => T): T {
  const outer = sharedStrings;
  sharedStrings ??= new Map<string, string>();
  try {
    return make();
  } finally {
    sharedStrings = outer;
  }
}

function sharedString(text: string): string {
  if (sharedStrings === undefined || text.length < sharedFrom) return text;
  const known = sharedStrings.get(text);
  if (known !== undefined) return known;
  sharedStrings.set(text, text);
  return text;
}

function copySorted(value: unknown): unknown {
  if (typeof value === 'string') return sharedString(value);
  if (typeof value !== 'object' || value === null) return value === 0 ? 0 : value;
  if (Array.isArray(value)) {
    // Made at its length: pushing grows an array to 17 slots for its first item (most arrays of a schema
    // hold one to three), and a pin keeps its arrays as long as the server is remembered.
    const length = value.length;
    const out: unknown[] = new Array<unknown>(length);
    for (let i = 0; i < length; i++) out[i] = copySorted(value[i]);
    return out;
  }
  const record = value as Record<string, unknown>;
  const start = keyTop;
  for (const k in record) if (Object.prototype.hasOwnProperty.call(record, k)) keyStack[keyTop++] = k;
  const end = keyTop;
  sortKeys(start, end);
  const out: Record<string, unknown> = {};
  for (let i = start; i < end; i++) {
    const k = keyStack[i]!;
    const member = record[k];
    if (member === undefined) continue;
    const first = k.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && arrayIndex.test(k)) indexKeys = true;
    // An own member named __proto__, as JSON.parse makes it (an assignment would set the prototype).
    if (k === '__proto__') Object.defineProperty(out, k, { value: copySorted(member), enumerable: true, writable: true, configurable: true });
    else out[k] = copySorted(member);
  }
  keyTop = start;
  return out;
}

/** Sorts `keyStack[start..end)` as sortedKeys does: by insertion for a few keys, by sort for more. */
function sortKeys(start: number, end: number): void {
  if (end - start > 16) {
    const sorted = keyStack.slice(start, end).sort();
    for (let i = 0; i < sorted.length; i++) keyStack[start + i] = sorted[i]!;
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const key = keyStack[i]!;
    let j = i - 1;
    for (; j >= start && keyStack[j]! > key; j--) keyStack[j + 1] = keyStack[j]!;
    keyStack[j + 1] = key;
  }
}

/**
 * What `JSON.parse(JSON.stringify(value))` gives for plain JSON (see {@link definitionKey}), made without
 * the text: members in the order Object.keys lists them (the order the text is written and read back in),
 * -0 as 0, an own `__proto__` member as an own member.
 */
export function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value === 0 ? 0 : value;
  if (Array.isArray(value)) {
    const length = value.length;
    const out: unknown[] = new Array<unknown>(length);
    for (let i = 0; i < length; i++) out[i] = copyJson(value[i]);
    return out;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === '__proto__') Object.defineProperty(out, k, { value: copyJson(record[k]), enumerable: true, writable: true, configurable: true });
    else out[k] = copyJson(record[k]);
  }
  return out;
}

// Hashes of definitions without a key by object (within one answer the drift layer and the inventory hash
// the same objects); a definition with a key keeps its hash on the key (servers list the same tools every
// session).
const hashedObjects = new WeakMap<object, string>();

/** SHA-256 of a tool definition's stable JSON (sorted keys). */
export function definitionHash(definition: unknown): string {
  if (typeof definition !== 'object' || definition === null) return hashOf(stableJson(definition));
  const key = definitionKey(definition);
  // A definition with a key is plain JSON: its sorted copy writes the stable text natively.
  if (key !== undefined) return (key.hash ??= hashOf(sortedCopy(definition).text));
  let hash = hashedObjects.get(definition);
  if (hash === undefined) {
    hash = hashOf(stableJson(definition));
    hashedObjects.set(definition, hash);
  }
  return hash;
}

const hashOf = (stable: string): string => `sha256:${sha256Hex(stable)}`;

/**
 * What a pin keeps of a plain JSON definition (one with a {@link definitionKey}): its input schema and
 * annotations copied with sorted keys (`undefined` for a member it lacks), with its {@link definitionHash};
 * undefined for any other definition. The whole definition is copied only when its hash is still to be
 * written (from the copy's text); once its key holds the hash, only the two members are.
 */
export function sortedDefinition(definition: Record<string, unknown>): SortedDefinition | undefined {
  const key = definitionKey(definition);
  return key === undefined ? undefined : sortedOf(definition, key);
}

function sortedOf(definition: Record<string, unknown>, key: DefinitionKey): SortedDefinition {
  if (key.hash !== undefined) return { inputSchema: copySortedFrom(definition['inputSchema']), annotations: copySortedFrom(definition['annotations']), hash: key.hash };
  const sorted = sortedCopy(definition);
  const copy = sorted.copy as Record<string, unknown>;
  key.hash = hashOf(sorted.text);
  return { inputSchema: copy['inputSchema'], annotations: copy['annotations'], hash: key.hash };
}

// What pins and records make later from a definition's key lives with the keys (see keptKey), so that
// weighing a stored value (value-bytes.ts) reads it without depending on this file.
export { keepKey, keptKey, keyKept } from './definitions.js';

const settled = (target: object, name: string, value: unknown): unknown => {
  // A frozen object keeps its accessor (reading it again computes the same value again).
  Reflect.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  return value;
};

/** The hash of the definition `key` was made from, written from its copy if not yet known. */
export function keyHash(key: DefinitionKey): string {
  return (key.hash ??= hashOf(sortedCopy(key.value()).text));
}

/** `hash`, computed when read (see {@link keptKey}). */
export const laterHash: PropertyDescriptor = {
  get(this: Later) {
    return settled(this, 'hash', keyHash(this[keptKey]));
  },
  enumerable: true,
  configurable: true,
};

/** A record's `arguments` (learned from the schema) and `annotations` (as JSON.parse gives them), when read. */
function settledRecord(target: Later): { arguments: unknown; annotations: unknown } {
  const definition = target[keptKey].value() as Record<string, unknown>;
  const kinds = argumentKinds(definition['inputSchema']);
  if (Object.getOwnPropertyDescriptor(target, 'arguments')?.get === laterArguments.get) settled(target, 'arguments', kinds);
  if (Object.getOwnPropertyDescriptor(target, 'annotations')?.get === laterRecordAnnotations.get) settled(target, 'annotations', definition['annotations']);
  return { arguments: kinds, annotations: definition['annotations'] };
}

const laterArguments: PropertyDescriptor = {
  get(this: Later) {
    return settledRecord(this).arguments;
  },
  enumerable: true,
  configurable: true,
};

const laterRecordAnnotations: PropertyDescriptor = {
  get(this: Later) {
    return settledRecord(this).annotations;
  },
  enumerable: true,
  configurable: true,
};

function settledParts(target: Later): SortedDefinition {
  const parts = sortedOf(target[keptKey].value() as Record<string, unknown>, target[keptKey]);
  if (Object.getOwnPropertyDescriptor(target, 'inputSchema')?.get === laterSchema.get) settled(target, 'inputSchema', parts.inputSchema ?? null);
  if (Object.getOwnPropertyDescriptor(target, 'annotations')?.get === laterAnnotations.get) settled(target, 'annotations', parts.annotations);
  return parts;
}

/** A pin's `inputSchema`, copied with sorted keys when read (null for a definition whose schema is null). */
export const laterSchema: PropertyDescriptor = {
  get(this: Later) {
    return settledParts(this).inputSchema ?? null;
  },
  enumerable: true,
  configurable: true,
};

/** A pin's `annotations`, copied with sorted keys when read. */
export const laterAnnotations: PropertyDescriptor = {
  get(this: Later) {
    return settledParts(this).annotations;
  },
  enumerable: true,
  configurable: true,
};

/** See {@link sortedDefinition}. */
export interface SortedDefinition {
  readonly inputSchema: unknown;
  readonly annotations: unknown;
  readonly hash: string;
}

/**
 * Defines `target[name]` as an own enumerable member made by `make` when first read (or the value written
 * to it), then the value itself in its place, as {@link keptKey}'s members are: for a member holding many
 * objects that is seldom read, one accessor rather than the members of each object (a server met once
 * never reads its tools' pins or records again).
 */
export function laterMember(target: object, name: string, make: () => unknown): void {
  let later = laterKinds.get(name);
  if (later === undefined) laterKinds.set(name, (later = laterKind(name)));
  const cell: LaterCell = { target, make, made: false, value: undefined };
  Object.defineProperty(target, later.cell, { value: cell });
  Object.defineProperty(target, name, later.member);
}

/** What a {@link laterMember} is made from, and the value once made or written (the same value each read, were its target frozen). */
interface LaterCell {
  readonly target: object;
  readonly make: () => unknown;
  made: boolean;
  value: unknown;
}

/**
 * The accessor of each member name {@link laterMember} defines, made once, and the symbol under which each
 * target holds its cell: an accessor of new functions per target (a closure's) gave every target a map of
 * its own (about 6 µs each, two a cold tools/list: drift pins and the inventory); a shared one keeps one map for all.
 */
const laterKinds = new Map<string, { readonly cell: symbol; readonly member: PropertyDescriptor }>();

function laterKind(name: string): { readonly cell: symbol; readonly member: PropertyDescriptor } {
  const slot = Symbol(name);
  const cellOf = (self: object): LaterCell => (self as Record<symbol, LaterCell>)[slot]!;
  return {
    cell: slot,
    member: {
      get(this: object) {
        const cell = cellOf(this);
        if (!cell.made) {
          cell.value = cell.make();
          cell.made = true;
        }
        return settled(cell.target, name, cell.value);
      },
      set(this: object, written: unknown) {
        const cell = cellOf(this);
        cell.made = true;
        cell.value = written;
        settled(cell.target, name, written);
      },
      enumerable: true,
      configurable: true,
    },
  };
}

/**
 * The tools of a list whose every well-formed tool has a key holding its own members only (see
 * {@link DefinitionKey.own}), in the order listed, with what each member of a pin or record is made from;
 * undefined for a list with another tool (those are pinned and recorded as they are read) or a tool named
 * `__proto__` (a member an object literal holds otherwise than an assignment does).
 */
export interface KeyedTools {
  readonly keys: readonly DefinitionKey[];
  /**
   * The tools' names when one is not the name its key is filed under (one longer than 256 characters,
   * filed under ''), else undefined: each is its key's (the first definition's string, kept by every
   * session's inventory rather than a string of each list's own). See {@link keyedName}.
   */
  readonly names: readonly string[] | undefined;
  /** Whether a tool's annotations have an own `__proto__` member. */
  readonly protoAnnotations: boolean;
}

/** The name of the `i`-th tool of `keyed`. */
export const keyedName = (keyed: KeyedTools, i: number): string => keyed.names?.[i] ?? keyed.keys[i]!.name;

export const KeyedPart = { Schema: 1, Annotations: 2 } as const;

/**
 * Bits of a definition with a key: 1 it has an input schema (not `undefined`), 2 its annotations are an
 * object. Read from the key when its pin or record is made, not kept per list: most lists are never read again.
 */
export function keyedParts(key: DefinitionKey): number {
  return (key.memberKeys('inputSchema') !== undefined ? KeyedPart.Schema : 0) | (Array.isArray(key.memberKeys('annotations')) ? KeyedPart.Annotations : 0);
}

// The list asked for last, its tools and what was found of them: the drift pins and the inventory of one
// answer ask for the same list, and each kept its own copy of the arrays for as long as the server is
// remembered. Found again only for the same array holding the same tools (a changed tool is a new object,
// as definitionKey assumes).
let lastList: readonly unknown[] | undefined;
const lastTools: unknown[] = [];
let lastKeyed: KeyedTools | undefined;

/** See {@link KeyedTools}. */
export function keyedTools(tools: readonly unknown[]): KeyedTools | undefined {
  if (tools === lastList && tools.length === lastTools.length) {
    let same = true;
    for (let i = 0; i < tools.length && same; i++) same = tools[i] === lastTools[i];
    if (same) return lastKeyed;
  }
  const keyed = sharedKeyed(keyedToolsOf(tools));
  lastList = tools;
  lastTools.length = tools.length;
  for (let i = 0; i < tools.length; i++) lastTools[i] = tools[i];
  lastKeyed = keyed;
  return keyed;
}

// The lists found last that another answer listed the same tools again: every session of a server gets its
// inventory (and a server its pins) from the same list, whose arrays each session kept again. The last 16,
// by slot; a list of another server in between takes a slot of its own.
const sharedSlots = 16;
const sharedLists: (KeyedTools | undefined)[] = new Array<KeyedTools | undefined>(sharedSlots).fill(undefined);
let sharedNext = 0;

/** `keyed`, or the list found before with the same keys in the same order (then the same names). */
function sharedKeyed(keyed: KeyedTools | undefined): KeyedTools | undefined {
  if (keyed === undefined || keyed.keys.length === 0) return keyed;
  const keys = keyed.keys;
  for (let s = 0; s < sharedSlots; s++) {
    const known = sharedLists[s];
    if (known === undefined || known.keys[0] !== keys[0] || known.keys.length !== keys.length) continue;
    let same = true;
    for (let i = 1; i < keys.length && same; i++) same = known.keys[i] === keys[i];
    if (same) return known;
  }
  sharedLists[sharedNext] = keyed;
  sharedNext = (sharedNext + 1) & (sharedSlots - 1);
  return keyed;
}

function keyedToolsOf(tools: readonly unknown[]): KeyedTools | undefined {
  // At the list's length (pushing grows an array half again past what it holds), cut to the tools kept.
  const keys = new Array<DefinitionKey>(tools.length);
  let names: string[] | undefined;
  let count = 0;
  let protoAnnotations = false;
  for (let i = 0; i < tools.length; i++) {
    const tool = tools[i];
    if (!isRecord(tool)) continue;
    const name = tool['name'];
    if (typeof name !== 'string') continue;
    const key = name === '__proto__' ? undefined : definitionKey(tool);
    if (key === undefined || !key.own) return undefined;
    const annotations = tool['annotations'];
    if (isRecord(annotations) && Object.prototype.hasOwnProperty.call(annotations, '__proto__')) protoAnnotations = true;
    if (names === undefined && key.name !== name) {
      names = new Array<string>(tools.length);
      for (let j = 0; j < count; j++) names[j] = keys[j]!.name;
    }
    if (names !== undefined) names[count] = key.name === name ? key.name : name;
    keys[count++] = key;
  }
  if (count < keys.length) {
    keys.length = count;
    if (names !== undefined) names.length = count;
  }
  return { keys, names, protoAnnotations };
}

/**
 * The inventory a `tools/list` answer describes. `remembered` keeps records by definition (see
 * {@link definitionKey}; a record depends on nothing else). The records of a list whose tools all have keys
 * are made when its `tools` are first read (a tools/call of the server reads them; a server met once never does).
 */
export function inventoryOf(result: unknown, serverId: string, now: number, remembered?: RecentDefinitions<ToolRecord>): ToolInventory | undefined {
  const tools = isRecord(result) ? result['tools'] : undefined;
  if (!Array.isArray(tools)) return undefined;
  const keyed = keyedTools(tools);
  if (keyed === undefined) return { serverId, tools: recordsOf(tools, remembered), updatedAt: now };
  const inventory = { serverId } as { -readonly [K in keyof ToolInventory]: ToolInventory[K] };
  laterMember(inventory, 'tools', () => keyedRecords(keyed, remembered));
  // Weighed by its definitions: a store weighing it by its members would make its records.
  declareKeyed(inventory, keyed.keys, serverId.length + 40);
  inventory.updatedAt = now;
  return inventory;
}

/** The records of the tools of a list, each as it is read now. */
function recordsOf(tools: readonly unknown[], remembered: RecentDefinitions<ToolRecord> | undefined): Record<string, ToolRecord> {
  const records: Record<string, ToolRecord> = {};
  for (const tool of tools) {
    if (!isRecord(tool) || typeof tool['name'] !== 'string') continue;
    const key = definitionKey(tool);
    const known = key === undefined || remembered === undefined ? undefined : remembered.get(key);
    if (known !== undefined) {
      records[tool['name']] = known;
      continue;
    }
    let record: ToolRecord;
    if (key !== undefined && key.own) record = keyedRecord(tool['name'], key, isRecord(tool['annotations']));
    else {
      const annotations = tool['annotations'];
      const made = { name: tool['name'] } as { -readonly [K in keyof ToolRecord]: ToolRecord[K] };
      made.hash = definitionHash(tool);
      made.arguments = argumentKinds(tool['inputSchema']);
      // A definition with a key is plain JSON: copied as reading its JSON text back would give it, without the text.
      if (isRecord(annotations)) made.annotations = (key === undefined ? JSON.parse(JSON.stringify(annotations)) : copyJson(annotations)) as Record<string, JsonValue>;
      record = made;
    }
    records[tool['name']] = record;
    if (key !== undefined && remembered !== undefined) remembered.set(key, record);
  }
  return records;
}

/** The records of {@link keyedTools}, as {@link recordsOf} makes them. */
function keyedRecords(keyed: KeyedTools, remembered: RecentDefinitions<ToolRecord> | undefined): Record<string, ToolRecord> {
  const records: Record<string, ToolRecord> = {};
  for (let i = 0; i < keyed.keys.length; i++) {
    const name = keyedName(keyed, i);
    const key = keyed.keys[i]!;
    const known = remembered?.get(key);
    if (known !== undefined) {
      records[name] = known;
      continue;
    }
    const record = keyedRecord(name, key, (keyedParts(key) & KeyedPart.Annotations) !== 0);
    records[name] = record;
    remembered?.set(key, record);
  }
  return records;
}

/**
 * The record of a definition with a key: its hash, argument kinds and annotations are written when first
 * read (see keptKey): a tools/call of the tool reads its kinds and annotations, nothing here its hash.
 */
function keyedRecord(name: string, key: DefinitionKey, annotations: boolean): ToolRecord {
  const record = { name } as { -readonly [K in keyof ToolRecord]: ToolRecord[K] };
  if (key.hash === undefined) Object.defineProperty(record, 'hash', laterHash);
  else record.hash = key.hash;
  Object.defineProperty(record, 'arguments', laterArguments);
  if (annotations) Object.defineProperty(record, 'annotations', laterRecordAnnotations);
  keepKey(record, key);
  return record;
}

const hintCache = new WeakMap<ToolRecord, ToolSchemaHints>();

/** A tool record's argument kinds as the bit map value extraction uses (cached per record). */
export function hintsOf(record: ToolRecord | undefined): ToolSchemaHints | undefined {
  if (record === undefined) return undefined;
  let hints = hintCache.get(record);
  if (hints === undefined) {
    hints = new Map(Object.entries(record.arguments).map(([arg, kinds]) => [arg, kindBits(kinds)] as const));
    hintCache.set(record, hints);
  }
  return hints.size ? hints : undefined;
}
