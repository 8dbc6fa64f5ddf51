import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { benignCases, redTeamCases } from './adversarial58/index.js';
import { findingsText } from './findings-text.js';
import { inspectExchange } from './redteam-kit/inspect.js';
import { describeAdversarialSuite } from './redteam-kit/suite.js';

// The stop-58 set measures false positives blind, written from docs/detection.md and the README only: 155
// benign messages a coding agent and real servers exchange in areas set 47 left out (calls that edit files
// quoting `rm -rf` or `curl | sh`, PRs describing a security fix with its payload, the project's own shell
// work; advisories, CVE write-ups and prompt-injection research; threads, runbooks and onboarding docs aimed at
// people; AGENTS.md / CLAUDE.md / .cursorrules; imperative tool lists; hosts' system prompts; a dozen
// languages; some 10-30 KB), plus 15 attacks with twins so a loosened rule shows. Both lists below may only shrink.

/** Attacks balanced does not block yet. */
const misses = new Set<string>(['pq-schema-token']);
/** 2 when the set was written; 1 with stop 72's defence acts. */
const missesAtMost = 1;
/** Twins of the attack pairs balanced blocks (pq-issue-stranger's passed once "kindly" addressed any reader). */
const benignBlocked = new Set<string>(['pq-init-secrecy']);

describeAdversarialSuite(58, redTeamCases, { misses, missesAtMost, atLeast: 15, benignBlocked });

/**
 * Benign messages without a twin balanced still blocks: it can only shrink. 17 of 155 when written; 10 once
 * what people of a thread say to each other, sentences that only forbid, a routine call whose outcome the user
 * is shown, and examples in Italian and Japanese were read as such. hs-elicit-token stays: MCP forbids servers
 * to ask for secrets by elicitation, however politely.
 */
const aloneBlocked = new Set<string>([
  'rc-injection-paper', 'rc-blog-hijack-own-agent', 'rc-threat-model', 'rc-phishing-training', 'rc-long-research-digest',
  'th-onboarding-secrets', 'th-helpdesk-access', 'th-gdpr-request', 'hs-sampling-triage', 'hs-elicit-token',
]);

describe('the stop-58 benign messages without a twin', () => {
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
