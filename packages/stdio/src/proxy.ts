import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { Readable, Writable } from 'node:stream';

import { spawnPlan } from './spawn-command.js';
import { type GuardedStreams, type GuardStreamsCommonOptions, guardStreams } from './guard-streams.js';
import type { LaneStats } from './read-lane.js';

/** Default time the server gets to exit after its input closes, and again after SIGTERM, in milliseconds. */
export const defaultShutdownTimeoutMs = 2000;

export interface StdioProxyOptions extends GuardStreamsCommonOptions {
  /**
   * The server executable. It is spawned without a shell (no expansion; put a shell in `command` if you
   * need one); on Windows a command that is not an `.exe` runs through `cmd.exe /c` with every argument
   * escaped, so `npx` and other `.cmd` shims work.
   */
  readonly command: string;
  readonly args?: readonly string[];
  readonly cwd?: string;
  /** The server's environment. Default: this process's environment. */
  readonly env?: NodeJS.ProcessEnv;
  /** Where the host's messages come from. Default `process.stdin`. */
  readonly input?: Readable;
  /** Where messages for the host go. Default `process.stdout`; only protocol bytes are ever written to it. */
  readonly output?: Writable;
  /**
   * The server's stderr: `inherit` (default) shares this process's stderr, so it passes through untouched;
   * `pipe` exposes it as {@link StdioProxy.stderr}; `ignore` discards it.
   */
  readonly stderr?: 'inherit' | 'pipe' | 'ignore';
  /** How long the server gets to exit after its input closes, then again after SIGTERM, before SIGKILL. */
  readonly shutdownTimeoutMs?: number;
}

/** How the server ended. */
export interface ProxyExit {
  /** The server's exit code, or null when a signal killed it or it never started. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /**
   * The code a CLI should exit with: the server's code; 128 + the signal number when a signal killed it;
   * 127 when the command was not found, 126 when it could not be executed, 1 for other start failures.
   */
  readonly exitCode: number;
  /** Why the server could not be started, if it could not. */
  readonly error?: Error;
  /** Host requests that were still waiting for the server and were answered with an error. */
  readonly failedRequests: number;
}

export interface StdioProxy {
  /** The server's process id (undefined if it could not be started). */
  readonly pid: number | undefined;
  /** The server's stderr when `stderr: 'pipe'`, else null. */
  readonly stderr: Readable | null;
  /** Resolves once the server has exited and everything it wrote has been handled; never rejects. */
  readonly exited: Promise<ProxyExit>;
  readonly stats: { readonly client: LaneStats; readonly server: LaneStats };
  /**
   * Shuts the server down gracefully: stops reading the host, closes the server's input, then sends
   * SIGTERM and finally SIGKILL if it does not exit within `shutdownTimeoutMs` each. Resolves like `exited`.
   */
  close(): Promise<ProxyExit>;
  /** Sends a signal to the server right away (e.g. SIGKILL on a second Ctrl-C). */
  kill(signal?: NodeJS.Signals): void;
}

function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  if (signal !== null) return 128 + (constants.signals[signal] ?? 0);
  return 1;
}

