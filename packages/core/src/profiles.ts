import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

import { VanguardError, VanguardErrorCode } from './errors.js';
import { ActionSchema, ProfileNameSchema } from './rules/schema.js';
import type { Action, ProfileName } from './types.js';

const OverrideSchema = z.union([ActionSchema, z.literal('off')]);

/** How a profile turns requested actions into effective ones. All profile differences live here, as data. */
export const ProfileSchema = z
  .object({
    description: z.string().min(10),
    /** Maps a requested action to the effective one (monitor: block → shadow-block). */
    actions: z.partialRecord(ActionSchema, ActionSchema).default({}),
    /** What a layer that throws or times out asks for. */
    'layer-failure': z.enum(['warn', 'review', 'block']),
    /** What to do with a `tools/list` answer that has poisoned tools: drop those tools, or the whole answer. */
    'tool-poisoning': z.enum(['remove-tools', 'block-response']),
    /** Per rule id or family: the action to request instead of the rule's own, or `off`. */
    overrides: z.record(z.string(), OverrideSchema).default({}),
  })
  .strict();

export const ProfilesDocumentSchema = z
  .object({ profiles: z.record(ProfileNameSchema, ProfileSchema) })
  .strict()
  .refine((doc) => ProfileNameSchema.options.every((name) => name in doc.profiles), 'monitor, balanced and strict must all be defined');

export type Override = z.infer<typeof OverrideSchema>;

export interface Profile {
  readonly name: ProfileName;
  readonly description: string;
  readonly actions: Readonly<Partial<Record<Action, Action>>>;
  readonly layerFailure: Action;
  readonly toolPoisoning: 'remove-tools' | 'block-response';
  readonly overrides: Readonly<Record<string, Override>>;
}

export function parseProfiles(source: string, name = 'profiles.yaml'): Readonly<Record<ProfileName, Profile>> {
  const parsed = ProfilesDocumentSchema.safeParse(parseYaml(source));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new VanguardError(VanguardErrorCode.InvalidProfile, `${name}: ${detail}`, { file: name });
  }
  const out = {} as Record<ProfileName, Profile>;
  for (const profileName of ProfileNameSchema.options) {
    const p = parsed.data.profiles[profileName];
    out[profileName] = {
      name: profileName,
      description: p.description,
      actions: p.actions,
      layerFailure: p['layer-failure'],
      toolPoisoning: p['tool-poisoning'],
      overrides: p.overrides,
    };
  }
  return out;
}
