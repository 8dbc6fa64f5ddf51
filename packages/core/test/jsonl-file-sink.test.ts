import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { type AuditEvent, createGuard } from '@vanguard/core';
import { createJsonlFileSink } from '@vanguard/core/node';

const dir = mkdtempSync(join(tmpdir(), 'vanguard-sink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const traversal = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'read', arguments: { path: '../../etc/passwd' } } };

describe('createJsonlFileSink', () => {
  it.skipIf(process.platform === 'win32')('creates the audit file readable and writable by its owner only', async () => {
    const file = join(dir, 'audit.jsonl');
    const sink = createJsonlFileSink(file);
    await createGuard({ audit: sink }).inspect(traversal, { from: 'client' });
    await sink.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const events = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AuditEvent);
    expect(events.map((e) => e.action)).toEqual(['block']);
  });

  it('appends to an existing file and leaves its permissions alone', async () => {
    const file = join(dir, 'shared.jsonl');
    writeFileSync(file, '{"earlier":true}\n', { mode: 0o640 });
    const sink = createJsonlFileSink(file);
    await createGuard({ audit: sink }).inspect(traversal, { from: 'client' });
    await sink.close();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('{"earlier":true}');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});

describe('createJsonlFileSink on a path it cannot write', () => {
  it('throws when it is created, instead of losing every event later', () => {
    expect(() => createJsonlFileSink(join(dir, 'missing-folder', 'audit.jsonl'))).toThrow(/ENOENT/);
  });
});
