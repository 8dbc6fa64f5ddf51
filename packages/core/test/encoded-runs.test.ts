import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { redTeamCases } from './encoded-runs/index.js';
import { findingsText } from './findings-text.js';
import { inspectExchange } from './redteam-kit/inspect.js';

// Commands hidden by an encoding their runner undoes (PowerShell's -EncodedCommand, code that hands eval or a
// process runner a string of escapes, character codes, hex or base64) are judged as what they decode to; the
// encoding alone blocks nothing when what it spells is ordinary work.
describe('encoded and assembled runs', () => {
  const guard = createGuard({ profile: 'balanced' });

  it.each(redTeamCases.map((c) => [c.id, c] as const))('blocks the attack %s', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.attack);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });

  it.each(redTeamCases.map((c) => [c.id, c] as const))('lets the benign twin of %s pass', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.benign);
    expect(verdict.action, findingsText(verdict)).not.toBe('block');
  });
});
