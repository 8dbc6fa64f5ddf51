import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { createGuard, defineLayer, isVanguardError, type LayerFinding, type ToolInventory, ValueKindMask } from '@vanguard/core';

const call = (id: number, name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
const ping = { jsonrpc: '2.0', id: 1, method: 'ping' } as const;

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('a layer written by a user with defineLayer', () => {
  // The same checks the built-in safe-zones layer makes, written only with the public context.
  const homeOnly = defineLayer({
    name: 'home-only',
    phase: 'rules',
    description: 'Paths must stay under /home',
    methods: ['tools/call'],
    from: 'client',
    rules: { 'home/outside': { description: 'A path outside /home', severity: 'high' } },
    inspect(_message, ctx) {
      const out: LayerFinding[] = [];
      for (const value of ctx.values) {
        if (value.kindMask & ValueKindMask.Path && !value.pathForm.startsWith('/home/')) out.push({ rule: 'home/outside', path: value.path, evidence: value.pathForm });
      }
      return out;
    },
  });

  it('keeps its own context after it returned, whatever layers run after it (built-in layers share one)', async () => {
    const held: { name: string; context: { readonly options: unknown; readonly session: unknown } }[] = [];
    const keeping = (name: string, phase: 'rules' | 'behavioral', options: string) =>
      defineLayer({
        name,
        phase,
        description: 'Keeps its context',
        optionsSchema: z.string(),
        options,
        inspect(_message, ctx) {
          held.push({ name, context: ctx });
          return [];
        },
      });
    const guard = createGuard({ layers: [keeping('keeps-first', 'rules', 'first'), keeping('keeps-second', 'behavioral', 'second')] });
    await guard.inspect(call(1, 'read_file', { path: '/home/alice/notes.txt' }), { from: 'client', sessionId: 'held' });
    expect(held.map((h) => h.name)).toEqual(['keeps-first', 'keeps-second']);
    expect(held[0]!.context).not.toBe(held[1]!.context);
    // Read after the other layers ran: still the options and session of the layer it was made for.
    expect(held.map((h) => h.context.options)).toEqual(['first', 'second']);
    expect(held[0]!.context.session).toBe(held[0]!.context.session);
  });

  it('sees the same classified values as the built-in layers, and reports with the rule it declared', async () => {
    const guard = createGuard({ layers: [homeOnly], safeZones: { roots: ['/home'] } });
    const verdict = await guard.inspect(call(1, 'read_file', { target: '/srv/data/x.txt' }), { from: 'client' });
    const mine = verdict.findings.find((f) => f.layer === 'home-only');
    const builtIn = verdict.findings.find((f) => f.layer === 'safe-zones');
    expect(mine).toMatchObject({ rule: 'home/outside', family: 'home', severity: 'high', action: 'block', message: 'A path outside /home', path: ['params', 'arguments', 'target'] });
    expect(builtIn?.path).toEqual(mine?.path);
    expect(guard.layers.map((l) => [l.name, l.builtIn])).toEqual([
      ['preflight', true],
      ['rules', true],
      ['safe-zones', true],
      ['request-analysis', true],
      ['home-only', false],
      ['camouflage', true],
      ['cross-tool', true],
      ['behaviour', true],
      ['data-flow', true],
      ['drift', true],
      ['instruction-analysis', true],
    ]);
  });

  it('runs only for the methods and the side it asked for', async () => {
    let calls = 0;
    const counting = defineLayer({ name: 'counting', phase: 'behavioral', description: 'counts', methods: ['tools/call'], from: 'client', inspect: () => (calls++, []) });
    const guard = createGuard({ layers: [counting] });
    await guard.inspect(ping, { from: 'client' });
    await guard.inspect({ jsonrpc: '2.0', id: 2, method: 'tools/list' }, { from: 'client' });
    await guard.inspect(call(3, 'x', {}), { from: 'client' });
    // The result of a tools/call counts as tools/call, but it comes from the server.
    await guard.inspect({ jsonrpc: '2.0', id: 3, result: { content: [] } }, { from: 'server' });
    expect(calls).toBe(1);
  });

  it('turns a reported rule it did not declare into a layer error', async () => {
    const sloppy = defineLayer({ name: 'sloppy', phase: 'rules', description: 'reports a rule it never declared', rules: { 'mine/ok': { description: 'fine' } }, inspect: () => [{ rule: 'other/rule' }] });
    const verdict = await createGuard({ layers: [sloppy] }).inspect(ping, { from: 'client' });
    expect(verdict.primary).toMatchObject({ rule: 'engine/layer-error', layer: 'sloppy' });
    expect(verdict.primary?.message).toContain('does not declare');
  });

  it('lets a layer without declared rules report ids of its own family only', async () => {
    const free = defineLayer({ name: 'free', phase: 'rules', description: 'no declarations', inspect: (_m, ctx) => [{ rule: ctx.method === 'ping' ? 'free/ping-seen' : 'elsewhere/x', action: 'warn' }] });
    const guard = createGuard({ layers: [free] });
    expect((await guard.inspect(ping, { from: 'client' })).primary?.rule).toBe('free/ping-seen');
    expect((await guard.inspect(call(1, 'x', {}), { from: 'client' })).primary?.rule).toBe('engine/layer-error');
  });

  it('keeps state per session, namespaced by layer, with the guard clock', async () => {
    let now = 1_000_000;
    const counter = defineLayer({
      name: 'counter',
      phase: 'behavioral',
      description: 'warns from the third call of a session within a minute',
      rules: { 'counter/busy': { description: 'Three calls within a minute', action: 'warn' } },
      async inspect(_message, ctx) {
        const seen = await ctx.session.hit('calls', 60_000);
        await ctx.session.set('last-seen', ctx.now());
        return seen >= 3 ? [{ rule: 'counter/busy', data: { seen } }] : [];
      },
    });
    const guard = createGuard({ layers: [counter], now: () => now });
    const a = { from: 'client', sessionId: 'a' } as const;
    await guard.inspect(ping, a);
    await guard.inspect(ping, a);
    await guard.inspect(ping, { from: 'client', sessionId: 'b' });
    const third = await guard.inspect(ping, a);
    expect(third.primary).toMatchObject({ rule: 'counter/busy', action: 'warn', data: { seen: 3 } });
    now += 3 * 60_000;
    expect((await guard.inspect(ping, a)).action).toBe('allow');
  });

  it('reads the server tool inventory the guard learned from tools/list', async () => {
    let inventory: unknown;
    const reader = defineLayer({
      name: 'reader',
      phase: 'behavioral',
      description: 'reads the inventory',
      methods: ['tools/call'],
      async inspect(_message, ctx) {
        inventory = await ctx.session.tools();
        return [];
      },
    });
    const guard = createGuard({ layers: [reader] });
    const s = { sessionId: 'inv', serverId: 'fs' } as const;
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/list' }, { from: 'client', ...s });
    await guard.inspect(
      { jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'fetch_page', description: 'Fetches a page', inputSchema: { type: 'object', properties: { where: { type: 'string', format: 'uri' } } }, annotations: { readOnlyHint: true } }] } },
      { from: 'server', ...s },
    );
    await guard.inspect(call(2, 'fetch_page', { where: 'https://example.com' }), { from: 'client', ...s });
    expect(inventory).toMatchObject({ serverId: 'fs', tools: { fetch_page: { name: 'fetch_page', arguments: { where: ['url'] }, annotations: { readOnlyHint: true } } } });
    expect((inventory as ToolInventory).tools['fetch_page']?.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('validates its options once, with the schema it brings, and hands them to inspect', async () => {
    const schema = z.object({ maxCalls: z.number().int().positive() });
    const limited = (options: unknown) =>
      defineLayer({
        name: 'limited',
        phase: 'behavioral',
        description: 'options demo',
        optionsSchema: schema,
        options: options as z.input<typeof schema>,
        rules: { 'limited/over': { description: 'over the limit' } },
        inspect: (_m, ctx) => (ctx.options.maxCalls < 2 ? [{ rule: 'limited/over' }] : []),
      });
    const error = thrown(() => limited({ maxCalls: -1 }));
    expect(isVanguardError(error) && error.code).toBe('VG_ERR_LAYER_CONFIG');
    expect((error as Error).message).toContain('options.maxCalls');
    expect((await createGuard({ layers: [limited({ maxCalls: 1 })] }).inspect(ping, { from: 'client' })).primary?.rule).toBe('limited/over');
  });

  it('refuses definitions that are not layers, naming the field', () => {
    for (const [definition, field] of [
      [{ name: 'Bad Name', phase: 'rules', description: 'x', inspect: () => [] }, 'name'],
      [{ name: 'ok', phase: 'later', description: 'x', inspect: () => [] }, 'phase'],
      [{ name: 'ok', phase: 'rules', description: 'x', failure: 'sometimes', inspect: () => [] }, 'failure'],
      [{ name: 'ok', phase: 'rules', description: 'x', timeoutMs: 0, inspect: () => [] }, 'timeoutMs'],
      [{ name: 'ok', phase: 'rules', description: 'x', rules: { NotAnId: { description: 'y' } }, inspect: () => [] }, 'rules.NotAnId'],
    ] as const) {
      const error = thrown(() => defineLayer(definition as never));
      expect(isVanguardError(error) && error.data?.['field'], JSON.stringify(definition)).toBe(field);
    }
    const plain = thrown(() => createGuard({ layers: [{ name: 'plain', phase: 'rules', inspect: () => [] } as never] }));
    expect(isVanguardError(plain) && plain.code).toBe('VG_ERR_LAYER_CONFIG');
  });
});

describe('a layer that fails', () => {
  // A real backend that is down: nothing listens on this loopback port, so fetch fails with ECONNREFUSED.
  const approvals = (failure: 'open' | 'closed' | 'profile') =>
    defineLayer({
      name: 'approvals',
      phase: 'auth',
      description: 'asks an approval service about every tool call',
      methods: ['tools/call'],
      failure,
      timeoutMs: 2000,
      rules: { 'approvals/denied': { description: 'The approval service said no' } },
      async inspect(_message, ctx) {
        const response = await fetch('http://127.0.0.1:9/approve', { signal: ctx.signal });
        return response.ok ? [] : [{ rule: 'approvals/denied' }];
      },
    });

  it('does not block traffic in balanced when its failure mode is open', async () => {
    const verdict = await createGuard({ layers: [approvals('open')] }).inspect(call(1, 'list_dir', { path: 'src' }), { from: 'client' });
    expect(verdict.action).toBe('warn');
    expect(verdict.primary).toMatchObject({ rule: 'engine/layer-error', layer: 'approvals', data: { failure: 'open' } });
    expect(verdict.disposition).toEqual({ kind: 'forward' });
  });

  it('blocks when its failure mode is closed, and follows the profile when it is profile', async () => {
    expect((await createGuard({ layers: [approvals('closed')] }).inspect(call(1, 'x', {}), { from: 'client' })).action).toBe('block');
    expect((await createGuard({ layers: [approvals('profile')], profile: 'monitor' }).inspect(call(1, 'x', {}), { from: 'client' })).action).toBe('warn');
    expect((await createGuard({ layers: [approvals('profile')] }).inspect(call(1, 'x', {}), { from: 'client' })).action).toBe('block');
  });

  it('has its signal aborted when its own timeout runs out', async () => {
    let reason: unknown;
    const slow = defineLayer({
      name: 'slow',
      phase: 'semantic',
      description: 'waits until it is cancelled',
      timeoutMs: 25,
      failure: 'open',
      inspect: (_message, ctx) =>
        new Promise<[]>((resolve) =>
          ctx.signal.addEventListener('abort', () => {
            reason = ctx.signal.reason;
            resolve([]);
          }),
        ),
    });
    const verdict = await createGuard({ layers: [slow], layerTimeoutMs: 60_000 }).inspect(ping, { from: 'client' });
    // The layer's own 25 ms, not the guard's 60 s, ended the wait: the finding and the abort reason say
    // which (a wall-clock bound also counted building the guard, slow on a loaded machine).
    expect(verdict.primary).toMatchObject({ rule: 'engine/layer-timeout', action: 'warn' });
    expect(verdict.primary?.message).toContain('within 25 ms');
    expect(String(reason)).toContain('25 ms');
  });
});
