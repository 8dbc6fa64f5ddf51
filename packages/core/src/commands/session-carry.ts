import type { JsonValue } from '../types.js';
import type { LineCarry } from './analyze.js';

// What a session's earlier calls left in its workspace for later ones (analyze.ts's LineCarry, kept in the
// session's state): a coding agent's shell calls run one after another in one folder, so a file one call
// downloads and the next runs, or a credential one call copies and the next sends, is one line split in two.

/** At most this many files or remotes of each kind are kept (the newest), and this many scripts of at most this much text (a session's state may live in Redis). */
const maxEntries = 24;
const maxScripts = 8;
const maxScript = 4096;

const newest = <T extends readonly [string, unknown]>(before: readonly T[], after: readonly T[], most = maxEntries): T[] => {
  const byName = new Map<string, T>();
  for (const e of [...before, ...after]) {
    byName.delete(e[0]);
    byName.set(e[0], e);
  }
  return [...byName.values()].slice(-most);
};
const newestNames = (before: readonly string[], after: readonly string[]): string[] => [...new Set([...before, ...after].reverse())].reverse().slice(-maxEntries);

/** The session's carry once `after` happened after `before`. */
export function mergeCarry(before: LineCarry | undefined, after: LineCarry): LineCarry {
  if (before === undefined) return after;
  return {
    downloaded: newestNames(before.downloaded, after.downloaded),
    decoded: newestNames(before.decoded, after.decoded),
    held: newest(before.held, after.held),
    scripts: newest(before.scripts, after.scripts, maxScripts),
    remotes: newest(before.remotes, after.remotes),
  };
}

/** A carry of one script a file tool wrote at `path` (read when a later line runs it or makes it a hook). */
export function writtenScriptCarry(path: string, text: string): LineCarry | undefined {
  if (text.length > maxScript) return undefined;
  const key = path.startsWith('./') ? path.slice(2) : path;
  return { downloaded: [], decoded: [], held: [], scripts: [[key, text]], remotes: [] };
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Whether `text` names something the carry holds (a file by its last name, a remote by its name): only then is it read again with it. */
export function namesCarried(carry: LineCarry, text: string): boolean {
  for (const f of carry.downloaded) if (text.includes(baseName(f))) return true;
  for (const f of carry.decoded) if (text.includes(baseName(f))) return true;
  for (const [f] of carry.held) if (text.includes(baseName(f))) return true;
  // A script by its name, or by its folder (a hooks path names the folder).
  for (const [f] of carry.scripts) if (text.includes(baseName(f)) || (f.includes('/') && text.includes(f.slice(0, f.lastIndexOf('/'))))) return true;
  for (const [name] of carry.remotes) if (text.includes(name)) return true;
  return false;
}

/** What a file the carry holds secrets in is (`cmd/credential-upload` and why), for a tool that sends `path` by a field. */
export function heldFile(carry: LineCarry, path: string): LineCarry['held'][number][1] | undefined {
  const key = path.startsWith('./') ? path.slice(2) : path;
  for (const [f, held] of carry.held) if (f === key) return held;
  return undefined;
}

/** A carry as the session's state keeps it (plain JSON: lists of strings, pairs and records). */
export const carryState = (carry: LineCarry): JsonValue => carry as unknown as JsonValue;
