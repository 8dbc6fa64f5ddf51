// A list's tools are put in a variant index only when a name may share a key with one listed before it
// (semantic/cross-tool.ts): the sieve must say so for any two names whose variant keys meet, or a
// near-duplicate would go unseen, and should seldom say so for names that merely look alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createCrossToolLayer } from '../src/semantic/layers.js';
import { clearSieve, sieved, variantKeys } from '../src/semantic/cross-tool.js';

/** Whether the sieve takes `b` for a possible variant of `a` listed before it. */
function sievedAlike(a: string, b: string): boolean {
  clearSieve();
  sieved(variantKeys(a));
  return sieved(variantKeys(b));
}

// Names from few letters, so that equal cores and cores one letter apart come up often.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'r', 's'), minLength: 1, maxLength: 7 });
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join('_'));
// A second name made from the first: a letter changed, added or dropped, case, separators, an affix.
const variant = fc.tuple(name, fc.nat(), fc.constantFrom('a', 'b', 's', 'x'), fc.constantFrom('change', 'add', 'drop', 'case', 'separator', 'affix', 'other')).map(([base, at, letter, how]): [string, string] => {
  const i = at % (base.length + 1);
  switch (how) {
    case 'change':
      return [base, `${base.slice(0, i)}${letter}${base.slice(i + 1)}`];
    case 'add':
      return [base, `${base.slice(0, i)}${letter}${base.slice(i)}`];
    case 'drop':
      return [base, `${base.slice(0, i)}${base.slice(i + 1)}`];
    case 'case':
      return [base, base.toUpperCase()];
    case 'separator':
      return [base, base.replaceAll('_', '-')];
    case 'affix':
      return [base, `${base}_v2`];
    default:
      return [base, `${letter}${base.split('').reverse().join('')}`];
  }
});

describe('the sieve before the variant index of a list', () => {
  it('takes two names for variants exactly when they share a variant key', () => {
    let sharing = 0;
    fc.assert(
      fc.property(variant, ([a, b]) => {
        const keys = new Set(variantKeys(a));
        const share = variantKeys(b).some((k) => keys.has(k));
        if (share) sharing++;
        // Hashes may meet for keys that differ; for names this alike they do not.
        expect(sievedAlike(a, b), `${a} ~ ${b}`).toBe(share);
      }),
      { numRuns: 20_000 },
    );
    // Many runs are pairs that share a key, among them long cores a letter apart.
    expect(sharing).toBeGreaterThan(5000);
  });

  it('does not take names of one verb or one noun for variants', () => {
    expect(sievedAlike('read_pull_request', 'move_pull_request')).toBe(false);
    expect(sievedAlike('create_branch', 'update_branch_25')).toBe(false);
    expect(sievedAlike('get_directory', 'run_directory')).toBe(false);
    expect(sievedAlike('read_pull_request', 'read_pull_requests')).toBe(false);
    expect(sievedAlike('read_pull_request', 'reed_pull_request')).toBe(true);
  });

  it('takes every name for a possible variant once a list has filled it', () => {
    clearSieve();
    // Names three letters apart (each part repeated three times): none shares a key with another.
    const spread = (i: number): string => {
      const part = i.toString(36).padStart(3, 'a');
      return `${part}_${part}_${part}`;
    };
    let filled = 0;
    while (filled < 1000 && !sieved(variantKeys(spread(filled)))) filled++;
    expect(filled).toBeGreaterThan(150);
    expect(filled).toBeLessThan(1000);
    expect(sieved(variantKeys('something_else_entirely'))).toBe(true);
  });

  it('still lets a list find a near-duplicate among its own tools', async () => {
    const layer = createCrossToolLayer();
    const description = 'Sends an e-mail to the given address with the given subject and body text';
    const tools = [
      { name: 'list_contacts', description: 'Lists the contacts of the address book' },
      { name: 'send_email_message', description },
      { name: 'search_inbox', description: 'Searches the inbox for messages' },
      { name: 'send_emajl_message', description },
    ];
    const found = await layer.inspect({ jsonrpc: '2.0', id: 1, result: { tools } }, { messageType: 'response', method: 'tools/list', sessionId: 's', serverId: 'a' } as never);
    expect(found.map((f) => [f.rule, f.path])).toEqual([['cross-tool/duplicate-tool', ['result', 'tools', 3]]]);
  });
});
