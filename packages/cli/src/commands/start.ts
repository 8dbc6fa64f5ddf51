import { resolve } from 'node:path';

import { createGuard, type Guard, type GuardOptions, isVanguardError } from '@vanguard/core';
import { createJsonlFileSink, type JsonlFileSink } from '@vanguard/core/node';
import { createStdioProxy, type VerdictEvent } from '@vanguard/stdio';

import { readLockfile } from './pin.js';
import { auditFileOf, ConfigError, findConfig, guardOptionsFor, type LoadedConfig, loadConfig, ProfileSchema } from './config.js';

export const startUsage = `vanguard start [options] -- <server command> [args...]
vanguard start [options] --server "<server command line>"

Spawns an MCP server and guards its stdio: the agent host talks to vanguard exactly as it would to
the server, and every message in both directions is inspected. Blocked requests are answered with a
JSON-RPC error; the server never sees them. The server's stderr passes through; vanguard's own
messages go to stderr too, so stdout carries only protocol bytes. Exits with the server's exit code.

Options:
  --profile P       monitor | balanced (default) | strict
  --config FILE     config file (default: ./vanguard.yaml if present; see vanguard init)
  --audit FILE      append JSONL audit events to FILE
  --server CMD      the server command line as one string (quotes group words; no shell expansion)
  --server-id NAME  name of the server in audit events and guard state (default: default)
  --lock FILE       check the server against its entry in a lockfile written by vanguard pin
  --quiet           do not log blocked or flagged messages on stderr
  -h, --help        show this help
`;

interface StartArgs {
  profile?: string;
  config?: string;
  audit?: string;
  server?: string;
  serverId?: string;
  lock?: string;
  quiet: boolean;
  help: boolean;
  command: string[];
}

const valued: Readonly<Record<string, 'profile' | 'config' | 'audit' | 'server' | 'serverId' | 'lock'>> = {
  '--profile': 'profile',
  '--config': 'config',
  '--audit': 'audit',
  '--server': 'server',
  '--server-id': 'serverId',
  '--lock': 'lock',
};

class UsageError extends Error {}

/**
 * Options come first; the server command starts after `--` or at the first word that is not an
 * option of ours, so `vanguard start npx -y server` works as well as `vanguard start -- npx -y server`.
 */
export function parseStartArgs(argv: readonly string[]): StartArgs {
  const out: StartArgs = { quiet: false, help: false, command: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.command = argv.slice(i + 1);
      break;
    }
    if (arg === '-h' || arg === '--help') {
      out.help = true;
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      out.quiet = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const key = valued[name];
    if (key) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      out[key] = value;
      continue;
    }
    if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} (put the server command after --)`);
    out.command = argv.slice(i);
    break;
  }
  return out;
}

/**
 * Splits a command line into words like a POSIX shell would, without expanding anything: single quotes
 * keep everything literally, double quotes allow `\"` and `\\`, a backslash outside quotes escapes the
 * next character.
 */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) word += line[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new UsageError(`unterminated ${quote} quote in --server`);
  if (inWord) words.push(word);
  return words;
}

const verdictLog = (event: VerdictEvent): string | undefined => {
  const { verdict, outcome, from } = event;
  if (verdict.action === 'allow') return undefined;
  const direction = from === 'client' ? 'host → server' : 'server → host';
  const what =
    outcome === 'answered' ? 'answered the sender with an error'
    : outcome === 'replaced' ? (verdict.removedTools ? 'forwarded the filtered list' : 'replaced it with an error')
    : outcome === 'dropped' ? 'dropped it'
    : 'forwarded it';
  return `${verdict.explain.summary} [${direction}; ${what}]`;
};

/** `vanguard start`: returns the exit code (the server's, or 2 for a usage or config error). */
export async function runStart(argv: readonly string[]): Promise<number> {
  const fail = (message: string, code = 2): number => {
    process.stderr.write(`vanguard start: ${message}\n`);
    return code;
  };
  let args: StartArgs;
  let command: string[];
  try {
    args = parseStartArgs(argv);
    if (args.help) {
      process.stdout.write(startUsage);
      return 0;
    }
    if (args.server !== undefined && args.command.length) throw new UsageError('give the server command either with --server or after --, not both');
    command = args.server !== undefined ? splitCommandLine(args.server) : args.command;
    if (!command.length) throw new UsageError('no server command (vanguard start [options] -- <server command> [args...])');
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${startUsage}`);
    throw error;
  }

  let loaded: LoadedConfig | undefined;
  let options: GuardOptions;
  let sink: JsonlFileSink | undefined;
  try {
    const configPath = args.config ?? findConfig(process.cwd());
    loaded = configPath ? loadConfig(configPath) : undefined;
    const profile = args.profile ?? loaded?.config.profile ?? 'balanced';
    const checked = ProfileSchema.safeParse(profile);
    if (!checked.success) return fail(`unknown profile "${profile}" (monitor, balanced or strict)`);
    options = guardOptionsFor(loaded, checked.data);
    if (args.lock !== undefined) {
      const lock = readLockfile(resolve(args.lock));
      if (typeof lock === 'string') return fail(lock);
      options = { ...options, pins: { lock } };
    }
    const auditFile = args.audit ? resolve(args.audit) : auditFileOf(loaded);
    if (auditFile) sink = createJsonlFileSink(auditFile);
  } catch (error) {
    await sink?.close();
    if (error instanceof ConfigError) return fail(error.message);
    if ((error as NodeJS.ErrnoException).code) return fail((error as Error).message);
    throw error;
  }

  // The server starts while the guard compiles its rules; messages wait in the pipes until it is ready.
  let guardError: unknown;
  const guard = new Promise<Guard>((resolveGuard, reject) => {
    setImmediate(() => {
      try {
        resolveGuard(createGuard({ ...options, ...(sink ? { audit: sink } : {}) }));
      } catch (error) {
        guardError = error;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
  const [program, ...programArgs] = command as [string, ...string[]];
  const quiet = args.quiet;
  const proxy = createStdioProxy({
    command: program,
    args: programArgs,
    guard,
    ...(args.serverId ? { serverId: args.serverId } : {}),
    ...(loaded?.config.limits?.maxMessageBytes ? { maxMessageBytes: loaded.config.limits.maxMessageBytes } : {}),
    ...(loaded?.config.stdio?.maxBufferedBytes ? { maxBufferedBytes: loaded.config.stdio.maxBufferedBytes } : {}),
    ...(loaded?.config.stdio?.shutdownTimeoutMs ? { shutdownTimeoutMs: loaded.config.stdio.shutdownTimeoutMs } : {}),
    log: (message) => void process.stderr.write(`vanguard: ${message}\n`),
    onVerdict: (event) => {
      if (quiet) return;
      const text = verdictLog(event);
      if (text) process.stderr.write(`vanguard: ${text}\n`);
    },
  });
  guard.catch((error: unknown) => {
    process.stderr.write(`vanguard start: ${isVanguardError(error) ? error.message : String((error as Error)?.stack ?? error)}\n`);
    proxy.kill('SIGKILL');
  });

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    if (signals === 1) void proxy.close();
    else {
      process.stderr.write(`vanguard: ${signal} again; killing the MCP server\n`);
      proxy.kill('SIGKILL');
    }
  };
  const handled: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of handled) process.on(signal, onSignal);
  try {
    const exit = await proxy.exited;
    return guardError === undefined ? exit.exitCode : 2;
  } finally {
    for (const signal of handled) process.off(signal, onSignal);
    await sink?.close();
    // Nothing more will be read from the host; let the process exit even if its stdin stays open.
    process.stdin.destroy();
  }
}
