import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { findingsText } from '../findings-text.js';
import { inspectExchange } from '../redteam/inspect.js';
import { callCases } from './cases-calls.js';
import { metadataCases, type SplitCase } from './cases-metadata.js';
import { resultCases } from './cases-results.js';

// Attacks moved to another field, split over fields or padded, each next to a benign twin that differs only
// in intent: the guard must read a message as the model and the server will.
const guard = createGuard({ profile: 'balanced' });
const rows = (cases: readonly SplitCase[]) => cases.map((c) => [c.id, c] as const);

describe.each([
  ['tool, prompt and resource metadata', metadataCases],
  ['tool results and resources', resultCases],
  ['tool call arguments', callCases],
] as const)('%s', (_name, cases) => {
  it.each(rows(cases))('blocks the attack: %s', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.attack);
    expect(verdict.action, `${c.why}: ${findingsText(verdict)}`).toBe('block');
  });

  it.each(rows(cases))('lets the benign twin pass: %s', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.benign);
    expect(verdict.action, findingsText(verdict)).toBe('allow');
  });
});
