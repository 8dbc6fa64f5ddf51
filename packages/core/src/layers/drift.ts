import { defineLayer } from '../layer.js';
import type { Action, Layer, LayerContext, LayerFinding, LayerRule, StateView } from '../types.js';
import type { DriftRule } from '../stateful/behaviour-config.js';
import { type DriftChange, diffServer, diffTools } from '../stateful/drift-diff.js';
import { firstToolPins, type Lockfile, pinServer, pinsJson, pinTools, readPins, toolsMatchPins, type StoredPins } from '../stateful/lockfile.js';
import { isRecord } from '../parse.js';

/** `value` once a store's write is done: at once when the store wrote synchronously. */
const afterSet = <T>(written: unknown, value: T): T | Promise<T> => (written instanceof Promise ? written.then(() => value) : value);

const driftDescriptions: Readonly<Record<DriftRule, string>> = {
  'drift/description-changed': 'A pinned tool\'s description changed (the classic rug pull: approved text, then new instructions).',
  'drift/description-reworded': 'A pinned tool\'s description was reworded without adding an order, a place, a secret or an act, or dropping a limit.',
  'drift/schema-widened': 'A pinned tool\'s input schema now accepts more (new arguments, dropped requirements or bounds).',
  'drift/schema-extended': 'A pinned tool\'s input schema gained parameters only, none asking for a secret, naming a place or defaulting to another target.',
  'drift/schema-changed': 'A pinned tool\'s input schema changed without accepting more.',
  'drift/annotation-destructive': 'A pinned tool flipped from read-only (or non-destructive) to destructive.',
  'drift/definition-changed': 'Another part of a pinned tool\'s definition changed (title, output schema, other annotations).',
  'drift/tool-added': 'A tool that was not pinned appeared.',
  'drift/tool-removed': 'A pinned tool is no longer listed.',
  'drift/server-changed': 'The server\'s name, version, protocol version or capabilities changed since it was pinned.',
  'drift/instructions-changed': 'The server\'s instructions changed since they were pinned.',
};

/** Changes that are mostly upkeep: reported at low severity. */
const lowRules: ReadonlySet<string> = new Set(['drift/tool-removed', 'drift/schema-changed', 'drift/description-reworded', 'drift/schema-extended']);

/** The list a `tools/list`-shaped answer came from: tools, or prompts read as tools. */
type Listed = 'tools' | 'prompts';

export interface DriftOptions {
  readonly actions: Readonly<Record<DriftRule, Action>>;
  readonly lock: Lockfile | undefined;
  readonly ttlMs: number;
}

/**
 * Rug-pull and drift: pins each server's `initialize` answer and tool definitions on first use (by server
 * id, shared by every session; or takes them from a lockfile) and classifies every later difference. A
 * finding about one tool points into `result.tools[i]`, so a profile that removes tools drops only the
 * changed tool. Pins are never replaced by what changed: a rug pull keeps being reported; new tools are
 * pinned on first sight unless a lockfile is in force.
 */
