import { parseArgs, type ParseArgsConfig } from 'node:util';

import { VanguardError, VanguardErrorCode } from '@vanguard/core';

/**
 * A mistake on the command line (`VG_ERR_USAGE`): `vanguard` prints it as `vanguard <command>: <problem>`
 * with a pointer to the command's `--help`, and exits with code 2.
 */
export const usageError = (message: string, data: Record<string, unknown> = {}): VanguardError => new VanguardError(VanguardErrorCode.Usage, message, data);

/**
 * `node:util` `parseArgs` in strict mode for one command: an unknown flag, a missing value, or a value
 * that looks like a flag (`--audit --profile strict`) throws a usage error instead of being guessed at.
 */
export function parseCommandArgs<T extends ParseArgsConfig & { readonly strict?: true }>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw usageError((error as Error).message.replace(/\n/g, ' '), { command });
  }
}

/** Refuses an empty value (`--config=`): no flag of ours means anything with it. */
export function requireValues(values: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === '') throw usageError(`--${name} needs a value`, { flag: name });
  }
}
