import { describe, expect, it } from 'vitest';

import { carryOut, createGuard, type Disposition, type Guard, inspectSafely, OrderedLane, outcomeOf } from '@vanguard/core';

describe('OrderedLane', () => {
  it('runs tasks one after the other in the order queued, whatever each takes', async () => {
    const lane = new OrderedLane();
    const order: number[] = [];
    const delays = [30, 0, 10, 0, 20];
    await Promise.all(delays.map((ms, i) => lane.run(async () => {
      await new Promise((r) => setTimeout(r, ms));
      order.push(i);
    })));
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(lane.pending).toBe(0);
  });

  it('goes on after a task that throws, and hands the error to onError', async () => {
    const errors: unknown[] = [];
    const lane = new OrderedLane({ onError: (e) => errors.push(e) });
    const failed = lane.run(() => {
      throw new Error('boom');
    });
    const next = lane.run(() => 'still running');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('still running');
    await lane.idle();
    expect(errors).toHaveLength(1);
  });
});

describe('carryOut', () => {
  const targets = () => {
    const done: string[] = [];
    return {
      done,
      to: {
        forward: () => void done.push('forward'),
        pass: (m: unknown) => void done.push(`pass ${JSON.stringify(m)}`),
        answer: (m: unknown) => void done.push(`answer ${JSON.stringify(m)}`),
      },
    };
  };

  it('does exactly what each disposition says, and the outcome names it', () => {
    const cases: [Disposition, string[], string][] = [
      [{ kind: 'forward' }, ['forward'], 'forwarded'],
      [{ kind: 'replace', message: { id: 1 } }, ['pass {"id":1}'], 'replaced'],
      [{ kind: 'respond', response: { id: 2 } }, ['answer {"id":2}'], 'answered'],
      [{ kind: 'respond', response: [{ id: 3 }], replacement: [{ id: 4 }] }, ['answer [{"id":3}]', 'pass [{"id":4}]'], 'answered'],
      [{ kind: 'drop' }, [], 'dropped'],
    ];
    for (const [disposition, expected, outcome] of cases) {
      const { done, to } = targets();
      expect(carryOut(disposition, to)).toBeUndefined();
      expect(done).toEqual(expected);
      expect(outcomeOf(disposition)).toBe(outcome);
    }
  });

  it('returns a promise to wait for when a target asks to wait', async () => {
    let waited = 0;
    const slow = () => new Promise<void>((r) => setTimeout(() => (waited++, r()), 5));
    await carryOut({ kind: 'respond', response: {}, replacement: {} }, { forward: () => undefined, pass: slow, answer: slow });
    expect(waited).toBe(2);
  });
});

describe('inspectSafely', () => {
  const failing = (guard: Guard): Pick<Guard, 'inspect' | 'profile'> => ({ profile: guard.profile, inspect: () => Promise.reject(new Error('backend down')) });

  it('passes the guard verdict through when inspection works', async () => {
    const guard = createGuard();
    const verdict = await inspectSafely(guard, { jsonrpc: '2.0', id: 1, method: 'ping' }, { from: 'client' });
    expect(verdict.disposition).toEqual({ kind: 'forward' });
  });

  it('turns a rejected inspection into the guard-failure verdict of the profile, with the -32603 error for its id', async () => {
    const verdict = await inspectSafely(failing(createGuard({ profile: 'balanced' })), Buffer.from('{"jsonrpc":"2.0","id":"r-1","method":"tools/list"}'), { from: 'client' });
    expect(verdict).toMatchObject({ action: 'block', primary: { rule: 'engine/internal-error' } });
    expect(verdict.disposition).toMatchObject({ kind: 'respond', response: { id: 'r-1', error: { code: -32603 } } });
  });

  it('lets the message through in monitor, as core does for its own failures', async () => {
    const verdict = await inspectSafely(failing(createGuard({ profile: 'monitor' })), { jsonrpc: '2.0', id: 1, method: 'tools/list' }, { from: 'client' });
    expect(verdict).toMatchObject({ action: 'warn', disposition: { kind: 'forward' } });
  });
});
