import type { JsonValue } from '../types.js';
import type { LineCarry } from './analyze.js';
import type { Plant } from './planted-triggers.js';

// What a session's earlier calls left in its workspace for later ones (analyze.ts's LineCarry, kept in the
// session's state): a coding agent's shell calls run one after another in one folder, so a file one call
// downloads and the next runs, or a credential one call copies and the next sends, is one line split in two.

/**
 * What a session's carry keeps (`stateful.carry` of the guard's options; a session's state may live in Redis):
 * at most `maxEntries` files or remotes of each kind (the newest), and `maxScripts` scripts of at most
 * `maxScriptLength` characters each.
 */
export interface CarryBounds {
  readonly maxEntries: number;
  readonly maxScripts: number;
  readonly maxScriptLength: number;
}

export const defaultCarryBounds: CarryBounds = { maxEntries: 24, maxScripts: 8, maxScriptLength: 4096 };

const newest = <T extends readonly [string, ...unknown[]]>(before: readonly T[], after: readonly T[], most: number): T[] => {
  const byName = new Map<string, T>();
  for (const e of [...before, ...after]) {
    byName.delete(e[0]);
    byName.set(e[0], e);
  }
  return most === 0 ? [] : [...byName.values()].slice(-most);
};
const newestNames = (before: readonly string[], after: readonly string[], most: number): string[] => (most === 0 ? [] : [...new Set([...before, ...after].reverse())].reverse().slice(-most));

/** The session's carry once `after` happened after `before` (none before: `after` cut to the bounds). */
export function mergeCarry(before: LineCarry | undefined, after: LineCarry, bounds: CarryBounds = defaultCarryBounds): LineCarry {
  if (before === undefined && fits(after, bounds)) return after;
  const was = before ?? empty;
  return {
    downloaded: newestNames(was.downloaded, after.downloaded, bounds.maxEntries),
    decoded: newestNames(was.decoded, after.decoded, bounds.maxEntries),
    held: newest(was.held, after.held, bounds.maxEntries),
    scripts: newest(was.scripts, after.scripts, bounds.maxScripts),
    remotes: newest(was.remotes, after.remotes, bounds.maxEntries),
    ...(was.planted !== undefined || after.planted !== undefined ? { planted: newest(was.planted ?? [], after.planted ?? [], bounds.maxEntries) } : {}),
    ...(was.defined !== undefined || after.defined !== undefined ? { defined: newest([...(was.defined ?? []), ...(after.defined ?? [])].filter(([, text]) => text.length <= bounds.maxScriptLength), [], bounds.maxScripts) } : {}),
    ...(was.variables !== undefined || after.variables !== undefined ? { variables: newest(was.variables ?? [], after.variables ?? [], bounds.maxEntries) } : {}),
  };
}

const empty: LineCarry = { downloaded: [], decoded: [], held: [], scripts: [], remotes: [] };
const fits = (carry: LineCarry, bounds: CarryBounds): boolean =>
  carry.downloaded.length <= bounds.maxEntries && carry.decoded.length <= bounds.maxEntries && carry.held.length <= bounds.maxEntries && carry.remotes.length <= bounds.maxEntries && carry.scripts.length <= bounds.maxScripts
  && (carry.planted?.length ?? 0) <= bounds.maxEntries && (carry.defined ?? []).length <= bounds.maxScripts && (carry.defined ?? []).every(([, text]) => text.length <= bounds.maxScriptLength) && (carry.variables?.length ?? 0) <= bounds.maxEntries;

/** A carry of one script a file tool wrote at `path` (read when a later line runs it or makes it a hook). */
export function writtenScriptCarry(path: string, text: string, bounds: CarryBounds = defaultCarryBounds): LineCarry | undefined {
  if (text.length > bounds.maxScriptLength) return undefined;
  const key = path.startsWith('./') ? path.slice(2) : path;
  return { downloaded: [], decoded: [], held: [], scripts: [[key, text]], remotes: [] };
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Whether `text` names a folder `file` lies in (`site` or `site/assets` for `site/assets/cfg.txt`), or `.` for a relative file. */
function inFolderNamed(file: string, text: string): boolean {
  for (let slash = file.indexOf('/', 1); slash > 0; slash = file.indexOf('/', slash + 1)) if (text.includes(file.slice(0, slash))) return true;
  return !/^[/~$]/.test(file) && /\s\.\/?(?:\s|$)/.test(text);
}

/** Whether `name` stands where the shell looks for a command: at the start of the text or after `;`, `&`, `|`, `(`, a newline. */
function usedAsCommand(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.charAt(at + name.length);
    if (after !== '' && !/[\s;&|)]/.test(after)) continue;
    if (/(?:^|[;&|(\n])\s*$/.test(text.slice(Math.max(0, at - 40), at))) return true;
  }
  return false;
}

/** Whether `text` names something the carry holds (a file by its last name, a remote by its name): only then is it read again with it. */
export function namesCarried(carry: LineCarry, text: string): boolean {
  for (const f of carry.downloaded) if (text.includes(baseName(f))) return true;
  for (const f of carry.decoded) if (text.includes(baseName(f))) return true;
  // A held file by its name, or by a folder it lies in (a sync of the folder sends it); `.` holds a relative one.
  for (const [f] of carry.held) if (text.includes(baseName(f)) || inFolderNamed(f, text)) return true;
  // A credential committed (analyze.ts's gitIndex) goes out with the next push.
  if (text.includes('push') && carry.held.some(([f]) => f === '$GIT_INDEX')) return true;
  // A script by its name, or by its folder (a hooks path names the folder).
  for (const [f] of carry.scripts) if (text.includes(baseName(f)) || (f.includes('/') && text.includes(f.slice(0, f.lastIndexOf('/'))))) return true;
  for (const [name] of carry.remotes) if (text.includes(name)) return true;
  // An alias or function by its name as a command word; a variable where the text expands it.
  for (const [name] of carry.defined ?? []) if (usedAsCommand(name, text)) return true;
  for (const [name] of carry.variables ?? []) if (text.includes(`$${name}`) || text.includes(`\${${name}`)) return true;
  return false;
}

/** What a file the carry holds secrets in is (`cmd/credential-upload` and why), for a tool that sends `path` by a field. */
export function heldFile(carry: LineCarry, path: string): LineCarry['held'][number][1] | undefined {
  const key = path.startsWith('./') ? path.slice(2) : path;
  for (const [f, held] of carry.held) if (f === key) return held;
  return undefined;
}

/** A carry of harm a file write tried to plant (whatever its verdict): read when a later line starts the program that runs it. */
export function plantedCarry(plants: readonly Plant[]): LineCarry {
  return { downloaded: [], decoded: [], held: [], scripts: [], remotes: [], planted: plants };
}

/** A carry as the session's state keeps it (plain JSON: lists of strings, pairs and records). */
export const carryState = (carry: LineCarry): JsonValue => carry as unknown as JsonValue;
