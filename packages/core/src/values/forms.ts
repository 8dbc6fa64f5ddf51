// Kind-specific canonical forms. Each starts from the canonical text (decoded, NFKC, folded, lower case)
// and removes the spelling tricks of its kind, so one pattern covers every spelling.

import { windowsSeparators, writtenForWindows } from '../commands/windows-lines.js';

const backslashes = /\\/g;
const fileScheme = /^file:\/\/(?:localhost)?(?=\/)/;

// Spellings that lenient decoders (IIS, old Java and PHP stacks) read as `.` or a separator, left over
// after canonical decoding: literal `0x2e`, lookalike and private-use slashes, undecodable bytes (U+FFFD,
// from `%c0%2e`-style overlong forms that are not valid UTF-8), control bytes and malformed `%` escapes.
// eslint-disable-next-line no-control-regex -- control bytes are debris of lenient decoding
const encodingDebris = /0x(?:2e|2f|5c)|[\ufffd\x01-\x08\x0b\x0c\x0e-\x1f\u2215\u2216\u2044\u29f5\u29f8\u29f9\ufe68\ue000-\uf8ff]|%(?![0-9a-f]{2})|(?:^|[\\/])(?=\.*\?)[?.]+(?:[\\/]|$)/i;
const hexSpelled = /0x(2e|2f|5c)/gi;
// eslint-disable-next-line no-control-regex -- control bytes are debris of lenient decoding
const slashLookalikes = /[\u2215\u2216\u2044\u29f5\u29f8\u29f9\ufe68\ue000-\uf8ff\x01-\x08\x0b\x0c\x0e-\x1f]+/g;
const splitEscape = /%([0-9a-f])%([0-9a-f])/gi;
const malformedEscape = /%(?:[0-9a-f][g-z]|[g-z][0-9a-z]|(?![0-9a-f]{2}))/gi;
const dotLikeSegment = /(^|\/)[?.\ufffd]{2,}(?=\/|$)/g;

/**
 * Reads the debris of lenient decoding as the characters it stands for: `0x2f` and lookalike or
 * private-use slashes, control bytes and malformed escapes (`%c0%9v`) as separators; a segment of
 * dots, `?` and undecodable bytes (`?.`, `\ufffd.`, `??`) as `..`.
 */
function readDebris(text: string): string {
  let out = text.replace(hexSpelled, (_m, hex: string) => (hex.toLowerCase() === '2e' ? '.' : '/'));
  if (out.includes('%')) {
    out = out.replace(splitEscape, (_m, hi: string, lo: string) => String.fromCharCode(parseInt(hi + lo, 16)));
    out = out.replace(malformedEscape, '/');
  }
  out = out.replace(slashLookalikes, '/').replace(backslashes, '/');
  out = out.replace(dotLikeSegment, (_m, start: string) => `${start}..`);
  return out.replaceAll('\ufffd', '');
}

