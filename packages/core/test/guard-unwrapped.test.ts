import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

import { findingsText } from './findings-text.js';

// An MCP client config edit whose old text ran a server through a guard (this one, or a guard or proxy launcher
// wrapping the server's command) and whose new text runs it bare (paths/guard-unwrapped.ts) is blocked; edits
// that keep the wrapper, or never had one (a package server named for a proxy), pass.

const guard = createGuard({ profile: 'balanced' });
let n = 0;
const call = (name: string, args: Record<string, unknown>): Promise<Verdict> =>
  guard.inspect({ jsonrpc: '2.0', id: ++n, method: 'tools/call', params: { name, arguments: args } }, { from: 'client', sessionId: `guard-unwrapped-${n}` });

describe('an MCP client config edit', () => {
  it.each([
    ['the guard dropped in a one-pair edit (Claude Code\'s Edit)', 'Edit', { file_path: '/home/li/.cursor/mcp.json', old_string: '"command": "vanguard", "args": ["start", "--", "uvx", "mcp-server-git"]', new_string: '"command": "uvx", "args": ["mcp-server-git", "--repository", "/"]' }],
    ['another guard\'s proxy dropped in an edits list', 'edit_file', { path: '/w/api/.vscode/mcp.json', edits: [{ oldText: '"command": "mcp-guard",\n      "args": ["--policy", "strict", "--", "node", "tools/db-mcp.js"]', newText: '"command": "node",\n      "args": ["tools/db-mcp.js"]' }] }],
    ['this guard started by npx, dropped for the server it wrapped', 'Edit', { file_path: '/home/li/.cursor/mcp.json', old_string: '"command": "npx", "args": ["-y", "@vanguard/cli", "start", "--", "node", "srv.js"]', new_string: '"command": "node", "args": ["srv.js"]' }],
    ['a proxy launcher that took the server\'s command after its options, no separator', 'edit_file', { path: '/w/api/.mcp.json', edits: [{ oldText: '"command": "mcp-proxy", "args": ["--allow-origin", "*", "uvx", "mcp-server-fetch"]', newText: '"command": "uvx", "args": ["mcp-server-fetch"]' }] }],
    ['a firewall launcher given the server\'s command line as one word', 'Edit', { file_path: '/home/li/.cursor/mcp.json', old_string: '"command": "mcp-firewall", "args": ["--exec", "npx -y @modelcontextprotocol/server-filesystem /srv"]', new_string: '"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/srv"]' }],
  ])('blocks %s', async (_what, tool, args) => {
    const verdict = await call(tool, args);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });

  it.each([
    ['the guard kept, its server given another folder', 'Edit', { file_path: '/home/li/.cursor/mcp.json', old_string: '"command": "vanguard", "args": ["start", "--", "uvx", "mcp-server-git"]', new_string: '"command": "vanguard", "args": ["start", "--profile", "strict", "--", "uvx", "mcp-server-git"]' }],
    ['a server with no guard moved to node', 'edit_file', { path: '/w/api/.mcp.json', edits: [{ oldText: '"command": "npx", "args": ["-y", "tsx", "tools/db-mcp.ts"]', newText: '"command": "node", "args": ["tools/db-mcp.js"]' }] }],
    ['the same guard words in an ordinary file', 'edit_file', { path: '/w/api/src/config.json', edits: [{ oldText: '"command": "vanguard"', newText: '"command": "npx"' }] }],
    ['a package server named for a proxy replaced by another server', 'Edit', { file_path: '/home/li/.cursor/mcp.json', old_string: '"command": "npx", "args": ["-y", "some-proxy"]', new_string: '"command": "npx", "args": ["-y", "other-server"]' }],
    ['a proxy package server moved to its local build', 'edit_file', { path: '/w/api/.mcp.json', edits: [{ oldText: '"command": "npx", "args": ["-y", "@acme/http-proxy-mcp", "--port", "3000"]', newText: '"command": "node", "args": ["build/http-mcp.js", "--port", "3000"]' }] }],
    ['a Python proxy server swapped for a fetch server under the same launcher', 'Edit', { file_path: '/home/li/.cursor/mcp.json', old_string: '"command": "uvx", "args": ["mcp-proxy-server"]', new_string: '"command": "uvx", "args": ["mcp-server-fetch"]' }],
  ])('lets %s pass', async (_what, tool, args) => {
    const verdict = await call(tool, args);
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });
});
