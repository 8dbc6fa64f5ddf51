import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

import { hostIsAddress, privateHost } from '../src/values/private-hosts.js';
import { findingsText } from './findings-text.js';

// One reading of "the machine's own or its private network" (values/private-hosts.ts) for the package
// configs (pip.conf, .npmrc, Maven settings) and the prose and command readers that ask where a key goes.
// Written for this suite.

describe('a private or internal host', () => {
  it.each(['localhost', 'app.localhost', '127.0.0.1', '127.8.0.2:8080', '10.20.30.40', '172.16.0.1', '172.31.255.9', '192.168.1.10:5000', '169.254.10.1', '0.0.0.0', '[::1]', '::1', 'registry', 'db_primary', 'nexus.corp', 'pypi.build.internal', 'printer.local', 'nas.home.arpa', 'cache.lan', 'api.default.svc.cluster.local'])('reads %s as the machine\'s own or its private network', (host) => {
    expect(privateHost(host)).toBe(true);
  });

  it.each(['pypi.org', 'registry.npmjs.org', '8.8.8.8', '172.32.0.1', '192.169.0.1', '10.evil-mirror.example', '127.0.0.1.nip.example', 'internal.example.com', 'local.example.io'])('reads %s as a host elsewhere', (host) => {
    expect(privateHost(host)).toBe(false);
  });

  it('tells an address from a name', () => {
    expect(hostIsAddress('203.0.113.7')).toBe(true);
    expect(hostIsAddress('[2001:db8::1]')).toBe(true);
    expect(hostIsAddress('repo.example.org')).toBe(false);
  });
});

const guard = createGuard({ profile: 'balanced' });
let n = 0;
const write = (path: string, content: string): Promise<Verdict> =>
  guard.inspect({ jsonrpc: '2.0', id: ++n, method: 'tools/call', params: { name: 'write_file', arguments: { path, content } } }, { from: 'client', sessionId: `private-hosts-${n}` });

describe('package configs read hosts alike', () => {
  it.each([
    ['.npmrc', 'registry=http://verdaccio.build.internal:4873/\n'],
    ['~/.pip/pip.conf', '[global]\nindex-url = http://devpi.build.internal/root/pypi/+simple/\n'],
    ['~/.m2/settings.xml', '<settings><mirrors><mirror><id>m</id><mirrorOf>*</mirrorOf><url>http://nexus.build.internal/repository/maven-public/</url></mirror></mirrors></settings>\n'],
  ])('lets an index on the private network over http pass in %s', async (path, content) => {
    const verdict = await write(path, content);
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });

  it.each([
    ['.npmrc', 'registry=http://10.npm-cache.example/\n'],
    ['~/.pip/pip.conf', '[global]\nindex-url = http://10.pkg-mirror.example/simple/\n'],
    ['~/.m2/settings.xml', '<settings><mirrors><mirror><id>m</id><mirrorOf>*</mirrorOf><url>http://10.jar-cache.example/maven2/</url></mirror></mirrors></settings>\n'],
  ])('blocks a public name that opens like a private address, over http, in %s', async (path, content) => {
    const verdict = await write(path, content);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });
});
