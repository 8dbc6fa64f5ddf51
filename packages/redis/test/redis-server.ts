import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

/** A real redis-server on 127.0.0.1, on a free port, without persistence. */
export interface RedisServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** How many fresh ports a start tries when another process takes the free port first. */
const attempts = 5;

/**
 * Starts redis-server (installed by .ci/run with apt-get) and resolves once it accepts connections. A free
 * port can be taken by another process before redis-server binds it; without a `port` asked for, the start
 * is tried again on another one.
 */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOn(port ?? (await freePort()));
    } catch (error) {
      if (port !== undefined || attempt >= attempts || !String(error).includes('Address already in use')) throw error;
    }
  }
}

function startOn(p: number): Promise<RedisServer> {
  const child: ChildProcess = spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<RedisServer>((resolve, reject) => {
    let output = '';
    let probing = false;
    const timer = setTimeout(() => {
      clearInterval(poll);
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start: ${output}`));
    }, 10_000);
    // Connecting, not listening: a probe that listened on the port could take it before redis-server does.
    const poll = setInterval(() => {
      if (probing) return;
      probing = true;
      const probe = connect(p, '127.0.0.1');
      probe.once('connect', () => {
        probe.destroy();
        clearInterval(poll);
        clearTimeout(timer);
        resolve(running(child, p));
      });
      probe.once('error', () => {
        probe.destroy();
        probing = false;
      });
    }, 50);
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}: ${output}`));
    });
  });
}

function running(child: ChildProcess, p: number): RedisServer {
  return {
    url: `redis://127.0.0.1:${p}`,
    port: p,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
