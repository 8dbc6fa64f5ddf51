import { foreignKey } from '../semantic/sends-secrets.js';
import { urlHost } from '../values/url-hosts.js';

// A variable written into a URL is filled in by whatever expands it before the request goes out: a shell
// (`$X`, `${X}`, `${X:-default}`), cmd.exe (`%X%`), PowerShell (`$env:X`), a client that expands its
// arguments. A service's key variable there travels to the URL's host; one sent to its own service
// (`${OPENAI_API_KEY}` to api.openai.com) is how that API is called, and a URL without a host of its own
// (`${API_BASE}/v1/models`) names no destination.

/** Every spelling of a variable reference, its name in the first group that matched (global: reset `lastIndex`). */
const variableReference = /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]{0,80}\}|\$env:([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/gi;

/** `names` with the names (lower case) of the variables `text` refers to pushed on, until it holds `most`. */
export function referencedNames(text: string, names: string[], most = 16): string[] {
  variableReference.lastIndex = 0;
  for (let m = variableReference.exec(text); m !== null && names.length < most; m = variableReference.exec(text)) names.push((m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase());
  return names;
}

export interface UrlVariableLeak {
  /** The variables named, upper case, space-separated. */
  readonly names: string;
  readonly host: string;
}

/** The key variables `url` carries to a host that is not their service's, or undefined. Linear in the URL. */
export function urlVariableLeak(url: string): UrlVariableLeak | undefined {
  if (!url.includes('$') && !url.includes('%')) return undefined;
  const host = urlHost(url);
  // A variable inside the host part decides the host itself: nothing is known of where it goes.
  if (host === undefined || host.includes('$') || host.includes('%')) return undefined;
  const named = referencedNames(url, []).join(' ');
  return named !== '' && foreignKey(named, host) ? { names: named.toUpperCase(), host } : undefined;
}
