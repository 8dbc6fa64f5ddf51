import { describe, expect, it } from 'vitest';

import { defineLayer, type DefinedLayer } from '../src/layer.js';
import { LayerRoutes, LayerRunContext, runLayers } from '../src/layer-runner.js';
import { createMemoryStore } from '../src/state/memory-store.js';
import { SessionKeys } from '../src/state/session-view.js';
import { stateKey } from '../src/state/keys.js';
import type { Finding, LayerContext } from '../src/types.js';

// Built-in layers that let go of their context hand it, and its session and server views, to the next
// layer: each layer must still read and write under its own name only.

const store = createMemoryStore();
const keys = new SessionKeys('s', 'srv', undefined);
// A message's facts are its first context (made with no layer yet, as the guard makes it).
const facts = (findings: Finding[]): LayerRunContext =>
  new LayerRunContext(
    { from: 'client', sessionId: 's', serverId: 'srv' },
    { profile: 'balanced', store, ttlMs: 60_000, clock: () => 0 },
    keys,
    'request',
    'tools/call',
    'read_file',
    1,
    [],
    { scopes: [], safeZones: undefined },
    undefined,
    false,
    false,
    findings,
  );

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
    const options = { routes: new LayerRoutes(layers), defaultTimeoutMs: 1000, profileFailure: 'block' as const, blocks: () => false, lettingGo: [true, true, true] };
    // Synchronous throughout (the memory store): no promise is made.
    for (let m = 0; m < 3; m++) {
      const findings: Finding[] = [];
      expect(runLayers(layers, {}, facts(findings), findings, options)).toBeUndefined();
    }
    for (const name of ['one', 'two', 'three']) {
      expect(seen[name]).toEqual([0, 0, 1, 10, 2, 20]);
      expect(store.get(stateKey('layer', 's', 'srv', undefined, `${name}/count`))).toBe(3);
      expect(store.get(stateKey('server', '', 'srv', undefined, `${name}/count`))).toBe(30);
    }
  });

  it('give the layer after one that may keep its context a context of its own, which reads the message state the first one marked', () => {
    const contexts: LayerContext[] = [];
    const recording = (name: string, keep: boolean): DefinedLayer =>
      defineLayer({
        name,
        phase: 'behavioral',
        description: 'records its context',
        inspect(_message, ctx: LayerContext) {
          contexts.push(ctx);
          if (keep) ctx.keepForAnswer();
          return [];
        },
      }) as unknown as DefinedLayer;
    const layers = [recording('keeping', true), recording('after', false)];
    const options = { routes: new LayerRoutes(layers), defaultTimeoutMs: 1000, profileFailure: 'block' as const, blocks: () => false, lettingGo: [false, true] };
    const findings: Finding[] = [];
    const message = facts(findings);
    expect(runLayers(layers, {}, message, findings, options)).toBeUndefined();
    expect(contexts).toHaveLength(2);
    expect(contexts[1]).not.toBe(contexts[0]);
    expect(contexts[1]!.tool).toBe('read_file');
    expect(contexts[1]!.options).toBe(layers[1]!.options);
    expect(message.answerKept).toBe(true);
    expect(contexts[1]!.keptForAnswer).toBe(true);
  });
});
