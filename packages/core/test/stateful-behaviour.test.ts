import { describe, expect, it } from 'vitest';

import { createGuard, createMemoryStore, type GuardOptions, type ProfileName } from '@vanguard/core';

import { Capability, capabilitiesOf, capabilityNames } from '../src/stateful/capabilities.js';

let nextId = 1;
const call = (name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id: nextId++, method: 'tools/call', params: { name, arguments: args } });
const result = (id: number, text: string) => ({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text }] } });

function session(options: GuardOptions = {}, sessionId = `s-${Math.random()}`) {
  let now = 1_000_000;
  const guard = createGuard({ now: () => now, ...options });
  const context = { sessionId, serverId: 'tools' };
  return {
    guard,
    advance: (ms: number) => (now += ms),
    send: (name: string, args: Record<string, unknown>) => {
      const message = call(name, args);
      return guard.inspect(message, { from: 'client', ...context }).then((verdict) => ({ verdict, id: message.id }));
    },
    answer: (id: number, text: string) => guard.inspect(result(id, text), { from: 'server', ...context }),
  };
}

describe('tool capabilities', () => {
  it('come from the words of the name in any casing', () => {
    expect(capabilityNames(capabilitiesOf('readFile', undefined))).toEqual(['read']);
    expect(capabilityNames(capabilitiesOf('send-email', undefined))).toEqual(['network', 'send']);
    expect(capabilityNames(capabilitiesOf('run_shell_command', undefined))).toEqual(['execute']);
    expect(capabilityNames(capabilitiesOf('list_directory', undefined))).toEqual(['list']);
    expect(capabilityNames(capabilitiesOf('delete_branch', undefined))).toEqual(['write', 'destructive']);
    expect(capabilitiesOf('frobnicate', undefined)).toBe(0);
  });

  it('come from annotations and schemas, and readOnlyHint removes what the name suggests', () => {
    const record = (annotations: Record<string, boolean>, args: Record<string, ('url' | 'command')[]> = {}) => ({ name: 'x', hash: 'h', arguments: args, annotations });
    expect(capabilitiesOf('publish_post', record({ readOnlyHint: true })) & Capability.Send).toBe(0);
    expect(capabilityNames(capabilitiesOf('sync', record({ destructiveHint: true })))).toEqual(['write', 'destructive']);
    expect(capabilityNames(capabilitiesOf('helper', record({}, { target: ['url'], script: ['command'] })))).toEqual(['execute', 'network']);
  });
});

