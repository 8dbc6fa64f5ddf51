import type { ScannedValue } from '../types.js';

// A token sent to the service that issued it, in the header that service reads it from, is how that
// service's API is called (`Authorization: Bearer ghp_…` to api.github.com over https). The same token in
// another field (a trace header, a query, a body), to another host, over plain http or next to an address
// that is not the issuer's, leaves: only the whole-header, own-issuer case is let be. Issuer domains count
// with their subdomains (`uploads.github.com`), never as a prefix of another name (`github.com.evil.io`),
// and the host is the one a fetch sends to: the URL is read by the WHATWG parser, not by its looks.

/** Token prefixes and the domains whose services accept them. */
const issuers: readonly (readonly [prefix: string, domains: readonly string[]])[] = [
  ['ghp_', ['github.com', 'githubusercontent.com', 'ghcr.io']],
  ['gho_', ['github.com', 'githubusercontent.com', 'ghcr.io']],
  ['ghu_', ['github.com', 'githubusercontent.com', 'ghcr.io']],
  ['ghs_', ['github.com', 'githubusercontent.com', 'ghcr.io']],
  ['ghr_', ['github.com']],
  ['github_pat_', ['github.com', 'githubusercontent.com', 'ghcr.io']],
  ['glpat-', ['gitlab.com']],
  ['glptt-', ['gitlab.com']],
  ['gldt-', ['gitlab.com']],
  ['glrt-', ['gitlab.com']],
  ['atbb', ['bitbucket.org']],
  ['npm_', ['npmjs.org', 'npmjs.com']],
  ['pypi-', ['pypi.org']],
  ['rubygems_', ['rubygems.org']],
  ['dckr_pat_', ['docker.io', 'docker.com']],
  ['hf_', ['huggingface.co', 'hf.co']],
  // Stripe's secret and restricted keys, live and test: api.stripe.com reads them as a Bearer token.
  ['sk_live_', ['stripe.com']],
  ['sk_test_', ['stripe.com']],
  ['rk_live_', ['stripe.com']],
  ['rk_test_', ['stripe.com']],
  // Model providers' keys: Anthropic's (read from `x-api-key`), OpenRouter's, then OpenAI's plain `sk-` keys
  // (project, service-account and admin ones too); the longer prefix is looked up first.
  ['sk-ant-', ['anthropic.com']],
  ['sk-or-', ['openrouter.ai']],
  ['sk-', ['openai.com']],
];

/** Header names a service reads its token from (lower case). */
const tokenHeaders: ReadonlySet<string> = new Set(['authorization', 'private-token', 'x-api-key']);

/** Characters of a token's body. */
const tokenChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;

/** The domains that accept the header value's token (the value is one token, after `Bearer ` or `token ` at most), or undefined. */
function acceptedBy(header: string): readonly string[] | undefined {
  let token = header.trim();
  const space = token.indexOf(' ');
  if (space >= 0) {
    const scheme = token.slice(0, space).toLowerCase();
    if (scheme !== 'bearer' && scheme !== 'token') return undefined;
    token = token.slice(space + 1).trimStart();
  }
  if (token.length < 20 || token.length > 300) return undefined;
  for (let i = 0; i < token.length; i++) if (!tokenChar(token.charCodeAt(i))) return undefined;
  for (const [prefix, domains] of issuers) if (token.startsWith(prefix)) return domains;
  return undefined;
}

const underDomain = (host: string, domain: string): boolean => host === domain || (host.endsWith(domain) && host.charCodeAt(host.length - domain.length - 1) === 0x2e);

/** Schemes a URL parser reads with a host (WHATWG's special schemes): a value in one is an address. */
const addressSchemes: ReadonlySet<string> = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** A value's URL as the WHATWG parser every fetch reads it, when its scheme is one read with a host; else undefined. */
function addressedUrl(raw: string): URL | undefined {
  if (raw.indexOf(':') < 0) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  return addressSchemes.has(url.protocol) ? url : undefined;
}

