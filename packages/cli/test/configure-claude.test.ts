import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { CommandIo } from '../src/commands/config.js';
import { defaultClaudeConfigPath, runConfigureClaude, vanguardBin } from '../src/commands/configure-claude.js';

const require = createRequire(import.meta.url);
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
  it('wraps every stdio server in vanguard start, keeps env and other settings, and backs the file up', () => {
    const original = readFileSync(configPath, 'utf8');
    expect(runConfigureClaude(['--config', configPath, '--profile', 'strict'], io, now)).toBe(0);
    const servers = readServers();
    expect(servers['filesystem']).toEqual({
      command: process.execPath,
      args: [vanguardBin, 'start', '--server-id', 'filesystem', '--profile', 'strict', '--', process.execPath, filesystemServer, dir],
      env: { DEBUG: '0' },
    });
    expect(servers['bare']!.args).toEqual([vanguardBin, 'start', '--server-id', 'bare', '--profile', 'strict', '--', 'uvx']);
    expect(servers['remote']).toEqual({ type: 'http', url: 'https://mcp.example.com/mcp' });
    expect((JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>)['globalShortcut']).toBe('Ctrl+Space');
    const backup = `${configPath}.vanguard-backup-20260901-102030`;
    expect(readFileSync(backup, 'utf8')).toBe(original);
    expect(out).toContain('  filesystem: wrapped\n    before: ');
    expect(out).toContain('  remote: skipped (not a stdio server)');
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
    expect(runConfigureClaude(['--config', configPath, '--vanguard-config', 'vanguard.yaml'], io, now)).toBe(0);
    expect(readServers()['filesystem']!.args).toContain(join(dir, 'vanguard.yaml'));
    expect(runConfigureClaude(['--config', configPath, '--undo'], io, () => new Date('2026-09-01T10:20:31.000Z'))).toBe(0);
    expect(readServers()).toEqual(before);
    expect(out).toContain('filesystem: unwrapped');
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
    expect(runConfigureClaude(['--config', configPath], io, now)).toBe(0);
    const entry = readServers()['filesystem']!;
    expect(existsSync(vanguardBin)).toBe(true);
    const client = new Client({ name: 'claude-desktop-stand-in', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: entry.command, args: entry.args!, env: entry.env!, stderr: 'pipe' }));
    try {
      const result = await client.callTool({ name: 'read_text_file', arguments: { path: join(dir, 'hello.txt') } });
      expect(result).toMatchObject({ content: [{ type: 'text', text: 'hello from claude\n' }] });
      const blocked = await client.callTool({ name: 'read_text_file', arguments: { path: `${dir}/x/../hello.txt` } }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(blocked).toBeInstanceOf(McpError);
      expect((blocked as McpError).data).toMatchObject({ rule: 'path/traversal' });
    } finally {
      await client.close();
    }
  });
});
