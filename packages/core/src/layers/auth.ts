import { defineLayer } from '../layer.js';
import { isRecord } from '../parse.js';
import { normalizeToolName } from '../text/tool-name.js';
import type { Layer, LayerFinding, Principal } from '../types.js';
import { type AuthOptions, AuthOptionsSchema, type AuthOptionsInput, type ToolRequirement } from '../auth-options.js';

/** The requirements a principal misses for one tool, or undefined when it may call it. */
function missing(need: readonly ToolRequirement[], principal: Principal | undefined): { scopes: string[]; roles: string[] } | undefined {
  const scopes: string[] = [];
  const roles: string[] = [];
  for (const requirement of need) {
    for (const scope of requirement.scopes ?? []) if (!principal?.scopes?.includes(scope)) scopes.push(scope);
    if (requirement.roles && !requirement.roles.some((role) => principal?.roles?.includes(role))) roles.push(...requirement.roles);
  }
  return scopes.length || roles.length ? { scopes, roles } : undefined;
}

interface Compiled {
  readonly tools: ReadonlyMap<string, ToolRequirement>;
  readonly destructiveTools: ReadonlySet<string>;
  readonly options: AuthOptions;
}

/** What calling `tool` takes: its own entry (or the default), plus the destructive requirement. */
function requirementsFor(compiled: Compiled, name: string, destructiveHint: boolean): ToolRequirement[] {
  const out: ToolRequirement[] = [];
  const own = compiled.tools.get(name) ?? compiled.options.default;
  if (own) out.push(own);
  if (compiled.options.destructive && (destructiveHint || compiled.destructiveTools.has(name))) out.push(compiled.options.destructive);
  return out;
}

const isDestructive = (annotations: unknown): boolean => isRecord(annotations) && annotations['destructiveHint'] === true;

/**
 * The auth layer: per-tool required scopes and roles, as data. A `tools/call` the principal may not make is
 * blocked (`auth/tool-forbidden`); a `tools/list` answer loses the tools the principal may not call
 * (`auth/tool-hidden`, removed whatever the profile's tool-poisoning mode). Destructive tools are known from
 * their `destructiveHint` annotation (as last listed in the session) or from `destructiveTools`.
 */
export function createAuthLayer(input: AuthOptionsInput): Layer {
  const options = AuthOptionsSchema.parse(input);
  const compiled: Compiled = {
    tools: new Map(Object.entries(options.tools).map(([name, need]) => [normalizeToolName(name), need])),
    destructiveTools: new Set(options.destructiveTools.map(normalizeToolName)),
    options,
  };
  return defineLayer({
    name: 'auth',
    phase: 'auth',
    description: 'Lets a principal call, and see, only the tools its scopes and roles allow',
    docs: 'docs/gateway.md#authorization',
    methods: ['tools/call', 'tools/list'],
    rules: {
      'auth/tool-forbidden': {
        description: 'A tool call by a principal without the scopes or roles the tool requires',
        severity: 'high',
        hint: 'Grant the principal the scope or role, or change auth.tools for this tool.',
      },
      'auth/tool-hidden': {
        description: 'A tool removed from a tools/list answer because the principal may not call it',
        severity: 'info',
      },
    },
    async inspect(message, ctx) {
      if (ctx.method === 'tools/call' && ctx.messageType === 'request' && ctx.from === 'client' && ctx.tool !== undefined) {
        const name = normalizeToolName(ctx.tool);
        // Kept by this layer (the inventory holds only the tools the principal was shown).
        const destructive = (await ctx.session.get<string[]>('destructive')) ?? [];
        const lacks = missing(requirementsFor(compiled, name, destructive.includes(name)), ctx.principal);
        if (!lacks) return [];
        return [{
          rule: 'auth/tool-forbidden',
          message: `${ctx.principal ? `principal ${ctx.principal.subject}` : 'an anonymous caller'} may not call ${ctx.tool.slice(0, 80)}: needs ${describe(lacks)}`,
          path: ['params', 'name'],
          data: { requiredScopes: lacks.scopes, requiredRoles: lacks.roles },
        }];
      }
      if (ctx.method !== 'tools/list' || ctx.messageType !== 'response' || ctx.from !== 'server' || !options.filterToolsList) return [];
      const result = isRecord(message) ? message['result'] : undefined;
      const tools = isRecord(result) && Array.isArray(result['tools']) ? (result['tools'] as unknown[]) : [];
      const findings: LayerFinding[] = [];
      const destructive: string[] = [];
      for (let i = 0; i < tools.length; i++) {
        const tool = tools[i];
        if (!isRecord(tool) || typeof tool['name'] !== 'string') continue;
        const name = normalizeToolName(tool['name']);
        if (isDestructive(tool['annotations'])) destructive.push(name);
        const lacks = missing(requirementsFor(compiled, name, isDestructive(tool['annotations'])), ctx.principal);
        if (lacks) findings.push({ rule: 'auth/tool-hidden', action: 'block', message: `hidden from ${ctx.principal?.subject ?? 'an anonymous caller'}: needs ${describe(lacks)}`, path: ['result', 'tools', i, 'name'] });
      }
      if (destructive.length) await ctx.session.set('destructive', destructive);
      return findings;
    },
  });
}

function describe(lacks: { scopes: readonly string[]; roles: readonly string[] }): string {
  const parts: string[] = [];
  if (lacks.scopes.length) parts.push(`scope ${lacks.scopes.join(', ')}`);
  if (lacks.roles.length) parts.push(`a role of ${[...new Set(lacks.roles)].join(', ')}`);
  return parts.join(' and ');
}
