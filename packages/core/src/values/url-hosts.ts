// The host of a URL-ish string, one reading for every reader that asks where an address points: a browser's
// page, an elicitation's sign-in link, a URL carrying a key variable, a git remote or rewrite, a recipient
// in text. It reads the authority as WHATWG (and git) do: the user part runs to the authority's last `@`,
// a backslash ends it as a slash does, a port is dropped, an IPv6 address keeps its brackets. So
// `https://github.com\@evil.example/` and `https://a@github.com@evil.example/` are evil.example's.
// Linear: one pass over the authority.

/** Where a `scheme://` at `from` ends (the index after `//`), or -1 when `text` has none there. */
function afterScheme(text: string, from: number): number {
  const first = text.charCodeAt(from) | 0x20;
  if (first < 0x61 || first > 0x7a) return -1;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a /* : */) return text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f ? i + 3 : -1;
    const lower = c | 0x20;
    if (!((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d)) return -1;
  }
  return -1;
}

/** Whether a character ends an authority: a path, query or fragment mark, a blank, or what closes a URL in text. */
function endsAuthority(c: number): boolean {
  return c <= 0x20 || c === 0x2f /* / */ || c === 0x3f /* ? */ || c === 0x23 /* # */ || c === 0x5c /* \ */ || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x29 /* ) */;
}

/**
 * The host of `scheme://[user@]host[:port]…` at the start of `text` (leading blanks skipped), lower case, or
 * undefined when it has no scheme or no host. With `bare`, text without a scheme is read the same way from
 * its start: git's scp-like `git@host:path`, or `host/path`.
 */
export function urlHost(text: string, bare = false): string | undefined {
  let from = 0;
  while (from < text.length && text.charCodeAt(from) <= 0x20) from++;
  const scheme = afterScheme(text, from);
  if (scheme >= 0) from = scheme;
  else if (!bare) return undefined;
  let end = from;
  let start = from;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (endsAuthority(c)) break;
    if (c === 0x40 /* @ */) start = end + 1;
  }
  let stop = start;
  if (text.charCodeAt(start) === 0x5b /* [ */) {
    while (stop < end && text.charCodeAt(stop) !== 0x5d /* ] */) stop++;
    if (stop < end) stop++;
  } else {
    while (stop < end && text.charCodeAt(stop) !== 0x3a /* : */) stop++;
  }
  return stop > start ? text.slice(start, stop).toLowerCase() : undefined;
}
