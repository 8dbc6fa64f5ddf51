import { randomUUID } from 'node:crypto';

import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

import { createBoundedEventStore } from './event-store.js';
import { isId, isRecord } from './json-shape.js';
import { type ChildLink, SharedChild } from './shared-child.js';
import type { Upstream } from './upstream.js';

export interface StdioUpstreamOptions {
  readonly command: string;
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Where the server's stderr goes (default: inherited). */
  readonly stderr?: 'inherit' | 'ignore';
  /** Events kept per session for `Last-Event-ID` resumption (default 1000). */
  readonly resumableEvents?: number;
  /**
   * `per-session` (default): a server process per MCP session, ended with it. `shared`: one process for
   * every session (ids and progress tokens renumbered), for servers that are costly to start.
   */
  readonly mode?: 'per-session' | 'shared';
}

/**
 * The SDK's stdio transport adds a `drain` listener for every message sent while the server's input pipe
 * is full: concurrent requests to a server that reads slowly piled them up (MaxListenersExceededWarning).
 * Sends wait for the one before them instead; the order is the same, and at most one listener waits.
 */
function oneSendAtATime(transport: StdioClientTransport): StdioClientTransport {
  const send = transport.send.bind(transport);
  let last: Promise<void> = Promise.resolve();
  transport.send = (message) => {
    const sent = last.then(() => send(message));
    last = sent.catch(() => undefined);
    return sent;
  };
  return transport;
}

interface Session {
  readonly transport: WebStandardStreamableHTTPServerTransport;
  readonly child: ChildLink;
  /** Client requests in flight upstream, and the progress tokens they asked for. */
  readonly inFlight: Map<string | number, string | number | undefined>;
}

/**
 * A stdio MCP server behind the gateway, one process per session (or one shared, `mode: 'shared'`): each
 * `initialize` spawns the server (or joins the shared one) and
 * a Streamable HTTP endpoint in front of it (the SDK's web-standard server transport, with a bounded event
 * store for resumption). Progress and the server's own requests and notifications are sent on the stream of
 * the request they belong to, as a server speaking HTTP itself would.
 */
export function stdioUpstream(options: StdioUpstreamOptions): Upstream {
  const sessions = new Map<string, Session>();
  const name = `stdio:${options.command}`;

  function relatedRequest(session: Session, sent: JSONRPCMessage): string | number | undefined {
    const message: unknown = sent;
    if (!isRecord(message) || typeof message['method'] !== 'string') return undefined;
    const params = message['params'];
    if (message['method'] === 'notifications/progress' && isRecord(params) && isId(params['progressToken'])) {
      for (const [id, token] of session.inFlight) if (token === params['progressToken']) return id;
      return undefined;
    }
    // Logging, sampling, elicitation while exactly one request runs belong to that request.
    if (session.inFlight.size === 1) return session.inFlight.keys().next().value;
    return undefined;
  }

  const spawnChild = (): ChildLink =>
    oneSendAtATime(
      new StdioClientTransport({
        command: options.command,
        args: [...(options.args ?? [])],
        ...(options.env ? { env: { ...options.env } } : {}),
        ...(options.cwd ? { cwd: options.cwd } : {}),
        stderr: options.stderr ?? 'inherit',
      }),
    );
  let shared: SharedChild | undefined;
  const childForSession = (): ChildLink => {
    if (options.mode !== 'shared') return spawnChild();
    if (!shared) {
      const process = spawnChild();
      const mine = new SharedChild(process);
      shared = mine;
      // A shared server that exits is started again for the next session.
      const onclose = process.onclose;
      process.onclose = () => {
        if (shared === mine) shared = undefined;
        onclose?.();
      };
    }
    return shared.attach();
  };

  async function open(): Promise<Session> {
    const child = childForSession();
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      eventStore: createBoundedEventStore(options.resumableEvents ?? 1000),
      onsessioninitialized: (id) => void sessions.set(id, session),
      onsessionclosed: (id) => void sessions.delete(id),
    });
    const session: Session = { transport, child, inFlight: new Map() };
    transport.onmessage = (sent) => {
      const message: unknown = sent;
      if (isRecord(message) && isId(message['id']) && typeof message['method'] === 'string') {
        const params = message['params'];
        const meta = isRecord(params) && isRecord(params['_meta']) ? params['_meta'] : undefined;
        session.inFlight.set(message['id'], meta && isId(meta['progressToken']) ? meta['progressToken'] : undefined);
      }
      child.send(sent).catch(() => undefined);
    };
    child.onmessage = (received) => {
      const message: unknown = received;
      const isResponse = isRecord(message) && isId(message['id']) && typeof message['method'] !== 'string';
      if (isResponse) session.inFlight.delete(message['id'] as string | number);
      const related = isResponse ? undefined : relatedRequest(session, received);
      transport.send(received, related === undefined ? {} : { relatedRequestId: related }).catch(() => undefined);
    };
    let closing = false;
    const closeBoth = (): void => {
      if (closing) return;
      closing = true;
      if (transport.sessionId) sessions.delete(transport.sessionId);
      void transport.close().catch(() => undefined);
      void child.close().catch(() => undefined);
    };
    transport.onclose = closeBoth;
    child.onclose = closeBoth;
    await transport.start();
    await child.start();
    return session;
  }

  return {
    name,
    async fetch(request) {
      const id = request.headers.get('mcp-session-id');
      if (id !== null) {
        const session = sessions.get(id);
        if (!session) return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message: 'Session not found' } }), { status: 404, headers: { 'content-type': 'application/json' } });
        return session.transport.handleRequest(request);
      }
      if (request.method !== 'POST') return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message: 'Bad Request: Mcp-Session-Id header is required' } }), { status: 400, headers: { 'content-type': 'application/json' } });
      const session = await open();
      const response = await session.transport.handleRequest(request);
      // Anything but a successful initialize leaves no session behind.
      if (session.transport.sessionId === undefined || !sessions.has(session.transport.sessionId)) {
        await session.transport.close().catch(() => undefined);
      }
      return response;
    },
    ready: () => true,
    async endSession(sessionId) {
      const session = sessions.get(sessionId);
      if (session) await session.transport.close();
    },
    async close() {
      await Promise.all([...sessions.values()].map((s) => s.transport.close().catch(() => undefined)));
      sessions.clear();
      await shared?.close().catch(() => undefined);
    },
  };
}
