// Page code that writes a site's signed-in session cookie with a value it was handed (`document.cookie =
// "sid=…; domain=.shop.example"`): the browser then acts as whoever that session belongs to, and what the
// user does next (a card typed, an address saved) lands in that account - session fixation. Clearing a cookie (an empty value, `max-age=0`), a consent or layout cookie, and a session
// set on the developer's own hosts (localhost, a private address, a dev/test/staging host: a QA login) pass,
// as does one with no `domain=` (the page's own host, which the call does not name).
// Read with the names spelled plainly (commands/page-code-spelling.ts); linear regexes, one pass each.

import { plainPageCode } from './page-code-spelling.js';

/** `document.cookie = "NAME=VALUE; attrs"` (1: name, 2: value, 3: attributes). */
const cookieWrite = /\bdocument\s*\.\s*cookie\s*=\s*['"`]\s*([^=;'"`\s]{1,64})\s*=\s*([^;'"`]*)((?:;[^'"`]{0,400})?)['"`]/g;
/** A cookie name that holds a signed-in session. */
const sessionName = /sess|(?:^|[_.-])sid$|^sid|auth|token|jwt|login|remember/i;
const domainAttribute = /;\s*domain\s*=\s*\.?([^;\s]+)/i;
/** A host of the developer's own: a loopback or private address, or a local, dev, test or staging name. */
const ownHost = /^(?:localhost|127\.|10\.|192\.168\.|\[::1\])|(?:^|\.)(?:localhost|local|test|internal)$|(?:^|\.)(?:dev|staging|stage|qa|test|local)\./i;

/** The session cookie the code sets to a handed value, written out, or undefined. */
export function pageSessionSet(code: string): string | undefined {
  if (!code.includes('cookie') && !code.includes('\\')) return undefined;
  const plain = plainPageCode(code);
  cookieWrite.lastIndex = 0;
  for (let m = cookieWrite.exec(plain); m !== null; m = cookieWrite.exec(plain)) {
    const name = m[1]!;
    const value = m[2]!.trim();
    const attributes = m[3]!;
    // A value of a few characters is a flag, not a session; max-age=0 or a past expiry clears the cookie.
    if (value.length < 8 || !sessionName.test(name) || /max-age\s*=\s*(?:0|-)/i.test(attributes)) continue;
    const domain = domainAttribute.exec(attributes)?.[1];
    if (domain === undefined || ownHost.test(domain)) continue;
    return `${name}=${value.slice(0, 24)} for ${domain}`;
  }
  return undefined;
}
