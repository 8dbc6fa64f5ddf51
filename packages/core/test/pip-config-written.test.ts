import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

import { findingsText } from './findings-text.js';

// A pip.conf written with its text (paths/pip-config.ts) is judged by what it makes every install do: PyPI,
// an index on the machine's own network, a timeout or require-virtualenv pass; an index or links page on any
// other host, over plain http or at a bare public IP, and trusted-host (pip's TLS checks off for that host)
// are a persistence write. A write whose text the call does not carry is judged by its place.

const guard = createGuard({ profile: 'balanced' });
let n = 0;
const call = (name: string, args: Record<string, unknown>): Promise<Verdict> =>
  guard.inspect({ jsonrpc: '2.0', id: ++n, method: 'tools/call', params: { name, arguments: args } }, { from: 'client', sessionId: `pip-conf-${n}` });

describe('a pip config written with its text', () => {
  it.each([
    ['PyPI with a longer timeout', '~/.pip/pip.conf', '[global]\nindex-url = https://pypi.org/simple/\ntimeout = 120\nno-cache-dir = true\n'],
    ['TestPyPI as an extra index, wheels from a project folder', '/home/dev/.config/pip/pip.conf', '[global]\nextra-index-url =\n    https://test.pypi.org/simple/\nfind-links = ./wheels\n[install]\nprefer-binary = true\n'],
    ['a mirror on the private network', '~/.pip/pip.conf', '[global]\nindex-url = https://devpi.build.internal/root/pypi/+simple/\n'],
    ['a local devpi over http', '~/.config/pip/pip.conf', '[global]\nindex-url = http://localhost:3141/root/pypi/+simple/\ntrusted-host = localhost\n'],
  ])('lets %s pass', async (_what, path, content) => {
    const verdict = await call('write_file', { path, content });
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });

  it.each([
    ['an extra index over plain http', '~/.config/pip/pip.conf', '[global]\nextra-index-url = http://mirror.pkgcache.example.org/simple\n'],
    ['a https index whose TLS checks are off', '/root/.pip/pip.conf', '[global]\nindex-url = https://pypi.fastmirror.example.io/simple\ntrusted-host =\n    pypi.fastmirror.example.io\n'],
    ['an extra index on another public host', '~/.config/pip/pip.conf', '[global]\nextra-index-url = https://pypi-packages.example-cdn.net/simple\n'],
    ['an index at a bare public IP', '/etc/pip.conf', '[install]\nindex-url = https://203.0.113.40/simple\n'],
    ['a links page over http, on a continued line', '~/.pip/pip.conf', '[global]\nfind-links =\n    ./wheels\n    http://wheels.example.net/linux/\n'],
  ])('blocks %s', async (_what, path, content) => {
    const verdict = await call('write_file', { path, content });
    expect(verdict.action, findingsText(verdict)).toBe('block');
    expect(verdict.findings.map((f) => f.rule)).toContain('path/persistence-write');
  });

  it('still judges a pip.conf copied in by its place', async () => {
    const verdict = await call('run_terminal_cmd', { command: 'cp /tmp/x/pip.conf ~/.config/pip/pip.conf' });
    expect(verdict.findings.map((f) => f.rule)).toContain('path/persistence-write');
  });
});
