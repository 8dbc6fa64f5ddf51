import { defineLayer } from '../layer.js';
import { canonicalize } from '../text/normalize.js';
import type { Layer, LayerFinding, ScannedValue } from '../types.js';
import { Kind } from '../values/kinds.js';
import { pathForm } from '../values/forms.js';

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

/** A configured root as safe zones compare it: decoded, `/`-separated, lexically resolved. */
export function normalizeRoot(root: string): string {
  const resolved = resolveLexically(pathForm(root.replaceAll('\\', '/')));
  return resolved.absolute ?? `/${(resolved.relative ?? []).join('/')}`;
}

const inside = (path: string, root: string): boolean =>
  path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`);

/**
 * Where a path value lands against the allowed roots: its decoded form, the absolute path it resolves to
 * (relative paths against the first root) and whether that is inside a root. Undefined for a value that
 * is not a path of this machine (another URL scheme). Shared with the rule layer, which trusts a `..`
 * that lands inside the roots (safe zones are then the control for where a path may go).
 */
export function placeInRoots(value: Pick<ScannedValue, 'raw'>, roots: readonly string[], maxDecodeRounds: number): { form: string; absolute: string | undefined; inside: boolean } | undefined {
  let raw = value.raw.trim();
  if (raw.startsWith('file://')) raw = raw.slice(raw.indexOf('/', 7) >= 0 ? 7 : raw.length);
  else if (otherScheme.test(raw)) return undefined;
  const form = pathForm(canonicalize(raw, { maxDecodeRounds, keepCase: true }).text);
  const resolved = resolveLexically(form);
  let absolute = resolved.absolute;
  if (absolute === undefined && resolved.relative !== undefined && !form.startsWith('~') && roots.length) {
    absolute = `${roots[0]!.replace(/\/$/, '')}/${resolved.relative.join('/')}`.replace(/\/$/, '') || '/';
  }
  const within = (absolute !== undefined && roots.some((root) => inside(absolute, root))) ||
    (form.startsWith('~') && roots.some((root) => root.startsWith('~') && inside(form, root)));
  return { form, absolute, inside: within };
}

/**
 * Safe zones: every path value of a client request must stay under an allowed root after decoding,
 * separator normalization and lexical resolution of `.` and `..`. Relative paths are taken relative to
 * the first root; one that climbs above it is outside. `~` paths are outside unless a root starts with `~`.
 * The roots in force come from the policy of the message (`safeZones` and `scopes`).
 */
export function createSafeZonesLayer(maxDecodeRounds: number): Layer {
  return defineLayer({
    name: 'safe-zones',
    phase: 'rules',
    description: 'Keeps path arguments under the configured allowed roots',
    docs: 'docs/safe-zones.md',
    methods: ['tools/call', 'resources/read'],
    from: 'client',
    rules: {
      'safe-zone/outside-root': {
        description: 'A path argument resolves outside the allowed roots',
        severity: 'high',
        hint: 'Add the root to safeZones (globally, or in a scope for this server or tool).',
      },
    },
    inspect(_message, context) {
      const zones = context.policy.safeZones;
      if (context.messageType !== 'request' || zones === undefined || zones.roots.length === 0) return [];
      const roots = zones.roots;
      const findings: LayerFinding[] = [];
      const seen = new Set<string>();
      for (const value of context.values) {
        if ((value.kindMask & Kind.Path) === 0 || value.path[value.path.length - 1] === 'name') continue;
        const placed = placeInRoots(value, roots, maxDecodeRounds);
        if (placed === undefined) continue;
        const key = `${value.path.join('\u0000')}\u0000${placed.form}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (placed.inside) continue;
        const { form, absolute } = placed;
        findings.push({
          rule: 'safe-zone/outside-root',
          action: zones.action,
          message: `Path ${absolute ?? form} is outside the allowed roots (${roots.join(', ')})`,
          path: value.path,
          evidence: form.length > 200 ? `${form.slice(0, 200)}…` : form,
        });
      }
      return findings;
    },
  });
}
