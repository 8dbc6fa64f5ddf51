import { type Outcome, type Principal, type Sender, VanguardError, VanguardErrorCode, type Verdict } from '@vanguard/core';

/**
 * The part of an MCP SDK `Transport` that `guardTransport` relies on. Every transport of the official
 * SDKs matches it: v1 `@modelcontextprotocol/sdk` (1.x) and v2 `@modelcontextprotocol/client` and
 * `@modelcontextprotocol/server` (2.x), client or server side, stdio, Streamable HTTP, SSE, in-memory.
 */
export interface TransportLike {
  start(): Promise<void>;
  send(message: never, options?: never): Promise<void>;
  close(): Promise<void>;
  sessionId?: string | undefined;
}

/** Which end of the MCP connection the wrapped transport is. */
export type TransportSide = 'client' | 'server';

/** One inspected message, as reported to {@link GuardTransportOptions.onVerdict}. */
export interface GuardTransportEvent {
  /** `outbound`: sent by the local side through `send`; `inbound`: received from the peer. */
  readonly direction: 'outbound' | 'inbound';
  /** Who sent the message: the agent host (`client`) or the MCP server (`server`). */
  readonly from: Sender;
  /** The session the guard keyed its state by. */
  readonly sessionId: string;
  /** The message as it was sent (never modified). */
  readonly message: unknown;
  /** The verdict; `verdict.disposition` holds the error or replacement that was sent. */
  readonly verdict: Verdict;
  /**
   * What the wrapper did: the disposition carried out (`forwarded`, `replaced`, `answered`, `dropped`,
   * as in audit events), or `dropped` for a request its sender cancelled while it was inspected.
   */
  readonly outcome: Outcome;
}

/**
 * Extra information a transport passes with an inbound message (`MessageExtraInfo` in the SDKs):
 * `authInfo` from the HTTP server transports, `requestInfo` (v1) or `request` (v2).
 */
export type MessageExtra = Readonly<Record<string, unknown>>;

/** Options of `guardTransport`. All are optional. */
export interface GuardTransportOptions {
  /**
   * Which end of the connection the wrapped transport is; it decides who sent each message (`from`).
   * A client transport's `send` carries messages from the client and its `onmessage` messages from the
   * server; a server transport the other way round. Default: `server` for the SDKs' server transports
   * (recognized by their class name or a `handleRequest` method), else `client`.
   */
  readonly side?: TransportSide;
  /**
   * The session the guard keys correlation and behaviour state by. Default: the transport's own
   * `sessionId` once it has one (Streamable HTTP), else an id generated once per wrapper.
   */
  readonly sessionId?: string;
  /** Which upstream server this connection talks to; isolates guard state between servers. */
  readonly serverId?: string;
  /**
   * Who is behind the connection. A function receives the `extra` of each inbound message and may map its
   * `authInfo`; the last principal it returned also applies to outbound messages. Default: the HTTP
   * server transports' `extra.authInfo` (`clientId` as subject, `scopes`), when present.
   */
  readonly principal?: Principal | ((extra: MessageExtra | undefined) => Principal | undefined);
  /**
   * Called once per inspected message, after the wrapper acted on the verdict. It must not throw; if it
   * does, the error is reported through the transport's `onerror` and the traffic goes on.
   */
  readonly onVerdict?: (event: GuardTransportEvent) => void;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `server` for the SDKs' server transports, else `client`. */
export function defaultSide(transport: object): TransportSide {
  const name = (transport as { constructor?: { name?: unknown } }).constructor?.name;
  if (typeof name === 'string' && /ServerTransport$/.test(name)) return 'server';
  const candidate = transport as Record<string, unknown>;
  return typeof candidate['handleRequest'] === 'function' || typeof candidate['handlePostMessage'] === 'function' ? 'server' : 'client';
}

/** The principal of the HTTP server transports' `extra.authInfo`, if any. */
export function principalFromAuth(extra: MessageExtra | undefined): Principal | undefined {
  const auth = extra?.['authInfo'];
  if (!isRecord(auth) || typeof auth['clientId'] !== 'string' || auth['clientId'] === '') return undefined;
  const scopes = Array.isArray(auth['scopes']) ? auth['scopes'].filter((s): s is string => typeof s === 'string') : undefined;
  return { subject: auth['clientId'], ...(scopes ? { scopes } : {}) };
}

function invalidOptions(message: string): VanguardError {
  return new VanguardError(VanguardErrorCode.InvalidOptions, `guardTransport: ${message}`);
}

const known = new Set(['side', 'sessionId', 'serverId', 'principal', 'onVerdict']);

/** Throws `VG_ERR_INVALID_OPTIONS` unless the arguments are a transport, a guard and valid options. */
export function checkArguments(transport: unknown, guard: unknown, options: unknown): void {
  if (typeof transport !== 'object' || transport === null) throw invalidOptions('the first argument must be an MCP SDK Transport');
  for (const m of ['start', 'send', 'close']) {
    if (typeof (transport as Record<string, unknown>)[m] !== 'function') throw invalidOptions(`the transport has no ${m}() method; pass an MCP SDK Transport`);
  }
  if (typeof guard !== 'object' || guard === null || typeof (guard as Record<string, unknown>)['inspect'] !== 'function' || typeof (guard as Record<string, unknown>)['decide'] !== 'function') {
    throw invalidOptions('the second argument must be a guard with inspect() and decide(); create it with createGuard()');
  }
  if (options === undefined) return;
  if (!isRecord(options)) throw invalidOptions('options must be an object');
  for (const key of Object.keys(options)) if (!known.has(key)) throw invalidOptions(`unknown option ${key}`);
  if (options['side'] !== undefined && options['side'] !== 'client' && options['side'] !== 'server') {
    throw invalidOptions('options.side must be "client" or "server"');
  }
  for (const key of ['sessionId', 'serverId']) {
    if (options[key] !== undefined && (typeof options[key] !== 'string' || options[key] === '')) throw invalidOptions(`options.${key} must be a non-empty string`);
  }
  const principal = options['principal'];
  if (principal !== undefined && typeof principal !== 'function' && !(isRecord(principal) && typeof principal['subject'] === 'string')) {
    throw invalidOptions('options.principal must be a principal ({ subject, roles?, scopes? }) or a function returning one');
  }
  if (options['onVerdict'] !== undefined && typeof options['onVerdict'] !== 'function') throw invalidOptions('options.onVerdict must be a function');
}
