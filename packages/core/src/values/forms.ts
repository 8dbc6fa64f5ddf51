// Kind-specific canonical forms. Each starts from the canonical text (decoded, NFKC, folded, lower case)
// and removes the spelling tricks of its kind, so one pattern covers every spelling.

const backslashes = /\\/g;
const slashRuns = /\/{2,}/g;
const dotSegment = /\/\.(?=\/|$)/g;
const fileScheme = /^file:\/\/(?:localhost)?(?=\/)/;

/** Path form: `/` separators, no repeated or `.` segments, `file://` stripped; `..` is kept. */
export function pathForm(text: string): string {
  let out = text.includes('\\') ? text.replace(backslashes, '/') : text;
  out = out.replace(fileScheme, '');
  if (out.includes('//')) out = out.replace(slashRuns, '/');
  if (out.includes('/.')) {
    let previous;
    do {
      previous = out;
      out = out.replace(dotSegment, '');
    } while (out !== previous);
  }
  return out;
}

const ifs = /\$\{ifs\}|\$ifs(?:\$[0-9@*])?|\$\{ifs:[^}]*\}/g;
const emptyExpansions = /\$(?:[@*]|\{[@*]?\})|\$[0-9](?![0-9])/g;
const quotes = /["']/g;
const escapes = /\\(?=[^\s\\])/g;
const braceList = /\{([^{}\s,]+(?:,[^{}\s,]*)+)\}/g;
const spaces = /[ \t\v\f]+/g;

/**
 * Command form: quotes and escapes that split words removed (`sh''adow`, `r\m`, `"r"m`), `$IFS` as a
 * space, brace lists expanded to words (`{rm,-rf,/}`), runs of blanks collapsed.
 */
export function commandForm(text: string): string {
  let out = text;
  if (out.includes('$')) out = out.replace(ifs, ' ').replace(emptyExpansions, '');
  if (out.includes('\\')) out = out.replace(escapes, '');
  if (out.includes("'") || out.includes('"')) out = out.replace(quotes, '');
  if (out.includes('{')) out = out.replace(braceList, (_m, list: string) => list.split(',').join(' '));
  return out.replace(spaces, ' ');
}

const withScheme = /^([a-z][a-z0-9+.-]{0,30}):(?:\/\/)?([^/?#\\]*)([\s\S]*)$/;
const hostOnly = /^(\[[^\]]*\]|[^\s/?#:@]+)(:[0-9]{1,5})?([/?#][\s\S]*)?$/;
const mappedV4 = /^\[(?:::ffff:|::|64:ff9b::|::ffff:0:)([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/;

/** The WHATWG canonical host (decimal, hex and octal IPv4 forms become dotted quads). */
function canonicalHost(host: string): string {
  if (host === '') return host;
  let canonical = host;
  try {
    canonical = new URL(`http://${host}/`).hostname;
  } catch {
    return host;
  }
  const mapped = mappedV4.exec(canonical);
  if (mapped && canonical !== '[::1]' && canonical !== '[::]') {
    const hi = parseInt(mapped[1]!, 16);
    const lo = parseInt(mapped[2]!, 16);
    canonical = `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return canonical.endsWith('.') ? canonical.slice(0, -1) : canonical;
}

/**
 * URL form: `scheme://[userinfo@]host[:port]rest` with the host canonical (so `0x7f.1`, `2130706433`,
 * `0177.0.0.1` and `[::ffff:127.0.0.1]` are all `127.0.0.1`). A bare host gets the scheme `host://`.
 */
export function urlForm(text: string): string {
  const trimmed = text.trim();
  const scheme = withScheme.exec(trimmed);
  if (scheme && (trimmed.includes('://') || /^(?:file|gopher|dict|ldap|jar|netdoc|data|javascript|vbscript|mailto|php|expect|phar|smb|tftp)$/.test(scheme[1]!))) {
    const authority = scheme[2]!;
    const at = authority.lastIndexOf('@');
    const userinfo = at >= 0 ? authority.slice(0, at + 1) : '';
    const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
    const portMatch = /:([0-9]*)$/.exec(hostPort);
    const host = portMatch && !hostPort.endsWith(']') ? hostPort.slice(0, portMatch.index) : hostPort;
    const port = portMatch && !hostPort.endsWith(']') ? `:${portMatch[1]}` : '';
    return `${scheme[1]}://${userinfo}${canonicalHost(host)}${port}${scheme[3]}`;
  }
  const bare = hostOnly.exec(trimmed);
  if (bare) return `host://${canonicalHost(bare[1]!)}${bare[2] ?? ''}${bare[3] ?? ''}`;
  return trimmed;
}
