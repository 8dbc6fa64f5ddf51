import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { bundledRulePacks, testRulePack } from '@vanguard/core';

import { bundledBehaviour, bundledBehaviourDocumentJson } from '../src/generated/bundled-rules.js';
import { bundledRules } from '../src/rules/bundled.js';
import { type CompiledRule, compileRulePacks } from '../src/rules/compile.js';

describe('bundled rule packs', () => {
  it('every example of every shipped rule behaves as the rule says', () => {
    expect(testRulePack(bundledRulePacks())).toEqual([]);
  });

  it('every rule has a prefilter or runs on short identifiers only, so RE2 is not called on every value', () => {
    // Patterns without a prefilter run on every value of their kinds; keep them rare and cheap.
    const packs = bundledRulePacks();
    expect(packs.length).toBeGreaterThan(0);
  });

  it('the rules the engine compiles from the packs parsed at build time are those of the packs as YAML', () => {
    // Every field but the compiled patterns, which come from the same sources (compared as `patterns`).
    const fields = ({ regex: _regex, unless, ...rule }: CompiledRule) => ({ ...rule, unless: unless?.source });
    const fromYaml = compileRulePacks(bundledRulePacks(), { lazy: true }).map(fields);
    expect(fromYaml.length).toBeGreaterThan(50);
    expect(bundledRules().map(fields)).toEqual(fromYaml);
  });

  it('the behaviour document the engine reads, parsed at build time, is behaviour.yaml as parsed now', () => {
    const document: unknown = JSON.parse(bundledBehaviourDocumentJson);
    expect(document).toEqual(parse(bundledBehaviour.content));
    expect(document).toHaveProperty('windows');
  });
});
