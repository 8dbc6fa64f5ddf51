import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';

import { describe, expect, it } from 'vitest';

import { createGuard, type ProfileName } from '@vanguard/core';
import { createStdioProxy, type StdioProxyOptions, type VerdictEvent } from '@vanguard/stdio';

import { collectLines, jsonLine, request, testGuard, testPack } from './helpers.js';

const fixture = fileURLToPath(new URL('../../../test/fixtures/poisoned-tools-server.mjs', import.meta.url));

const initialize = request(0, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'proxy-test', version: '1' } });
const initialized = { jsonrpc: '2.0', method: 'notifications/initialized' };
const call = (id: number, name: string, args: Record<string, unknown>): Record<string, unknown> => request(id, 'tools/call', { name, arguments: args });

function start(options: Partial<StdioProxyOptions> = {}) {
  const input = new PassThrough();
  const output = (options.output as PassThrough | undefined) ?? new PassThrough();
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

  it('reports the verdict of every message the host gets before the host can read it, oversize ones and refusals too, even when the host asks the proxy to wait', async () => {
    const limit = 64 * 1024;
    for (const [profile, exchanges] of [
      ['monitor', [call(1, 'echo', { text: 'small' }), call(2, 'big_text', { bytes: limit * 2 }), call(3, 'echo', { text: 'y'.repeat(limit * 3) })]],
      ['balanced', [call(1, 'big_text', { bytes: limit * 2 }), call(2, 'echo', { text: 'z'.repeat(limit + 1000) }), call(3, 'echo', { text: 'small' })]],
    ] as const) {
      // Every write to the host asks to wait (the drain comes after the host read it): the verdict must not.
      const output = new PassThrough({ writableHighWaterMark: 1 });
      const events: VerdictEvent[] = [];
      const p = start({
        guard: createGuard({ profile: profile as ProfileName, rules: { bundled: false, packs: [testPack] }, limits: { maxMessageBytes: limit } }),
        maxMessageBytes: limit,
        output,
        onVerdict: (e) => events.push(e),
      });
      /** How many verdicts had been reported when the host read each line, taken as its last byte arrives. */
      const reportedAt: number[] = [];
      output.on('data', (chunk: Buffer) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) reportedAt.push(events.length);
      });
      p.input.write(jsonLine(initialize));
      await p.output.next(1);
      p.input.write(jsonLine(initialized));
      for (const [i, exchange] of exchanges.entries()) {
        p.input.write(jsonLine(exchange));
        await p.output.next(i + 2);
      }
      p.input.end();
      await p.proxy.exited;
      // The host's lines are, in order, the server's messages forwarded or replaced and the client's answered.
      const toHost = events.flatMap((e, at) => ((e.from === 'server' && (e.outcome === 'forwarded' || e.outcome === 'replaced')) || (e.from === 'client' && e.outcome === 'answered') ? [at + 1] : []));
      expect(reportedAt, profile).toHaveLength(exchanges.length + 1);
      for (const [line, reported] of reportedAt.entries()) expect(reported, `${profile}: line ${line}`).toBeGreaterThanOrEqual(toHost[line]!);
      expect(events.map((e) => `${e.from}:${e.outcome}`).filter((e) => !e.endsWith('forwarded')), profile).toEqual(profile === 'monitor' ? [] : ['server:replaced', 'client:answered']);
    }
  });
});
