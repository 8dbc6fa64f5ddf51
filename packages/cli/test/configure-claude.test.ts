import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CommandIo } from '../src/commands/config.js';
import { isVanguardError } from '@vanguard/core';

import { cliPackage, defaultClaudeConfigPath, runConfigureClaude } from '../src/commands/configure-claude.js';

const require = createRequire(import.meta.url);
const workspaceBin = fileURLToPath(new URL('../../../node_modules/.bin', import.meta.url));
const filesystemServer = join(dirname(require.resolve('@modelcontextprotocol/server-filesystem/package.json')), 'dist', 'index.js');

let dir: string;
let out: string;
let err: string;
let io: CommandIo;
let configPath: string;
const now = (): Date => new Date('2026-09-01T10:20:30.000Z');

type Entry = { command: string; args?: string[]; env?: Record<string, string>; url?: string; type?: string };
const readServers = (): Record<string, Entry> => (JSON.parse(readFileSync(configPath, 'utf8')) as { mcpServers: Record<string, Entry> }).mcpServers;

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'vanguard-claude-')));
  out = '';
  err = '';
  io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {}, platform: 'linux' };
  configPath = join(dir, 'claude_desktop_config.json');
  writeFileSync(
    configPath,
    JSON.stringify(
      {
        globalShortcut: 'Ctrl+Space',
        mcpServers: {
          filesystem: { command: process.execPath, args: [filesystemServer, dir], env: { DEBUG: '0' } },
          remote: { type: 'http', url: 'https://mcp.example.com/mcp' },
          bare: { command: 'uvx' },
        },
      },
      null,
      2,
    ),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('vanguard configure-claude', () => {
  it('wraps every stdio server in vanguard start with a stable command, keeps env and other settings, and backs the file up', () => {
    const original = readFileSync(configPath, 'utf8');
    expect(runConfigureClaude(['--config', configPath, '--profile', 'strict'], io, now)).toBe(0);
    const servers = readServers();
    expect(cliPackage).toMatch(/^@vanguard\/cli@\d+\.\d+\.\d+/);
    expect(servers['filesystem']).toEqual({
      command: 'npx',
      args: ['-y', cliPackage, 'start', '--server-id', 'filesystem', '--profile', 'strict', '--', process.execPath, filesystemServer, dir],
      env: { DEBUG: '0' },
    });
    expect(servers['bare']).toEqual({ command: 'npx', args: ['-y', cliPackage, 'start', '--server-id', 'bare', '--profile', 'strict', '--', 'uvx'] });
    expect(servers['remote']).toEqual({ type: 'http', url: 'https://mcp.example.com/mcp' });
    expect((JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>)['globalShortcut']).toBe('Ctrl+Space');
    const backup = `${configPath}.vanguard-backup-20260901-102030`;
    expect(readFileSync(backup, 'utf8')).toBe(original);
    expect(out).toContain('  filesystem: wrapped\n    before: ');
    expect(out).toContain('  remote: skipped (not a stdio server (vanguard start guards stdio servers); left unguarded)');
    expect(err).toBe('vanguard configure-claude: warning: remote: not a stdio server (vanguard start guards stdio servers); left unguarded\n');
    expect(out).toContain(`Updated 2 server(s). Backup of the original: ${backup}`);
    expect(readdirSync(dir).filter((f) => f.includes('vanguard-tmp'))).toEqual([]);
  });

  it('changes nothing on a dry run, and nothing on a second run', () => {
    const original = readFileSync(configPath, 'utf8');
    expect(runConfigureClaude(['--config', configPath, '--dry-run'], io, now)).toBe(0);
    expect(readFileSync(configPath, 'utf8')).toBe(original);
    expect(out).toContain('Dry run: 2 server(s) would change; nothing was written.');
    expect(readdirSync(dir).some((f) => f.includes('backup'))).toBe(false);

    expect(runConfigureClaude(['--config', configPath], io, now)).toBe(0);
    const wrapped = readFileSync(configPath, 'utf8');
    out = '';
    expect(runConfigureClaude(['--config', configPath], io, now)).toBe(0);
    expect(readFileSync(configPath, 'utf8')).toBe(wrapped);
    expect(out).toContain('filesystem: skipped (already runs under vanguard)');
    expect(out).toContain('Nothing to change.');
  });

  it('restores the original commands with --undo', () => {
    const before = readServers();
    writeFileSync(join(dir, 'guard.yaml'), 'profile: monitor\n');
    expect(runConfigureClaude(['--config', configPath, '--vanguard-config', 'guard.yaml'], io, now)).toBe(0);
    expect(readServers()['filesystem']!.args).toContain(join(dir, 'guard.yaml'));
    expect(runConfigureClaude(['--config', configPath, '--undo'], io, () => new Date('2026-09-01T10:20:31.000Z'))).toBe(0);
    expect(readServers()).toEqual(before);
    expect(out).toContain('filesystem: unwrapped');
  });

  it('runs cmd /c on Windows, or a vanguard from PATH when asked', () => {
    expect(runConfigureClaude(['--config', configPath, '--dry-run'], { ...io, platform: 'win32' }, now)).toBe(0);
    expect(out).toContain(`after:  cmd /c npx -y ${cliPackage} start --server-id bare -- uvx`);
    out = '';
    expect(runConfigureClaude(['--config', configPath, '--launcher', 'path'], io, now)).toBe(0);
    expect(readServers()['bare']).toEqual({ command: 'vanguard', args: ['start', '--server-id', 'bare', '--', 'uvx'] });
    expect(runConfigureClaude(['--config', configPath, '--undo'], io, () => new Date('2026-09-01T10:20:31.000Z'))).toBe(0);
    expect(readServers()['bare']).toEqual({ command: 'uvx' });
  });

  it('passes the vanguard.yaml of the current folder to every server, and refuses an invalid one', () => {
    writeFileSync(join(dir, 'vanguard.yaml'), 'profile: strict\n');
    expect(runConfigureClaude(['--config', configPath], io, now)).toBe(0);
    expect(out).toContain(`Vanguard config: ${join(dir, 'vanguard.yaml')}`);
    expect(readServers()['bare']!.args).toEqual(['-y', cliPackage, 'start', '--server-id', 'bare', '--config', join(dir, 'vanguard.yaml'), '--', 'uvx']);

    writeFileSync(join(dir, 'vanguard.yaml'), 'profile: loud\n');
    expect(runConfigureClaude(['--config', configPath, '--undo'], io, () => new Date('2026-09-01T10:20:31.000Z'))).toBe(0);
    const unwrapped = readFileSync(configPath, 'utf8');
    let thrown: unknown;
    try {
      runConfigureClaude(['--config', configPath], io, now);
    } catch (error) {
      thrown = error;
    }
    expect(isVanguardError(thrown) && thrown.code).toBe('VG_ERR_CONFIG_INVALID');
    expect(readFileSync(configPath, 'utf8')).toBe(unwrapped);
  });

  it('unwraps entries written by earlier versions (node and the bin by absolute path)', () => {
    writeFileSync(configPath, JSON.stringify({ mcpServers: { old: { command: '/usr/bin/node', args: ['/x/lib/node_modules/@vanguard/cli/bin/vanguard.js', 'start', '--server-id', 'old', '--', 'uvx', 'pkg'] } } }));
    expect(runConfigureClaude(['--config', configPath, '--undo'], io, now)).toBe(0);
    expect(readServers()['old']).toEqual({ command: 'uvx', args: ['pkg'] });
  });

  it('explains a missing or broken config file', () => {
    expect(runConfigureClaude(['--config', join(dir, 'nope.json')], io, now)).toBe(1);
    expect(err).toContain(`no Claude Desktop config at ${join(dir, 'nope.json')} (give its path with --config)`);
    writeFileSync(configPath, '{ "mcpServers": ');
    expect(runConfigureClaude(['--config', configPath], io, now)).toBe(1);
    expect(err).toContain('is not valid JSON');
  });

  it('knows where Claude Desktop keeps its config on each platform', () => {
    expect(defaultClaudeConfigPath('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Claude/claude_desktop_config.json');
    expect(defaultClaudeConfigPath('linux', {}, '/home/ann')).toBe('/home/ann/.config/Claude/claude_desktop_config.json');
    expect(defaultClaudeConfigPath('win32', { APPDATA: 'C:/Users/ann/AppData/Roaming' }, 'C:/Users/ann')).toMatch(/Roaming.Claude.claude_desktop_config\.json$/);
  });

  it('produces entries that really run the server under vanguard', async () => {
    writeFileSync(join(dir, 'hello.txt'), 'hello from claude\n');
    // The workspace's vanguard on PATH stands in for a global install (npx would fetch the published one).
    expect(runConfigureClaude(['--config', configPath, '--launcher', 'path'], io, now)).toBe(0);
    const entry = readServers()['filesystem']!;
    expect(existsSync(join(workspaceBin, 'vanguard'))).toBe(true);
    const client = new Client({ name: 'claude-desktop-stand-in', version: '1.0.0' });
    const env = { ...entry.env!, PATH: `${workspaceBin}${delimiter}${process.env['PATH'] ?? ''}` };
    await client.connect(new StdioClientTransport({ command: entry.command, args: entry.args!, env, stderr: 'pipe' }));
    try {
      const result = await client.callTool({ name: 'read_text_file', arguments: { path: join(dir, 'hello.txt') } });
      expect(result).toMatchObject({ content: [{ type: 'text', text: 'hello from claude\n' }] });
      // A '..' that stays inside the served folder is fine (vanguard start takes the folder as a safe zone);
      // one that leaves it is not.
      const inside = await client.callTool({ name: 'read_text_file', arguments: { path: `${dir}/x/../hello.txt` } });
      expect(inside).toMatchObject({ content: [{ type: 'text', text: 'hello from claude\n' }] });
      const blocked = await client.callTool({ name: 'read_text_file', arguments: { path: `${dir}/../../../home/x/.ssh/id_rsa` } }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(blocked).toBeInstanceOf(McpError);
      expect((blocked as McpError).data).toMatchObject({ rule: expect.stringMatching(/^(?:path|safe-zone)\//) as unknown });
    } finally {
      await client.close();
    }
  });
});
