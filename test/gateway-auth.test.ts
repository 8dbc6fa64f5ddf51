// Authentication and authorization at the gateway: API keys and bearer JWTs (keys made with jose, a JWKS
// served from a loopback node:http server), per-tool scopes from the auth layer in core. Real SDK client.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createGuard } from '@vanguard/core';
import { stdioUpstream } from '@vanguard/http';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, connectV1, initialize, post, type RunningGateway, servings, serverEntry, startGateway } from './gateway-helpers.js';

const issuer = 'https://issuer.test';
let audience: string;
const apiKey = 'vg-test-key-0123456789abcdef';

describe.each(servings)('gateway authentication and per-tool authorization (%s)', (serving) => {
  let jwks: Server;
  let jwksUrl: string;
  let signingKey: CryptoKey;
  let rogueKey: CryptoKey;
  const published: JWK[] = [];
  let gateway: RunningGateway;
  const audit = auditLog();

  const token = (claims: Record<string, unknown>, options: { kid?: string; key?: CryptoKey; exp?: string | number; aud?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? 'k1' })
      .setIssuer(issuer)
      .setAudience(options.aud ?? audience)
      .setSubject(typeof claims['sub'] === 'string' ? claims['sub'] : 'alice')
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(options.key ?? signingKey);

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    signingKey = pair.privateKey;
    published.push({ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' });
    rogueKey = (await generateKeyPair('ES256')).privateKey;
    jwks = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    // The audience is the gateway's public URL (behind a reverse proxy), never the upstream's.
    audience = 'https://gateway.test/mcp';
    gateway = await startGateway({
      auth: { apiKeys: [{ id: 'ci', key: apiKey, scopes: ['tools:basic'] }], jwt: { jwksUrl, issuer, audience, jwksCooldownMs: 0 } },
      routes: [
        {
          name: 'everything',
          guard: createGuard({ audit: audit.sink, auth: { tools: { 'get-sum': { scopes: ['math'] } }, default: { scopes: ['tools:basic'] } } }),
          upstream: stdioUpstream({ command: process.execPath, args: [serverEntry('@modelcontextprotocol/server-everything'), 'stdio'], stderr: 'ignore' }),
        },
      ],
    }, serving);
  });
  afterAll(async () => {
    await gateway?.close();
    await new Promise<void>((resolve) => jwks?.close(() => resolve()));
  });

  it('refuses a request without credentials with 401, an RFC 6750 challenge and the resource metadata URL', async () => {
    const response = await post(gateway.url, initialize());
    expect(response.status).toBe(401);
    const challenge = response.headers.get('www-authenticate')!;
    expect(challenge).toMatch(/^Bearer /);
    expect(challenge).toContain(`resource_metadata="${gateway.base}/.well-known/oauth-protected-resource/mcp"`);
    const body = (await response.json()) as { error: { code: number; data: { rule: string } } };
    expect(body.error).toMatchObject({ code: -32013, data: { rule: 'adapter/unauthenticated' } });
    const metadata = (await (await fetch(`${gateway.base}/.well-known/oauth-protected-resource/mcp`)).json()) as { resource: string };
    expect(metadata.resource).toBe(`${gateway.base}/mcp`);
  });

  it('refuses a wrong API key, and audits the refusal without the key', async () => {
    const response = await post(gateway.url, initialize(), { 'x-api-key': 'vg-wrong-key-0123456789abcdef' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    await response.body?.cancel();
    const events = audit.events.filter((e) => e.rule === 'adapter/unauthenticated');
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain('vg-wrong-key');
  });

  it('accepts an API key as Bearer or X-API-Key and names it by id in audit events', async () => {
    for (const headers of [{ authorization: `Bearer ${apiKey}` }, { 'x-api-key': apiKey }]) {
      const { client } = await connectV1(gateway.url, headers);
      const echo = await client.callTool({ name: 'echo', arguments: { message: 'keyed' } });
      expect(JSON.stringify(echo.content)).toContain('keyed');
      await client.close();
    }
    const event = audit.events.find((e) => e.method === 'tools/call' && e.principal === 'apikey:ci');
    expect(event).toBeDefined();
    expect(JSON.stringify(audit.events)).not.toContain(apiKey);
  });

  it('accepts a valid JWT, hides the tools its scopes do not allow and blocks a call to one', async () => {
    const jwt = await token({ sub: 'alice', scope: 'tools:basic' });
    const { client } = await connectV1(gateway.url, { authorization: `Bearer ${jwt}` });
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toContain('echo');
    expect(names).not.toContain('get-sum');
    const error = (await client.callTool({ name: 'get-sum', arguments: { a: 1, b: 2 } }).catch((e: unknown) => e)) as { code?: number; data?: { rule?: string } };
    expect(error.code).toBe(-32010);
    expect(error.data?.rule).toBe('auth/tool-forbidden');
    await client.close();
    const math = await token({ sub: 'bob', scope: 'tools:basic math' });
    const bob = await connectV1(gateway.url, { authorization: `Bearer ${math}` });
    expect((await bob.client.listTools()).tools.map((t) => t.name)).toContain('get-sum');
    const sum = await bob.client.callTool({ name: 'get-sum', arguments: { a: 1, b: 2 } });
    expect(JSON.stringify(sum.content)).toContain('3');
    await bob.client.close();
  });

  it('refuses expired tokens, a wrong audience, a foreign signature and an unknown kid', async () => {
    const cases: [string, string, RegExp][] = [
      ['expired', await token({ sub: 'alice' }, { exp: Math.floor(Date.now() / 1000) - 3600 }), /expired/],
      ['wrong audience', await token({ sub: 'alice' }, { aud: 'https://other.test/mcp' }), /aud/],
      ['foreign signature', await token({ sub: 'alice' }, { key: rogueKey }), /signature/],
      ['unknown kid', await token({ sub: 'alice' }, { kid: 'nobody', key: rogueKey }), /unknown key/],
      ['not a token', 'not.a.token', /malformed|could not/],
    ];
    for (const [label, jwt, reason] of cases) {
      const response = await post(gateway.url, initialize(), { authorization: `Bearer ${jwt}` });
      expect(response.status, label).toBe(401);
      expect(response.headers.get('www-authenticate'), label).toContain('error="invalid_token"');
      const body = (await response.json()) as { error: { data: { reason: string } } };
      expect(body.error.data.reason, label).toMatch(reason);
    }
  });

  it('fetches the JWKS again when a token names a key published after the first fetch', async () => {
    const next = await generateKeyPair('ES256', { extractable: true });
    published.push({ ...(await exportJWK(next.publicKey)), kid: 'k2', alg: 'ES256', use: 'sig' });
    const jwt = await token({ sub: 'carol', scope: 'tools:basic' }, { kid: 'k2', key: next.privateKey });
    const response = await post(gateway.url, initialize(), { authorization: `Bearer ${jwt}` });
    expect(response.status).toBe(200);
    await response.body?.cancel();
  });

  it('answers 403 insufficient_scope when the gateway requires a scope the token lacks', async () => {
    const strict = await startGateway({
      auth: { jwt: { jwksUrl, issuer, audience }, requiredScopes: ['mcp:use'] },
      routes: [{ name: 'default', guard: createGuard(), upstream: stdioUpstream({ command: process.execPath, args: ['-e', ''] }) }],
    }, serving);
    const response = await post(strict.url, initialize(), { authorization: `Bearer ${await token({ sub: 'alice', scope: 'other' })}` });
    expect(response.status).toBe(403);
    const challenge = response.headers.get('www-authenticate')!;
    expect(challenge).toContain('error="insufficient_scope"');
    expect(challenge).toContain('scope="mcp:use"');
    await response.body?.cancel();
    await strict.close();
  });

  it('never passes the client token upstream', async () => {
    const seen: (string | undefined)[] = [];
    const upstream = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { httpUpstream } = await import('@vanguard/http');
    const gw = await startGateway({
      auth: { apiKeys: [apiKey] },
      routes: [{ name: 'default', guard: createGuard(), upstream: httpUpstream(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/mcp`) }],
    }, serving);
    const response = await post(gw.url, initialize(), { authorization: `Bearer ${apiKey}` });
    await response.body?.cancel();
    expect(seen).toEqual([undefined]);
    await gw.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });
});
