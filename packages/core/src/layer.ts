import type { z } from 'zod';

import { rankOfAction } from './actions.js';
import { VanguardError, VanguardErrorCode } from './errors.js';
import type {
  Layer,
  LayerContext,
  LayerFailureMode,
  LayerFinding,
  LayerRule,
  Phase,
  Sender,
} from './types.js';

/** The fixed order in which layers run. */
export const phases: readonly Phase[] = ['normalize', 'auth', 'rules', 'camouflage', 'behavioral', 'semantic'];

const layerName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `family/name`, lower-case kebab words; the name may have more `/`-separated parts. */
export const ruleIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:[-.][a-z0-9]+)*)+$/;
const failureModes: readonly LayerFailureMode[] = ['open', 'closed', 'profile'];
const severities = new Set(['info', 'low', 'medium', 'high', 'critical']);

/** What `defineLayer` takes. Only `name`, `phase`, `description` and `inspect` are required. */
export interface LayerDefinition<Schema extends z.ZodType = z.ZodType<undefined>> {
  /** Unique kebab-case name: findings, audit events and the layer's state keys carry it. */
  readonly name: string;
  readonly phase: Phase;
  /** One sentence for operators: what the layer looks for. */
  readonly description: string;
  /** Link to the layer's documentation. */
  readonly docs?: string;
  /**
   * The rules it reports, by id (`family/name`), with their default severity and action. Overrides and
   * scopes can name them; a finding with an id not listed here is a layer error. Without `rules`, any
   * well-formed id whose family is the layer's name may be reported.
   */
  readonly rules?: Readonly<Record<string, LayerRule>>;
  /** Only these methods (a response counts as the method it answers). */
  readonly methods?: readonly string[];
  /** Only messages from this side. */
  readonly from?: Sender;
  /** What a throw, a rejection or a timeout means (default `profile`: the profile's `layer-failure`). */
  readonly failure?: LayerFailureMode;
  /** Budget for an asynchronous answer; its `context.signal` is aborted when it runs out. */
  readonly timeoutMs?: number;
  /** Default: every phase but `semantic`. A non-deterministic layer can only escalate. */
  readonly deterministic?: boolean;
  /** Validates `options` once, when the layer is defined. */
  readonly optionsSchema?: Schema;
  readonly options?: z.input<Schema>;
  inspect(message: unknown, context: LayerContext<z.output<Schema>>): readonly LayerFinding[] | Promise<readonly LayerFinding[]>;
}

/** A layer as the engine runs it: the public metadata plus its validated options. */
export interface DefinedLayer extends Layer {
  readonly options: unknown;
}

function invalid(name: string, message: string, data: Record<string, unknown> = {}): VanguardError {
  return new VanguardError(VanguardErrorCode.InvalidLayer, `layer ${name}: ${message}`, { layer: name, ...data });
}

function checkRules(name: string, rules: Readonly<Record<string, LayerRule>>): Readonly<Record<string, LayerRule>> {
  for (const [id, rule] of Object.entries(rules)) {
    if (!ruleIdPattern.test(id)) throw invalid(name, `rule id ${JSON.stringify(id)} is not family/name in lower-case kebab words`, { field: `rules.${id}` });
    if (typeof rule !== 'object' || rule === null || typeof rule.description !== 'string' || rule.description === '') {
      throw invalid(name, `rule ${id} needs a description`, { field: `rules.${id}.description` });
    }
    if (rule.severity !== undefined && !severities.has(rule.severity)) throw invalid(name, `rule ${id} has an unknown severity`, { field: `rules.${id}.severity` });
    if (rule.action !== undefined && rankOfAction(rule.action) === undefined) throw invalid(name, `rule ${id} has an unknown action`, { field: `rules.${id}.action` });
  }
  return Object.freeze({ ...rules });
}

/**
 * Defines a layer: the one way built-in and user layers are made. Checks the definition and validates its
 * options once; a mistake throws `VanguardError` `VG_ERR_LAYER_CONFIG` naming the layer and the field.
 *
 * @example
 * const approvals = defineLayer({
 *   name: 'acme-approvals', phase: 'auth', description: 'Destructive tools need a ticket',
 *   methods: ['tools/call'], failure: 'open', timeoutMs: 200,
 *   rules: { 'acme/no-ticket': { description: 'A destructive call without an approval ticket', severity: 'high' } },
 *   async inspect(message, ctx) {
 *     const ok = await fetch(`${url}/approved?tool=${ctx.tool}`, { signal: ctx.signal }).then((r) => r.ok);
 *     return ok ? [] : [{ rule: 'acme/no-ticket', path: ['params', 'name'] }];
 *   },
 * });
 */
export function defineLayer<Schema extends z.ZodType = z.ZodType<undefined>>(definition: LayerDefinition<Schema>): Layer {
  if (typeof definition !== 'object' || definition === null) throw invalid('(unnamed)', 'a layer definition must be an object');
  const { name, phase, description } = definition;
  if (typeof name !== 'string' || !layerName.test(name)) throw invalid(String(name), 'name must be kebab-case', { field: 'name' });
  if (!phases.includes(phase)) throw invalid(name, `phase must be one of ${phases.join(', ')}`, { field: 'phase' });
  if (typeof description !== 'string' || description === '') throw invalid(name, 'description is required', { field: 'description' });
  if (typeof definition.inspect !== 'function') throw invalid(name, 'inspect must be a function', { field: 'inspect' });
  const failure = definition.failure ?? 'profile';
  if (!failureModes.includes(failure)) throw invalid(name, `failure must be one of ${failureModes.join(', ')}`, { field: 'failure' });
  const timeoutMs = definition.timeoutMs;
  if (timeoutMs !== undefined && (!Number.isFinite(timeoutMs) || timeoutMs <= 0)) throw invalid(name, 'timeoutMs must be a positive number', { field: 'timeoutMs' });
  const methods = definition.methods;
  if (methods !== undefined && (!Array.isArray(methods) || methods.some((m) => typeof m !== 'string' || m === ''))) {
    throw invalid(name, 'methods must be a list of method names', { field: 'methods' });
  }
  if (definition.from !== undefined && definition.from !== 'client' && definition.from !== 'server') {
    throw invalid(name, 'from must be "client" or "server"', { field: 'from' });
  }
  let options: unknown = definition.options;
  if (definition.optionsSchema !== undefined) {
    const parsed = definition.optionsSchema.safeParse(definition.options);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = ['options', ...(issue?.path ?? [])].map(String).join('.');
      throw invalid(name, `${field}: ${issue?.message ?? 'invalid options'}`, { field, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) });
    }
    options = parsed.data;
  }
  const layer: DefinedLayer = {
    name,
    phase,
    description,
    docs: definition.docs,
    deterministic: definition.deterministic ?? phase !== 'semantic',
    methods: methods === undefined ? undefined : new Set(methods),
    from: definition.from,
    failure,
    timeoutMs,
    rules: definition.rules === undefined ? undefined : checkRules(name, definition.rules),
    options,
    inspect: (message, context) => definition.inspect(message, context as LayerContext<z.output<Schema>>),
  };
  return Object.freeze(layer);
}

/** Whether a value is a layer made by {@link defineLayer} (or shaped exactly like one). */
export function isLayer(value: unknown): value is DefinedLayer {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Layer>;
  return typeof v.name === 'string' && layerName.test(v.name) && phases.includes(v.phase as Phase) && typeof v.inspect === 'function' &&
    typeof v.description === 'string' && failureModes.includes(v.failure as LayerFailureMode) && typeof v.deterministic === 'boolean';
}
