import type { Guard, Verdict } from '@vanguard/core';

import type { Exchange } from './exchange.js';

let nextSession = 1;

/**
 * The verdict on an exchange's message, in a fresh session, after whatever came earlier in it and the
 * request it answers (if any). Every red-team set uses this one helper, so they are judged the same way.
 */
export async function inspectExchange(guard: Pick<Guard, 'inspect'>, exchange: Exchange): Promise<Verdict> {
  const sessionId = `redteam-${nextSession++}`;
  const context = { sessionId, serverId: sessionId };
  for (const step of exchange.earlier ?? []) await guard.inspect(step.message, { ...context, from: step.from });
  if (exchange.before !== undefined) await guard.inspect(exchange.before, { ...context, from: exchange.beforeFrom ?? 'client' });
  return guard.inspect(exchange.message, { ...context, from: exchange.from });
}
