import { setFlagsFromString } from 'node:v8';

/**
 * V8's interrupt budget for the long-running commands (`start`, `gateway`), unless the user gave one:
 * V8 optimizes a function after it has used this much budget; its default (about 144 KB of bytecode
 * executed) leaves the functions an inspection calls once per message unoptimized for the first
 * thousands of messages, which are most of a short agent session. With caches cold between messages, a
 * small request and its answer took 52 µs (median of pairs 500–2,000) with the default and 30 µs with this
 * budget (`node bench/tier-up.mjs`).
 */
export const interruptBudget = 16_384;

/** Sets {@link interruptBudget} unless `--interrupt-budget` was given to node or in NODE_OPTIONS. */
export function optimizeEarly(execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env['NODE_OPTIONS'] ?? ''): boolean {
  if (execArgv.some((a) => a.startsWith('--interrupt-budget')) || nodeOptions.includes('--interrupt-budget')) return false;
  setFlagsFromString(`--interrupt-budget=${interruptBudget}`);
  return true;
}
