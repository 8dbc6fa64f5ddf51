import { stableJson } from '../state/inventory.js';
import type { JsonValue } from '../types.js';
import type { DriftRule } from './behaviour-config.js';
import { addedPropertiesOnly, ordinaryDescriptionChange, ordinaryNewParameters, ordinaryTitleChange } from './drift-reading.js';
import type { LockEntry, PinnedServer, PinnedTool } from './lockfile.js';
import { isRecord } from '../parse.js';

/** One classified difference between a pinned and a live server. */
export interface DriftChange {
  readonly rule: DriftRule;
  /** The tool it is about; undefined for the server's own `initialize` answer. */
  readonly tool: string | undefined;
  readonly message: string;
}

const types = (schema: Record<string, unknown>): Set<string> | undefined => {
  const t = schema['type'];
  return typeof t === 'string' ? new Set([t]) : Array.isArray(t) ? new Set(t.map(String)) : undefined;
};
const looser = (before: unknown, after: unknown, larger: boolean): boolean =>
  typeof before === 'number' && (after === undefined || (typeof after === 'number' && (larger ? after > before : after < before)));

/**
 * Whether `after` accepts input that `before` rejected, judged structurally: a property or type added, a
 * requirement, enum value, pattern or bound dropped or loosened, `additionalProperties` opened, at any
 * depth of `properties` and `items`. Depth-bounded so a hostile schema costs linear time.
 */
