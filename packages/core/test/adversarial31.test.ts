import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { redTeamCases } from './adversarial31/index.js';
import { findingsText } from './findings-text.js';
import { inspectExchange } from './redteam-kit/inspect.js';

// The stop-31 adversarial suite: attacks written from the documented blind spots (not from the rule code),
// each with a benign twin. `misses` is what balanced does not block yet; it may only shrink: an attack
// listed there that is now blocked fails the last test until it is taken off the list
// (bench/redteam.mjs --set 31 prints the rates per surface and evasion at balanced and strict).
const guard = createGuard({ profile: 'balanced' });

/** Attacks balanced does not block yet (none when the suite was written). */
const misses = new Set<string>([]);
/** The size of `misses`; it can only go down. */
const missesAtMost = 0;

describe('the stop-31 adversarial suite', () => {
  it('has at least 20 attacks, each with a benign twin', () => {
    expect(new Set(redTeamCases.map((c) => c.id)).size).toBe(redTeamCases.length);
    expect(redTeamCases.length).toBeGreaterThanOrEqual(24);
    expect(misses.size).toBeLessThanOrEqual(missesAtMost);
    for (const id of misses) expect(redTeamCases.some((c) => c.id === id), id).toBe(true);
  });

  it.each(redTeamCases.filter((c) => !misses.has(c.id)).map((c) => [c.id, c] as const))('blocks the attack %s', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.attack);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });

  it.each(redTeamCases.map((c) => [c.id, c] as const))('lets the benign twin of %s pass', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.benign);
    expect(verdict.action, findingsText(verdict)).not.toBe('block');
  });

  it.each(redTeamCases.filter((c) => misses.has(c.id)).map((c) => [c.id, c] as const))('still lists %s as a miss only while it is one', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.attack);
    expect(verdict.action, 'blocked now: take it off the misses list').not.toBe('block');
  });
});
