import type { LayerRule } from './types.js';

/**
 * Rules the engine reports itself, outside any layer: size and shape gates (`preflight/…`), JSON-RPC
 * checks (`protocol/…`), failures of the engine or a layer (`engine/…`), and what adapters meet before a
 * message can be inspected (`adapter/…`). Overrides and scopes can name them like any rule.
 */
export const engineRules: Readonly<Record<string, LayerRule>> = {
  'preflight/parse-error': { description: 'The message is not valid JSON', severity: 'high' },
  'preflight/invalid-utf8': { description: 'The message bytes are not valid UTF-8', severity: 'high' },
  'preflight/invalid-context': { description: 'inspect() was called without a valid context.from', severity: 'high' },
  'preflight/max-message-bytes': { description: 'The message is larger than limits.maxMessageBytes', severity: 'high', hint: 'Raise limits.maxMessageBytes if messages this large are expected.' },
  'preflight/max-depth': { description: 'The message nests deeper than limits.maxDepth', severity: 'high', hint: 'Raise limits.maxDepth if such nesting is expected.' },
  'preflight/max-string-length': { description: 'A string is longer than limits.maxStringLength', severity: 'high', hint: 'Raise limits.maxStringLength if such strings are expected.' },
  'preflight/max-array-length': { description: 'An array is longer than limits.maxArrayLength', severity: 'high', hint: 'Raise limits.maxArrayLength if such arrays are expected.' },
  'preflight/max-object-keys': { description: 'An object has more keys than limits.maxObjectKeys', severity: 'high', hint: 'Raise limits.maxObjectKeys if such objects are expected.' },
  'preflight/max-nodes': { description: 'The message holds more values than limits.maxNodes', severity: 'high', hint: 'Raise limits.maxNodes if such messages are expected.' },
  'preflight/non-finite-number': { description: 'The message holds NaN or Infinity, which JSON cannot carry', severity: 'high' },
  'preflight/not-json': { description: 'The message holds a value JSON cannot carry (undefined, function, symbol, bigint)', severity: 'high' },
  'preflight/lone-surrogate': { description: 'A string holds a lone UTF-16 surrogate (not valid Unicode)', severity: 'medium', action: 'warn' },
  'protocol/invalid-message': { description: 'Not a valid JSON-RPC 2.0 message', severity: 'high' },
  'protocol/wrong-direction': { description: 'A method sent by the side that may not send it', severity: 'high' },
  'protocol/unknown-method': { description: 'A method MCP does not define', severity: 'low', action: 'warn', hint: 'Vendor extensions use their own method names; strict blocks them.' },
  'engine/internal-error': { description: 'The guard failed while inspecting (fails closed per the profile)', severity: 'high' },
  'engine/layer-error': { description: 'A layer threw, rejected or returned something that is not a list of findings', severity: 'high', hint: "Set the layer's failure mode to 'open' if it is optional." },
  'engine/layer-timeout': { description: "A layer did not answer within its timeoutMs", severity: 'high', hint: "Raise the layer's timeoutMs, or set its failure mode to 'open' if it is optional." },
  'engine/store-unavailable': { description: 'The state store lost its shared backend and answers from local state', severity: 'high', action: 'warn', hint: 'Bring the shared store (Redis) back; strict fails closed meanwhile, monitor and balanced use local state.' },
  'adapter/server-gone': { description: 'The MCP server exited or closed the connection with this request in flight', severity: 'high' },
  'adapter/upstream-unreachable': { description: 'The upstream MCP server could not be reached', severity: 'high' },
  'adapter/unauthenticated': { description: 'A gateway request without valid credentials (missing, wrong or expired key or token)', severity: 'medium' },
  'adapter/forbidden': { description: 'A gateway request whose credentials lack a required scope or role', severity: 'medium' },
  'adapter/rate-limited': { description: "A gateway request over the principal's request rate", severity: 'low', hint: 'Raise limits.ratePerMinute of the gateway.' },
  'adapter/busy': { description: 'A gateway request over the per-principal or global concurrency limit', severity: 'low', hint: 'Raise limits.concurrencyPerPrincipal or limits.concurrency of the gateway.' },
  'adapter/session-limit': { description: 'A new session over the per-principal or total session limit', severity: 'low', hint: 'Raise limits.sessionsPerPrincipal or limits.sessions of the gateway.' },
  'adapter/session-unknown': { description: 'A gateway request for a session that expired, never existed or belongs to another principal', severity: 'medium' },
  'adapter/origin-refused': { description: 'A gateway request whose Host or Origin is not allowed (DNS-rebinding protection)', severity: 'high', hint: 'Add the host or origin to allowedHosts / allowedOrigins of the gateway.' },
  'adapter/header-mismatch': { description: 'Mcp-Method or Mcp-Name headers disagree with the request body', severity: 'high' },
};

/** Edit distance, for "did you mean" suggestions (inputs are short ids). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name closest to `name`, if any is reasonably close. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(name.length / 3)) ? best : undefined;
}