export function schemaWidened(before: unknown, after: unknown, depth = 0): boolean {
  if (depth > 32 || !isRecord(before)) return false;
  if (!isRecord(after)) return after === true || after === undefined;
  const tb = types(before);
  const ta = types(after);
  if (tb && (!ta || [...ta].some((t) => !tb.has(t) && !(t === 'number' && tb.has('integer'))))) return true;
  const enumBefore = before['enum'];
  const enumAfter = after['enum'];
  if (Array.isArray(enumBefore)) {
    if (!Array.isArray(enumAfter)) return true;
    const known = new Set(enumBefore.map((v) => stableJson(v)));
    if (enumAfter.some((v) => !known.has(stableJson(v)))) return true;
  }
  if ('const' in before && !('const' in after)) return true;
  if (typeof before['pattern'] === 'string' && after['pattern'] !== before['pattern']) return true;
  for (const key of ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties']) if (looser(before[key], after[key], true)) return true;
  for (const key of ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties']) if (looser(before[key], after[key], false)) return true;
  const reqBefore = Array.isArray(before['required']) ? before['required'] : [];
  const reqAfter = new Set(Array.isArray(after['required']) ? after['required'] : []);
  if (reqBefore.some((r) => !reqAfter.has(r))) return true;
  if (before['additionalProperties'] === false && after['additionalProperties'] !== false) return true;
  const pb = isRecord(before['properties']) ? before['properties'] : {};
  const pa = isRecord(after['properties']) ? after['properties'] : {};
  for (const [name, schema] of Object.entries(pa)) {
    if (!(name in pb)) return true;
    if (schemaWidened(pb[name], schema, depth + 1)) return true;
  }
  if (before['items'] !== undefined && schemaWidened(before['items'], after['items'], depth + 1)) return true;
  return false;
}

const flippedDestructive = (before: Readonly<Record<string, JsonValue>> | undefined, after: Readonly<Record<string, JsonValue>> | undefined): boolean =>
  (before?.['readOnlyHint'] === true && after?.['readOnlyHint'] !== true) || (before?.['destructiveHint'] !== true && after?.['destructiveHint'] === true);

/** What a pinned entry is called in messages: a tool, or a prompt pinned as one. */
export type ListedNoun = 'tool' | 'prompt';

/** How one pinned tool changed; empty when its hash is the same. */
export function classifyToolChange(name: string, pinned: PinnedTool, live: PinnedTool, noun: ListedNoun = 'tool'): DriftChange[] {
  if (pinned.hash === live.hash) return [];
  const out: DriftChange[] = [];
  if (flippedDestructive(pinned.annotations, live.annotations)) out.push({ rule: 'drift/annotation-destructive', tool: name, message: `${noun} ${name} is no longer read-only: its annotations now allow destructive changes` });
  const descriptionBefore = pinned.description ?? '';
  const descriptionAfter = live.description ?? '';
  if (descriptionBefore !== descriptionAfter) {
    // Reworded without adding an order, a place, a secret or an act, nor dropping a limit: upkeep, reported
    // apart (warned where a changed description blocks).
    const schema = live.inputSchema;
    const parameters = isRecord(schema) && isRecord(schema['properties']) ? Object.keys(schema['properties']) : [];
    out.push(ordinaryDescriptionChange(descriptionBefore, descriptionAfter, parameters)
      ? { rule: 'drift/description-reworded', tool: name, message: `the description of ${noun} ${name} was reworded since it was pinned (nothing added that orders, names a place or a secret)` }
      : { rule: 'drift/description-changed', tool: name, message: `the description of ${noun} ${name} changed since it was pinned` });
  }
  // The title is shown to the model with the description (and to the user in place of the name): a title
  // that starts ordering or naming a place is the same rug pull. Reworded, it stays a definition change (warn).
  // A pin written before titles were pinned has none: its title changes only when the hash did.
  const titleBefore = pinned.title ?? '';
  const titleAfter = live.title ?? '';
  if (titleBefore !== titleAfter && !ordinaryTitleChange(titleBefore, titleAfter)) {
    out.push({ rule: 'drift/description-changed', tool: name, message: `the title of ${noun} ${name} changed since it was pinned, and what it added orders, names a place, a secret or an act` });
  }
  const schemaBefore = stableJson(pinned.inputSchema ?? null);
  const schemaAfter = stableJson(live.inputSchema ?? null);
  if (schemaBefore !== schemaAfter) {
    if (!schemaWidened(pinned.inputSchema, live.inputSchema)) out.push({ rule: 'drift/schema-changed', tool: name, message: `the input schema of ${noun} ${name} changed (narrower or equivalent)` });
    else {
      // Widened only by new parameters that ask for no secret, name no place and default to no other target.
      const added = addedPropertiesOnly(pinned.inputSchema, live.inputSchema, schemaWidened);
      out.push(added !== undefined && ordinaryNewParameters(added)
        ? { rule: 'drift/schema-extended', tool: name, message: `the input schema of ${noun} ${name} gained parameters since it was pinned (${Object.keys(added).join(', ').slice(0, 200)}), none asking for a secret or naming a place` }
        : { rule: 'drift/schema-widened', tool: name, message: `the input schema of ${noun} ${name} accepts more than when it was pinned` });
    }
  }
  if (out.length === 0) out.push({ rule: 'drift/definition-changed', tool: name, message: `the definition of ${noun} ${name} changed (title, output schema or annotations)` });
  return out;
}

/** Every difference between pinned and live tools; `complete` is false for one page of a paginated list. */
export function diffTools(pinned: Readonly<Record<string, PinnedTool>>, live: Readonly<Record<string, PinnedTool>>, complete = true, noun: ListedNoun = 'tool'): DriftChange[] {
  const out: DriftChange[] = [];
  for (const [name, tool] of Object.entries(live)) {
    const before = pinned[name];
    if (before === undefined) out.push({ rule: 'drift/tool-added', tool: name, message: `${noun} ${name} was not there when the server was pinned` });
    else out.push(...classifyToolChange(name, before, tool, noun));
  }
  if (complete) for (const name of Object.keys(pinned)) if (!(name in live)) out.push({ rule: 'drift/tool-removed', tool: name, message: `${noun} ${name} was pinned but the server no longer lists it` });
  return out;
}

/** Differences between a pinned and a live `initialize` answer. */
export function diffServer(pinned: PinnedServer, live: PinnedServer): DriftChange[] {
  const out: DriftChange[] = [];
  if ((pinned.instructions ?? '') !== (live.instructions ?? '')) out.push({ rule: 'drift/instructions-changed', tool: undefined, message: 'the server\'s instructions changed since it was pinned' });
  const changed = (['name', 'version', 'protocolVersion', 'capabilities'] as const).filter((k) => pinned[k] !== live[k]);
  if (changed.length) out.push({ rule: 'drift/server-changed', tool: undefined, message: `the server's ${changed.join(', ')} changed since it was pinned` });
  return out;
}

/** Every difference between two lock entries (what `vanguard pin --check` reports). */
export function diffLockEntries(pinned: LockEntry, live: LockEntry): DriftChange[] {
  return [...(pinned.server && live.server ? diffServer(pinned.server, live.server) : []), ...diffTools(pinned.tools, live.tools)];
}
