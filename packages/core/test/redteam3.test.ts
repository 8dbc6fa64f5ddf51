import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';

import type { Json } from './redteam-kit/exchange.js';
import { redTeamCases as firstSet } from './redteam/index.js';
import { redTeamCases as secondSet } from './redteam2/index.js';
import { inspectExchange } from './redteam-kit/inspect.js';
import { evasions, redTeamCases, surfaces, type Exchange } from './redteam3/index.js';

// The third red-team set is a held-out measure (bench/redteam.mjs --set 3), written without reading the rules
// or the other sets' cases, so no verdict on any case is asserted here, lest the detection be tuned to it:
// only its shape.

/** A request or notification (a method) or an answer (a result), never both. */
const isMessage = (m: Json): boolean => {
  const hasMethod = typeof m.method === 'string';
  return m.jsonrpc === '2.0' && hasMethod !== ('result' in m);
};
const isSide = (s: unknown): boolean => s === 'client' || s === 'server';
const wellFormed = (e: Exchange): boolean =>
  isMessage(e.message) && isSide(e.from) && (e.before === undefined || isMessage(e.before))
  && (e.earlier ?? []).every((step) => isMessage(step.message) && isSide(step.from));
const pairs = redTeamCases.flatMap((c) => [c.attack, c.benign].map((e) => [c.id, e] as const));

describe('the third red-team set', () => {
  it('has at least 150 cases', () => {
    expect(redTeamCases.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every case a unique id that the first two sets do not use', () => {
    const ids = redTeamCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const taken = new Set([...firstSet, ...secondSet].map((c) => c.id));
    expect(ids.filter((id) => taken.has(id))).toEqual([]);
  });

  it('gives every case an attack and a benign twin that are JSON-RPC messages from a named side', () => {
    expect(pairs.filter(([, e]) => !wellFormed(e)).map(([id]) => id)).toEqual([]);
  });

  it('never makes a benign twin the same message as its attack', () => {
    const same = redTeamCases.filter((c) => JSON.stringify(c.attack.message) === JSON.stringify(c.benign.message)).map((c) => c.id);
    expect(same).toEqual([]);
  });

  it('labels every case with a listed surface and evasion, and uses every listed label', () => {
    expect(redTeamCases.filter((c) => !surfaces.includes(c.surface) || !evasions.includes(c.evasion)).map((c) => c.id)).toEqual([]);
    expect(surfaces.filter((s) => !redTeamCases.some((c) => c.surface === s))).toEqual([]);
    expect(evasions.filter((e) => !redTeamCases.some((c) => c.evasion === e))).toEqual([]);
  });

  it('sends each answer after the request it answers, with the same id, from the other side', () => {
    const unmatched = pairs
      .filter(([, e]) => 'result' in e.message
        && (e.before === undefined || e.before.id !== e.message.id || (e.beforeFrom ?? 'client') === e.from))
      .map(([id]) => id);
    expect(unmatched).toEqual([]);
  });

  it('announces a changed tool list before every rug pull sends the new one', () => {
    const silent = redTeamCases.filter((c) => c.surface === 'rug-pull')
      .flatMap((c) => [c.attack, c.benign].map((e) => [c.id, e] as const))
      .filter(([, e]) => !(e.earlier ?? []).some((step) => step.message.method === 'notifications/tools/list_changed'))
      .map(([id]) => id);
    expect(silent).toEqual([]);
  });

  // A held-out measure: no case's verdict is asserted, only two counts that must not get worse (the balanced
  // profile's catches and benign twins blocked when the set was first run, on a build changed without reading it).
  it('keeps the balanced profile at or above its first held-out count of attacks blocked, and at or below its benign twins blocked', async () => {
    const guard = createGuard({ profile: 'balanced' });
    let caught = 0;
    let falsePositives = 0;
    for (const c of redTeamCases) {
      if ((await inspectExchange(guard, c.attack)).action === 'block') caught++;
      if ((await inspectExchange(guard, c.benign)).action === 'block') falsePositives++;
    }
    expect(caught).toBeGreaterThanOrEqual(113);
    expect(falsePositives).toBeLessThanOrEqual(19);
  });
});