// Windows spellings of one file: `\\?\` and `\\.\` device prefixes, administrative shares of the local
// machine, `::$DATA` streams, trailing dots and spaces (Win32 drops them), 8.3 short names.
const devicePrefix = /^[\\/]{2}[?.][\\/](?:unc[\\/])?/;
const localShare = /^[\\/]{2}(?:localhost|127\.0\.0\.1|\[::1\])[\\/]([a-z])\$(?=[\\/]|$)/;
const dataStream = /:{1,2}\$data(?=[\\/]|$)/g;
const trailingDots = /([^\\/.\s?\ufffd])[. ]+(?=[\\/]|$)/g;
const shortName = /(^|[\\/])([a-z0-9_$!#%&'()@^`{}-]{1,6})~([1-4])(\.[a-z0-9_$!#%&'()@^`{}-]{1,3})?(?=[\\/]|$)/g;

/** The 8.3 alias Windows gives a long name first (`~1`), lower case. */
function shortAlias(name: string): string {
  const bare = name.replace(/^\.+/, '').replace(/[ ]/g, '');
  const dot = bare.lastIndexOf('.');
  const base = (dot > 0 ? bare.slice(0, dot) : bare).replace(/\./g, '').replace(/[+,;=[\]]/g, '_');
  const ext = dot > 0 ? bare.slice(dot + 1, dot + 4) : '';
  return `${base.slice(0, 6)}~1${ext ? `.${ext}` : ''}`;
}

// Long names that matter to path rules (credential folders and files, system folders), by their 8.3 alias.
const longNames = new Map(
  [
    '.ssh', '.aws', '.azure', '.kube', '.docker', '.gnupg', '.config', '.git-credentials', 'credentials', 'appdata',
    'microsoft', 'authorized_keys', 'known_hosts', 'id_ed25519', 'id_ecdsa', 'program files', 'program files (x86)',
    'documents and settings', 'programdata', 'system32', 'credentials.json', 'application data', 'local settings',
  ].map((name) => [shortAlias(name), name] as const),
);

/**
 * Path form: `/` separators, no repeated or `.` segments, `file://` stripped; `..` is kept. `plain`: what
 * {@link pathDrop} says of `text`, when the caller has it.
 */
export function pathForm(text: string, plain = plainPathDrop(text)): string {
  if (plain === unchanged) return text;
  // A URL's `scheme://` (one `//` inside an otherwise plain path): the one step that changes it drops a `/`.
  return plain > 0 ? text.slice(0, plain) + text.slice(plain + 1) : rewrittenPathForm(text);
}

/**
 * Where the path form of `text` is the text less one character (a URL's `scheme://` read as `scheme:/`),
 * that character's index (1 or more); else a negative number (the form is the text, or made the long way).
 */
export const pathDrop = (text: string): number => plainPathDrop(text);

/** {@link plainPathDrop}: no step changes the text; some step may (read it the long way). */
const unchanged = -1;
const longWay = -2;

/**
 * Whether no step of {@link rewrittenPathForm} can change `text`, decided in one pass over its
 * characters: most paths (`src/app/main.ts`, `../x`) hold nothing any step looks for, and a dozen regex
 * and `includes` calls per value were most of the time spent on a message of many short paths. Errs
 * towards "some step may": a text so judged is merely rewritten the long way. Else, when the only thing
 * a step changes is one `//` after the first character (a URL's `scheme://`, which the segment step makes
 * one `/`), where it is: no other step touches such a text, and the drop makes no new `//` or `/.`.
 */
function plainPathDrop(text: string): number {
  const n = text.length;
  if (n > 0 && text.charCodeAt(0) === 0x66 /* f */ && text.startsWith('file://')) return longWay;
  let previous = -1;
  // Start of the current run of `.` and spaces (-1 outside one).
  let run = -1;
  // Where the one `//` starts (-1: none yet).
  let drop = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Non-ASCII (lookalike slashes, U+FFFD, private use), control bytes, `%`, `?`, `\`, `~`, `$`.
    if (c >= 0x80 || c < 0x20 || c === 0x25 || c === 0x3f || c === 0x5c || c === 0x7e || c === 0x24) return longWay;
    // `0x` (hex-spelled separators) and `/.`, more than one `//` or one at the start (collapsed and
    // dropped segments; `//` at the start is a device prefix).
    if ((c === 0x78 || c === 0x58) && previous === 0x30) return longWay;
    if (previous === 0x2f && c === 0x2e) return longWay;
    if (previous === 0x2f && c === 0x2f) {
      if (drop !== -1 || i === 1) return longWay;
      drop = i - 1;
    }
    if (c === 0x2e || c === 0x20) {
      if (run < 0) run = i;
    } else {
      // A run of dots and spaces before a separator, after a character that is not a separator, dot,
      // space or `?`: `trailingDots` would drop it.
      if (c === 0x2f && run > 0 && !isSeparatorOrBlank(text.charCodeAt(run - 1))) return longWay;
      run = -1;
    }
    previous = c;
  }
  if (run > 0 && !isSeparatorOrBlank(text.charCodeAt(run - 1))) return longWay;
  return drop;
}

/** `/`, `.`, and the ASCII blanks (`\s`); the other characters `trailingDots` refuses before a run were refused already. */
const isSeparatorOrBlank = (c: number): boolean => c === 0x2f || c === 0x2e || c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** Characters (or pairs) a rewrite of {@link rewrittenPathForm} looks for, as bits (see {@link marksOf}). */
export const PathMarks = {
  Dollar: 1,
  Tilde: 2,
  Backslash: 4,
  /** `0x`, `%`, `?`, a control character or any non-ASCII one: what `encodingDebris` may match. */
  Debris: 8,
  All: 15,
} as const;

/** Which of {@link PathMarks} a text holds, in one pass (a bit may be set for nothing; never missing). */
export function marksOf(text: string): number {
  let marks = 0;
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x24) marks |= PathMarks.Dollar;
    else if (c === 0x7e) marks |= PathMarks.Tilde;
    else if (c === 0x5c) marks |= PathMarks.Backslash;
    else if (c >= 0x80 || c < 0x20 || c === 0x25 || c === 0x3f || ((c === 0x78 || c === 0x58) && previous === 0x30)) marks |= PathMarks.Debris;
    previous = c;
  }
  return marks;
}

