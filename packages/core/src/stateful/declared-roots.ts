import { normalizeRoot, placeInRoots } from '../layers/safe-zones.js';
import type { Finding, ScannedValue } from '../types.js';

/**
 * The roots a client declared in its answer to a server's `roots/list`: the folders the user opened and
 * lets that server work in. They are a session fact, kept in the state store (so every gateway instance
 * sharing a store knows them) until the client says they changed (`notifications/roots/list_changed`).
 * A read that stays inside them is the work the user set up; everything else is judged as without them.
 * See docs/stateful.md#declared-roots.
 */

/**
 * Rules that judge where a file read may go rather than what it reads: a `file://` URL given to a URL
 * argument, a `..` inside a path. A value that lands inside a declared root passes them; rules about what
 * the file is (credentials, keys, system files) still apply inside the roots.
 */
const placeRules: ReadonlySet<string> = new Set(['url/file-scheme', 'path/traversal']);

/** A `file://` URL with no host or `localhost`: a path of this machine (another host is another machine). */
const localFileUrl = /^file:\/\/(?:localhost)?(?=\/)/i;

/**
 * The declared roots of a `roots/list` result as safe zones compare paths (decoded, `/`-separated,
 * lexically resolved), or undefined when it declares none. Only `file://` URIs of this machine are roots
 * (the protocol allows no other); the filesystem root `/` narrows nothing and is not kept.
 */
export function declaredRootsOf(result: unknown): string[] | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const list = (result as { roots?: unknown }).roots;
  if (!Array.isArray(list)) return undefined;
  const roots: string[] = [];
  for (const entry of list.slice(0, 64)) {
    const uri = typeof entry === 'object' && entry !== null ? (entry as { uri?: unknown }).uri : undefined;
    if (typeof uri !== 'string' || uri.length > 4096) continue;
    const host = localFileUrl.exec(uri);
    if (host === null) continue;
    let path: string;
    try {
      path = decodeURIComponent(uri.slice(host[0].length));
    } catch {
      continue;
    }
    const root = normalizeRoot(path);
    if (root !== '/' && !/^\/?[a-z]:\/?$/i.test(root) && !roots.includes(root)) roots.push(root);
  }
  return roots.length ? roots : undefined;
}

/** Whether any finding is one a declared root could make ordinary (then the roots are worth reading). */
export const judgesPlace = (findings: readonly Finding[]): boolean => findings.some((f) => placeRules.has(f.rule));

/**
 * Whether a value is a local file, by absolute path or `file://` URL, that lands inside the roots. A
 * relative path is not: the server's working folder is not known.
 */
function insideRoots(raw: string, roots: readonly string[], maxDecodeRounds: number): boolean {
  let value = raw.trim();
  const host = localFileUrl.exec(value);
  if (host !== null) value = value.slice(host[0].length);
  else if (/^[a-z][a-z0-9+.-]{1,30}:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) return false;
  if (!(value.startsWith('/') || /^[a-z]:[\\/]/i.test(value))) return false;
  return placeInRoots({ raw: value }, roots, maxDecodeRounds)?.inside === true;
}

/**
 * The findings left once the declared roots are known: a place rule's finding goes when the values read at
 * its path are a local file inside the roots and pieces of it (the reader also reads a URL cut at a space,
 * for one); a command whose words include such a path is neither.
 */
export function withoutReadsInRoots(findings: readonly Finding[], values: readonly ScannedValue[], roots: readonly string[], maxDecodeRounds: number): Finding[] {
  return findings.filter((finding) => {
    if (!placeRules.has(finding.rule)) return true;
    const at = values.filter((value) => samePath(value.path, finding.path));
    const inside = at.filter((value) => insideRoots(value.raw, roots, maxDecodeRounds));
    if (inside.length === 0) return true;
    return !at.every((value) => inside.includes(value) || inside.some((whole) => whole.text.includes(value.text)));
  });
}

/** Whether two message paths are the same. */
export function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
