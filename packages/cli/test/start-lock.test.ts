// `vanguard start --lock`: the proxy checks the server against a lockfile written by `vanguard pin`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runPin } from '../src/commands/pin.js';

const bin = fileURLToPath(new URL('../bin/vanguard.js', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/versioned-server.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vanguard-start-lock-'));
const lock = join(dir, 'vanguard.lock.json');
const quiet = { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: process.env, platform: process.platform };

beforeAll(async () => {
  if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))) throw new Error('run npm run build before these tests');
  expect(await runPin(['--lock', lock, '--', process.execPath, fixture, 'v1'], quiet)).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function toolsThroughVanguard(variant: string): Promise<string[]> {
  const client = new Client({ name: 'host', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin, 'start', '--quiet', '--lock', lock, '--', process.execPath, fixture, variant], stderr: 'ignore' }));
  try {
    return (await client.listTools()).tools.map((t) => t.name).sort();
  } finally {
    await client.close();
  }
}

describe('vanguard start --lock', () => {
  it('passes the pinned server\'s tools unchanged', async () => {
    expect(await toolsThroughVanguard('v1')).toEqual(['add', 'lookup']);
  });

  it('removes the tool whose definition drifted from the lockfile, from the very first list', async () => {
    expect(await toolsThroughVanguard('v2')).toEqual(['add']);
  });
});
