// A host that dresses as another service's, so that the address bar or a link reads as the real one's: one
// reading for every reader that asks where a user is sent to sign in (a browser's page, an elicitation's URL).
// - lookalike letters: a label whose non-ASCII letters all imitate Latin ones (`аpple.com` with a Cyrillic а),
//   written as such or as its punycode (`xn--pple-43d.com`);
// - a top-level name inside the host, followed by a registrable domain of the attacker's: as a whole label
//   (`github.com.session-verify.app`, `paypal.com.support`, `sentry.io.login-check.net`) or run into the next
//   label (`shop.com-session.help`). A country code right after it is that site's own (`example.com.au`,
//   `amazonaws.com.cn`).
// A host of this machine or its network (values/private-hosts.ts) or a reserved testing name (`.test`, RFC 2606)
// reaches no stranger's server, and a real IDN host (`bücher.de`) is no lookalike. Hosts are read as data: no
// service's name is listed.
import { confusableOf } from '../text/confusables.js';
import { privateHost } from './private-hosts.js';

/** Top-level names a look-alike host writes inside itself. */
const embeddedTop = new Set(['com', 'net', 'org', 'io']);
/** A DNS label is at most 63 characters: a longer one is no host's, and decoding it would cost its square. */
const maxLabel = 63;

/**
 * What a host (as written, any case) poses as: the domain it spells inside itself (`github.com`), or a label
 * read in the Latin letters it imitates (`apple`); undefined for a host that poses as nothing.
 */
export function hostPosesAs(host: string): string | undefined {
  const lower = host.toLowerCase();
  const labels = (lower.endsWith('.') ? lower.slice(0, -1) : lower).split('.');
  const last = labels.length - 1;
  if (last < 1 || labels[last] === 'test' || privateHost(lower)) return undefined;
  for (let i = 0; i <= last; i++) {
    const label = labels[i]!;
    if (label.length > maxLabel) return undefined;
    const latin = latinLookalike(label.startsWith('xn--') ? punycodeDecoded(label.slice(4)) ?? '' : label);
    if (latin !== undefined) return latin;
    if (i === 0 || i === last || labels[i - 1] === '') continue;
    // `shop.com-session.help`: the real host's top-level name run into the attacker's label.
    const dash = label.indexOf('-');
    if (dash > 0 && embeddedTop.has(label.slice(0, dash))) return `${labels[i - 1]!}.${label.slice(0, dash)}`;
    // `bank.com.verify-id.io`: more than a country code after the top-level name.
    if (embeddedTop.has(label) && (last - i > 1 || labels[last]!.length !== 2)) return `${labels[i - 1]!}.${label}`;
  }
  return undefined;
}

/** A label read in Latin letters when it holds non-ASCII letters and every one of them imitates a Latin letter, else undefined. */
function latinLookalike(label: string): string | undefined {
  let latin = '';
  let lookalike = false;
  for (const char of label) {
    const c = char.codePointAt(0)!;
    if (c < 0x80) {
      latin += char;
      continue;
    }
    const imitated = confusableOf(c);
    if (imitated === undefined) return undefined;
    latin += imitated;
    lookalike = true;
  }
  return lookalike ? latin : undefined;
}

/** RFC 3492's decoding of a punycode label (without its `xn--`), or undefined when it is not one. */
function punycodeDecoded(input: string): string | undefined {
  const base = 36;
  const out: number[] = [];
  const delimiter = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(0, delimiter); j++) out.push(input.charCodeAt(j));
  let n = 128;
  let i = 0;
  let bias = 72;
  for (let at = delimiter < 0 ? 0 : delimiter + 1; at < input.length;) {
    const old = i;
    for (let w = 1, k = base; ; k += base) {
      if (at >= input.length) return undefined;
      const c = input.charCodeAt(at++);
      const digit = c - 48 < 10 ? c - 22 : c - 97 < 26 ? c - 97 : base;
      if (digit >= base) return undefined;
      i += digit * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < t) break;
      w *= base - t;
      if (w > 0x7fffffff) return undefined;
    }
    const length = out.length + 1;
    bias = adapt(i - old, length, old === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff) return undefined;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}

/** RFC 3492's bias adaptation. */
function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > 455; k += 36) d = Math.floor(d / 35);
  return k + Math.floor((36 * d) / (d + 38));
}