function describeCommand(command: string, args: readonly string[]): string {
  const text = [command, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/**
 * Spawns an MCP server and guards its stdio: the host talks to the proxy exactly as it would to the
 * server (newline-delimited JSON-RPC on `input`/`output`), and every message in both directions goes
 * through `guard.inspect`. The server's stderr passes through untouched.
 *
 * Lifecycle: when the host's input ends, the server's input is closed after every message read has been
 * handled, then SIGTERM and SIGKILL follow if it lingers. When the server exits, every host request still
 * waiting is answered as `guard.decide({ kind: 'server-gone' })` says (JSON-RPC error `-32000`); when it
 * cannot be started, as `guard.decide({ kind: 'upstream-unreachable' })` says (`-32012`). The reason is
 * logged, and `exited` resolves with the code to exit with. Nothing here calls `process.exit` or installs signal
 * handlers; the `vanguard start` command does that on top.
 *
 * @example
 * const proxy = createStdioProxy({ command: 'node', args: ['server.js'], guard: createGuard() });
 * process.on('SIGTERM', () => void proxy.close());
 * process.exitCode = (await proxy.exited).exitCode;
 */
export function createStdioProxy(options: StdioProxyOptions): StdioProxy {
  const args = options.args ?? [];
  const log = options.log ?? ((message: string) => void process.stderr.write(`vanguard: ${message}\n`));
  const timeoutMs = options.shutdownTimeoutMs ?? defaultShutdownTimeoutMs;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const label = describeCommand(options.command, args);

  let child: ChildProcess | undefined;
  let spawnError: Error | undefined;
  try {
    const env = options.env ?? process.env;
    const plan = spawnPlan(options.command, args, process.platform, env);
    child = spawn(plan.file, plan.args, {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', options.stderr ?? 'inherit'],
      shell: false,
      windowsHide: true,
      windowsVerbatimArguments: plan.windowsVerbatimArguments,
    });
  } catch (error) {
    // Synchronous spawn failures: invalid arguments such as a NUL byte in the command.
    spawnError = error as Error;
  }

  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** The proxy began the shutdown (host EOF, close(), host gone): the exit is expected. */
  let initiated = false;
  let shuttingDown = false;
  let termTimer: NodeJS.Timeout | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  let resolveExited: (exit: ProxyExit) => void = () => undefined;
  const exited = new Promise<ProxyExit>((resolve) => {
    resolveExited = resolve;
  });

  const streams: GuardedStreams | undefined =
    child?.stdin && child.stdout
      ? guardStreams({ ...options, log, host: { input, output }, server: { input: child.stdin, output: child.stdout } })
      : undefined;

  const shutdown = (expected: boolean): void => {
    if (expected) initiated = true;
    if (shuttingDown || exitInfo || !child) return;
    shuttingDown = true;
    const server = child;
    server.stdin?.end();
    termTimer = setTimeout(() => {
      if (exitInfo) return;
      log(`the MCP server did not exit within ${timeoutMs} ms after its input closed; sending SIGTERM`);
      server.kill('SIGTERM');
      killTimer = setTimeout(() => {
        if (exitInfo) return;
        log(`the MCP server did not exit within ${timeoutMs} ms of SIGTERM; sending SIGKILL`);
        server.kill('SIGKILL');
      }, timeoutMs);
    }, timeoutMs);
  };

  let finishing = false;
  const finish = async (code: number | null, signal: NodeJS.Signals | null, error?: Error): Promise<void> => {
    if (finishing) return;
    finishing = true;
    const expected = initiated;
    clearTimeout(termTimer);
    clearTimeout(killTimer);
    let failedRequests = 0;
    if (streams) {
      // Everything the server wrote before exiting is forwarded first, then the requests it left unanswered fail.
      await streams.serverDone;
      failedRequests = error
        ? streams.serverUnreachable(`The MCP server could not be started: ${error.message}`, { cause: 'spawn-failed' })
        : streams.serverGone(`The MCP server exited${signal ? ` (killed by ${signal})` : ` with code ${code}`} before answering`, { cause: 'server-exited', exitCode: code, signal });
      streams.detachHost();
      await streams.hostIdle();
    }
    if (error) {
      const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (command not found: is it installed and on PATH?)' : '';
      log(`could not start the MCP server "${label}": ${error.message}${hint}`);
    } else if (!expected || failedRequests) {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const lost = failedRequests ? `; ${failedRequests} request(s) in flight were answered with an error` : '';
      log(`the MCP server ${how}${lost}`);
    }
    await flush(output);
    const errno = (error as NodeJS.ErrnoException | undefined)?.code;
    resolveExited({
      code,
      signal,
      exitCode: error ? (errno === 'ENOENT' ? 127 : errno === 'EACCES' ? 126 : 1) : exitCodeOf(code, signal),
      failedRequests,
      ...(error ? { error } : {}),
    });
  };

  if (!child || !streams) {
    void finish(null, null, spawnError ?? new Error('the server process has no stdio pipes'));
  } else {
    const server = child;
    server.on('error', (error) => {
      // Emitted when the process could not be spawned, or (rarely) when signalling it failed.
      if (server.pid === undefined) {
        exitInfo = { code: null, signal: null };
        server.stdout?.destroy();
        void finish(null, null, error);
      } else {
        log(`MCP server process error: ${error.message}`);
      }
    });
    server.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      // A grandchild may hold the server's stdout open; do not wait for it forever.
      setTimeout(() => {
        if (!finishing) server.stdout?.destroy();
      }, timeoutMs).unref();
    });
    server.on('close', (code, signal) => {
      const info = exitInfo ?? { code, signal };
      void finish(info.code, info.signal);
    });
    void streams.hostDone.then(() => shutdown(true));
    void streams.hostGone.then(() => {
      streams.detachHost();
      shutdown(true);
    });
    // The server closed its output but may still be running: it can answer nothing any more.
    void streams.serverDone.then(() => shutdown(false));
  }

  const zero = { messages: 0, forwarded: 0, blocked: 0, bytes: 0 };
  return {
    pid: child?.pid,
    stderr: child?.stderr ?? null,
    exited,
    stats: streams?.stats ?? { client: zero, server: zero },
    close() {
      streams?.detachHost();
      shutdown(true);
      return exited;
    },
    kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child && !exitInfo) child.kill(signal);
    },
  };
}

/**
 * Waits (at most 5 s) until a writable has handed everything written so far to the OS: an empty write's
 * callback runs after the writes before it, corked or not.
 */
function flush(stream: Writable): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    stream.write('', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
