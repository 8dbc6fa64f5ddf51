import { z } from 'zod';

import { type DefinitionKey, definitionKey } from '../state/definitions.js';
import {
  definitionHash,
  KeyedPart,
  keyedName,
  keyedParts,
  type KeyedTools,
  keepKey,
  keyedTools,
  keyKept,
  laterAnnotations,
  laterHash,
  laterMember,
  laterSchema,
  sortedDefinition,
  stableJson,
  withSharedStrings,
} from '../state/inventory.js';
import { declareKeyed, valueBytes } from '../state/value-bytes.js';
import type { JsonValue } from '../types.js';
import { isRecord } from '../parse.js';

const Json = z.custom<JsonValue>(() => true);
const Hash = z.string().regex(/^sha256:[0-9a-f]{64}$/);

/** One tool as pinned: its definition hash, and what a reviewer (and the drift classifier) needs to see. */
export const PinnedToolSchema = z
  .object({
    /** SHA-256 of the whole definition's stable JSON (the same hash as the tool inventory's). */
    hash: Hash,
    description: z.string().optional(),
    /** The definition's `title` (optional: lockfiles written before titles were pinned have none). */
    title: z.string().optional(),
    inputSchema: Json.optional(),
    annotations: z.record(z.string(), Json).optional(),
  })
  .strict();

/** A server as pinned: what its `initialize` answer said, and its tools by name. */
export const LockEntrySchema = z
  .object({
    server: z
      .object({
        name: z.string().optional(),
        version: z.string().optional(),
        protocolVersion: z.string().optional(),
        instructions: z.string().optional(),
        /** Hash of the capabilities object. */
        capabilities: Hash.optional(),
      })
      .strict()
      .optional(),
    tools: z.record(z.string(), PinnedToolSchema),
  })
  .strict();

/** The lockfile `vanguard pin` writes (`vanguard.lock.json`): pins per server id. See docs/stateful.md#lockfile. */
export const LockfileSchema = z
  .object({
    lockfileVersion: z.literal(1),
    servers: z.record(z.string(), LockEntrySchema),
  })
  .strict();

export type PinnedTool = z.output<typeof PinnedToolSchema>;
export type LockEntry = z.output<typeof LockEntrySchema>;
export type Lockfile = z.output<typeof LockfileSchema>;
export type PinnedServer = NonNullable<LockEntry['server']>;

// Pins made here hold no `undefined` (copies of JSON, or parsed from it): storing them walks none of them.
// Marked by the record of a whole answer's pins (one entry per answer in a weak set, not one per tool).
const jsonOnly = new WeakSet<object>();
// Pins of a whole answer that checking would give back as they are (see trusted), told when they are made.
const readAsChecked = new WeakSet<object>();

/** A tool definition (one item of a `tools/list` answer) as pinned. */
export function pinTool(tool: Record<string, unknown>): PinnedTool {
  const pin = pinOf(tool);
  jsonOnly.add(pin);
  return pin;
}

function pinOf(tool: Record<string, unknown>): PinnedTool {
  const key = definitionKey(tool);
  // Annotations with an own `__proto__` member are copied now (see trusted).
  if (key !== undefined && key.own && !protoIn(tool['annotations'])) {
    const description = tool['description'];
    const title = tool['title'];
    return keyedPin(key, typeof description === 'string' ? description : undefined, typeof title === 'string' ? title : undefined, tool['inputSchema'] !== undefined, isRecord(tool['annotations']));
  }
  // The pin's schema and annotations are the definition's own, copied with sorted keys (what reading the
  // stable text back would give) by the same walk its hash is written from.
  const sorted = sortedDefinition(tool);
  const copy = sorted === undefined ? (JSON.parse(stableJson(tool)) as Record<string, unknown>) : undefined;
  // Members set one by one, in the order pins are written (spreading optional parts makes an object per part).
  const pin: { -readonly [K in keyof PinnedTool]: PinnedTool[K] } = { hash: sorted?.hash ?? definitionHash(tool) };
  const description = tool['description'];
  if (typeof description === 'string') pin.description = description;
  const title = tool['title'];
  if (typeof title === 'string') pin.title = title;
  if (tool['inputSchema'] !== undefined) pin.inputSchema = ((sorted === undefined ? copy!['inputSchema'] : sorted.inputSchema) ?? null) as JsonValue;
  if (isRecord(tool['annotations'])) {
    const annotations = sorted === undefined ? copy!['annotations'] : sorted.annotations;
    if (annotations !== undefined) pin.annotations = annotations as Record<string, JsonValue>;
  }
  return pin;
}

