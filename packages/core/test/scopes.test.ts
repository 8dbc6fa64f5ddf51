import { describe, expect, it } from 'vitest';

import { createGuard, defineLayer, type GuardOptions, isVanguardError, type Principal } from '@vanguard/core';

const call = (name: string, args: Record<string, unknown>, id = 1) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
const traversal = { path: '../../etc/passwd' };

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

const intern: Principal = { subject: 'ivy', roles: ['intern'] };
const admin: Principal = { subject: 'ada', roles: ['admin', 'dev'], scopes: ['tools:write'] };

describe('scopes', () => {
  it('turn a rule off for one tool of one server and nowhere else', async () => {
    const guard = createGuard({ scopes: [{ match: { server: 'fs', tool: 'read_file' }, overrides: { 'path/traversal': 'off', 'path/system-file': 'off' } }] });
    const here = await guard.inspect(call('read_file', traversal), { from: 'client', serverId: 'fs' });
    expect(here.findings.map((f) => f.rule)).not.toContain('path/traversal');
    expect(here.action).toBe('allow');
    expect((await guard.inspect(call('write_file', traversal), { from: 'client', serverId: 'fs' })).action).toBe('block');
    expect((await guard.inspect(call('read_file', traversal), { from: 'client', serverId: 'other' })).action).toBe('block');
  });

  it('match tool names after normalization, so case, invisible characters and lookalikes cannot dodge them', async () => {
    const guard = createGuard({ scopes: [{ match: { tool: 'delete_file' }, overrides: { 'protocol/unknown-method': 'block' } }, { match: { tool: 'delete_file' }, safeZones: { roots: ['/work'] } }] });
    for (const name of ['delete_file', 'Delete_File', 'delete\u200b_file', 'd\u0435lete_file']) {
      const verdict = await guard.inspect(call(name, { path: '/srv/x' }), { from: 'client' });
      expect(verdict.action, JSON.stringify(name)).toBe('block');
      expect(verdict.findings.map((f) => f.rule), JSON.stringify(name)).toContain('safe-zone/outside-root');
    }
  });

  it('apply per principal role and scope', async () => {
    const guard = createGuard({
      scopes: [
        { match: { principal: { roles: ['intern'] } }, overrides: { 'protocol/unknown-method': 'block' } },
        { match: { principal: { scopes: ['tools:write'] } }, overrides: { 'path/*': 'warn' } },
      ],
    });
    const vendor = { jsonrpc: '2.0', id: 1, method: 'acme/sync' };
    expect((await guard.inspect(vendor, { from: 'client', principal: intern })).action).toBe('block');
    expect((await guard.inspect(vendor, { from: 'client', principal: admin })).action).toBe('warn');
    expect((await guard.inspect(vendor, { from: 'client' })).action).toBe('warn');
    expect((await guard.inspect(call('read_file', traversal), { from: 'client', principal: admin })).action).toBe('warn');
    expect((await guard.inspect(call('read_file', traversal), { from: 'client', principal: intern })).action).toBe('block');
  });

  it('let later scopes refine earlier ones, scopes win over rules.overrides, and the rule id win over its family', async () => {
    const options: GuardOptions = {
      rules: { overrides: { 'path/traversal': 'review' } },
      scopes: [
        { match: { server: 'fs' }, overrides: { path: 'warn' } },
        { match: { server: 'fs', tool: 'read_file' }, overrides: { path: 'allow', 'path/system-file': 'review' } },
      ],
    };
    const guard = createGuard(options);
    const rulesOf = async (tool: string, serverId: string) => (await guard.inspect(call(tool, traversal), { from: 'client', serverId })).action;
    // Most specific: read_file on fs → family allowed, system-file refined to review.
    expect(await rulesOf('read_file', 'fs')).toBe('review');
    // fs, other tool → the family is warned.
    expect(await rulesOf('write_file', 'fs')).toBe('warn');
    // No scope → rules.overrides lowers traversal to review, the system file still blocks.
    expect(await rulesOf('write_file', 'elsewhere')).toBe('block');
  });

  it('give a server or tool its own safe zones, replacing the global roots', async () => {
    const guard = createGuard({
      safeZones: { roots: ['/home/dev/project'] },
      scopes: [{ match: { server: 'docs' }, safeZones: { roots: ['/srv/docs'], action: 'warn' } }],
    });
    const inProject = call('read_file', { path: '/home/dev/project/README.md' });
    const inDocs = call('read_file', { path: '/srv/docs/guide.md' });
    expect((await guard.inspect(inProject, { from: 'client', serverId: 'fs' })).action).toBe('allow');
    expect((await guard.inspect(inDocs, { from: 'client', serverId: 'fs' })).primary?.rule).toBe('safe-zone/outside-root');
    expect((await guard.inspect(inDocs, { from: 'client', serverId: 'docs' })).action).toBe('allow');
    const outside = await guard.inspect(inProject, { from: 'client', serverId: 'docs' });
    expect(outside).toMatchObject({ action: 'warn', primary: { rule: 'safe-zone/outside-root' } });
    expect(outside.primary?.message).toContain('/srv/docs');
  });

  it('give a server or principal its own limits, checked before the message is parsed', async () => {
    const guard = createGuard({ scopes: [{ match: { server: 'tiny' }, limits: { maxMessageBytes: 200 } }, { match: { tool: 'upload' }, limits: { maxStringLength: 10 } }] });
    const big = JSON.stringify(call('read_file', { path: 'x'.repeat(300) }));
    expect((await guard.inspect(big, { from: 'client', serverId: 'tiny' })).primary?.rule).toBe('preflight/max-message-bytes');
    expect((await guard.inspect(big, { from: 'client', serverId: 'roomy' })).action).toBe('allow');
    expect((await guard.inspect(call('upload', { data: 'a'.repeat(11) }), { from: 'client' })).primary?.rule).toBe('preflight/max-string-length');
    expect((await guard.inspect(call('download', { data: 'a'.repeat(11) }), { from: 'client' })).action).toBe('allow');
  });

  it('tell layers which scopes matched, in order', async () => {
    let matched: readonly number[] = [];
    const spy = defineLayer({ name: 'spy', phase: 'behavioral', description: 'records the policy', inspect: (_m, ctx) => ((matched = ctx.policy.scopes), []) });
    const guard = createGuard({ layers: [spy], scopes: [{ match: { server: 'a' } }, { match: { server: 'b' } }, { match: {} }, { match: { tool: 'y' } }] });
    await guard.inspect(call('x', {}), { from: 'client', serverId: 'b' });
    expect(matched).toEqual([1, 2]);
  });
});

