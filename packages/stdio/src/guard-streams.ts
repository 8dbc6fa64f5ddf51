import { randomUUID } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';

import { type Guard, type InspectContext, inspectNow, type MessageShape, type Outcome, outcomeOf, type Principal, type Sender, type Verdict } from '@vanguard/core';

import { carryOut, type Route } from './carry-out.js';
import { InFlight } from './in-flight.js';
import type { Line } from './lines.js';
import { handleOversize, type OversizeState } from './oversize.js';
import { type LaneItem, type LaneStats, ReadLane } from './read-lane.js';
import { shapeOfInspected } from './shape.js';
import { write, writeNow } from './write.js';

/** Default largest message, in bytes; the same as the guard's default `limits.maxMessageBytes`. */
export const defaultMaxMessageBytes = 16 * 1024 * 1024;
/** Default bound of input read ahead of the guard in each direction, in bytes. */
export const defaultMaxBufferedBytes = 8 * 1024 * 1024;

/** Reported once per message, after the proxy carried out the verdict. */
export interface VerdictEvent {
  /** Who sent the message: `client` is the agent host, `server` the MCP server. */
  readonly from: Sender;
  readonly verdict: Verdict;
  /** What the proxy did: normally the verdict's disposition (see the README for the exceptions). */
  readonly outcome: Outcome;
}

/** Options shared by {@link guardStreams} and `createStdioProxy`. */
export interface GuardStreamsCommonOptions {
  /**
   * The guard, or a promise of it: messages wait (in the pipes, bounded as usual) until it is ready, so a
   * caller can start the server while the guard compiles its rules. If the promise rejects, every message
   * is dropped; the caller is expected to report the error and shut the proxy down.
   */
  readonly guard: Guard | PromiseLike<Guard>;
  /** Session id for the guard's per-connection state and audit events. Default: a random `stdio-…` id. */
  readonly sessionId?: string;
  /** Server id for the guard's state and audit events. Default `default`. */
  readonly serverId?: string;
  readonly principal?: Principal;
  /**
   * Largest line held in memory, in bytes (default 16 MiB). A longer line is never held whole: the guard
   * decides on it (`guard.decide({ kind: 'oversize' })`, rule `preflight/max-message-bytes`) and it
   * streams on to the other side when the profile lets it through (monitor), else it is discarded as it
   * arrives and answered or replaced with error `-32011`. Keep it at or above the guard's
   * `limits.maxMessageBytes`.
   */
  readonly maxMessageBytes?: number;
  /**
   * Back-pressure bound, in bytes (default 8 MiB): when this much input waits for the guard or for a
   * slow reader in one direction, the proxy stops reading that side until half of it is handled. Memory
   * per direction stays below `maxBufferedBytes + maxMessageBytes` plus one read chunk and one message
   * in each output stream's buffer.
   */
  readonly maxBufferedBytes?: number;
  /** Called once per message with the verdict and what the proxy did. Must not throw. */
  readonly onVerdict?: (event: VerdictEvent) => void;
  /** Diagnostics (never protocol bytes), one line each, without a trailing newline. */
  readonly log?: (message: string) => void;
}

export interface GuardStreamsOptions extends GuardStreamsCommonOptions {
  /** The agent host side: messages from the host are read from `input`, messages to it written to `output`. */
  readonly host: { readonly input: Readable; readonly output: Writable };
  /** The MCP server side: `input` is the server's stdin, `output` its stdout. */
  readonly server: { readonly input: Writable; readonly output: Readable };
}

export interface GuardedStreams {
  /** Resolves when the host's input has ended (or was detached) and every message read from it is handled. */
  readonly hostDone: Promise<void>;
  /** Resolves when the server's output has ended and every message read from it is handled. */
  readonly serverDone: Promise<void>;
  /** Resolves when writing to the host failed or its output closed: nobody is listening any more. */
  readonly hostGone: Promise<void>;
  /** Host requests forwarded to the server and not answered yet. */
  readonly inFlight: number;
  readonly stats: { readonly client: LaneStats; readonly server: LaneStats };
  /**
   * Declares the server gone: every request in flight, and every request the host sends from now on, is
   * answered as `guard.decide({ kind: 'server-gone' })` says (error `-32000` carrying `reason` and
   * `data`). Returns how many were in flight; the answers are written in the host lane's order.
   */
  serverGone(reason: string, data?: Record<string, unknown>): number;
  /** The same for a server that never started: `guard.decide({ kind: 'upstream-unreachable' })` (`-32012`). */
  serverUnreachable(reason: string, data?: Record<string, unknown>): number;
  /** Stops reading the host's input; messages already read are still handled. */
  detachHost(): void;
  /** Resolves once every message read so far from the host is handled. */
  hostIdle(): Promise<void>;
}

