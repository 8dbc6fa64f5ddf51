import { describe, expect, it } from 'vitest';

import { knownServerRoots } from '../src/commands/known-servers.js';

describe('knownServerRoots', () => {
  it('takes the allowed directories of the filesystem server started through npx', () => {
    expect(knownServerRoots(['npx', '-y', '@modelcontextprotocol/server-filesystem', '/home/ana/project', '/tmp/scratch'], '/work')).toEqual({
      server: 'filesystem',
      roots: ['/home/ana/project', '/tmp/scratch'],
    });
  });

  it('resolves relative directories against the working folder', () => {
    expect(knownServerRoots(['npx', '@modelcontextprotocol/server-filesystem@2026.8.31', '.', '../shared'], '/work/app')?.roots).toEqual(['/work/app', '/work/shared']);
  });

  it('recognises the server run from its installed entry point', () => {
    expect(knownServerRoots(['node', '/opt/mcp/node_modules/@modelcontextprotocol/server-filesystem/dist/index.js', '/srv/data'], '/')?.roots).toEqual(['/srv/data']);
  });

  it('knows nothing about other servers', () => {
    expect(knownServerRoots(['npx', '-y', '@modelcontextprotocol/server-everything'], '/work')).toBeUndefined();
    expect(knownServerRoots(['python', '-m', 'my_server', '/data'], '/work')).toBeUndefined();
  });

  it('gives no roots when the filesystem server gets no directory (it then asks the client for roots)', () => {
    expect(knownServerRoots(['npx', '-y', '@modelcontextprotocol/server-filesystem'], '/work')).toBeUndefined();
  });
});
