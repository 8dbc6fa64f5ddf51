import { hostIsAddress, privateHost } from '../values/private-hosts.js';

// Where a lockfile a call writes says each package is fetched from (`resolved` of package-lock.json and
// yarn.lock, `tarball` of pnpm-lock.yaml): the next `npm ci` fetches from there and runs the package's install
// scripts. A public registry, a private one the user set up (Artifactory, GitHub Packages, a Verdaccio on the
// network, whatever its name) or a git host is where packages come from; a host that carries a public registry's name without
// being it (`registry.npmjs-cdn.org`, `registry.npmjs.org.example.net`), plain http to a public host, or a bare
// public IP address is a package swapped for one nobody pinned. Linear in the text.

/** Lockfiles of npm, yarn, pnpm and bun. */
export const lockfile = /(?:^|[\\/])(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock)$/i;
const maxText = 8 * 1024 * 1024;
const source = /\b(?:resolved|tarball)["']?\s*[:=]?\s*["']?(https?):\/\/([^/:\s"'@]+)/gi;
/** A public registry's own hosts (npm's and yarn's mirror of it). */
const registry = /(?:^|\.)(?:npmjs\.(?:org|com)|yarnpkg\.com)$/;
/** A host named for a public registry: the name of one of its domains in a label. */
const registryName = /npmjs|yarnpkg/;

/** Where a written lockfile fetches a package from that is no registry it names, or undefined. */
export function lockfileSourceHarm(text: string): { readonly what: string; readonly evidence: string } | undefined {
  if (text.length > maxText || !(text.includes('resolved') || text.includes('tarball'))) return undefined;
  source.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = source.exec(text); m !== null; m = source.exec(text)) {
    const host = m[2]!.toLowerCase();
    const scheme = m[1]!.toLowerCase();
    if (seen.has(`${scheme}:${host}`)) continue;
    seen.add(`${scheme}:${host}`);
    if (registry.test(host) && scheme === 'https') continue;
    // The user's own network first: a mirror there may carry the registry's name (`npmjs.corp.internal`).
    if (privateHost(host)) continue;
    if (registryName.test(host) && !registry.test(host)) return { what: `fetches a package from ${host}, a host named like the public registry that is not it`, evidence: m[0].slice(0, 120) };
    if (scheme === 'http') return { what: `fetches a package over plain http from ${host}`, evidence: m[0].slice(0, 120) };
    if (hostIsAddress(host)) return { what: `fetches a package from the bare address ${host}`, evidence: m[0].slice(0, 120) };
  }
  return undefined;
}
