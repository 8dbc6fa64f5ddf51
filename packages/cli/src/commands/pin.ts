import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { createLockEntry, diffLockEntries, type LockEntry, type Lockfile, LockfileSchema } from '@vanguard/core';

import { parseCommandArgs } from './args.js';
import { type CommandIo, processIo } from './config.js';

export const pinUsage = `vanguard pin [--check] [--lock FILE] [--server-id ID] -- <server command...>
vanguard pin [--check] [--lock FILE] [--server-id ID] --upstream URL

Asks a live MCP server for its initialize answer and its tools (every page of tools/list) and records
them in a lockfile (default ./vanguard.lock.json) under the server id (default "default", the id guards
use when none is given). Other servers' entries in the file are kept. Review the file in code review;
guards given it (createGuard({ pins: { lock } })) report any difference as a drift/* finding.

  --check          compare instead of writing; exit 1 and list the changes if the server drifted
  --lock FILE      the lockfile to write or check
  --server-id ID   the entry to write or check
  --upstream URL   a Streamable HTTP server instead of a command to spawn
  --timeout MS     how long to wait for each answer (default 15000)
`;

type Json = Record<string, unknown>;

/** Sends requests over an SDK transport and waits for their answers, raw (no schema parsing, so hashes match the wire). */
class RawSession {
  readonly #transport: Transport;
  readonly #pending = new Map<number, { resolve: (m: Json) => void; reject: (e: Error) => void }>();
  readonly #timeoutMs: number;
  #nextId = 1;

  constructor(transport: Transport, timeoutMs: number) {
    this.#transport = transport;
    this.#timeoutMs = timeoutMs;
    transport.onmessage = (message) => {
      const m = message as Json;
      if (typeof m['id'] === 'number' && ('result' in m || 'error' in m)) this.#pending.get(m['id'])?.resolve(m);
    };
    const fail = (error: Error): void => {
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
    };
    transport.onerror = (error) => fail(error);
    transport.onclose = () => fail(new Error('the server closed the connection'));
  }

  async request(method: string, params: Json): Promise<unknown> {
    const id = this.#nextId++;
    const answer = new Promise<Json>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${this.#timeoutMs} ms`)), this.#timeoutMs);
      this.#pending.set(id, {
        resolve: (m) => (clearTimeout(timer), resolve(m)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
    });
    await this.#transport.send({ jsonrpc: '2.0', id, method, params });
    const message = await answer;
    this.#pending.delete(id);
    if ('error' in message) throw new Error(`${method} failed: ${JSON.stringify(message['error']).slice(0, 200)}`);
    return message['result'];
  }

  notify(method: string): Promise<void> {
    return this.#transport.send({ jsonrpc: '2.0', method });
  }
}

/** Reads the server's initialize answer and every page of its tools/list. */
export async function readLiveEntry(transport: Transport, timeoutMs: number): Promise<LockEntry> {
  const session = new RawSession(transport, timeoutMs);
  await transport.start();
  try {
    const initialize = await session.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'vanguard-pin', version: '0.1.0' } });
    await session.notify('notifications/initialized');
    const tools: unknown[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 1000; page++) {
      const result = (await session.request('tools/list', cursor === undefined ? {} : { cursor })) as Json;
      if (Array.isArray(result?.['tools'])) tools.push(...(result['tools'] as unknown[]));
      cursor = typeof result?.['nextCursor'] === 'string' ? result['nextCursor'] : undefined;
      if (cursor === undefined) break;
    }
    return createLockEntry({ initialize, tools: { tools } });
  } finally {
    await transport.close().catch(() => undefined);
  }
}

/** JSON with sorted keys and two-space indentation, so lockfile diffs show only real changes. */
function stableText(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Json)[k])]));
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

/** Reads and validates a lockfile; a problem is a message for the operator. */
export function readLockfile(path: string): Lockfile | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return `cannot read ${path}: ${(error as Error).message}`;
  }
  const result = LockfileSchema.safeParse(parsed);
  return result.success ? result.data : `${path} is not a vanguard lockfile: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
}

/** `vanguard pin`: writes or checks a lockfile; 0 = written or no drift, 1 = drift, 2 = usage or server error. */
export async function runPin(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const split = argv.indexOf('--');
  const flags = split < 0 ? argv : argv.slice(0, split);
  const command = split < 0 ? [] : argv.slice(split + 1);
  const parsed = parseCommandArgs(
    'pin',
    {
      args: [...flags],
      strict: true,
      allowPositionals: false,
      options: {
        check: { type: 'boolean', default: false },
        lock: { type: 'string', default: 'vanguard.lock.json' },
        'server-id': { type: 'string', default: 'default' },
        upstream: { type: 'string' },
        timeout: { type: 'string', default: '15000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
  );
  const { values } = parsed;
  if (values.help) {
    io.stdout(pinUsage);
    return 0;
  }
  const timeoutMs = Number(values.timeout);
  const upstream = values.upstream;
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0 || (upstream === undefined) === (command.length === 0)) {
    io.stderr(`vanguard pin: give either --upstream URL or -- <server command...>${Number.isSafeInteger(timeoutMs) && timeoutMs > 0 ? '' : ', and --timeout as a positive number of ms'}\n\n${pinUsage}`);
    return 2;
  }
  const lockPath = resolve(io.cwd, values.lock);
  const serverId = values['server-id'];
  const existing = existsSync(lockPath) ? readLockfile(lockPath) : undefined;
  if (typeof existing === 'string') {
    io.stderr(`vanguard pin: ${existing}\n`);
    return 2;
  }
  if (values.check && existing?.servers[serverId] === undefined) {
    io.stderr(`vanguard pin: ${lockPath} has no entry for server "${serverId}"; run vanguard pin without --check first\n`);
    return 2;
  }

  let transport: Transport;
  if (upstream !== undefined) {
    let url: URL;
    try {
      url = new URL(upstream);
    } catch {
      io.stderr(`vanguard pin: --upstream ${upstream} is not a URL\n`);
      return 2;
    }
    transport = new StreamableHTTPClientTransport(url);
  } else {
    const [file, ...args] = command as [string, ...string[]];
    transport = new StdioClientTransport({ command: file, args, cwd: io.cwd, stderr: 'ignore' });
  }
  let live: LockEntry;
  try {
    live = await readLiveEntry(transport, timeoutMs);
  } catch (error) {
    io.stderr(`vanguard pin: could not read the server: ${(error as Error).message}\n`);
    return 2;
  }

  if (values.check) {
    const changes = diffLockEntries(existing!.servers[serverId]!, live);
    if (changes.length === 0) {
      io.stdout(`${serverId}: no drift (${Object.keys(live.tools).length} tools match ${values.lock})\n`);
      return 0;
    }
    io.stdout(`${serverId}: ${changes.length} change(s) since ${values.lock} was written:\n${changes.map((c) => `  ${c.rule}  ${c.message}\n`).join('')}`);
    return 1;
  }
  const lockfile: Lockfile = { lockfileVersion: 1, servers: { ...existing?.servers, [serverId]: live } };
  const temporary = `${lockPath}.vanguard-tmp`;
  writeFileSync(temporary, stableText(lockfile));
  renameSync(temporary, lockPath);
  io.stdout(`Pinned ${Object.keys(live.tools).length} tool(s) of server "${serverId}" in ${values.lock}.\n`);
  return 0;
}
