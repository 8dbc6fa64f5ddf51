import { describe, expect, it } from 'vitest';

import { createGuard, createMemoryStore } from '@vanguard/core';

let nextId = 1;
const call = (name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id: nextId++, method: 'tools/call', params: { name, arguments: args } });

function session(profile: 'balanced' | 'strict' = 'balanced') {
  let now = 10_000_000;
  const guard = createGuard({ profile, stateful: { budgets: true }, now: () => now });
  const context = { from: 'client' as const, sessionId: `b-${Math.random()}`, serverId: 'files' };
  return { guard, context, advance: (ms: number) => (now += ms), send: (name: string, args: Record<string, unknown>) => guard.inspect(call(name, args), context) };
}

describe('session budgets', () => {
  it('refuse a session past its blocked-attempt budget with a clear rule id, then let it recover by itself', async () => {
    const s = session();
    for (let i = 0; i < 10; i++) expect((await s.send('read_file', { path: '/etc/shadow' })).primary?.rule).not.toMatch(/^budget\//);
    const tripped = await s.send('read_file', { path: '/etc/shadow' });
    expect(tripped.findings.map((f) => f.rule)).toContain('budget/blocked');
    const refused = await s.send('read_file', { path: 'README.md' });
    expect(refused.action).toBe('block');
    expect(refused.primary?.rule).toBe('budget/blocked');
    expect(refused.explain.summary).toMatch(/retry in 60 s/);
    s.advance(30_000);
    expect((await s.send('read_file', { path: 'README.md' })).primary?.rule).toBe('budget/blocked');
    s.advance(31_000);
    expect((await s.send('read_file', { path: 'README.md' })).action).toBe('allow');
  });

  it('do not count refused calls, so an agent hammering a tripped session is not locked out for longer', async () => {
    const s = session();
    for (let i = 0; i < 11; i++) await s.send('read_file', { path: '/etc/shadow' });
    for (let i = 0; i < 50; i++) await s.send('read_file', { path: '/etc/shadow' });
    s.advance(61_000);
    expect((await s.send('read_file', { path: 'README.md' })).action).toBe('allow');
    // A fresh window after the cool-down: one more block does not trip it again at once.
    expect((await s.send('read_file', { path: '/etc/shadow' })).primary?.rule).not.toMatch(/^budget\//);
    expect((await s.send('read_file', { path: 'README.md' })).action).toBe('allow');
  });

  it('cap calls per window, and never refuse the server\'s answers, the handshake or pings', async () => {
    const s = session('strict');
    for (let i = 0; i < 150; i++) await s.send('convert_units', { value: `${i} km` });
    expect((await s.send('convert_units', { value: '1 mile' })).primary?.rule).toBe('budget/calls');
    const ping = await s.guard.inspect({ jsonrpc: '2.0', id: nextId++, method: 'ping' }, s.context);
    expect(ping.action).toBe('allow');
    const answer = await s.guard.inspect({ jsonrpc: '2.0', id: 5, result: { content: [] } }, { ...s.context, from: 'server' });
    expect(answer.action).toBe('allow');
  });

  it('are off unless enabled, so a long session of blocked probes is never cut off by default', async () => {
    const guard = createGuard();
    for (let i = 0; i < 30; i++) await guard.inspect(call('read_file', { path: '/etc/shadow' }), { from: 'client', sessionId: 'long' });
    expect((await guard.inspect(call('read_file', { path: 'README.md' }), { from: 'client', sessionId: 'long' })).action).toBe('allow');
  });
});

describe('bounded memory', () => {
  it('keeps 100,000 sessions under the store\'s entry cap', async () => {
    const store = createMemoryStore({ maxEntries: 20_000 });
    const guard = createGuard({ store, stateful: { budgets: true } });
    for (let i = 0; i < 100_000; i++) {
      const sessionId = `agent-${i}`;
      await guard.inspect(call('read_file', { path: `src/file${i % 50}.ts` }), { from: 'client', sessionId });
    }
    expect(store.size).toBeLessThanOrEqual(20_000);
  }, 120_000);
});
