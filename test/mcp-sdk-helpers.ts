// Shared helpers of the @vanguard/mcp-sdk end-to-end tests: real servers from node_modules, loopback only.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The JS entry of an MCP server package's bin, to spawn with `process.execPath` (never npx). */
export function serverEntry(pkg: '@modelcontextprotocol/server-filesystem' | '@modelcontextprotocol/server-everything'): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), 'dist', 'index.js');
}

/** A fresh temporary folder (its real path, so server-filesystem's checks agree) and its removal. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Counts the messages a transport really writes to its peer (patches the instance's own send). */
export function countWrites<T extends { send(message: never, options?: never): Promise<void> }>(transport: T): { transport: T; written: unknown[] } {
  const written: unknown[] = [];
  const send = transport.send.bind(transport) as (message: unknown, options?: unknown) => Promise<void>;
  (transport as unknown as { send: (message: unknown, options?: unknown) => Promise<void> }).send = (message, options) => {
    written.push(message);
    return send(message, options);
  };
  return { transport, written };
}

/** Finds a free loopback port (the port is released before it is returned). */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

/**
 * Starts `@modelcontextprotocol/server-everything streamableHttp` on a free port. It binds every
 * interface; the tests only ever connect to 127.0.0.1.
 */
export async function startEverything(mode: 'streamableHttp' | 'sse' = 'streamableHttp'): Promise<{ url: URL; stop: () => Promise<void> }> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [serverEntry('@modelcontextprotocol/server-everything'), mode], {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    const ready = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 15_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        if (/(listening|running) on port/i.test(log)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    const stop = async (): Promise<void> => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const exited = once(child, 'exit');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    };
    if (ready) return { url: new URL(`http://127.0.0.1:${port}/${mode === 'sse' ? 'sse' : 'mcp'}`), stop };
    await stop();
    if (attempt >= 2) throw new Error(`server-everything did not start: ${log.slice(0, 500)}`);
  }
}

/** Serves a Node request handler on 127.0.0.1 at a free port. */
export async function serveHttp(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: URL; close: () => Promise<void> }> {
  const server: Server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/mcp`),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Reads a JSON request body. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** A tool description with an instruction hidden in Unicode tag characters (invisible when rendered). */
export function hiddenInstruction(visible: string, hidden: string): string {
  return visible + String.fromCodePoint(...[...hidden].map((c) => 0xe0000 + c.charCodeAt(0)));
}
