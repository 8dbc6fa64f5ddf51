// A git remote as a command line or a config gives it: a URL (`https://host/x.git`, `ssh://git@host:2222/x`),
// scp-like `user@host:path`, or a folder. One reading of where it points for every reader that asks whether a
// push leaves the user's machines (commands/analyze.ts's pushed branches, harmful-steps.ts's given remotes) or
// where a URL rewrite sends git (paths/git-config.ts): the host is read whole and asked of privateHost, so
// `10.evil.example` or `localhost.attacker.tld` is a public name, not a private address.
import { privateHost } from './private-hosts.js';
import { urlHost } from './url-hosts.js';

/** A git remote given as a URL (or scp-like `user@host:path`) rather than a remote's name. */
export const remoteUrl = /^(?:[a-z][a-z0-9+.-]*:\/\/|[\w.-]+@[\w.-]+:)/i;


/** Whether a remote address is on this machine or its private network: a folder, file://, or a URL whose host is the user's own. */
export function localRemote(address: string): boolean {
  if (/^(?:file:|[/.~])/i.test(address)) return true;
  if (!remoteUrl.test(address)) return false;
  const host = urlHost(address, true);
  return host !== undefined && privateHost(host);
}
