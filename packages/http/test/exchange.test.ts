// The node server's own request reading: header lookup as a web Headers does it, and the client's going
// away told to watchers and to the abort signal, over real loopback HTTP.
import { createServer, request as httpRequest, type Server } from 'node:http';

import { afterEach, describe, expect, it } from 'vitest';

import { NodeRequest, RawHeaders } from '../src/exchange.js';
import { listen } from '../src/node-server.js';

describe('RawHeaders', () => {
  const raw = ['Host', '127.0.0.1:8080', 'Mcp-Param-Path', '/a', 'accept', 'application/json', 'ACCEPT', 'text/event-stream', 'X-Empty', '', 'mcp-param-path', '/b'];
  const web = new Headers();
  for (let i = 0; i < raw.length; i += 2) web.append(raw[i]!, raw[i + 1]!);

  it('answers every name, in any case, as a web Headers built from the same list does', () => {
    const headers = new RawHeaders(raw);
    for (const name of ['host', 'HOST', 'accept', 'Accept', 'mcp-param-path', 'x-empty', 'absent']) expect(headers.get(name.toLowerCase())).toBe(web.get(name));
  });

  it('visits the same names and values as a web Headers', () => {
    const seen: [string, string][] = [];
    new RawHeaders(raw).forEach((value, name) => seen.push([name, value]));
    const expected: [string, string][] = [];
    web.forEach((value, name) => expected.push([name, value]));
    expect(seen.sort()).toEqual(expected.sort());
  });

  it('tells the first of a repeated header apart from the joined value', () => {
    const headers = new RawHeaders(['Host', 'one.example', 'host', 'two.example']);
    expect(headers.first('host')).toBe('one.example');
    expect(headers.get('host')).toBe('one.example, two.example');
    expect(headers.first('origin')).toBeUndefined();
  });
});

describe('NodeRequest', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('tells its watchers and its signal when the client goes away before the answer', async () => {
    let request: NodeRequest | undefined;
    const told: string[] = [];
    // The client goes away once the server holds the request (a timer could fire before it arrives).
    let leave = (): void => undefined;
    const gone = new Promise<void>((resolve) => {
      const server = createServer((req, res) => {
        request = new NodeRequest(req, res);
        request.watch(() => told.push('first'));
        const stop = request.watch(() => told.push('stopped watching'));
        stop();
        request.signal.addEventListener('abort', () => resolve());
        leave();
      });
      servers.push(server);
      void listen(server, '127.0.0.1', 0).then(({ port }) => {
        const client = httpRequest({ host: '127.0.0.1', port, path: '/mcp?x=1', method: 'POST', headers: { host: 'gateway.test:9', 'content-length': '100' } });
        client.on('error', () => undefined);
        client.write('{"jsonrpc"');
        leave = () => client.destroy();
      });
    });
    await gone;
    expect(request?.gone).toBe(true);
    expect(told).toEqual(['first']);
    expect(request?.url).toBe('http://gateway.test:9/mcp?x=1');
    // Watching after the client has gone is told at once.
    let late = false;
    request?.watch(() => (late = true));
    expect(late).toBe(true);
  });

  it('reads the same path from any request target as URL parsing does', async () => {
    const targets = ['/mcp', '/team-a/mcp/', '/a_b/c-d//mcp', '/', '/a/../mcp', '/./mcp', '/%6Dcp', '/mcp?x=/y', '//evil.example/mcp', '/MCP', '/a%2F..%2Fmcp', '/caf\u00e9'];
    const seen: [string, string][] = [];
    const server = createServer((req, res) => {
      seen.push([req.url ?? '', new NodeRequest(req, res).pathname]);
      res.end();
    });
    servers.push(server);
    const { port } = await listen(server, '127.0.0.1', 0);
    for (const path of targets) {
      await new Promise<void>((resolve, reject) => {
        const client = httpRequest({ host: '127.0.0.1', port, path: encodeURI(path).replace(/%25/g, '%'), headers: { host: 'gateway.test' } }, (res) => res.resume().on('end', resolve));
        client.on('error', reject).end();
      });
    }
    expect(seen).toHaveLength(targets.length);
    for (const [target, pathname] of seen) expect(pathname).toBe(new URL(target, 'http://gateway.test').pathname);
  });

  it('is not gone once its answer was written', async () => {
    let request: NodeRequest | undefined;
    const server = createServer((req, res) => {
      request = new NodeRequest(req, res);
      res.end('ok');
    });
    servers.push(server);
    const { port } = await listen(server, '127.0.0.1', 0);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok');
    expect(request?.gone).toBe(false);
    expect(request?.signal.aborted).toBe(false);
  });
});
