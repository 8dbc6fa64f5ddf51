// Shared helpers of the stdio proxy end-to-end tests: real servers from node_modules, the built CLI.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The built `vanguard` binary (run `npm run build` first; `npm test` does). */
export const vanguardBin = join(root, 'packages', 'cli', 'bin', 'vanguard.js');
export const fixtureServer = join(root, 'test', 'fixtures', 'poisoned-tools-server.mjs');
export const libraryProxy = join(root, 'test', 'fixtures', 'library-proxy.mjs');
export const filesystemServer = join(dirname(require.resolve('@modelcontextprotocol/server-filesystem/package.json')), 'dist', 'index.js');

/** Fails fast with a useful message when the CLI was not built. */
export function assertBuilt(): void {
  for (const file of [join(root, 'packages', 'cli', 'dist', 'index.js'), join(root, 'packages', 'stdio', 'dist', 'index.js')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build before these tests`);
  }
}

/** A fresh temporary folder (its real path, so server-filesystem's checks agree) and its removal. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `node <vanguard> start [options] -- <server…>` as a command and args. */
export function guarded(server: readonly string[], options: readonly string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: [vanguardBin, 'start', ...options, '--', ...server] };
}

export interface Connected {
  readonly client: Client;
  readonly transport: StdioClientTransport;
  /** Everything the spawned process wrote to stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

/** Connects a real SDK client over stdio to `command args`, with stderr captured. */
export async function connect(command: string, args: readonly string[], env: Record<string, string> = {}): Promise<Connected> {
  const transport = new StdioClientTransport({ command, args: [...args], env, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = new Client({ name: 'vanguard-e2e', version: '1.0.0' });
  await client.connect(transport);
  return { client, transport, stderr: () => stderr, close: () => client.close() };
}

/** Waits until `predicate` holds (polling), or fails after `timeoutMs` with `what`. */
export async function waitFor(predicate: () => boolean, what: () => string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The text of a `tools/call` result. */
export function textOf(result: unknown): string {
  const content = (result as { content?: { type: string; text?: string }[] }).content ?? [];
  return content.map((c) => c.text ?? '').join('');
}

/** A process spoken to in raw JSON lines: for framing, exit codes and signals. */
export interface RawProcess {
  readonly child: ChildProcessWithoutNullStreams;
  send(message: unknown): void;
  sendRaw(text: string): void;
  /** Resolves with the next stdout line parsed as JSON (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Every stdout line so far, as text. */
  readonly lines: string[];
  stderr(): string;
  /** Resolves with the exit code (or 128 + signal number as the shell reports it). */
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnRaw(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): RawProcess {
  const child = spawn(command, [...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  const queued: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => {
    lines.push(line);
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else queued.push(line);
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  child.stdin.on('error', () => undefined);
  return {
    child,
    lines,
    exit,
    stderr: () => stderr,
    send: (message) => void child.stdin.write(`${JSON.stringify(message)}\n`),
    sendRaw: (text) => void child.stdin.write(text),
    next: (timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const take = (line: string): void => {
          clearTimeout(timer);
          resolve(JSON.parse(line) as Record<string, unknown>);
        };
        const timer = setTimeout(() => {
          const index = waiting.indexOf(take);
          if (index !== -1) waiting.splice(index, 1);
          reject(new Error(`no output line within ${timeoutMs} ms; stderr: ${stderr}`));
        }, timeoutMs);
        const line = queued.shift();
        if (line !== undefined) take(line);
        else waiting.push(take);
      }),
  };
}

/** The JSON-RPC lines of an MCP handshake, for raw sessions. */
export const handshake = [
  { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } },
  { jsonrpc: '2.0', method: 'notifications/initialized' },
] as const;

/** Whether a process id is still alive. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
