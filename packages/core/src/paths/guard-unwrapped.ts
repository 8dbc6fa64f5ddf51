import { isRecord } from '../records.js';
import { jsoncEntries } from './jsonc-entries.js';
import { serverCommandLines } from './mcp-client-config.js';
import { writeTargetGroup } from './write-targets.js';

// An edit of an MCP client config that takes the guard off a server: the old text ran the server through a
// guard (`"command": "vanguard", "args": ["proxy", "--", "npx", …]`), the new text runs it with no guard word
// at all, so every later call to that server goes unread. One call shows both texts (an edit tool's old and
// new strings); a config written whole holds no old text and is judged by what it runs
// (paths/mcp-client-config.ts). A guard is this one (vanguard), or a guard, proxy or firewall launcher that
// wraps another server's command: its words are followed by `--` or by the program the new text runs bare
// (`mcp-guard --policy strict -- node db.js` -> `node db.js`). A server that is itself a package named for a
// proxy (`npx -y some-proxy`) wraps nothing: replacing it is ordinary. An edit that keeps the guard and changes
// its arguments passes.

/** This guard, by its name. */
const ownGuard = /\bvanguard\b/i;
/** A process that may stand between the client and a server: a guard, proxy or firewall. */
const guardWord = /\b(?:vanguard|guard|mcp-guard|proxy|firewall|shield)\b/i;
/** A server's command in a config's JSON text. */
const commandKey = /"command"\s*:\s*"/;

/** A command line's program, as a name (`/usr/bin/node` and `node.exe` are `node`; a line in one word is its first). */
const programOf = (word: string): string => (/^\s*"?([^\s"]*)/.exec(word)?.[1] ?? '').replace(/^.*[\\/]/, '').replace(/\.(?:exe|cmd|bat)$/i, '').toLowerCase();

/**
 * Whether a server's command line (words) runs through a guard: this one, or a guard word followed by `--` or
 * by one of `programs` (what the new text runs bare).
 */
function guarded(words: readonly string[], programs: ReadonlySet<string>): boolean {
  const at = words.findIndex((w) => guardWord.test(w));
  if (at < 0) return false;
  if (words.some((w) => ownGuard.test(w))) return true;
  for (let i = at + 1; i < words.length; i++) if (words[i] === '--' || programs.has(programOf(words[i]!))) return true;
  return false;
}

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
    if (!commandKey.test(before) || !guardWord.test(before) || !commandKey.test(after) || guardWord.test(after)) continue;
    const programs = new Set(serverCommandLines(jsoncEntries(after)).map((words) => programOf(words[0] ?? '')).filter((p) => p !== ''));
    if (serverCommandLines(jsoncEntries(before)).some((words) => guarded(words, programs))) return before.slice(0, 120);
  }
  return undefined;
}
