import type { Guard, Verdict } from '@vanguard/core';

import type { Exchange } from './messages.js';

let nextSession = 1;

/** The verdict on an exchange's message, in a fresh session (after the request it answers, if any). */
export async function inspectExchange(guard: Pick<Guard, 'inspect'>, exchange: Exchange): Promise<Verdict> {
  const sessionId = `redteam-${nextSession++}`;
  const context = { sessionId, serverId: sessionId };
  if (exchange.before !== undefined) await guard.inspect(exchange.before, { ...context, from: 'client' });
  return guard.inspect(exchange.message, { ...context, from: exchange.from });
}
