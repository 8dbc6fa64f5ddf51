import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { encodedLookalikes, movedCases } from './encoded-and-moved-cases.js';
import { findingsText } from './findings-text.js';
import { inspectExchange } from './redteam/inspect.js';

// Each attack is encoded, split, padded or moved to another field, next to a benign twin that looks alike.
const guard = createGuard({ profile: 'balanced' });

describe('orders encoded, split, padded or moved to another field', () => {
  it.each(movedCases.map((c) => [c.id, c] as const))('blocks the attack: %s', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.attack);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });

  it.each(movedCases.map((c) => [c.id, c] as const))('lets the benign twin pass: %s', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.benign);
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });
});

describe('benign messages full of escapes, hex, base64 and long names', () => {
  it.each(encodedLookalikes)('lets %s pass', async (_id, exchange) => {
    const verdict = await inspectExchange(guard, exchange);
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });
});
