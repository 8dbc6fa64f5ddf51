import { existsSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';

import { LimitsSchema, type ProfileName } from '@vanguard/core';
import { defaultMaxBufferedBytes, defaultShutdownTimeoutMs } from '@vanguard/stdio';

import { parseCommandArgs, requireValues, usageError } from './args.js';
import { type CommandIo, parseConfig, processIo, profileFor } from './config.js';

export const initUsage = `vanguard init [--profile P] [--force] [FILE]

Writes a commented starter config (default ./vanguard.yaml, which vanguard start picks up from the
folder it runs in). Refuses to overwrite an existing file unless --force is given.
`;

const limitNotes: Readonly<Record<string, string>> = {
  maxMessageBytes: 'largest message, in bytes (the stdio proxy never holds a longer line in memory)',
  maxDepth: 'deepest nesting of objects and arrays',
  maxStringLength: 'longest single string, in UTF-16 code units',
  maxArrayLength: 'longest array',
  maxObjectKeys: 'most keys in one object',
  maxNodes: 'most objects, arrays and values in one message',
  maxDecodeRounds: 'rounds of percent / entity / escape decoding when normalizing values',
  maxFindingsPerRule: 'findings one rule keeps per message; further matches are counted (data.unreported)',
};

/** The starter config text; it is valid as written (a test loads it). */
export function starterConfig(folder: string, profile: ProfileName): string {
  const limits = LimitsSchema.parse({});
  const limitLines = Object.entries(limits).map(([key, value]) => `  # ${key}: ${value}${limitNotes[key] ? `  # ${limitNotes[key]}` : ''}`);
  return `# Vanguard configuration for ${folder}
# Written by \`vanguard init\`. \`vanguard start\` reads ./vanguard.yaml from the folder it runs in, or
# the file given with --config. Every key is optional: delete what you do not need. Relative paths
# are resolved against the folder of this file. Unknown keys are errors (they are usually typos).

# monitor   audit only: would-be blocks are logged as shadow-block and traffic flows (tune here first)
# balanced  the default: blocks what the rules are sure of, warns on the rest, fails closed
# strict    production hardening: review becomes block, a poisoned tools/list answer is dropped whole
# (vanguard start --profile wins over this.)
profile: ${profile}

rules:
  # Load the rule packs shipped with Vanguard.
  bundled: true
  # Folders of your own rule packs (every *.yaml in them), and single pack files.
  dirs: []
  files: []
  # Per rule id (e.g. path/traversal) or family (e.g. path): the action to request instead of the
  # rule's own - allow, warn, review, shadow-block, block - or off. Blocked messages name their rule.
  overrides: {}
  #   path/traversal: warn
  #   unicode/zero-width: off

# Size and shape limits of one message; anything over a limit is blocked. The defaults are shown.
limits:
${limitLines.join('\n')}

stdio:
  # Back-pressure: bytes of complete messages read ahead, per direction, before vanguard stops reading.
  # maxBufferedBytes: ${defaultMaxBufferedBytes}
  # After the host disconnects: time for the server to exit once its input closes, then after SIGTERM.
  # shutdownTimeoutMs: ${defaultShutdownTimeoutMs}

audit:
  # Append one JSON line per verdict here (vanguard start --audit wins over it).
  # file: vanguard-audit.jsonl
  # Record allowed messages too, not only warnings and blocks.
  allowed: true

# Safe zones: the folders path arguments of tool calls may reach (off while no roots are given).
# Relative roots are resolved against the folder of this file. A path outside them gets \`action\`.
# safeZones:
#   roots: [./src, ./docs]
#   tools:                     # a tool's own roots replace \`roots\` for that tool
#     write_file: [./out]
#   action: block              # warn | review | block

# Scopes: other overrides, safe zones and limits for the servers, tools or callers a scope matches.
# scopes:
#   - match: { server: filesystem, tool: [write_file, edit_file] }
#     overrides: { path/traversal: block }
#     safeZones: { roots: [./out], action: block }
#     limits: { maxMessageBytes: 1048576 }
`;
}

/** `vanguard init`: returns the exit code. */
export function runInit(argv: readonly string[], io: CommandIo = processIo): number {
  const parsed = parseCommandArgs('init', {
    args: [...argv],
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      force: { type: 'boolean', short: 'f', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  requireValues(parsed.values);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(initUsage);
    return 0;
  }
  const profile = profileFor(values.profile, undefined);
  if (positionals.length > 1) throw usageError('give at most one FILE');
  const file = resolve(io.cwd, positionals[0] ?? 'vanguard.yaml');
  if (existsSync(file) && !values.force) {
    io.stderr(`vanguard init: ${file} already exists (use --force to overwrite it)\n`);
    return 1;
  }
  const text = starterConfig(basename(io.cwd) || io.cwd, profile);
  parseConfig(text, file);
  try {
    writeFileSync(file, text, 'utf8');
  } catch (error) {
    io.stderr(`vanguard init: cannot write ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const shown = relative(io.cwd, file) || file;
  const flag = shown === 'vanguard.yaml' ? '' : ` --config ${shown}`;
  io.stdout(`Wrote ${shown} (profile ${profile}).\nNext: vanguard start${flag} -- <server command...>\n`);
  return 0;
}
