import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { tokensOf } from '../src/layers/data-flow.js';

// tokensOf reads a text once with a table of what each character is. This reference is the plain
// reading: the text split at the characters that end a token, each piece looked at if it holds one of
// `@ . / :` or eight digits, its trailing punctuation cut, then read as a URL (its host), an email address,
// a wallet, an account number, a domain or an owner/repo slug. Both must emit the same tokens in order.

const email = /^[^@\s]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const scheme = /^[a-z][a-z0-9+.-]*:\/\//;
const wallet = /^0x[0-9a-f]{40}$/;
const domain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;
const slug = /^[a-z0-9_-][a-z0-9_.-]*\/[a-z0-9_-][a-z0-9_.-]*$/;
const fileName = /\.[a-z0-9]{1,5}$/;
const accountNumber = /^[a-z]{0,4}[0-9][0-9-]{6,}[0-9]$/;

/** A URL's host, lower case (as values/url-hosts.ts reads it; tokensOf's texts are lower case already). */
function hostOf(url: string): string {
  const authority = url.slice(url.indexOf('://') + 3).split(/[/?#]/, 1)[0]!;
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase();
  return host.split(':', 1)[0]!.toLowerCase();
}

function reference(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[ \t\n\r\f\v<>"'`()[\]{},;|]/)) {
    const looked = /[@./:]/.test(piece) || (piece.match(/[0-9]/g)?.length ?? 0) >= 8;
    if (!looked || piece.length < 4 || piece.length > 256 || !(piece.includes('@') || /^[a-z0-9_-]/.test(piece))) continue;
    const token = piece.replace(/[.:!?]+$/, '');
    if (token.length < 4) continue;
    if (scheme.test(token)) {
      const host = hostOf(token);
      if (host) out.push(host);
    } else if (token.includes('@')) {
      if (email.test(token)) out.push(token);
    } else if (wallet.test(token) || accountNumber.test(token) || (domain.test(token) && !token.includes('/')) || (slug.test(token) && !fileName.test(token))) out.push(token);
  }
  return out;
}

const pieces = [
  'https://', 'http://', 'git+ssh://', 'user@', 'a:b@', '@', 'example.com', 'host', ':8080', ':', '/', '/path', '?q=1', '#frag', '.', '!', '?',
  '[::1]', 'owner/repo', 'file.txt', `0x${'ab'.repeat(20)}`, `0x${'ab'.repeat(18)}1234`, `0x${'ab'.repeat(16)}12345678`, 'iban12345678', '12345678', '1234', 'alice@example.org', ' ', '\n', ',', '(', '"', 'é', 'Z', '_x', '-',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));

describe('tokensOf', () => {
  it('emits what a plain reading of every piece emits, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found: string[] = [];
        tokensOf(t, (token) => found.push(token));
        expect(found).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads hosts, addresses, slugs and account numbers out of prose and commands', () => {
    const found: string[] = [];
    tokensOf('see https://bob:pw@files.example.com:8443/a?b#c. then mail alice@example.org (owner/repo), account 12345678; cd /home/x', (t) => found.push(t));
    expect(found).toEqual(['files.example.com', 'alice@example.org', 'owner/repo', '12345678']);
  });
});