/**
 * The path form by every rewrite, for any text (what {@link pathForm} gives a text that is not plain).
 * `marks` (by default the text's) skips the rewrites whose characters the text does not hold: no step
 * before them adds a `$`, `~` or `\` that was not there, and the debris test reads the text as it is
 * then. The regex and searches they replace took most of the time on long texts full of separators.
 */
export function rewrittenPathForm(text: string, marks = marksOf(text)): string {
  let out = text;
  if (out.startsWith('\\\\') || out.startsWith('//')) out = out.replace(devicePrefix, '').replace(localShare, '$1:');
  if (marks & PathMarks.Dollar && out.includes('$data')) out = out.replace(dataStream, '');
  if (marks & PathMarks.Tilde && out.includes('~')) out = out.replace(shortName, (m, start: string, base: string, n: string, ext?: string) => {
    const long = longNames.get(`${base}~1${ext ?? ''}`);
    return long !== undefined && n === '1' ? start + long : m;
  });
  if (trailingDotOrSpace.test(out)) out = out.replace(trailingDots, '$1');
  const debris = marks === PathMarks.All || (out === text ? marks : marksOf(out)) & PathMarks.Debris;
  out = debris && encodingDebris.test(out) ? readDebris(out) : out;
  // split/join: a global replace costs about 100 ns per match, and a value can be millions of `\`.
  if (marks & PathMarks.Backslash && out.includes('\\')) out = out.split('\\').join('/');
  if (out.startsWith('file://')) out = out.replace(fileScheme, '');
  return hasSegmentToDrop(out) ? bySegments(out) : out;
}

/** Whether `text` holds `//` or `/.` (one pass, where two searches took twice as long). */
function hasSegmentToDrop(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    if (text.charCodeAt(i) === 0x2f) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x2f || next === 0x2e) return true;
    }
  }
  return false;
}

// A `.` or space before a separator or at the end (what `trailingDots` removes), in one pass.
const trailingDotOrSpace = /\.[ \\/]| [\\/]|[. ]$/;
const driveStart = /^[a-z]:/;

/**
 * Runs of `/` as one, `.` segments dropped, and in a relative path, `..` that only undoes a folder named
 * before it (`test/fixtures/../../README.md`) resolved: such a path never leaves where it starts, only
 * what climbs above the start is kept. One pass over the segments (a regex replace per `//`, a loop
 * until no `/./` was left and a string per segment took over a second on a value of a million `....//`).
 */
function bySegments(path: string): string {
  const firstEnd = path.indexOf('/');
  const first = path.slice(0, firstEnd);
  const resolve = first !== '' && !first.startsWith('~') && !driveStart.test(first) && path.includes('/..');
  return resolve || path.length > 4096 ? segmentsInBuffer(path, firstEnd, resolve) : keptSegments(path, firstEnd);
}

