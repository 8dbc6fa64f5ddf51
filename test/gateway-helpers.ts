// Shared helpers of the @vanguard/http end-to-end tests: the real gateway on 127.0.0.1, real servers.
import type { Server } from 'node:http';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AuditEvent } from '@vanguard/core';
import { createGatewayHandler, createNodeServer, type GatewayHandler, type GatewayHandlerOptions, listen } from '@vanguard/http';

import { serverEntry } from './mcp-sdk-helpers.js';

export { serverEntry };

export interface RunningGateway {
  readonly base: string;
  readonly url: URL;
  readonly handler: GatewayHandler;
  close(): Promise<void>;
}

/**
 * How a gateway is served: by the node server directly (no web objects), or as the web-standard handler
 * a framework mounts (wrapped, so the node server sees just another `Request` handler). The end-to-end
 * suites run both, so the two ways keep the same behaviour.
 */
export const servings = ['node server', 'web handler'] as const;
export type Serving = (typeof servings)[number];

/** Serves a gateway handler with the package's node server on a free loopback port. */
export async function startGateway(options: GatewayHandlerOptions, serving: Serving = 'node server'): Promise<RunningGateway> {
  const handler = createGatewayHandler(options);
  const served = serving === 'node server' ? handler : (request: Request) => handler(request);
  const server: Server = createNodeServer(served, { maxBodyBytes: handler.limits.options.maxBodyBytes });
  const { port } = await listen(server, '127.0.0.1', 0);
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    url: new URL(`${base}/mcp`),
    handler,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handler.close();
    },
  };
}

/** An SDK v1 client connected through the gateway, with optional headers (credentials). */
export async function connectV1(url: URL, headers: Record<string, string> = {}, capabilities: Record<string, unknown> = {}): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(url, { requestInit: { headers } });
  const client = new Client({ name: 'vanguard-gateway-test', version: '1.0.0' }, { capabilities });
  await client.connect(transport);
  return { client, transport };
}

/** Collects audit events. */
export function auditLog(): { events: AuditEvent[]; sink: (event: AuditEvent) => void } {
  const events: AuditEvent[] = [];
  return { events, sink: (event) => void events.push(event) };
}

/** A JSON-RPC POST with the headers a Streamable HTTP client sends. */
export function post(url: URL | string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const initialize = (id: number | string = 1) => ({
  jsonrpc: '2.0',
  id,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});
