import { describe, expect, it } from 'vitest';

import { createGuard, type Principal } from '@vanguard/core';

const alice: Principal = { subject: 'alice', scopes: ['files:read'], roles: ['reader'] };
const admin: Principal = { subject: 'root', scopes: ['files:read', 'files:write'], roles: ['admin'] };

const list = {
  jsonrpc: '2.0',
  id: 1,
  result: {
    tools: [
      { name: 'read_file', description: 'Reads a file', inputSchema: { type: 'object' }, annotations: { readOnlyHint: true } },
      { name: 'write_file', description: 'Writes a file', inputSchema: { type: 'object' } },
      { name: 'purge', description: 'Deletes everything', inputSchema: { type: 'object' }, annotations: { destructiveHint: true } },
    ],
  },
};

const call = (name: string, id = 2) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: {} } });

function guardFor(profile: 'balanced' | 'strict' | 'monitor' = 'balanced') {
  return createGuard({
    profile,
    auth: { tools: { read_file: { scopes: ['files:read'] }, write_file: { scopes: ['files:write'] } }, destructive: { roles: ['admin'] } },
  });
}

async function listFor(profile: 'balanced' | 'strict' | 'monitor', principal: Principal, session: string) {
  const guard = guardFor(profile);
  await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/list' }, { from: 'client', sessionId: session, principal });
  return { guard, verdict: await guard.inspect(list, { from: 'server', sessionId: session, principal }) };
}

describe('the auth layer', () => {
  it('removes from tools/list the tools the principal may not call, in every enforcing profile', async () => {
    for (const profile of ['balanced', 'strict'] as const) {
      const { verdict } = await listFor(profile, alice, `s-${profile}`);
      expect(verdict.disposition.kind).toBe('replace');
      const tools = ((verdict.disposition as { message: { result: { tools: { name: string }[] } } }).message.result.tools).map((t) => t.name);
      expect(tools).toEqual(['read_file']);
      expect(verdict.removedTools?.map((t) => t.name)).toEqual(['write_file', 'purge']);
    }
  });

  it('leaves the whole list to a principal that holds every scope and role', async () => {
    const { verdict } = await listFor('balanced', admin, 'admin');
    expect(verdict.disposition.kind).toBe('forward');
  });

  it('blocks a call without the required scope and names what is missing', async () => {
    const guard = guardFor();
    const verdict = await guard.inspect(call('write_file'), { from: 'client', principal: alice });
    expect(verdict.action).toBe('block');
    expect(verdict.primary?.rule).toBe('auth/tool-forbidden');
    expect(verdict.primary?.data).toEqual({ requiredScopes: ['files:write'], requiredRoles: [] });
    expect(verdict.disposition.kind).toBe('respond');
  });

  it('knows a destructive tool from the destructiveHint it was listed with', async () => {
    const { guard } = await listFor('balanced', { ...alice, scopes: ['files:read'] }, 'destructive');
    const verdict = await guard.inspect(call('purge'), { from: 'client', sessionId: 'destructive', principal: alice });
    expect(verdict.primary?.rule).toBe('auth/tool-forbidden');
    expect(verdict.primary?.message).toContain('a role of admin');
  });

  it('matches tool names after normalization, so case, zero-width and lookalike characters do not dodge a rule', async () => {
    const guard = guardFor();
    for (const name of ['WRITE_FILE', 'write\u200b_file', 'wr\u0456te_file']) {
      const verdict = await guard.inspect(call(name), { from: 'client', principal: alice });
      expect(verdict.action, name).toBe('block');
      expect(verdict.findings.map((f) => f.rule), name).toContain('auth/tool-forbidden');
    }
  });

  it('refuses an anonymous caller a tool that requires a scope, and allows a tool that requires nothing', async () => {
    const guard = guardFor();
    expect((await guard.inspect(call('read_file'), { from: 'client' })).action).toBe('block');
    expect((await guard.inspect(call('echo'), { from: 'client' })).action).toBe('allow');
  });

  it('only audits in the monitor profile', async () => {
    const guard = guardFor('monitor');
    const verdict = await guard.inspect(call('write_file'), { from: 'client', principal: alice });
    expect(verdict.action).toBe('shadow-block');
    expect(verdict.disposition.kind).toBe('forward');
  });
});