/**
 * {@link bySegments} of a path that needs no `..` resolved: every kept segment is the text from its `/` up
 * to the next one, so the form is the path less the dropped segments, copied in runs (a URL's `//` is
 * one drop, two slices: no buffer).
 */
export function keptSegments(path: string, firstEnd: number): string {
  const n = path.length;
  let out = '';
  // Start of the run of kept text not copied yet.
  let from = 0;
  for (let i = firstEnd; i < n; ) {
    const next = path.indexOf('/', i + 1);
    const end = next === -1 ? n : next;
    const size = end - i - 1;
    // Empty segments but a last one (a trailing slash) and `.` segments are dropped.
    if ((size === 0 && next !== -1) || (size === 1 && path.charCodeAt(i + 1) === 46)) {
      out += path.slice(from, i);
      from = end;
    }
    i = end;
  }
  return from === 0 ? path : out + path.slice(from);
}

/** {@link bySegments} in a character buffer: for `..` resolution, and long paths (no string per run). */
export function segmentsInBuffer(path: string, firstEnd: number, resolve: boolean): string {
  const n = path.length;
  const first = path.slice(0, firstEnd);
  const out = new Uint16Array(n);
  let length = 0;
  for (let i = 0; i < firstEnd; i++) out[length++] = path.charCodeAt(i);
  // Kept segments (the first included), and for `..` resolution where each starts in `out` (at its `/`)
  // and whether a later `..` undoes it (not a `..` or an empty segment).
  let kept = 1;
  const starts: number[] = resolve ? [0] : [];
  const undoable: boolean[] = resolve ? [first !== '..'] : [];
  for (let i = firstEnd; i < n; ) {
    const next = path.indexOf('/', i + 1);
    const end = next === -1 ? n : next;
    const size = end - i - 1;
    const dots = size > 0 && size <= 2 && path.charCodeAt(i + 1) === 46 && (size === 1 || path.charCodeAt(i + 2) === 46) ? size : 0;
    // Empty segments but a last one (a trailing slash) and `.` segments are dropped.
    if ((size === 0 && next !== -1) || dots === 1) {
      i = end;
      continue;
    }
    if (resolve && dots === 2 && kept > 0 && undoable[kept - 1]) {
      length = starts.pop()!;
      undoable.pop();
      kept--;
    } else {
      if (resolve) {
        starts.push(length);
        undoable.push(size > 0 && dots !== 2);
      }
      if (kept++ > 0) out[length++] = 47;
      for (let j = i + 1; j < end; j++) out[length++] = path.charCodeAt(j);
    }
    i = end;
  }
  let text = '';
  // apply takes the typed array as it is (a spread would make an argument list through an iterator).
  for (let i = 0; i < length; i += 4096) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  return text;
}

const ifs = /\$\{ifs\}|\$ifs(?:\$[0-9@*])?|\$\{ifs:[^}]*\}/g;
const bareIfs = /\$ifs(?:\$[0-9@*])?/g;

/**
 * `$IFS` in its spellings as a space. The braced spellings are looked for only up to the last `}`: past
 * it `\$\{ifs:[^}]*\}` can only fail, and failing from every `\${ifs:` of a long run scans to the end.
 */
