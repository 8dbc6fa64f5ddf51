import { describe, expect, it } from 'vitest';

import { defineLayer, type DefinedLayer } from '../src/layer.js';
import { type MessageFacts, runLayers } from '../src/layer-runner.js';
import { createMemoryStore } from '../src/state/memory-store.js';
import { SessionKeys } from '../src/state/session-view.js';
import { stateKey } from '../src/state/keys.js';
import type { Finding, LayerContext } from '../src/types.js';

// Built-in layers that let go of their context hand it, and its session and server views, to the next
// layer: each layer must still read and write under its own name only.

const store = createMemoryStore();
const keys = new SessionKeys('s', 'srv', undefined);
const facts = (): MessageFacts => ({
  from: 'client',
  sessionId: 's',
  serverId: 'srv',
  principal: undefined,
  signal: undefined,
  profile: 'balanced',
  messageType: 'request',
  method: 'tools/call',
  tool: 'read_file',
  id: 1,
  values: [],
  policy: { scopes: [], safeZones: undefined },
  store,
  keys,
  ttlMs: 60_000,
  now: () => 0,
  inventory: undefined,
  inventoryRead: false,
  keptForAnswer: false,
});

/** A layer that reads what it wrote last time under `count`, then writes one more, in session and server state. */
const counting = (name: string, seen: Record<string, number[]>): DefinedLayer =>
  defineLayer({
    name,
    phase: 'behavioral',
    description: 'counts',
    inspect(_message, ctx: LayerContext) {
      const session = ctx.session.get<number>('count') as number | undefined;
      const server = ctx.server.get<number>('count') as number | undefined;
      (seen[name] ??= []).push(session ?? 0, server ?? 0);
      void ctx.session.set('count', (session ?? 0) + 1);
      void ctx.server.set('count', (server ?? 0) + 10);
      return [];
    },
  }) as unknown as DefinedLayer;

describe('views handed on with a context', () => {
  it('keep each built-in layer in its own namespace when the layers share one context', () => {
    const seen: Record<string, number[]> = {};
    const layers = [counting('one', seen), counting('two', seen), counting('three', seen)];
    const options = { defaultTimeoutMs: 1000, profileFailure: 'block' as const, blocks: () => false, lettingGo: [true, true, true] };
    // Synchronous throughout (the memory store): no promise is made.
    for (let m = 0; m < 3; m++) expect(runLayers(layers, {}, facts(), [] as Finding[], options)).toBeUndefined();
    for (const name of ['one', 'two', 'three']) {
      expect(seen[name]).toEqual([0, 0, 1, 10, 2, 20]);
      expect(store.get(stateKey('layer', 's', 'srv', undefined, `${name}/count`))).toBe(3);
      expect(store.get(stateKey('server', '', 'srv', undefined, `${name}/count`))).toBe(30);
    }
  });
});
