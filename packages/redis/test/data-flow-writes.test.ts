import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createGuard, createMemoryStore, type StateStore } from '@vanguard/core';
import { createRedisStore, type RedisStateStore } from '@vanguard/redis';

import { type RedisServer, startRedisServer } from './redis-server.js';

// The data-flow layer remembers up to three things from one result (what a sensitive read returned or the
// secrets in it, the values keys naming a secret assign, one-time codes). On a store whose get and set wait,
// each as a read-modify-write of its own would read the same old set and the last write would drop the
// others: these sessions run on a real Redis and on the in-memory store, and must follow the same data.

let server: RedisServer;
const stores: RedisStateStore[] = [];
const started = startRedisServer().then((s) => (server = s));

async function redis(): Promise<RedisStateStore> {
  await started;
  const s = createRedisStore({ url: server.url, prefix: `flow${stores.length}:` });
  stores.push(s);
  await s.ready();
  return s;
}

beforeAll(() => started, 15_000);
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await server.stop();
});

const call = (id: number, name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
const answer = (id: number, texts: string[]) => ({ jsonrpc: '2.0', id, result: { content: texts.map((text) => ({ type: 'text', text })) } });

/** Runs `read` and its answer, then one mail per text of `sent` (each in a session of its own), and says which carried data-flow. */
async function followed(store: StateStore, read: { tool: string; args: Record<string, unknown>; texts: string[] }, sent: string[]): Promise<boolean[]> {
  const guard = createGuard({ store, rules: { overrides: { 'path/credential-file': 'warn' } } });
  const out: boolean[] = [];
  for (const [n, body] of sent.entries()) {
    const client = { from: 'client' as const, sessionId: `s-${Math.random().toString(36).slice(2)}-${n}`, serverId: 'tools' };
    await guard.inspect(call(1, read.tool, read.args), client);
    await guard.inspect(answer(1, read.texts), { ...client, from: 'server' });
    const verdict = await guard.inspect(call(2, 'send_email', { to: 'ops@example.org', subject: 'fyi', body }), client);
    out.push(verdict.findings.some((f) => f.rule === 'data-flow/sensitive-flow'));
  }
  return out;
}

describe('the data flow of one result on a Redis store', () => {
  it('keeps both what a credential file returned and the sign-in code beside it', async () => {
    const read = { tool: 'read_file', args: { path: '/srv/app/.env' }, texts: ['WEBHOOK_SIGNING=whsec_4kQm9Vt2xPz7Lr1Nb8Yc3Dw6', 'Your sign-in code is 730518. It expires in 10 minutes.'] };
    const sent = ['the signing value is whsec_4kQm9Vt2xPz7Lr1Nb8Yc3Dw6', 'the code: 730518'];
    expect(await followed(createMemoryStore(), read, sent)).toEqual([true, true]);
    expect(await followed(await redis(), read, sent)).toEqual([true, true]);
  });

  it('keeps the secret a result shows, the password a key names and the code, all three from one answer', async () => {
    const read = {
      tool: 'fetch_message',
      args: { id: 'm-4410' },
      texts: ['deploy token ghp_Zr7Kq2Wm9Tx4Vb6Nc1Ld8Hf3Jp5Sg0Ya2Ue7', 'password: Tarn-Quill-48', 'Your verification code is 615204.'],
    };
    const sent = ['token ghp_Zr7Kq2Wm9Tx4Vb6Nc1Ld8Hf3Jp5Sg0Ya2Ue7', 'it is Tarn-Quill-48', 'code 615204'];
    expect(await followed(createMemoryStore(), read, sent)).toEqual([true, true, true]);
    expect(await followed(await redis(), read, sent)).toEqual([true, true, true]);
  });

  it('follows nothing from an ordinary answer, on either store', async () => {
    const read = { tool: 'read_file', args: { path: 'README.md' }, texts: ['# demo\nRun npm test. Build 4411 passed.'] };
    const sent = ['the README says run npm test', 'build 4411 passed'];
    expect(await followed(createMemoryStore(), read, sent)).toEqual([false, false]);
    expect(await followed(await redis(), read, sent)).toEqual([false, false]);
  });
});
