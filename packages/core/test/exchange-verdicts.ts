import { describe, expect, it } from 'vitest';

import type { Guard } from '@vanguard/core';

import { findingsText } from './findings-text.js';
import type { Exchange } from './redteam-kit/exchange.js';
import { inspectExchange } from './redteam-kit/inspect.js';

/** Exchanges by the name their test gives them. */
export type NamedExchanges = readonly (readonly [string, Exchange])[];

/** Test names for the attacks and the benign twins (`%s` is a case's name). */
export interface ExchangeTestNames {
  readonly attack: string;
  readonly benign: string;
}

const plain: ExchangeTestNames = { attack: 'blocks %s', benign: 'lets %s pass' };

/**
 * One describe block of a detection: every attack exchange must be blocked by `guard` and no benign twin
 * may be, each failure naming the findings (the shape every such test file had a copy of).
 */
export function describeExchanges(title: string, guard: Pick<Guard, 'inspect'>, attacks: NamedExchanges, benign: NamedExchanges, names: ExchangeTestNames = plain): void {
  describe(title, () => {
    it.each(attacks)(names.attack, async (_name, exchange) => {
      const verdict = await inspectExchange(guard, exchange);
      expect(verdict.action, findingsText(verdict)).toBe('block');
    });

    it.each(benign)(names.benign, async (_name, exchange) => {
      const verdict = await inspectExchange(guard, exchange);
      expect(verdict.action, findingsText(verdict)).not.toBe('block');
    });
  });
}
