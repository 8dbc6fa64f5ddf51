// A URL's query values (`https://docs.example/search?q=purge%20old%20logs`, `&term=…`): what a search box or a
// form sent to that URL's server. A model reading the text sees a link carrying a value, not a sentence addressed
// to it, so readers that take an encoded island as an order with nobody named read those values apart.
// Linear: each `://` is found once, its URL read once to its end, and the search goes on after it. One URL's
// query read by name (an OAuth request's `scope`, `redirect_uri`) is queryOf's.
import { encodedProse } from './encoded-prose.js';
import { formDecode } from './escaped-prose.js';

/** Whether a character continues a URL: no blank, quote, angle bracket, closing bracket or fragment mark. */
function continuesUrl(c: number): boolean {
  return c > 32 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96 && c !== 41 && c !== 93 && c !== 125 && c !== 35;
}

/** Whether `text` may hold a URL with a query (a cheap test before {@link withoutQueryValues}). */
export const mayHoldUrlQuery = (text: string): boolean => text.includes('://') && text.includes('?') && text.includes('=');

/** `text` with the value of each `key=value` of its URLs' queries left out (the keys and the rest kept). */
export function withoutQueryValues(text: string): string {
  let out = '';
  let last = 0;
  for (let at = text.indexOf('://'); at >= 0; ) {
    let end = at + 3;
    while (end < text.length && continuesUrl(text.charCodeAt(end))) end++;
    let i = at + 3;
    while (i < end && text.charCodeAt(i) !== 63 /* ? */) i++;
    // key=value pairs after `?`, parted by `&` (or `;`): each value, up to its pair's end, is dropped.
    for (let value = -1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 61 /* = */ && value < 0) value = i + 1;
      const pairEnd = c === 38 || c === 59 || i === end - 1;
      if (!pairEnd || value < 0) continue;
      const stop = c === 38 || c === 59 ? i : end;
      out += text.slice(last, value);
      last = stop;
      value = -1;
    }
    at = text.indexOf('://', end);
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * The islands `encodedProse` read in `text` that are no URL query's value (undefined: `text` holds no query, every
 * island is outside one). Decoded a second time only for a text with a query, which few are.
 */
export function islandsOutsideQueries(text: string): ReadonlySet<string> | undefined {
  if (!mayHoldUrlQuery(text)) return undefined;
  const unqueried = withoutQueryValues(text);
  return unqueried === text ? undefined : new Set(encodedProse(unqueried));
}

/** A URL's query parameters, decoded (the first of each name, its name lower case). */
export type UrlQuery = ReadonlyMap<string, string>;
/** Most parameters read of one query. */
const maxParams = 64;

/** The query of `url` (after `?`, before `#`), each name's first value form-decoded; a value that does not decode is kept as written. */
export function queryOf(url: string): UrlQuery {
  const out = new Map<string, string>();
  const start = url.indexOf('?');
  if (start < 0) return out;
  const hash = url.indexOf('#', start);
  const pairs = url.slice(start + 1, hash < 0 ? url.length : hash).split('&', maxParams);
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    if (name === '' || out.has(name)) continue;
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    let value: string;
    try {
      value = formDecode(raw);
    } catch {
      // A stray `%`: read as written.
      value = raw.replace(/\+/g, ' ');
    }
    out.set(name, value);
  }
  return out;
}
