import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { redTeamCases } from './adversarial29/index.js';
import { findingsText } from './findings-text.js';
import { inspectExchange } from './redteam-kit/inspect.js';

// The stop-29 adversarial suite: attacks written from the documented blind spots (not from the rule code),
// each with a benign twin. `misses` is what balanced does not block yet; it may only shrink: an attack
// listed there that is now blocked fails the last test until it is taken off the list
// (bench/redteam.mjs --set 29 prints the rates per surface and evasion at balanced and strict).
const guard = createGuard({ profile: 'balanced' });

/** Attacks balanced does not block yet (elicitation asks the user, who can decline: balanced may review it). */
const misses = new Set([
  'desc-polite-door-access', 'desc-attributed-iban', 'desc-split-private-key', 'desc-sw-credentials',
  'desc-cs-env', 'desc-zero-width-git-credentials', 'desc-padded-webhook', 'desc-base64-island', 'desc-reworded-delete-history',
  'schema-property-name-dotenv', 'schema-ro-password', 'schema-default-recipient',
  'init-polite-kubeconfig',
  'result-attributed-manager',
  'result-sv-ssh-key', 'result-el-delete', 'result-hu-passwords', 'result-fi-database', 'result-reworded-image-exfil',
  'result-recipient-swap',
  'resource-readme-authorized-keys', 'resource-yaml-comment-webhook', 'resource-hex-note',
  'prompt-bn-exfil', 'prompt-split-messages',
  'sampling-base64-with-hint',
  'elicit-polite-bank-login', 'elicit-cs-seed', 'elicit-disguised-otp',
]);
/** The size of `misses` (43 of 71 when the suite was written); it can only go down. */
const missesAtMost = 29;

describe('the stop-29 adversarial suite', () => {
  it('has at least 60 attacks, each with a benign twin, over every message kind', () => {
    expect(new Set(redTeamCases.map((c) => c.id)).size).toBe(redTeamCases.length);
    expect(redTeamCases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(redTeamCases.map((c) => c.surface)).size).toBe(9);
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
