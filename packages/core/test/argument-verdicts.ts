import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

// Shared by the argument-meaning tests: one balanced guard, one fresh session per call, and a label that
// names the findings when a verdict is not the expected one.
const guard = createGuard({ profile: 'balanced' });
let nextId = 1;

/** The balanced verdict on a tools/call of `tool` with `args`, in a session of its own. */
export async function verdictOf(tool: string, args: Record<string, unknown>): Promise<Verdict> {
  const id = nextId++;
  const message = { jsonrpc: '2.0', id, method: 'tools/call', params: { name: tool, arguments: args } };
  return guard.inspect(message, { from: 'client', sessionId: `args-${id}`, serverId: `args-${id}` });
}

/** The findings of a verdict, for an assertion's message. */
export const label = (verdict: Verdict): string => verdict.findings.map((f) => `${f.rule} (${f.evidence ?? ''})`).join(', ') || 'no findings';

export type ArgumentCase = readonly [what: string, tool: string, args: Record<string, unknown>];

/** The attacks must be blocked and the benign calls allowed, each a test named after its case. */
export function describeArguments(title: string, attacks: readonly ArgumentCase[], benign: readonly ArgumentCase[]): void {
  describe(title, () => {
    it.each(attacks)('blocks %s', async (_what, tool, args) => {
      const verdict = await verdictOf(tool, args);
      expect(verdict.action, label(verdict)).toBe('block');
    });

    it.each(benign)('lets %s pass', async (_what, tool, args) => {
      const verdict = await verdictOf(tool, args);
      expect(verdict.action, label(verdict)).toBe('allow');
    });
  });
}
