import { describe, expect, it } from 'vitest';

import { createGuard, type Guard, type ProfileName } from '@vanguard/core';

import { bundledRules } from '../src/rules/bundled.js';
import type { CompiledRule } from '../src/rules/compile.js';
import type { RuleExample } from '../src/rules/schema.js';
import { Kind, kindBits } from '../src/values/kinds.js';

// Every example of every bundled rule, sent through a real guard inside the message a client or server
// would send: the production path (extraction, classification by argument name and shape, the rule
// layer's literal index and `near` groups), not the reference matcher the rule tester once used.

const guards = new Map<ProfileName, Guard>();
const guardFor = (profile: ProfileName): Guard => {
  let guard = guards.get(profile);
  if (guard === undefined) guards.set(profile, (guard = createGuard({ profile })));
  return guard;
};

/** Argument names that declare one kind each (and `payload`, which declares none). */
const keyFor: readonly [number, string][] = [
  [Kind.Path, 'path'],
  [Kind.Url, 'url'],
  [Kind.Command, 'command'],
  [Kind.Text, 'text'],
];

/** The argument names a client would put the example under, from what the rule and example say of it. */
function argumentNames(rule: CompiledRule, example: RuleExample): string[] {
  const declared = typeof example === 'object' && example.declared ? kindBits(example.declared) : rule.declared;
  if (declared !== 0) return keyFor.filter(([bit]) => declared & bit).map(([, key]) => key);
  const kinds = typeof example === 'object' && example.kinds ? kindBits(example.kinds) : rule.kinds;
  const names = keyFor.filter(([bit]) => kinds & bit && !(rule.undeclared & bit)).map(([, key]) => key);
  // A rule for values found by shape alone (or in fields not declared as its kind) gets an undeclared name.
  return [...names, 'payload'];
}

let counter = 0;
const session = (): { sessionId: string } => ({ sessionId: `examples-${++counter}` });

async function firedInClientCalls(guard: Guard, rule: CompiledRule, value: string, names: readonly string[]): Promise<string[]> {
  const fired: string[] = [];
  for (const name of names) {
    const call = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'run', arguments: { [name]: value } } };
    const verdict = await guard.inspect(call, { from: 'client', ...session() });
    if (verdict.findings.some((f) => f.rule === rule.id)) fired.push(`tools/call argument \`${name}\``);
  }
  return fired;
}

/** The server messages that carry `value` where the rule looks: answers to client requests, or server requests. */
async function firedInServerMessages(guard: Guard, rule: CompiledRule, value: string): Promise<string[]> {
  const fired: string[] = [];
  const answer = async (label: string, method: string, params: unknown, result: unknown): Promise<void> => {
    const context = session();
    await guard.inspect({ jsonrpc: '2.0', id: 7, method, params }, { from: 'client', ...context });
    const verdict = await guard.inspect({ jsonrpc: '2.0', id: 7, result }, { from: 'server', ...context });
    if (verdict.findings.some((f) => f.rule === rule.id)) fired.push(label);
  };
  const request = async (label: string, method: string, params: unknown): Promise<void> => {
    const verdict = await guard.inspect({ jsonrpc: '2.0', id: 9, method, params }, { from: 'server', ...session() });
    if (verdict.findings.some((f) => f.rule === rule.id)) fired.push(label);
  };
  const methods = rule.methods;
  const allowed = (method: string): boolean => methods === undefined || methods.has(method);
  if (rule.kinds & Kind.ToolMetadata) {
    await answer('tools/list tool description', 'tools/list', {}, { tools: [{ name: 'helper', description: value, inputSchema: { type: 'object' } }] });
  }
  if (rule.kinds & ~Kind.ToolMetadata || methods !== undefined) {
    if (allowed('tools/call')) await answer('tools/call result text', 'tools/call', { name: 'run', arguments: {} }, { content: [{ type: 'text', text: value }] });
    if (allowed('elicitation/create')) {
      await request('elicitation/create message', 'elicitation/create', { message: value, requestedSchema: { type: 'object', properties: {} } });
    }
    if (allowed('sampling/createMessage')) {
      await request('sampling/createMessage message', 'sampling/createMessage', { messages: [{ role: 'user', content: { type: 'text', text: value } }], maxTokens: 100 });
    }
  }
  return fired;
}

async function fired(rule: CompiledRule, example: RuleExample): Promise<string[]> {
  const value = typeof example === 'string' ? example : example.value;
  const guard = guardFor(rule.profiles?.has('balanced') === false ? [...rule.profiles][0]! : 'balanced');
  const found: string[] = [];
  // `from: any` rules are checked on client messages (their examples are client values, see RuleExampleSchema).
  if (rule.from !== 2) found.push(...(await firedInClientCalls(guard, rule, value, argumentNames(rule, example))));
  else found.push(...(await firedInServerMessages(guard, rule, value)));
  return found;
}

const rules = bundledRules();

describe('bundled rule examples through a real guard', () => {
  it('covers every bundled rule', () => {
    expect(rules.length).toBeGreaterThan(50);
  });

  for (const rule of rules) {
    it(`${rule.id}: fires on its match examples and not on its no-match examples`, async () => {
      const problems: string[] = [];
      for (const example of rule.examples.match) {
        if ((await fired(rule, example)).length === 0) problems.push(`missed: ${JSON.stringify(example)}`);
      }
      for (const example of rule.examples.noMatch) {
        const where = await fired(rule, example);
        if (where.length > 0) problems.push(`fired on no-match ${JSON.stringify(example)} in ${where.join(', ')}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
