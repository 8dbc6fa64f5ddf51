import { describe, expect, it } from 'vitest';

import { urlHost } from '../src/values/url-hosts.js';

// One reading of a URL's host for every reader (values/url-hosts.ts): the user part runs to the authority's
// last `@` and a backslash ends the authority, as WHATWG reads them, so a host written to be misread is read
// as the browser would.

describe('the host of a URL', () => {
  it.each([
    ['https://api.example.com/v1/models', 'api.example.com'],
    ['HTTPS://Login.Example.COM:8443/x', 'login.example.com'],
    ['  https://docs.example.org?q=1', 'docs.example.org'],
    ['ssh://git@[::1]:2222/repo.git', '[::1]'],
    ['https://user:pw@files.example.net#top', 'files.example.net'],
    ['https://github.com@evil.example/login', 'evil.example'],
    ['https://a@github.com@evil.example/', 'evil.example'],
    ['https://evil.example\\@github.com/', 'evil.example'],
    ['https://shop.example.io) and more', 'shop.example.io'],
  ])('reads %s as %s', (url, host) => {
    expect(urlHost(url)).toBe(host);
  });

  it.each([
    ['no scheme', 'example.com/path'],
    ['no host', 'file:///etc/hosts'],
    ['a word that is no scheme', 'see: //example.com'],
  ])('names no host in text with %s', (_, text) => {
    expect(urlHost(text)).toBeUndefined();
  });

  it.each([
    ['git@github.com:acme/api.git', 'github.com'],
    ['ssh://git@gitlab.example.com:2222/acme/api.git', 'gitlab.example.com'],
    ['mirror.example.org/acme/api', 'mirror.example.org'],
  ])('reads the git remote %s as %s when a bare address is allowed', (address, host) => {
    expect(urlHost(address, true)).toBe(host);
  });

  it('reads a long authority in linear time', () => {
    const started = performance.now();
    urlHost(`https://${'@a'.repeat(200_000)}`);
    urlHost(`https://[${':'.repeat(400_000)}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
