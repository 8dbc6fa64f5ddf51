import type { Guard, Principal } from '@vanguard/core';

export interface ServerMessageContext {
  readonly guard: Guard;
  readonly serverId: string;
  readonly sessionId: string;
  readonly principal: Principal | undefined;
  /** Sends the guard's answer to a server request it refused (sampling, elicitation) back upstream. */
  readonly answerUpstream: (message: unknown) => Promise<void>;
}

/**
 * Inspects one message from the server and carries out the disposition: the text to send the client in its
 * place (the same string when forwarded), or undefined for nothing.
 */
export async function guardServerMessage(data: string, ctx: ServerMessageContext): Promise<string | undefined> {
  const verdict = await ctx.guard.inspect(data, { from: 'server', sessionId: ctx.sessionId, serverId: ctx.serverId, ...(ctx.principal ? { principal: ctx.principal } : {}) });
  const d = verdict.disposition;
  switch (d.kind) {
    case 'forward':
      return data;
    case 'replace':
      return JSON.stringify(d.message);
    case 'respond':
      // A server request the guard refused: answer it upstream, show the client nothing of it.
      await ctx.answerUpstream(d.response);
      return d.replacement === undefined ? undefined : JSON.stringify(d.replacement);
    case 'drop':
      return undefined;
  }
}
