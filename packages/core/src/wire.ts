import type { JsonRpcErrorResponse } from './jsonrpc.js';
import { formatPath } from './audit.js';
import type { Finding, Verdict } from './types.js';

/**
 * The JSON-RPC error codes Vanguard puts on the wire, one per outcome, whichever adapter sends them.
 * `blocked` is the guard's `errorCode` option (default -32010); the others are fixed.
 */
export const WireErrorCode = {
  /** A message refused by policy (a rule, a safe zone, a layer). Default; see the `errorCode` option. */
  Blocked: -32010,
  /** The message is larger or deeper than a configured limit (`preflight/max-*`). */
  TooLarge: -32011,
  /** The upstream server could not be reached (gateway, spawned server that never started). */
  UpstreamUnreachable: -32012,
  /** A gateway refused the request before inspecting it (authentication, a rate, concurrency or session limit, Host/Origin). */
  Refused: -32013,
  /** `Mcp-Method` / `Mcp-Name` headers disagree with the body (the 2026-07-28 spec's `HeaderMismatch`). */
  HeaderMismatch: -32020,
  /** The MCP server exited or closed its connection with this request in flight (the SDKs' `ConnectionClosed`). */
  ServerGone: -32000,
  /** The message is not JSON or not valid UTF-8 (JSON-RPC `Parse error`). */
  ParseError: -32700,
  /** The message is JSON but not a valid JSON-RPC 2.0 message (JSON-RPC `Invalid Request`). */
  InvalidRequest: -32600,
  /** The guard itself failed while inspecting; it failed closed (JSON-RPC `Internal error`). */
  GuardFailure: -32603,
} as const;

export type WireErrorCode = (typeof WireErrorCode)[keyof typeof WireErrorCode];

const parseRules = new Set(['preflight/parse-error', 'preflight/invalid-utf8']);
const sizeRules = new Set([
  'preflight/max-message-bytes', 'preflight/max-depth', 'preflight/max-string-length', 'preflight/max-array-length',
  'preflight/max-object-keys', 'preflight/max-nodes',
]);

/** The code and message prefix for a blocked message, from the rule that decided. */
export function wireErrorOf(primary: Finding | undefined, blockedCode: number): { code: number; prefix: string } {
  const rule = primary?.rule;
  if (rule === undefined) return { code: blockedCode, prefix: 'Blocked by Vanguard' };
  if (parseRules.has(rule)) return { code: WireErrorCode.ParseError, prefix: 'Parse error' };
  if (rule === 'protocol/invalid-message') return { code: WireErrorCode.InvalidRequest, prefix: 'Invalid Request' };
  if (sizeRules.has(rule)) return { code: WireErrorCode.TooLarge, prefix: 'Message too large' };
  if (rule === 'engine/internal-error') return { code: WireErrorCode.GuardFailure, prefix: 'Internal error' };
  if (rule === 'adapter/server-gone') return { code: WireErrorCode.ServerGone, prefix: 'Connection closed' };
  if (rule === 'adapter/upstream-unreachable') return { code: WireErrorCode.UpstreamUnreachable, prefix: 'Upstream unreachable' };
  if (rule === 'adapter/header-mismatch') return { code: WireErrorCode.HeaderMismatch, prefix: 'Bad Request: the request headers and body disagree' };
  if (rule.startsWith('adapter/')) return { code: WireErrorCode.Refused, prefix: 'Refused by Vanguard' };
  return { code: blockedCode, prefix: 'Blocked by Vanguard' };
}

/** The JSON-RPC error sent in a blocked message's place (`id` omitted when unknown, as for parse errors). */
export function wireError(id: string | number | undefined, verdict: Pick<Verdict, 'primary' | 'action'>, blockedCode: number): JsonRpcErrorResponse {
  const primary = verdict.primary;
  const reason = primary?.message ?? 'blocked by policy';
  const { code, prefix } = wireErrorOf(primary, blockedCode);
  return {
    jsonrpc: '2.0',
    ...(id === undefined ? {} : { id }),
    error: {
      code,
      message: `${prefix}: ${reason}${primary ? ` (${primary.rule})` : ''}`,
      data: {
        rule: primary?.rule ?? null,
        layer: primary?.layer ?? null,
        action: verdict.action,
        reason,
        ...(primary?.path.length ? { path: formatPath(primary.path) } : {}),
        ...(primary?.data && primary.layer === 'adapter' ? primary.data : {}),
      },
    },
  };
}
