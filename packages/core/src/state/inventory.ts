import type { RecentTexts } from '../recent.js';
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

/**
 * JSON text with object keys sorted, so a definition hashes the same whatever its key order. `parts`
 * gives the stable text of some members of the top object, already made.
 */
export function stableJson(value: unknown, parts?: ReadonlyMap<string, string>): string {
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
      out += `${first ? '' : ','}${JSON.stringify(k)}:${parts?.get(k) ?? stableJson(member)}`;
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
const recentHashes = new Map<string, string>();
const maxRecentHashes = 1024;
const maxHashedLength = 8 * 1024;
const hashedObjects = new WeakMap<object, string>();

/** SHA-256 of a tool definition's stable JSON (sorted keys); `parts` as for {@link stableJson}. */
export function definitionHash(definition: unknown, parts?: ReadonlyMap<string, string>): string {
  const isObject = typeof definition === 'object' && definition !== null;
  let hash = isObject ? hashedObjects.get(definition) : undefined;
  if (hash !== undefined) return hash;
  const raw = (isObject ? definitionText(definition, Infinity) : undefined) ?? JSON.stringify(definition) ?? 'null';
  hash = recentHashes.get(raw);
  if (hash === undefined) {
    hash = `sha256:${sha256Hex(stableJson(definition, parts))}`;
    if (raw.length <= maxHashedLength) {
      if (recentHashes.size >= maxRecentHashes) recentHashes.delete(recentHashes.keys().next().value!);
      recentHashes.set(raw, hash);
    }
  }
  if (isObject) hashedObjects.set(definition, hash);
  return hash;
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