/**
 * The host a client sends a value's URL to (a backslash ends the host, `%2e` is a dot, case and a trailing dot
 * do not count); '' for an https URL with a user part; null for a URL of another special scheme; undefined
 * when the value is no such URL.
 */
function addressedHost(raw: string): string | null | undefined {
  const url = addressedUrl(raw);
  if (url === undefined) return undefined;
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return '';
  return url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
}

const sameParent = (a: ScannedValue['path'], b: ScannedValue['path'], depth: number): boolean => {
  for (let i = 0; i < depth; i++) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * Slack's incoming webhooks: the URL is the key, and posting to it is its one use. Such a URL as the address
 * of an HTTP request (a `url` beside the request's method or headers) goes to the service that issued it.
 */
const webhooks: readonly (readonly [host: string, path: RegExp])[] = [['hooks.slack.com', /^\/(?:services|workflows)\//]];
const addressKeys: ReadonlySet<string> = new Set(['url', 'uri', 'endpoint', 'href', 'webhook', 'webhook_url', 'webhookurl']);
const httpMethod = /^(?:get|post|put|patch|delete|head|options)$/i;
/** Keys a request's body goes under, beside its address. */
const requestBodies: ReadonlySet<string> = new Set(['body', 'data', 'json', 'payload']);

/** The webhook's host when the value is a webhook URL addressing an HTTP request, or undefined. */
function webhookAddressed(values: readonly ScannedValue[], value: ScannedValue, depth: number): readonly string[] | undefined {
  if (!addressKeys.has(value.key.toLowerCase())) return undefined;
  const url = addressedUrl(value.raw);
  if (url === undefined) return undefined;
  // Over http the request is refused below, as any URL beside a token that is not https.
  const webhook = webhooks.find(([host, path]) => url.hostname === host && path.test(url.pathname));
  if (webhook === undefined) return undefined;
  // The request's other parts beside it: its method, or headers under it.
  for (const other of values) {
    if (other.path.length <= depth || !sameParent(other.path, value.path, depth)) continue;
    const key = other.path[depth];
    if (typeof key !== 'string') continue;
    if ((other.path.length === depth + 1 && key.toLowerCase() === 'method' && httpMethod.test(other.raw)) || (other.path.length === depth + 2 && key.toLowerCase() === 'headers')) return [webhook[0]];
    // A body beside it (an `http_post` tool's `url` and `body`): the request posts that body to the webhook.
    if (other.path.length >= depth + 1 && requestBodies.has(key.toLowerCase())) return [webhook[0]];
  }
  return undefined;
}

/** The domains that accept `value` when it is a token in its own header (`headers.Authorization`), or undefined. */
function headerToken(value: ScannedValue): readonly string[] | undefined {
  const path = value.path;
  if (path.length < 2 || !tokenHeaders.has(value.key.toLowerCase())) return undefined;
  const holder = path[path.length - 2];
  if (typeof holder !== 'string' || holder.toLowerCase() !== 'headers') return undefined;
  return acceptedBy(value.raw);
}

/**
 * Whether `values[at]` is a token header (`headers.Authorization`) whose token the request's https URL
 * (a value beside the `headers` object) sends to the service that issued it, or a webhook URL that is the
 * request's address. Every URL beside it must be that service's. Read only for a value a secret rule
 * matched: linear in the message's values.
 */
export function sentToItsIssuer(values: readonly ScannedValue[], at: number): boolean {
  const value = values[at]!;
  const path = value.path;
  let depth = path.length - 2;
  let domains = headerToken(value);
  if (domains === undefined && path.length >= 1) domains = webhookAddressed(values, value, (depth = path.length - 1));
  if (domains === undefined) return false;
  let urls = 0;
  for (const other of values) {
    if (other.path.length !== depth + 1 || !sameParent(other.path, path, depth)) continue;
    const host = addressedHost(other.raw);
    if (host === undefined) continue;
    if (host === null || !domains.some((d) => underDomain(host, d))) return false;
    urls++;
  }
  return urls > 0;
}
