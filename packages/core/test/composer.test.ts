import { describe, expect, it } from 'vitest';

import { type Action, createGuard, defineLayer, type Finding, type GuardOptions, type Layer, type Phase, type Severity } from '@vanguard/core';

import { compose } from '../src/composer.js';
import { bundledProfileTable } from '../src/rules/bundled.js';

const actions: readonly Action[] = ['allow', 'warn', 'review', 'shadow-block', 'block'];
const ping = { jsonrpc: '2.0', id: 1, method: 'ping' } as const;

function finding(rule: string, action: Action, severity: Severity = 'medium', deterministic = true): Finding {
  return { layer: 'test', rule, family: rule.split('/')[0] ?? rule, severity, action, message: `${rule} asks for ${action}`, path: [], deterministic };
}

/** A layer that reports the given findings on every message and counts its calls. */
function layer(name: string, phase: Phase, findings: readonly Finding[]): Layer & { calls: number } {
  const counter = { calls: 0 };
  const rules = Object.fromEntries(findings.map((f) => [f.rule, { description: `test rule ${f.rule}` }]));
  const defined = defineLayer({
    name,
    phase,
    description: `test layer ${name}`,
    rules,
    inspect() {
      counter.calls++;
      return findings;
    },
  });
  return Object.defineProperty(Object.create(defined) as Layer & { calls: number }, 'calls', { get: () => counter.calls });
}

const guardWith = (layers: Layer[], options: Omit<GuardOptions, 'layers'> = {}) =>
  createGuard({ ...options, rules: { bundled: false, ...options.rules }, layers });

describe('compose', () => {
  const profiles = bundledProfileTable();

  it('allows when there is no finding', () => {
    const result = compose([], profiles.balanced, [{}]);
    expect(result).toMatchObject({ action: 'allow', primary: undefined, findings: [] });
  });

  it('picks the most severe action, then the higher severity, then the earlier finding', () => {
    const a = finding('t/a', 'warn', 'critical');
    const b = finding('t/b', 'review', 'low');
    const c = finding('t/c', 'review', 'high');
    const d = finding('t/d', 'review', 'high');
    const result = compose([a, b, c, d], profiles.balanced, [{}]);
    expect(result.action).toBe('review');
    expect(result.primary).toBe(c);
    expect(result.effective).toEqual(['warn', 'review', 'review', 'review']);
  });

  it('drops findings turned off and reports the requested action of the primary', () => {
    const result = compose([finding('t/a', 'block'), finding('u/b', 'warn')], profiles.monitor, [{ 't/a': 'off' }]);
    expect(result.findings.map((f) => f.rule)).toEqual(['u/b']);
    expect(result.action).toBe('warn');
    expect(compose([finding('t/a', 'block')], profiles.monitor, [{}]).requested).toBe('block');
  });
});

describe('profiles', () => {
  it('balanced keeps each of the five actions as requested', async () => {
    for (const action of actions) {
      const verdict = await guardWith([layer('one', 'rules', [finding('test/one', action)])]).inspect(ping, { from: 'client' });
      expect(verdict.action).toBe(action);
      expect(verdict.primary?.rule).toBe(action === 'allow' ? undefined : 'test/one');
    }
  });

  it('monitor turns block into shadow-block and review into warn', async () => {
    const expected: Record<Action, Action> = { allow: 'allow', warn: 'warn', review: 'warn', 'shadow-block': 'shadow-block', block: 'shadow-block' };
    for (const action of actions) {
      const verdict = await guardWith([layer('one', 'rules', [finding('test/one', action)])], { profile: 'monitor' }).inspect(ping, { from: 'client' });
      expect(verdict.action, action).toBe(expected[action]);
    }
  });

  it('monitor explains what the profile changed', async () => {
    const verdict = await guardWith([layer('one', 'rules', [finding('test/one', 'block')])], { profile: 'monitor' }).inspect(ping, { from: 'client' });
    expect(verdict.explain.profileEffect).toBe('block → shadow-block (monitor profile)');
    expect(verdict.explain.summary).toMatch(/^Would have blocked/);
  });

  it('strict turns review into block', async () => {
    const verdict = await guardWith([layer('one', 'rules', [finding('test/one', 'review')])], { profile: 'strict' }).inspect(ping, { from: 'client' });
    expect(verdict.action).toBe('block');
    expect(verdict.explain.profileEffect).toBe('review → block (strict profile)');
  });

  it('strict blocks an unknown method that balanced only warns about', async () => {
    const unknown = { jsonrpc: '2.0', id: 1, method: 'acme/frobnicate' };
    expect((await createGuard().inspect(unknown, { from: 'client' })).action).toBe('warn');
    const verdict = await createGuard({ profile: 'strict' }).inspect(unknown, { from: 'client' });
    expect(verdict.action).toBe('block');
    expect(verdict.primary?.rule).toBe('protocol/unknown-method');
  });
});

