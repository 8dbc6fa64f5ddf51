import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { findingsText } from '../findings-text.js';
import type { AdversarialCase } from './cases.js';
import { inspectExchange } from './inspect.js';

export interface SuiteBounds {
  /** Attacks balanced does not block yet. */
  readonly misses: ReadonlySet<string>;
  /** The size `misses` may have at most: it can only go down. */
  readonly missesAtMost: number;
  /** The fewest cases the suite holds. */
  readonly atLeast: number;
  /** Whether its cases travel on every surface (every message kind). */
  readonly everySurface?: boolean;
  /** Benign twins balanced still blocks (the scorer's false positives, kept in view): it can only shrink. */
  readonly benignBlocked?: ReadonlySet<string>;
}

/**
 * The tests of one stop's adversarial suite at balanced: every attack not in `misses` is blocked, every
 * benign twin passes, and an attack in `misses` fails the last test once it is blocked, until it is taken
 * off the list (bench/redteam.mjs --set N prints the rates per surface and evasion at balanced and strict).
 */
export function describeAdversarialSuite(stop: number, cases: readonly AdversarialCase[], bounds: SuiteBounds): void {
  const guard = createGuard({ profile: 'balanced' });
  const { misses, missesAtMost, atLeast } = bounds;
  describe(`the stop-${stop} adversarial suite`, () => {
    it(`has at least ${atLeast} attacks, each with a benign twin${bounds.everySurface ? ', over every message kind' : ''}`, () => {
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
      expect(cases.length).toBeGreaterThanOrEqual(atLeast);
      if (bounds.everySurface) expect(new Set(cases.map((c) => c.surface)).size).toBe(9);
      expect(misses.size).toBeLessThanOrEqual(missesAtMost);
      for (const id of [...misses, ...(bounds.benignBlocked ?? [])]) expect(cases.some((c) => c.id === id), id).toBe(true);
    });

    it.each(cases.filter((c) => !misses.has(c.id)).map((c) => [c.id, c] as const))('blocks the attack %s', async (_id, c) => {
      const verdict = await inspectExchange(guard, c.attack);
      expect(verdict.action, findingsText(verdict)).toBe('block');
    });

    const blockedTwins = bounds.benignBlocked ?? new Set<string>();
    it.each(cases.filter((c) => !blockedTwins.has(c.id)).map((c) => [c.id, c] as const))('lets the benign twin of %s pass', async (_id, c) => {
      const verdict = await inspectExchange(guard, c.benign);
      expect(verdict.action, findingsText(verdict)).not.toBe('block');
    });

    it.each(cases.filter((c) => misses.has(c.id)).map((c) => [c.id, c] as const))('still lists %s as a miss only while it is one', async (_id, c) => {
      const verdict = await inspectExchange(guard, c.attack);
      expect(verdict.action, 'blocked now: take it off the misses list').not.toBe('block');
    });

    if (blockedTwins.size > 0) {
      it.each(cases.filter((c) => blockedTwins.has(c.id)).map((c) => [c.id, c] as const))('still lists the benign twin of %s as blocked only while it is', async (_id, c) => {
        const verdict = await inspectExchange(guard, c.benign);
        expect(verdict.action, 'passes now: take it off the benignBlocked list').toBe('block');
      });
    }
  });
}
