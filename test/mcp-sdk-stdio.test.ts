// guardTransport around the SDK v1 stdio client transport, against the real server-filesystem.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { createGuard } from '@vanguard/core';
import { guardTransport, type GuardTransportEvent } from '@vanguard/mcp-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { countWrites, serverEntry, tempDir } from './mcp-sdk-helpers.js';

describe('guardTransport with StdioClientTransport and server-filesystem (SDK v1)', () => {
  const root = tempDir('vg-mcp-sdk-stdio-');
  const dir = join(root.dir, 'project');
  const canary = 'VG-CANARY-7f3a9c';
  let client: Client;
  let written: unknown[];
  let stdio: StdioClientTransport;
  let wrapped: StdioClientTransport;
  const events: GuardTransportEvent[] = [];

  beforeAll(async () => {
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'meeting at noon\n');
    writeFileSync(join(dir, '.env'), `API_TOKEN=${canary}\n`);
    writeFileSync(join(root.dir, 'outside.txt'), `${canary}\n`);
    stdio = new StdioClientTransport({ command: process.execPath, args: [serverEntry('@modelcontextprotocol/server-filesystem'), dir], stderr: 'pipe' });
    ({ transport: stdio, written } = countWrites(stdio));
    wrapped = guardTransport(stdio, createGuard({ profile: 'balanced' }), { serverId: 'filesystem', onVerdict: (e) => events.push(e) });
    client = new Client({ name: 'vanguard-test-host', version: '1.0.0' });
    await client.connect(wrapped);
  });

  afterAll(async () => {
    await client?.close();
    root.remove();
  });

  it('delegates what it does not intercept: instanceof, pid and stderr of the child', () => {
    expect(wrapped).toBeInstanceOf(StdioClientTransport);
    expect(wrapped.pid).toBe(stdio.pid);
    expect(typeof wrapped.pid).toBe('number');
    expect(wrapped.stderr).toBe(stdio.stderr);
    expect((wrapped as { sessionId?: string }).sessionId).toBeUndefined();
  });

  it('lists the tools and reads a file in the allowed folder', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['read_text_file', 'list_directory', 'write_file']));
    const result = await client.callTool({ name: 'read_text_file', arguments: { path: join(dir, 'notes.txt') } });
    expect(result.isError).toBeFalsy();
    expect(JSON.stringify(result.content)).toContain('meeting at noon');
  });

  it('refuses a traversal out of the folder with an McpError naming the rule, never writing it to the server', async () => {
    const before = written.length;
    const error = await client.callTool({ name: 'read_text_file', arguments: { path: `${dir}/../outside.txt` } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).code).toBe(-32010);
    expect((error as McpError).data).toMatchObject({ rule: 'path/traversal' });
    expect(String((error as McpError).message)).not.toContain(canary);
    expect(written.length).toBe(before);
  });

  it('refuses to read a credential file inside the folder, which the server itself would have served', async () => {
    const before = written.length;
    const error = await client.callTool({ name: 'read_text_file', arguments: { path: join(dir, '.env') } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).data).toMatchObject({ rule: 'path/credential-file' });
    expect(written.length).toBe(before);
    const blocked = events.filter((e) => e.outcome === 'answered');
    expect(blocked.length).toBeGreaterThanOrEqual(2);
    expect(blocked.every((e) => e.direction === 'outbound' && e.from === 'client')).toBe(true);
  });

  it('keeps the connection usable after blocks, with every forwarded request answered once', async () => {
    const listing = await client.callTool({ name: 'list_directory', arguments: { path: dir } });
    expect(JSON.stringify(listing.content)).toContain('notes.txt');
    const requests = written.filter((m) => typeof m === 'object' && m !== null && 'id' in m && 'method' in m).length;
    const answers = events.filter((e) => e.direction === 'inbound' && (e.verdict.messageType === 'response' || e.verdict.messageType === 'error')).length;
    expect(answers).toBe(requests);
  });
});