describe('user overrides', () => {
  const blocking = () => layer('one', 'rules', [finding('test/one', 'block'), finding('other/two', 'warn')]);

  it('change the action a rule requests, by rule id', async () => {
    const verdict = await guardWith([blocking()], { rules: { overrides: { 'test/one': 'review' } } }).inspect(ping, { from: 'client' });
    expect(verdict.action).toBe('review');
  });

  it('change every rule of a family at once', async () => {
    const verdict = await guardWith([blocking()], { rules: { overrides: { test: 'warn' } } }).inspect(ping, { from: 'client' });
    expect(verdict.action).toBe('warn');
  });

  it('turn a rule off so its findings disappear from the verdict', async () => {
    const verdict = await guardWith([blocking()], { rules: { overrides: { 'test/one': 'off' } } }).inspect(ping, { from: 'client' });
    expect(verdict.findings.map((f) => f.rule)).toEqual(['other/two']);
    expect(verdict.action).toBe('warn');
  });

  it('turn a whole family off', async () => {
    const verdict = await guardWith([blocking()], { rules: { overrides: { test: 'off', other: 'off' } } }).inspect(ping, { from: 'client' });
    expect(verdict).toMatchObject({ action: 'allow', findings: [], primary: undefined });
  });

  it('prefer the rule id to the family', async () => {
    const verdict = await guardWith([blocking()], { rules: { overrides: { test: 'off', 'test/one': 'review' } } }).inspect(ping, { from: 'client' });
    expect(verdict.action).toBe('review');
  });

  it('win over the profile’s own overrides', async () => {
    const unknown = { jsonrpc: '2.0', id: 1, method: 'acme/frobnicate' };
    const verdict = await createGuard({ profile: 'strict', rules: { overrides: { 'protocol/unknown-method': 'warn' } } }).inspect(unknown, { from: 'client' });
    expect(verdict.action).toBe('warn');
  });

  it('still go through the profile’s action map', async () => {
    const verdict = await guardWith([layer('one', 'rules', [finding('test/one', 'warn')])], { profile: 'monitor', rules: { overrides: { 'test/one': 'block' } } }).inspect(ping, { from: 'client' });
    expect(verdict.action).toBe('shadow-block');
  });

  it('turn a bundled rule off so it is not even run', async () => {
    const guard = createGuard({ rules: { overrides: { 'path/traversal': 'off' } } });
    expect(guard.rules.map((r) => r.id)).not.toContain('path/traversal');
    const verdict = await guard.inspect(
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'read', arguments: { path: 'docs/../notes.md' } } },
      { from: 'client' },
    );
    expect(verdict.findings.map((f) => f.rule)).not.toContain('path/traversal');
  });
});

describe('layer order and precedence', () => {
  it('runs layers in phase order whatever order they are given in, and in the given order within a phase', async () => {
    const seen: string[] = [];
    const recorder = (name: string, phase: Phase): Layer =>
      defineLayer({
        name,
        phase,
        description: 'records the order layers run in',
        inspect() {
          seen.push(name);
          return [];
        },
      });
    const guard = guardWith([recorder('late', 'semantic'), recorder('b-first', 'behavioral'), recorder('auth', 'auth'), recorder('b-second', 'behavioral')]);
    await guard.inspect(ping, { from: 'client' });
    expect(seen).toEqual(['auth', 'b-first', 'b-second', 'late']);
  });

  it('never lets a later layer lower a deterministic block', async () => {
    const guard = guardWith([
      layer('blocker', 'rules', [finding('test/bad', 'block')]),
      layer('lenient', 'behavioral', [finding('test/bad', 'allow', 'critical'), finding('test/fine', 'allow', 'critical')]),
    ]);
    const verdict = await guard.inspect(ping, { from: 'client' });
    expect(verdict.action).toBe('block');
    expect(verdict.primary).toMatchObject({ layer: 'blocker', rule: 'test/bad' });
  });

  it('lets a semantic layer escalate but never lower', async () => {
    const escalating = guardWith([layer('rules-x', 'rules', [finding('test/warned', 'warn')]), layer('judge', 'semantic', [finding('semantic/attack', 'block')])]);
    const up = await escalating.inspect(ping, { from: 'client' });
    expect(up.action).toBe('block');
    expect(up.primary).toMatchObject({ layer: 'judge', deterministic: false });

    const lowering = guardWith([layer('rules-x', 'rules', [finding('test/reviewed', 'review')]), layer('judge', 'semantic', [finding('semantic/benign', 'allow', 'critical')])]);
    const same = await lowering.inspect(ping, { from: 'client' });
    expect(same.action).toBe('review');
    expect(same.primary?.rule).toBe('test/reviewed');
  });

  it('does not run semantic layers once deterministic findings block', async () => {
    const judge = layer('judge', 'semantic', []);
    await guardWith([layer('blocker', 'rules', [finding('test/bad', 'block')]), judge]).inspect(ping, { from: 'client' });
    expect(judge.calls).toBe(0);
    await guardWith([judge]).inspect(ping, { from: 'client' });
    expect(judge.calls).toBe(1);
  });

  it('runs semantic layers when an override lowered the deterministic block', async () => {
    const judge = layer('judge', 'semantic', []);
    const guard = guardWith([layer('blocker', 'rules', [finding('test/bad', 'block')]), judge], { rules: { overrides: { 'test/bad': 'warn' } } });
    expect((await guard.inspect(ping, { from: 'client' })).action).toBe('warn');
    expect(judge.calls).toBe(1);
  });

  it('names the layer that produced a finding, whatever the layer wrote', async () => {
    const verdict = await guardWith([layer('mine', 'rules', [{ ...finding('test/one', 'warn'), layer: 'someone-else' }])]).inspect(ping, { from: 'client' });
    expect(verdict.primary?.layer).toBe('mine');
    expect(verdict.explain).toMatchObject({ layer: 'mine', rule: 'test/one', family: 'test' });
    expect(verdict.explain.hint).toContain('test/one');
  });
});

