import { describe, expect, it } from 'vitest';

import { createGuard, type Verdict } from '@vanguard/core';

// A message whose every value matches one rule keeps `limits.maxFindingsPerRule` findings of it; the
// rest are counted on the last one kept, and the verdict is the one all of them would have given.

const internalUrls = (count: number): string[] => Array.from({ length: count }, (_, i) => `http://h${i}.internal/status`);
const call = (args: Record<string, unknown>) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'fetch_all', arguments: args } });

const tally = (verdict: Verdict): Map<string, number> => {
  const out = new Map<string, number>();
  for (const f of verdict.findings) out.set(f.rule, (out.get(f.rule) ?? 0) + 1);
  return out;
};

describe('findings kept per rule and message', () => {
  it('keeps the first findings of a rule and counts its further matches on the last one kept', async () => {
    const guard = createGuard({ limits: { maxFindingsPerRule: 10 } });
    const verdict = await guard.inspect(call({ urls: internalUrls(25) }), { from: 'client' });
    const found = verdict.findings.filter((f) => f.rule === 'url/private-network');
    expect(found).toHaveLength(10);
    expect(found.map((f) => f.path.at(-1))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(found[9]?.data).toEqual({ unreported: 15 });
    expect(found.slice(0, 9).every((f) => f.data === undefined && f.evidence?.startsWith('http://h'))).toBe(true);
  });

  it('gives the verdict every finding would have given', async () => {
    const message = call({ urls: internalUrls(300), path: '../../../../etc/shadow' });
    for (const profile of ['balanced', 'strict'] as const) {
      const capped = await createGuard({ profile, limits: { maxFindingsPerRule: 5 } }).inspect(message, { from: 'client' });
      const all = await createGuard({ profile, limits: { maxFindingsPerRule: 1000 } }).inspect(message, { from: 'client' });
      expect(capped.action).toBe(all.action);
      expect(capped.primary).toEqual(all.primary);
      expect([...tally(capped).keys()].sort()).toEqual([...tally(all).keys()].sort());
      expect(tally(all).get('url/private-network')).toBe(300);
      expect(tally(capped).get('url/private-network')).toBe(5);
    }
  });

  it('adds no count while a rule stays within the limit', async () => {
    const verdict = await createGuard().inspect(call({ urls: internalUrls(100) }), { from: 'client' });
    const found = verdict.findings.filter((f) => f.rule === 'url/private-network');
    expect(found).toHaveLength(100);
    expect(found.some((f) => f.data !== undefined)).toBe(false);
  });

  it('gives a value its evidence in a later message after it was matched past the limit without it', async () => {
    // The guard remembers what its rules report per value; a match past the limit is found without its
    // evidence, so it must not be remembered for a message where it is within the limit.
    const guard = createGuard({ limits: { maxFindingsPerRule: 1 } });
    const [first, second] = internalUrls(2);
    await guard.inspect(call({ urls: [first, second] }), { from: 'client' });
    const later = await guard.inspect(call({ url: second }), { from: 'client' });
    const found = later.findings.filter((f) => f.rule === 'url/private-network');
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toContain('h1.internal');
  });

  it('finds a value in a later message that an earlier one left unread once its argument had its share', async () => {
    // One argument reports a rule at most 8 times; the rule is then not run on that argument's other values,
    // and what was not run must not be remembered as nothing found.
    const guard = createGuard();
    const keys = Array.from({ length: 12 }, (_, i) => `/home/u${i}/.ssh/id_rsa`);
    const first = await guard.inspect(call({ command: keys.map((k) => `cat ${k}`).join('; ') }), { from: 'client' });
    expect(first.findings.filter((f) => f.rule === 'path/credential-file')).toHaveLength(8);
    // The same token in the same kind of argument: the value read exactly as before.
    const later = await guard.inspect(call({ command: `cat ${keys[11]!}` }), { from: 'client' });
    expect(later.findings.filter((f) => f.rule === 'path/credential-file')).toHaveLength(1);
    expect(later.action).toBe('block');
  });

  it('refuses a limit below one', () => {
    expect(() => createGuard({ limits: { maxFindingsPerRule: 0 } })).toThrow(/maxFindingsPerRule/);
  });
});
