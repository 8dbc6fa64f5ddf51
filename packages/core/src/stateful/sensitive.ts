import { normalizeToolName } from '../scopes.js';
import type { LayerContext } from '../types.js';
import { Kind } from '../values/kinds.js';
import { normalizeRoot, resolveLexically } from '../layers/safe-zones.js';

/** What the user marked sensitive, compiled once per guard. */
export interface SensitiveMarks {
  readonly tools: ReadonlySet<string>;
  readonly paths: readonly string[];
}

export function compileMarks(tools: readonly string[], paths: readonly string[]): SensitiveMarks {
  return { tools: new Set(tools.map(normalizeToolName)), paths: paths.map(normalizeRoot) };
}

const under = (path: string, root: string): boolean => path === root || path.startsWith(root.endsWith('/') ? root : `${root}/`);

/**
 * Why a `tools/call` request reads sensitive data, or undefined: it names a credential file (the
 * `path/credential-file` rule of the paths pack found it, whatever its action) or prints a stored
 * credential (`cmd/credential-print`: `vault kv get`, `gh auth token`), a tool the user marked,
 * or a path under a marked root. One definition of "credential file": the rule's.
 */
export function sensitiveRequest(ctx: LayerContext<unknown>, marks: SensitiveMarks): string | undefined {
  for (const f of ctx.findings) {
    if (f.rule === 'path/credential-file') return `credential file ${f.evidence ?? ''}`.trim();
    // A command (or a tool read as one) that prints a stored credential: its answer is that credential.
    if (f.rule === 'cmd/credential-print') return `printed credential ${f.evidence ?? ''}`.trim();
  }
  if (ctx.tool !== undefined && marks.tools.size && marks.tools.has(normalizeToolName(ctx.tool))) return `sensitive tool ${ctx.tool}`;
  if (marks.paths.length) {
    for (const v of ctx.values) {
      if (!(v.kindMask & Kind.Path)) continue;
      const absolute = resolveLexically(v.pathForm).absolute;
      if (absolute !== undefined && marks.paths.some((root) => under(absolute, root))) return `sensitive path ${v.raw.slice(0, 120)}`;
    }
  }
  return undefined;
}

/** Paths of the values of a result in which the secrets pack found a secret. */
export function secretPaths(ctx: LayerContext<unknown>): readonly string[] {
  // Indexed, and no list made when there is none (most results): two layers ask for every answer.
  let out: string[] | undefined;
  const findings = ctx.findings;
  for (let i = 0; i < findings.length; i++) if (findings[i]!.family === 'secret') (out ??= []).push(JSON.stringify(findings[i]!.path));
  return out ?? noPaths;
}

const noPaths: readonly string[] = Object.freeze([]);
