import type { SimpleCommand } from './shell-words.js';

// Where a vendor serves the installer its own docs tell developers to pipe to a shell (`curl … | sh`).
// Such a line is ordinary setup: the script comes over https from the host and path only the vendor
// controls. A host that merely resembles one (sh.rustup-rs.dev), another owner's folder on a shared
// host (raw.githubusercontent.com/<someone>/…), plain http, a port, a query or credentials in the URL,
// or a fetcher told to go elsewhere (--resolve, a proxy, TLS checks off) is not that origin.

/** One origin: the exact host, and the path (prefix when it ends in `/`) the vendor's docs give. Lower case. */
interface InstallerOrigin {
  readonly host: string;
  readonly path: string;
}

/** The official install URLs, as each project's install page writes them. Adding a vendor is adding a row. */
export const officialInstallers: readonly InstallerOrigin[] = [
  { host: 'sh.rustup.rs', path: '/' }, // rustup
  { host: 'raw.githubusercontent.com', path: '/nvm-sh/nvm/' }, // nvm
  { host: 'raw.githubusercontent.com', path: '/homebrew/install/' }, // Homebrew
  { host: 'raw.githubusercontent.com', path: '/ohmyzsh/ohmyzsh/' }, // Oh My Zsh
  { host: 'deno.land', path: '/install.sh' }, // Deno
  { host: 'bun.sh', path: '/install' }, // Bun
  { host: 'astral.sh', path: '/uv/' }, // uv
  { host: 'astral.sh', path: '/ruff/' }, // ruff
  { host: 'get.pnpm.io', path: '/install.sh' }, // pnpm
  { host: 'get.volta.sh', path: '/' }, // Volta
  { host: 'starship.rs', path: '/install.sh' }, // starship
  { host: 'install.python-poetry.org', path: '/' }, // Poetry
  { host: 'fnm.vercel.app', path: '/install' }, // fnm
  { host: 'get.sdkman.io', path: '/' }, // SDKMAN!
  { host: 'ollama.com', path: '/install.sh' }, // Ollama
  { host: 'tailscale.com', path: '/install.sh' }, // Tailscale
];

const hosts = new Set(officialInstallers.map((o) => o.host));

/** Whether `url`, as written, is one of the official installer URLs: https, exact host, the vendor's path, nothing else. */
export function officialInstallerUrl(url: string): boolean {
  // Only a host and a plain path: escapes, dot segments, credentials, a port, a query or a fragment let a URL
  // read as one place and resolve to, or hand the script, another.
  if (!/^https:\/\/[a-z0-9.-]+(?:\/[a-z0-9._~/-]*)?$/i.test(url) || /\/\.\.?(?:\/|$)/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!hosts.has(parsed.hostname)) return false;
  const path = parsed.pathname.toLowerCase();
  return officialInstallers.some((o) => o.host === parsed.hostname && (path === o.path || (o.path.endsWith('/') && path.startsWith(o.path))));
}

// What an installer line passes to its fetcher: quiet, fail on errors, follow the vendor's redirects,
// https only, write to stdout. Anything else (a proxy, --resolve, a config file, -k, headers, a second URL) is not.
const curlFlags = /^-[fsSLq#v]+$/;
const curlWords = new Set(['--fail', '--silent', '--show-error', '--location', '--tlsv1.2', '--tlsv1.3', '--compressed', '--http1.1', '--http2', '--progress-bar', '--no-progress-meter']);
const curlValued = new Set(['--proto', '--proto-redir', '--retry', '--retry-delay', '--connect-timeout', '--max-time']);
const wgetFlags = /^-(?:[qv]+|nv)$/;
const wgetWords = new Set(['--quiet', '--https-only', '--no-verbose']);

/** Whether `argv` (a fetcher, wrappers read) fetches exactly one official installer URL to stdout and nothing else. */
export function fetchesOfficialInstaller(name: string, argv: readonly string[], cmd: SimpleCommand): boolean {
  if (cmd.env.length > 0 || cmd.redirects.length > 0 || cmd.substitutions.length > 0) return false;
  const urls: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (name === 'curl') {
      if (curlFlags.test(a) || curlWords.has(a) || a === '-o-' || a === '-so-' || a === '-sSo-' || /^--proto(?:-redir)?=/.test(a)) continue;
      if (a === '-o' && argv[i + 1] === '-') {
        i++;
        continue;
      }
      if (curlValued.has(a) && argv[i + 1] !== undefined && !argv[i + 1]!.includes('://')) {
        i++;
        continue;
      }
    } else if (name === 'wget') {
      if (wgetFlags.test(a) || wgetWords.has(a) || a === '-O-' || a === '-qO-' || a === '--output-document=-' || /^--secure-protocol=/.test(a)) continue;
      if ((a === '-O' || a === '-qO') && argv[i + 1] === '-') {
        i++;
        continue;
      }
    } else return false;
    if (a.startsWith('-')) return false;
    urls.push(a);
  }
  return urls.length === 1 && officialInstallerUrl(urls[0]!);
}
