import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { benignCases, redTeamCases } from './adversarial60/index.js';
import { findingsText } from './findings-text.js';
import { inspectExchange } from './redteam-kit/inspect.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-60 set measures false positives blind, written from docs/detection.md and the README only: 153
// benign messages of security-adjacent ordinary work (detection rules and their attack-string fixtures, WAF and
// scanner output quoting the leaked line, pentest reports, an approved red-team plan, CTF write-ups,
// post-mortems quoting the attacker; ssh config, key rotation, terraform destroy plans, force-with-lease,
// systemd, k8s secrets, backups, masked logs; payments, RBAC, password-reset mail, GDPR jobs, OAuth; security
// and ops servers' tool lists, prompts, sampling and elicitation; a dozen languages; six of 5-60 KB), plus 13
// attacks with twins so a loosened rule shows. The lists below may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>(['px-ci-token-schema']);
/** 2 when the set was written; 1 with stop 72's defence acts. */
const missesAtMost = 1;
/** Twins of the attack pairs balanced blocks (none since a jq filter keeping secrets' names only was read, commands/selected-fields.ts). */
const benignBlocked = new Set<string>();

describeAdversarialSuite(60, redTeamCases, { misses, missesAtMost, atLeast: 13, benignBlocked });

/**
 * Benign messages without a twin balanced still blocks: it can only shrink. 13 of 153 when written; 10 once a
 * number field counting hours, Stripe's test-mode keys and a post-mortem's timeline of the attacker's steps
 * were read as such; 8 once key files a command uses without reading them out (`ssh-keygen -f`, `>> known_hosts`)
 * were no credential paths (commands/key-uses.ts); 6 once a search tool's query was no command it runs and a
 * pull request's preview stack was one made to be torn down; 5 once an archive pg_restore loads into a database
 * was no path read out (commands/database-loads.ts); 1 once an ssh config was read by its keywords
 * (paths/ssh-settings.ts), server instructions showing the user what the user asked for were no order, a
 * forwarded phishing mail in a ticket was quoted, and a file's body written was no SQL probe (written-files).
 */
const aloneBlocked = new Set<string>([
  'lg-zh-runbook',
]);

describe('the stop-60 benign messages without a twin', () => {
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
