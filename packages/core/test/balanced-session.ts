import { createGuard } from '@vanguard/core';
import type { Verdict } from '@vanguard/core';

/** A session's calls and the answers its server gives them, through one balanced guard. */
export interface BalancedSession {
  /** Sends a `tools/call` and answers it with one text result (what the session reads). */
  readonly read: (name: string, args: Record<string, unknown>, text: string) => Promise<void>;
  /** Sends a `tools/call` and gives its verdict. */
  readonly call: (name: string, args: Record<string, unknown>) => Promise<Verdict>;
}

let nextId = 1;

/** A new session (its own id, one server named `tools`) on a new balanced guard: the shape the session-flow tests share. */
export function balancedSession(prefix: string): BalancedSession {
  const guard = createGuard({ profile: 'balanced' });
  const context = { sessionId: `${prefix}-${Math.random()}`, serverId: 'tools' };
  const send = async (name: string, args: Record<string, unknown>) => {
    const message = { jsonrpc: '2.0', id: nextId++, method: 'tools/call', params: { name, arguments: args } };
    return { verdict: await guard.inspect(message, { from: 'client', ...context }), id: message.id };
  };
  return {
    read: async (name, args, text) => {
      const { id } = await send(name, args);
      await guard.inspect({ jsonrpc: '2.0', id, result: { content: [{ type: 'text', text }] } }, { from: 'server', ...context });
    },
    call: async (name, args) => (await send(name, args)).verdict,
  };
}
