import type { Guard, Principal, RefusalRule, Verdict } from '@vanguard/core';

import { type Answer, jsonHeaders, toResponse } from './exchange.js';

/** A request the gateway will not pass on, before any message is inspected. */
export interface Refusal {
  readonly rule: RefusalRule;
  /** HTTP status: 400, 401, 403, 404, 429 or 503. */
  readonly status: number;
  readonly reason: string;
  /** Extra response headers (`WWW-Authenticate`, `Retry-After`). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Where a refusal happened, for the audit event. */
export interface RefusalContext {
  readonly serverId?: string;
  readonly sessionId?: string;
  readonly principal?: Principal | undefined;
  /** The JSON-RPC id of the refused request, when the body was read. */
  readonly id?: string | number | undefined;
}

/**
 * Turns a refusal into its HTTP response: core decides the JSON-RPC error (`guard.decide`, which also
 * emits the audit event), the gateway adds the HTTP status and headers.
 */
export async function refusalResponse(guard: Guard, refusal: Refusal, context: RefusalContext = {}): Promise<Response> {
  return toResponse(await refusalAnswer(guard, refusal, context));
}

/** The refusal's answer (what `refusalResponse` turns into a `Response`). */
export async function refusalAnswer(guard: Guard, refusal: Refusal, context: RefusalContext = {}): Promise<Answer> {
  const verdict: Verdict = await guard.decide(
    { kind: 'refused', rule: refusal.rule, reason: refusal.reason, ...(context.id === undefined ? {} : { id: context.id }), ...(refusal.data ? { data: refusal.data } : {}) },
    {
      ...(context.serverId === undefined ? {} : { serverId: context.serverId }),
      ...(context.sessionId === undefined ? {} : { sessionId: context.sessionId }),
      ...(context.principal ? { principal: context.principal } : {}),
    },
  );
  const d = verdict.disposition;
  // Without a request id the error goes out id-less (the spec allows it; `id: null` is invalid).
  const body = d.kind === 'respond' ? d.response : guard.errorFor({}, verdict);
  return { status: refusal.status, headers: { ...jsonHeaders, ...lowerCased(refusal.headers) }, body: JSON.stringify(body) };
}

const lowerCased = (headers: Readonly<Record<string, string>> = {}): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
};
