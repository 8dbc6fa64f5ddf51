import type { PlantedHarm } from './editor-files.js';

// ~/.ssh/config is read by every ssh, scp, git-over-ssh and rsync run: a keyword there can run a command on
// each connection (ProxyCommand, LocalCommand, KnownHostsCommand, Match exec), load a library into ssh
// (PKCS11Provider, SecurityKeyProvider), pull in another file (Include) or switch off the host-key check
// (StrictHostKeyChecking no, UserKnownHostsFile /dev/null). What a developer adds is host entries: a name,
// an address, a user, a key file, a jump host, keep-alives. A text is judged by its place unless every line
// is a comment or one of those settings.

/** Longest text read; a longer one is judged by its place. */
const maxText = 16 * 1024;

/** Keywords that only say where and as whom to connect, how to keep the connection, and which key to offer. */
const plain = new Set([
  'host', 'hostname', 'user', 'port', 'identityfile', 'identitiesonly', 'identityagent', 'certificatefile', 'proxyjump',
  'forwardagent', 'forwardx11', 'addkeystoagent', 'usekeychain', 'serveraliveinterval', 'serveralivecountmax',
  'tcpkeepalive', 'connecttimeout', 'connectionattempts', 'compression', 'controlmaster', 'controlpath', 'controlpersist',
  'localforward', 'remoteforward', 'dynamicforward', 'preferredauthentications', 'pubkeyauthentication',
  'passwordauthentication', 'kbdinteractiveauthentication', 'gssapiauthentication', 'loglevel', 'hashknownhosts',
  'addressfamily', 'ipqos', 'requesttty', 'sendenv', 'setenv', 'batchmode', 'checkhostip', 'visualhostkey',
  'updatehostkeys', 'ignoreunknown', 'canonicalizehostname', 'canonicaldomains', 'hostkeyalgorithms',
  'pubkeyacceptedalgorithms', 'pubkeyacceptedkeytypes', 'ciphers', 'macs', 'kexalgorithms', 'exitonforwardfailure',
  'gatewayports', 'stricthostkeychecking', 'userknownhostsfile', 'match',
]);

/**
 * The other fields of a write call come joined with its text (see writtenBeside in layers/request-analysis.ts):
 * a line that is only one of those words is the call's, not the file's.
 */
const callField = /^(?:append|prepend|overwrite|write|create|replace|insert|utf-?8|ascii|latin-?1)$/i;

/** Programs a ProxyCommand runs to reach a host through another (a jump host, a proxy, a tunnel): its documented use. */
const proxies = new Set(['ssh', 'nc', 'ncat', 'netcat', 'connect', 'connect-proxy', 'corkscrew', 'cloudflared', 'socat']);

/**
 * Whether a ProxyCommand (lower case) only relays the connection: one command, nothing chained, piped or
 * substituted, run by a relay program (`ssh -W %h:%p bastion`, `nc -X connect -x proxy:3128 %h %p`), socat
 * without an address that runs a program.
 */
export function plainProxy(value: string): boolean {
  if (/[;&|`<>\n]|\$\(/.test(value) || /\b(?:exec|system):|(?:local|proxy|knownhosts)command/.test(value)) return false;
  const first = value.trim().split(/\s+/, 1)[0] ?? '';
  return proxies.has(first.slice(first.lastIndexOf('/') + 1));
}

/** Why a line of an ssh client config is more than a plain setting, or undefined when it is one. */
function lineHarm(line: string): string | undefined {
  const t = line.trim();
  if (t === '' || t.startsWith('#') || callField.test(t)) return undefined;
  const split = /^([A-Za-z0-9]+)(?:\s*=\s*|\s+)(.*)$/.exec(t);
  if (split === null) return 'holds a line that is no ssh setting';
  const key = split[1]!.toLowerCase();
  const value = split[2]!.trim().toLowerCase();
  if (key === 'proxycommand' && plainProxy(value)) return undefined;
  if (!plain.has(key)) return `sets ${split[1]!}, which runs, loads or includes something on every connection`;
  // `Match exec "cmd"` runs cmd to decide whether the block applies.
  if (key === 'match' && /(?:^|\s)exec(?:\s|$)/.test(value)) return 'runs a command to match a host (Match exec)';
  if (key === 'stricthostkeychecking' && /^(?:no|off|false)$/.test(value)) return 'switches the host-key check off';
  if (key === 'userknownhostsfile' && /(?:^|\s)\/dev\/null(?:\s|$)/.test(value)) return 'forgets every host key (known hosts in /dev/null)';
  return undefined;
}

/**
 * Why a text written to an ssh client config is more than host settings (see above), as a harm; undefined
 * when every line is a comment or a plain setting.
 */
export function sshSettingsHarm(text: string): PlantedHarm | undefined {
  if (text.length > maxText) return { what: 'holds more than the guard reads of an ssh config', evidence: text.slice(0, 120) };
  for (const line of text.split(/\r?\n/)) {
    const why = lineHarm(line);
    if (why !== undefined) return { what: why, evidence: line.trim().slice(0, 120) };
  }
  return undefined;
}
