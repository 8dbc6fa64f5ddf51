import { bundledPackDocumentsJson, bundledPacks, bundledProfiles } from '../generated/bundled-rules.js';
import { parseProfiles, type Profile } from '../profiles.js';
import type { ProfileName } from '../types.js';
import { type CompiledRule, compileRulePacks, type RulePackSource } from './compile.js';

let compiled: readonly CompiledRule[] | undefined;
let profiles: Readonly<Record<ProfileName, Profile>> | undefined;

/** The rule packs shipped with Vanguard (from `rules/*.yaml`), as sources. */
export function bundledRulePacks(): readonly RulePackSource[] {
  return bundledPacks;
}

/**
 * Bundled rules, compiled once per process and shared by every guard: from the packs parsed at build time
 * (the same documents {@link bundledRulePacks}' YAML gives, as JSON, which is read much faster).
 */
export function bundledRules(): readonly CompiledRule[] {
  return (compiled ??= compileRulePacks(JSON.parse(bundledPackDocumentsJson) as RulePackSource[], { lazy: true }));
}

export function bundledProfileTable(): Readonly<Record<ProfileName, Profile>> {
  return (profiles ??= parseProfiles(bundledProfiles.content, bundledProfiles.name));
}
