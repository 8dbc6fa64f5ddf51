import { z } from 'zod';

import { VanguardError, VanguardErrorCode } from '../errors.js';
import { bundledBehaviour, bundledBehaviourDocumentJson } from '../generated/bundled-rules.js';
import { ActionSchema, ProfileNameSchema } from '../rules/schema.js';
import type { Action, ProfileName, Severity } from '../types.js';

const SeveritySchema = z.enum(['info', 'low', 'medium', 'high', 'critical']);
const CapabilitySchema = z.enum(['read', 'list', 'write', 'destructive', 'execute', 'network', 'send']);
const perProfile = <T extends z.ZodType>(schema: T) => z.object({ monitor: schema, balanced: schema, strict: schema }).strict();
const RuleId = (family: string) => z.string().regex(new RegExp(`^${family}/[a-z0-9]+(?:-[a-z0-9]+)*$`));
const ms = z.number().int().positive();

const WindowRuleSchema = z
  .object({
    id: RuleId('behaviour'),
    description: z.string().min(10),
    severity: SeveritySchema,
    counts: z.array(z.union([CapabilitySchema, z.literal('any'), z.literal('blocked')])).min(1),
    /** Count per tool instead of per session. */
    perTool: z.boolean().default(false),
    windowMs: ms,
    profiles: perProfile(z.object({ threshold: z.number().int().positive(), action: ActionSchema }).strict()),
  })
  .strict();

const SequenceRuleSchema = z
  .object({
    id: RuleId('behaviour'),
    description: z.string().min(10),
    severity: SeveritySchema,
    then: z.array(CapabilitySchema).min(1),
    withinMs: ms,
    profiles: perProfile(z.object({ action: ActionSchema }).strict()),
  })
  .strict();

const BudgetSchema = z
  .object({
    id: RuleId('budget'),
    description: z.string().min(10),
    severity: SeveritySchema,
    counts: z.enum(['calls', 'risky', 'blocked']),
    profiles: perProfile(z.object({ max: z.number().int().positive(), windowMs: ms, cooldownMs: ms }).strict()),
  })
  .strict();

export const driftRuleIds = [
  'drift/description-changed',
  'drift/description-reworded',
  'drift/schema-widened',
  'drift/schema-extended',
  'drift/schema-changed',
  'drift/annotation-destructive',
  'drift/definition-changed',
  'drift/tool-added',
  'drift/tool-removed',
  'drift/server-changed',
  'drift/instructions-changed',
] as const;
export type DriftRule = (typeof driftRuleIds)[number];

const BehaviourDocumentSchema = z
  .object({
    windows: z.array(WindowRuleSchema),
    sequences: z.array(SequenceRuleSchema),
    budgets: z.array(BudgetSchema),
    drift: z.object(Object.fromEntries(driftRuleIds.map((id) => [id, perProfile(ActionSchema)])) as Record<DriftRule, ReturnType<typeof perProfile<typeof ActionSchema>>>).strict(),
    'data-flow': z
      .object({
        maxFingerprints: z.number().int().positive().max(65_536),
        maxTokens: z.number().int().positive().max(65_536),
        ttlMs: ms,
        flow: perProfile(ActionSchema),
        provenance: perProfile(ActionSchema),
        'provenance-injected': perProfile(ActionSchema),
      })
      .strict(),
  })
  .strict();

type Document = z.output<typeof BehaviourDocumentSchema>;

export interface WindowRule {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly counts: readonly string[];
  readonly perTool: boolean;
  readonly windowMs: number;
  readonly threshold: number;
  readonly action: Action;
}

export interface SequenceRule {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly then: readonly string[];
  readonly withinMs: number;
  readonly action: Action;
}

export interface Budget {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  readonly counts: 'calls' | 'risky' | 'blocked';
  readonly max: number;
  readonly windowMs: number;
  readonly cooldownMs: number;
}

/** behaviour.yaml, resolved for one profile. */
export interface BehaviourConfig {
  readonly windows: readonly WindowRule[];
  readonly sequences: readonly SequenceRule[];
  readonly budgets: readonly Budget[];
  readonly drift: Readonly<Record<DriftRule, Action>>;
  readonly dataFlow: {
    readonly maxFingerprints: number;
    readonly maxTokens: number;
    readonly ttlMs: number;
    readonly flow: Action;
    readonly provenance: Action;
    readonly provenanceInjected: Action;
  };
}

let parsed: Document | undefined;

function document(): Document {
  if (parsed) return parsed;
  // behaviour.yaml as parsed at build time (scripts/bundle-rules.mjs): JSON text reads much faster than YAML.
  const result = BehaviourDocumentSchema.safeParse(JSON.parse(bundledBehaviourDocumentJson));
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new VanguardError(VanguardErrorCode.InvalidProfile, `${bundledBehaviour.name}: ${detail}`, { file: bundledBehaviour.name });
  }
  return (parsed = result.data);
}

/** The bundled behaviour configuration as one profile sees it (parsed once per process). */
export function behaviourConfig(profile: ProfileName): BehaviourConfig {
  ProfileNameSchema.parse(profile);
  const doc = document();
  const drift = {} as Record<DriftRule, Action>;
  for (const id of driftRuleIds) drift[id] = doc.drift[id][profile];
  const flow = doc['data-flow'];
  return {
    windows: doc.windows.map((w) => ({ id: w.id, description: w.description, severity: w.severity, counts: w.counts, perTool: w.perTool, windowMs: w.windowMs, ...w.profiles[profile] })),
    sequences: doc.sequences.map((s) => ({ id: s.id, description: s.description, severity: s.severity, then: s.then, withinMs: s.withinMs, ...s.profiles[profile] })),
    budgets: doc.budgets.map((b) => ({ id: b.id, description: b.description, severity: b.severity, counts: b.counts, ...b.profiles[profile] })),
    drift,
    dataFlow: {
      maxFingerprints: flow.maxFingerprints,
      maxTokens: flow.maxTokens,
      ttlMs: flow.ttlMs,
      flow: flow.flow[profile],
      provenance: flow.provenance[profile],
      provenanceInjected: flow['provenance-injected'][profile],
    },
  };
}
