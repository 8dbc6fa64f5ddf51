// vanguard start and the @vanguard/stdio library in front of the real filesystem server, driven by the
// real SDK Client over StdioClientTransport, side by side with a raw (unguarded) connection.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertBuilt, type Connected, connect, filesystemServer, guarded, libraryProxy, tempDir, textOf } from './stdio-helpers.js';

let dir: string;
let remove: () => void;
let raw: Connected;
let cli: Connected;
let library: Connected;
const bigText = Array.from({ length: 60_000 }, (_, i) => `line ${i}: the quick brown fox jumps over the lazy dog`).join('\n');

beforeAll(async () => {
  assertBuilt();
  ({ dir, remove } = tempDir('vanguard-stdio-fs-'));
  writeFileSync(join(dir, 'notes.txt'), 'meeting notes: ship the proxy\n');
  mkdirSync(join(dir, 'sub'));
  mkdirSync(join(dir, '.ssh'));
  writeFileSync(join(dir, '.ssh', 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n-----END OPENSSH PRIVATE KEY-----\n');
  writeFileSync(join(dir, '.env'), 'API_TOKEN=not-a-real-token\n');
  writeFileSync(join(dir, 'big.txt'), bigText);
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, `file-${i}.txt`), `contents of file ${i}\n`);
  const server = [process.execPath, filesystemServer, dir];
  const wrapped = guarded(server);
  [raw, cli, library] = await Promise.all([
    connect(process.execPath, server.slice(1)),
    connect(wrapped.command, wrapped.args),
    connect(process.execPath, [libraryProxy, ...server]),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([raw?.close(), cli?.close(), library?.close()]);
  remove?.();
});

const read = (c: Connected, path: string): Promise<unknown> => c.client.callTool({ name: 'read_text_file', arguments: { path } });

async function blockedRule(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(McpError);
  expect((error as McpError).code).toBe(-32010);
  return ((error as McpError).data as { rule: string }).rule;
}

describe('vanguard start in front of server-filesystem', () => {
  it('passes a safe read on the raw, the CLI and the library path alike', async () => {
    const path = join(dir, 'notes.txt');
    for (const c of [raw, cli, library]) expect(textOf(await read(c, path))).toBe('meeting notes: ship the proxy\n');
  });

  it('lists the same tools guarded as raw when nothing is poisoned', async () => {
    const names = async (c: Connected): Promise<string[]> => (await c.client.listTools()).tools.map((t) => t.name).sort();
    const expected = await names(raw);
    expect(expected).toContain('read_text_file');
    expect(await names(cli)).toEqual(expected);
    expect(await names(library)).toEqual(expected);
  });

  it('lets vanguard start trust a ".." that stays in the served folder, which it takes as a safe zone', async () => {
    const path = `${dir}/sub/../notes.txt`;
    expect(textOf(await read(raw, path))).toBe('meeting notes: ship the proxy\n');
    // vanguard start derives the safe zone from the filesystem server's arguments; the bare library proxy
    // here has none, so it still judges the '..' on its own.
    expect(textOf(await read(cli, path))).toBe('meeting notes: ship the proxy\n');
    expect(await blockedRule(read(library, path))).toBe('path/traversal');
  });

  it('blocks reads of key and secret files inside the allowed folder, on the guarded paths only', async () => {
    for (const file of [join(dir, '.ssh', 'id_ed25519'), join(dir, '.env')]) {
      expect(textOf(await read(raw, file))).toContain('not-a-real');
      expect(await blockedRule(read(cli, file))).toBe('path/credential-file');
      expect(await blockedRule(read(library, file))).toBe('path/credential-file');
    }
  });

  it('carries a file of several megabytes through unchanged', async () => {
    const digest = (text: string): string => createHash('sha256').update(text).digest('hex');
    const [rawText, cliText, libraryText] = (await Promise.all([raw, cli, library].map((c) => read(c, join(dir, 'big.txt'))))).map(textOf);
    expect(rawText!.length).toBeGreaterThan(3_000_000);
    expect(digest(cliText!)).toBe(digest(rawText!));
    expect(digest(libraryText!)).toBe(digest(rawText!));
  });

  it('answers many concurrent requests, each with its own result, with blocked ones interleaved', async () => {
    const calls = Array.from({ length: 200 }, (_, i) => {
      if (i % 10 === 9) return blockedRule(read(cli, `${dir}/sub/../.env`)).then((rule) => `blocked ${rule}`);
      return read(cli, join(dir, `file-${i % 50}.txt`)).then(textOf);
    });
    const results = await Promise.all(calls);
    results.forEach((result, i) => {
      expect(result).toBe(i % 10 === 9 ? 'blocked path/credential-file' : `contents of file ${i % 50}\n`);
    });
  });
});
