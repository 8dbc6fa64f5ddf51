import type { Refusal } from './refusal.js';

/** Host and Origin allowlists: DNS-rebinding protection for a gateway that browsers can reach. */
export interface OriginOptions {
  /**
   * `Host` values (`name` or `name:port`, lower case) the gateway answers to. Default: loopback names
   * (`localhost`, `127.0.0.1`, `[::1]`) on any port, which is what a gateway bound to loopback needs.
   * `['*']` turns the check off (behind a proxy that checks it).
   */
  readonly allowedHosts?: readonly string[];
  /** Origins (`scheme://host[:port]`) allowed to send requests. A request without `Origin` (not a browser) passes. Default: loopback origins. */
  readonly allowedOrigins?: readonly string[];
}

const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

function matches(value: string, allowed: readonly string[] | undefined, loopback: (value: string) => boolean): boolean {
  if (allowed === undefined) return loopback(value);
  return allowed.includes('*') || allowed.includes(value) || allowed.includes(hostnameOf(value));
}

/** The refusal for a request whose `Host` or `Origin` is not allowed, or undefined. */
export function checkHostAndOrigin(request: { readonly url: string; readonly headers: { get(name: string): string | null } }, options: OriginOptions = {}): Refusal | undefined {
  const host = (request.headers.get('host') ?? new URL(request.url).host).toLowerCase();
  if (!matches(host, options.allowedHosts, (h) => loopbackNames.has(hostnameOf(h)))) {
    return { rule: 'adapter/origin-refused', status: 403, reason: `Host ${host.slice(0, 100)} is not allowed` };
  }
  const origin = request.headers.get('origin');
  if (origin === null) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = undefined;
  }
  const normalized = parsed ? parsed.origin.toLowerCase() : origin.toLowerCase();
  const ok = options.allowedOrigins === undefined
    ? parsed !== undefined && loopbackNames.has(parsed.hostname.toLowerCase())
    : options.allowedOrigins.includes('*') || options.allowedOrigins.some((o) => o.toLowerCase().replace(/\/$/, '') === normalized);
  return ok ? undefined : { rule: 'adapter/origin-refused', status: 403, reason: `Origin ${origin.slice(0, 100)} is not allowed` };
}