function withoutIfs(text: string): string {
  const end = text.lastIndexOf('}') + 1;
  const head = end === text.length ? text : text.slice(0, end);
  const out = head.replace(ifs, ' ');
  return end === text.length ? out : out + text.slice(end).replace(bareIfs, ' ');
}
const emptyExpansions = /\$(?:[@*]|\{[@*]?\})|\$[0-9](?![0-9])/g;
const quotes = /["']/g;
const escapes = /\\(?=[^\s\\])/g;
// `\n` and `\r` written out as two characters: a line break to an interpreter (echo -e, printf, a host
// field echoed into a shell), so they separate commands like a real newline.
const escapedBreaks = /\\[nr](?=[a-z/\\]|$)/g;
// `{a,b,…}`: a first word, then a comma and anything up to the brace. (A group repeated per word, the
// obvious spelling, overflows V8's regex stack on millions of words.)
const braceList = /\{([^{}\s,]+,[^{}\s]*)\}/g;
// Runs of blanks, each made one space: a single space is left as it is (matched, a line of code's spaces
// each made a piece of the new string, which the collector copied while the replace ran).
const spaces = /[\t\v\f][ \t\v\f]*| [ \t\v\f]+/g;

/**
 * Whether the command form of `text` is `text` itself: no `$`, backslash, quote or brace to rewrite, and
 * no blanks to collapse. One pass instead of one per rewrite (most command lines are plain).
 */
function plainCommand(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x24 || c === 0x5c || c === 0x27 || c === 0x22 || c === 0x7b || c === 0x09 || c === 0x0b || c === 0x0c) return false;
    if (c === 0x20 && text.charCodeAt(i + 1) === 0x20) return false;
  }
  return true;
}

/**
 * Command form: quotes and escapes that split words removed (`sh''adow`, `r\m`, `"r"m`), `$IFS` as a
 * space, brace lists expanded to words (`{rm,-rf,/}`), runs of blanks collapsed.
 */
export function commandForm(text: string): string {
  if (plainCommand(text)) return text;
  let out = text;
  if (out.includes('$')) out = withoutIfs(out).replace(emptyExpansions, '');
  // A cmd.exe or PowerShell line's backslashes separate folders (commands/windows-lines.ts): not escapes.
  if (out.includes('\\')) out = writtenForWindows(out) ? windowsSeparators(out) : out.replace(escapedBreaks, '\n').replace(escapes, '');
  if (out.includes("'") || out.includes('"')) out = out.replace(quotes, '');
  if (out.includes('{')) out = out.replace(braceList, (_m, list: string) => list.split(',').join(' '));
  return out.replace(spaces, ' ');
}

