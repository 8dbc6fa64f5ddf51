import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * `parseArgs` for one command. A usage error (unknown flag, missing value) is written to `stderr` as
 * `vanguard <command>: <problem>`, followed by the usage text when one is given, and undefined is
 * returned: the command then exits with code 2.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  config: T,
  stderr: (text: string) => void,
  usage = '',
): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    stderr(`vanguard ${command}: ${(error as Error).message}\n${usage ? `\n${usage}` : ''}`);
    return undefined;
  }
}
