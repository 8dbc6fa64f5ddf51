import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { findingsText } from './findings-text.js';
import { inspectExchange } from './redteam/inspect.js';
import { redTeamCases } from './redteam/index.js';

// The blind red-team set: attacks written by someone who knew MCP but had not read the rules, each with a
// benign twin. The lists below are what the balanced profile still gets wrong: a to-do list, not a promise
// (bench/redteam.mjs prints the rates per surface and evasion at balanced and strict).
const guard = createGuard({ profile: 'balanced' });

/** Attacks balanced does not block yet (elicitation asks the user, who can decline: balanced reviews it, strict blocks). */
const misses = new Set([
  'elicit-pat', 'elicit-account-password', 'elicit-card',
  'elicit-seed', 'elicit-fr-sms', 'elicit-otp', 'elicit-disguised-field', 'elicit-zh-bank-pin', 'elicit-private-key',
]);
/** Benign twins balanced blocks: policy choices (loopback, file: URLs, system paths) or open false positives. */
const falsePositives = new Set([
  'path-proc-environ', 'url-metadata-v6-mapped', 'url-file-scheme', 'desc-shadow-bcc', 'schema-output-transfer',
  'resource-homoglyph',
]);

describe('the blind red-team set', () => {
  it('has an attack and a benign twin for every surface and evasion it names', () => {
    expect(new Set(redTeamCases.map((c) => c.id)).size).toBe(redTeamCases.length);
    expect(redTeamCases.length).toBeGreaterThanOrEqual(120);
  });

  it.each(redTeamCases.filter((c) => !misses.has(c.id)).map((c) => [c.id, c] as const))('blocks the attack %s', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.attack);
    expect(verdict.action, findingsText(verdict)).toBe('block');
  });

  it.each(redTeamCases.filter((c) => c.surface === 'elicitation').map((c) => [c.id, c] as const))('holds the elicitation %s for review at least', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.attack);
    expect(['review', 'block'], findingsText(verdict)).toContain(verdict.action);
  });

  it.each(redTeamCases.filter((c) => !falsePositives.has(c.id)).map((c) => [c.id, c] as const))('lets the benign twin of %s pass', async (_id, c) => {
    const verdict = await inspectExchange(guard, c.benign);
    expect(verdict.action, findingsText(verdict)).not.toBe('block');
  });
});
