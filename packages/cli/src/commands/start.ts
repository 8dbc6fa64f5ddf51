import { resolve } from 'node:path';

import type { ParseArgsConfig } from 'node:util';

import { createGuard, type Guard, isVanguardError, VanguardError, VanguardErrorCode } from '@vanguard/core';
import { createStdioProxy, type VerdictEvent } from '@vanguard/stdio';

import { parseCommandArgs, requireValues, usageError } from './args.js';
import { configFor, guardOptionsFor, openAuditSink, profileFor } from './config.js';
import { readLockfile } from './pin.js';
import { knownServerRoots } from './known-servers.js';

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

const startOptions = {
  profile: { type: 'string' },
  config: { type: 'string' },
  audit: { type: 'string' },
  server: { type: 'string' },
  'server-id': { type: 'string' },
  lock: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

const takesValue = (arg: string): boolean => {
  if (!arg.startsWith('--') || arg.includes('=')) return false;
  const option = (startOptions as Record<string, { type: string }>)[arg.slice(2)];
  return option?.type === 'string';
};

export interface StartArgs {
  readonly profile: string | undefined;
  readonly config: string | undefined;
  readonly audit: string | undefined;
  readonly server: string | undefined;
  readonly serverId: string | undefined;
  readonly lock: string | undefined;
  readonly quiet: boolean;
  readonly help: boolean;
  readonly command: readonly string[];
}

/**
 * Options come first; the server command starts after `--` or at the first word that is not an
 * option of ours, so `vanguard start npx -y server` works as well as `vanguard start -- npx -y server`.
 * The options are parsed by `node:util` `parseArgs` in strict mode: an unknown flag is an error, and a
 * flag that takes a value never takes the next flag or `--` as it (`--audit -- node s.js` is an error).
 * Throws a usage error (`VG_ERR_USAGE`).
 */
export function parseStartArgs(argv: readonly string[]): StartArgs {
  let end = argv.length;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--' || !arg.startsWith('-') || arg === '-') {
      end = i;
      break;
    }
    if (takesValue(arg)) i++; // its value; parseArgs refuses it when it looks like a flag
  }
  const { values } = parseCommandArgs('start', { args: argv.slice(0, end), options: startOptions });
  requireValues(values);
  return {
    profile: values.profile,
    config: values.config,
    audit: values.audit,
    server: values.server,
    serverId: values['server-id'],
    lock: values.lock,
    quiet: values.quiet,
    help: values.help,
    command: argv[end] === '--' ? argv.slice(end + 1) : argv.slice(end),
  };
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
  if (quote) throw usageError(`--server: unterminated ${quote} quote`, { flag: 'server' });
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
  const args = parseStartArgs(argv);
  if (args.help) {
    process.stdout.write(startUsage);
    return 0;
  }
  if (args.server !== undefined && args.command.length) throw usageError('give the server command either with --server or after --, not both');
  const command = args.server !== undefined ? splitCommandLine(args.server) : args.command;
  if (!command.length) throw usageError('no server command (vanguard start [options] -- <server command> [args...])');

  const loaded = configFor(args.config, process.cwd());
  let options = guardOptionsFor(loaded, profileFor(args.profile, loaded));
  const known = options.safeZones ? undefined : knownServerRoots(command, process.cwd());
  if (known) options = { ...options, safeZones: { roots: [...known.roots] } };
  if (known && !args.quiet) process.stderr.write(`vanguard: safe zones from the ${known.server} server's arguments: ${known.roots.join(', ')}\n`);
  if (args.lock !== undefined) {
    const lock = readLockfile(resolve(args.lock));
    if (typeof lock === 'string') throw new VanguardError(VanguardErrorCode.ConfigRead, lock, { file: resolve(args.lock) });
    options = { ...options, pins: { lock } };
  }
  const sink = openAuditSink(args.audit, loaded);

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
