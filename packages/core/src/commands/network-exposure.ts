// A firewall rule that lets the whole internet reach a port where a remote login, a remote desktop, a
// database, a cache or a container engine listens: an AWS security group's ingress, an Azure NSG rule, a GCP
// firewall rule, read from a CLI line here and from an API's fields by field-grants.ts (both through `wideSource`
// and `reachesLoginPort`). What counts as "the internet" is a source range wider than any organisation holds
// (`0.0.0.0/0`, its halves `0.0.0.0/1` + `128.0.0.0/1`, `::/0`, Azure's `*`, `Internet`, `Any`); an office
// range, a VPC's range, a load balancer's 443 to the world pass. Findings are data; nothing here throws.

/** Ports where a remote login, a remote desktop, Windows' remote administration (SMB, WinRM), a database, a cache or a container engine listens. */
export const loginPorts: readonly number[] = [22, 23, 3389, 5900, 445, 5985, 5986, 5432, 3306, 1433, 1521, 6379, 27017, 9200, 11211, 2375, 2376, 5984, 9042];
/** Azure's names for every address (a service tag or the wildcard). */
const everyAddress = new Set(['*', 'internet', 'any', 'all']);
const ipv4Cidr = /^(\d{1,3})(?:\.\d{1,3}){3}\/(\d{1,2})$/;
const ipv6Cidr = /^[0-9a-f:]*:[0-9a-f:]*\/(\d{1,3})$/i;

/**
 * Whether a source range reaches the internet at large: a v4 prefix of /7 or shorter (no organisation holds a
 * block that size: `0.0.0.0/1` is half the internet) or a v6 prefix shorter than /16, or a name for every address.
 */
export function wideSource(value: string): boolean {
  const text = value.trim().toLowerCase();
  if (everyAddress.has(text)) return true;
  const v4 = ipv4Cidr.exec(text);
  if (v4 !== null) return Number(v4[2]) <= 7;
  const v6 = ipv6Cidr.exec(text);
  return v6 !== null && Number(v6[1]) < 16;
}

/** Whether a port range (inclusive) reaches a login port (ICMP's `-1` type is no port). */
export function reachesLoginPort(from: number, to: number): boolean {
  return loginPorts.some((p) => p >= Math.min(from, to) && p <= Math.max(from, to));
}

/** Whether a port spec (`22`, `"20-25"`, `"22,3389"`, `*`, `all`) reaches a login port. */
export function specReachesLoginPort(spec: string): boolean {
  for (const part of spec.split(/[,\s]+/)) {
    // A service as a firewall writes it: `tcp/3389`, `3389/tcp`, `tcp:22`, `TCP_3389`.
    const p = part.trim().toLowerCase().replace(/^(?:tcp|udp|any)[/:_-]|\/(?:tcp|udp)$/, '');
    if (p === '*' || p === 'all' || p === 'any') return true;
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(p);
    if (m !== null && reachesLoginPort(Number(m[1]), Number(m[2] ?? m[1]))) return true;
  }
  return false;
}

