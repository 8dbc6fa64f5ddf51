import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';

import { parseCommandArgs, requireValues, usageError } from './args.js';
import { type CommandIo, findConfig, loadConfig, processIo, profileFor } from './config.js';
import { isRecord } from './json-shape.js';

export const configureClaudeUsage = `vanguard configure-claude [options]

Rewrites the mcpServers entries of a Claude Desktop config so that every stdio server runs under
vanguard start (its command moves after --, its env is kept). The entries run a stable command, not a
path that moves: npx with this exact version of @vanguard/cli (default), or a vanguard installed on PATH
(--launcher path); on Windows through cmd /c, which .cmd shims such as npx need. A vanguard.yaml in the
current folder (or --vanguard-config FILE) is checked and passed to every server, since Claude Desktop
starts them elsewhere. HTTP servers cannot be guarded by vanguard start and are reported; entries
already under vanguard are left alone. The original file is kept as a timestamped backup next to it;
every change is printed. Restart Claude Desktop to apply.

Options:
  --config PATH           the Claude Desktop config (default: the platform's claude_desktop_config.json)
  --dry-run               print what would change, write nothing
  --undo                  restore the original commands of servers wrapped by vanguard
  --profile P             pass --profile P to vanguard start (monitor | balanced | strict)
  --vanguard-config FILE  pass --config FILE to vanguard start (default: ./vanguard.yaml if present)
  --launcher npx|path     run vanguard with npx -y @vanguard/cli@VERSION (default) or as vanguard from PATH
`;

/** Where Claude Desktop keeps its config on each platform. */
export function defaultClaudeConfigPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Claude', 'claude_desktop_config.json');
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Claude', 'claude_desktop_config.json');
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Claude', 'claude_desktop_config.json');
}

/** The package and version the rewritten entries run through npx: this installation's own. */
export const cliPackage: string = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return `${pkg.name}@${pkg.version}`;
})();

/** How a rewritten entry starts vanguard: the command and the words before `start`. */
export interface Launcher {
  readonly command: string;
  readonly args: readonly string[];
}

/**
 * A command that keeps working: not this process's Node path (it moves with Node upgrades) nor an npx
 * cache path (it is cleared), but `npx -y @vanguard/cli@VERSION` or `vanguard` from PATH. Windows needs
 * `cmd /c` for both, since they are `.cmd` shims that Claude Desktop cannot spawn directly.
 */
