import { parseArgs } from 'node:util';

import type { GuardOptions } from '@vanguard/core';
import { checkListen, createGatewayFromConfig, createNodeServer, listen } from '@vanguard/http';

import { configFor, guardOptionsFor, openAuditSink, profileFor } from './config.js';

export const gatewayUsage = `vanguard gateway --listen HOST:PORT --upstream URL [options]
vanguard gateway --listen HOST:PORT [options] -- <server command> [args...]
vanguard gateway --config FILE            (upstreams declared in the file's gateway: section)

An HTTP gateway for MCP: Streamable HTTP at /mcp (or /<name>/mcp per upstream), /healthz, /readyz. In
front of a remote server (--upstream URL of its MCP endpoint) or a stdio server it spawns, one process per
session. Every message both ways is inspected. VANGUARD_API_KEY (one key, or several separated by commas)
turns on API-key auth (Authorization: Bearer <key> or X-API-Key); the config file adds JWTs, per-tool
scopes and limits (docs/gateway.md). Under the strict profile a non-loopback --listen needs auth.

Options:
  --listen HOST:PORT  where to listen (default 127.0.0.1:8080, or gateway.listen of the config)
  --upstream URL      the upstream's MCP endpoint (http:// or https://)
  --profile P         monitor | balanced (default) | strict
  --config FILE       config file (default: ./vanguard.yaml if present)
  --audit FILE        append JSONL audit events to FILE
  --public-url URL    the gateway's public base URL (for OAuth resource metadata)
  -h, --help          show this help
`;

/** `HOST:PORT`, `[::1]:PORT` or `:PORT`. */
export function parseListen(value: string): { host: string; port: number } | undefined {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(value);
  if (!m) return undefined;
  const port = Number(m[3]);
  if (port > 65535) return undefined;
  return { host: m[1] ?? (m[2] || '127.0.0.1'), port };
}

/** `vanguard gateway`: runs until SIGINT/SIGTERM; returns the exit code (2 for a usage or config error). */
export async function runGateway(argv: readonly string[]): Promise<number> {
  const fail = (message: string): number => {
    process.stderr.write(`vanguard gateway: ${message}\n`);
    return 2;
  };
  const split = argv.indexOf('--');
  const own = split < 0 ? [...argv] : argv.slice(0, split);
  const command = split < 0 ? [] : argv.slice(split + 1);
  let values: { listen?: string; upstream?: string; profile?: string; config?: string; audit?: string; 'public-url'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: own,
      strict: true,
      allowPositionals: false,
      options: {
        listen: { type: 'string' },
        upstream: { type: 'string' },
        profile: { type: 'string' },
        config: { type: 'string' },
        audit: { type: 'string' },
        'public-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${gatewayUsage}`);
  }
  if (values.help) {
    process.stdout.write(gatewayUsage);
    return 0;
  }
  if (values.upstream !== undefined && command.length) return fail('give either --upstream URL or a server command after --, not both');
  if (values.upstream !== undefined && !/^https?:\/\//.test(values.upstream)) return fail(`--upstream must be an http:// or https:// URL, not ${values.upstream}`);

  const loaded = configFor(values.config, process.cwd());
  const options: GuardOptions = guardOptionsFor(loaded, profileFor(values.profile, loaded));
  const sink = openAuditSink(values.audit, loaded);
  const listenAt = values.listen ?? loaded?.config.gateway?.listen ?? '127.0.0.1:8080';
  const address = parseListen(listenAt);
  if (!address) return fail(`--listen must be HOST:PORT, not ${listenAt}`);

  const gatewayConfig = { ...(loaded?.config.gateway ?? {}), ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}) };
  const handler = createGatewayFromConfig({
    config: gatewayConfig,
    guard: { ...options, ...(sink ? { audit: sink } : {}) },
    ...(values.upstream ? { upstream: { url: values.upstream } } : command.length ? { upstream: { command } } : {}),
  });
  try {
    const warning = checkListen(address.host, options.profile ?? 'balanced', handler.authenticated);
    if (warning) process.stderr.write(`vanguard gateway: ${warning}\n`);
  } catch (error) {
    await handler.close();
    await sink?.close();
    throw error;
  }
  const server = createNodeServer(handler, { maxBodyBytes: handler.limits.options.maxBodyBytes });
  try {
    const bound = await listen(server, address.host, address.port);
    const host = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
    process.stderr.write(`vanguard gateway: listening on http://${host}:${bound.port}/mcp (profile ${options.profile ?? 'balanced'}${handler.authenticated ? ', authenticated' : ''})\n`);
  } catch (error) {
    await handler.close();
    await sink?.close();
    return fail(`cannot listen on ${listenAt}: ${(error as Error).message}`);
  }
  await new Promise<void>((resolveStop) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.closeAllConnections();
      server.close(() => resolveStop());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await handler.close();
  await sink?.close();
  return 0;
}
