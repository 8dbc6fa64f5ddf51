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
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      out += `${i > 0 ? ',' : ''}${JSON.stringify(k)}:${stableJson(value[k])}`;
    }
    return `${out}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

// Hashes of recent definitions by their JSON text as sent: servers list the same tools, in the same key
// order, every session, and the native JSON.stringify costs a fraction of the sorted text. At most 1024
// definitions of at most 8 KiB (8 MiB) are kept. Within one answer the drift layer and the inventory hash
// the same objects: those hashes are kept by object.
const recentHashes = new Map<string, string>();
const maxRecentHashes = 1024;
const maxHashedLength = 8 * 1024;
const hashedObjects = new WeakMap<object, string>();

/** SHA-256 of a tool definition's stable JSON (sorted keys). */
export function definitionHash(definition: unknown): string {
  const isObject = typeof definition === 'object' && definition !== null;
  let hash = isObject ? hashedObjects.get(definition) : undefined;
  if (hash !== undefined) return hash;
  const raw = JSON.stringify(definition) ?? 'null';
  hash = recentHashes.get(raw);
  if (hash === undefined) {
    hash = `sha256:${sha256Hex(stableJson(definition))}`;
    if (raw.length <= maxHashedLength) {
      if (recentHashes.size >= maxRecentHashes) recentHashes.delete(recentHashes.keys().next().value!);
      recentHashes.set(raw, hash);
    }
  }
  if (isObject) hashedObjects.set(definition, hash);
  return hash;
}

/** The inventory a `tools/list` answer describes. */
export function inventoryOf(result: unknown, serverId: string, now: number): ToolInventory | undefined {
  const tools = isRecord(result) ? result['tools'] : undefined;
  if (!Array.isArray(tools)) return undefined;
  const records: Record<string, ToolRecord> = {};
  for (const tool of tools) {
    if (!isRecord(tool) || typeof tool['name'] !== 'string') continue;
    const annotations = isRecord(tool['annotations']) ? (JSON.parse(JSON.stringify(tool['annotations'])) as Record<string, JsonValue>) : undefined;
    records[tool['name']] = {
      name: tool['name'],
      hash: definitionHash(tool),
      arguments: argumentKinds(tool['inputSchema']),
      ...(annotations ? { annotations } : {}),
    };
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
