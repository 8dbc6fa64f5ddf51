import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

const call = (name: string, args: Record<string, unknown>, id = 1) => ({
  jsonrpc: '2.0' as const,
  id,
  method: 'tools/call',
  params: { name, arguments: args },
});

const guard = createGuard({
  safeZones: { roots: ['/home/alice/project'], tools: { write_file: ['/home/alice/project/out'] } },
});

async function outside(name: string, args: Record<string, unknown>): Promise<string[]> {
  const verdict = await guard.inspect(call(name, args), { from: 'client' });
  return verdict.findings.filter((f) => f.rule === 'safe-zone/outside-root').map((f) => f.message);
}

describe('safe zones', () => {
  it('allow absolute and relative paths under the root', async () => {
    expect(await outside('read_file', { path: '/home/alice/project/src/index.ts' })).toEqual([]);
    expect(await outside('read_file', { path: 'src/index.ts' })).toEqual([]);
    expect(await outside('read_file', { path: 'file:///home/alice/project/README.md' })).toEqual([]);
  });

  it('name the root that a path leaves, whatever the argument is called', async () => {
    const messages = await outside('read_file', { target: '/home/alice/projectx/notes.txt' });
    expect(messages).toEqual(['Path /home/alice/projectx/notes.txt is outside the allowed roots (/home/alice/project)']);
  });

  it('resolve dot segments, encodings and mixed separators before comparing', async () => {
    expect(await outside('read_file', { path: '/home/alice/project/../bob/.ssh/id_rsa' })).toHaveLength(1);
    expect(await outside('read_file', { path: '%2Fhome%2Falice%2Fproject%2F..%2F..%2Fbob' })).toHaveLength(1);
    expect(await outside('read_file', { path: '\\home\\alice\\project\\..\\..\\bob' })).toHaveLength(1);
    expect(await outside('read_file', { path: 'src/../../other/file' })).toHaveLength(1);
  });

  it('compare case-sensitively, so a differently cased root is outside', async () => {
    expect(await outside('read_file', { path: '/HOME/alice/project/a.txt' })).toHaveLength(1);
  });

  it('use a tool-specific list instead of the global one', async () => {
    expect(await outside('write_file', { path: '/home/alice/project/src/a.ts' })).toHaveLength(1);
    expect(await outside('write_file', { path: '/home/alice/project/out/a.ts' })).toEqual([]);
  });

  it('are off unless roots are configured', async () => {
    const open = createGuard();
    const verdict = await open.inspect(call('read_file', { path: '/srv/data/report.csv' }), { from: 'client' });
    expect(verdict.findings.some((f) => f.layer === 'safe-zones')).toBe(false);
  });

  it('block by default and follow the configured action', async () => {
    const verdict = await guard.inspect(call('read_file', { path: '/srv/data/report.csv' }), { from: 'client' });
    expect(verdict.action).toBe('block');
    expect(verdict.primary?.rule).toBe('safe-zone/outside-root');
    const warnOnly = createGuard({ safeZones: { roots: ['/srv/app'], action: 'warn' } });
    const warned = await warnOnly.inspect(call('read_file', { path: '/srv/data/report.csv' }), { from: 'client' });
    expect(warned.action).toBe('warn');
  });
});

describe('safe zones and path/traversal', () => {
  const read = (path: string) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'read_file', arguments: { path } } });

  it('trust a ".." that lands inside the allowed roots, and still block one that leaves them', async () => {
    const guard = createGuard({ safeZones: { roots: ['/home/dev/project'] } });
    expect((await guard.inspect(read('/home/dev/project/test/fixtures/../../README.md'), { from: 'client' })).action).toBe('allow');
    expect((await guard.inspect(read('test/fixtures/../../README.md'), { from: 'client' })).action).toBe('allow');
    const out = await guard.inspect(read('/home/dev/project/../../../etc/passwd'), { from: 'client' });
    expect(out.action).toBe('block');
    expect(out.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['path/traversal', 'safe-zone/outside-root']));
    // A sensitive file inside the roots is still what it is.
    expect((await guard.inspect(read('/home/dev/project/src/../.env'), { from: 'client' })).primary?.rule).toBe('path/credential-file');
  });

  it('keep judging ".." as a traversal where no safe zones are configured', async () => {
    expect((await createGuard().inspect(read('/srv/app/uploads/../config/settings.json'), { from: 'client' })).findings.map((f) => f.rule)).toContain('path/traversal');
  });
});
