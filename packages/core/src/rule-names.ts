import { engineRules, closest } from './engine-rules.js';
import { VanguardError, VanguardErrorCode } from './errors.js';
import type { DefinedLayer } from './layer.js';
import type { ResolvedGuardOptions } from './options.js';
import type { Profile } from './profiles.js';
import { bundledRules } from './rules/bundled.js';
import type { CompiledRule } from './rules/compile.js';

/** Every name an override may use: rule ids, families and `family/*`. */
function knownNames(loaded: readonly CompiledRule[], layers: readonly DefinedLayer[]): Set<string> {
  const names = new Set<string>();
  const add = (id: string): void => {
    const family = id.slice(0, id.indexOf('/'));
    names.add(id);
    names.add(family);
    names.add(`${family}/*`);
  };
  for (const id of Object.keys(engineRules)) add(id);
  add('safe-zone/outside-root');
  add('auth/tool-forbidden');
  add('auth/tool-hidden');
  for (const rule of loaded) add(rule.id);
  for (const layer of layers) {
    if (layer.rules === undefined) {
      names.add(layer.name);
      names.add(`${layer.name}/*`);
    } else for (const id of Object.keys(layer.rules)) add(id);
  }
  return names;
}

function check(keys: Iterable<string>, known: ReadonlySet<string>, where: string, allowUndeclaredFamily: readonly string[]): void {
  for (const key of keys) {
    if (known.has(key)) continue;
    // A layer without declared rules owns every id of its family.
    if (allowUndeclaredFamily.some((family) => key.startsWith(`${family}/`))) continue;
    const suggestion = closest(key, known);
    throw new VanguardError(
      VanguardErrorCode.UnknownRule,
      `${where} names ${JSON.stringify(key)}, which no loaded rule or family has${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''}`,
      { field: where, rule: key, ...(suggestion ? { suggestion } : {}) },
    );
  }
}

/**
 * An override, scope or profile that names a rule id or family no loaded rule has is a configuration
 * error, with the closest known name as a suggestion. Profiles ship with the bundled rules, so their
 * names are checked against those even when bundled rules are not loaded.
 */
export function checkOverrideNames(options: ResolvedGuardOptions, loaded: readonly CompiledRule[], layers: readonly DefinedLayer[], profile: Profile): void {
  const known = knownNames(loaded, layers);
  const open = layers.filter((l) => l.rules === undefined).map((l) => l.name);
  check(Object.keys(options.rules.overrides), known, 'rules.overrides', open);
  options.scopes.forEach((scope, i) => check(Object.keys(scope.overrides ?? {}), known, `scopes[${i}].overrides`, open));
  check(Object.keys(profile.overrides), knownNames(options.rules.bundled ? loaded : [...bundledRules(), ...loaded], layers), `profile ${profile.name} overrides`, open);
}