describe('override names', () => {
  it('refuse a rule id no loaded rule has, suggesting the closest', () => {
    const error = thrown(() => createGuard({ rules: { overrides: { 'path/travesal': 'off' } } }));
    expect(isVanguardError(error) && error.code).toBe('VG_ERR_UNKNOWN_RULE');
    expect(error).toMatchObject({ data: { field: 'rules.overrides', rule: 'path/travesal', suggestion: 'path/traversal' } });
    expect((error as Error).message).toContain('did you mean "path/traversal"');
  });

  it('refuse an unknown name in a scope, naming the scope', () => {
    const error = thrown(() => createGuard({ scopes: [{ match: {} }, { match: { tool: 'x' }, overrides: { 'cmd/does-not-exist': 'warn' } }] }));
    expect(isVanguardError(error) && error.code).toBe('VG_ERR_UNKNOWN_RULE');
    expect(error).toMatchObject({ data: { field: 'scopes[1].overrides' } });
  });

  it('accept families, family/* and engine, safe-zone and layer rule ids', () => {
    expect(() =>
      createGuard({
        rules: { overrides: { path: 'warn', 'cmd/*': 'review', 'protocol/unknown-method': 'block', 'safe-zone/outside-root': 'warn', 'engine/layer-timeout': 'warn' } },
      }),
    ).not.toThrow();
  });

  it("accept the analysis layers' rule ids, and suggest them for a misspelling", () => {
    expect(() => createGuard({ rules: { overrides: { 'semantic/injected-instruction': 'warn', 'semantic/*': 'review' } } })).not.toThrow();
    expect(() => createGuard({ scopes: [{ match: { server: 'docs' }, overrides: { 'semantic/injected-instruction': 'off' } }] })).not.toThrow();
    const error = thrown(() => createGuard({ rules: { overrides: { 'semantic/injected-instuction': 'warn' } } }));
    expect(error).toMatchObject({ code: 'VG_ERR_UNKNOWN_RULE', data: { suggestion: 'semantic/injected-instruction' } });
  });

  it('accept names of a pack that is loaded, and refuse them once it is not', () => {
    expect(() => createGuard({ rules: { overrides: { 'path/traversal': 'warn' } } })).not.toThrow();
    expect(isVanguardError(thrown(() => createGuard({ rules: { bundled: false, overrides: { 'path/traversal': 'warn' } } })))).toBe(true);
  });
});
