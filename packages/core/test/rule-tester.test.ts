import { describe, expect, it } from 'vitest';

import { isVanguardError, testRulePack } from '@vanguard/core';

import { sampleRule } from './sample-rule.js';

const pack = (rule: Record<string, unknown>) => ({
  name: 'tester.yaml',
  content: {
    pack: 'tester',
    description: 'Rules for the rule tester tests.',
    rules: [sampleRule(rule)],
  },
});

describe('testRulePack', () => {
  it('returns no failure when every example behaves', () => {
    expect(testRulePack([pack({})])).toEqual([]);
  });

  it('runs examples through the guard’s normalization and path form', () => {
    expect(testRulePack([pack({ examples: { match: ['%2Ftmp%2Fx', '\\tmp\\x', 'file:///tmp/x'], 'no-match': ['/home/tmp/x'] } })])).toEqual([]);
  });

  it('reports a match example the rule misses', () => {
    expect(testRulePack([pack({ examples: { match: ['/var/tmp/x'], 'no-match': ['/home/x'] } })])).toEqual([
      { pack: 'tester.yaml', rule: 'acme/no-tmp', example: '/var/tmp/x', expected: 'match', problem: 'missed' },
    ]);
  });

  it('reports a no-match example the rule matches', () => {
    expect(testRulePack([pack({ examples: { match: ['/tmp/x'], 'no-match': ['/tmp/y'] } })])).toEqual([
      { pack: 'tester.yaml', rule: 'acme/no-tmp', example: '/tmp/y', expected: 'no-match', problem: 'false-positive' },
    ]);
  });

  it('reports a prefilter that hides a match of the patterns', () => {
    const failures = testRulePack([pack({ prefilter: ['/temp'] })]);
    expect(failures).toEqual([{ pack: 'tester.yaml', rule: 'acme/no-tmp', example: '/tmp/x', expected: 'match', problem: 'prefilter' }]);
  });

  it('runs examples through the rule layer’s matcher, so a near group that hides a match is reported', () => {
    const failures = testRulePack([pack({ prefilter: ['/tmp'], near: [['secret']] })]);
    expect(failures).toEqual([{ pack: 'tester.yaml', rule: 'acme/no-tmp', example: '/tmp/x', expected: 'match', problem: 'prefilter' }]);
    expect(testRulePack([pack({ prefilter: ['/tmp'], near: [['secret']], examples: { match: ['/tmp/secret'], 'no-match': ['/tmp/x'] } })])).toEqual([]);
  });

  it('matches a long example only in windows around its prefilter hits, as the guard does', () => {
    const far = `/tmp/x${' '.repeat(9000)}`;
    const rule = { patterns: ['^/tmp/'], prefilter: ['/tmp/'], window: 64, examples: { match: [far], 'no-match': [`${' '.repeat(9000)}/tmp/x`] } };
    expect(testRulePack([pack(rule)])).toEqual([]);
  });

  it('honours the kinds and declared kinds of an object example', () => {
    const declaredOnly = pack({
      declared: ['path'],
      examples: { match: [{ value: '/tmp/x', declared: ['path'] }], 'no-match': [{ value: '/tmp/x', kinds: ['path'], declared: ['text'] }] },
    });
    expect(testRulePack([declaredOnly])).toEqual([]);
  });

  it('throws for an invalid pack, as createGuard does', () => {
    let error: unknown;
    try {
      testRulePack([pack({ patterns: ['(?=x)'] })]);
    } catch (e) {
      error = e;
    }
    expect(isVanguardError(error) && error.code).toBe('VG_ERR_REGEX_UNSUPPORTED');
  });
});