export function launcherFor(kind: 'npx' | 'path', platform: NodeJS.Platform): Launcher {
  const words = kind === 'npx' ? ['npx', '-y', cliPackage] : ['vanguard'];
  return platform === 'win32' ? { command: 'cmd', args: ['/c', ...words] } : { command: words[0]!, args: words.slice(1) };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((a) => typeof a === 'string');

/** Whether an entry already runs under `vanguard start`, and if so the wrapped command. */
export function unwrapEntry(entry: Record<string, unknown>): { command: string; args: string[] } | undefined {
  const args = entry['args'];
  const command = entry['command'];
  if (typeof command !== 'string' || !isStrings(args)) return undefined;
  const dash = args.indexOf('--');
  if (dash === -1 || dash + 1 >= args.length) return undefined;
  const own = [command, ...args.slice(0, dash)];
  const runsVanguard = own.some((a) => /^vanguard(?:\.cmd|\.exe|\.js)?$/i.test(basename(a)) || /^@vanguard\/cli(?:@|$)/.test(a));
  if (!runsVanguard || !own.includes('start')) return undefined;
  return { command: args[dash + 1]!, args: args.slice(dash + 2) };
}

interface Change {
  readonly name: string;
  readonly status: 'wrapped' | 'unwrapped' | 'skipped';
  readonly note?: string;
  /** A skipped server that stays unguarded: said on stderr too. */
  readonly warning?: boolean;
  readonly before?: string;
  readonly after?: string;
}

const show = (command: string, args: readonly string[]): string =>
  [command, ...args].map((a) => (/^[\w@%+=:,./\\-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');

interface RewriteOptions {
  readonly undo: boolean;
  readonly startArgs: readonly string[];
  readonly launcher: Launcher;
}

/** Rewrites `mcpServers` in place; returns one change record per server. */
export function rewriteServers(servers: Record<string, unknown>, options: RewriteOptions): Change[] {
  const changes: Change[] = [];
  for (const [name, entry] of Object.entries(servers)) {
    if (!isRecord(entry)) {
      changes.push({ name, status: 'skipped', note: 'not an object; left unguarded', warning: true });
      continue;
    }
    const type = entry['type'];
    if (typeof entry['command'] !== 'string' || 'url' in entry || (typeof type === 'string' && type !== 'stdio')) {
      changes.push({ name, status: 'skipped', note: 'not a stdio server (vanguard start guards stdio servers); left unguarded', warning: true });
      continue;
    }
    const command = entry['command'];
    const args = entry['args'] === undefined ? [] : entry['args'];
    if (!isStrings(args)) {
      changes.push({ name, status: 'skipped', note: 'args is not a list of strings; left unguarded', warning: true });
      continue;
    }
    const wrapped = unwrapEntry(entry);
    if (options.undo) {
      if (!wrapped) {
        changes.push({ name, status: 'skipped', note: 'not running under vanguard' });
        continue;
      }
      entry['command'] = wrapped.command;
      if (wrapped.args.length) entry['args'] = wrapped.args;
      else delete entry['args'];
      changes.push({ name, status: 'unwrapped', before: show(command, args), after: show(wrapped.command, wrapped.args) });
      continue;
    }
    if (wrapped) {
      changes.push({ name, status: 'skipped', note: 'already runs under vanguard' });
      continue;
    }
    const next = [...options.launcher.args, 'start', '--server-id', name, ...options.startArgs, '--', command, ...args];
    entry['command'] = options.launcher.command;
    entry['args'] = next;
    changes.push({ name, status: 'wrapped', before: show(command, args), after: show(options.launcher.command, next) });
  }
  return changes;
}

const stamp = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/** `vanguard configure-claude`: returns the exit code. */
export function runConfigureClaude(argv: readonly string[], io: CommandIo = processIo, now: () => Date = () => new Date()): number {
  const parsed = parseCommandArgs('configure-claude', {
    args: [...argv],
    options: {
      config: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      undo: { type: 'boolean', default: false },
      profile: { type: 'string' },
      'vanguard-config': { type: 'string' },
      launcher: { type: 'string', default: 'npx' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  requireValues(parsed.values);
  const { values } = parsed;
  if (values.help) {
    io.stdout(configureClaudeUsage);
    return 0;
  }
  if (values.profile !== undefined) profileFor(values.profile, undefined);
  const launcher = values.launcher;
  if (launcher !== 'npx' && launcher !== 'path') throw usageError(`--launcher: "${launcher}" is not one of npx, path`, { flag: 'launcher', allowed: ['npx', 'path'] });
  // Claude Desktop starts servers in another folder: the project's config is passed by absolute path,
  // and checked now rather than when a server starts.
  const vanguardConfig = values.undo ? undefined : values['vanguard-config'] !== undefined ? resolve(io.cwd, values['vanguard-config']) : findConfig(io.cwd);
  if (vanguardConfig) loadConfig(vanguardConfig);
  const path = values.config ? resolve(io.cwd, values.config) : defaultClaudeConfigPath(io.platform, io.env);
  if (!existsSync(path)) {
    io.stderr(`vanguard configure-claude: no Claude Desktop config at ${path} (give its path with --config)\n`);
    return 1;
  }
  const text = readFileSync(path, 'utf8');
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    io.stderr(`vanguard configure-claude: ${path} is not valid JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const servers = isRecord(config) ? config['mcpServers'] : undefined;
  if (!isRecord(config) || !isRecord(servers) || Object.keys(servers).length === 0) {
    io.stdout(`${path} has no mcpServers entries; nothing to do.\n`);
    return 0;
  }
  const startArgs = [...(values.profile ? ['--profile', values.profile] : []), ...(vanguardConfig ? ['--config', vanguardConfig] : [])];
  const changes = rewriteServers(servers, { undo: values.undo, startArgs, launcher: launcherFor(launcher, io.platform) });

  for (const change of changes) if (change.warning) io.stderr(`vanguard configure-claude: warning: ${change.name}: ${change.note}\n`);
  const lines = [`Claude Desktop config: ${path}`];
  if (vanguardConfig) lines.push(`Vanguard config: ${vanguardConfig}`);
  for (const change of changes) {
    lines.push(`  ${change.name}: ${change.status}${change.note ? ` (${change.note})` : ''}`);
    if (change.before !== undefined) lines.push(`    before: ${change.before}`, `    after:  ${change.after}`);
  }
  const changed = changes.filter((c) => c.status !== 'skipped').length;
  if (changed === 0) {
    lines.push('Nothing to change.');
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  }
  if (values['dry-run']) {
    lines.push(`Dry run: ${changed} server(s) would change; nothing was written.`);
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  }
  const backup = `${path}.vanguard-backup-${stamp(now())}`;
  try {
    copyFileSync(path, backup);
    const temp = `${path}.vanguard-tmp-${process.pid}`;
    writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`, 'utf8');
    renameSync(temp, path);
  } catch (error) {
    io.stderr(`vanguard configure-claude: cannot write ${path}: ${(error as Error).message}\n`);
    return 1;
  }
  lines.push(`Updated ${changed} server(s). Backup of the original: ${backup}`, 'Restart Claude Desktop to apply.');
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