const withScheme = /^([a-z][a-z0-9+.-]{0,30}):(?:\/\/)?([^/?#\\]*)([\s\S]*)$/;
const hostOnly = /^(\[[^\]]*\]|[^\s/?#:@]+)(:[0-9]{1,5})?([/?#][\s\S]*)?$/;
const mappedV4 = /^\[(?:::ffff:|::|64:ff9b::|::ffff:0:)([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/;

// Wildcard DNS services answer a name that embeds an IP with that IP (`169.254.169.254.nip.io`,
// `10-0-0-7.sslip.io`, `a9fea9fe.nip.io`): the name is read as the address it resolves to.
const wildcardSuffixes = ['nip.io', 'sslip.io', 'xip.io', 'nip.direct', 'traefik.me', 'backname.io', 'localtest.me', 'lvh.me', 'vcap.me', 'ip.addr.tools'].map((s) => `.${s}`);
const octet = /^(?:25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})$/;

// Last characters of the suffixes: most hosts (`.com`, `.org`, `.internal`) end otherwise, and are done.
const suffixEnds = new Set(wildcardSuffixes.map((s) => s.charCodeAt(s.length - 1)));

/** The wildcard-DNS suffix `host[0, end)` ends with, if any. */
function wildcardSuffix(host: string, end = host.length): string | undefined {
  if (!suffixEnds.has(host.charCodeAt(end - 1))) return undefined;
  for (const suffix of wildcardSuffixes) if (host.startsWith(suffix, end - suffix.length)) return suffix;
  return undefined;
}

function embeddedAddress(host: string): string | undefined {
  const suffix = wildcardSuffix(host);
  if (suffix === undefined) return undefined;
  const labels = host.slice(0, -suffix.length).split('.');
  if (labels.length >= 4 && labels.slice(-4).every((l) => octet.test(l))) return labels.slice(-4).join('.');
  const last = labels[labels.length - 1] ?? '';
  const dashed = last.split('-').slice(-4);
  if (dashed.length === 4 && dashed.every((l) => octet.test(l))) return dashed.join('.');
  const hex = /(?:^|-)([0-9a-f]{8})$/.exec(last);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  }
  return undefined;
}

/**
 * A host written as one integer too large for 32 bits: WHATWG rejects it, older parsers (and some
 * C libraries) keep its low 32 bits, so `7147006462` reaches 169.254.169.254.
 */
function truncatedInteger(host: string): string | undefined {
  if (host.length > 40 || !/^(?:0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*)$/.test(host)) return undefined;
  // WHATWG number forms: 0x… is hex, a leading 0 is octal, anything else decimal.
  const value = BigInt(host.length > 1 && host.startsWith('0') && !host.startsWith('0x') ? `0o${host.slice(1)}` : host);
  if (value <= 0xffffffffn) return undefined;
  const n = Number(value & 0xffffffffn);
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/**
 * Whether WHATWG host parsing would give `host` back unchanged (less a trailing dot): lower-case ASCII
 * letters, digits and hyphens in non-empty dot-separated labels, no IDNA label (`xn--`), and a last label
 * that is not a number (WHATWG reads a host ending in a number as IPv4). Most hosts are such names, and
 * they skip the URL parser.
 */
function isPlainName(host: string, start = 0, stop = host.length): boolean {
  let labelStart = start;
  let allDigits = true;
  const end = host.charCodeAt(stop - 1) === 0x2e && stop > start ? stop - 1 : stop;
  if (end === start) return false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? host.charCodeAt(i) : 0x2e;
    if (c === 0x2e /* . */) {
      if (i === labelStart) return false;
      if (host.startsWith('xn--', labelStart)) return false;
      if (i === end && (allDigits || host.startsWith('0x', labelStart))) return false;
      labelStart = i + 1;
      allDigits = true;
    } else if (c >= 0x30 && c <= 0x39) {
      // a digit keeps the label possibly numeric
    } else if ((c >= 0x61 && c <= 0x7a) || c === 0x2d /* - */) {
      allDigits = false;
    } else {
      return false;
    }
  }
  return true;
}

/** The WHATWG canonical host (decimal, hex and octal IPv4 forms become dotted quads). */
function canonicalHost(host: string): string {
  if (host === '') return host;
  if (isPlainName(host) && embeddedAddress(host.endsWith('.') ? host.slice(0, -1) : host) === undefined) return host.endsWith('.') ? host.slice(0, -1) : host;
  const bare = host.endsWith('.') ? host.slice(0, -1) : host;
  const read = embeddedAddress(bare) ?? truncatedInteger(bare);
  if (read !== undefined) return read;
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
  return isOwnUrlForm(text) ? text : parsedUrlForm(text);
}

/**
 * Whether a URL is its own URL form: `scheme://host…` with a plain host name (no userinfo, port, number
 * or wildcard-DNS name) and no surrounding space. Most URLs are, and skip the regexes and the rebuild.
 */
function isOwnUrlForm(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 31 || text.charCodeAt(colon + 1) !== 0x2f || text.charCodeAt(colon + 2) !== 0x2f) return false;
  for (let i = 0; i < colon; i++) {
    const c = text.charCodeAt(i);
    const letter = c >= 0x61 && c <= 0x7a;
    if (!letter && (i === 0 || !((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d))) return false;
  }
  let end = colon + 3;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) break;
  }
  // The host, read in place: isPlainName turns away `@`, `:` and every space; a trailing dot is dropped
  // by the rebuild, and a wildcard-DNS name may stand for an address.
  if (end === colon + 3 || text.charCodeAt(end - 1) === 0x2e || !isPlainName(text, colon + 3, end)) return false;
  if (wildcardSuffix(text, end) !== undefined && embeddedAddress(text.slice(colon + 3, end)) !== undefined) return false;
  const last = text.charCodeAt(text.length - 1);
  return !isSpace(text.charCodeAt(0)) && !isSpace(last);
}

const isSpace = (c: number): boolean => c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** {@link urlForm} by parsing: scheme, authority and rest split by regex, the host made canonical. */
export function parsedUrlForm(text: string): string {
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
