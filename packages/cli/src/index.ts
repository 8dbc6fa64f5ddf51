import { readFileSync } from 'node:fs';

import { isVanguardError, VanguardErrorCode } from '@vanguard/core';

import { runConfigureClaude } from './commands/configure-claude.js';
import { runGateway } from './commands/gateway.js';
import { runInit } from './commands/init.js';
import { runInspect } from './commands/inspect.js';
import { runRules } from './commands/rules.js';
import { runPin } from './commands/pin.js';
import { runStart } from './commands/start.js';
import { optimizeEarly } from './tier-up.js';

/** The version of this package, read from its package.json (the one place versions are set). */
export const version: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const usage = `vanguard - a policy engine that guards Model Context Protocol traffic

Usage:
  vanguard start [--profile P] [--config FILE] [--audit FILE] -- <server command...>
  vanguard start [--profile P] [--config FILE] [--audit FILE] --server "<server command>"
      Spawn a stdio MCP server and guard both directions of its traffic (vanguard start --help).
  vanguard gateway --listen HOST:PORT (--upstream URL | -- <server command...>) [--profile P] [--config FILE]
      HTTP gateway: Streamable HTTP at /mcp in front of a remote or spawned server (vanguard gateway --help).
  vanguard inspect [--profile P] [--config FILE] [--session file|line] [FILE|-]
      Inspect JSONL traffic offline; print one JSON verdict line per input line, in order.
  vanguard rules test <pack.yaml...>
      Check rule packs: schema, patterns, and every rule's own examples.
  vanguard init [--profile P] [--force] [FILE]
      Write a commented starter config (./vanguard.yaml) for the current folder.
  vanguard pin [--check] [--lock FILE] [--server-id ID] -- <server command...>   (or --upstream URL)
      Write (or with --check verify, exit 1 on drift) a lockfile of a server's initialize and tools.
  vanguard configure-claude [--config PATH] [--dry-run] [--undo]
      Make every stdio server of a Claude Desktop config run under vanguard start (with a backup).

Options:
  --profile P   monitor | balanced (default) | strict
  -h, --help    show this help
  --version     print the version
`;

/**
 * Runs the `vanguard` command; returns the process exit code. A usage or configuration mistake (a
 * Vanguard error with a stable code, such as an invalid rule pack) is one message on stderr and exit
 * code 2, not a stack.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (!isVanguardError(error)) throw error;
    const command = argv[0] && !argv[0].startsWith('-') ? ` ${argv[0]}` : '';
    const hint = error.code === VanguardErrorCode.Usage ? `\n(see vanguard${command} --help)` : '';
    process.stderr.write(`vanguard${command}: ${error.message} [${error.code}]${hint}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      optimizeEarly();
      return runStart(rest);
    case 'gateway':
      optimizeEarly();
      return runGateway(rest);
    case 'inspect':
      return runInspect(rest);
    case 'rules':
      return runRules(rest);
    case 'init':
      return runInit(rest);
    case 'pin':
      return runPin(rest);
    case 'configure-claude':
      return runConfigureClaude(rest);
    case '--version':
    case '-v':
      process.stdout.write(`${version}\n`);
      return 0;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(usage);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`vanguard: unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}
