import { describe, expect, it } from 'vitest';

import { hostPosesAs } from '../src/values/posing-hosts.js';

// Hosts made up for these tests: each that poses as a service beside a real host of the same shape. The edges
// where the browser's and the elicitation's readings once differed are here: `.io` as a top-level name inside a
// host, a top-level name followed by one registrable label (`paypal.com.support`), a country code after it.

describe('a host that poses as another service', () => {
  it.each([
    ['github.com.session-verify.app', 'github.com'],
    ['signin.github.com-verify-device.top', 'github.com'],
    ['paypal.com.support', 'paypal.com'],
    ['login.bank.com.verify-id.io', 'bank.com'],
    ['app.sentry.io.login-check.net', 'sentry.io'],
    ['status.render.io-renew.help', 'render.io'],
    ['www.dr\u03bfpbox.com', 'dropbox'],
    ['www.xn--pypal-4ve.com', 'paypal'],
    ['Accounts.Google.COM.oauth-check.dev.', 'google.com'],
  ])('reads %s as posing as %s', (host, posed) => {
    expect(hostPosesAs(host)).toBe(posed);
  });

  it.each([
    ['the real host', 'github.com'],
    ['a host under io', 'cdn.socket.io'],
    ['a country code after com', 'shop.example.com.au'],
    ['a country code after com, two labels before', 'console.amazonaws.com.cn'],
    ['a country code after io', 'api.example.io.uk'],
    ['a real IDN host', 'www.xn--bcher-kva.de'],
    ['a host of the local network', 'wiki.example.com.local'],
    ['a reserved testing name', 'login.github.com.staging.test'],
    ['a label that only starts like a top-level name', 'www.community.example.org'],
    ['one label', 'localhost'],
  ])('reads %s as posing as nothing', (_, host) => {
    expect(hostPosesAs(host)).toBeUndefined();
  });

  it('reads a worst-shape host in bounded time', () => {
    const started = performance.now();
    hostPosesAs(`${'com-.'.repeat(50_000)}io`);
    hostPosesAs(`xn--${'a'.repeat(62)}.com`);
    hostPosesAs(`${'a.'.repeat(100_000)}local`);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
