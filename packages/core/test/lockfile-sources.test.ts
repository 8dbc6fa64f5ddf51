import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { lockfileSourceHarm } from '../src/paths/lockfile-sources.js';

const guard = createGuard({ profile: 'balanced' });
let session = 0;
const verdictOf = async (path: string, content: string): Promise<string> => {
  const context = { sessionId: `lock-${session++}`, serverId: 'fs', from: 'client' as const };
  return (await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'write_file', arguments: { path, content } } }, context)).action;
};

// Lockfiles made up for these tests.
const npmLock = (resolved: string): string => JSON.stringify({ name: 'web', lockfileVersion: 3, packages: { '': { name: 'web' }, 'node_modules/left-pad': { version: '1.3.0', resolved, integrity: 'sha512-AAAA' } } }, null, 2);
const yarnLock = (resolved: string): string => `# yarn lockfile v1\n\nms@^2.1.3:\n  version "2.1.3"\n  resolved "${resolved}"\n  integrity sha512-AAAA\n`;

describe('where a written lockfile fetches packages from', () => {
  it.each([
    ['package-lock.json', npmLock('https://registry.npmjs.org.pkg-cache.net/left-pad/-/left-pad-1.3.0.tgz')],
    ['package-lock.json', npmLock('https://npmjs-mirror.example.com/left-pad/-/left-pad-1.3.0.tgz')],
    ['yarn.lock', yarnLock('https://registry.yarnpkg-cdn.com/ms/-/ms-2.1.3.tgz#abc')],
    ['npm-shrinkwrap.json', npmLock('http://packages.example.net/left-pad-1.3.0.tgz')],
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  ms@2.1.3:\n    resolution: {integrity: sha512-AAAA, tarball: https://203.0.113.50/ms-2.1.3.tgz}\n"],
    ['package-lock.json', npmLock('https://npmjs.co/left-pad/-/left-pad-1.3.0.tgz')],
    ['package-lock.json', npmLock('https://registry-npmjs.org/left-pad/-/left-pad-1.3.0.tgz')],
    ['package-lock.json', npmLock('https://npmjs.org.evil.example/left-pad/-/left-pad-1.3.0.tgz')],
  ])('blocks %s that fetches from a look-alike, plain http or a bare address', async (path, content) => {
    expect(lockfileSourceHarm(content)).toBeDefined();
    expect(await verdictOf(path, content)).toBe('block');
  });

  it.each([
    ['package-lock.json', npmLock('https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz')],
    ['yarn.lock', yarnLock('https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz#abc')],
    ['package-lock.json', npmLock('https://octo.jfrog.io/artifactory/api/npm/npm-remote/left-pad/-/left-pad-1.3.0.tgz')],
    ['package-lock.json', npmLock('https://npm.pkg.github.com/download/@octo/left-pad/1.3.0/abc')],
    ['package-lock.json', npmLock('http://localhost:4873/left-pad/-/left-pad-1.3.0.tgz')],
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\npackages:\n  ms@2.1.3:\n    resolution: {integrity: sha512-AAAA}\n"],
    ['package-lock.json', npmLock('https://npmjs.corp.internal/left-pad/-/left-pad-1.3.0.tgz')],
    ['yarn.lock', yarnLock('http://registry.npmjs.mirror.internal/ms/-/ms-2.1.3.tgz#abc')],
    ['package-lock.json', npmLock('http://10.20.0.5:4873/left-pad/-/left-pad-1.3.0.tgz')],
    ['package-lock.json', npmLock('http://npmjs-cache/left-pad/-/left-pad-1.3.0.tgz')],
  ])('passes %s from the registry, a private registry the user set up or a local one', async (path, content) => {
    expect(lockfileSourceHarm(content)).toBeUndefined();
    expect(await verdictOf(path, content)).not.toBe('block');
  });
});