describe('sliding-window rules', () => {
  it('warn on an enumeration burst in balanced and block it in strict, per profile thresholds', async () => {
    for (const [profile, threshold, action] of [['balanced', 100, 'warn'], ['strict', 50, 'block']] as [ProfileName, number, string][]) {
      const s = session({ profile });
      for (let i = 0; i < threshold; i++) expect((await s.send('list_directory', { path: `src/dir${i}` })).verdict.action, `${profile} #${i}`).toBe('allow');
      const over = (await s.send('list_directory', { path: 'src/one-more' })).verdict;
      expect(over.action).toBe(action);
      expect(over.primary?.rule).toBe('behaviour/enumeration-burst');
    }
  });

  it('forget a burst once the window has slid past it', async () => {
    const s = session({ profile: 'strict' });
    for (let i = 0; i < 50; i++) await s.send('search_files', { pattern: `*.ts${i}` });
    s.advance(20_000);
    expect((await s.send('search_files', { pattern: '*.md' })).verdict.action).toBe('allow');
  });

  it('count per (session, server, principal): another session is not affected by a burst', async () => {
    const store = createMemoryStore();
    const a = session({ profile: 'strict', store }, 'one');
    const b = session({ profile: 'strict', store }, 'two');
    for (let i = 0; i < 51; i++) await a.send('list_files', { path: `d${i}` });
    expect((await b.send('list_files', { path: 'd' })).verdict.action).toBe('allow');
  });

  it('count per server and principal within one session id, whichever came last', async () => {
    const guard = createGuard({ profile: 'strict', now: () => 1_000_000 });
    const send = (serverId: string, subject: string | undefined, i: number) =>
      guard.inspect(call('list_files', { path: `d${i}` }), { from: 'client', sessionId: 'shared', serverId, ...(subject ? { principal: { subject } } : {}) });
    // Alternating callers of one session id: each keeps its own count (50 allowed, the 51st over).
    for (let i = 0; i < 50; i++) {
      for (const [server, subject] of [['files', 'alice'], ['files', 'bob'], ['files', undefined], ['docs', 'alice']] as const) {
        expect((await send(server, subject, i)).action, `${server} ${subject} #${i}`).toBe('allow');
      }
    }
    expect((await send('files', 'bob', 50)).primary?.rule).toBe('behaviour/enumeration-burst');
    expect((await send('docs', 'alice', 50)).primary?.rule).toBe('behaviour/enumeration-burst');
  });

  it('flag a tool that is retried after its calls were blocked', async () => {
    const s = session();
    const verdicts = [];
    for (let i = 0; i < 3; i++) verdicts.push((await s.send('read_file', { path: '/home/dev/.aws/credentials' })).verdict);
    expect(verdicts.map((v) => v.findings.some((f) => f.rule === 'behaviour/repeated-blocked'))).toEqual([false, false, false]);
    const fourth = (await s.send('read_file', { path: '/home/dev/.aws/credentials' })).verdict;
    expect(fourth.findings.find((f) => f.rule === 'behaviour/repeated-blocked')?.action).toBe('review');
  });
});

describe('sequence rules', () => {
  const allowEnvReads: GuardOptions = { rules: { overrides: { 'path/credential-file': 'warn' } } };

  it('warn on a network call after a credential file was read, naming both ends', async () => {
    const s = session(allowEnvReads);
    const { id } = await s.send('read_file', { path: '/srv/app/.env' });
    await s.answer(id, 'PORT=8080\nDEBUG=false\n');
    const { verdict } = await s.send('http_request', { url: 'https://api.example.com/status' });
    const finding = verdict.findings.find((f) => f.rule === 'behaviour/sensitive-read-then-send');
    expect(finding?.action).toBe('warn');
    expect(finding?.message).toMatch(/http_request .*after read_file read credential file/);
    expect(finding?.data).toMatchObject({ source: { tool: 'read_file' }, sink: { tool: 'http_request' } });
  });

  it('do not count a read that was blocked: it never returned anything', async () => {
    const s = session();
    const { verdict } = await s.send('read_file', { path: '/srv/app/.env' });
    expect(verdict.action).toBe('block');
    const after = (await s.send('http_request', { url: 'https://api.example.com/status' })).verdict;
    expect(after.findings.map((f) => f.rule)).not.toContain('behaviour/sensitive-read-then-send');
  });

  it('treat a secret in a result as a sensitive read, and end the sequence after withinMs', async () => {
    const s = session();
    const { id } = await s.send('get_config', { name: 'ci' });
    await s.answer(id, `token: ghp_${'k3Yq9'.repeat(8)}`);
    expect((await s.send('write_file', { path: 'notes.md', content: 'x' })).verdict.findings.map((f) => f.rule)).toContain('behaviour/sensitive-read-then-write');
    s.advance(11 * 60_000);
    expect((await s.send('write_file', { path: 'notes.md', content: 'y' })).verdict.findings.map((f) => f.rule)).not.toContain('behaviour/sensitive-read-then-write');
  });

  it('leave ordinary sessions alone: reads, writes and fetches without a sensitive read', async () => {
    const s = session();
    const { id } = await s.send('read_file', { path: 'src/index.ts' });
    await s.answer(id, 'export const answer = 42;\n');
    for (const [tool, args] of [['write_file', { path: 'src/a.ts', content: 'a' }], ['fetch', { url: 'https://example.com' }], ['run_command', { command: 'npm test' }]] as const) {
      expect((await s.send(tool, args)).verdict.action).toBe('allow');
    }
  });
});
