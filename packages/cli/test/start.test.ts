// `vanguard start`: argument parsing in process; config, audit and framing through the built binary.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseStartArgs, splitCommandLine } from '../src/commands/start.js';

const bin = fileURLToPath(new URL('../bin/vanguard.js', import.meta.url));
const fixture = fileURLToPath(new URL('../../../test/fixtures/poisoned-tools-server.mjs', import.meta.url));

let dir: string;
beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))) throw new Error('run npm run build before these tests');
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'vanguard-start-')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

function run(args: readonly string[], cwd = dir): Run {
  const child = spawn(process.execPath, [bin, 'start', ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin.on('error', () => undefined);
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

const init = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } };
const call = (id: number, name: string, args: unknown): unknown => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
const lines = (messages: readonly unknown[]): string => messages.map((m) => `${JSON.stringify(m)}\n`).join('');
const parsed = (stdout: string): Record<string, unknown>[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('parseStartArgs', () => {
  it('takes options up to -- and the server command after it', () => {
    expect(parseStartArgs(['--profile', 'strict', '--audit=a.jsonl', '--', 'node', 'server.js', '--profile', 'x'])).toMatchObject({
      profile: 'strict',
      audit: 'a.jsonl',
      command: ['node', 'server.js', '--profile', 'x'],
    });
  });

  it('starts the server command at the first word that is not an option', () => {
    expect(parseStartArgs(['--quiet', 'npx', '-y', '@scope/server', '.'])).toMatchObject({ quiet: true, command: ['npx', '-y', '@scope/server', '.'] });
  });

  it('never takes the next flag or the -- separator as a value', () => {
    expect(() => parseStartArgs(['--audit', '--', 'node', 'server.js'])).toThrow(/'--audit' argument is ambiguous/);
    expect(() => parseStartArgs(['--audit', '--profile', 'strict'])).toThrow(/'--audit' argument is ambiguous/);
    expect(parseStartArgs(['--audit=--odd-name.jsonl', '--', 'node'])).toMatchObject({ audit: '--odd-name.jsonl', command: ['node'] });
  });
});

describe('splitCommandLine', () => {
  it('splits like a shell without expanding anything', () => {
    expect(splitCommandLine(`npx -y "@modelcontextprotocol/server-filesystem" '/my docs' a\\ b "say \\"hi\\"" $HOME`)).toEqual([
      'npx',
      '-y',
      '@modelcontextprotocol/server-filesystem',
      '/my docs',
      'a b',
      'say "hi"',
      '$HOME',
    ]);
    expect(splitCommandLine(`  node  ''  `)).toEqual(['node', '']);
    expect(() => splitCommandLine('node "server.js')).toThrow(/unterminated " quote/);
  });
});

describe('vanguard start', () => {
  it('runs a server given with --server and keeps stdout to protocol bytes', async () => {
    const r = run(['--server', `"${process.execPath}" "${fixture}"`]);
    r.child.stdin.end(lines([init, call(1, 'echo', { text: 'via --server' })]));
    expect(await r.exit).toBe(0);
    const out = parsed(r.stdout());
    expect(out.map((m) => m['id'])).toEqual([0, 1]);
    expect(out[1]).toMatchObject({ result: { content: [{ text: 'via --server' }] } });
  });

  it('answers bad JSON with a parse error, skips blank lines and accepts CRLF', async () => {
    const r = run(['--', process.execPath, fixture]);
    r.child.stdin.end(`${JSON.stringify(init)}\r\n\r\n   \nnot json at all\n${JSON.stringify(call(2, 'add', { a: 1, b: 2 }))}\r\n`);
    expect(await r.exit).toBe(0);
    const out = parsed(r.stdout());
    expect(out).toHaveLength(3);
    expect(out.find((m) => !('id' in m))).toMatchObject({ error: { code: -32700, data: { rule: 'preflight/parse-error' } } });
    expect(out.find((m) => m['id'] === 2)).toMatchObject({ result: { content: [{ text: '3' }] } });
  });

  it('writes JSONL audit events with --audit, for both directions, including the block', async () => {
    const audit = join(dir, 'audit.jsonl');
    const r = run(['--audit', audit, '--server-id', 'fixture', '--', process.execPath, fixture]);
    r.child.stdin.end(lines([init, call(1, 'echo', { text: 'hello' }), { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'read_text_file', arguments: { path: '../../etc/passwd' } } }]));
    expect(await r.exit).toBe(0);
    const events = readFileSync(audit, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(events.every((e) => e['schema'] === 'vanguard.audit.v2' && e['server_id'] === 'fixture')).toBe(true);
    expect(new Set(events.map((e) => e['direction']))).toEqual(new Set(['client_to_server', 'server_to_client']));
    expect(events.find((e) => e['message_id'] === 2)).toMatchObject({ action: 'block', direction: 'client_to_server', tool: 'read_text_file' });
    expect(parsed(r.stdout()).find((m) => m['id'] === 2)).toMatchObject({ error: { code: -32010 } });
    expect(r.stderr()).toMatch(/vanguard: Blocked tools\/call read_text_file: .*\[host → server; answered the sender with an error\]/);
  });

  it('reads ./vanguard.yaml from the folder it runs in, and --profile wins over it', async () => {
    const folder = realpathSync(mkdtempSync(join(dir, 'project-')));
    writeFileSync(join(folder, 'vanguard.yaml'), 'profile: monitor\nrules:\n  overrides:\n    path/credential-file: off\n');
    const traversal = { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'echo', arguments: { text: 'x', path: '../../etc/passwd' } } };
    const monitored = run(['--', process.execPath, fixture], folder);
    monitored.child.stdin.end(lines([init, traversal]));
    expect(await monitored.exit).toBe(0);
    // Monitor forwards the would-be block: the server answers it (here, an echo that ignores the extra path).
    expect(parsed(monitored.stdout()).find((m) => m['id'] === 3)).toHaveProperty('result');
    expect(monitored.stderr()).toMatch(/Would have blocked/);

    const balanced = run(['--profile', 'balanced', '--', process.execPath, fixture], folder);
    balanced.child.stdin.end(lines([init, traversal]));
    expect(await balanced.exit).toBe(0);
    expect(parsed(balanced.stdout()).find((m) => m['id'] === 3)).toMatchObject({ error: { code: -32010 } });
  });

  it('names the file and every problem of an invalid config, and starts nothing', async () => {
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'profile: loud\nrules:\n  overides: {}\nlimits:\n  maxDepth: -1\n');
    const r = run(['--config', config, '--', process.execPath, '-e', 'require("fs").writeFileSync(process.argv[1], "started")', join(dir, 'marker')]);
    expect(await r.exit).toBe(2);
    expect(r.stderr()).toContain(`vanguard start: invalid config ${config}:`);
    expect(r.stderr()).toContain('- profile: unknown value (allowed: monitor, balanced, strict)');
    expect(r.stderr()).toContain('- rules.overides: unknown key (allowed: bundled, dirs, files, overrides)');
    expect(r.stderr()).toMatch(/- limits\.maxDepth: /);
    expect(r.stderr()).toContain('[VG_ERR_CONFIG_INVALID]');
    expect(existsSync(join(dir, 'marker'))).toBe(false);
    expect(r.stdout()).toBe('');
  });

  it('refuses an audit file it cannot open before starting the server', async () => {
    const audit = join(dir, 'no-such-folder', 'audit.jsonl');
    const r = run(['--audit', audit, '--', process.execPath, '-e', 'require("fs").writeFileSync(process.argv[1], "started")', join(dir, 'audit-marker')]);
    expect(await r.exit).toBe(2);
    expect(r.stderr()).toContain(`vanguard start: cannot open the audit file ${audit}: ENOENT`);
    expect(r.stderr()).toContain('[VG_ERR_CONFIG_READ]');
    expect(existsSync(join(dir, 'audit-marker'))).toBe(false);
  });

  it('reports YAML syntax errors and a missing server command as usage errors', async () => {
    const config = join(dir, 'syntax.yaml');
    writeFileSync(config, 'profile: [balanced\n');
    const bad = run(['--config', config, '--', 'node']);
    expect(await bad.exit).toBe(2);
    expect(bad.stderr()).toContain(`${config} is not valid YAML`);
    const empty = run([]);
    expect(await empty.exit).toBe(2);
    expect(empty.stderr()).toContain('no server command');
  });
});