/**
 * The pin of a definition with a key: its hash, schema and annotations are written from the key when first
 * read (see keptKey).
 */
function keyedPin(key: DefinitionKey, description: string | undefined, title: string | undefined, schema: boolean, annotations: boolean): PinnedTool {
  const pin = {} as { -readonly [K in keyof PinnedTool]: PinnedTool[K] };
  Object.defineProperty(pin, 'hash', laterHash);
  if (description !== undefined) pin.description = description;
  if (title !== undefined) pin.title = title;
  if (schema) Object.defineProperty(pin, 'inputSchema', laterSchema);
  if (annotations) Object.defineProperty(pin, 'annotations', laterAnnotations);
  keepKey(pin, key);
  return pin;
}

/**
 * Whether every tool of a `tools/list` result matches its pin by hash (and, when the list is `complete`,
 * none is missing): the usual answer, told without building pins.
 */
export function toolsMatchPins(pinned: Readonly<Record<string, PinnedTool>>, result: Record<string, unknown>, complete: boolean): boolean {
  const tools = result['tools'];
  if (!Array.isArray(tools)) return false;
  let count = 0;
  for (const tool of tools) {
    if (!isRecord(tool) || typeof tool['name'] !== 'string') continue;
    const pin = pinned[tool['name']];
    if (pin === undefined) return false;
    // Made from a definition with the tool's key: the same JSON, so the same hash, without writing it.
    const key = keyKept(pin);
    if ((key === undefined || key !== definitionKey(tool)) && pin.hash !== definitionHash(tool)) return false;
    count++;
  }
  return !complete || count === Object.keys(pinned).length;
}

/**
 * The pins of every well-formed tool of a `tools/list` result, by name. Equal strings of their schemas
 * are kept once (a list repeats argument descriptions across its tools).
 */
export function pinTools(result: unknown): Record<string, PinnedTool> | undefined {
  const tools = isRecord(result) ? result['tools'] : undefined;
  if (!Array.isArray(tools)) return undefined;
  return withSharedStrings(() => {
    const out: Record<string, PinnedTool> = {};
    let asChecked = true;
    for (const tool of tools) {
      if (!isRecord(tool) || typeof tool['name'] !== 'string') continue;
      const pin = pinOf(tool);
      out[tool['name']] = pin;
      if (tool['name'] === '__proto__' || (keyKept(pin) === undefined && protoIn(pin.annotations))) asChecked = false;
    }
    jsonOnly.add(out);
    if (asChecked) readAsChecked.add(out);
    return out;
  });
}

/**
 * What the drift layer stores when it first pins the tools of `result` (a `tools/list` result whose tools
 * are a list) over `pins` (which hold none): `pinsJson({ ...pins, tools: pinTools(result), paged })`, with
 * the pins made when `tools` is first read when every tool has a key (see keyedTools): a server met once
 * never reads them again, and pinning a list is otherwise four members defined per tool.
 */
export function firstToolPins(pins: StoredPins, result: Record<string, unknown>, paged: boolean): JsonValue {
  const tools = result['tools'] as readonly unknown[];
  let others = false;
  for (const name in pins) if (name !== 'server') others = true;
  const keyed = others ? undefined : keyedTools(tools);
  if (keyed === undefined || keyed.protoAnnotations) {
    return pinsJson({ ...pins, tools: pinTools(result)!, ...(paged ? { paged } : {}) });
  }
  // Members in the order checking gives them (see trusted), none undefined: read back as they are.
  const json = {} as { -readonly [K in keyof StoredPins]: StoredPins[K] };
  if (pins.server !== undefined) json.server = withoutUndefined(pins.server) as PinnedServer;
  laterMember(json, 'tools', () => keyedPins(keyed));
  if (paged) json.paged = paged;
  // Weighed by its definitions: a store weighing it by its members would make its pins.
  declareKeyed(json, keyed.keys, (json.server === undefined ? 0 : valueBytes(json.server)) + 40);
  checkedPins.set(json, json);
  return json as JsonValue;
}

/** The pins of {@link keyedTools}, as {@link pinTools} makes them. */
function keyedPins(keyed: KeyedTools): Record<string, PinnedTool> {
  const out: Record<string, PinnedTool> = {};
  for (let i = 0; i < keyed.keys.length; i++) {
    const key = keyed.keys[i]!;
    const part = keyedParts(key);
    // The description as the key's copy holds it (the same text as the tool's).
    out[keyedName(keyed, i)] = keyedPin(key, key.stringMember('description'), key.stringMember('title'), (part & KeyedPart.Schema) !== 0, (part & KeyedPart.Annotations) !== 0);
  }
  jsonOnly.add(out);
  readAsChecked.add(out);
  return out;
}

