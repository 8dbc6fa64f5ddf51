import { runInspect } from './commands/inspect.js';

const usage = `vanguard - a policy engine that guards Model Context Protocol traffic

Usage:
  vanguard inspect [--profile P] [--session file|line] [FILE|-]
      Inspect JSONL traffic offline; print one JSON verdict line per input line, in order.

Options:
  --profile P   monitor | balanced (default) | strict
  -h, --help    show this help
  --version     print the version
`;

/** Runs the `vanguard` command; returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'inspect':
      return runInspect(rest);
    case '--version':
    case '-v':
      process.stdout.write('0.1.0\n');
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
