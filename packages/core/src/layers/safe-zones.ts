import { canonicalize } from '../text/normalize.js';
import type { Action, Finding, Layer, LayerContext } from '../types.js';
import { Kind } from '../values/kinds.js';
import { pathForm } from '../values/forms.js';
import type { Scanned } from '../values/scanned.js';

/** Allowed roots for path values: globally, and per tool (a tool's own list replaces the global one). */
export interface SafeZones {
  readonly roots: readonly string[];
  readonly tools: Readonly<Record<string, readonly string[]>>;
  readonly action: Action;
  readonly maxDecodeRounds: number;
}

interface Resolved {
  /** Absolute, lexically resolved path (`/`-separated, drive letter lower case), or undefined if relative. */
  readonly absolute: string | undefined;
  /** Segments of a relative path after resolution; undefined if it climbs above its start. */
  readonly relative: readonly string[] | undefined;
}

const drive = /^([a-zA-Z]):(?:\/|$)/;
const otherScheme = /^[a-z][a-z0-9+.-]{1,30}:\/\//i;

/** Resolves `.` and `..` lexically; `..` above `/` stays at `/`, above a relative start escapes. */
export function resolveLexically(path: string): Resolved {
  let rest = path;
  let prefix: string | undefined;
  const d = drive.exec(rest);
  if (d) {
    prefix = `${d[1]!.toLowerCase()}:`;
    rest = rest.slice(2);
  } else if (rest.startsWith('/')) prefix = '';
  const segments: string[] = [];
  let escaped = false;
  for (const segment of rest.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (/^\.{2,}$/.test(segment)) {
      if (segments.length) segments.pop();
      else if (prefix === undefined) escaped = true;
      continue;
    }
    segments.push(segment);
  }
  if (prefix !== undefined) return { absolute: `${prefix}/${segments.join('/')}`, relative: undefined };
  return { absolute: undefined, relative: escaped ? undefined : segments };
}

function normalizeRoot(root: string): string {
  const resolved = resolveLexically(pathForm(root.replaceAll('\\', '/')));
  return resolved.absolute ?? `/${(resolved.relative ?? []).join('/')}`;
}

const inside = (path: string, root: string): boolean =>
  path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`);

/**
 * Safe zones: every path value of a client request must stay under an allowed root after decoding,
 * separator normalization and lexical resolution of `.` and `..`. Relative paths are taken relative to
 * the first root; one that climbs above it is outside. `~` paths are outside unless a root starts with `~`.
 */
export function createSafeZonesLayer(zones: SafeZones): Layer {
  const globalRoots = zones.roots.map(normalizeRoot);
  const toolRoots = new Map(Object.entries(zones.tools).map(([tool, roots]) => [tool, roots.map(normalizeRoot)]));
  return {
    name: 'safe-zones',
    phase: 'rules',
    deterministic: true,
    description: 'Keeps path arguments under the configured allowed roots',
    inspect(_message: unknown, context: LayerContext): Finding[] {
      if (context.from !== 'client' || context.messageType !== 'request') return [];
      if (context.method !== 'tools/call' && context.method !== 'resources/read') return [];
      const roots = (context.tool !== undefined ? toolRoots.get(context.tool) : undefined) ?? globalRoots;
      if (roots.length === 0) return [];
      const findings: Finding[] = [];
      const seen = new Set<string>();
      for (const value of context.values as unknown as readonly Scanned[]) {
        if ((value.bits & Kind.Path) === 0 || value.path[value.path.length - 1] === 'name') continue;
        let raw = value.raw.trim();
        if (raw.startsWith('file://')) raw = raw.slice(raw.indexOf('/', 7) >= 0 ? 7 : raw.length);
        else if (otherScheme.test(raw)) continue;
        const form = pathForm(canonicalize(raw, { maxDecodeRounds: zones.maxDecodeRounds, keepCase: true }).text);
        const key = `${value.path.join('\u0000')}\u0000${form}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const resolved = resolveLexically(form);
        let absolute = resolved.absolute;
        if (absolute === undefined && resolved.relative !== undefined && !form.startsWith('~')) {
          absolute = `${roots[0]!.replace(/\/$/, '')}/${resolved.relative.join('/')}`.replace(/\/$/, '') || '/';
        }
        if (absolute !== undefined && roots.some((root) => inside(absolute, root))) continue;
        if (form.startsWith('~') && roots.some((root) => root.startsWith('~') && inside(form, root))) continue;
        findings.push({
          layer: 'safe-zones',
          rule: 'safe-zone/outside-root',
          family: 'safe-zone',
          severity: 'high',
          action: zones.action,
          message: `Path ${absolute ?? form} is outside the allowed roots (${roots.join(', ')})`,
          path: value.path,
          evidence: form.length > 200 ? `${form.slice(0, 200)}…` : form,
          deterministic: true,
        });
      }
      return findings;
    },
  };
}