/** An `initialize` result as pinned. */
export function pinServer(result: unknown): PinnedServer | undefined {
  if (!isRecord(result)) return undefined;
  const info = isRecord(result['serverInfo']) ? result['serverInfo'] : {};
  return {
    ...(typeof info['name'] === 'string' ? { name: info['name'] } : {}),
    ...(typeof info['version'] === 'string' ? { version: info['version'] } : {}),
    ...(typeof result['protocolVersion'] === 'string' ? { protocolVersion: result['protocolVersion'] } : {}),
    ...(typeof result['instructions'] === 'string' ? { instructions: result['instructions'] } : {}),
    ...(result['capabilities'] !== undefined ? { capabilities: definitionHash(result['capabilities']) } : {}),
  };
}

/** A lock entry for one server from its `initialize` and `tools/list` results (what `vanguard pin` records). */
export function createLockEntry(answers: { readonly initialize?: unknown; readonly tools: unknown }): LockEntry {
  const server = answers.initialize === undefined ? undefined : pinServer(answers.initialize);
  return { ...(server ? { server } : {}), tools: pinTools(answers.tools) ?? {} };
}

/** First-use pins of one server as the drift layer keeps them in the store. */
export const StoredPinsSchema = z
  .object({
    server: LockEntrySchema.shape.server,
    tools: LockEntrySchema.shape.tools.optional(),
    /** Seen a paginated answer: tool removal cannot be judged from one page. */
    paged: z.boolean().optional(),
  })
  .strict();
export type StoredPins = z.output<typeof StoredPinsSchema>;

const noPins: StoredPins = Object.freeze({});

// Pins as last read, by the stored object: an in-memory store hands back the very object it was given
// (never changed: pins are replaced, not edited), so its check is done once, not on every tools/list.
const checkedPins = new WeakMap<object, StoredPins>();

/** Pins read back from a store; anything malformed (a foreign or corrupted entry) counts as no pins. */
export function readPins(value: JsonValue | undefined): StoredPins {
  // Nothing stored (a server met for the first time): no pins, without checking an empty object each time.
  if (value === undefined) return noPins;
  const stored = typeof value === 'object' && value !== null ? value : undefined;
  const known = stored === undefined ? undefined : checkedPins.get(stored);
  if (known !== undefined) return known;
  const parsed = StoredPinsSchema.safeParse(value);
  const pins = parsed.success ? parsed.data : {};
  if (stored !== undefined) checkedPins.set(stored, pins);
  return pins;
}

/**
 * Pins as JSON for the store: `undefined` members dropped. Pins are made of JSON values (parsed or read
 * back), so what has no `undefined` member is kept as it is rather than copied.
 */
export function pinsJson(pins: StoredPins): JsonValue {
  const json = withoutUndefined(pins) as StoredPins;
  const read = trusted(json);
  if (read !== undefined) checkedPins.set(json, read);
  return json as JsonValue;
}

const protoIn = (value: unknown): boolean => isRecord(value) && Object.prototype.hasOwnProperty.call(value, '__proto__');

/**
 * What checking pins made here (see pinsJson) gives when a store hands back that very object: the same
 * members in the checked form's order, so reading them back neither checks nor copies them (the check
 * would read, so compute, every pin's schema: see keptKey). Undefined when the check could give another
 * form: it drops an own `__proto__` member of `tools` or of a pin's annotations.
 */
function trusted(pins: StoredPins): StoredPins | undefined {
  const tools = pins.tools;
  if (tools !== undefined && !readAsChecked.has(tools)) {
    if (protoIn(tools)) return undefined;
    for (const name in tools) {
      if (!Object.prototype.hasOwnProperty.call(tools, name)) return undefined;
      const pin = tools[name]!;
      if (keyKept(pin) === undefined && protoIn(pin.annotations)) return undefined;
    }
  }
  return {
    ...(pins.server !== undefined ? { server: pins.server } : {}),
    ...(tools !== undefined ? { tools } : {}),
    ...(pins.paged !== undefined ? { paged: pins.paged } : {}),
  };
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const kept = item === undefined ? null : withoutUndefined(item);
      if (kept !== item) (out ??= value.slice())[i] = kept;
    }
    return out ?? value;
  }
  if (!isRecord(value) || jsonOnly.has(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) {
      out ??= { ...value };
      delete out[key];
      continue;
    }
    const kept = withoutUndefined(item);
    if (kept !== item) (out ??= { ...value })[key] = kept;
  }
  return out ?? value;
}
