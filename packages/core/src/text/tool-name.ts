import { canonicalize } from './normalize.js';

/**
 * A tool name as scopes and policies compare it: NFKC, invisible characters removed, lookalikes folded,
 * lower case, so `Delete_File`, `delete\u200b_file` and `dеlete_file` (Cyrillic е) are one name.
 */
export function normalizeToolName(name: string): string {
  return canonicalize(name, { maxDecodeRounds: 1 }).text.trim();
}