describe('layer failures', () => {
  const throwing: Layer = defineLayer({
    name: 'broken',
    phase: 'behavioral',
    description: 'a layer whose backend is down',
    inspect() {
      throw new Error('database unavailable');
    },
  });

  it('turn a throwing layer into engine/layer-error with the profile’s layer-failure action', async () => {
    const expected = { monitor: 'warn', balanced: 'block', strict: 'block' } as const;
    for (const profile of ['monitor', 'balanced', 'strict'] as const) {
      const verdict = await guardWith([throwing], { profile }).inspect(ping, { from: 'client' });
      expect(verdict.action, profile).toBe(expected[profile]);
      expect(verdict.primary).toMatchObject({ rule: 'engine/layer-error', layer: 'broken', family: 'engine' });
      expect(verdict.primary?.message).toContain('database unavailable');
    }
  });

  it('turn a rejected promise into engine/layer-error', async () => {
    const rejecting = defineLayer({ name: 'async-broken', phase: 'semantic', description: 'a judge that is offline', inspect: () => Promise.reject(new Error('model offline')) });
    const verdict = await guardWith([rejecting]).inspect(ping, { from: 'client' });
    expect(verdict.primary?.rule).toBe('engine/layer-error');
  });

  it('turn a layer that does not answer in time into engine/layer-timeout', async () => {
    const hanging = defineLayer({ name: 'slow', phase: 'semantic', description: 'never answers', inspect: () => new Promise<never>(() => undefined) });
    const verdict = await guardWith([hanging], { layerTimeoutMs: 30 }).inspect(ping, { from: 'client' });
    expect(verdict.action).toBe('block');
    // The 30 ms given, not the 5 s default, ended the wait (the message says which; a wall-clock bound
    // also counted building the guard, slow on a loaded machine).
    expect(verdict.primary).toMatchObject({ rule: 'engine/layer-timeout', layer: 'slow' });
    expect(verdict.primary?.message).toContain('within 30 ms');
    const monitored = await guardWith([hanging], { layerTimeoutMs: 30, profile: 'monitor' }).inspect(ping, { from: 'client' });
    expect(monitored.action).toBe('warn');
  });

  it('turn malformed layer output into engine/layer-error', async () => {
    const notArray = defineLayer({ name: 'not-array', phase: 'rules', description: 'returns an object', inspect: () => ({ rule: 'x/y' }) as unknown as [] });
    const badAction = layer('bad-action', 'rules', [{ ...finding('test/x', 'warn'), action: 'explode' as Action }]);
    for (const l of [notArray, badAction]) {
      const verdict = await guardWith([l]).inspect(ping, { from: 'client' });
      expect(verdict.primary?.rule).toBe('engine/layer-error');
    }
  });

  it('fail an aborted inspection closed', async () => {
    const slow = defineLayer({ name: 'slow', phase: 'semantic', description: 'never answers', inspect: () => new Promise<never>(() => undefined) });
    const controller = new AbortController();
    controller.abort();
    const verdict = await guardWith([slow]).inspect(ping, { from: 'client', signal: controller.signal });
    expect(verdict.action).toBe('block');
    expect(verdict.primary?.rule).toBe('engine/layer-error');
  });

  it('keep the other layers’ findings', async () => {
    const verdict = await guardWith([layer('fine', 'rules', [finding('test/seen', 'warn')]), throwing]).inspect(ping, { from: 'client' });
    expect(verdict.findings.map((f) => f.rule)).toEqual(['test/seen', 'engine/layer-error']);
  });
});
