// `vanguard gateway` through the built binary: a spawned stdio upstream, a config file with two upstreams
// at their own prefixes, VANGUARD_API_KEY, and the strict profile's refusal of an unauthenticated public listen.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { connectV1, serverEntry } from './gateway-helpers.js';
import { startEverything, tempDir } from './mcp-sdk-helpers.js';
import { assertBuilt, vanguardBin } from './stdio-helpers.js';

const everythingArgs = [process.execPath, serverEntry('@modelcontextprotocol/server-everything'), 'stdio'];

/** Starts the binary and waits for its "listening on" line; returns the MCP URL. */
async function startCli(args: readonly string[], env: Record<string, string> = {}, cwd?: string): Promise<{ child: ChildProcess; base: string; stderr: () => string }> {
  const child = spawn(process.execPath, [vanguardBin, 'gateway', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], ...(cwd ? { cwd } : {}) });
  let log = '';
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${log}`)), 15_000);
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /listening on (http:\/\/[^/\s]+)\/mcp/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', () => reject(new Error(`exited: ${log}`)));
  });
  return { child, base, stderr: () => log };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

describe('vanguard gateway', () => {
  beforeAll(() => assertBuilt());

  it('serves a spawned stdio server at /mcp and exits 0 on SIGTERM', async () => {
    const { child, base } = await startCli(['--listen', '127.0.0.1:0', '--', ...everythingArgs]);
    const { client } = await connectV1(new URL(`${base}/mcp`));
    const echo = await client.callTool({ name: 'echo', arguments: { message: 'from the cli' } });
    expect(JSON.stringify(echo.content)).toContain('from the cli');
    const blocked = await client.callTool({ name: 'echo', arguments: { message: 'rm -rf / --no-preserve-root' } }).catch((e: unknown) => e as { code?: number });
    expect(blocked.code).toBe(-32010);
    await client.close();
    expect(await stop(child)).toBe(0);
  });

  it('requires VANGUARD_API_KEY keys when it is set', async () => {
    const { child, base } = await startCli(['--listen', '127.0.0.1:0', '--', ...everythingArgs], { VANGUARD_API_KEY: 'first-key-0123456789,second-key-0123456789' });
    const denied = await fetch(`${base}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(denied.status).toBe(401);
    const { client } = await connectV1(new URL(`${base}/mcp`), { 'x-api-key': 'second-key-0123456789' });
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    await client.close();
    await stop(child);
  });

  describe('with a config file declaring two upstreams', () => {
    let everything: Awaited<ReturnType<typeof startEverything>>;
    const temp = tempDir('vanguard-gateway-');

    beforeAll(async () => {
      everything = await startEverything();
    }, 30_000);
    afterAll(async () => {
      await everything?.stop();
      temp.remove();
    });

    it('serves each at its own prefix with its own profile and authorization', async () => {
      const config = join(temp.dir, 'vanguard.yaml');
      writeFileSync(
        config,
        [
          'gateway:',
          '  upstreams:',
          '    - name: local',
          `      command: ${JSON.stringify(everythingArgs)}`,
          '      authorization:',
          '        tools:',
          '          get-sum: { roles: [math] }',
          '    - name: remote',
          `      url: ${everything.url.href}`,
          '      profile: monitor',
          '',
        ].join('\n'),
      );
      const { child, base } = await startCli(['--listen', '127.0.0.1:0', '--config', config]);
      const local = await connectV1(new URL(`${base}/local/mcp`));
      expect((await local.client.listTools()).tools.map((t) => t.name)).not.toContain('get-sum');
      await local.client.close();
      const remote = await connectV1(new URL(`${base}/remote/mcp`));
      expect((await remote.client.listTools()).tools.map((t) => t.name)).toContain('get-sum');
      // monitor only audits: the call goes through.
      const echo = await remote.client.callTool({ name: 'echo', arguments: { message: 'rm -rf / --no-preserve-root' } });
      expect(JSON.stringify(echo.content)).toContain('rm -rf');
      await remote.client.close();
      await stop(child);
    });

    it('names the field of a bad config and exits 2', async () => {
      const config = join(temp.dir, 'bad.yaml');
      writeFileSync(config, 'gateway:\n  upstreams:\n    - name: both\n      url: http://127.0.0.1:1/mcp\n      command: [node]\n');
      const child = spawn(process.execPath, [vanguardBin, 'gateway', '--config', config], { stdio: ['ignore', 'ignore', 'pipe'] });
      let log = '';
      child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number];
      expect(code).toBe(2);
      expect(log).toContain('gateway.upstreams[0]');
      expect(log).toContain('exactly one of url and command');
    });
  });

  it('refuses, under strict, to listen beyond loopback without authentication', async () => {
    const child = spawn(process.execPath, [vanguardBin, 'gateway', '--profile', 'strict', '--listen', '0.0.0.0:0', '--', ...everythingArgs], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, VANGUARD_API_KEY: '' } });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(2);
    expect(log).toContain('VG_ERR_GATEWAY_CONFIG');
    expect(log).toContain('without authentication');
  });
});