export function createDriftLayer(options: DriftOptions): Layer {
  const rules: Record<string, LayerRule> = {};
  for (const [id, description] of Object.entries(driftDescriptions)) {
    rules[id] = { description, severity: lowRules.has(id) ? 'low' : 'high', action: options.actions[id as DriftRule], hint: 'Review the change; if it is expected, re-run `vanguard pin` (lockfile) or let the first-use pin expire.' };
  }

  function findingsOf(changes: readonly DriftChange[], result: Record<string, unknown>, listed: Listed = 'tools'): LayerFinding[] {
    const list = Array.isArray(result['tools']) ? (result['tools'] as unknown[]) : [];
    const noun = listed === 'prompts' ? 'prompt' : 'tool';
    return changes.map((c) => {
      const index = c.tool === undefined ? -1 : list.findIndex((t) => isRecord(t) && t['name'] === c.tool);
      return { rule: c.rule, message: c.message, path: index >= 0 ? ['result', listed, index] : ['result'], ...(c.tool ? { data: { [noun]: c.tool } } : {}) };
    });
  }

  /**
   * A `prompts/list` answer as a tool list, so its prompts are pinned and compared as tools are: a prompt's
   * description is what the model is handed when the user picks it, and its arguments its schema.
   */
  function promptsAsTools(result: Record<string, unknown>): Record<string, unknown> | undefined {
    const prompts = result['prompts'];
    if (!Array.isArray(prompts)) return undefined;
    const tools = (prompts as unknown[]).map((p) => (isRecord(p) ? { name: p['name'], ...(p['title'] !== undefined ? { title: p['title'] } : {}), description: p['description'] ?? '', inputSchema: { type: 'object', arguments: p['arguments'] ?? [] } } : p));
    return typeof result['nextCursor'] === 'string' ? { tools, nextCursor: result['nextCursor'] } : { tools };
  }

  // Synchronous while the store answers synchronously (the memory store): a layer that returns a promise
  // makes the runner time it and run every layer after it a microtask later, for every tools/list answer.
  function inspect(message: unknown, ctx: LayerContext<unknown>): LayerFinding[] | Promise<LayerFinding[]> {
    const result = isRecord(message) && isRecord(message['result']) ? message['result'] : undefined;
    if (result === undefined) return [];
    // Without a server id the guard cannot tell servers apart: pins then last for the session only.
    const where = ctx.serverId === 'default' ? ctx.session : ctx.server;
    if (ctx.method === 'prompts/list') {
      // Prompt lists are pinned on first use per server (no lockfile holds them).
      const listed = promptsAsTools(result);
      if (listed === undefined) return [];
      const stored = where.get('prompt-pins');
      return stored instanceof Promise ? stored.then((s) => comparePinned(listed, 'prompts', where, readPins(s), false)) : comparePinned(listed, 'prompts', where, readPins(stored), false);
    }
    const locked = options.lock?.servers[ctx.serverId];
    if (locked) return ctx.method === 'initialize' ? compareServer(result, where, locked, true) : comparePinned(result, 'tools', where, locked, true);
    const stored = where.get('pins');
    const compare = (pins: StoredPins) => (ctx.method === 'initialize' ? compareServer(result, where, pins, false) : comparePinned(result, 'tools', where, pins, false));
    return stored instanceof Promise ? stored.then((s) => compare(readPins(s))) : compare(readPins(stored));
  }

  /** What an `initialize` answer changed against its server's pins, pinning it first when not locked. */
  function compareServer(result: Record<string, unknown>, where: StateView, pins: StoredPins, locked: boolean): LayerFinding[] | Promise<LayerFinding[]> {
    const live = pinServer(result);
    if (live === undefined) return [];
    if (pins.server === undefined) return locked ? [] : afterSet(where.set('pins', pinsJson({ ...pins, server: live }), { ttlMs: options.ttlMs }), []);
    return findingsOf(diffServer(pins.server, live), result);
  }

  /**
   * What a tool list (or a prompt list read as one) changed against its pins under `pins` or `prompt-pins`,
   * storing new pins when they are not locked.
   */
  function comparePinned(result: Record<string, unknown>, listed: Listed, where: StateView, pins: StoredPins, locked: boolean): LayerFinding[] | Promise<LayerFinding[]> {
    const key = listed === 'prompts' ? 'prompt-pins' : 'pins';
    const paged = pins.paged === true || typeof result['nextCursor'] === 'string';
    // The usual answer: the same tools as pinned. Hashes alone tell (no pins built, nothing stored).
    if (pins.tools !== undefined && paged === (pins.paged === true) && toolsMatchPins(pins.tools, result, !paged)) return [];
    if (!Array.isArray(result['tools'])) return [];
    if (pins.tools === undefined) return locked ? [] : afterSet(where.set(key, firstToolPins(pins, result, paged), { ttlMs: options.ttlMs }), []);
    const live = pinTools(result)!;
    const changes = diffTools(pins.tools, live, !paged, listed === 'prompts' ? 'prompt' : 'tool');
    // A tool added where the profile blocks additions stays unpinned, so it keeps being removed.
    const added = options.actions['drift/tool-added'] === 'block' ? [] : changes.filter((c) => c.rule === 'drift/tool-added');
    if (!locked && (added.length || (paged && !pins.paged))) {
      // New tools are pinned as first seen (the finding reports them once); changed ones keep their pin.
      const tools = { ...pins.tools };
      for (const c of added) tools[c.tool!] = live[c.tool!]!;
      return afterSet(where.set(key, pinsJson({ ...pins, tools, ...(paged ? { paged } : {}) }), { ttlMs: options.ttlMs }), findingsOf(changes, result, listed));
    }
    return findingsOf(changes, result, listed);
  }

  return defineLayer({
    name: 'drift',
    phase: 'behavioral',
    description: 'Pins each server\'s initialize answer, tool definitions and prompt list and reports later changes (rug pulls)',
    docs: 'docs/stateful.md#drift',
    methods: ['initialize', 'tools/list', 'prompts/list'],
    from: 'server',
    rules,
    inspect: (message, ctx) => (ctx.messageType === 'response' ? inspect(message, ctx) : []),
  });
}
