// Commands that open this machine or a resource to others: ssh forwarding a port of this machine to another
// host (-R, RemoteForward), or serving a proxy to the network (-D on an address other than loopback); and
// the option values the `access-grants` table of rules/programs.yaml reads (a public ACL, an owner role).
// Findings are data; nothing here throws on odd input.

/** ssh's options that take a value (OpenSSH); any other letter is a flag. */
const sshValued = new Set('BbcDEeFIiJLlmOopQRSWw');
/** A bind address that only this machine reaches. */
export const loopback = /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?)$/i;

/** The bind address of a forward spec (`[bind:]port…`; IPv6 in brackets), or undefined when none is given. */
function bindOf(spec: string): string | undefined {
  if (spec.startsWith('[')) {
    const end = spec.indexOf(']');
    return end > 0 && spec[end + 1] === ':' ? spec.slice(1, end) : undefined;
  }
  const parts = spec.split(':');
  // -D port, -D bind:port; -R port:host:hostport, -R bind:port:host:hostport (a slash form is a path: socket).
  return parts.length === 2 || parts.length === 4 ? parts[0] : undefined;
}

/** What an ssh argv (after the program) opens to others: a remote forward, or a proxy served beyond loopback. */
export function sshForward(args: readonly string[]): string | undefined {
  const forward = (letter: string, spec: string): string | undefined => {
    if (letter === 'R') return `a port of this machine forwarded to the remote host (-R ${spec})`;
    const bind = bindOf(spec);
    if (letter === 'D' && bind !== undefined && bind !== '' && !loopback.test(bind)) return `a proxy served to the network (-D ${spec})`;
    return undefined;
  };
  const setting = (text: string): string | undefined => {
    const m = /^\s*(remoteforward|dynamicforward)\s*[=\s]\s*(\S+)/i.exec(text);
    if (m === null) return undefined;
    return forward(m[1]!.toLowerCase() === 'remoteforward' ? 'R' : 'D', m[2]!);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    // The first operand is the host; what follows is the remote command.
    if (!a.startsWith('-') || a === '-') return undefined;
    if (a === '--') return undefined;
    for (let j = 1; j < a.length; j++) {
      const letter = a[j]!;
      if (!sshValued.has(letter)) continue;
      const value = j + 1 < a.length ? a.slice(j + 1) : args[++i] ?? '';
      const found = letter === 'o' ? setting(value) : letter === 'R' || letter === 'D' ? forward(letter, value) : undefined;
      if (found !== undefined) return found;
      break;
    }
  }
  return undefined;
}

/** Whether `argv` gives one of `names` a value `pattern` matches (lower case), as `--x v` or `--x=v`. */
export function givesValue(value: { readonly names: ReadonlySet<string>; readonly pattern: { test(s: string): boolean } }, argv: readonly string[]): boolean {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.charCodeAt(0) !== 0x2d) continue;
    const eq = a.indexOf('=');
    const name = (eq > 0 ? a.slice(0, eq) : a).toLowerCase();
    if (!value.names.has(name)) continue;
    const given = eq > 0 ? a.slice(eq + 1) : argv[i + 1];
    if (given !== undefined && value.pattern.test(given.toLowerCase())) return true;
  }
  return false;
}

const maxPolicy = 64 * 1024;
/** A Vault (or OpenBao) policy's path block: the glob and the capabilities list it grants. */
const policyPath = /path\s+"([^"\n]{0,200})"\s*\{[^}]{0,2000}?capabilities\s*=\s*\[([^\]]{0,400})\]/g;
/** Capabilities beyond reading: writing, deleting, and `sudo` (root-protected paths: seal, audit, policies). */
const writing = /"(?:create|update|patch|delete|sudo)"/;

/**
 * What a secrets server's policy text grants over every path (a sentence), or undefined: a block for `*` (or
 * `+/*`, every mount) that may write, delete or use `sudo`, which is root in all but name. A policy for the
 * paths of one app, or `*` read-only under one mount, passes. Gated on the literal `"*"` or `+/*`.
 */
export function policyOverEveryPath(text: string): string | undefined {
  if (!text.includes('"*"') && !text.includes('"+/*"')) return undefined;
  // A policy is a few blocks: the first 64 KiB bound the bounded-but-lazy body scan of each `path` at its start.
  const policy = text.length > maxPolicy ? text.slice(0, maxPolicy) : text;
  policyPath.lastIndex = 0;
  for (let m = policyPath.exec(policy); m !== null; m = policyPath.exec(policy)) {
    if ((m[1] === '*' || m[1] === '+/*') && writing.test(m[2]!)) return `a policy granting every path (path "${m[1]}" with ${m[2]!.replace(/\s+/g, ' ').trim()})`;
  }
  return undefined;
}
