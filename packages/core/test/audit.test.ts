import { describe, expect, it } from 'vitest';

import { type AuditEvent, createGuard, defineLayer, type GuardOptions, redactSecrets } from '@vanguard/core';

// The stable field names of an audit event; SIEM pipelines key on them, so changing one is a breaking change.
const eventFields = [
  'action',
  'direction',
  'duration_ms',
  'error',
  'findings',
  'host',
  'id',
  'layer',
  'message_id',
  'message_type',
  'method',
  'outcome',
  'principal',
  'profile',
  'removed_tools',
  'rule',
  'schema',
  'server_id',
  'session_id',
  'severity',
  'summary',
  'time',
  'tool',
];
const findingFields = ['action', 'evidence', 'layer', 'message', 'path', 'rule', 'severity'];

// Token shapes assembled at run time so no literal credential sits in the source.
const githubToken = `ghp_${'a1B2c3D4e5'.repeat(4)}`;
const awsKey = `AKIA${'ABCDEFGH12345678'}`;

const secretPack = {
  name: 'secrets-test.yaml',
  content: {
    pack: 'secrets-test',
    description: 'Flags credentials pasted into arguments (test pack).',
    rules: [
      {
        id: 'leak/token-assignment',
        description: 'A token= assignment in an argument value.',
        severity: 'high',
        action: 'block',
        kinds: ['any'],
        patterns: ['token=\\S+'],
        message: 'An argument carries a token',
        examples: { match: ['token=abc'], 'no-match': ['tokens are fine'] },
      },
    ],
  },
};

function collecting(options: GuardOptions = {}) {
  const events: AuditEvent[] = [];
  const guard = createGuard({ ...options, audit: (event) => void events.push(event), now: () => Date.UTC(2026, 0, 2, 3, 4, 5) });
  return { guard, events };
}

describe('audit events', () => {
  it('emit one event per verdict with stable field names', async () => {
    const { guard, events } = collecting();
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'read', arguments: { path: '../../etc/passwd' } } }, {
      from: 'client',
      sessionId: 'conn-1',
      serverId: 'fs',
      principal: { subject: 'alice', issuer: 'https://idp.example' },
    });
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'ping' }, { from: 'client' });
    await guard.inspect('not json', { from: 'server' });
    expect(events).toHaveLength(3);
    for (const event of events) expect(Object.keys(event).sort()).toEqual(eventFields);
    const [blocked, allowed, invalid] = events;
    expect(blocked).toMatchObject({
      schema: 'vanguard.audit.v2',
      time: '2026-01-02T03:04:05.000Z',
      session_id: 'conn-1',
      server_id: 'fs',
      principal: 'https://idp.example:alice',
      direction: 'client_to_server',
      message_type: 'request',
      message_id: 1,
      method: 'tools/call',
      tool: 'read',
      action: 'block',
      profile: 'balanced',
      removed_tools: [],
      host: null,
      outcome: 'answered',
    });
    expect(blocked?.error?.code).toBe(-32010);
    expect(blocked?.error?.message).toContain('Blocked by Vanguard');
    expect(blocked?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(blocked?.findings.length).toBeGreaterThan(0);
    for (const f of blocked?.findings ?? []) expect(Object.keys(f).sort()).toEqual(findingFields);
    expect(blocked?.findings[0]?.path).toBe('params.arguments.path');
    expect(allowed).toMatchObject({ action: 'allow', rule: null, layer: null, severity: null, principal: null, session_id: 'default', outcome: 'forwarded', error: null });
    // A line from the server that is not JSON is never put on the client's stream.
    expect(invalid).toMatchObject({ action: 'block', rule: 'preflight/parse-error', direction: 'server_to_client', message_id: null, outcome: 'dropped', error: null });
  });

  it('is serialisable as one JSON line', async () => {
    const { guard, events } = collecting();
    await guard.inspect({ jsonrpc: '2.0', id: 'a', method: 'tools/call', params: { name: 'x', arguments: { note: 'line one\nline two' } } }, { from: 'client' });
    const line = JSON.stringify(events[0]);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(events[0]);
  });

  it('emit one event for a whole batch', async () => {
    const { guard, events } = collecting();
    await guard.inspect([{ jsonrpc: '2.0', id: 1, method: 'ping' }, { jsonrpc: '2.0', id: 2, method: 'tools/list' }], { from: 'client' });
    expect(events).toHaveLength(1);
    expect(events[0]?.message_type).toBe('batch');
  });

  it('skip allowed verdicts when auditAllowed is false', async () => {
    const { guard, events } = collecting({ auditAllowed: false });
    await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'ping' }, { from: 'client' });
    await guard.inspect({ jsonrpc: '2.0', id: 2, method: 'acme/unknown' }, { from: 'client' });
    expect(events.map((e) => e.action)).toEqual(['warn']);
  });

  it('redact secrets in evidence and messages', async () => {
    const leaky = defineLayer({
      name: 'leaky',
      phase: 'behavioral',
      description: 'echoes what it saw, secrets included',
      rules: { 'leak/echo': { description: 'echoes a value', severity: 'low', action: 'warn' } },
      inspect: () => [{ rule: 'leak/echo', message: `saw ${awsKey} in flight` }],
    });
    const { guard, events } = collecting({ rules: { packs: [secretPack] }, layers: [leaky] });
    const verdict = await guard.inspect(
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'post', arguments: { body: `token=${githubToken}` } } },
      { from: 'client' },
    );
    expect(verdict.findings.find((f) => f.rule === 'leak/token-assignment')?.evidence).toContain(githubToken.toLowerCase());
    const line = JSON.stringify(events[0]);
    expect(line.toLowerCase()).not.toContain(githubToken.toLowerCase());
    expect(line).not.toContain(awsKey);
    expect(line).toContain('[redacted]');
  });

  it('never let a throwing sink break inspect', async () => {
    const guard = createGuard({
      audit: () => {
        throw new Error('disk full');
      },
    });
    const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'ping' }, { from: 'client' });
    expect(verdict.action).toBe('allow');
  });

  it('never let a rejecting async sink surface as an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const guard = createGuard({ audit: () => Promise.reject(new Error('collector down')) });
      const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'ping' }, { from: 'client' });
      expect(verdict.action).toBe('allow');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('redactSecrets', () => {
  it('masks common token shapes and URL passwords', () => {
    const text = `key ${awsKey} and ${githubToken} at https://bob:hunter2@example.com/x`;
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain(awsKey);
    expect(redacted).not.toContain(githubToken);
    expect(redacted).not.toContain('hunter2');
    expect(redacted).toContain('https://bob:[redacted]@example.com/x');
  });

  it('leaves ordinary text alone', () => {
    expect(redactSecrets('read the quarterly report')).toBe('read the quarterly report');
  });
});
