import type { Refusal } from './refusal.js';

/** Methods whose target travels in `Mcp-Name` (2026-07-28, SEP-2243), and the param that holds it. */
const namedBy: Readonly<Record<string, string>> = { 'tools/call': 'name', 'prompts/get': 'name', 'resources/read': 'uri' };

/** Header values that are not plain ASCII travel as `=?base64?…?=`. */
function decodeHeader(value: string): string {
  const m = /^=\?base64\?(.*)\?=$/.exec(value);
  if (!m) return value;
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(m[1]!), (c) => c.charCodeAt(0)));
  } catch {
    return value;
  }
}

/**
 * The 2026-07-28 check of `Mcp-Method` and `Mcp-Name` against the body: a gateway that decides on the body
 * must refuse a request whose headers say something else (HTTP 400, `-32020`), so no part of the chain
 * routes on one name while the guard judged another. `Mcp-Param-*` are forwarded unchanged; the server
 * checks them against the tool's schema.
 */
export function checkMcpHeaders(headers: { get(name: string): string | null }, body: string): { refusal: Refusal; id: string | number | undefined } | undefined {
  const methodHeader = headers.get('mcp-method');
  const nameHeader = headers.get('mcp-name');
  if (methodHeader === null && nameHeader === null) return undefined;
  let message: unknown;
  try {
    message = JSON.parse(body);
  } catch {
    return undefined; // the guard answers the parse error
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const { method, params, id } = message as { method?: unknown; params?: unknown; id?: unknown };
  const requestId = typeof id === 'string' || typeof id === 'number' ? id : undefined;
  const refuse = (reason: string) => ({ refusal: { rule: 'adapter/header-mismatch' as const, status: 400, reason }, id: requestId });
  if (typeof method !== 'string') return undefined;
  if (methodHeader !== null && decodeHeader(methodHeader) !== method) return refuse(`Mcp-Method ${JSON.stringify(methodHeader.slice(0, 80))} but the body's method is ${JSON.stringify(method.slice(0, 80))}`);
  const field = namedBy[method];
  if (field === undefined) return undefined;
  const target = typeof params === 'object' && params !== null ? (params as Record<string, unknown>)[field] : undefined;
  if (nameHeader === null) {
    const version = headers.get('mcp-protocol-version') ?? '';
    return version >= '2026-07-28' && typeof target === 'string' ? refuse(`the Mcp-Name header is missing for ${method}`) : undefined;
  }
  if (decodeHeader(nameHeader) !== target) return refuse(`Mcp-Name ${JSON.stringify(nameHeader.slice(0, 80))} but the body names ${JSON.stringify(String(target).slice(0, 80))}`);
  return undefined;
}
