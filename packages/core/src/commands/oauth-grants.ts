import { privateHost } from '../values/private-hosts.js';
import { type UrlQuery, queryOf } from '../text/url-query-values.js';
import { urlHost } from '../values/url-hosts.js';

// An OAuth authorization request a call opens (a browser navigated to it, a link opened or clicked) that asks
// for the power of a whole account: every message of the mailbox, every file of the drive, the directory or an
// organisation's administration, or mail sent in the user's name kept with standing (offline) access. The agent's
// browser approving it hands that power to whoever runs the app, for as long as the refresh token lives. Scopes
// are read as data (scope → power), by provider spelling (Google URLs, Microsoft Graph names, GitHub and Slack
// words), not by an app's name. A narrow grant (sign-in, a calendar, one folder, read-only) passes, and so does
// any grant whose redirect comes back to this machine or its network (a desktop client, the developer's own app
// under test). Findings are data; nothing here throws.

/** Scopes that alone hand over a whole account or its administration. */
const wholeAccount: readonly [RegExp, string][] = [
  [/^https?:\/\/mail\.google\.com\/?$/, 'the whole Gmail mailbox (read, send, delete)'],
  [/^https?:\/\/www\.googleapis\.com\/auth\/drive\/?$/, 'every Google Drive file'],
  [/^https?:\/\/www\.googleapis\.com\/auth\/(?:admin\.directory\.(?!.*readonly)[\w.]+|gmail\.settings\.sharing)$/, 'the account\'s administration or mail forwarding'],
  [/^(?:https?:\/\/graph\.microsoft\.com\/)?(?:[a-z]+\.readwrite\.all|directory\.accessasuser\.all|full_access_as_app|rolemanagement\.readwrite\.[a-z]+|application\.readwrite\.[a-z]+)$/, 'writing across the whole Microsoft 365 tenant'],
  [/^(?:admin:org|admin:enterprise|admin:org_hook|delete_repo|site_admin)$/, 'an organisation\'s administration on GitHub'],
  [/^admin(?:\.[\w.:]+)?$/, 'a workspace\'s administration'],
];
/** Scopes that read or send the user's mail or write their files and code: one is a part of an account. */
const accountPart: readonly [RegExp, string][] = [
  [/^https?:\/\/www\.googleapis\.com\/auth\/gmail\.(?:send|modify|compose|insert|readonly)$/, 'Gmail'],
  [/^(?:https?:\/\/graph\.microsoft\.com\/)?(?:mail\.(?:send|readwrite|read)(?:\.shared)?|mailboxsettings\.readwrite|files\.readwrite)$/, 'Outlook mail or OneDrive'],
  [/^(?:repo|workflow|write:org|admin:repo_hook)$/, 'GitHub repositories'],
];
/** A refresh token asked for: the grant outlives the session. */
const standing = (scopes: readonly string[], query: UrlQuery): boolean => scopes.includes('offline_access') || query.get('access_type')?.toLowerCase() === 'offline';

/** Longest value read as a URL. */
const maxUrl = 8192;

/** What the scopes of an authorization URL hand over (a sentence), or undefined for a narrow grant. */
function scopePower(scopes: readonly string[], query: UrlQuery): string | undefined {
  const parts = new Set<string>();
  for (const scope of scopes) {
    for (const [shape, what] of wholeAccount) if (shape.test(scope)) return `${what} (scope ${scope})`;
    for (const [shape, what] of accountPart) if (shape.test(scope)) parts.add(what);
  }
  if (parts.size === 0) return undefined;
  if (standing(scopes, query)) return `standing access to ${[...parts].join(' and ')} (${scopes.slice(0, 4).join(' ')})`;
  return parts.size >= 2 ? `${[...parts].join(' and ')} at once (${scopes.slice(0, 4).join(' ')})` : undefined;
}

/** The grant an authorization URL asks for, when its scopes hand over an account and its redirect leaves the machine. */
export function fullScopeAuthorization(value: string): string | undefined {
  if (value.length > maxUrl) return undefined;
  const lower = value.toLowerCase();
  if (!lower.includes('client_id') || !lower.includes('scope')) return undefined;
  if (!/^\s*https:\/\//i.test(value)) return undefined;
  const query = queryOf(value.trim());
  const scope = query.get('scope');
  if (scope === undefined || !query.has('client_id')) return undefined;
  const redirect = query.get('redirect_uri');
  if (redirect !== undefined && returnsHome(redirect)) return undefined;
  // Scopes are separated by spaces (RFC 6749), by commas on GitHub and Slack.
  const scopes = scope.toLowerCase().split(/[\s,]+/).filter((s) => s.length > 0).slice(0, 32);
  const power = scopePower(scopes, query);
  return power === undefined ? undefined : `an OAuth grant to ${(redirect === undefined ? undefined : urlHost(redirect)) ?? 'an app'} of ${power}`;
}

/** Whether a redirect comes back to this machine or its network (or to no host: a copied code). */
function returnsHome(redirect: string): boolean {
  if (/^urn:ietf:wg:oauth:2\.0:oob/i.test(redirect)) return true;
  const host = urlHost(redirect);
  return host !== undefined && privateHost(host);
}

/** Keys of a call that carry the address it opens. */
const urlKeys = /^(?:url|uri|href|link|address|target|location|page)$/i;

/** The full-scope grant a call opens through one of its address fields (top level), or undefined. */
export function fullScopeGrantOpened(args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
  const record = args as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (typeof value !== 'string' || !urlKeys.test(key) || !value.includes('client_id')) continue;
    const grant = fullScopeAuthorization(value);
    if (grant !== undefined) return grant;
  }
  return undefined;
}
