import { createMemoryStore } from '@vanguard/core';
import { checkHostAndOrigin, checkMcpHeaders, GatewayLimits, parseGatewayConfig } from '@vanguard/http';
import { describe, expect, it } from 'vitest';

const request = (headers: Record<string, string>) => new Request('http://127.0.0.1:8080/mcp', { headers });

describe('Host and Origin checks', () => {
  it('allow loopback hosts and origins by default, and requests without Origin', () => {
    expect(checkHostAndOrigin(request({ host: '127.0.0.1:8080' }))).toBeUndefined();
    expect(checkHostAndOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:5173' }))).toBeUndefined();
    expect(checkHostAndOrigin(request({ host: '[::1]:8080' }))).toBeUndefined();
  });

  it('refuse a rebinding host name and a foreign origin with 403', () => {
    expect(checkHostAndOrigin(request({ host: 'attacker.example:8080' }))?.status).toBe(403);
    expect(checkHostAndOrigin(request({ host: '127.0.0.1:8080', origin: 'https://attacker.example' }))?.rule).toBe('adapter/origin-refused');
    expect(checkHostAndOrigin(request({ host: '127.0.0.1:8080', origin: 'null' }))?.status).toBe(403);
  });

  it('follow configured allowlists', () => {
    const options = { allowedHosts: ['mcp.example.com'], allowedOrigins: ['https://app.example.com'] };
    expect(checkHostAndOrigin(request({ host: 'mcp.example.com', origin: 'https://app.example.com' }), options)).toBeUndefined();
    expect(checkHostAndOrigin(request({ host: '127.0.0.1:8080' }), options)?.status).toBe(403);
  });
});

describe('the 2026-07-28 header check', () => {
  const call = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'forecast', arguments: {} } });
  const headers = (h: Record<string, string>) => new Headers(h);

  it('passes matching headers, base64-encoded ones included', () => {
    expect(checkMcpHeaders(headers({ 'mcp-method': 'tools/call', 'mcp-name': 'forecast' }), call)).toBeUndefined();
    expect(checkMcpHeaders(headers({ 'mcp-method': 'tools/call', 'mcp-name': `=?base64?${btoa('forecast')}?=` }), call)).toBeUndefined();
    expect(checkMcpHeaders(headers({}), call)).toBeUndefined();
  });

  it('refuses a method or name the body does not carry, and a missing name in the 2026 era', () => {
    expect(checkMcpHeaders(headers({ 'mcp-method': 'tools/list' }), call)?.refusal.status).toBe(400);
    expect(checkMcpHeaders(headers({ 'mcp-method': 'tools/call', 'mcp-name': 'delete_all' }), call)).toMatchObject({ id: 1, refusal: { rule: 'adapter/header-mismatch' } });
    expect(checkMcpHeaders(headers({ 'mcp-method': 'tools/call', 'mcp-protocol-version': '2026-07-28' }), call)?.refusal.reason).toContain('missing');
  });
});

describe('gateway limits', () => {
  it('count requests per principal in a sliding minute', async () => {
    let now = 0;
    const limits = new GatewayLimits(createMemoryStore(), { ratePerMinute: 2 }, () => now);
    const alice = { subject: 'alice' };
    expect(await limits.rate(alice)).toBeUndefined();
    expect(await limits.rate(alice)).toBeUndefined();
    expect((await limits.rate(alice))?.status).toBe(429);
    expect(await limits.rate({ subject: 'bob' })).toBeUndefined();
    now = 121_000;
    expect(await limits.rate(alice)).toBeUndefined();
  });

  it('refuse a burst over the rate that straddles a minute edge', async () => {
    // Four requests in the last milliseconds of a minute, the fifth just after it: before the previous
    // minute's share was rounded up, the fifth counted 1 + ⌊4 × 59,999 / 60,000⌋ = 4 and got through.
    let now = 5 * 60_000 - 4;
    const limits = new GatewayLimits(createMemoryStore(), { ratePerMinute: 4 }, () => now);
    for (let i = 0; i < 4; i++, now++) expect(await limits.rate({ subject: 'alice' })).toBeUndefined();
    now = 5 * 60_000 + 1;
    expect((await limits.rate({ subject: 'alice' }))?.status).toBe(429);
  });

  it('hand out and take back concurrency slots, once each', () => {
    const limits = new GatewayLimits(createMemoryStore(), { concurrencyPerPrincipal: 1, concurrency: 2 });
    const release = limits.acquire(undefined);
    expect(typeof release).toBe('function');
    expect(limits.acquire(undefined)).toMatchObject({ status: 429 });
    (release as () => void)();
    (release as () => void)();
    expect(limits.inFlight).toBe(0);
  });

  it('bind a session to its principal and expire it when idle', () => {
    let now = 0;
    const limits = new GatewayLimits(createMemoryStore(), { sessionIdleMs: 1000 }, () => now);
    const expired: string[] = [];
    limits.onExpire((id) => expired.push(id));
    limits.openSession('s1', 'files', { subject: 'alice' });
    expect(limits.useSession('s1', 'files', { subject: 'alice' })).toBeUndefined();
    expect(limits.useSession('s1', 'files', { subject: 'bob' })?.status).toBe(404);
    expect(limits.useSession('s1', 'other', { subject: 'alice' })?.status).toBe(404);
    now = 5000;
    expect(limits.useSession('s1', 'files', { subject: 'alice' })?.rule).toBe('adapter/session-unknown');
    expect(expired).toEqual(['s1']);
  });
});

describe('the gateway config', () => {
  it('names the field of a mistake', () => {
    expect(() => parseGatewayConfig({ upstreams: [{ name: 'a', url: 'http://127.0.0.1:1/mcp' }, { name: 'a', command: ['x'] }] })).toThrow(/gateway\.upstreams\.1\.name: two upstreams are named a/);
    expect(() => parseGatewayConfig({ authentication: { apiKeys: [{ id: 'k', key: 'short' }] } })).toThrow(/gateway\.authentication\.apiKeys\.0\.key/);
    expect(() => parseGatewayConfig({ limits: { rate: 3 } })).toThrow(expect.objectContaining({ code: 'VG_ERR_GATEWAY_CONFIG' }));
  });
});
