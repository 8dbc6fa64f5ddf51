import { describe, expect, it } from 'vitest';

import { createGuard, createMemoryStore, defineLayer, type GuardOptions, type JsonValue, type StateStore } from '@vanguard/core';

import { stateKey } from '../src/state/keys.js';

// A sensitive request leaves a pending read in the behaviour and data-flow layers' state, which its answer
// settles. A layer says so with context.keepForAnswer(), the request's correlation keeps the word, and the
// answer to an ordinary call builds and looks up no `pending/` key; a correlation written without the word
// (a guard that does not say, on a shared store) still has its answer look.

const call = (id: number, name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
const result = (id: number, text: string) => ({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text }] } });
const allowEnvReads: GuardOptions = { rules: { overrides: { 'path/credential-file': 'warn' } } };

/** A memory store that records the keys read. */
function recordingStore(): { store: StateStore; reads: string[] } {
  const inner = createMemoryStore();
  const reads: string[] = [];
  const store: StateStore = {
    name: 'recording',
    get: (key) => (reads.push(key), inner.get(key)),
    set: (key, value: JsonValue, ttlMs) => inner.set(key, value, ttlMs),
    take: (key) => (reads.push(key), inner.take(key)),
    delete: (key) => inner.delete(key),
    increment: (key, by, ttlMs) => inner.increment(key, by, ttlMs),
    hit: (key, now, windowMs) => inner.hit(key, now, windowMs),
  };
  return { store, reads };
}

const client = { from: 'client', sessionId: 's', serverId: 'tools' } as const;
const server = { from: 'server', sessionId: 's', serverId: 'tools' } as const;
const sendsAfterRead = async (guard: ReturnType<typeof createGuard>, id: number) =>
  (await guard.inspect(call(id, 'http_request', { url: 'https://api.example.com/status' }), client)).findings.map((f) => f.rule);

describe('pending reads', () => {
  it('are not looked up for the answer to an ordinary call, and are for a sensitive one', async () => {
    const { store, reads } = recordingStore();
    const guard = createGuard({ ...allowEnvReads, store });
    await guard.inspect(call(1, 'search_files', { path: 'src', pattern: 'useEffect' }), client);
    reads.length = 0;
    await guard.inspect(result(1, 'src/app.tsx:12'), server);
    expect(reads.filter((k) => k.includes('pending/'))).toEqual([]);

    await guard.inspect(call(2, 'read_file', { path: '/srv/app/.env' }), client);
    reads.length = 0;
    await guard.inspect(result(2, 'PORT=8080\n'), server);
    expect(reads.filter((k) => k.includes('pending/')).length).toBeGreaterThan(0);
    expect(await sendsAfterRead(guard, 3)).toContain('behaviour/sensitive-read-then-send');
  });

  it('are settled from a correlation that does not say whether one was left', async () => {
    const store = createMemoryStore();
    const guard = createGuard({ ...allowEnvReads, store });
    await guard.inspect(call(7, 'read_file', { path: '/srv/app/.env' }), client);
    // As an older guard sharing the store wrote it: method and tool only.
    store.set(stateKey('corr', 's', 'tools', undefined, 'client:n7'), { method: 'tools/call', tool: 'read_file' }, 60_000);
    await guard.inspect(result(7, 'PORT=8080\n'), server);
    expect(await sendsAfterRead(guard, 8)).toContain('behaviour/sensitive-read-then-send');
  });

  it('leave an ordinary session without a sensitive read whatever the ids', async () => {
    const guard = createGuard(allowEnvReads);
    for (let id = 1; id <= 40; id++) {
      await guard.inspect(call(id, 'search_files', { path: 'src', pattern: `p${id}` }), client);
      await guard.inspect(result(id, `src/a${id}.ts:1`), server);
    }
    expect(await sendsAfterRead(guard, 41)).not.toContain('behaviour/sensitive-read-then-send');
  });

  it('are the same word for a user layer: what it keeps for an answer is said on the answer, and only there', async () => {
    const seen: Array<[string, number | string | undefined, boolean]> = [];
    const keeper = defineLayer({
      name: 'keeper',
      phase: 'behavioral',
      description: 'Keeps something for the answers to calls of one tool',
      inspect(_message, ctx) {
        if (ctx.messageType === 'request' && ctx.tool === 'fetch_report') ctx.keepForAnswer();
        if (ctx.messageType === 'response') seen.push([ctx.tool ?? '', ctx.id, ctx.keptForAnswer]);
        return [];
      },
    });
    const guard = createGuard({ layers: [keeper] });
    await guard.inspect(call(1, 'search_files', { path: 'src', pattern: 'x' }), client);
    await guard.inspect(call(2, 'fetch_report', { name: 'weekly' }), client);
    await guard.inspect(result(2, 'report'), server);
    await guard.inspect(result(1, 'src/x.ts:1'), server);
    // An answer nobody asked for: not known, so said to be kept.
    await guard.inspect(result(99, 'late'), server);
    expect(seen).toEqual([
      ['fetch_report', 2, true],
      ['search_files', 1, false],
      ['', 99, true],
    ]);
  });
});