/** The values an option takes, as `--x v`, `--x=v`, and (Azure) the words after it up to the next option. */
function valuesOf(args: readonly string[], names: readonly string[], many = false): string[] | undefined {
  let found: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const name = (a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a).toLowerCase();
    if (!names.includes(name)) continue;
    found ??= [];
    if (eq > 0 && a.startsWith('--')) found.push(a.slice(eq + 1));
    else for (let j = i + 1; j < args.length && !args[j]!.startsWith('--') && (many || j === i + 1); j++) found.push(args[j]!);
  }
  return found?.map((v) => v.replace(/^["']|["']$/g, ''));
}

const has = (args: readonly string[], ...words: string[]): boolean => {
  let w = 0;
  for (const a of args) if (w < words.length && a.toLowerCase() === words[w]) w++;
  return w === words.length;
};

/** One AWS IP permission (an object of `--ip-permissions` JSON, or its shorthand) opening a login port to the world. */
function permissionOpens(permission: string): boolean {
  const text = permission.toLowerCase();
  const wide = [...text.matchAll(/cidrip(?:v6)?"?\s*[=:]\s*"?([0-9a-f.:/]+)/g)].some((m) => wideSource(m[1]!));
  if (!wide) return false;
  if (/ipprotocol"?\s*[=:]\s*"?(?:-1|all)\b/.test(text)) return true;
  const from = /fromport"?\s*[=:]\s*"?(-?\d+)/.exec(text);
  const to = /toport"?\s*[=:]\s*"?(-?\d+)/.exec(text);
  return from !== null && reachesLoginPort(Number(from[1]), Number(to?.[1] ?? from[1]));
}

/** `--ip-permissions` as a JSON array (one permission per item) or shorthand words (one permission per word). */
function permissionsOpen(values: readonly string[]): boolean {
  for (const value of values) {
    const text = value.trim();
    if (text.startsWith('[') || text.startsWith('{')) {
      try {
        const parsed = JSON.parse(text) as unknown;
        const items = Array.isArray(parsed) ? parsed : [parsed];
        if (items.some((item) => permissionOpens(JSON.stringify(item)))) return true;
        continue;
      } catch {
        // Not JSON: read as shorthand.
      }
    }
    if (permissionOpens(text)) return true;
  }
  return false;
}

/**
 * What a cloud CLI's firewall line opens to the internet (a sentence), or undefined: `aws ec2
 * authorize-security-group-ingress`, `az network nsg rule create|update`, `gcloud compute firewall-rules
 * create|update`. `args` are the words after the program.
 */
export function worldIngress(program: string, args: readonly string[]): string | undefined {
  const opened = (what: string): string => `a port where a login or a database listens opened to the internet (${what})`;
  if (program === 'aws' && has(args, 'authorize-security-group-ingress')) {
    const cidr = valuesOf(args, ['--cidr'])?.find(wideSource);
    const protocol = valuesOf(args, ['--protocol'])?.[0]?.toLowerCase();
    const port = valuesOf(args, ['--port'])?.[0];
    if (cidr !== undefined && (protocol === '-1' || protocol === 'all' || (port !== undefined && specReachesLoginPort(port)))) return opened(`--cidr ${cidr}, port ${port ?? 'all'}`);
    if (permissionsOpen(valuesOf(args, ['--ip-permissions'], true) ?? [])) return opened('--ip-permissions');
    return undefined;
  }
  if (program === 'az' && has(args, 'network', 'nsg', 'rule') && (has(args, 'create') || has(args, 'update'))) {
    const access = valuesOf(args, ['--access'])?.[0]?.toLowerCase();
    const direction = valuesOf(args, ['--direction'])?.[0]?.toLowerCase();
    if (access === 'deny' || direction === 'outbound') return undefined;
    // Azure's defaults on create: source `*`, destination port 80.
    const sources = valuesOf(args, ['--source-address-prefixes', '--source-address-prefix'], true) ?? (has(args, 'create') ? ['*'] : []);
    const ports = valuesOf(args, ['--destination-port-ranges', '--destination-port-range'], true) ?? [];
    const wide = sources.find(wideSource);
    return wide !== undefined && ports.some(specReachesLoginPort) ? opened(`source ${wide}, ports ${ports.join(' ')}`) : undefined;
  }
  if (program === 'gcloud' && has(args, 'compute', 'firewall-rules') && (has(args, 'create') || has(args, 'update'))) {
    const direction = valuesOf(args, ['--direction'])?.[0]?.toLowerCase();
    if (direction === 'egress' || direction === 'out' || valuesOf(args, ['--action'])?.[0]?.toLowerCase() === 'deny') return undefined;
    const ranges = valuesOf(args, ['--source-ranges'])?.flatMap((v) => v.split(','));
    // On create, a rule naming no source at all admits 0.0.0.0/0.
    const tagged = valuesOf(args, ['--source-tags', '--source-service-accounts']) !== undefined;
    const sources = ranges ?? (has(args, 'create') && !tagged ? ['0.0.0.0/0'] : []);
    const allowed = [...(valuesOf(args, ['--allow']) ?? []), ...(valuesOf(args, ['--rules']) ?? [])].flatMap((v) => v.split(','));
    const wide = sources.find(wideSource);
    const any = allowed.some((rule) => {
      const [protocol, ports] = rule.toLowerCase().split(':', 2);
      return protocol === 'all' || ((protocol === 'tcp' || protocol === 'udp') && (ports === undefined || specReachesLoginPort(ports)));
    });
    return wide !== undefined && any ? opened(`source ${wide}, allow ${allowed.join(',')}`) : undefined;
  }
  return undefined;
}
