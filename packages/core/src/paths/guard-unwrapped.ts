import { isRecord } from '../records.js';
import { writeTargetGroup } from './write-targets.js';

// An edit of an MCP client config that takes the guard off a server: the old text ran the server through a
// guard or proxy process (`"command": "vanguard", "args": ["proxy", "--", "npx", …]`), the new text runs it
// with no guard word at all, so every later call to that server goes unread. One call shows both texts (an
// edit tool's old and new strings); a config written whole holds no old text and is judged by what it runs
// (paths/mcp-client-config.ts). An edit that keeps the guard and changes its arguments passes.

/** The process that stands between the client and a server: this guard, or another guard, proxy or firewall. */
const guardWord = /\b(?:vanguard|guard|mcp-guard|proxy|firewall|shield)\b/i;
/** A server's command in a config's JSON text. */
const commandKey = /"command"\s*:\s*"/;

/** The old and new strings of an edit call: `edits: [{ oldText, newText }]` or one pair at the top level. */
function editPairs(args: Record<string, unknown>): [string, string][] {
  const pairs: [string, string][] = [];
  const pair = (r: Record<string, unknown>): void => {
    const before = r['oldText'] ?? r['old_text'] ?? r['old_string'] ?? r['old_str'];
    const after = r['newText'] ?? r['new_text'] ?? r['new_string'] ?? r['new_str'];
    if (typeof before === 'string' && typeof after === 'string') pairs.push([before, after]);
  };
  pair(args);
  const edits = args['edits'];
  if (Array.isArray(edits)) for (const e of edits.slice(0, 64)) if (isRecord(e)) pair(e);
  return pairs;
}

/** The old text of an MCP client config edit that ran a server through a guard the new text drops, or undefined. */
export function guardUnwrapped(args: unknown): string | undefined {
  if (!isRecord(args)) return undefined;
  const path = args['path'] ?? args['file_path'] ?? args['filePath'];
  if (typeof path !== 'string' || writeTargetGroup(path)?.content !== 'mcp-config') return undefined;
  for (const [before, after] of editPairs(args)) {
    if (commandKey.test(before) && guardWord.test(before) && commandKey.test(after) && !guardWord.test(after)) return before.slice(0, 120);
  }
  return undefined;
}
