import { describe, expect, it } from 'vitest';

import { createGuard, defineLayer, type GuardOptions, isVanguardError, type Layer, VanguardError, VanguardErrorCode } from '@vanguard/core';

import { parseProfiles } from '../src/profiles.js';
import { sampleRule } from './sample-rule.js';

/** Runs `fn` and returns what it threw, failing the test if it did not throw. */
function thrown(fn: () => unknown): VanguardError {
  try {
    fn();
  } catch (error) {
    expect(isVanguardError(error)).toBe(true);
    return error as VanguardError;
  }
  throw new Error('expected a VanguardError');
}

const rule = sampleRule;
const pack = (rules: unknown[], name = 'acme.yaml') => ({ name, content: { pack: 'acme', description: 'Acme house rules for tests.', rules } });

describe('createGuard options', () => {
  it('works with no options at all', () => {
    const guard = createGuard();
    expect(guard.profile).toBe('balanced');
    expect(guard.rules.length).toBeGreaterThan(0);
  });

  it('throws VG_ERR_INVALID_OPTIONS for an unknown profile', () => {
    const error = thrown(() => createGuard({ profile: 'nope' } as unknown as GuardOptions));
    expect(error).toBeInstanceOf(VanguardError);
    expect(error.code).toBe(VanguardErrorCode.InvalidOptions);
    expect(error.code).toBe('VG_ERR_INVALID_OPTIONS');
    expect(error.message).toContain('profile');
  });

  it('throws VG_ERR_INVALID_OPTIONS for unknown keys and wrong types, listing every issue', () => {
    const error = thrown(() => createGuard({ profle: 'strict', layerTimeoutMs: -1 } as unknown as GuardOptions));
    expect(error.code).toBe('VG_ERR_INVALID_OPTIONS');
    expect(error.message).toContain('layerTimeoutMs');
    expect(error.data?.['issues']).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'layerTimeoutMs' })]));
  });

  it('rejects limits and error codes out of range', () => {
    expect(thrown(() => createGuard({ limits: { maxDepth: 0 } })).code).toBe('VG_ERR_INVALID_OPTIONS');
    expect(thrown(() => createGuard({ errorCode: -32600 })).code).toBe('VG_ERR_INVALID_OPTIONS');
  });

  it('names the file, the rule id and the field of a bad rule', () => {
    const error = thrown(() => createGuard({ rules: { packs: [pack([rule({ severity: 'apocalyptic' })])] } }));
    expect(error.code).toBe('VG_ERR_RULE_INVALID');
    expect(error.message).toContain('acme.yaml');
    expect(error.message).toContain('acme/no-tmp');
    expect(error.message).toContain('severity');
    expect(error.data).toMatchObject({ pack: 'acme.yaml', rule: 'acme/no-tmp', field: 'severity' });
  });

  it('names the pack of a pack that is not valid YAML or misses fields', () => {
    const yaml = thrown(() => createGuard({ rules: { packs: [{ name: 'broken.yaml', content: 'pack: [unclosed' }] } }));
    expect(yaml.code).toBe('VG_ERR_RULE_INVALID');
    expect(yaml.message).toContain('broken.yaml');
    const shape = thrown(() => createGuard({ rules: { packs: [{ name: 'empty.yaml', content: { pack: 'empty', description: 'No rules at all here.', rules: [] } }] } }));
    expect(shape.code).toBe('VG_ERR_RULE_INVALID');
    expect(shape.message).toContain('empty.yaml');
  });

  it('rejects a rule id that is not family/name', () => {
    const error = thrown(() => createGuard({ rules: { packs: [pack([rule({ id: 'NoFamily' })])] } }));
    expect(error.code).toBe('VG_ERR_RULE_INVALID');
    expect(error.data).toMatchObject({ rule: 'NoFamily', field: 'id' });
  });

  it('loads a valid YAML pack and runs its rule', async () => {
    const yaml = [
      'pack: acme',
      'description: Acme house rules for tests.',
      'rules:',
      '  - id: acme/no-tmp',
      '    description: Paths under /tmp are not allowed here.',
      '    severity: medium',
      '    action: review',
      '    kinds: [path]',
      "    patterns: ['^/tmp/']",
      '    message: Path under /tmp',
      '    examples:',
      "      match: ['/tmp/x']",
      "      no-match: ['/home/x']",
    ].join('\n');
    const guard = createGuard({ rules: { packs: [{ name: 'acme.yaml', content: yaml }] } });
    expect(guard.rules.find((r) => r.id === 'acme/no-tmp')).toMatchObject({ pack: 'acme', action: 'review' });
    const verdict = await guard.inspect({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'w', arguments: { file: '/tmp/out.txt' } } }, { from: 'client' });
    expect(verdict.action).toBe('review');
    expect(verdict.primary?.rule).toBe('acme/no-tmp');
  });

  it('throws VG_ERR_REGEX_UNSUPPORTED for a backreference, naming the pattern', () => {
    const error = thrown(() => createGuard({ rules: { packs: [pack([rule({ patterns: ['^/tmp/', '(a)\\1'] })])] } }));
    expect(error.code).toBe('VG_ERR_REGEX_UNSUPPORTED');
    expect(error.data).toMatchObject({ pack: 'acme.yaml', rule: 'acme/no-tmp', field: 'patterns.1' });
  });

  it('throws VG_ERR_RULE_INVALID for a pattern with an upper-case literal, which lower-cased values never match', () => {
    const error = thrown(() => createGuard({ rules: { packs: [pack([rule({ patterns: ['^/tmp/', 'invoke-Expression'] })])] } }));
    expect(error.code).toBe('VG_ERR_RULE_INVALID');
    expect(error.data).toMatchObject({ pack: 'acme.yaml', rule: 'acme/no-tmp', field: 'patterns.1' });
    expect(error.message).toContain('"E" at offset 7 is upper case');
    for (const pattern of ['\\Qa.B\\E', '[a-z]X']) expect(thrown(() => createGuard({ rules: { packs: [pack([rule({ patterns: [pattern] })])] } })).code, pattern).toBe('VG_ERR_RULE_INVALID');
  });

  it('accepts upper case where it is not a literal: escapes, classes, group names, flags, (?i)', () => {
    for (const pattern of ['\\S+\\W\\D\\B', '\\p{Lu}|\\pL|\\x41|\\x{2028}', '[A-Za-z]+', '[[:upper:]a]', '(?P<Name>tmp)', '(?<Name>tmp)', '(?s:tmp)', '(?i)TMP']) {
      expect(() => createGuard({ rules: { bundled: false, packs: [pack([rule({ patterns: [pattern] })])] } }), pattern).not.toThrow();
    }
  });

  it('throws VG_ERR_REGEX_UNSUPPORTED for lookahead and lookbehind', () => {
    for (const pattern of ['foo(?=bar)', '(?<!x)y', 'a(?!b)']) {
      expect(thrown(() => createGuard({ rules: { packs: [pack([rule({ patterns: [pattern] })])] } })).code, pattern).toBe('VG_ERR_REGEX_UNSUPPORTED');
    }
  });

  it('throws VG_ERR_RULE_DUPLICATE when a pack redefines a rule', () => {
    const twice = thrown(() => createGuard({ rules: { packs: [pack([rule(), rule()])] } }));
    expect(twice.code).toBe('VG_ERR_RULE_DUPLICATE');
    const bundled = thrown(() => createGuard({ rules: { packs: [pack([rule({ id: 'path/traversal' })])] } }));
    expect(bundled.code).toBe('VG_ERR_RULE_DUPLICATE');
    expect(bundled.data).toMatchObject({ rule: 'path/traversal' });
  });

  it('throws VG_ERR_LAYER_CONFIG for a malformed layer or a duplicate layer name', () => {
    const noop = (name: string): Layer => defineLayer({ name, phase: 'behavioral', description: 'does nothing', inspect: () => [] });
    expect(thrown(() => createGuard({ layers: [{ name: 'bad-name', phase: 'rules', inspect: () => [] } as unknown as Layer] })).code).toBe('VG_ERR_LAYER_CONFIG');
    expect(thrown(() => defineLayer({ name: 'x', phase: 'later', description: 'x', inspect: () => [] } as unknown as Parameters<typeof defineLayer>[0])).code).toBe('VG_ERR_LAYER_CONFIG');
    expect(thrown(() => createGuard({ layers: [noop('twin'), noop('twin')] })).code).toBe('VG_ERR_LAYER_CONFIG');
    expect(thrown(() => createGuard({ layers: [noop('rules')] })).code).toBe('VG_ERR_LAYER_CONFIG');
  });

  it('throws VG_ERR_PROFILE_INVALID for a malformed profile table', () => {
    const error = thrown(() => parseProfiles('profiles:\n  balanced:\n    description: too short\n', 'profiles.yaml'));
    expect(error.code).toBe('VG_ERR_PROFILE_INVALID');
    expect(error.message).toContain('profiles.yaml');
  });

  it('brands its errors so they are recognised across copies of the package', () => {
    const error = thrown(() => createGuard({ profile: 'nope' } as unknown as GuardOptions));
    expect(error.name).toBe('VanguardError');
    expect(isVanguardError(new Error('plain'))).toBe(false);
    expect(isVanguardError({ code: 'VG_ERR_INVALID_OPTIONS' })).toBe(false);
  });
});
