import { describe, expect, it } from 'vitest';

import { createGuard, defineLayer, type Phase, type Sender } from '@vanguard/core';

const call = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'read_file', arguments: { path: '/home/a/notes.txt' } } });
const answer = (id: number) => ({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text: 'the notes' }] } });
const ping = (id: number) => ({ jsonrpc: '2.0', id, method: 'ping' });

/** User layers that write their name into `ran` when they run; `slow` answers through a promise. */
function recording(ran: string[]) {
  const layer = (name: string, phase: Phase, filters: { from?: Sender; methods?: string[] }, slow = false) =>
    defineLayer({
      name,
      phase,
      description: `records ${name}`,
      ...filters,
      inspect() {
        ran.push(name);
        return slow ? Promise.resolve([]) : [];
      },
    });
  return [
    layer('any-message', 'rules', {}),
    layer('client-calls', 'rules', { from: 'client', methods: ['tools/call'] }),
    layer('server-only', 'behavioral', { from: 'server' }, true),
    layer('call-answers', 'behavioral', { methods: ['tools/call'] }),
    layer('pings', 'semantic', { methods: ['ping'] }),
  ];
}

describe('which layers a message goes through', () => {
  it('runs only the layers whose sender and methods fit, in order, the same for every message of a kind', async () => {
    const ran: string[] = [];
    const guard = createGuard({ profile: 'balanced', layers: recording(ran) });
    const client = { from: 'client', sessionId: 'routes' } as const;
    const server = { from: 'server', sessionId: 'routes' } as const;
    const seen: string[][] = [];
    for (const [message, context] of [[call(1), client], [answer(1), server], [ping(2), client], [call(3), client], [answer(3), server], [ping(4), server]] as const) {
      ran.length = 0;
      await guard.inspect(message, context);
      seen.push([...ran]);
    }
    expect(seen).toEqual([
      ['any-message', 'client-calls', 'call-answers'],
      ['any-message', 'server-only', 'call-answers'],
      ['any-message', 'pings'],
      ['any-message', 'client-calls', 'call-answers'],
      ['any-message', 'server-only', 'call-answers'],
      ['any-message', 'server-only', 'pings'],
    ]);
  });

  it('goes on along the same layers after one that answered with a promise', async () => {
    const ran: string[] = [];
    const guard = createGuard({ profile: 'balanced', layers: recording(ran) });
    await guard.inspect(call(1), { from: 'client', sessionId: 'async' });
    ran.length = 0;
    const verdict = await guard.inspect(answer(1), { from: 'server', sessionId: 'async' });
    expect(ran).toEqual(['any-message', 'server-only', 'call-answers']);
    expect(verdict.action).toBe('allow');
  });

  it('takes a method a client makes up through the layers without methods, whatever their number', async () => {
    const ran: string[] = [];
    const guard = createGuard({ profile: 'balanced', layers: recording(ran) });
    for (let i = 0; i < 100; i++) {
      ran.length = 0;
      await guard.inspect({ jsonrpc: '2.0', id: i, method: `made/up-${i}` }, { from: 'client', sessionId: 'many' });
      expect(ran).toEqual(['any-message']);
    }
  });
});
