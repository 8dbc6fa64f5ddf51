import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { createGuard } from '@vanguard/core';
import { createStdioProxy, type StdioProxyOptions } from '@vanguard/stdio';

import { collectLines, jsonLine, request, testGuard } from './helpers.js';

const fixture = fileURLToPath(new URL('../../../test/fixtures/poisoned-tools-server.mjs', import.meta.url));

const initialize = request(0, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'proxy-test', version: '1' } });
const initialized = { jsonrpc: '2.0', method: 'notifications/initialized' };
const call = (id: number, name: string, args: Record<string, unknown>): Record<string, unknown> => request(id, 'tools/call', { name, arguments: args });

function start(options: Partial<StdioProxyOptions> = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  const logs: string[] = [];
  const proxy = createStdioProxy({
    command: process.execPath,
    args: [fixture],
    guard: testGuard(),
    input,
    output,
    stderr: 'pipe',
    log: (m) => logs.push(m),
    ...options,
  });
  let stderr = '';
  proxy.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { proxy, input, output: collectLines(output), logs, stderr: () => stderr };
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('createStdioProxy', () => {
  it('guards a real server and exits with its code once the host input ends', async () => {
    const p = start();
    p.input.write(jsonLine(initialize) + jsonLine(initialized) + jsonLine(call(1, 'echo', { text: 'hello' })));
    const [init, echo] = (await p.output.next(2)).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(init).toMatchObject({ id: 0, result: { serverInfo: { name: 'vanguard-poisoned-fixture' } } });
    expect(echo).toMatchObject({ id: 1, result: { content: [{ type: 'text', text: 'hello' }] } });
    p.input.end();
    const exit = await p.proxy.exited;
    expect(exit).toMatchObject({ code: 0, signal: null, exitCode: 0, failedRequests: 0 });
    expect(isAlive(p.proxy.pid!)).toBe(false);
    // The server's stderr is handed through as written.
    expect(p.stderr()).toContain(`fixture: poisoned-tools server ready (pid ${p.proxy.pid})\n`);
    expect(p.logs).toEqual([]);
  });

  it('answers the request in flight and exits with the server code when the server crashes', async () => {
    const p = start();
    p.input.write(jsonLine(initialize) + jsonLine(initialized));
    await p.output.next(1);
    p.input.write(jsonLine(call(7, 'crash', { code: 3 })));
    const [, answer] = await p.output.next(2);
    expect(JSON.parse(answer!)).toMatchObject({
      id: 7,
      error: { code: -32000, message: 'Connection closed: The MCP server exited with code 3 before answering (adapter/server-gone)', data: { cause: 'server-exited', exitCode: 3 } },
    });
    const exit = await p.proxy.exited;
    expect(exit).toMatchObject({ code: 3, exitCode: 3, failedRequests: 1 });
    expect(p.logs).toEqual(['the MCP server exited with code 3; 1 request(s) in flight were answered with an error']);
  });

  it('reports a server command that does not exist and answers the waiting request instead of hanging', async () => {
    const p = start({ command: 'vanguard-test-no-such-server', args: [] });
    p.input.write(jsonLine(initialize));
    const exit = await p.proxy.exited;
    expect(exit.exitCode).toBe(127);
    expect((exit.error as NodeJS.ErrnoException | undefined)?.code).toBe('ENOENT');
    expect(p.logs.join('\n')).toMatch(/could not start the MCP server "vanguard-test-no-such-server": .*ENOENT \(command not found/);
    const [answer] = await p.output.next(1);
    expect(JSON.parse(answer!)).toMatchObject({ id: 0, error: { code: -32012, data: { rule: 'adapter/upstream-unreachable', cause: 'spawn-failed' } } });
  });

  it('closes the input of a lingering server, then sends SIGTERM, then SIGKILL', async () => {
    const p = start({ env: { ...process.env, FIXTURE_IGNORE_EOF: '1', FIXTURE_IGNORE_SIGTERM: '1' }, shutdownTimeoutMs: 300 });
    p.input.write(jsonLine(initialize));
    await p.output.next(1);
    const started = performance.now();
    const exit = await p.proxy.close();
    expect(exit).toMatchObject({ code: null, signal: 'SIGKILL', exitCode: 137 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(550);
    expect(p.logs).toEqual([
      'the MCP server did not exit within 300 ms after its input closed; sending SIGTERM',
      'the MCP server did not exit within 300 ms of SIGTERM; sending SIGKILL',
    ]);
    expect(p.stderr()).toContain('fixture: ignoring SIGTERM');
  });

  it('stops a server that ignores the end of its input with SIGTERM when the host disconnects', async () => {
    const p = start({ env: { ...process.env, FIXTURE_IGNORE_EOF: '1' }, shutdownTimeoutMs: 200 });
    p.input.write(jsonLine(initialize));
    await p.output.next(1);
    p.input.end();
    const exit = await p.proxy.exited;
    expect(exit).toMatchObject({ signal: 'SIGTERM', exitCode: 143, failedRequests: 0 });
  });

  it('inspects every message with the principal it was given, so per-tool scopes apply', async () => {
    const guardFor = () => createGuard({ rules: { bundled: false, packs: [] }, auth: { tools: { echo: { scopes: ['echo:call'] } } } });
    const outsider = start({ guard: guardFor(), principal: { subject: 'alice', scopes: ['files:read'] } });
    outsider.input.write(jsonLine(initialize) + jsonLine(initialized) + jsonLine(call(1, 'echo', { text: 'hello' })));
    // The refusal may overtake the answer to initialize: the proxy answers it without the server.
    const refused = (await outsider.output.next(2)).map((l) => JSON.parse(l) as { id: number; error?: { data?: { rule?: string } } }).find((m) => m.id === 1);
    expect(refused?.error?.data?.rule).toMatch(/^auth\//);
    outsider.input.end();
    await outsider.proxy.exited;

    const allowed = start({ guard: guardFor(), principal: { subject: 'bob', scopes: ['echo:call'] } });
    allowed.input.write(jsonLine(initialize) + jsonLine(initialized) + jsonLine(call(1, 'echo', { text: 'hello' })));
    const echo = (await allowed.output.next(2)).map((l) => JSON.parse(l) as { id: number }).find((m) => m.id === 1);
    expect(echo).toMatchObject({ id: 1, result: { content: [{ type: 'text', text: 'hello' }] } });
    allowed.input.end();
    await allowed.proxy.exited;
  });
});