const noop = (): void => undefined;

/**
 * Guards an already connected pair of streams: newline-delimited JSON-RPC from the host is inspected and
 * carried to the server as the guard's `verdict.disposition` says, and the server's output likewise to
 * the host; each direction in order, one message at a time, with bounded read-ahead. Use it when the
 * host spawns the server itself; `createStdioProxy` spawns it for you and adds the lifecycle.
 */
export function guardStreams(options: GuardStreamsOptions): GuardedStreams {
  const guardReady = Promise.resolve(options.guard);
  let guard: Guard | undefined;
  void guardReady.then(
    (g) => {
      guard = g;
    },
    noop,
  );
  /** The guard, once it exists; undefined when it could not be created (the message is dropped). */
  const ready = async (): Promise<Guard | undefined> => {
    try {
      return guard ?? (await guardReady);
    } catch {
      return undefined;
    }
  };
  const hostOut = options.host.output;
  const serverIn = options.server.input;
  const log = options.log ?? noop;
  const onVerdict = options.onVerdict ?? noop;
  const maxMessageBytes = options.maxMessageBytes ?? defaultMaxMessageBytes;
  const maxBufferedBytes = options.maxBufferedBytes ?? defaultMaxBufferedBytes;
  const sessionId = options.sessionId ?? `stdio-${randomUUID().slice(0, 8)}`;
  const base = { sessionId, serverId: options.serverId ?? 'default', ...(options.principal ? { principal: options.principal } : {}) };
  const clientContext: InspectContext = { ...base, from: 'client' };
  const serverContext: InspectContext = { ...base, from: 'server' };
  const inFlight = new InFlight();
  let gone: { kind: 'server-gone' | 'upstream-unreachable'; reason: string; data: Record<string, unknown> } | undefined;

  let signalHostGone: () => void = noop;
  const hostGone = new Promise<void>((resolve) => {
    signalHostGone = resolve;
  });
  hostOut.on('error', (error: Error) => {
    log(`writing to the host failed: ${error.message}`);
    signalHostGone();
  });
  hostOut.on('close', () => signalHostGone());
  serverIn.on('error', (error: NodeJS.ErrnoException) => {
    // EPIPE: the server closed its input or exited; its exit is reported on its own.
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') log(`writing to the server failed: ${error.message}`);
  });

  const report = (from: Sender, verdict: Verdict, outcome: Outcome): void => {
    const stats = from === 'client' ? hostLane.stats : serverLane.stats;
    if (outcome === 'forwarded') stats.forwarded++;
    else stats.blocked++;
    try {
      onVerdict({ from, verdict, outcome });
    } catch {
      // A callback must not break the traffic.
    }
  };

  const toServer: Route = { sender: hostOut, receiver: serverIn, delivered: (shape) => inFlight.toServer(shape) };
  const toHost: Route = { sender: serverIn, receiver: hostOut, delivered: (shape) => inFlight.toHost(shape) };

  /** Answers a request the server can no longer get, as the guard decides. */
  const answerGone = async (g: Guard, id: string | number): Promise<void> => {
    if (!gone) return;
    const verdict = await g.decide({ kind: gone.kind, id, reason: gone.reason, data: gone.data }, base);
    const pending = carryOut(verdict.disposition, toServer, () => undefined);
    report('client', verdict, outcomeOf(verdict.disposition));
    if (pending) await pending;
  };

  const requestsOf = (shape: MessageShape): (string | number)[] =>
    shape.kind === 'request' ? [shape.id] : shape.kind === 'batch' ? shape.items.flatMap(requestsOf) : [];

  /**
   * One whole line: inspected, and its verdict carried out in the same turn when the guard reached it
   * synchronously (inspectNow: a guard of createGuard on the memory store does), so an allowed message is
   * written from the read callback itself. A promise only when something has to be waited for.
   */
  const handleLine = (g: Guard, from: Sender, line: Line): Promise<void> | undefined => {
    const verdict = inspectNow(g, line.bytes, from === 'client' ? clientContext : serverContext);
    return verdict instanceof Promise ? verdict.then((v) => carryLine(g, from, line, v)) : carryLine(g, from, line, verdict);
  };

  const carryLine = (g: Guard, from: Sender, line: Line, verdict: Verdict): Promise<void> | undefined => {
    const route = from === 'client' ? toServer : toHost;
    const disposition = verdict.disposition;
    if (gone && from === 'client' && disposition.kind === 'forward') return answerAllGone(g, verdict, line);
    if (disposition.kind === 'forward') {
      // Reported first, then written: the receiver may read it as soon as it is written. A lone message
      // goes out at once, one with others read behind it is corked with them (one system call per burst).
      route.delivered(shapeOfInspected(verdict, line.bytes));
      report(from, verdict, 'forwarded');
      const lane = from === 'client' ? hostLane : serverLane;
      const lone = lane.backlog <= 1 && !lane.readingAhead;
      return lone ? writeNow(route.receiver, line.raw) : write(route.receiver, line.raw);
    }
    const pending = carryOut(disposition, route, () => undefined);
    if (disposition.kind === 'drop' && from === 'server') log(`dropped a ${line.bytes.length}-byte message from the server: ${verdict.explain.summary}`);
    report(from, verdict, outcomeOf(disposition));
    return pending;
  };

  /**
   * A message let through once the server is gone: nowhere to forward it. Requests are answered as the
   * guard decides (and reported with that verdict), anything else is dropped.
   */
  const answerAllGone = async (g: Guard, verdict: Verdict, line: Line): Promise<void> => {
    const requests = requestsOf(shapeOfInspected(verdict, line.bytes));
    if (requests.length === 0) report('client', verdict, 'dropped');
    for (const id of requests) await answerGone(g, id);
  };

  const oversizeState: Record<Sender, OversizeState> = { client: { refuses: undefined }, server: { refuses: undefined } };
  const handleOversizeItem = async (g: Guard, from: Sender, item: LaneItem & { kind: 'oversize' }): Promise<void> => {
    const route = from === 'client' ? toServer : toHost;
    try {
      const { verdict, outcome, pending } = await handleOversize(item.line, from, g, base, maxMessageBytes, route, oversizeState[from], log);
      // Reported before waiting for the receiver, which may have read the message once it drained.
      report(from, verdict, outcome);
      if (pending) await pending;
    } catch (error) {
      // A bug: its bytes must still be taken, or its side stays paused.
      await item.line.body.discard();
      throw error;
    }
  };
  const dispatch = (g: Guard | undefined, from: Sender, item: LaneItem): Promise<void> | undefined => {
    if (g === undefined) return item.kind === 'oversize' ? item.line.body.discard() : Promise.resolve();
    return item.kind === 'line' ? handleLine(g, from, item.line) : handleOversizeItem(g, from, item);
  };
  const handler =
    (from: Sender) =>
    (item: LaneItem): Promise<void> | undefined =>
      guard ? dispatch(guard, from, item) : ready().then((g) => dispatch(g, from, item));

  const hostLane: ReadLane = new ReadLane(options.host.input, maxMessageBytes, maxBufferedBytes, handler('client'), (m) => log(`host input: ${m}`));
  const serverLane: ReadLane = new ReadLane(options.server.output, maxMessageBytes, maxBufferedBytes, handler('server'), (m) => log(`server output: ${m}`));

  const declareGone = (kind: 'server-gone' | 'upstream-unreachable', reason: string, data: Record<string, unknown>): number => {
    gone = { kind, reason, data };
    const ids = inFlight.drain();
    // In the host lane's order, so hostIdle() also waits for these answers.
    void hostLane
      .run(async () => {
        const g = await ready();
        if (g) for (const id of ids) await answerGone(g, id);
      })
      .catch((error: unknown) => log(`internal error while answering requests in flight: ${String(error)}`));
    return ids.length;
  };

  return {
    hostDone: hostLane.done,
    serverDone: serverLane.done,
    hostGone,
    get inFlight() {
      return inFlight.size;
    },
    stats: { client: hostLane.stats, server: serverLane.stats },
    serverGone: (reason, data = {}) => declareGone('server-gone', reason, data),
    serverUnreachable: (reason, data = {}) => declareGone('upstream-unreachable', reason, data),
    detachHost() {
      hostLane.detach();
    },
    hostIdle() {
      return hostLane.idle();
    },
  };
}
