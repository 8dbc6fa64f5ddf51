#!/usr/bin/env node
// An agent host that guards its MCP client transport: it starts the real filesystem server on a scratch
// folder, wraps the SDK's stdio transport with guardTransport, and does what an agent would do — list
// tools, read files — including two calls a prompt-injected model might make. The guard refuses those
// before they reach the server; the refusal is an ordinary MCP error the agent can read and act on.
//
// Run after `npm install` (which builds the packages): `node examples/agent-host.mjs`.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { createGuard } from '@vanguard/core';
import { guardTransport } from '@vanguard/mcp-sdk';

const require = createRequire(import.meta.url);
const filesystemServer = join(dirname(require.resolve('@modelcontextprotocol/server-filesystem/package.json')), 'dist', 'index.js');

// A scratch project the server may serve, with a secret in it and a file just outside it.
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'vanguard-agent-host-')));
const project = join(scratch, 'project');
mkdirSync(project);
writeFileSync(join(project, 'README.md'), '# Demo project\nShip the release notes on Friday.\n');
writeFileSync(join(project, '.env'), 'DATABASE_PASSWORD=do-not-leak-me\n');
writeFileSync(join(scratch, 'payroll.csv'), 'alice,100000\n');

const guard = createGuard({ profile: 'balanced' });
const transport = guardTransport(
  new StdioClientTransport({ command: process.execPath, args: [filesystemServer, project], stderr: 'ignore' }),
  guard,
  {
    serverId: 'filesystem',
    onVerdict: ({ direction, verdict, outcome }) => {
      if (outcome !== 'forwarded') console.log(`  [vanguard] ${direction} ${outcome}: ${verdict.explain.summary}`);
    },
  },
);
const client = new Client({ name: 'example-agent-host', version: '1.0.0' });

/** One tool call as an agent would make it, printing what the model would get back. */
async function call(name, args) {
  console.log(`\n> ${name} ${JSON.stringify(args)}`);
  try {
    const result = await client.callTool({ name, arguments: args });
    const text = result.content.map((c) => (c.type === 'text' ? c.text : `[${c.type}]`)).join('\n');
    console.log(`${result.isError ? 'tool error' : 'ok'}: ${text.trim().split('\n').slice(0, 3).join(' | ')}`);
  } catch (error) {
    if (!(error instanceof McpError)) throw error;
    console.log(`refused (${error.code}, rule ${error.data?.rule}): ${error.data?.reason}`);
  }
}

try {
  await client.connect(transport);
  const { tools } = await client.listTools();
  console.log(`connected to server-filesystem (pid ${transport.pid}) through Vanguard; ${tools.length} tools: ${tools.map((t) => t.name).join(', ')}`);

  await call('list_directory', { path: project });
  await call('read_text_file', { path: join(project, 'README.md') });
  // What an injected instruction might ask for: a secret inside the allowed folder, which the server
  // itself would serve, and a file outside it reached by climbing out with "..".
  await call('read_text_file', { path: join(project, '.env') });
  await call('read_text_file', { path: `${project}/../payroll.csv` });
  // The connection is still fine afterwards.
  await call('get_file_info', { path: join(project, 'README.md') });
} finally {
  await client.close();
  rmSync(scratch, { recursive: true, force: true });
}
