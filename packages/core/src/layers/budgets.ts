import { defineLayer } from '../layer.js';
import { all, chain } from '../stateful/awaitable.js';
import type { Awaitable, Layer, LayerContext, LayerFinding, LayerRule } from '../types.js';
import type { Budget } from '../stateful/behaviour-config.js';

/** A tripped budget: which one, and until when the session is refused. */
type Trip = {
  readonly rule: string;
  readonly until: number;
  readonly count: number;
};

/** Requests a cooling-down session may still make: the handshake and liveness checks. */
const alwaysAllowed = new Set(['initialize', 'ping']);

/**
 * Session budgets (circuit breakers): calls per window, risky (warned or flagged) messages and blocked
 * attempts per session. Past a cap the session's requests are refused with the budget's rule id until
 * `cooldownMs` has passed; then its counters start from zero, so it recovers by itself. Refused requests
 * do not count towards any budget, and responses are never refused (a server's answer is not lost).
 * Counts what the engine and earlier layers reported (requested actions, before the profile).
 */
export function createBudgetsLayer(budgets: readonly Budget[]): Layer {
  const rules: Record<string, LayerRule> = {};
  for (const b of budgets) {
    rules[b.id] = { description: b.description, severity: b.severity, action: 'block', hint: 'Budgets per profile are in rules/behaviour.yaml; the session recovers by itself after the cool-down.' };
  }
  const refusal = (trip: Trip, now: number): LayerFinding => {
    const left = Math.max(0, trip.until - now);
    return {
      rule: trip.rule,
      message: `${rules[trip.rule]?.description ?? trip.rule} (${trip.count} counted; retry in ${Math.ceil(left / 1000)} s)`,
      data: { retryAfterMs: left, until: trip.until, count: trip.count },
    };
  };

  function count(ctx: LayerContext<unknown>, isRequest: boolean): Awaitable<LayerFinding[]> {
    let risky = false;
    let blocked = false;
    for (const f of ctx.findings) {
      if (f.action === 'block') blocked = true;
      else if (f.action === 'warn' || f.action === 'review') risky = true;
    }
    const findings: LayerFinding[] = [];
    const pending: Awaitable<void>[] = [];
    for (const b of budgets) {
      const counts = b.counts === 'calls' ? isRequest : b.counts === 'blocked' ? blocked : risky && !blocked;
      if (!counts) continue;
      pending.push(
        chain(ctx.session.hit(`n/${b.id}`, b.windowMs), (n): Awaitable<void> => {
          if (n <= b.max) return;
          const trip: Trip = { rule: b.id, until: ctx.now() + b.cooldownMs, count: n };
          findings.push(refusal(trip, ctx.now()));
          // A fresh window after the cool-down: the session recovers instead of tripping again at once.
          return chain(ctx.session.set('trip', trip, { ttlMs: b.cooldownMs }), () => ctx.session.delete(`n/${b.id}`));
        }),
      );
    }
    return chain(all(pending), () => findings.slice(0, 1));
  }

  return defineLayer({
    name: 'budgets',
    phase: 'behavioral',
    description: 'Circuit breakers per session: calls, risky and blocked messages per window, with a cool-down',
    docs: 'docs/stateful.md#budgets',
    rules,
    inspect(_message, ctx) {
      const isRequest = ctx.from === 'client' && ctx.messageType === 'request' && !alwaysAllowed.has(ctx.method ?? '');
      // Nothing to refuse and nothing to count: no state to read.
      if (!isRequest && ctx.findings.length === 0) return [];
      return chain(ctx.session.get<Trip>('trip'), (trip) => {
        if (trip !== undefined && trip.until > ctx.now()) return isRequest ? [refusal(trip, ctx.now())] : [];
        return count(ctx, isRequest);
      });
    },
  });
}
