import { RecentTexts } from '../recent.js';
import type { JsonValue, ToolInventory, ToolRecord, ValueKind } from '../types.js';
import { kindsOfKey } from '../values/classify.js';
import type { ToolSchemaHints } from '../values/extract.js';
import { Kind, kindBits, kindNamesOf } from '../values/kinds.js';
import { sha256Hex } from './sha256.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const urlFormats = new Set(['uri', 'url', 'iri', 'uri-reference', 'hostname', 'ipv4', 'ipv6']);

/** Argument kinds learned from a tool's input schema: property names, `format` and descriptions. */
export function argumentKinds(schema: unknown): Record<string, readonly ValueKind[]> {
  const out: Record<string, readonly ValueKind[]> = {};
  if (!isRecord(schema) || !isRecord(schema['properties'])) return out;
  for (const [prop, definition] of Object.entries(schema['properties'])) {
    let bits = 0;
    if (isRecord(definition)) {
      if (typeof definition['format'] === 'string' && urlFormats.has(definition['format'])) bits |= Kind.Url;
      const description = definition['description'];
      if (typeof description === 'string') bits |= kindsOfKey(description) & (Kind.Path | Kind.Url | Kind.Command);
    }
    if (bits) out[prop] = kindNamesOf(bits);
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
 * {@link SortedCopy} of a plain JSON value (see {@link definitionText}), made without parsing its stable
 * text: the copy's keys go in by sort order, so the native JSON.stringify writes the stable text. Not when
 * an object has a key that reads as an array index: an object lists those first whatever the order they
 * went in, so then the text is written by {@link stableJson}.
 */
export function sortedCopy(value: unknown): SortedCopy {
  const state = { indexKeys: false };
  const copy = copySorted(value, state);
  return { copy, text: stableTextOf(value, copy, state.indexKeys) };
}

const stableTextOf = (value: unknown, copy: unknown, indexKeys: boolean): string => (indexKeys ? stableJson(value) : JSON.stringify(copy));

function copySorted(value: unknown, state: { indexKeys: boolean }): unknown {
  if (typeof value !== 'object' || value === null) return value === 0 ? 0 : value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(copySorted(value[i], state));
    return out;
  }
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(record);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const member = record[k];
    if (member === undefined) continue;
    const first = k.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && arrayIndex.test(k)) state.indexKeys = true;
    // An own member named __proto__, as JSON.parse makes it (an assignment would set the prototype).
    if (k === '__proto__') Object.defineProperty(out, k, { value: copySorted(member, state), enumerable: true, writable: true, configurable: true });
    else out[k] = copySorted(member, state);
  }
  return out;
}

// JSON texts of definitions, by object (undefined: not plain JSON, see below).
const definitionTexts = new WeakMap<object, string | null>();

/** Whether a value is made of JSON alone: plain objects and arrays, strings, finite numbers, booleans, null. */
function isPlainJson(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return false;
    } else if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return false;
      for (let i = 0; i < value.length; i++) stack.push(value[i]);
    } else if (typeof value === 'object') {
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const key in value) if (Object.hasOwn(value, key)) stack.push((value as Record<string, unknown>)[key]);
    } else return false;
  }
  return true;
}

/**
 * A tool definition's JSON text as sent (key order kept), made once per object: the key of what is
 * remembered per definition (its inventory record, its instruction findings). Undefined for a definition
 * that is not plain JSON (a parsed object holding a Date or a boxed string reads differently from its JSON
 * text), or one longer than `maxLength`.
 */
export function definitionText(definition: object, maxLength: number): string | undefined {
  let text = definitionTexts.get(definition);
  if (text === undefined) {
    text = isPlainJson(definition) ? JSON.stringify(definition) : null;
    definitionTexts.set(definition, text);
  }
  return text === null || text.length > maxLength ? undefined : text;
}

// Hashes of recent definitions by their JSON text as sent: servers list the same tools, in the same key
// order, every session, and the native JSON.stringify costs a fraction of the sorted text. At most 1024
// definitions of at most 8 KiB (8 MiB) are kept. Within one answer the drift layer and the inventory hash
// the same objects: those hashes are kept by object.
const recentHashes = new RecentTexts<string>({ maxEntries: 1024, maxTextLength: 8 * 1024 });
const hashedObjects = new WeakMap<object, string>();

/** SHA-256 of a tool definition's stable JSON (sorted keys). */
export function definitionHash(definition: unknown): string {
  const isObject = typeof definition === 'object' && definition !== null;
  let hash = isObject ? hashedObjects.get(definition) : undefined;
  if (hash !== undefined) return hash;
  const raw = isObject ? definitionText(definition, Infinity) : undefined;
  hash = raw === undefined ? hashOf(stableJson(definition)) : recentHashes.of(raw, () => hashOf(sortedCopy(definition).text));
  if (isObject) hashedObjects.set(definition, hash);
  return hash;
}

const hashOf = (stable: string): string => `sha256:${sha256Hex(stable)}`;

/**
 * A plain JSON definition copied with its keys sorted (what a pin keeps), with its {@link definitionHash}
 * from the same copy; undefined for a definition that is not plain JSON.
 */
export function sortedDefinition(definition: Record<string, unknown>): { readonly copy: Record<string, unknown>; readonly hash: string } | undefined {
  const raw = definitionText(definition, Infinity);
  if (raw === undefined) return undefined;
  const state = { indexKeys: false };
  const copy = copySorted(definition, state) as Record<string, unknown>;
  const hash = hashedObjects.get(definition) ?? recentHashes.of(raw, () => hashOf(stableTextOf(definition, copy, state.indexKeys)));
  hashedObjects.set(definition, hash);
  return { copy, hash };
}

/**
 * The inventory a `tools/list` answer describes. `remembered` keeps records by definition text (see
 * {@link definitionText}; a record depends on nothing else), up to `maxTextLength`.
 */
export function inventoryOf(result: unknown, serverId: string, now: number, remembered?: RecentTexts<ToolRecord>): ToolInventory | undefined {
  const tools = isRecord(result) ? result['tools'] : undefined;
  if (!Array.isArray(tools)) return undefined;
  const records: Record<string, ToolRecord> = {};
  for (const tool of tools) {
    if (!isRecord(tool) || typeof tool['name'] !== 'string') continue;
    const text = remembered === undefined ? undefined : definitionText(tool, remembered.maxTextLength);
    const known = text === undefined ? undefined : remembered!.get(text);
    if (known !== undefined) {
      records[tool['name']] = known;
      continue;
    }
    const annotations = isRecord(tool['annotations']) ? (JSON.parse(JSON.stringify(tool['annotations'])) as Record<string, JsonValue>) : undefined;
    const record: ToolRecord = {
      name: tool['name'],
      hash: definitionHash(tool),
      arguments: argumentKinds(tool['inputSchema']),
      ...(annotations ? { annotations } : {}),
    };
    records[tool['name']] = record;
    if (text !== undefined) remembered!.set(text, record);
  }
  return { serverId, tools: records, updatedAt: now };
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
