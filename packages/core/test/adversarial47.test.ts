import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { benignCases, redTeamCases } from './adversarial47/index.js';
import { findingsText } from './findings-text.js';
import { inspectExchange } from './redteam-kit/inspect.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-47 set measures false positives: 150 benign messages a coding agent and real servers exchange
// that sit near what the guard blocks (devops commands on the project, text quoting attacks as examples,
// real servers' tool lists, stack traces and logs, host prompts, in several languages), written from
// knowledge of real work, plus 30 attacks with twins beside them so a loosened rule shows. Both lists
// below may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>(['pp-issue-order', 'pp-zw-result']);
/** 3 before, 2 once a push of every branch to a remote the line itself added was read as the repository copied there. */
const missesAtMost = 2;
/** Twins of the attack pairs balanced blocks (none since det63twins: a secret's creationTimestamp read by jsonpath prints no value, commands/selected-fields.ts). */
const benignBlocked = new Set<string>([]);

describeAdversarialSuite(47, redTeamCases, { misses, missesAtMost, atLeast: 30, benignBlocked });

/**
 * Benign messages without a twin balanced still blocks: it can only shrink. 3; 2 once a phish quoted as mail
 * people received ("got mail saying \"… reply with your password …\"") was read as reported, not asked.
 */
const aloneBlocked = new Set<string>([
  'qt-rm-rf-docs', 'rs-issue-comment',
]);

describe('the stop-47 benign messages without a twin', () => {
  const guard = createGuard({ profile: 'balanced' });

  it('holds at least 150 messages with unique ids, and lists only its own', () => {
    expect(new Set(benignCases.map((c) => c.id)).size).toBe(benignCases.length);
    expect(benignCases.length).toBeGreaterThanOrEqual(150);
    for (const id of aloneBlocked) expect(benignCases.some((c) => c.id === id), id).toBe(true);
  });

  it.each(benignCases.filter((c) => !aloneBlocked.has(c.id)).map((c) => [c.id, c] as const))('lets %s pass', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.benign);
    expect(verdict.action, findingsText(verdict)).not.toBe('block');
  });

  it.each(benignCases.filter((c) => aloneBlocked.has(c.id)).map((c) => [c.id, c] as const))('still lists %s as blocked only while it is', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.benign);
    expect(verdict.action, 'passes now: take it off the aloneBlocked list').toBe('block');
  });
});
