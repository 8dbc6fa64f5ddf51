import { describe, expect, it } from 'vitest';

import { type AuditEvent, carryOut, createGuard, defineLayer, type Disposition, type Guard, inspectNow, inspectSafely, OrderedLane, outcomeOf, type Verdict } from '@vanguard/core';

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

  it('makes what is queued after a task its caller already started wait for that task, and hands its failure to onError', async () => {
    const errors: unknown[] = [];
    const lane = new OrderedLane({ onError: (e) => errors.push(e) });
    const order: string[] = [];
    let finish!: () => void;
    const running = new Promise<void>((resolve) => (finish = resolve)).then(() => void order.push('started first'));
    expect(lane.follow(running)).toBe(running);
    const next = lane.run(() => void order.push('queued after'));
    expect(lane.pending).toBe(2);
    finish();
    await next;
    expect(order).toEqual(['started first', 'queued after']);
    const failed = lane.follow(Promise.reject(new Error('boom')));
    await expect(failed).rejects.toThrow('boom');
    await lane.idle();
    expect(errors).toHaveLength(1);
    expect(lane.pending).toBe(0);
  });

  it('with something queued already, settles a started task and what is queued after it in the lane\'s order', async () => {
    const lane = new OrderedLane();
    const order: string[] = [];
    let finish!: () => void;
    const first = lane.run(() => new Promise<void>((resolve) => (finish = resolve)).then(() => void order.push('queued first')));
    const followed = lane.follow(Promise.resolve().then(() => void order.push('started')));
    const after = lane.run(() => void order.push('queued last'));
    await Promise.resolve();
    finish();
    await Promise.all([first, followed, after]);
    expect(order).toEqual(['started', 'queued first', 'queued last']);
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

describe('inspectNow', () => {
  const ping = { jsonrpc: '2.0', id: 1, method: 'ping' };

  it('gives the verdict itself when the guard reaches it without waiting for anything', () => {
    const verdict = inspectNow(createGuard(), ping, { from: 'client' });
    expect(verdict).not.toBeInstanceOf(Promise);
    expect((verdict as Verdict).disposition).toEqual({ kind: 'forward' });
  });

  it('gives a promise when a layer answers with one, and the same verdict as inspect', async () => {
    const slow = defineLayer({ name: 'slow-policy', phase: 'rules', description: 'answers later', inspect: () => Promise.resolve([]) });
    const guard = createGuard({ layers: [slow] });
    const verdict = inspectNow(guard, ping, { from: 'client' });
    expect(verdict).toBeInstanceOf(Promise);
    expect((await verdict).disposition).toEqual((await guard.inspect(ping, { from: 'client' })).disposition);
  });

  it('asks a guard whose inspect was replaced through the replacement, and fails closed when it throws', () => {
    const guard = createGuard({ profile: 'balanced' });
    guard.inspect = () => {
      throw new Error('replaced and broken');
    };
    const verdict = inspectNow(guard, ping, { from: 'client' }) as Verdict;
    expect(verdict).toMatchObject({ action: 'block', primary: { rule: 'engine/internal-error' } });
    expect(verdict.disposition).toMatchObject({ kind: 'respond', response: { id: 1, error: { code: -32603 } } });
  });

  it('turns a guard-like object that rejects into the guard-failure verdict', async () => {
    const rejecting = { profile: 'strict' as const, inspect: () => Promise.reject(new Error('backend down')) };
    await expect(inspectNow(rejecting, ping, { from: 'client' })).resolves.toMatchObject({ primary: { rule: 'engine/internal-error' }, disposition: { kind: 'respond' } });
  });

  it('emits the audit event of a verdict it gave at once after the caller is done with it, in order', async () => {
    const order: string[] = [];
    const guard = createGuard({ audit: (event: AuditEvent) => void order.push(`audit ${String(event.message_id)}`) });
    const first = inspectNow(guard, { ...ping, id: 'a' }, { from: 'client' });
    order.push('forwarded a');
    const second = inspectNow(guard, { ...ping, id: 'b' }, { from: 'client' });
    order.push('forwarded b');
    expect([first, second].some((v) => v instanceof Promise)).toBe(false);
    await Promise.resolve();
    expect(order).toEqual(['forwarded a', 'forwarded b', 'audit a', 'audit b']);
  });
});
