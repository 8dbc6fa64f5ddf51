import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import { redTeamCases as firstSet } from './redteam/index.js';
import { evasions, redTeamCases, surfaces, type Exchange } from './redteam2/index.js';
import { inspectExchange } from './redteam2/inspect.js';

// The second red-team set is a held-out measure (bench/redteam.mjs --set 2), so no verdict on any one case
// is asserted here, lest the detection be tuned to it: only its shape, and two counts that must not get worse
// (the balanced profile's catches and false positives when the set was first run against a build that had
// been changed without reading it).

/** A request or notification (a method) or an answer (a result), never both, sent by a named side. */
const isMessage = (e: Exchange): boolean => {
  const hasMethod = typeof e.message.method === 'string';
  const isAnswer = 'result' in e.message;
  return e.message.jsonrpc === '2.0' && hasMethod !== isAnswer && (e.from === 'client' || e.from === 'server');
};

describe('the second red-team set', () => {
  it('has at least 120 cases', () => {
    expect(redTeamCases.length).toBeGreaterThanOrEqual(120);
  });

  it('gives every case a unique id that the first set does not use', () => {
    const ids = redTeamCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const taken = new Set(firstSet.map((c) => c.id));
    expect(ids.filter((id) => taken.has(id))).toEqual([]);
  });

  it('gives every case an attack and a benign twin that are JSON-RPC messages', () => {
    const broken = redTeamCases.filter((c) => !isMessage(c.attack) || !isMessage(c.benign)).map((c) => c.id);
    expect(broken).toEqual([]);
  });

  it('labels every case with a listed surface and evasion, and uses every listed label', () => {
    expect(redTeamCases.filter((c) => !surfaces.includes(c.surface) || !evasions.includes(c.evasion)).map((c) => c.id)).toEqual([]);
    expect(surfaces.filter((s) => !redTeamCases.some((c) => c.surface === s))).toEqual([]);
    expect(evasions.filter((e) => !redTeamCases.some((c) => c.evasion === e))).toEqual([]);
  });

  it('sends each answer after the request it answers, with the same id', () => {
    const unmatched = redTeamCases.flatMap((c) => [c.attack, c.benign].map((e) => [c.id, e] as const))
      .filter(([, e]) => 'result' in e.message && (e.before === undefined || e.before.id !== e.message.id))
      .map(([id]) => id);
    expect(unmatched).toEqual([]);
  });

  it('keeps the balanced profile at or above its first held-out count of attacks blocked, and at or below its benign twins blocked', async () => {
    const guard = createGuard({ profile: 'balanced' });
    let caught = 0;
    let falsePositives = 0;
    for (const c of redTeamCases) {
      if ((await inspectExchange(guard, c.attack)).action === 'block') caught++;
      if ((await inspectExchange(guard, c.benign)).action === 'block') falsePositives++;
    }
    expect(caught).toBeGreaterThanOrEqual(66);
    expect(falsePositives).toBeLessThanOrEqual(5);
  });
});
