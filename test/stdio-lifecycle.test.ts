// Lifecycle of vanguard start: crashes, host EOF, signals, servers that do not start. Raw JSON lines on
// the CLI's stdio where exit codes and stderr matter, the SDK Client where a host's view matters.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertBuilt, connect, fixtureServer, guarded, handshake, isAlive, type RawProcess, spawnRaw, tempDir, waitFor } from './stdio-helpers.js';

let dir: string;
let remove: () => void;
beforeAll(() => {
  assertBuilt();
  ({ dir, remove } = tempDir('vanguard-stdio-life-'));
});
afterAll(() => remove?.());

function startCli(options: readonly string[] = [], env: NodeJS.ProcessEnv = {}): RawProcess {
  const { command, args } = guarded([process.execPath, fixtureServer], options);
  return spawnRaw(command, args, { env });
}

/** Sends the handshake and waits for the initialize answer; returns the fixture server's pid. */
async function ready(p: RawProcess): Promise<number> {
  for (const m of handshake) p.send(m);
  expect(await p.next(30_000)).toMatchObject({ id: 0, result: { serverInfo: { name: 'vanguard-poisoned-fixture' } } });
  await waitFor(() => /server ready \(pid \d+\)/.test(p.stderr()), () => p.stderr());
  return Number(/server ready \(pid (\d+)\)/.exec(p.stderr())![1]);
}

/** stdout must only ever carry JSON-RPC messages. */
function expectOnlyProtocol(p: RawProcess): void {
  for (const line of p.lines) expect(JSON.parse(line)).toHaveProperty('jsonrpc', '2.0');
}

describe('vanguard start lifecycle', () => {
  it('answers the request in flight when the server crashes, passes its stderr through and exits with its code', async () => {
    const p = startCli();
    await ready(p);
    p.send({ jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'crash', arguments: { code: 3 } } });
    expect(await p.next()).toMatchObject({ id: 5, error: { code: -32000, message: 'Connection closed: The MCP server exited with code 3 before answering (adapter/server-gone)' } });
    expect(await p.exit).toEqual({ code: 3, signal: null });
    expect(p.stderr()).toContain('fixture: crashing on purpose\n');
    expect(p.stderr()).toContain('vanguard: the MCP server exited with code 3; 1 request(s) in flight were answered with an error\n');
    expectOnlyProtocol(p);
  });

  it('rejects the pending call of an SDK client when the server crashes, instead of hanging', async () => {
    const { command, args } = guarded([process.execPath, fixtureServer]);
    const c = await connect(command, args);
    const error = await c.client.callTool({ name: 'crash', arguments: {} }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(McpError);
    expect((error as McpError).code).toBe(-32000);
    await c.close();
  });

  it('shuts the server down when the host closes its input, and exits with the server code', async () => {
    const p = startCli();
    const pid = await ready(p);
    p.send({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'echo', arguments: { text: 'last words' } } });
    p.child.stdin.end();
    // The request sent just before EOF is still answered.
    expect(await p.next()).toMatchObject({ id: 1, result: { content: [{ text: 'last words' }] } });
    expect(await p.exit).toEqual({ code: 0, signal: null });
    expect(isAlive(pid)).toBe(false);
    expect(p.stderr()).not.toContain('vanguard:');
    expectOnlyProtocol(p);
  });

  it('shuts the server down gracefully on SIGTERM', async () => {
    const p = startCli();
    const pid = await ready(p);
    p.child.kill('SIGTERM');
    expect(await p.exit).toEqual({ code: 0, signal: null });
    expect(isAlive(pid)).toBe(false);
  });

  it('escalates to SIGTERM for a server that ignores its input closing, and kills it on a second Ctrl-C', async () => {
    const config = join(dir, 'slow.yaml');
    writeFileSync(config, 'stdio:\n  shutdownTimeoutMs: 300\n');
    const lingering = startCli(['--config', config], { FIXTURE_IGNORE_EOF: '1' });
    const lingeringPid = await ready(lingering);
    lingering.child.stdin.end();
    expect(await lingering.exit).toEqual({ code: 143, signal: null });
    expect(lingering.stderr()).toContain('vanguard: the MCP server did not exit within 300 ms after its input closed; sending SIGTERM\n');
    expect(isAlive(lingeringPid)).toBe(false);

    writeFileSync(config, 'stdio:\n  shutdownTimeoutMs: 20000\n');
    const stubborn = startCli(['--config', config], { FIXTURE_IGNORE_EOF: '1', FIXTURE_IGNORE_SIGTERM: '1' });
    const stubbornPid = await ready(stubborn);
    stubborn.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isAlive(stubbornPid)).toBe(true);
    stubborn.child.kill('SIGINT');
    expect(await stubborn.exit).toEqual({ code: 137, signal: null });
    expect(stubborn.stderr()).toContain('vanguard: SIGINT again; killing the MCP server\n');
    expect(isAlive(stubbornPid)).toBe(false);
  });

  it('explains a server command that cannot be started and exits 127 without hanging', async () => {
    const { command, args } = guarded(['vanguard-e2e-no-such-server', '--flag']);
    const p = spawnRaw(command, args);
    p.send(handshake[0]);
    expect(await p.exit).toEqual({ code: 127, signal: null });
    expect(p.stderr()).toMatch(/vanguard: could not start the MCP server "vanguard-e2e-no-such-server --flag": spawn vanguard-e2e-no-such-server ENOENT \(command not found/);
    expectOnlyProtocol(p);
  });

  it('fails the connect of an SDK client when the server cannot be started', async () => {
    const { command, args } = guarded(['vanguard-e2e-no-such-server']);
    const error = await connect(command, args).then(
      (c) => c.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
  });
});
